// Shared pieces of the browser tests: Debian's Chromium through playwright-core,
// the page opened from file://, a person's way of entering records (the forms),
// and the native CLI as the reference for every number shown.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGE_URL = pathToFileURL(join(ROOT, 'dist/cehours.html')).href;
export const CLI = join(ROOT, 'build/native/cehours');
export const SCREENSHOTS = join(ROOT, 'build/screenshots');
export const scratch = mkdtempSync(join(tmpdir(), 'cehours-browser-'));

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--lang=zh-CN'],
  });
}

/** Collects what a test must see none of: console errors, page errors, and every request made. */
export function watch(context, page) {
  const problems = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  context.on('request', (r) => requests.push(r.url()));
  return { problems, requests };
}

/**
 * A fresh context (own localStorage) and page, watching for console errors and
 * any request that is not the file itself. Call `session.check()` at the end.
 */
export async function openPage(browser, { width = 1280, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const { problems, requests } = watch(context, page);
  await page.goto(PAGE_URL);
  await waitForResult(page);
  return {
    context,
    page,
    async check() {
      const network = requests.filter((u) => !u.startsWith('file://') && !u.startsWith('blob:'));
      assert.deepEqual(network, [], 'the page made network requests');
      assert.deepEqual(problems, [], 'console errors');
      await context.close();
    },
  };
}

export async function waitForResult(page) {
  // The first screen's result comes first; the cards below it and the form's fields, after the first paint.
  await page.waitForFunction(() => performance.getEntriesByName('cehours-page-complete').length > 0);
}

/** Enters one record the way a person does: choose the kind, fill the fields, press 添加记录. */
export async function addRecord(page, record) {
  const before = await page.locator('#records-list > li[data-index]').count();
  await page.selectOption('#f-kind', record.kind);
  await fillFields(page, record);
  await page.click('#f-submit');
  // A record the core says will not count (a date after the deadline) is questioned once; entered on
  // purpose, it is confirmed the way a person does, by pressing again.
  const count = () => page.locator('#records-list > li[data-index]').count();
  await page.waitForFunction((n) => document.querySelectorAll('#records-list > li[data-index]').length === n
    || /再按一次/.test(document.querySelector('#record-form .form-error').textContent), before + 1);
  if (await count() === before) await page.click('#f-submit');
  await page.waitForFunction((n) => document.querySelectorAll('#records-list > li[data-index]').length === n, before + 1);
}

export async function fillFields(page, record) {
  for (const [name, value] of Object.entries(record)) {
    if (name === 'kind') continue;
    const field = `#f-${name}`;
    if (typeof value === 'boolean') await page.setChecked(field, value);
    else if (['level', 'subtype', 'category', 'topic_year', 'for_year', 'year'].includes(name)) await page.selectOption(field, String(value));
    else await page.fill(field, String(value));
  }
}

export async function setAffiliation(page, affiliation) {
  await page.check(`input[name="affiliation"][value="${affiliation}"]`);
}

export async function setAssessmentDate(page, date) {
  // Tapped first, as a person does: the text field becomes the date picker under the finger.
  await page.click('#as-of');
  await page.fill('#as-of', date);
  // A typed date is computed with once Enter is pressed (or the field left), never part-typed.
  await page.press('#as-of', 'Enter');
  await page.waitForFunction((d) => document.getElementById('results').dataset.asOf === d, date);
}

/** How many records the page lists, and waiting until it lists `n`. */
export const recordCount = (page) => page.locator('#records-list > li[data-index]').count();
export const waitForRecords = (page, n) => page.waitForFunction((count) => document.querySelectorAll('#records-list > li[data-index]').length === count, n);

/** What the page shows: per year, status and each category's earned/required/remaining. */
export async function shownYears(page) {
  return page.$$eval('#results-body article.year', (cards) => cards.map((card) => {
    const category = (name) => {
      const row = card.querySelector(`.bar-row[data-category="${name}"]`);
      return { required: Number(row.dataset.required), earned: Number(row.dataset.earned), remaining: Number(row.dataset.remaining) };
    };
    return { year: Number(card.dataset.year), status: card.dataset.status, public: category('public'), professional: category('professional') };
  }));
}

export async function shownAsOf(page) {
  return page.getAttribute('#results', 'data-as-of');
}

/** The records the page saved (localStorage), i.e. what the forms produced. */
export async function savedState(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('cehours')));
}

let counter = 0;
export function writeJson(name, value) {
  counter += 1;
  const file = join(scratch, `${counter}-${name}`);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

/** The native CLI's result for a records document. */
export function cli(doc) {
  const out = execFileSync(CLI, ['--format', 'json', writeJson('cli-input.json', doc)], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** The page's numbers, newest year first as shown, must be the CLI's. */
export function assertMatchesCli(shown, expected) {
  const fromCli = expected.years.slice().sort((a, b) => b.year - a.year).map((y) => ({
    year: y.year,
    status: y.status,
    public: { required: y.public.required, earned: y.public.earned, remaining: y.public.remaining },
    professional: { required: y.professional.required, earned: y.professional.earned, remaining: y.professional.remaining },
  }));
  assert.deepEqual(shown, fromCli);
}

export function screenshotPath(name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return join(SCREENSHOTS, name);
}

/** Serves dist/ (or `dir`) with web/serve.mjs on 127.0.0.1, as a website would: resolves to {url, close}. */
export async function serveDist(dir = join(ROOT, 'dist')) {
  const { spawn } = await import('node:child_process');
  const server = spawn(process.execPath, [join(ROOT, 'web/serve.mjs'), '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((done, fail) => {
    server.stdout.on('data', (chunk) => { const m = /on (http:\/\/\S+?)\/?(\s|$)/.exec(String(chunk)); if (m) done(m[1]); });
    server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
  return { url, close: () => server.kill() };
}

/**
 * Saves `state` as the records of `page`'s browser, as an earlier visit would have left them, and
 * opens `url` on them. Not with an init script: one that touches localStorage runs in every new
 * document, and in Chromium it then races the previous document's last writes (a value typed just
 * before a reload came back missing in about 1 reload in 10), so a test that reloads after typing
 * would lose what the page had saved.
 */
export async function openWithSaved(page, state, url = PAGE_URL) {
  await page.goto(url);
  await waitForResult(page);
  await page.evaluate((s) => localStorage.setItem('cehours', JSON.stringify(s)), state);
  await page.reload();
  await waitForResult(page);
}

/** A fresh browser context (own storage, as another person's browser) with the watch of openPage. */
export async function freshContext(browser, { width = 1280, height = 800, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'zh-CN', acceptDownloads: true, colorScheme });
  const page = await context.newPage();
  const { problems } = watch(context, page);
  return {
    context,
    page,
    async check() {
      assert.deepEqual(problems, [], 'console errors');
      await context.close();
    },
  };
}

/**
 * Moves the page's clock to `date` (YYYY-MM-DD, 09:00 local), before the page loads. Date alone is
 * shifted, so timers and animation frames run as usual (Playwright's clock stops them while fixed).
 */
export async function setToday(context, date) {
  await context.addInitScript((iso) => {
    const RealDate = Date;
    const offset = new RealDate(iso).getTime() - RealDate.now();
    window.Date = class extends RealDate {
      constructor(...args) { super(...(args.length ? args : [RealDate.now() + offset])); }
      static now() { return RealDate.now() + offset; }
    };
  }, `${date}T09:00:00`);
}
