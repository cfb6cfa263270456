// The page as a person on a 375×812 phone and a 1280×800 PC meets it: the
// first screen (where they stand, the deadline, the add control without
// scrolling; with records, the ones that did not count), warnings that open
// their record's form, and where the focus and the view go after add, edit
// and delete.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, freshContext, openWithSaved, setToday, waitForResult, fillFields, screenshotPath, PAGE_URL } from './helpers.mjs';

const SIZES = [[375, 812], [1280, 800]];
const rows = '#records-list > li[data-index]';
const WITH_PROBLEMS = {
  version: 1, profile: { affiliation: 'city' }, as_of: null,
  records: [
    { kind: 'public_course', date: '2017-07-15', passed: true },
    { kind: 'computer_module', date: '2017-06-10', module: 'Internet应用', passed: false },
    { kind: 'language_exam', date: '2017-04-15', level: 'B', score: 55, national_standard: false },
    { kind: 'professional_course', date: '2018-03-01', hours: 20, passed: true },
    { kind: 'professional_course', date: '2017-09-01', hours: 24, passed: true },
  ],
};

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

/** A fresh browser on the page; `saved` goes in localStorage first, `today` fixes the clock. */
async function open(size, { saved = null, today = null } = {}) {
  const session = await freshContext(browser, size);
  if (today) await setToday(session.context, today);
  if (saved) {
    await openWithSaved(session.page, saved);
  } else {
    await session.page.goto(PAGE_URL);
    await waitForResult(session.page);
  }
  return session;
}

/** The element lies wholly inside the first viewport, the page not scrolled. */
async function inFirstViewport(page, selector) {
  const box = await page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, height: r.height, scrolled: window.scrollY, viewport: window.innerHeight };
  }, selector);
  assert.equal(box.scrolled, 0, 'the page is not scrolled');
  assert.ok(box.height > 0 && box.top >= 0 && box.bottom <= box.viewport, `${selector} at ${box.top}–${box.bottom} of ${box.viewport}`);
  return box;
}

for (const [width, height] of SIZES) {
  const size = { width, height };

  test(`${width} px, nothing saved: the first screen says where one stands, the deadline, and offers to add`, async () => {
    // While the rules' period runs: the countdown.
    const during = await open(size, { today: '2017-11-26' });
    let { page } = during;
    const add = await inFirstViewport(page, '#add-start');
    console.log(`${width}×${height}: 添加记录 at ${Math.round(add.top)}–${Math.round(add.bottom)} px`);
    await inFirstViewport(page, '#summary');
    await inFirstViewport(page, '#countdown');
    assert.match(await page.textContent('#summary'), /^还没有记录。2017、2016、2015年度未达标：公需类还差30学时，专业类还差60学时。$/);
    assert.match(await page.textContent('#countdown'), /^距截止还有 35 天（2017、2016、2015年度，2017-12-31）$/);
    assert.equal(await page.isVisible('#period-banner'), false);
    await page.screenshot({ path: screenshotPath(`first-screen-${width}-empty.png`) });
    await page.click('#add-start');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-kind');
    const form = await page.evaluate(() => document.getElementById('add').getBoundingClientRect().top);
    assert.ok(form >= -1 && form < height / 2, `the form is brought into view (top ${form})`);
    await during.check();

    // After it: the banner instead of a countdown, still above the add control.
    const later = await open(size);
    ({ page } = later);
    await inFirstViewport(page, '#period-banner');
    await inFirstViewport(page, '#add-start');
    assert.match(await page.textContent('#period-banner'), /已过本规则的期限：本规则只管2015、2016、2017年度，均已于2017-12-31截止。下面是截止时（核算日期2017-12-31）的结果/);
    assert.equal(await page.locator('#countdown').count(), 0);
    await page.screenshot({ path: screenshotPath(`first-screen-${width}-after-period.png`) });
    await later.check();
  });

  test(`${width} px, with records: the summary counts those that did not count; each warning opens its record's form`, async () => {
    const session = await open(size, { saved: WITH_PROBLEMS, today: '2017-11-26' });
    const { page } = session;
    await inFirstViewport(page, '#not-counted');
    await inFirstViewport(page, '#summary');
    assert.match(await page.textContent('#not-counted'), /^3条记录没有计入学时。查看原因并修改$/);
    await page.screenshot({ path: screenshotPath(`first-screen-${width}-records.png`) });

    await page.click('#not-counted-link');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'warnings-h');
    const warning = page.locator('#results-body .warnings li[data-record="1"]');
    const text = await warning.evaluate((li) => li.textContent);
    await warning.locator('button.fix').click();
    assert.equal(await page.textContent('#record-form legend'), '修改第2条记录');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'f-kind');
    const advice = await page.textContent('#f-advice');
    assert.ok(advice.includes('考试未合格') || text.includes(advice.slice(3, 12)), advice);
    assert.match(advice, /^提醒：.+。请核对并修改下面的内容/);
    await page.screenshot({ path: screenshotPath(`warning-edit-${width}.png`) });
    // Corrected, the record counts and the count goes down.
    await page.setChecked('#f-passed', true);
    await page.click('#f-submit');
    await page.waitForFunction(() => /^2条记录没有计入学时/.test(document.getElementById('not-counted').textContent));
    await session.check();
  });

  test(`${width} px: after add, edit and delete the focus stays where the person is, and stale messages go`, async () => {
    const session = await open(size, { saved: WITH_PROBLEMS, today: '2017-11-26' });
    const { page } = session;
    // Add with the keyboard: the focus lands on what happened, under the button.
    await page.selectOption('#f-kind', 'registered');
    await fillFields(page, { year: 2016, category: 'public', hours: 6 });
    await page.focus('#f-hours');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 6, rows);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'after-add');
    assert.match(await page.textContent('#after-add'), /已添加第6条记录/);
    // A new error: the old "已添加" goes.
    await page.click('#f-submit');
    assert.equal(await page.isVisible('#after-add'), false);
    assert.equal(await page.isVisible('#f-hours-err'), true);

    // Edit: saved, the focus again on what happened.
    await page.click(`${rows}[data-index="4"] button.edit`);
    await fillFields(page, { hours: 30 });
    await page.click('#f-submit');
    await page.waitForSelector(`${rows}[data-index="4"] >> text=30学时`);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'after-add');
    assert.match(await page.textContent('#after-add'), /已保存第5条记录的修改/);

    // Delete: the view does not move; the focus is on 撤销删除 where the row was.
    // (Measured on screen: the results above change height, and the browser's scroll anchoring
    // moves scrollY to keep what is in view in place.)
    const rowTop = () => page.evaluate(() => document.activeElement.closest('li').getBoundingClientRect().top);
    await page.evaluate((s) => document.querySelector(`${s}[data-index="2"]`).scrollIntoView({ block: 'center' }), rows);
    await page.focus(`${rows}[data-index="2"] button.delete`);
    const before = await rowTop();
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 5, rows);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), '撤销删除');
    const afterDelete = await rowTop();
    assert.ok(Math.abs(afterDelete - before) <= 2, `the row moved on screen from ${before} to ${afterDelete}`);
    await page.screenshot({ path: screenshotPath(`delete-${width}.png`) });
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 6, rows);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), '修改第3条记录');
    const restored = await rowTop();
    assert.ok(Math.abs(restored - before) <= 2, `the restored row is at ${restored}, was ${before}`);
    await session.check();
  });
}

test('1280 px: the results panel never scrolls inside itself; the page does', async () => {
  const session = await open({ width: 1280, height: 800 }, { saved: WITH_PROBLEMS });
  const { page } = session;
  await page.click('#sample');
  await page.click('#replace-confirm');
  await page.waitForFunction((s) => document.querySelectorAll(s).length === 9, rows);
  const panel = await page.evaluate(() => {
    const results = document.getElementById('results');
    return { overflow: getComputedStyle(results).overflowY, inner: results.scrollHeight - results.clientHeight, page: document.documentElement.scrollHeight };
  });
  assert.equal(panel.overflow, 'visible');
  assert.ok(panel.inner <= 1, `the panel hides ${panel.inner} px`);
  assert.ok(panel.page > 800, 'the page itself scrolls');
  await page.screenshot({ path: screenshotPath('results-1280-full.png'), fullPage: true });
  await session.check();
});
