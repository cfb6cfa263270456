// Screen readers and keyboards: axe-core (WCAG 2.1 A/AA rules) finds no
// violation on the page, empty, with the sample person, with a deleted row
// and the share box, with form errors showing, at a phone's width and a
// PC's, in the light and the dark colour scheme.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, PAGE_URL, waitForResult, screenshotPath } from './helpers.mjs';

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

for (const colorScheme of ['light', 'dark']) {
  for (const [width, height] of [[1280, 800], [375, 812]]) {
    test(`no axe violations at ${width}×${height}, ${colorScheme}`, async () => {
      // axe is injected as a script; the page's CSP would (rightly) refuse it.
      const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true, colorScheme });
      const page = await context.newPage();
      await page.goto(PAGE_URL);
      await waitForResult(page);
      assert.deepEqual(await violations(page), [], 'empty page');
      if (colorScheme === 'dark') {
        // The page really is dark (and not only said to be).
        const background = await page.evaluate(() => getComputedStyle(document.getElementById('cehours')).backgroundColor);
        assert.equal(background, 'rgb(18, 20, 23)');
        await page.screenshot({ path: screenshotPath(`dark-${width}-empty.png`) });
      }
      // Every other state at once (axe takes seconds a run): results, a clause opened, a deleted
      // row with its undo, the share box, form errors.
      await page.click('#sample');
      await page.waitForSelector('#records-list > li');
      await page.click('#results-body button.clause');
      await page.click('#records-list > li[data-index="1"] button.delete');
      await page.click('#share');
      await page.selectOption('#f-kind', 'converted');
      await page.click('#f-submit');
      assert.deepEqual(await violations(page), [], 'sample person, a clause opened, a deleted row, the share box, form errors');
      if (colorScheme === 'dark') await page.screenshot({ path: screenshotPath(`dark-${width}-full.png`), fullPage: true });
      await context.close();
    });
  }
}
