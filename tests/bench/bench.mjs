// Prints the benchmark table for issue 6: sizes, time to the first painted
// result (cehours vs a plain-JavaScript peer, with and without 4x CPU
// throttling), recompute latency in the page, native evaluations per second
// and the wasm/native ratio, and the page's memory. Timings vary from run to
// run, so they live here and never in a test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { loadCore } from '../../wasm/cehours_core_api.js';
import { writePeerPage } from './peer_page.mjs';
import { recordsDocument } from './records.mjs';

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

// ---- sizes --------------------------------------------------------------------
function sizeRow(label, bytes) {
  row([label, kb(bytes.length), kb(gzipSync(bytes, { level: 9 }).length),
       kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)]);
}
console.log('\n### Size\n');
row(['file', 'raw', 'gzip -9', 'brotli']);
row(['---', '---', '---', '---']);
sizeRow('dist/cehours.html', readFileSync(join(root, 'dist', 'cehours.html')));
const embedDir = join(root, 'dist', 'embed');
if (existsSync(embedDir)) {
  const files = readdirSync(embedDir).filter((name) => statSync(join(embedDir, name)).isFile());
  sizeRow(`dist/embed/ (${files.join(', ')})`, Buffer.concat(files.map((name) => readFileSync(join(embedDir, name)))));
}
sizeRow('build/wasm/cehours_core.wasm', readFileSync(join(root, 'build', 'wasm', 'cehours_core.wasm')));
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

// Captures the wasm memory as the page instantiates it, so memory can be read without a page API.
const captureWasmMemory = () => {
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const result = await instantiate(...args);
    const instance = result.instance || result;
    window.__wasmMemory = Object.values(instance.exports).find((e) => e instanceof WebAssembly.Memory);
    return result;
  };
};

async function freshLoad(url, throttle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(captureWasmMemory);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('cehours-first-result').length > 0, null, { timeout: 30000 });
  const timing = await page.evaluate(() => ({
    result: performance.getEntriesByName('cehours-first-result')[0].startTime,
    paint: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime,
  }));
  return { context, page, cdp, timing };
}

const pages = { cehours: pathToFileURL(join(root, 'dist', 'cehours.html')).href, peer: pathToFileURL(peerPath).href };
console.log(`\n### Navigation to first painted page and first result (headless Chromium, ${loads} fresh loads, median [min–max])\n`);
row(['CPU', 'page', 'first paint', 'first result', 'first paint vs peer', 'first result vs peer']);
row(['---', '---', '---', '---', '---', '---']);
for (const throttle of [1, 4]) {
  const samples = { cehours: { paint: [], result: [] }, peer: { paint: [], result: [] } };
  for (let i = 0; i < loads; i += 1) {
    for (const name of i % 2 ? ['peer', 'cehours'] : ['cehours', 'peer']) {  // alternate, so neither always goes first
      const { context, timing } = await freshLoad(pages[name], throttle);
      samples[name].paint.push(timing.paint);
      samples[name].result.push(timing.result);
      await context.close();
    }
  }
  for (const name of ['cehours', 'peer']) {
    const s = samples[name];
    const range = (all) => {
      const v = measured(all);
      const missing = all.length - v.length;
      return `${ms(median(v))} [${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}]${missing ? ` (${missing} without a paint entry)` : ''}`;
    };
    row([`${throttle}x`, name, range(s.paint), range(s.result),
         name === 'peer' ? '' : `${(median(measured(s.paint)) / median(measured(samples.peer.paint))).toFixed(2)}x`,
         name === 'peer' ? '' : `${(median(s.result) / median(samples.peer.result)).toFixed(2)}x`]);
  }
}

// ---- recompute in the page ---------------------------------------------------------
console.log('\n### Recompute latency in the page (window.cehours.evaluate: JSON out, wasm, JSON back)\n');
const { context, page, cdp } = await freshLoad(pages.cehours, 1);
await page.evaluate(() => window.cehours.evaluate({ records: [] }));
const peer = await freshLoad(pages.peer, 1);
const pageMs = new Map();
row(['records', 'median', 'p95', 'plain-JS peer median']);
row(['---', '---', '---', '---']);
for (const [n, { text }] of inputs) {
  const runs = n >= 10000 ? 15 : 40;
  const times = await page.evaluate(async ({ text, runs }) => {
    const doc = JSON.parse(text);
    const result = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      const answer = await window.cehours.evaluate(doc);
      result.push(performance.now() - start);
      if (!answer.ok) throw new Error(JSON.stringify(answer.errors[0]));
    }
    return result;
  }, { text, runs });
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
const memory = await page.evaluate(() => window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : 0);
const heap = await cdp.send('Runtime.getHeapUsage');
await peer.context.close();
await context.close();
await browser.close();

// ---- native and wasm, string in, string out ------------------------------------------
console.log('\n### The core alone: native CLI build vs wasm in Node (string in, string out)\n');
const nativeLines = execFileSync(join(root, 'build', 'native', 'tests', 'cehours_bench'),
  sizes.map((n) => inputs.get(n).path), { encoding: 'utf8' }).trim().split('\n').map((line) => JSON.parse(line));
const createModule = createRequire(import.meta.url)(join(root, 'build', 'wasm', 'cehours_core.js'));
const core = await loadCore(createModule, readFileSync(join(root, 'build', 'wasm', 'cehours_core.wasm')));
row(['records', 'native evaluations/s', 'native per evaluation', 'wasm (Node) per evaluation', 'wasm/native', 'page/native']);
row(['---', '---', '---', '---', '---', '---']);
sizes.forEach((n, index) => {
  const { text } = inputs.get(n);
  core.evaluate(text, null, '2017-11-26');
  const runs = n >= 10000 ? 20 : n >= 1000 ? 100 : 1000;
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    core.evaluate(text, null, '2017-11-26');
    times.push(performance.now() - start);
  }
  const native = nativeLines[index];
  row([n, Math.round(native.per_second).toLocaleString('en'), ms(native.ms_per_evaluation), ms(median(times)),
       `${(median(times) / native.ms_per_evaluation).toFixed(2)}x`, `${(pageMs.get(n) / native.ms_per_evaluation).toFixed(2)}x`]);
});

console.log('\n### Memory of the page after the 10,000-record recomputes\n');
row(['JS heap used', 'JS heap total', 'wasm memory']);
row(['---', '---', '---']);
row([kb(heap.usedSize), kb(heap.totalSize), kb(memory)]);
