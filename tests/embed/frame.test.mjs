// The iframe alternative: dist/cehours.html?embed=1 in a bureau page under the
// strict CSP (plus frame-src for the calculator's host). It lays out compact
// and posts each result to the parent, but only to the origin the site names
// in parent-origin: a frame told another origin posts nothing we can see.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshotPath } from '../browser/helpers.mjs';
import { makeSite, serve, openSite, writeFiles, STRICT_CSP } from './site.mjs';

let browser;
let calculatorHost;
let bureau;
before(async () => {
  browser = await launch();
  // The page is served from its own origin, without the bureau's header: its
  // own meta policy allows the inline scripts a one-file page is made of.
  calculatorHost = await serve(makeSite(), null);
  const site = makeSite();
  bureau = await serve(site, `${STRICT_CSP}; frame-src ${calculatorHost.url}`);
  const frame = (parent) => `<iframe id="f" title="继续教育学时自查" width="420" height="700" src="${calculatorHost.url}/cehours.html?embed=1&amp;parent-origin=${encodeURIComponent(parent)}"></iframe>`;
  writeFiles(site, {
    'frame.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>frame</title></head><body>${frame(bureau.url)}</body></html>`,
    'frame-elsewhere.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>frame</title></head><body>${frame('https://elsewhere.example')}</body></html>`,
  });
});
after(async () => {
  bureau.close();
  calculatorHost.close();
  await browser.close();
});

/**
 * Opens `url`, presses 示例 in the frame, then has the frame itself post a sentinel to the
 * parent: messages from one window arrive in the order posted, so once the sentinel is in,
 * every result the calculator posted for the sample is in too (or none was sent at all).
 */
async function messages(url) {
  const session = await openSite(browser, url, { width: 600, height: 800 });
  await session.page.evaluate(() => {
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  const frame = session.page.frameLocator('#f');
  await frame.locator('#sample').click();
  await frame.locator('#records-list > li').first().waitFor();
  const child = session.page.frames().find((f) => f !== session.page.mainFrame());
  await child.evaluate(() => window.parent.postMessage('sentinel', '*'));
  await session.page.waitForFunction(() => window.__messages.some((m) => m.data === 'sentinel'));
  const received = await session.page.evaluate(() => window.__messages.filter((m) => m.data !== 'sentinel'));
  return { session, frame, received };
}

test('?embed=1 posts each result to the named parent origin, compact', async () => {
  const { session, frame, received } = await messages(`${bureau.url}/frame.html`);
  const results = received.filter((m) => m.data && m.data.type === 'cehours-result');
  assert.ok(results.length >= 1, JSON.stringify(received).slice(0, 300));
  assert.equal(results[0].origin, calculatorHost.url);
  const last = results.at(-1).data.result;
  assert.equal(last.ok, true);
  assert.ok(last.lines.length > 0, 'the sample\'s result');
  assert.equal(await frame.locator('.cehours-app.compact').count(), 1);
  await session.page.screenshot({ path: screenshotPath('embed-iframe.png') });
  await session.check();
});

test('a parent-origin other than the parent\'s gets nothing through', async () => {
  const { session, received } = await messages(`${bureau.url}/frame-elsewhere.html`);
  assert.deepEqual(received, []);
  await session.context.close();
});
