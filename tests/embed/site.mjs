// The embed's test site: a temporary folder with what dist/ holds (the embed,
// the bureau example, the page) plus the test's own pages and rule packs,
// served on 127.0.0.1 by web/serve.mjs with the strict CSP as a real header.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, watch } from '../browser/helpers.mjs';

/** The policy a strict government site sends. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const DIST = join(ROOT, 'dist');

/** A copy of the built-in pack with another title: proves a `rules` URL is what is used. */
export function bureauPack() {
  const pack = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
  pack.title = `${pack.title}（本局发布）`;
  return pack;
}

/**
 * @param {Record<string, string|Buffer>} files  extra files, by path inside the site
 * @returns {string} the site folder
 */
export function makeSite(files = {}) {
  const site = mkdtempSync(join(tmpdir(), 'cehours-embed-site-'));
  for (const name of ['embed', 'rules', 'embed-example.html', 'embed-example.css', 'cehours.html']) {
    cpSync(join(DIST, name), join(site, name), { recursive: true });
  }
  // Every real site has one; without it Chromium logs a 404 as a console error.
  files['favicon.ico'] ??= Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');
  writeFiles(site, files);
  return site;
}

export function writeFiles(site, files) {
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(site, name)), { recursive: true });
    writeFileSync(join(site, name), body);
  }
}

/** A plain test page: the embed script, the given stylesheets, the given body. */
export function testPage(body, { styles = [] } = {}) {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>test</title>
${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('\n')}
<script src="embed/cehours-embed.js" defer></script>
</head><body>
${body}
</body></html>
`;
}

/** Serves `site` with web/serve.mjs; resolves to {url, close}. */
export async function serve(site, csp = STRICT_CSP) {
  const args = [join(ROOT, 'web/serve.mjs'), '--dir', site, '--port', '0'];
  if (csp) args.push('--csp', csp);
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((done, fail) => {
    server.stdout.on('data', (chunk) => { const m = /on (http:\/\/\S+)\//.exec(String(chunk)); if (m) done(m[1]); });
    server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return { url, close: () => server.kill() };
}

/**
 * A fresh context on `url` that records what the embed must never do: console
 * errors, page errors, CSP violations, requests; and the events each
 * calculator fires (window.__cehours, by element id).
 */
export async function openSite(browser, url, { width = 1280, height = 900, route } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN' });
  if (route) await context.route(route.pattern, route.handler);
  await context.addInitScript(() => {
    window.__cehours = { results: {}, errors: {}, violations: [] };
    document.addEventListener('securitypolicyviolation', (e) => window.__cehours.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    document.addEventListener('cehours-result', (e) => { (window.__cehours.results[e.target.id] ||= []).push(e.detail); });
    document.addEventListener('cehours-error', (e) => { (window.__cehours.errors[e.target.id] ||= []).push(e.detail); });
  });
  const page = await context.newPage();
  const { problems, requests } = watch(context, page);
  await page.goto(url);
  return {
    context,
    page,
    requests,
    problems,
    violations: () => page.evaluate(() => window.__cehours.violations),
    async check() {
      assert.deepEqual(await page.evaluate(() => window.__cehours.violations), [], 'CSP violations');
      assert.deepEqual(problems, [], 'console errors');
      await context.close();
    },
  };
}

/** Waits for a calculator's first result and returns the latest one. */
export async function lastResult(page, id, count = 1) {
  await page.waitForFunction(([name, n]) => (window.__cehours.results[name] || []).length >= n, [id, count]);
  return page.evaluate((name) => window.__cehours.results[name].at(-1), id);
}

/** Enters a record through one calculator's form, as a person does. */
export async function addRecord(calculator, record) {
  const list = calculator.locator('#records-list > li');
  const before = await list.count();
  await calculator.locator('#f-kind').selectOption(record.kind);
  for (const [name, value] of Object.entries(record)) {
    if (name === 'kind') continue;
    const field = calculator.locator(`#f-${name}`);
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (['level', 'subtype', 'category', 'topic_year', 'for_year', 'year'].includes(name)) await field.selectOption(String(value));
    else await field.fill(String(value));
  }
  await calculator.locator('#f-submit').click();
  await assert.doesNotReject(list.nth(before).waitFor());
}
