// Screen readers and keyboards: axe-core (WCAG 2.1 A/AA rules) finds no
// violation on the page, empty, with the sample person, with form errors
// showing, and at a phone's width.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, PAGE_URL, waitForResult } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

for (const [width, height] of [[1280, 800], [375, 812]]) {
  test(`no axe violations at ${width}×${height}`, async () => {
    // axe is injected as a script; the page's CSP would (rightly) refuse it.
    const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(PAGE_URL);
    await waitForResult(page);
    assert.deepEqual(await violations(page), [], 'empty page');
    await page.click('#sample');
    await page.waitForSelector('#records-list > li');
    await page.click('#results-body button.clause');
    assert.deepEqual(await violations(page), [], 'sample person, a clause opened');
    await page.selectOption('#f-kind', 'converted');
    await page.click('#f-submit');
    assert.deepEqual(await violations(page), [], 'form errors showing');
    await context.close();
  });
}
