// The plan on the page: a person entered through the forms sees the core's
// plan as a numbered checklist at the top of the results, the same as the
// CLI's, on the first screen (#plan), the awaiting surplus beside the year it will close, and years before
// "成为专业技术人员的年度" marked 无需完成 (kept across a reload).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, openPage, addRecord, setAssessmentDate, savedState, cli, waitForResult, screenshotPath, writeJson } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// 2015 done; 2016 registered 30 public and 40 professional; 2017: one module, B 66, a 70-hour course.
const RECORDS = [
  { kind: 'registered', year: 2015, category: 'public', hours: 30 },
  { kind: 'registered', year: 2015, category: 'professional', hours: 60 },
  { kind: 'registered', year: 2016, category: 'public', hours: 30 },
  { kind: 'registered', year: 2016, category: 'professional', hours: 40 },
  { kind: 'computer_module', date: '2017-03-18', module: 'Word 2007中文字处理' },
  { kind: 'language_exam', date: '2017-04-08', level: 'B', score: '66' },
  { kind: 'professional_course', date: '2017-06-01', hours: '70' },
];

async function enterPerson(page) {
  await setAssessmentDate(page, '2017-11-26');
  for (const record of RECORDS) await addRecord(page, record);
}

for (const [width, height] of [[375, 812], [1280, 800]]) {
  test(`the plan at ${width} px: 15 hours, one module first, as the CLI says`, async () => {
    const session = await openPage(browser, { width, height });
    const { page } = session;
    await enterPerson(page);
    const expected = cli({ as_of: '2017-11-26', profile: (await savedState(page)).profile, records: (await savedState(page)).records });
    // On the first screen, under where the person stands.
    const plan = page.locator('#overview #plan .plan');
    assert.match(await plan.locator('h3').textContent(), /最少还需 15 学时/);
    const steps = await plan.locator('.plan-steps li .plan-text').allTextContents();
    assert.deepEqual(steps, expected.plan.steps.map((s) => s.text));
    assert.match(steps[0], /2017年度达标，专业类超出的10学时补入2016年度/);
    assert.match(await page.locator('article.year[data-year="2016"] .awaiting').textContent(), /2017年度达标后，将补入10学时/);
    assert.equal(await page.locator('.suggestions').count(), 0, 'the old suggestions are gone');
    await page.evaluate(() => document.getElementById('overview').scrollIntoView());
    await page.screenshot({ path: screenshotPath(`plan-${width}x${height}.png`) });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'horizontal overflow');
    await session.check();
  });
}

test('成为专业技术人员的年度: earlier years 无需完成, the plan asks nothing for them, kept after a reload', async () => {
  const session = await openPage(browser, { width: 1280, height: 800 });
  const { page } = session;
  await setAssessmentDate(page, '2017-11-26');
  await page.fill('#since', '２０１７');  // full-width digits, as a Chinese keyboard may type them
  await page.press('#since', 'Tab');
  await page.waitForSelector('article.year[data-year="2015"][data-status="not_required"]');
  assert.equal(await page.getAttribute('article.year[data-year="2016"]', 'data-status'), 'not_required');
  assert.deepEqual(await page.locator('.plan-steps li').evaluateAll((items) => items.map((li) => Number(li.dataset.year))), [2017, 2017]);
  assert.equal((await savedState(page)).profile.since, 2017);
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.inputValue('#since'), '2017');
  assert.equal(await page.getAttribute('article.year[data-year="2015"]', 'data-status'), 'not_required');
  // Something that is not a year is refused beside the field; the saved year stays.
  await page.fill('#since', '17年');
  await page.press('#since', 'Tab');
  assert.match(await page.textContent('#since-error'), /四位数的年份/);
  assert.equal((await savedState(page)).profile.since, 2017);
  await session.check();
});

// The 2017 pack with one of tests/packs/*.patch.json (JSON Patch, "add" only) applied.
function patchedPack(name) {
  const pack = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
  for (const op of JSON.parse(readFileSync(join(ROOT, 'tests/packs', name), 'utf8'))) {
    const parts = op.path.split('/').slice(1);
    const last = parts.pop();
    parts.reduce((target, part) => target[part], pack)[last] = op.value;
  }
  return pack;
}

test('a pack with a module catalogue: the form offers its names, a name it does not list is warned 不在科目目录中', async () => {
  const session = await openPage(browser, { width: 1280, height: 800 });
  const { page } = session;
  await page.setInputFiles('#rules-file', writeJson('catalogue-pack.json', patchedPack('linyi-2017-with-module-catalogue.patch.json')));
  await page.waitForFunction(() => /已改用规则包/.test(document.getElementById('rules-summary').textContent));
  await page.selectOption('#f-kind', 'computer_module');
  const offered = await page.$$eval('#cehours-modules option', (options) => options.map((o) => o.value));
  assert.deepEqual(offered.slice(0, 3), ['Word 2007中文字处理', 'Word 2007', 'Word2007']);
  await setAssessmentDate(page, '2017-11-26');
  await addRecord(page, { kind: 'computer_module', date: '2017-03-18', module: '自编的模块' });
  assert.match(await page.textContent('#results-body .warnings'), /不在科目目录中/);
  await session.check();
});
