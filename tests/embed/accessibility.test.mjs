// The embedded calculator and the sidebar summary meet the same WCAG 2.1
// A/AA checks (axe-core, which reads into shadow roots) as the page, on the
// bureau example, in its red, light and dark: empty, with the sample person,
// with form errors showing. Only the calculators are judged: the example's
// own markup stands for the bureau's.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, ROOT } from '../browser/helpers.mjs';
import { makeSite, serve } from './site.mjs';

const AXE = createRequire(join(ROOT, 'tests/browser/package.json')).resolve('axe-core/axe.min.js');

let browser;
let server;
before(async () => {
  browser = await launch();
  // No CSP header here: axe is injected as a script, which the policy would (rightly) refuse.
  server = await serve(makeSite(), null);
});
after(async () => {
  server.close();
  await browser.close();
});

async function violations(page) {
  return page.evaluate(async () => {
    const r = await window.axe.run({ include: [['#calc-main'], ['#calc-side']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violations in the calculator or the sidebar summary on the bureau page, ${colorScheme}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${server.url}/embed-example.html`);
    await page.locator('#calc-side .summary').filter({ hasText: '年度' }).waitFor();
    await page.locator('#calc-main #footer-rules').filter({ hasText: 'linyi-2017' }).waitFor();
    await page.addScriptTag({ path: AXE });
    assert.deepEqual(await violations(page), [], 'empty');
    await page.locator('#calc-main #sample').click();
    await page.locator('#calc-main #records-list > li').first().waitFor();
    await page.locator('#calc-main #results-body button.clause').first().click();
    await page.locator('#calc-main #f-kind').selectOption('converted');
    await page.locator('#calc-main #f-submit').click();
    assert.deepEqual(await violations(page), [], 'sample person, a clause opened, form errors, the sidebar summary');
    await context.close();
  });
}
