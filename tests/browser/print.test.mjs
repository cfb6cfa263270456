// The printed 继续教育学时自查表, as Chromium prints it to PDF (page.pdf),
// turned into PNGs with poppler's pdftoppm for a person to look at, and read
// back with pdftotext: the optional name, employer and title typed for it
// (kept in this browser only: never in the records, an export or the text
// summary), the warnings, and the signature on the same page as the end of
// the records table.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { launch, freshContext, openWithSaved, waitForResult, screenshotPath, scratch } from './helpers.mjs';
import { join } from 'node:path';

const IDENTITY = { name: '王晓梅', unit: '临沂市人民医院', title: '主治医师' };
// Enough records for the sheet to run onto a second page.
const MANY = {
  version: 1, profile: { affiliation: 'city' }, as_of: '2017-11-26',
  records: [
    { kind: 'computer_module', date: '2017-06-10', module: 'Internet应用', passed: false, certificate: 'JSJ-FAIL-01' },
    ...Array.from({ length: 26 }, (_, i) => ({
      kind: 'registered', year: 2015 + (i % 3), category: i % 2 ? 'public' : 'professional', hours: 1 + (i % 4),
      title: `已登记的第${i + 1}项学时（单位集中培训）`, certificate: `LY-REG-${String(i + 1).padStart(3, '0')}`,
    })),
  ],
};
const LAST_RECORD = '已登记的第26项学时';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const pdfText = (file, page) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
const pdfPages = (file) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);

for (const [width, height] of [[375, 812], [1280, 800]]) {
  test(`${width} px: the printed 自查表 carries the name, employer and title, the warnings, and keeps the signature with the table`, async () => {
    const session = await freshContext(browser, { width, height });
    const { page } = session;
    await openWithSaved(page, MANY);
    await page.click('#identity summary');
    for (const [field, value] of Object.entries(IDENTITY)) await page.fill(`#identity-${field}`, value);

    // Kept here, never with the records.
    await page.reload();
    await waitForResult(page);
    for (const [field, value] of Object.entries(IDENTITY)) assert.equal(await page.inputValue(`#identity-${field}`), value);
    const stored = await page.evaluate(() => localStorage.getItem('cehours'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const exported = join(scratch, `print-${width}-export.json`);
    await download.saveAs(exported);
    await page.click('#share');
    const summary = await page.inputValue('#share-text');
    for (const value of Object.values(IDENTITY)) {
      for (const [where, text] of [['saved records', stored], ['export', readFileSync(exported, 'utf8')], ['text summary', summary]]) {
        assert.ok(!text.includes(value), `${value} in the ${where}`);
      }
    }

    const pdf = screenshotPath(`print-${width}.pdf`);
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pages = pdfPages(pdf);
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, screenshotPath(`print-${width}`)]);
    console.log(`${width} px: the sheet prints on ${pages} A4 pages (build/screenshots/print-${width}-*.png)`);
    assert.ok(pages >= 2, 'the test sheet is long enough to need a page break');
    const first = pdfText(pdf, 1);
    assert.match(first, /继续教育学时自查表/);
    for (const value of Object.values(IDENTITY)) assert.ok(first.includes(value), value);
    assert.match(first, /二、补齐计划\s*最少还需 \d+(\.\d)? 学时/);
    assert.match(first, /三、提醒/);
    assert.match(first, /Internet应用.*未合格/s);
    const last = pdfText(pdf, pages);
    assert.match(last, /本人签名/);
    assert.ok(last.includes(LAST_RECORD), 'the signature shares its page with the end of the records table');
    await session.check();
  });
}
