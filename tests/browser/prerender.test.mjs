// The page's shell is rendered into its HTML at build time (web/prerender_shell.mjs,
// linkedom) and taken over by the script: the markup must be exactly what the
// browser builds from the same code, and no frame may show the shell's empty
// state when records are saved: a frame painted before the script has run says
// the core is starting.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, PAGE_URL, ROOT } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// Tag, attributes (sorted: their order means nothing) and children, so two
// serializers' differences in attribute order do not count, everything else does.
const canonical = (selector) => {
  const walk = (node) => (node.nodeType === Node.TEXT_NODE ? node.data : {
    tag: node.tagName,
    attributes: [...node.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    children: [...node.childNodes].map(walk),
  });
  return walk(document.querySelector(selector));
};

test('the shell in the page\'s HTML is the one buildShell builds in the browser', async () => {
  const still = await browser.newContext({ javaScriptEnabled: false });
  const page = await still.newPage();
  await page.goto(PAGE_URL);
  const prerendered = await page.evaluate(canonical, '#cehours');
  await still.close();

  const { buildSync } = createRequire(join(ROOT, 'web', 'package.json'))('esbuild');
  const shellScript = buildSync({ entryPoints: [join(ROOT, 'web', 'src', 'shell.js')], bundle: true, format: 'iife',
    globalName: 'Shell', write: false, logLevel: 'error' }).outputFiles[0].text;
  const context = await browser.newContext();
  const built = await context.newPage();
  await built.setContent('<div id="cehours" class="cehours-app"></div>');
  await built.addScriptTag({ content: shellScript });
  const fresh = await built.evaluate(`(${canonical})(window.Shell.buildShell(document.getElementById('cehours'),
    { embedded: false, lang: 'zh-CN' }) || '#cehours')`);
  assert.deepEqual(prerendered, fresh);
  await context.close();
});

test('the first frame with saved records shows their result, or says the core is starting: never the empty state; the records follow', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (window.location.protocol !== 'file:') return;
    localStorage.setItem('cehours', JSON.stringify({
      version: 1, profile: { affiliation: 'city' }, as_of: '2017-11-26',
      records: [{ kind: 'registered', year: 2016, category: 'public', hours: 30 }],
    }));
    // An animation frame comes just before its paint: the first frame that has the
    // records area is painted as seen here (frames before it show blank, or the
    // shell's top as far as the parser has read it).
    requestAnimationFrame(function look() {
      if (!document.getElementById('records-empty')) {
        requestAnimationFrame(look);
        return;
      }
      window.firstFrame = {
        emptyShown: !document.getElementById('records-empty').hidden,
        records: document.querySelectorAll('#records-list > li').length,
        result: performance.getEntriesByName('cehours-first-result').length,
        summary: document.getElementById('summary').textContent,
      };
    });
  });
  const page = await context.newPage();
  // Slowed down as on a cheap phone, where the parser pauses (and a frame may be painted) before the page's script.
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(PAGE_URL);
  await page.waitForFunction(() => window.firstFrame);
  const first = await page.evaluate(() => window.firstFrame);
  const loading = await page.textContent('#results-loading');
  if (first.result === 0) {
    // Painted while the parser paused before the script (a slow phone): the shell, saying so.
    assert.deepEqual(first, { emptyShown: false, records: 0, result: 0, summary: loading });
  } else {
    // The records card lies below the first screen: its rows are drawn in the task after the first paint.
    assert.deepEqual({ ...first, records: undefined, summary: first.summary !== '' && first.summary !== loading },
      { emptyShown: false, records: undefined, result: 1, summary: true });
  }
  await page.waitForFunction(() => performance.getEntriesByName('cehours-page-complete').length > 0);
  assert.equal(await page.locator('#records-list > li').count(), 1);
  assert.equal(await page.isHidden('#records-empty'), true);
  await context.close();
});
