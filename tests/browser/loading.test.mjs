// The shell and the saved records appear before the rules core is ready; the
// page is usable with the keyboard alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, PAGE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('saved records are painted while the wasm core is still starting', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    localStorage.setItem('cehours', JSON.stringify({
      version: 1, profile: { affiliation: 'city' }, as_of: null,
      records: [{ kind: 'registered', year: 2016, category: 'public', hours: 30, certificate: 'LY-2016-0001' }],
    }));
    // Hold the core back: WebAssembly never finishes instantiating.
    WebAssembly.instantiate = () => new Promise(() => {});
  });
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  await page.waitForSelector('#records-list > li');
  assert.match(await page.textContent('#records-list'), /LY-2016-0001/);
  assert.equal(await page.isVisible('#results-loading'), true);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('cehours-first-result').length), 0);
  await context.close();
});

test('keyboard only: reach 示例, add a record with Enter, delete it and undo', async () => {
  const session = await openPage(browser);
  const { page } = session;
  for (let i = 0; i < 10 && await page.evaluate(() => document.activeElement.id) !== 'sample'; i += 1) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sample');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 9);

  await page.focus('#f-kind');
  await page.selectOption('#f-kind', 'registered');
  await page.focus('#f-year');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.focus('#f-category');
  await page.keyboard.press('ArrowDown');
  await page.focus('#f-hours');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 10);
  assert.match(await page.textContent('#status'), /已添加第10条记录/);

  await page.focus('#records-list > li[data-index="9"] button.delete');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 9);
  await page.focus('#undo');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 10);
  await session.check();
});
