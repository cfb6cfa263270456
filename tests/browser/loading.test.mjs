// When the core cannot start, the saved records are still painted, with the
// reason where the results would be; the page is usable with the keyboard alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, PAGE_URL } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

test('saved records are painted even when the wasm core cannot start', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    localStorage.setItem('cehours', JSON.stringify({
      version: 1, profile: { affiliation: 'city' }, as_of: null,
      records: [{ kind: 'registered', year: 2016, category: 'public', hours: 30, certificate: 'LY-2016-0001' }],
    }));
    WebAssembly.Module = function Refused() { throw new Error('WebAssembly refused'); };
  });
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  await page.waitForSelector('#records-list > li');
  assert.match(await page.textContent('#records-list'), /LY-2016-0001/);
  await page.waitForFunction(() => /计算核心无法启动/.test(document.getElementById('results-loading').textContent));
  assert.equal(await page.isVisible('#results-loading'), true);
  assert.equal(await page.evaluate(() => performance.getEntriesByName('cehours-first-result').length), 0);
  assert.deepEqual(JSON.parse(await page.evaluate(() => localStorage.getItem('cehours'))).records[0].certificate, 'LY-2016-0001');
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
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li[data-index]').length === 9);
  // The deleted row keeps its place with 撤销删除, and the focus stays there.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '撤销删除');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 10);
  await session.check();
});

test('date fields start as text and become date pickers when the person reaches their card, keeping the date typed', async () => {
  const session = await openPage(browser, { width: 375, height: 812 });
  const { page } = session;
  const types = () => page.$$eval('#as-of, #f-date', (inputs) => inputs.map((input) => input.type));
  // No picker at start: the first one loads the browser's calendar data.
  assert.deepEqual(await types(), ['text', 'text']);
  // From the keyboard: the field being typed in stays text until its change; the others become pickers at once.
  await page.focus('#as-of');
  await page.fill('#as-of', '2017-10-01');
  assert.deepEqual(await types(), ['text', 'date']);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.getElementById('results').dataset.asOf === '2017-10-01');
  assert.deepEqual(await types(), ['date', 'date']);
  assert.equal(await page.inputValue('#as-of'), '2017-10-01');
  // A tap on a text date field makes it a picker before the tap lands.
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('cehours-first-result').length > 0);
  await page.click('#f-date');
  assert.deepEqual(await types(), ['date', 'date']);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-date');
  await session.check();
});

test('served by web/serve.mjs on 127.0.0.1 the page works the same; nothing outside dist/ is served', async () => {
  const { spawn } = await import('node:child_process');
  const { join } = await import('node:path');
  const { ROOT } = await import('./helpers.mjs');
  const server = spawn(process.execPath, [join(ROOT, 'web/serve.mjs'), '--dir', join(ROOT, 'dist'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise((done, fail) => {
      server.stdout.on('data', (chunk) => { const m = /on (http:\/\/\S+)/.exec(String(chunk)); if (m) done(m[1]); });
      server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
    });
    // Raw paths (fetch would normalise the dots away before sending).
    const { request } = await import('node:http');
    const status = (path) => new Promise((done) => {
      request(`${url}`, { path }, (response) => { response.resume(); done(response.statusCode); }).end();
    });
    assert.equal(await status('/../web/serve.mjs'), 404);
    assert.equal(await status('/%2e%2e/web/serve.mjs'), 404);
    assert.equal(await status('/..%2fweb%2fserve.mjs'), 404);
    assert.equal(await status('/cehours.html'), 200);
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests = [];
    const errors = [];
    context.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('cehours-first-result').length > 0);
    await page.click('#sample');
    await page.waitForSelector('#records-list > li');
    // The page, then only its own files beside it: the web app's manifest, icon and service worker.
    assert.equal(requests[0], url);
    assert.deepEqual(requests.filter((r) => new URL(r).origin !== new URL(url).origin), []);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    server.kill();
  }
});
