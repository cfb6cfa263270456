// Storage that never loses a record: a damaged, older or newer
// saved value is copied aside as it was, the person is told, and what can be
// recovered is kept; full or refused storage leaves the page working in
// memory with export; two tabs never silently overwrite each other.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  launch, openPage, waitForResult, addRecord, shownYears, savedState, cli, assertMatchesCli, scratch, PAGE_URL,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const EXAM = { kind: 'language_exam', date: '2017-05-13', level: 'B', score: 75, national_standard: false };
const REGISTERED = { kind: 'registered', year: 2016, category: 'public', hours: 30, certificate: 'LY-2016-77' };
const COURSE = { kind: 'professional_course', date: '2017-06-01', hours: 12, passed: true };

const recordCount = (page) => page.locator('#records-list > li').count();
const message = (page) => page.textContent('#message');
const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

/** A page whose localStorage held `raw` under 'cehours' when it was opened. */
async function openWithSaved(raw) {
  const session = await openPage(browser);
  await session.page.evaluate((text) => { localStorage.clear(); localStorage.setItem('cehours', text); }, raw);
  await session.page.reload();
  await waitForResult(session.page);
  return session;
}

test('a saved value that is not JSON is kept aside as it was; the page says so and starts empty', async () => {
  const raw = '{"version": 1, "records": [{"kind": "registered", "ye';
  const session = await openWithSaved(raw);
  const { page } = session;
  assert.match(await message(page), /已损坏，无法读取/);
  assert.match(await message(page), /cehours-unreadable/);
  assert.equal(await stored(page, 'cehours-unreadable'), raw);
  assert.equal(await recordCount(page), 0);
  await addRecord(page, REGISTERED);
  assert.deepEqual((await savedState(page)).records, [REGISTERED]);

  // A second, different damaged value never overwrites the first copy.
  await page.evaluate(() => localStorage.setItem('cehours', 'not json at all'));
  await page.reload();
  await waitForResult(page);
  assert.equal(await stored(page, 'cehours-unreadable'), raw);
  const copies = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('cehours-unreadable-')));
  assert.equal(copies.length, 1);
  assert.equal(await stored(page, copies[0]), 'not json at all');
  assert.match(await message(page), new RegExp(copies[0]));
  await session.check();
});

test('a partly damaged list keeps every readable record and says how many were lost', async () => {
  const raw = JSON.stringify({ version: 1, profile: { affiliation: 'county' }, as_of: '2017-10-01',
    records: [EXAM, 42, null, 'x', { hours: 3 }, REGISTERED] });
  const session = await openWithSaved(raw);
  const { page } = session;
  assert.match(await message(page), /有4条已损坏、无法读取，其余2条已恢复/);
  assert.equal(await stored(page, 'cehours-unreadable'), raw);
  assert.equal(await recordCount(page), 2);
  assert.deepEqual(await savedState(page), { version: 1, profile: { affiliation: 'county' }, as_of: '2017-10-01', records: [EXAM, REGISTERED] });
  await session.check();
});

test('a wrong shape (bad affiliation and date) keeps the records with defaults', async () => {
  const raw = JSON.stringify({ version: 1, profile: { affiliation: 42 }, as_of: 'yesterday', records: [EXAM] });
  const session = await openWithSaved(raw);
  const { page } = session;
  assert.match(await message(page), /格式有误，已恢复其中的1条记录/);
  assert.equal(await stored(page, 'cehours-unreadable'), raw);
  // No affiliation saved: the pack's first is used, as the core reads a document without one.
  assert.deepEqual(await savedState(page), { version: 1, profile: {}, as_of: null, records: [EXAM] });
  assert.equal(await page.isChecked('input[name="affiliation"][value="city"]'), true);
  await session.check();
});

test('version 0 (a bare records array) is migrated to version 1 and computes as the CLI does', async () => {
  const raw = JSON.stringify([EXAM, REGISTERED, COURSE]);
  const session = await openWithSaved(raw);
  const { page } = session;
  assert.match(await message(page), /来自本页的旧版本，已转换为新格式（3条记录）/);
  assert.equal(await stored(page, 'cehours-unreadable'), raw);
  assert.deepEqual(await savedState(page), { version: 1, profile: {}, as_of: null, records: [EXAM, REGISTERED, COURSE] });
  const asOf = await page.getAttribute('#results', 'data-as-of');
  assertMatchesCli(await shownYears(page), cli({ as_of: asOf, profile: { affiliation: 'city' }, records: [EXAM, REGISTERED, COURSE] }));
  // Once migrated, a reload reads it quietly.
  await page.reload();
  await waitForResult(page);
  assert.equal(await message(page), '');
  await session.check();
});

test('an affiliation the pack does not list is kept, and computed as the pack\'s first', async () => {
  const raw = JSON.stringify({ version: 1, profile: { affiliation: 'mars' }, as_of: null, records: [EXAM] });
  const session = await openWithSaved(raw);
  const { page } = session;
  assert.equal(await page.isChecked('input[name="affiliation"][value="city"]'), true);
  assert.deepEqual((await savedState(page)).profile, { affiliation: 'mars' });
  const asOf = await page.getAttribute('#results', 'data-as-of');
  assertMatchesCli(await shownYears(page), cli({ as_of: asOf, profile: { affiliation: 'city' }, records: [EXAM] }));
  await session.check();
});

test('a value from a newer version is read as far as it goes, and kept aside', async () => {
  const raw = JSON.stringify({ version: 7, profile: { affiliation: 'county' }, records: [EXAM], sync: { device: 'x' } });
  const session = await openWithSaved(raw);
  const { page } = session;
  assert.match(await message(page), /较新版本，已尽量读取其中的1条记录/);
  assert.equal(await stored(page, 'cehours-unreadable'), raw);
  assert.equal(await recordCount(page), 1);
  await session.check();
});

/** Export through the button; the records in the downloaded file. */
async function exportedRecords(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
  const file = join(scratch, `storage-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')).records;
}

const REFUSALS = {
  'storage full (QuotaExceededError)': () => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'storage disabled (getItem and setItem throw)': () => {
    const refuse = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
  },
  'storage disabled (window.localStorage throws)': () => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
  },
};

for (const [name, refuse] of Object.entries(REFUSALS)) {
  test(`${name}: the page says so, keeps working in memory and exports`, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript(refuse);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(PAGE_URL);
    await waitForResult(page);
    if (!name.includes('full')) assert.match(await message(page), /不允许本页在本机保存记录.*导出/);
    await addRecord(page, EXAM);
    await addRecord(page, REGISTERED);
    assert.match(await message(page), /未能保存到本机.*导出/);
    assert.equal(await recordCount(page), 2);
    const asOf = await page.getAttribute('#results', 'data-as-of');
    assertMatchesCli(await shownYears(page), cli({ as_of: asOf, profile: { affiliation: 'city' }, records: [EXAM, REGISTERED] }));
    assert.deepEqual(await exportedRecords(page), [EXAM, REGISTERED]);
    // A share link opened over these records asks first, then keeps them to restore, in memory.
    await page.goto(`${PAGE_URL}#records=${Buffer.from(JSON.stringify({ records: [COURSE] })).toString('base64url')}`);
    await page.click('#replace-confirm');
    await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 1);
    await page.click('#restore-backup');
    await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 2);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/**
 * The page's `storage` listeners, made deaf while window.__deaf is true: the
 * tab then misses another tab's save, as when both save in the same moment.
 */
function deafenable() {
  const add = window.addEventListener;
  window.__deaf = false;
  window.addEventListener = function addEventListener(type, listener, options) {
    const heard = type === 'storage' ? (event) => { if (!window.__deaf) listener(event); } : listener;
    return add.call(this, type, heard, options);
  };
}

/** Two tabs of the page in one browser (one localStorage); the second's storage listeners can be made deaf. */
async function twoTabs() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const problems = [];
  const open = async (init) => {
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(PAGE_URL);
    await waitForResult(page);
    return page;
  };
  const first = await open();
  const second = await open(deafenable);
  return { context, first, second, problems };
}

// Polled on a timer: a tab in the background gets no animation frames.
const waitForCount = (page, n) => page.waitForFunction((k) => document.querySelectorAll('#records-list > li').length === k, n, { polling: 50 });
const storedRecords = async (page) => (await savedState(page)).records;
/** The person switches to `page` and adds a record there. */
async function addIn(page, record) {
  await page.bringToFront();
  await addRecord(page, record);
}

test('two tabs: a record added in each is kept in both, and each is told', async () => {
  const { context, first, second, problems } = await twoTabs();
  await addIn(first, EXAM);
  await waitForCount(second, 1);
  assert.match(await message(second), /另一个窗口（标签页）修改了记录，本页已同步为最新的1条记录/);
  await addIn(second, REGISTERED);
  await waitForCount(first, 2);
  assert.match(await message(first), /另一个窗口/);
  assert.deepEqual(await storedRecords(first), [EXAM, REGISTERED]);

  // A delete in one tab is a delete in the other, not a record brought back.
  await first.bringToFront();
  await first.click('#records-list > li:nth-child(1) button.delete');
  await waitForCount(second, 1);
  assert.deepEqual(await storedRecords(second), [REGISTERED]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('two tabs saving at once: the later save merges, neither record is lost', async () => {
  const { context, first, second, problems } = await twoTabs();
  await addIn(first, REGISTERED);
  await waitForCount(second, 1);
  // The second tab stops hearing of the first's saves (as when both save in the same moment).
  await second.evaluate(() => { window.__deaf = true; });
  await addIn(first, EXAM);
  // The second tab still shows one record, and adds its own: its save finds the first's and merges.
  assert.equal(await recordCount(second), 1);
  await second.bringToFront();
  await second.selectOption('#f-kind', COURSE.kind);
  await second.fill('#f-date', COURSE.date);
  await second.fill('#f-hours', String(COURSE.hours));
  await second.click('#f-submit');
  await waitForCount(second, 3);
  await second.evaluate(() => { window.__deaf = false; });
  assert.match(await message(second), /本页和另一个窗口（标签页）都修改了记录，已合并两边的修改，共3条记录/);
  await waitForCount(first, 3);
  for (const page of [first, second]) {
    const records = await storedRecords(page);
    assert.equal(records.length, 3);
    for (const r of [REGISTERED, EXAM, COURSE]) assert.ok(records.some((s) => JSON.stringify(s) === JSON.stringify(r)), JSON.stringify(r));
  }
  assert.deepEqual(problems, []);
  await context.close();
});
