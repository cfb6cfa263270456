// Prints the benchmark tables: sizes, time to the first painted result
// (cehours vs a plain-JavaScript peer, with and without 4x CPU throttling),
// recompute latency in the page, native evaluations per second and the
// wasm/native ratio in Node and in Chromium, the page's memory, and each
// target met or not. Timings vary from run to run, so they live here and
// never in a test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadCore } from '../../wasm/cehours_core_api.js';
import { writePeerPage } from './peer_page.mjs';
import { recordsDocument } from './records.mjs';
import { writeStaticFirstScreen } from './static_first_screen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'build', 'bench');
mkdirSync(out, { recursive: true });
const loads = Number(process.argv[process.argv.indexOf('--loads') + 1]) || 15;
const sizes = [10, 100, 1000, 10000];

const median = (values) => { const s = [...values].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const percentile = (values, p) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
// A load that painted nothing contentful has no first-contentful-paint entry (NaN).
const measured = (values) => values.filter((value) => !Number.isNaN(value));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
// A table of targets, each with the figure measured for it, printed at the end.
const verdicts = (rows) => (name, figure, met) => rows.push([name, figure, met ? 'met' : 'not met']);
// Each target of the performance work, for the page and the core.
const targets = [];
const target = verdicts(targets);
// The load targets judged on the page's first screen as static HTML: the floor under the page's own figures.
const floors = [];
const floor = verdicts(floors);

// ---- sizes --------------------------------------------------------------------
function sizeRow(label, bytes) {
  const gzip = gzipSync(bytes, { level: 9 }).length;
  row([label, kb(bytes.length), kb(gzip), kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)]);
  return gzip;
}
console.log('\n### Size\n');
row(['file', 'raw', 'gzip -9', 'brotli']);
row(['---', '---', '---', '---']);
const pageGzip = sizeRow('dist/cehours.html', readFileSync(join(root, 'dist', 'cehours.html')));
target('dist/cehours.html ≤ 85,000 bytes gzip', `${pageGzip} bytes`, pageGzip <= 85000);
const embedDir = join(root, 'dist', 'embed');
if (existsSync(embedDir)) {
  const files = readdirSync(embedDir).filter((name) => statSync(join(embedDir, name)).isFile());
  sizeRow(`dist/embed/ (${files.join(', ')})`, Buffer.concat(files.map((name) => readFileSync(join(embedDir, name)))));
  // Served as two files, each compressed on its own.
  const embedGzip = files.reduce((sum, name) => sum + gzipSync(readFileSync(join(embedDir, name)), { level: 9 }).length, 0);
  target('embed js + wasm ≤ 75,000 bytes gzip', `${embedGzip} bytes`, embedGzip <= 75000);
}
const wasmFile = join(root, 'build', 'wasm', 'cehours_core.wasm');
sizeRow('build/wasm/cehours_core.wasm', readFileSync(wasmFile));
const peerPath = join(out, 'peer.html');
writePeerPage(join(root, 'static', 'rules', 'linyi-2017.json'), peerPath);
sizeRow('peer page (plain JavaScript)', readFileSync(peerPath));

// ---- inputs -----------------------------------------------------------------------
const inputs = new Map(sizes.map((n) => {
  const path = join(out, `records-${n}.json`);
  const text = JSON.stringify(recordsDocument(n));
  writeFileSync(path, text);
  return [n, { path, text }];
}));

// ---- the browser ------------------------------------------------------------------
const { chromium } = createRequire(join(root, 'tests', 'browser', 'package.json'))('playwright-core');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-quic'],
});

// Captures the wasm memory as the page instantiates it (synchronously, with
// new WebAssembly.Instance), so memory can be read without a page API.
const captureWasmMemory = () => {
  const Instance = WebAssembly.Instance;
  function Capturing(...args) {
    const instance = new Instance(...args);
    window.__wasmMemory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    return instance;
  }
  Capturing.prototype = Instance.prototype;
  WebAssembly.Instance = Capturing;
};

async function freshLoad(url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(captureWasmMemory);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('cehours-first-result').length > 0, null, { timeout: 30000 });
  // The paint entry can come a frame after the result: wait for it rather than count the load as one without a paint.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5000 }).catch(() => {});
  // cehours draws the cards below the first screen after the first paint (web/src/calculator.js); the peer has none.
  await page.waitForFunction(() => window.peer || performance.getEntriesByName('cehours-page-complete').length > 0, null, { timeout: 5000 }).catch(() => {});
  const timing = await page.evaluate(() => ({
    result: performance.getEntriesByName('cehours-first-result')[0].startTime,
    paint: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime,
    complete: (performance.getEntriesByName('cehours-page-complete')[0] || performance.getEntriesByName('cehours-first-result')[0]).startTime,
  }));
  return { context, page, cdp, timing };
}

const pages = { cehours: pathToFileURL(join(root, 'dist', 'cehours.html')).href, peer: pathToFileURL(peerPath).href };
const staticPath = join(out, 'static-first-screen.html');
await writeStaticFirstScreen(browser, pages.cehours, staticPath);
pages.static = pathToFileURL(staticPath).href;
const labels = { cehours: 'cehours', static: "cehours' first screen as static HTML (no script)", peer: 'peer' };
console.log(`\n### Navigation to first painted page and first result (headless Chromium, ${loads} fresh loads, median [min–max])\n`);
row(['CPU', 'page', 'first paint', 'first result', 'first paint vs peer', 'first result vs peer', 'every card drawn']);
row(['---', '---', '---', '---', '---', '---', '---']);
for (const throttle of [1, 4]) {
  const names = Object.keys(pages);
  const samples = Object.fromEntries(names.map((name) => [name, { paint: [], result: [], complete: [] }]));
  for (let i = 0; i < loads; i += 1) {
    for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {  // rotate, so none always goes first
      const { context, timing } = await freshLoad(pages[name], throttle);
      samples[name].paint.push(timing.paint);
      samples[name].result.push(timing.result);
      samples[name].complete.push(timing.complete);
      await context.close();
    }
  }
  for (const name of ['cehours', 'static', 'peer']) {
    const s = samples[name];
    const range = (all) => {
      const v = measured(all);
      const missing = all.length - v.length;
      return `${ms(median(v))} [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}]${missing ? ` (${missing} without a paint entry)` : ''}`;
    };
    row([`${throttle}x`, labels[name], range(s.paint), range(s.result),
         name === 'peer' ? '' : `${(median(measured(s.paint)) / median(measured(samples.peer.paint))).toFixed(2)}x`,
         name === 'peer' ? '' : `${(median(s.result) / median(samples.peer.result)).toFixed(2)}x`, range(s.complete)]);
  }
  // The load targets, for the page and for its static first screen (what no way of computing it can beat).
  for (const [name, judge] of [['cehours', target], ['static', floor]]) {
    const paintRatio = median(measured(samples[name].paint)) / median(measured(samples.peer.paint));
    const resultRatio = median(samples[name].result) / median(samples.peer.result);
    if (throttle === 1) {
      judge('first result ≤ 2× the peer', `${resultRatio.toFixed(2)}x`, resultRatio <= 2);
      judge('first paint ≤ 1.5× the peer', `${paintRatio.toFixed(2)}x`, paintRatio <= 1.5);
    } else {
      judge('first result at 4× throttling ≤ 450 ms', ms(median(samples[name].result)), median(samples[name].result) <= 450);
    }
  }
}

// ---- recompute in the page ---------------------------------------------------------
console.log('\n### Recompute latency in the page (window.CeHours.evaluate: JSON out, wasm, JSON back)\n');
// Each call's time, `runs` calls in a row of one records document.
const timeRecomputes = (page, text, runs) => page.evaluate(async ({ text, runs }) => {
  const doc = JSON.parse(text);
  const result = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const answer = await window.CeHours.evaluate(doc);
    result.push(performance.now() - start);
    if (!answer.ok) throw new Error(JSON.stringify(answer.errors[0]));
  }
  return result;
}, { text, runs });
const recomputeRuns = (n) => (n >= 10000 ? 15 : 40);
const { context, page, cdp } = await freshLoad(pages.cehours, 1);
await page.evaluate(() => window.CeHours.evaluate({ records: [] }));
const peer = await freshLoad(pages.peer, 1);
const pageMs = new Map();
row(['records', 'median', 'p95', 'plain-JS peer median']);
row(['---', '---', '---', '---']);
for (const [n, { text }] of inputs) {
  const runs = recomputeRuns(n);
  const times = await timeRecomputes(page, text, runs);
  const peerTimes = await peer.page.evaluate(({ text, runs }) => {
    const doc = JSON.parse(text);
    const result = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      window.peer.evaluate(doc);
      result.push(performance.now() - start);
    }
    return result;
  }, { text, runs });
  pageMs.set(n, median(times));
  row([n, ms(median(times)), ms(percentile(times, 0.95)), ms(median(peerTimes))]);
}

// One load's median swings widely (from about 4 to 13 ms for 1,000 records on
// a 2-core machine): the calls come while V8 still compiles the core's hot
// functions to its optimising tier in the background and sizes its heap. So
// the target is judged on several fresh loads, each making the same calls as
// the first (10, then 100, then 1,000 records).
const recomputeLoads = 5;
const medians1000 = [pageMs.get(1000)];
for (let i = 1; i < recomputeLoads; i += 1) {
  const again = await freshLoad(pages.cehours, 1);
  await again.page.evaluate(() => window.CeHours.evaluate({ records: [] }));
  for (const n of [10, 100, 1000]) {
    const times = await timeRecomputes(again.page, inputs.get(n).text, recomputeRuns(n));
    if (n === 1000) medians1000.push(median(times));
  }
  await again.context.close();
}
const recompute1000 = median(medians1000);
console.log(`\n1,000 records in ${recomputeLoads} fresh loads: median of the loads' medians ${ms(recompute1000)} ` +
  `(each: ${medians1000.map((value) => value.toFixed(1)).join(', ')} ms)`);
target(`recompute 1,000 records ≤ 5 ms median (median of ${recomputeLoads} loads)`, ms(recompute1000), recompute1000 <= 5);

// What a person waits for after a change: the same 1,000 records saved, the affiliation
// switched (the calculator recomputes and redraws everything in the change handler).
console.log('\n### A change on the page with 1,000 records saved (core and redrawing, median of 15)\n');
const redraw = await browser.newContext();
const saved = recordsDocument(1000);
await redraw.addInitScript((value) => { if (!localStorage.getItem('cehours')) localStorage.setItem('cehours', value); },
  JSON.stringify({ version: 1, profile: saved.profile, as_of: saved.as_of, records: saved.records }));
const redrawn = await redraw.newPage();
await redrawn.goto(pages.cehours);
await redrawn.waitForFunction(() => performance.getEntriesByName('cehours-first-result').length > 0, null, { timeout: 60000 });
const change = await redrawn.evaluate(async () => {
  const [first, second] = document.querySelectorAll('input[name="affiliation"]');
  const times = [];
  for (let i = 0; i < 16; i += 1) {
    const start = performance.now();
    (i % 2 ? first : second).click();
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times.slice(1);
});
await redraw.close();
row(['records', 'whole change', 'of it, the core (table above)']);
row(['---', '---', '---']);
row([1000, ms(median(change)), ms(pageMs.get(1000))]);
const memory = await page.evaluate(() => window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : 0);
const heap = await cdp.send('Runtime.getHeapUsage');
await peer.context.close();
await context.close();

// The core alone in Chromium: the loader bundled as a global, on a blank page, text in and text out.
const timeEvaluations = async (core, text, runs) => {
  core.text.evaluate(text, null, '2017-11-26');
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    core.text.evaluate(text, null, '2017-11-26');
    times.push(performance.now() - start);
  }
  return times;
};
const runsFor = (n) => (n >= 10000 ? 20 : n >= 1000 ? 100 : 1000);
const { buildSync } = createRequire(join(root, 'web', 'package.json'))('esbuild');
const loaderScript = buildSync({ entryPoints: [join(root, 'wasm', 'cehours_core_api.js')], bundle: true, format: 'iife',
  globalName: 'CehoursLoader', write: false, logLevel: 'error' }).outputFiles[0].text;
const blank = await browser.newContext();
const bare = await blank.newPage();
await bare.addScriptTag({ content: loaderScript });
await bare.evaluate(async (base64) => {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  window.core = await window.CehoursLoader.loadCore(bytes);
}, readFileSync(wasmFile).toString('base64'));
const chromiumMs = new Map();
for (const n of sizes) {
  const times = await bare.evaluate(({ text, runs, timer }) => (0, eval)(`(${timer})`)(window.core, text, runs),
    { text: inputs.get(n).text, runs: runsFor(n), timer: timeEvaluations.toString() });
  chromiumMs.set(n, median(times));
}
await blank.close();
await browser.close();

// ---- native and wasm, string in, string out ------------------------------------------
console.log('\n### The core alone: native CLI build vs wasm in Node (string in, string out)\n');
const nativeLines = execFileSync(join(root, 'build', 'native', 'tests', 'cehours_bench'),
  sizes.map((n) => inputs.get(n).path), { encoding: 'utf8' }).trim().split('\n').map((line) => JSON.parse(line));
const core = await loadCore(readFileSync(wasmFile));
row(['records', 'native evaluations/s', 'native per evaluation', 'wasm (Node) per evaluation', 'wasm (Node)/native',
     'wasm (Chromium) per evaluation', 'wasm (Chromium)/native', 'page/native']);
row(['---', '---', '---', '---', '---', '---', '---', '---']);
for (const [index, n] of sizes.entries()) {
  const node = median(await timeEvaluations(core, inputs.get(n).text, runsFor(n)));
  const native = nativeLines[index].ms_per_evaluation;
  row([n, Math.round(nativeLines[index].per_second).toLocaleString('en'), ms(native), ms(node), `${(node / native).toFixed(2)}x`,
       ms(chromiumMs.get(n)), `${(chromiumMs.get(n) / native).toFixed(2)}x`, `${(pageMs.get(n) / native).toFixed(2)}x`]);
  if (n === 1000) {
    target('wasm per evaluation ≤ 1.25× native, Node (1,000 records)', `${(node / native).toFixed(2)}x`, node / native <= 1.25);
    target('wasm per evaluation ≤ 1.25× native, Chromium (1,000 records)', `${(chromiumMs.get(n) / native).toFixed(2)}x`, chromiumMs.get(n) / native <= 1.25);
  }
}

console.log('\n### Memory of the page after the 10,000-record recomputes\n');
row(['JS heap used', 'JS heap total', 'wasm memory']);
row(['---', '---', '---']);
row([kb(heap.usedSize), kb(heap.totalSize), kb(memory)]);

for (const [title, rows] of [['Targets', targets],
  ["The load targets for cehours' first screen as static HTML (no script, no core: the floor)", floors]]) {
  console.log(`\n### ${title}\n`);
  row(['target', 'measured', '']);
  row(['---', '---', '---']);
  for (const entry of rows) row(entry);
}
