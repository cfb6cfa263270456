// The rule pack in the page: "核对规则" runs the pack's conformance cases in the
// browser and agrees with `cehours check-pack`; another pack is loaded from a
// file (checked by the core, refused with its problems in Chinese); the 折算
// form offers a conversion table's items and the numbers match the CLI run
// with the same pack; the pack's readings sit beside the figures they
// explain; a date the pack does not cover is said beside the date field.
// The example pack's table is fictional (tests/packs/), never Linyi's.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, CLI, PAGE_URL, launch, openPage, waitForResult, addRecord, setAffiliation, setAssessmentDate, shownYears, savedState,
  assertMatchesCli, writeJson, screenshotPath,
} from './helpers.mjs';

const PACKS = join(ROOT, 'tests/packs');
const EXAMPLE = join(PACKS, 'example-with-conversion-table.json');
const EXAMPLE_CASES = join(PACKS, 'example-with-conversion-table.cases.json');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** `cehours check-pack --format json` (exit 2 still prints the report of a refused pack). */
function checkPackCli(...args) {
  try {
    return JSON.parse(execFileSync(CLI, ['check-pack', '--format', 'json', ...args], { encoding: 'utf8' }));
  } catch (failure) {
    if (failure.status === 2) return JSON.parse(failure.stdout);
    throw failure;
  }
}

/** The 2017 pack with one quote left out, as a bureau's draft might be. */
function missingCitationPack() {
  const pack = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
  delete pack.requirements.public.quote;
  return writeJson('missing-citation.json', pack);
}

async function runCheck(page) {
  await page.click('#rules-check');
  await page.waitForSelector('#rules-report:not([hidden]) .cases > li');
  return page.$$eval('#rules-report .cases > li', (items) => items.map((li) => ({
    passed: li.dataset.passed === 'true',
    name: li.querySelector('.case-name').textContent,
    clause: li.querySelector('.case-clause').textContent,
    failures: [...li.querySelectorAll('.case-failures li')].map((f) => f.textContent),
  })));
}

async function usePackFiles(page, files) {
  // What the card said before: a second pack's 已改用规则包 must be told from the first's.
  const shown = () => ['rules-current', 'rules-summary'].map((id) => document.getElementById(id).textContent).join('\n');
  const before = await page.evaluate(shown);
  await page.setInputFiles('#rules-file', files);
  await page.waitForFunction((before) => {
    const now = ['rules-current', 'rules-summary'].map((id) => document.getElementById(id).textContent).join('\n');
    return (now !== before && /已改用规则包/.test(document.getElementById('rules-summary').textContent))
      || document.getElementById('rules-message').textContent !== '';
  }, before);
}

test('核对规则 runs the built-in pack\'s own cases in the browser, as check-pack does; keyboard and screenshots', async () => {
  const expected = checkPackCli(join(ROOT, 'static/rules/linyi-2017.json'));
  assert.equal(expected.ok, true);
  for (const [width, height] of [[375, 812], [1280, 800]]) {
    const session = await openPage(browser, { width, height });
    const { page } = session;
    const cases = await runCheck(page);
    assert.deepEqual(cases.map((c) => [c.name, c.passed]), expected.cases.map((c) => [c.name, true]));
    assert.ok(cases.every((c) => c.clause.startsWith('依据 ')), 'each case names the clause it proves');
    assert.match(await page.textContent('#rules-summary'), new RegExp(`${expected.passed}项核对用例全部通过`));
    assert.equal(await page.getAttribute('#rules-check', 'aria-expanded'), 'true');
    assert.equal(await page.getAttribute('#rules-summary', 'aria-live'), 'polite');
    const card = page.locator('#rules');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`rule-check-${width}.png`) });
    await card.screenshot({ path: screenshotPath(`rule-check-card-${width}.png`) });
    // Keyboard: the button is reached with Tab and folds the report away with Enter.
    await page.focus('#rules-check');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#rules-report', { state: 'hidden' });
    assert.equal(await page.getAttribute('#rules-check', 'aria-expanded'), 'false');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal overflow at ${width} px`);
    await session.check();
  }
});

test('another pack from a file: checked by the core, its cases run; a broken pack is refused with its paths', async () => {
  const session = await openPage(browser);
  const { page } = session;
  const before = await page.textContent('#rules-current');

  // A broken pack changes nothing and lists the core's problems, with paths, in Chinese.
  await usePackFiles(page, [missingCitationPack()]);
  const refusal = await page.textContent('#rules-message');
  assert.match(refusal, /未使用“\d+-missing-citation\.json”：计算核心发现\d+处问题/);
  assert.match(refusal, /rules\.requirements\.public\.quote：/);
  assert.equal(await page.textContent('#rules-current'), before);
  // Not JSON at all.
  await usePackFiles(page, [writeJson('not-a-pack.json', '{"format": 1,')]);
  assert.match(await page.textContent('#rules-message'), /不是有效的JSON/);

  // The example pack with its cases: 核对规则 then runs those cases, as check-pack does.
  await usePackFiles(page, [EXAMPLE, EXAMPLE_CASES]);
  assert.match(await page.textContent('#rules-current'), /example-conversion-table.*来自文件/);
  const expected = checkPackCli(EXAMPLE);
  const cases = await runCheck(page);
  assert.deepEqual(cases.map((c) => [c.name, c.passed]), expected.cases.map((c) => [c.name, c.passed]));
  assert.ok(cases.every((c) => c.passed));

  // A case that expects the wrong number fails, and says what differed.
  const wrong = JSON.parse(readFileSync(EXAMPLE_CASES, 'utf8'));
  wrong.cases[0].expect.years[0].professional += 1;
  wrong.cases[0].expect.years[0].status = 'closed';
  await page.click('#rules-check'); // fold the old report
  await usePackFiles(page, [EXAMPLE, writeJson('wrong.cases.json', wrong)]);
  const checked = await runCheck(page);
  const failed = checked.filter((c) => !c.passed);
  assert.equal(failed.length, 1);
  assert.equal(failed[0].name, wrong.cases[0].name);
  assert.match(failed[0].failures.join(' '), /专业类尚差应为\d+学时，实际为\d+学时/);
  // The core names statuses by code; the page says them in Chinese.
  const shownFailures = await page.textContent('#rules-report .case.fail .case-failures');
  assert.match(shownFailures, /状态应为“已截止”，实际为“(已达标|未达标)”/);
  assert.doesNotMatch(shownFailures, /complete|open|closed/);
  assert.match(await page.textContent('#rules-summary'), /核对未通过.*1项用例未通过/);

  // A pack without cases: the check says the cases are missing.
  await page.click('#rules-check');
  await usePackFiles(page, [EXAMPLE]);
  await page.click('#rules-check');
  await page.waitForSelector('#rules-report:not([hidden]) .pack-errors li[data-code="cases_missing"]');

  // Back to the built-in pack.
  await page.click('#rules-builtin');
  await page.waitForFunction(() => /本页内置/.test(document.getElementById('rules-current').textContent));
  await session.check();
});

test('a pack adding an affiliation and a language level is offered as it is loaded; a 2018 pack without make-up works', async () => {
  const session = await openPage(browser);
  const { page } = session;
  // The 2017 pack with a fourth language level and a third affiliation: no code knows them.
  const wider = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
  wider.id = 'linyi-2017-wider';
  wider.language_exam.hours_by_level.D = { value: 5, unit: '学时', clause: '二（一）1', quote: 'C级计10学时' };
  wider.affiliations.enterprise = { name: '驻临企业', description: '示例：规则包新增的单位类别' };
  const widerFile = writeJson('wider.json', wider);
  await usePackFiles(page, [widerFile]);
  assert.match(await page.textContent('#rules-current'), /linyi-2017-wider/);
  assert.match(await page.textContent('#affiliations'), /驻临企业\s*（示例：规则包新增的单位类别）/);
  await setAffiliation(page, 'enterprise');
  await setAssessmentDate(page, '2017-11-26');
  await page.selectOption('#f-kind', 'language_exam');
  assert.deepEqual(await page.$$eval('#f-level option', (os) => os.map((o) => o.value)), ['', 'A', 'B', 'C', 'D']);
  const exam = { kind: 'language_exam', date: '2017-04-08', level: 'D', score: 70 };
  await addRecord(page, exam);
  assert.match(await page.textContent('#records-list'), /职称外语考试[\s\S]*D级/);
  const widerDoc = { as_of: '2017-11-26', profile: { affiliation: 'enterprise' }, records: (await savedState(page)).records };
  const widerCli = JSON.parse(execFileSync(CLI, ['--format', 'json', '--rules', widerFile, writeJson('wider-doc.json', widerDoc)], { encoding: 'utf8' }));
  assert.equal(widerCli.years.find((y) => y.year === 2017).public.earned, 5);
  assertMatchesCli(await shownYears(page), widerCli);
  await page.screenshot({ path: screenshotPath('pack-wider-1280.png'), fullPage: true });

  // The 2018 example (derived from the 2017 notice's last sentence only): one year, no make-up; its cases pass.
  const pack2018 = join(PACKS, 'example-2018-no-make-up.json');
  await usePackFiles(page, [pack2018, join(PACKS, 'example-2018-no-make-up.cases.json')]);
  assert.match(await page.textContent('#rules-current'), /example-2018-no-make-up/);
  const cases = await runCheck(page);
  assert.ok(cases.length >= 5 && cases.every((c) => c.passed));
  await page.click('#records-list > li[data-index="0"] button.delete');
  await setAffiliation(page, 'city');
  await setAssessmentDate(page, '2018-11-26');
  await addRecord(page, { kind: 'special_training', date: '2018-06-01', hours: 45 });
  const doc2018 = { as_of: '2018-11-26', profile: { affiliation: 'city' }, records: (await savedState(page)).records };
  const cli2018 = JSON.parse(execFileSync(CLI, ['--format', 'json', '--rules', pack2018, writeJson('doc-2018.json', doc2018)], { encoding: 'utf8' }));
  assert.deepEqual(cli2018.years.map((y) => y.year), [2018]);
  assertMatchesCli(await shownYears(page), cli2018);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: screenshotPath('pack-2018-375.png'), fullPage: true });
  await session.check();
});

/** Enters one conversion through the table's form: the item first, then what that item asks. */
async function addConversion(page, record) {
  const count = await page.locator('#records-list > li').count();
  await page.selectOption('#f-kind', 'converted');
  await page.selectOption('#f-item', record.item || '#certified');
  for (const [name, value] of Object.entries(record)) {
    if (['kind', 'item'].includes(name)) continue;
    if (['rank', 'subtype', 'for_year'].includes(name)) await page.selectOption(`#f-${name}`, String(value));
    else await page.fill(`#f-${name}`, String(value));
  }
  await page.click('#f-submit');
  await page.waitForFunction((n) => document.querySelectorAll('#records-list > li').length === n, count + 1);
}

async function fieldError(page, name) {
  return page.textContent(`#f-${name}-err`);
}

test('the 折算 form offers the table\'s items and asks what each needs; numbers match the CLI with the same pack', async () => {
  const session = await openPage(browser, { width: 375, height: 812 });
  const { page } = session;

  // The built-in pack has no table: certified hours, as before.
  await page.selectOption('#f-kind', 'converted');
  assert.equal(await page.locator('#f-item').count(), 0);
  assert.equal(await page.locator('#f-hours').count(), 1);

  await usePackFiles(page, [EXAMPLE, EXAMPLE_CASES]);
  await page.selectOption('#f-kind', 'converted');
  const groups = await page.$$eval('#f-item optgroup', (gs) => gs.map((g) => [g.label, [...g.children].map((o) => o.value)]));
  assert.deepEqual(groups, [
    ['培训进修', ['training_days']], ['自学', ['self_study']], ['论文著作', ['monograph', 'journal_paper']],
    ['科研成果', ['research_project']], ['表中没有的', ['#certified']],
  ]);

  // Only what the chosen item needs, with its unit, and Chinese checks before saving.
  await page.selectOption('#f-item', 'training_days');
  assert.equal(await page.textContent('label[for="f-quantity"]'), '数量（天）');
  assert.equal(await page.locator('#f-hours, #f-rank, #f-from_year').count(), 0);
  assert.match(await page.textContent('#f-item ~ .hint'), /每天计8学时；每年累计不超过40学时/);
  await page.fill('#f-date', '2017-04-01');
  await page.click('#f-submit');
  assert.equal(await fieldError(page, 'quantity'), '请填写数量（天）');
  await page.fill('#f-quantity', '3.55');
  await page.click('#f-submit');
  assert.equal(await fieldError(page, 'quantity'), '数量（天）最多保留一位小数');
  await page.fill('#f-quantity', '0');
  await page.click('#f-submit');
  assert.equal(await fieldError(page, 'quantity'), '数量（天）必须大于0');

  await page.selectOption('#f-item', 'journal_paper');
  assert.deepEqual(await page.$$eval('#f-rank option', (os) => os.map((o) => o.textContent)),
    ['请选择', '第1名（20学时）', '第2名（10学时）', '第3名（5学时）']);
  await page.click('#f-submit');
  assert.equal(await fieldError(page, 'rank'), '请选择作者或成员排名');

  await page.selectOption('#f-item', 'research_project');
  assert.equal(await page.locator('#f-for_year').count(), 0, 'a multi-year project carries its own years');
  await page.fill('#f-from_year', '2017');
  await page.fill('#f-to_year', '2016');
  await page.click('#f-submit');
  // The core's own check, placed beside the field it names.
  assert.match(await fieldError(page, 'to_year'), /不能早于项目开始年度/);
  await page.fill('#f-from_year', '16');
  await page.click('#f-submit');
  assert.equal(await fieldError(page, 'from_year'), '项目开始年度应为四位数的年份，例如 2016');

  await page.selectOption('#f-item', 'self_study');
  await page.fill('#f-quantity', '1.5');
  await page.click('#f-submit');
  assert.equal(await fieldError(page, 'quantity'), '数量（项）应为整数，例如 2');
  assert.equal(await page.locator('#records-list > li').count(), 0, 'nothing saved while a field is wrong');

  // The example records document, entered through the form.
  const doc = JSON.parse(readFileSync(join(PACKS, 'example-with-conversion-table.records.json'), 'utf8'));
  await setAffiliation(page, doc.profile.affiliation);
  await setAssessmentDate(page, doc.as_of);
  for (const record of doc.records) {
    if (record.kind === 'converted') await addConversion(page, record);
    else await addRecord(page, record);
  }
  const saved = (await savedState(page)).records;
  // The public course form also records the pass the person ticked (checked by default).
  assert.deepEqual(saved, doc.records.map((r) => (r.kind === 'public_course' ? { ...r, passed: true } : r)));
  const entered = { ...doc, records: saved };
  const cli = JSON.parse(execFileSync(CLI, ['--format', 'json', '--rules', EXAMPLE, writeJson('example.json', entered)], { encoding: 'utf8' }));
  assertMatchesCli(await shownYears(page), cli);

  // Editing a table record brings back its item and quantity.
  await page.click('#records-list > li[data-index="0"] button.edit');
  assert.equal(await page.inputValue('#f-item'), 'training_days');
  assert.equal(await page.inputValue('#f-quantity'), '3.5');
  await session.check();
});

test('the pack\'s readings sit beside the figures they explain', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await setAssessmentDate(page, '2017-11-26');
  // City: a surplus in 2017 goes to 2015 first (四（二）, surplus_oldest_first).
  await addRecord(page, { kind: 'public_course', date: '2017-06-01', passed: true });
  await addRecord(page, { kind: 'professional_course', date: '2017-07-01', hours: 80, passed: true });
  await addRecord(page, { kind: 'language_exam', date: '2017-05-13', level: 'B', score: 70, national_standard: false });
  const transfer = (year) => `article.year[data-year="${year}"] .transfer .figure-note p[data-note="surplus_oldest_first"]`;
  assert.equal(await page.locator(transfer(2015)).count(), 1, 'beside the surplus received by 2015');
  assert.equal(await page.locator(transfer(2017)).count(), 1, 'beside the surplus given by 2017');
  assert.equal(await page.locator('article.year[data-year="2017"] .transfer p[data-note="current_year_complete_before_surplus"]').count(), 1);
  // The language exam's line carries the one-exam-a-year reading (二（一）1).
  assert.equal(await page.locator('.lines li[data-record="2"] p[data-note="one_language_exam_a_year"]').count(), 1);
  assert.equal(await page.locator('.lines li[data-record="1"] .figure-note').count(), 0, 'no reading where none applies');
  // Folded until asked for; the text is the pack's.
  const note = page.locator(transfer(2015));
  assert.equal(await note.isVisible(), false);
  await page.click('article.year[data-year="2015"] .transfer .figure-note summary');
  assert.equal(await note.isVisible(), true);
  assert.match(await note.textContent(), /先补2015年，再补2016年/);
  // A county person: the professional figures carry the county reading (二（二）), the public ones do not.
  await setAffiliation(page, 'county');
  await page.waitForSelector('.bar-row[data-category="professional"] p[data-note="county_professional"]', { state: 'attached' });
  assert.equal(await page.locator('.bar-row[data-category="professional"] p[data-note="county_professional"]').count(), 3);
  assert.equal(await page.locator('.bar-row[data-category="public"] p[data-note="county_professional"]').count(), 0);
  // And every reading stays in the list at the bottom.
  assert.ok(await page.locator('#results-body details.notes li').count() >= 6);
  await session.check();
});

test('a date the pack does not cover is said beside the date field', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await addRecord(page, { kind: 'public_course', date: '2017-06-01', passed: true });
  // Before valid_from: refused, naming the pack needed.
  await page.fill('#as-of', '2014-06-01');
  await page.press('#as-of', 'Enter');
  await page.waitForSelector('#as-of-pack.refused:not([hidden])');
  assert.match(await page.textContent('#as-of-pack'), /早于规则包.*需要适用于2014年的规则包/);
  assert.match(await page.textContent('#summary'), /^无法计算/);
  assert.equal(await page.isVisible('#as-of-note'), false, 'no "按…计算" beside a refused date');
  assert.equal(await page.locator('#records-list > li').count(), 1, 'the records stay');
  // After valid_until: computed, every year closed, with the warning beside the date.
  await setAssessmentDate(page, '2018-06-01');
  assert.equal(await page.isVisible('#as-of-pack.after'), true);
  assert.match(await page.textContent('#as-of-pack'), /已过本规则包的适用期/);
  assert.equal(await page.isVisible('#as-of-note'), true);
  assert.deepEqual((await shownYears(page)).map((y) => y.status), ['closed', 'closed', 'closed']);
  // Inside the period: nothing to say.
  await setAssessmentDate(page, '2017-11-26');
  assert.equal(await page.isVisible('#as-of-pack'), false);
  await session.check();
});

test('no axe violations: the check report, a refused pack, the table form, readings opened', async () => {
  // axe is injected as a script; the page's CSP would (rightly) refuse it.
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  await waitForResult(page);
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const violations = () => page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  await page.click('#sample');
  await page.waitForSelector('.figure-note');
  for (const summary of await page.$$('.figure-note summary')) await summary.click();
  await runCheck(page);
  assert.deepEqual(await violations(), [], 'check report, readings opened');
  await usePackFiles(page, [missingCitationPack()]);
  await usePackFiles(page, [EXAMPLE, EXAMPLE_CASES]);
  await page.selectOption('#f-kind', 'converted');
  await page.selectOption('#f-item', 'journal_paper');
  await page.click('#f-submit');
  assert.deepEqual(await violations(), [], 'table form with errors');
  await context.close();
});
