// Nothing a person types is lost: not what is typed into the shell before the
// calculator has started (on a slow connection the page's script arrives
// seconds after its fields), not a field saved on one keystroke before a
// reload, not one tab's identity field under another's, not a half-filled
// record form, and not the records that 示例, 导入 or 清空 replace: each asks
// first, keeps a backup and restores it, after a reload too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, freshContext, openWithSaved, serveDist, waitForResult, savedState, writeJson, screenshotPath, PAGE_URL,
  recordCount, waitForRecords,
} from './helpers.mjs';

const MINE = {
  version: 1, profile: { affiliation: 'city' }, as_of: null,
  records: [{ kind: 'registered', year: 2017, category: 'professional', hours: 8, title: '我自己的记录' }],
};
const IDENTITY = { name: '王晓梅', unit: '临沂市人民医院', title: '主治医师' };
const openIdentity = async (page) => {
  if (!await page.evaluate(() => document.getElementById('identity').open)) await page.click('#identity summary');
};
const started = (page) => page.evaluate(() => document.getElementById('cehours').hasAttribute('data-started'));

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveDist();
});
after(async () => {
  server.close();
  await browser.close();
});

/** A context whose page is `MINE`'s person: one record saved. */
async function withMyRecord(size) {
  const session = await freshContext(browser, size);
  await openWithSaved(session.page, MINE);
  return session;
}

test('on a slow connection, what is typed and pressed in the shell before the start is kept, applied and still there after a reload', async () => {
  const session = await freshContext(browser, { width: 375, height: 812 });
  const { page, context } = session;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // About 25 kB/s, as a phone on a weak signal: the shell is painted seconds before the page's script has arrived.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 25 * 1024, uploadThroughput: 25 * 1024 });
  await page.goto(`${server.url}/cehours.html`, { waitUntil: 'commit' });

  await page.click('#identity summary');
  for (const [field, value] of Object.entries(IDENTITY)) await page.fill(`#identity-${field}`, value);
  await page.fill('#since', '2016');
  await page.fill('#as-of', '2017-11-26');
  await page.click('#add-start');
  assert.equal(await started(page), false, 'all of it happened before the calculator started');
  assert.match(await page.textContent('#status-text'), /启动后立即执行/, 'a press before the start says it will be done');
  await page.screenshot({ path: screenshotPath('before-start-375.png') });

  await waitForResult(page);
  for (const [field, value] of Object.entries(IDENTITY)) assert.equal(await page.inputValue(`#identity-${field}`), value, field);
  assert.equal(await page.inputValue('#since'), '2016');
  assert.equal(await page.inputValue('#as-of'), '2017-11-26');
  await page.waitForFunction(() => document.getElementById('results').dataset.asOf === '2017-11-26');
  const state = await savedState(page);
  assert.equal(state.profile.since, 2016);
  assert.equal(state.as_of, '2017-11-26');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-kind', '添加记录 pressed before the start opened the form');

  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await page.reload();
  await waitForResult(page);
  for (const [field, value] of Object.entries(IDENTITY)) assert.equal(await page.inputValue(`#identity-${field}`), value, `${field} after a reload`);
  assert.equal(await page.evaluate(() => document.getElementById('identity').open), true);
  assert.equal(await page.inputValue('#since'), '2016');
  assert.equal(await page.inputValue('#as-of'), '2017-11-26');
  await session.check();
});

test('a year half-typed (never left, never applied) comes back after a reload, as typed', async () => {
  const session = await freshContext(browser);
  const { page } = session;
  await page.goto(PAGE_URL);
  await waitForResult(page);
  await page.click('#since');
  await page.keyboard.type('201');
  // Reloaded straight from the keystroke: no blur, no change event.
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.inputValue('#since'), '201');
  assert.equal(await page.getAttribute('#since', 'aria-invalid'), 'true', 'an unfinished year is said to be wrong, not applied');
  assert.equal((await savedState(page) || { profile: {} }).profile.since, undefined);
  await page.fill('#since', '2015');
  await page.press('#since', 'Tab');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('cehours')).profile.since === 2015);
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.inputValue('#since'), '2015');
  await session.check();
});

test('two tabs typing different identity fields keep both', async () => {
  const session = await freshContext(browser);
  const { page: first, context } = session;
  await first.goto(PAGE_URL);
  await waitForResult(first);
  const second = await context.newPage();
  await second.goto(PAGE_URL);
  await waitForResult(second);

  await openIdentity(first);
  await first.fill('#identity-name', IDENTITY.name);
  await openIdentity(second);
  await second.fill('#identity-unit', IDENTITY.unit);
  await first.fill('#identity-title', IDENTITY.title);
  // Each tab shows what the other typed.
  await first.waitForFunction((unit) => document.getElementById('identity-unit').value === unit, IDENTITY.unit);
  await second.waitForFunction((title) => document.getElementById('identity-title').value === title, IDENTITY.title);
  assert.equal(await second.inputValue('#identity-name'), IDENTITY.name);
  const stored = JSON.parse(await first.evaluate(() => localStorage.getItem('cehours-identity')));
  assert.deepEqual(stored, IDENTITY);
  await second.reload();
  await waitForResult(second);
  for (const [field, value] of Object.entries(IDENTITY)) assert.equal(await second.inputValue(`#identity-${field}`), value, field);
  await second.close();
  await session.check();
});

test('a half-filled record form survives a reload until it is added or discarded; so does an edit', async () => {
  const session = await withMyRecord({ width: 1280, height: 800 });
  const { page } = session;
  await page.selectOption('#f-kind', 'professional_course');
  await page.fill('#f-date', '2017-05-20');
  await page.fill('#f-hours', '12');
  await page.fill('#f-title', '现代教育技术');
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.inputValue('#f-kind'), 'professional_course');
  assert.equal(await page.inputValue('#f-date'), '2017-05-20');
  assert.equal(await page.inputValue('#f-hours'), '12');
  assert.equal(await page.inputValue('#f-title'), '现代教育技术');
  // Discarded: gone, after a reload too.
  assert.equal(await page.textContent('#f-cancel'), '清空表单');
  await page.click('#f-cancel');
  assert.equal(await page.inputValue('#f-hours'), '');
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('cehours-draft') || '{}').form), undefined);
  assert.equal(await page.isVisible('#f-cancel'), false);

  // An edit in progress: still the same record's edit after a reload, with what was typed.
  await page.click('#records-list > li[data-index="0"] button.edit');
  await page.fill('#f-hours', '9');
  await page.reload();
  await waitForResult(page);
  assert.match(await page.textContent('#record-form legend'), /修改第1条记录/);
  assert.equal(await page.inputValue('#f-hours'), '9');
  await page.click('#f-submit');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('cehours')).records[0].hours === 9);
  assert.equal(await recordCount(page), 1, 'the edit replaced the record, not added one');
  await page.reload();
  await waitForResult(page);
  assert.match(await page.textContent('#record-form legend'), /添加记录/, 'a saved edit leaves no draft');
  await session.check();
});

/** Presses `replace` over MINE's one record: asked first, then replaced, then restored after a reload. */
async function askedBackedUpRestored(page, replace, after, screenshot) {
  await replace();
  await page.waitForSelector('#replace-confirm');
  if (screenshot) await page.screenshot({ path: screenshotPath(`${screenshot}-ask.png`) });
  assert.equal(await recordCount(page), 1, 'nothing replaced before the person answers');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'replace-confirm');
  await page.click('#replace-confirm');
  await waitForRecords(page, after);
  await page.reload();
  await waitForResult(page);
  assert.match(await page.textContent('#backup-offer'), /已备份.*前的1条记录/);
  if (screenshot) await page.screenshot({ path: screenshotPath(`${screenshot}-backup.png`) });
  await page.click('#restore-backup');
  await waitForRecords(page, 1);
  assert.deepEqual((await savedState(page)).records, MINE.records);
}

test('示例, 导入 and 清空 over saved records each ask, keep a backup and restore it after a reload', async () => {
  const session = await withMyRecord({ width: 375, height: 812 });
  const { page } = session;

  await askedBackedUpRestored(page, () => page.click('#sample'), 9, 'replace-sample-375');

  const file = writeJson('two-records.json', { records: [
    { kind: 'registered', year: 2016, category: 'public', hours: 30 },
    { kind: 'registered', year: 2015, category: 'professional', hours: 20 }] });
  await askedBackedUpRestored(page, () => page.setInputFiles('#import-file', file), 2);

  await askedBackedUpRestored(page, () => page.click('#clear'), 0);

  // Kept: nothing changes, nothing is backed up over the restored backup.
  await page.click('#clear');
  await page.click('#replace-keep');
  assert.equal(await recordCount(page), 1);
  assert.match(await page.textContent('#status'), /已保留您的记录/);

  // Let go: the offer goes, the records stay.
  await page.click('#sample');
  await page.click('#replace-confirm');
  await waitForRecords(page, 9);
  await page.click('#drop-backup');
  assert.equal(await page.isVisible('#backup-offer'), false);
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.isVisible('#backup-offer'), false);
  assert.equal(await recordCount(page), 9);
  await session.check();
});
