// Hostile input: whatever a person types, imports or opens as a
// share link is shown as text. Script-looking strings must not run, a
// `javascript:` string must never become a link, right-to-left overrides must
// not turn the page's own words (and numbers) around, and a long unbroken
// string must not push a 375 px phone page sideways.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, openPage, addRecord, waitForResult, writeJson, screenshotPath, PAGE_URL,
} from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

const IMG = '<img src=x onerror=window.__pwned=1>';
const SCRIPT = '"><script>window.__pwned=1</script>';
const JS_URL = 'javascript:window.__pwned=1';
// Hebrew and Arabic with unclosed right-to-left overrides (U+202E), 200 characters.
const RTL = ('\u202Eשלום עולם 12 \u202Eمرحبا بالعالم 34 ').repeat(10).slice(0, 200);
const UNBROKEN = 'W'.repeat(200);
const PAYLOADS = [IMG, SCRIPT, JS_URL, RTL, UNBROKEN];
// Explicit direction controls (embeddings, overrides, isolates).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** The same hostile strings in every field of a records document that takes text. */
const HOSTILE_RECORDS = [
  { kind: 'computer_module', date: '2017-03-11', module: IMG, passed: true, title: RTL, certificate: JS_URL },
  { kind: 'computer_module', date: '2017-04-15', module: SCRIPT, passed: true, title: UNBROKEN, certificate: SCRIPT },
  // The same module again: the core's duplicate warning quotes the module name.
  { kind: 'computer_module', date: '2017-05-20', module: IMG, passed: true, title: IMG },
  { kind: 'registered', year: 2016, category: 'public', hours: 30, title: JS_URL, certificate: UNBROKEN.slice(0, 100) },
];

function toBase64Url(text) {
  return Buffer.from(text, 'utf8').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Opens the page and records dialogs; `pwnedCheck` asserts that nothing ran and nothing became markup or a link. */
async function hostileSession(options) {
  const session = await openPage(browser, options);
  const dialogs = [];
  session.page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  session.pwnedCheck = async () => {
    const { page } = session;
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined', 'a payload ran');
    assert.deepEqual(dialogs, [], 'a dialog opened');
    const markup = await page.evaluate(() => ({
      img: document.querySelectorAll('img, iframe, object, embed, svg').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
      handlers: [...document.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .filter((n) => /^\s*javascript:/i.test(n.getAttribute('href') || n.getAttribute('src') || n.getAttribute('action') || n.getAttribute('formaction') || '')).length,
    }));
    assert.deepEqual(markup, { img: 0, scripts: 0, handlers: 0, jsLinks: 0 }, 'user text became markup');
  };
  return session;
}

/** Text nodes the page shows (records, results, messages, print sheet): none may carry a direction override. */
async function shownOverrides(page) {
  return page.evaluate((source) => {
    const controls = new RegExp(source);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('script') === null && controls.test(node.data)) found.push(node.data.slice(0, 40));
    }
    return found;
  }, BIDI_CONTROLS.source);
}

async function assertLayoutHolds(page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  assert.ok(widths.scroll <= widths.inner, `the page is ${widths.scroll} px wide in a ${widths.inner} px window`);
}

test('hostile text typed into the forms is shown as text, on a 375 px phone', async () => {
  const session = await hostileSession({ width: 375, height: 812 });
  const { page } = session;
  for (const record of HOSTILE_RECORDS) await addRecord(page, record);

  const records = await page.textContent('#records-list');
  for (const payload of PAYLOADS) assert.ok(records.includes(payload.replace(new RegExp(BIDI_CONTROLS.source, 'g'), '')), `shown: ${payload.slice(0, 20)}`);
  // The duplicate module is warned about, quoting the name as text.
  assert.ok((await page.textContent('#results-body')).includes(IMG));
  // Stored exactly as typed (the overrides are only left out on screen).
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('cehours')).records);
  assert.equal(saved[0].title, RTL);
  assert.deepEqual(await shownOverrides(page), []);

  // Editing a hostile record puts the strings back into the fields, as values.
  await page.click('#records-list > li:nth-child(2) button.edit');
  assert.equal(await page.inputValue('#f-module'), SCRIPT);
  assert.equal(await page.inputValue('#f-title'), UNBROKEN);
  await page.click('text=取消修改');

  await page.emulateMedia({ media: 'print' });
  assert.ok((await page.textContent('#print-sheet')).includes(JS_URL));
  await page.emulateMedia({ media: 'screen' });

  await assertLayoutHolds(page);
  await page.screenshot({ path: screenshotPath('hostile-375.png'), fullPage: true });
  await session.pwnedCheck();
  await session.check();
});

test('an imported file with hostile text, and one with hostile field names, stay text', async () => {
  const session = await hostileSession({ width: 375, height: 812 });
  const { page } = session;
  const doc = { profile: { affiliation: 'county' }, records: HOSTILE_RECORDS };
  // The file's own name is shown in the message as well.
  await page.setInputFiles('#import-file', writeJson(`${IMG}.json`, doc));
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 4);
  assert.ok((await page.textContent('#status')).includes(IMG));
  assert.ok((await page.textContent('#records-list')).includes(SCRIPT));

  // Refused: a hostile kind and a hostile field name; the core's error names them, as text.
  const refused = { records: [{ kind: IMG, date: '2017-01-01' }, { kind: 'registered', year: 2017, category: 'public', hours: 5, [SCRIPT]: JS_URL }] };
  await page.setInputFiles('#import-file', writeJson('refused.json', refused));
  await page.waitForFunction(() => document.getElementById('message').textContent.includes('未导入'));
  assert.equal(await page.locator('#records-list > li').count(), 4, 'a refused file changes nothing');

  await assertLayoutHolds(page);
  assert.deepEqual(await shownOverrides(page), []);
  await session.pwnedCheck();
  await session.check();
});

test('a crafted share link shows its records as text; damaged or odd fragments change nothing', async () => {
  const session = await hostileSession({ width: 375, height: 812 });
  const { page } = session;
  const doc = { profile: { affiliation: 'city' }, records: HOSTILE_RECORDS };
  await page.goto(`${PAGE_URL}#records=${toBase64Url(JSON.stringify(doc))}`);
  await waitForResult(page);
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li').length === 4);
  assert.ok((await page.textContent('#records-list')).includes(IMG));
  await assertLayoutHolds(page);

  // From a saved file the share box offers a text summary in a plain text field, never an <a href>.
  await page.click('#share');
  assert.match(await page.inputValue('#share-text'), /4条记录/);
  assert.equal(await page.locator('a[href*="records="]').count(), 0);

  const fragments = [
    [`#records=${encodeURIComponent(JS_URL)}`, true],
    [`#records=${toBase64Url(IMG)}`, true],
    [`#${encodeURIComponent(SCRIPT)}`, false],
    [`#${JS_URL}`, false],
  ];
  for (const [fragment, damaged] of fragments) {
    await page.evaluate(() => { document.getElementById('message').textContent = ''; });
    await page.goto(`${PAGE_URL}${fragment}`);
    await waitForResult(page);
    if (damaged) await page.waitForFunction(() => document.getElementById('message').textContent.includes('已损坏'));
    assert.equal(await page.locator('#records-list > li').count(), 4, fragment);
  }
  await session.pwnedCheck();
  await session.check();
});

test('the page\'s policy runs only its own scripts: an inline script or handler slipped into it does not run, and the core still computes', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(PAGE_URL);
  await waitForResult(page);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.match(policy, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  // As a hostile import or pack would try, were anything ever written into the page as markup:
  // an inline script, an image's onerror and a button's onclick. Each refusal is reported.
  await page.evaluate(() => {
    window.__refused = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__refused.push(e.effectiveDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.body.append(script);
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="data:," onerror="window.__pwned = 2"><button onclick="window.__pwned = 3">x</button>';
    document.body.append(holder);
    holder.querySelector('button').click();
  });
  await page.waitForFunction(() => window.__refused.includes('script-src-elem') && window.__refused.includes('img-src')
    && window.__refused.filter((d) => d === 'script-src-attr').length >= 1);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // Its own scripts and the core are allowed: the sample computes.
  await page.click('#sample');
  await page.waitForFunction(() => document.querySelectorAll('#records-list > li[data-index]').length === 9);
  await context.close();
});
