// Screenshots at a phone (375×812) and a desktop (1280×800) size, with the
// sample person, saved under build/screenshots/ for a person to look at. How long
// the first result takes is the benchmark's to print (tests/bench/bench.mjs), never a test's to assert.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitForResult, screenshotPath } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

for (const [width, height] of [[375, 812], [1280, 800]]) {
  test(`screenshots at ${width}×${height}`, async () => {
    const session = await openPage(browser, { width, height });
    const { page } = session;
    await page.screenshot({ path: screenshotPath(`cehours-${width}x${height}-empty.png`) });
    await page.click('#sample');
    await page.waitForSelector('#records-list > li');
    await page.reload();
    await waitForResult(page);
    await page.screenshot({ path: screenshotPath(`cehours-${width}x${height}.png`) });
    await page.screenshot({ path: screenshotPath(`cehours-${width}x${height}-full.png`), fullPage: true });
    await page.evaluate(() => document.getElementById('results').scrollIntoView());
    await page.screenshot({ path: screenshotPath(`cehours-${width}x${height}-results.png`) });
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'horizontal overflow');
    await session.check();
  });
}

test('the printed 继续教育学时自查表: A4, records with certificates, per-year results, rules, date', async () => {
  const session = await openPage(browser, { width: 794, height: 1123 });
  const { page } = session;
  await page.click('#sample');
  await page.waitForSelector('#records-list > li');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('#records'), false, 'the interactive page is not printed');
  const sheet = await page.textContent('#print-sheet');
  assert.match(sheet, /继续教育学时自查表/);
  assert.match(sheet, /linyi-2017/);
  assert.match(sheet, /打印日期\d{4}-\d{2}-\d{2}/);
  for (const certificate of ['ZCWY2017-3713-0421', 'JSJ2017-0520-118', 'UPOL-GX-2016-BX-5531']) assert.ok(sheet.includes(certificate), certificate);
  assert.equal(await page.locator('#print-sheet table').first().locator('tbody tr').count(), 3);
  await page.screenshot({ path: screenshotPath('cehours-print-a4.png'), fullPage: true });
  await page.pdf({ path: screenshotPath('cehours-print.pdf'), format: 'A4', printBackground: true });
  await session.check();
});

test('nothing sticks out sideways at 320 px', async () => {
  const session = await openPage(browser, { width: 320, height: 640 });
  const { page } = session;
  await page.click('#sample');
  await page.waitForSelector('#records-list > li');
  await page.selectOption('#f-kind', 'converted');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'horizontal overflow');
  await page.screenshot({ path: screenshotPath('cehours-320x640-full.png'), fullPage: true });
  await session.check();
});
