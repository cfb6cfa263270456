// The page served over http(s) as a web app a phone keeps: after one visit it
// opens and computes with the network off (its service worker), its manifest
// is one a phone can install from, a new build is offered as an update and the
// records and identity are all there after it, WeChat's browser is told once
// how to open it where it can be kept, and the page saved as a file works as
// before, with no service worker. Each page opens in a fresh browser context.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  launch, freshContext, serveDist, waitForResult, recordCount, waitForRecords, screenshotPath, ROOT, PAGE_URL,
} from './helpers.mjs';
import { buildServedApp } from '../../web/build_app.mjs';

const PHONE = { width: 375, height: 812 };
/** Resolves once the page's service worker is active and controls the page. */
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null
  && navigator.serviceWorker.controller.state === 'activated');

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

/** A copy of dist/'s served page on its own port, to publish a new build into. */
async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'cehours-served-'));
  for (const name of ['cehours.html', 'sw.js', 'manifest.webmanifest', 'favicon.ico', 'icons']) cpSync(join(ROOT, 'dist', name), join(dir, name), { recursive: true });
  return { dir, ...await serveDist(dir) };
}

test('after one visit the page opens with the network off, shows the saved records and computes', async () => {
  const session = await freshContext(browser, PHONE);
  const { page, context } = session;
  await page.goto(`${server.url}/cehours.html`);
  await waitForResult(page);
  await controlled(page);
  await page.click('#sample');
  await waitForRecords(page, 9);
  const asOf = await page.getAttribute('#results', 'data-as-of');
  const summary = await page.textContent('#summary');

  await context.setOffline(true);
  await page.reload();
  await waitForResult(page);
  assert.equal(await recordCount(page), 9);
  assert.equal(await page.getAttribute('#results', 'data-as-of'), asOf);
  assert.equal(await page.textContent('#summary'), summary, 'computed offline as online');
  // "/" is the page too, offline as well.
  await page.goto(`${server.url}/`);
  await waitForResult(page);
  assert.equal(await recordCount(page), 9);
  await page.screenshot({ path: screenshotPath('offline-375.png') });
  await context.setOffline(false);
  await session.check();
});

test('the manifest is one a phone installs from, and the service worker is active', async () => {
  const manifest = await (await fetch(`${server.url}/manifest.webmanifest`)).json();
  assert.equal(manifest.name, '继续教育学时自查');
  assert.equal(manifest.short_name, '学时自查');
  assert.equal(manifest.lang, 'zh-CN');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.equal(new URL(manifest.start_url, `${server.url}/manifest.webmanifest`).href, `${server.url}/cehours.html`);
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}`);
    assert.ok(icon, `a ${size} px icon`);
    const png = Buffer.from(await (await fetch(new URL(icon.src, `${server.url}/manifest.webmanifest`))).arrayBuffer());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [size, size]);
  }
  const session = await freshContext(browser, PHONE);
  const { page } = session;
  await page.goto(`${server.url}/cehours.html`);
  await waitForResult(page);
  await controlled(page);
  assert.equal(await page.evaluate(() => new URL(document.querySelector('link[rel="manifest"]').href).pathname), '/manifest.webmanifest');
  assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL.endsWith('/sw.js')), true);
  await session.check();
});

test('a new build is offered as an update; after it the records and identity are all there', async () => {
  const site = await serveCopy();
  try {
    const session = await freshContext(browser, PHONE);
    const { page } = session;
    await page.goto(`${site.url}/cehours.html`);
    await waitForResult(page);
    await controlled(page);
    await page.click('#sample');
    await waitForRecords(page, 9);
    await page.click('#identity summary');
    await page.fill('#identity-name', '王晓梅');
    const saved = await page.evaluate(() => localStorage.getItem('cehours'));

    // The bureau publishes a new build: another page, and so another worker.
    const page1 = readFileSync(join(site.dir, 'cehours.html'), 'utf8');
    writeFileSync(join(site.dir, 'cehours.html'), page1.replace('<title>继续教育学时自查 · 临沂市2017年度</title>', '<title>继续教育学时自查 · 新版</title>'));
    const release = buildServedApp(join(site.dir, 'cehours.html'));

    await page.reload();
    await waitForResult(page);
    await page.waitForSelector('#app-update');
    assert.match(await page.textContent('#app-update-text'), new RegExp(`版本 ${release.version}，继续教育学时自查 · 新版`));
    assert.equal(await page.title(), '继续教育学时自查 · 临沂市2017年度', 'not swapped before the person accepts');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('update-offer-375.png') });

    await Promise.all([page.waitForEvent('load'), page.click('#app-update')]);
    await waitForResult(page);
    assert.equal(await page.title(), '继续教育学时自查 · 新版');
    assert.equal(await page.evaluate(() => localStorage.getItem('cehours')), saved);
    assert.equal(await recordCount(page), 9);
    assert.equal(await page.inputValue('#identity-name'), '王晓梅');
    assert.equal(await page.isVisible('#app-update'), false);
    await session.check();
  } finally {
    site.close();
  }
});

test('in WeChat\'s browser the page says once how to open it where it can be kept; elsewhere it works the same', async () => {
  const context = await browser.newContext({
    viewport: PHONE, locale: 'zh-CN',
    userAgent: 'Mozilla/5.0 (Linux; Android 13; V2203A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36 XWEB/1300 MMWEBSDK/20240301 MicroMessenger/8.0.47.2560(0x28002F51) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/cehours.html`);
  await waitForResult(page);
  await page.waitForSelector('#app-hint');
  assert.match(await page.textContent('#app-hint'), /点击右上角 ··· 选择“在浏览器打开”/);
  await page.screenshot({ path: screenshotPath('wechat-hint-375.png') });
  await page.click('#sample');
  await waitForRecords(page, 9);
  await page.reload();
  await waitForResult(page);
  assert.equal(await page.isVisible('#app-hint'), false, 'said once');
  await context.close();
});

test('the page opened from a file works as before, with no service worker and no manifest', async () => {
  const session = await freshContext(browser, PHONE);
  const { page } = session;
  await page.goto(PAGE_URL);
  await waitForResult(page);
  await page.click('#sample');
  await waitForRecords(page, 9);
  assert.equal(await page.locator('link[rel="manifest"]').count(), 0);
  assert.equal(await page.evaluate(() => navigator.serviceWorker === undefined || navigator.serviceWorker.controller === null), true);
  assert.equal(await page.isVisible('#app-offer'), false);
  await session.check();
});
