// Share links as another person meets them: every link is opened in a fresh
// browser context (no saved records, nothing in memory), over http(s) and from
// file://. Records already saved are not replaced unasked, and stay to
// restore. From a saved file the share action says a link would not open for
// anyone else and offers export, print and a text summary instead.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, freshContext, openWithSaved, serveDist, waitForResult, shownYears, savedState, screenshotPath, PAGE_URL,
  recordCount, waitForRecords,
} from './helpers.mjs';

const SIZES = [[375, 812], [1280, 800]];
const ONE_RECORD = {
  version: 1, profile: { affiliation: 'city' }, as_of: null,
  records: [{ kind: 'registered', year: 2017, category: 'professional', hours: 8, title: '我自己的记录' }],
};

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

/** The sample person's share link, made with 分享链接 on the page served over http (once per size). */
const links = new Map();
function makeLink(size) {
  if (!links.has(size.width)) links.set(size.width, makeLinkNow(size));
  return links.get(size.width);
}

async function makeLinkNow(size) {
  const maker = await freshContext(browser, size);
  await maker.page.goto(`${server.url}/cehours.html`);
  await waitForResult(maker.page);
  await maker.page.click('#sample');
  await waitForRecords(maker.page, 9);
  await maker.page.click('#share');
  const link = await maker.page.inputValue('#share-link');
  const years = await shownYears(maker.page);
  await maker.page.screenshot({ path: screenshotPath(`share-${size.width}-link.png`) });
  await maker.check();
  return { link, years };
}

for (const [width, height] of SIZES) {
  const size = { width, height };

  test(`${width} px: a link made over http opens in a fresh browser with its records`, async () => {
    const { link, years } = await makeLink(size);
    assert.ok(link.startsWith(`${server.url}/cehours.html#records=`), link);

    const other = await freshContext(browser, size);
    await other.page.goto(link);
    await waitForRecords(other.page, 9);
    assert.deepEqual(await shownYears(other.page), years);
    assert.equal(new URL(other.page.url()).hash, '', 'the fragment is taken out once the records are shown');
    assert.equal((await savedState(other.page)).records.length, 9, 'and they are saved here');
    await other.page.screenshot({ path: screenshotPath(`share-${width}-opened.png`) });
    await other.check();
  });

  test(`${width} px: over saved records the link asks first, keeps them, and they can be restored`, async () => {
    const { link } = await makeLink(size);
    const other = await freshContext(browser, size);
    const { page } = other;
    await openWithSaved(page, ONE_RECORD, `${server.url}/cehours.html`);
    await page.goto(link);
    await page.waitForSelector('#replace-confirm');
    assert.equal(await recordCount(page), 1, 'nothing replaced before the person answers');
    assert.match(await page.textContent('#message'), /这个分享链接中有9条记录。本机已保存您的1条记录/);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'replace-confirm');
    await page.screenshot({ path: screenshotPath(`share-${width}-ask.png`) });

    await page.click('#replace-confirm');
    await waitForRecords(page, 9);
    await page.click('#restore-backup');
    await waitForRecords(page, 1);
    assert.deepEqual((await savedState(page)).records, ONE_RECORD.records);

    // Asked again, "保留我的记录" leaves them and forgets the link.
    await page.goto(link);
    await page.waitForSelector('#replace-keep');
    await page.click('#replace-keep');
    assert.equal(await recordCount(page), 1);
    assert.equal(new URL(page.url()).hash, '');
    await page.reload();
    await waitForResult(page);
    assert.equal(await page.isVisible('#replace-confirm'), false, 'a reload does not ask again');
    await other.check();
  });

  test(`${width} px: a link to the saved file opens from file:// in a fresh browser`, async () => {
    const { link, years } = await makeLink(size);
    const fileLink = PAGE_URL + link.slice(link.indexOf('#'));
    const other = await freshContext(browser, size);
    await other.page.goto(fileLink);
    await waitForRecords(other.page, 9);
    assert.deepEqual(await shownYears(other.page), years);
    await other.check();
  });

  test(`${width} px: from a saved file, 分享链接 says why and offers export, print and a text summary`, async () => {
    const session = await freshContext(browser, size);
    const { page } = session;
    await page.goto(PAGE_URL);
    await waitForResult(page);
    await page.click('#sample');
    await waitForRecords(page, 9);
    await page.click('#share');
    assert.match(await page.textContent('#share-box'), /别人打不开/);
    assert.equal(await page.locator('#share-link').count(), 0, 'no link that only works on this disk');
    const text = await page.inputValue('#share-text');
    assert.match(text, /核算日期\d{4}-\d{2}-\d{2}，9条记录/);
    assert.match(text, /2016年度：公需类已取得30\/需30学时；专业类已取得36\/需60学时（还差24）/);
    assert.match(text, /2017年度已达标/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share-export')]);
    assert.match(download.suggestedFilename(), /^cehours-records-/);
    await page.screenshot({ path: screenshotPath(`share-${width}-file.png`) });
    await session.check();
  });
}
