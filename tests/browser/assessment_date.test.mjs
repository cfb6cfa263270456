// The 核算日期 is the one date every figure is true to: each year card says
// 已截止 and the days left exactly as the core does for that date (never from
// today's date), as the overview does; a date being typed is computed with
// only once it is whole and Enter is pressed or the field left; and the reset
// button says which date it goes back to.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openPage, freshContext, setToday, setAssessmentDate, addRecord, waitForResult, cli, PAGE_URL,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const SAMPLE = { kind: 'registered', year: 2017, category: 'professional', hours: 20 };

/** Each card's year, status and deadline sentence as shown. */
const cards = (page) => page.$$eval('#results-body article.year', (list) => list.map((card) => ({
  year: Number(card.dataset.year), status: card.dataset.status, deadline: card.querySelector('.deadline').textContent,
})));

/** The cards say what the core says for the page's 核算日期, and the overview counts the same days. */
async function assertCardsTrue(page) {
  const asOf = await page.getAttribute('#results', 'data-as-of');
  const expected = cli({ as_of: asOf, profile: { affiliation: 'city' }, records: [SAMPLE] });
  for (const card of await cards(page)) {
    const year = expected.years.find((y) => y.year === card.year);
    assert.equal(card.status, year.status, `${card.year}`);
    assert.equal(card.deadline.includes('已截止'), year.status === 'closed', `${card.year}: ${card.deadline}`);
    if (year.status === 'open' && year.days_left > 0) assert.ok(card.deadline.includes(`还剩 ${year.days_left} 天`), card.deadline);
  }
  return expected;
}

test('at 核算日期 2017-11-26 (today 2026) every card counts the days the overview counts, none says 已截止', async () => {
  const session = await openPage(browser, { width: 375, height: 812 });
  const { page } = session;
  await addRecord(page, SAMPLE);
  await setAssessmentDate(page, '2017-11-26');
  const expected = await assertCardsTrue(page);
  assert.ok(expected.years.every((y) => y.status === 'open' && y.days_left === 35));
  assert.match(await page.textContent('#overview-body'), /35/);
  await session.check();
});

test('at today\'s date, past the rules\' period, the cards say what the core says for it; the reset names its date', async () => {
  const session = await freshContext(browser, { width: 375, height: 812 });
  const { page, context } = session;
  await setToday(context, '2026-12-08');
  await page.goto(PAGE_URL);
  await waitForResult(page);
  await addRecord(page, SAMPLE);
  assert.equal(await page.getAttribute('#results', 'data-as-of'), '2017-12-31');
  await assertCardsTrue(page);
  // A date after every deadline: every year closed, every card says so.
  await setAssessmentDate(page, '2018-01-05');
  const expected = await assertCardsTrue(page);
  assert.ok(expected.years.every((y) => y.status === 'closed'));
  assert.equal(await page.textContent('#as-of-today'), '核算日期改回 2017-12-31（本规则的最后截止日期）');
  await page.click('#as-of-today');
  await page.waitForFunction(() => document.getElementById('results').dataset.asOf === '2017-12-31');
  await session.check();
});

test('a 核算日期 typed digit by digit is computed with only when Enter is pressed, and when the field is left', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await addRecord(page, SAMPLE);
  const before = await page.getAttribute('#results', 'data-as-of');
  const announced = [];
  await page.exposeFunction('heard', (text) => announced.push(text));
  await page.evaluate(() => new MutationObserver(() => window.heard(document.getElementById('status-text').textContent))
    .observe(document.getElementById('status'), { subtree: true, childList: true, characterData: true }));
  // Tapped first, as a person does, so the field is the date picker; then typed from its first part.
  await page.click('#as-of');
  assert.equal(await page.getAttribute('#as-of', 'type'), 'date');
  await page.click('#situation-h');
  await page.focus('#as-of');
  // Headless Chromium lays the picker out as month/day/year (its own locale); each year digit then
  // makes a whole date on the way (0002-11-26, 0020-…, 0201-…), and none may be computed with.
  await page.keyboard.type('1126');
  for (const digit of '2017') {
    await page.keyboard.type(digit);
    assert.equal(await page.getAttribute('#results', 'data-as-of'), before, `after the digit ${digit}`);
  }
  assert.equal(await page.inputValue('#as-of'), '2017-11-26', 'typed as month, day, year');
  assert.match(await page.textContent('#as-of-note'), /按回车键或离开此栏后/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('results').dataset.asOf === '2017-11-26');
  assert.deepEqual(announced.filter((t) => t.includes('核算日期')), ['核算日期改为 2017-11-26']);

  // Still in the year after Enter; another year typed, then the field left without Enter: computed with then.
  await page.keyboard.press('Backspace');
  await page.keyboard.type('2016');
  assert.equal(await page.inputValue('#as-of'), '2016-11-26');
  assert.equal(await page.getAttribute('#results', 'data-as-of'), '2017-11-26', 'not before the field is left');
  await page.click('#situation-h');
  await page.waitForFunction(() => document.getElementById('results').dataset.asOf === '2016-11-26');
  await session.check();
});
