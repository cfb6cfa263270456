// The bureau example (static/embed-example.html) served with the strict CSP
// as a real header: the full calculator and the sidebar's summary of the same
// records, their events carrying the CLI's results; the bureau's accent; the
// page down to 320 px; nothing breaks the policy, every request stays on the
// page's own origin, and the site's old CSS and the calculator's CSS stay out
// of each other's way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, cli, screenshotPath } from '../browser/helpers.mjs';
import { makeSite, serve, openSite, lastResult, addRecord } from './site.mjs';

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serve(makeSite());
});
after(async () => {
  server.close();
  await browser.close();
});

/** The records document a calculator saved, as of the date its result used: the CLI's input. */
async function savedDocument(page, key, asOf) {
  const state = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
  return { as_of: asOf, profile: state.profile, records: state.records };
}

test('the bureau page: the full calculator, and in the sidebar a summary of the same records that links to it, under the strict CSP', async () => {
  const session = await openSite(browser, `${server.url}/embed-example.html`);
  const { page } = session;
  const main = page.locator('#calc-main');
  const side = page.locator('#calc-side');
  const empty = await lastResult(page, 'calc-main');
  assert.equal(empty.ok, true);
  assert.equal((await lastResult(page, 'calc-side')).ok, true);
  assert.match(await side.locator('.summary').textContent(), /^还没有记录。/);
  await page.screenshot({ path: screenshotPath('embed-example-empty.png'), fullPage: true });

  // The summary is not a second calculator: no form, no records list, a short card with a link.
  assert.equal(await side.locator('#f-kind, #records-list').count(), 0);
  const sideHeight = (await side.boundingBox()).height;
  assert.ok(sideHeight < 600, `the sidebar summary is ${sideHeight} px tall`);
  const link = side.locator('a.full-link');
  assert.equal(await link.textContent(), '打开完整的学时自查');
  assert.equal(new URL(await link.getAttribute('href')).hash, '#calc-main');

  // The bureau's accent, through --cehours-accent.
  assert.equal(await main.evaluate((host) => getComputedStyle(host.shadowRoot.querySelector('.top')).backgroundColor), 'rgb(160, 0, 0)');

  await main.locator('#sample').click();
  const sample = await lastResult(page, 'calc-main', 2);
  assert.deepEqual(sample, cli(await savedDocument(page, 'linyi-rsj-cehours', sample.as_of)));
  // The summary follows the full calculator on the same page, with the same words.
  const followed = await lastResult(page, 'calc-side', 2);
  assert.deepEqual(followed.years, sample.years);
  assert.equal(await side.locator('.summary').textContent(), await main.locator('#summary').textContent());
  assert.match(await side.locator('.period-banner, .countdown').first().textContent(), /截止/);
  await page.screenshot({ path: screenshotPath('embed-example.png'), fullPage: true });
  await main.screenshot({ path: screenshotPath('embed-main.png') });
  await side.screenshot({ path: screenshotPath('embed-sidebar.png') });

  await link.click();
  await page.waitForFunction(() => Math.abs(document.getElementById('calc-main').getBoundingClientRect().top) < 2);

  await page.reload();
  await lastResult(page, 'calc-side');
  assert.equal(await main.locator('#records-list > li').count(), 9);
  assert.equal(await side.locator('.summary').textContent(), await main.locator('#summary').textContent());

  // Served over http, nothing claims to work offline.
  assert.doesNotMatch(await page.evaluate(() => document.body.innerText + [...document.querySelectorAll('cehours-calculator')].map((c) => c.shadowRoot.textContent).join('')), /离线/);

  const origin = new URL(server.url).origin;
  assert.deepEqual(session.requests.filter((u) => new URL(u).origin !== origin), [], 'requests off the page\'s origin');
  assert.ok(session.requests.some((u) => u.endsWith('/rules/linyi-2017.json')), 'the sidebar fetched its rules URL');
  await session.check();
});

for (const [width, height] of [[320, 640], [375, 812]]) {
  test(`the bureau page fits a ${width} px phone: nothing wider than the screen, the calculator whole`, async () => {
    const session = await openSite(browser, `${server.url}/embed-example.html`, { width, height });
    const { page } = session;
    await lastResult(page, 'calc-main');
    await page.locator('#calc-main #sample').click();
    await lastResult(page, 'calc-side', 2);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      calculator: document.getElementById('calc-main').getBoundingClientRect().right,
    }));
    assert.ok(widths.page <= widths.viewport, `the page is ${widths.page} px wide on a ${widths.viewport} px screen`);
    assert.ok(widths.calculator <= widths.viewport, `the calculator ends at ${widths.calculator} px`);
    await page.screenshot({ path: screenshotPath(`embed-example-${width}.png`), fullPage: true });
    await page.screenshot({ path: screenshotPath(`embed-example-${width}-top.png`) });
    await page.locator('#calc-side').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`embed-example-${width}-sidebar.png`) });
    await session.check();
  });
}

test('window.CeHours.evaluate(doc, {rules}) gives the CLI\'s result document', async () => {
  const session = await openSite(browser, `${server.url}/embed-example.html`);
  const { page } = session;
  const doc = { as_of: '2017-11-26', profile: { affiliation: 'county' }, records: [{ kind: 'special_training', date: '2017-08-15', hours: 45 }] };
  assert.deepEqual(await page.evaluate((d) => window.CeHours.evaluate(d), doc), cli(doc));
  assert.deepEqual(await page.evaluate((d) => window.CeHours.evaluate(d, { rules: 'rules/linyi-2017.json' }), doc), cli(doc));
  await session.check();
});

/** Computed styles of the host's own elements that share names with the calculator's. */
function hostStyles(page) {
  return page.evaluate(() => ['h2.title', 'p.card', '.data th', '.crumb', '#footer p', 'td.side h3'].map((selector) => {
    const style = getComputedStyle(document.querySelector(selector));
    return [selector, style.fontSize, style.color, style.backgroundColor, style.borderTopStyle, style.padding, style.margin, style.boxSizing, style.fontFamily];
  }));
}

test('the calculator\'s CSS does not leak into the bureau page', async () => {
  const without = await openSite(browser, `${server.url}/embed-example.html`, {
    route: { pattern: '**/cehours-embed.js', handler: (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }) },
  });
  const plain = await hostStyles(without.page);
  await without.context.close();
  const session = await openSite(browser, `${server.url}/embed-example.html`);
  await lastResult(session.page, 'calc-main');
  assert.deepEqual(await hostStyles(session.page), plain);
  await session.check();
});
