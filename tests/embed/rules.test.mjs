// A `rules` URL is fetched and checked by the core: a pack of its own is used;
// a missing pack, a malformed one and one the core refuses each show a clear
// Chinese message in the element (never a blank box) and fire cehours-error.
// Also: the lang and compact attributes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, screenshotPath } from '../browser/helpers.mjs';
import { makeSite, serve, openSite, lastResult, testPage, bureauPack } from './site.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  const wrongPack = bureauPack();
  wrongPack.years = 'every year';
  delete wrongPack.id;
  server = await serve(makeSite({
    'rules/bureau.json': JSON.stringify(bureauPack()),
    'rules/malformed.json': '{"format": "cehours-rules/1", "id": "linyi-2017", ',
    'rules/wrong.json': JSON.stringify(wrongPack),
    'own.html': testPage('<cehours-calculator id="own" rules="rules/bureau.json" storage-key="own"></cehours-calculator>'),
    'bad.html': testPage([
      '<cehours-calculator id="missing" rules="rules/no-such-pack.json" storage-key="a"></cehours-calculator>',
      '<cehours-calculator id="malformed" rules="rules/malformed.json" storage-key="b"></cehours-calculator>',
      '<cehours-calculator id="wrong" rules="rules/wrong.json" storage-key="c"></cehours-calculator>',
      '<cehours-calculator id="unreachable" rules="rules/unreachable.json" storage-key="d"></cehours-calculator>',
    ].join('\n')),
    'english.html': testPage('<cehours-calculator id="en" lang="en" compact storage-key="en"></cehours-calculator>'),
  }));
});
after(async () => {
  server.close();
  await browser.close();
});

test('a rules URL of its own is the pack the calculator uses', async () => {
  const session = await openSite(browser, `${server.url}/own.html`);
  const result = await lastResult(session.page, 'own');
  assert.equal(result.rules.title, bureauPack().title);
  assert.match(await session.page.locator('#own #footer-rules').textContent(), /本局发布/);
  await session.check();
});

test('a missing, a malformed and a refused pack each say so in Chinese and fire cehours-error', async () => {
  // The network fails as it does offline: the browser's own reason ("Failed to fetch") is English.
  const session = await openSite(browser, `${server.url}/bad.html`, { route: { pattern: '**/rules/unreachable.json', handler: (route) => route.abort('internetdisconnected') } });
  const { page } = session;
  const expected = {
    missing: { code: 'rules_unavailable', text: /无法下载规则包（http:\/\/127\.0\.0\.1:\d+\/rules\/no-such-pack\.json：服务器答复 HTTP 404，文件不存在）/ },
    unreachable: { code: 'rules_unavailable', text: /无法下载规则包（http:\/\/127\.0\.0\.1:\d+\/rules\/unreachable\.json：网络不通，或地址无法访问）/ },
    malformed: { code: 'rules_invalid', text: /规则包有误/, path: /^rules/ },
    wrong: { code: 'rules_invalid', text: /规则包有误/, path: /^rules\./ },
  };
  await page.waitForFunction((ids) => ids.every((id) => (window.__cehours.errors[id] || []).length === 1), Object.keys(expected));
  for (const [id, want] of Object.entries(expected)) {
    const [error] = await page.evaluate((name) => window.__cehours.errors[name], id);
    assert.equal(error.code, want.code, id);
    assert.match(error.message, want.text, id);
    assert.doesNotMatch(error.message, /Failed|fetch|Error/, `${id}: no English`);
    const shown = page.locator(`#${id} #results-loading`);
    assert.equal(await shown.isVisible(), true, id);
    assert.match(await shown.textContent(), want.text, id);
    if (want.path) {
      assert.ok(error.errors.length > 0 && error.errors.every((e) => want.path.test(e.path)), `${id}: ${JSON.stringify(error.errors)}`);
      assert.match(await page.locator(`#${id} #results-body`).textContent(), /rules/);
    }
    assert.equal(await page.evaluate((name) => (window.__cehours.results[name] || []).length, id), 0, `${id}: no result from a bad pack`);
  }
  await page.screenshot({ path: screenshotPath('embed-bad-rules.png'), fullPage: true });
  // The 404 and the cut connection are the console errors expected here.
  assert.deepEqual(session.problems.filter((p) => !/404|ERR_INTERNET_DISCONNECTED/.test(p)), []);
  assert.deepEqual(await session.violations(), []);
  await session.context.close();
});

test('lang="en" gives the English frame; compact keeps one column at any width', async () => {
  const session = await openSite(browser, `${server.url}/english.html`);
  const { page } = session;
  await lastResult(page, 'en');
  const calculator = page.locator('#en');
  assert.equal(await calculator.locator('.cehours-app').getAttribute('lang'), 'en');
  assert.equal(await calculator.locator('#results-h').textContent(), 'Results');
  assert.equal(await calculator.locator('#sample').textContent(), 'Sample');
  const [situation, results] = await Promise.all(['#situation', '#results'].map((s) => calculator.locator(s).boundingBox()));
  assert.ok(results.y > situation.y + situation.height, 'one column');
  await page.screenshot({ path: screenshotPath('embed-english-compact.png') });
  await session.check();
});
