// Never lose a record: reload restores them; export → clear → import gives
// the same results; a bad file changes nothing and says why;
// window.CeHours.evaluate equals the CLI. (Share links: share.test.mjs.)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  launch, openPage, waitForResult, addRecord, shownYears, savedState, writeJson, scratch, cli, PAGE_URL,
} from './helpers.mjs';
import { join } from 'node:path';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const resultsText = (page) => page.textContent('#results-body');
const recordsText = (page) => page.textContent('#records-list');

test('reload keeps every record, the affiliation and the chosen date', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await page.check('input[name="affiliation"][value="county"]');
  await page.fill('#as-of', '2017-10-01');
  await addRecord(page, { kind: 'language_exam', date: '2017-05-13', level: 'B', score: 75 });
  await addRecord(page, { kind: 'registered', year: 2016, category: 'public', hours: 30, certificate: 'LY-2016-77' });
  const before = { years: await shownYears(page), records: await recordsText(page), state: await savedState(page) };
  await page.reload();
  await waitForResult(page);
  assert.deepEqual(await savedState(page), before.state);
  assert.equal(await recordsText(page), before.records);
  assert.deepEqual(await shownYears(page), before.years);
  assert.equal(await page.inputValue('#as-of'), '2017-10-01');
  assert.equal(await page.isChecked('input[name="affiliation"][value="county"]'), true);
  await session.check();
});

test('export, clear, import gives the same results; the export is the CLI input', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await page.click('#sample');
  await page.waitForSelector('#records-list > li');
  const before = { years: await shownYears(page), results: await resultsText(page), records: await recordsText(page) };

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const file = join(scratch, download.suggestedFilename());
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(exported.records.length, 9);

  await page.click('#clear');
  await page.click('#replace-confirm');
  assert.equal(await page.locator('#records-list > li').count(), 0);
  assert.notEqual(await resultsText(page), before.results);

  await page.setInputFiles('#import-file', file);
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 9);
  assert.deepEqual(await shownYears(page), before.years);
  assert.equal(await resultsText(page), before.results);
  assert.equal(await recordsText(page), before.records);

  // The exported file, given the date the page assessed at, is exactly what the CLI evaluates.
  const asOf = await page.getAttribute('#results', 'data-as-of');
  const fromCli = cli({ ...exported, as_of: asOf });
  const fromPage = await page.evaluate((doc) => window.CeHours.evaluate(doc), { ...exported, as_of: asOf });
  assert.deepEqual(fromPage, fromCli);
  await session.check();
});

test('a malformed import file changes nothing and says why', async () => {
  const session = await openPage(browser);
  const { page } = session;
  await page.click('#sample');
  await page.waitForSelector('#records-list > li');
  const before = { state: await savedState(page), results: await resultsText(page) };
  const bad = {
    'not-json.json': '{"records": [ {"kind": "language_exam", ',
    'array.json': '[1, 2, 3]',
    'no-records.json': JSON.stringify({ profile: { affiliation: 'city' } }),
    'bad-hours.json': JSON.stringify({ records: [{ kind: 'professional_course', date: '2017-03-01', hours: -4 }] }),
    'bad-date.json': JSON.stringify({ records: [{ kind: 'public_course', date: '2017-02-30' }] }),
    'unknown-field.json': JSON.stringify({ records: [{ kind: 'registered', year: 2017, category: 'public', hours: 5, password: 'x' }] }),
  };
  for (const [name, text] of Object.entries(bad)) {
    await page.setInputFiles('#import-file', writeJson(name, text));
    await page.waitForFunction(() => document.getElementById('message').textContent.includes('未导入'));
    const message = await page.textContent('#message');
    assert.match(message, /原有记录没有改变/, name);
    assert.deepEqual(await savedState(page), before.state, name);
    assert.equal(await resultsText(page), before.results, name);
    await page.evaluate(() => { document.getElementById('message').textContent = ''; });
  }
  await session.check();
});

test('a browser without DecompressionStream keeps the saved records and says in Chinese why nothing is computed', async () => {
  const context = await browser.newContext();
  const saved = { version: 1, profile: { affiliation: 'city' }, as_of: '2017-11-26',
    records: [{ kind: 'language_exam', date: '2017-04-08', level: 'B', score: 63 }] };
  await context.addInitScript((value) => {
    delete window.DecompressionStream;
    if (!localStorage.getItem('cehours')) localStorage.setItem('cehours', value);
  }, JSON.stringify(saved));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE_URL);
  const reason = page.locator('#results-loading.load-error');
  await reason.waitFor();
  assert.match(await reason.textContent(), /计算核心无法启动（此浏览器版本过旧.*换用新版浏览器）。记录仍会保存在本机/);
  assert.equal(await page.locator('#records-list > li').count(), 1);
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('cehours'))).records, saved.records);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const file = join(scratch, 'old-browser-export.json');
  await download.saveAs(file);
  assert.deepEqual(JSON.parse(readFileSync(file, 'utf8')).records, saved.records);
  assert.deepEqual(errors, []);
  await context.close();
});
