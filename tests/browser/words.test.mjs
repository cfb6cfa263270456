// The words a person reads, at 375 and 1280 px: one term for the core's date
// (核算日期); "本年度" only for the pack's current year; "今天截止" only when
// today is the deadline and the year is open; the banner once today is past
// the pack's period; a date after the deadline questioned at entry; and why
// surplus public hours of the current year do not make up earlier years.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, freshContext, setToday, waitForResult, addRecord, fillFields, setAssessmentDate, screenshotPath, PAGE_URL, ROOT,
} from './helpers.mjs';

const PACK = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
const CURRENT = PACK.years.find((y) => y.role === 'current').year;
const DEADLINE = PACK.years.find((y) => y.role === 'current').deadline.value;
const SIZES = [[375, 812], [1280, 800]];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function open(size, today = null) {
  const session = await freshContext(browser, size);
  if (today) await setToday(session.context, today);
  await session.page.goto(PAGE_URL);
  await waitForResult(session.page);
  return session;
}

/** Everything the page shows, and what it prints. */
const allText = (page) => page.evaluate(() => `${document.body.innerText}\n${document.getElementById('print-sheet').textContent}`);
const cardText = (page) => page.$$eval('#results-body article.year', (cards) => cards.map((c) => [Number(c.dataset.year), c.innerText]));

for (const [width, height] of SIZES) {
  const size = { width, height };

  test(`${width} px: 核算日期 is the one term; 本年度 names only the current year`, async () => {
    const session = await open(size, '2017-11-26');
    const { page } = session;
    const currentOnly = async (when) => {
      for (const [year, card] of await cardText(page)) {
        assert.equal(card.includes('本年度'), year === CURRENT, `${when}, ${year}: ${card}`);
      }
    };
    await currentOnly('empty');
    await page.click('#sample');
    await page.waitForSelector('#records-list > li');
    await currentOnly('sample');
    assert.equal(await page.textContent('label[for="as-of"]'), '核算日期');
    const text = await allText(page);
    for (const old of ['评估日期', '按今天计算', '计算日期']) assert.ok(!text.includes(old), old);
    assert.match(await page.textContent('#as-of-note'), /^核算日期为今天（2017-11-26）。$/);
    assert.match(await page.textContent('#print-sheet'), /核算日期2017-11-26/);
    await session.check();
  });

  test(`${width} px: 今天截止 only on the deadline itself, for a year still open`, async () => {
    const onDeadline = await open(size, DEADLINE);
    let { page } = onDeadline;
    assert.match(await page.textContent(`article.year[data-year="${CURRENT}"] .deadline`), /今天截止/);
    assert.match(await page.textContent('#countdown'), /^今天截止/);
    await page.screenshot({ path: screenshotPath(`words-${width}-deadline-today.png`) });
    await onDeadline.check();

    // Today long after: every year closed, the banner says so, and nothing is "today".
    const later = await open(size);
    ({ page } = later);
    assert.ok(!(await allText(page)).includes('今天截止'));
    assert.match(await page.textContent('#period-banner'), new RegExp(`均已于${DEADLINE}截止`));
    // The cards are true to the 核算日期 the page took, the last deadline itself, as the core is.
    for (const [year, card] of await cardText(page)) assert.match(card, /截止日期 \d{4}-\d{2}-\d{2}，即核算日期/, String(year));
    // A 核算日期 chosen after the period: every card closed, still no "today", and the core's word beside the date.
    await setAssessmentDate(page, '2018-01-10');
    for (const [year, card] of await cardText(page)) assert.match(card, /已截止/, String(year));
    assert.ok(!(await allText(page)).includes('今天截止'));
    assert.match(await page.textContent('#as-of-pack'), /已过本规则包的适用期/);
    await page.screenshot({ path: screenshotPath(`words-${width}-after-period.png`), fullPage: width > 400 });
    await later.check();
  });

  test(`${width} px: a date after the deadline is questioned once at entry`, async () => {
    const session = await open(size, '2017-11-26');
    const { page } = session;
    await page.selectOption('#f-kind', 'professional_course');
    await fillFields(page, { date: '2018-03-01', hours: 20 });
    await page.click('#f-submit');
    await page.waitForSelector('#f-date-err:not([hidden])');
    assert.equal(await page.locator('#records-list > li').count(), 0, 'not added before the person confirms');
    assert.match(await page.textContent('#f-date-err'), /2018/);
    assert.match(await page.textContent('#record-form .form-error'), /这条记录不会计入，日期对吗？如确实无误，请再按一次“添加记录”/);
    await page.screenshot({ path: screenshotPath(`words-${width}-date-questioned.png`) });
    await page.click('#f-submit');
    await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 1);
    await session.check();
  });

  test(`${width} px: surplus ${CURRENT} public hours are said not to make up earlier years, with the pack's clause`, async () => {
    const session = await open(size, '2017-11-26');
    const { page } = session;
    await addRecord(page, { kind: 'language_exam', date: '2017-05-13', level: 'A', score: 71, national_standard: false });
    await addRecord(page, { kind: 'public_course', date: '2017-07-15', passed: true });
    const rule = PACK.make_up.public_affiliations;
    for (const year of PACK.years.filter((y) => y.role === 'make_up').map((y) => y.year)) {
      const line = await page.textContent(`article.year[data-year="${year}"] .bar-row[data-category="public"] .public-surplus`);
      assert.match(line, new RegExp(`^${CURRENT}年度公需类多出的\\d+学时不能补${year}年度`));
      assert.ok(line.includes(`“${rule.quote}”（${rule.clause}）`), line);
    }
    assert.equal(await page.locator(`article.year[data-year="${CURRENT}"] .public-surplus`).count(), 0);
    await page.locator('article.year[data-year="2016"]').screenshot({ path: screenshotPath(`words-${width}-public-surplus.png`) });
    await session.check();
  });
}
