// The unit's batch check at scale: 100, 1,000 and 10,000 persons of about 20
// records each, through `cehours batch` natively and through the page
// 单位批量核查 (dist/cehours-unit.html) in headless Chromium. Prints, never
// asserts: time to the full table, time to the first rows shown, peak memory
// (the renderer's, and the page's own share of it).
//   node tests/bench/batch_bench.mjs [--persons 100,1000,10000] [--page A.html --page B.html] [--rounds N]
// Several --page (built pages, e.g. before and after a change): each size runs
// every page in turn, N rounds, so the variants share the machine's load.
// Needs build/native/cehours, dist/cehours-unit.html and tests/browser's npm packages.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { recordsDocument } from './records.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(join(root, 'tests/browser/package.json'))('playwright-core');
const { values } = parseArgs({ options: {
  persons: { type: 'string', default: '100,1000,10000' },
  page: { type: 'string', multiple: true, default: [join(root, 'dist/cehours-unit.html')] },
  rounds: { type: 'string', default: '1' },
} });
const pages = values.page.map((file) => resolve(file));
const rounds = Number(values.rounds);
const sizes = values.persons.split(',').map(Number);
const scratch = mkdtempSync(join(tmpdir(), 'cehours-batch-bench-'));
const AS_OF = '2017-11-26';

// A unit's CSV: person i has 18 to 22 records of every kind (tests/bench/records.mjs's mix).
const COLUMNS = ['person', 'affiliation', 'kind', 'date', 'hours', 'title', 'passed', 'for_year', 'level', 'score',
  'module', 'topic_year', 'subtype', 'year', 'category'];
function unitCsv(persons) {
  const byCount = new Map([18, 19, 20, 21, 22].map((n) => [n, recordsDocument(n).records]));
  const cell = (v) => (v === undefined ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));
  const lines = [COLUMNS.join(',')];
  for (let p = 0; p < persons; p += 1) {
    const person = `职工${String(p).padStart(5, '0')}`;
    const affiliation = p % 4 ? 'city' : 'county';
    for (const record of byCount.get(18 + (p % 5))) {
      lines.push(COLUMNS.map((c) => cell(c === 'person' ? person : c === 'affiliation' ? affiliation : record[c])).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function native(path) {
  const start = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', join(root, 'build/native/cehours'), 'batch', '--as-of', AS_OF, path],
    { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const [user, system, peakKb] = run.stderr.toString().trim().split('\n').pop().split(' ').map(Number);
  return { ms, cpuMs: (user + system) * 1000, peakKb };
}

// Chromium runs the page and its worker in one renderer process: the peak
// resident memory (VmHWM) of the renderers this browser started.
function parentOf(pid) {
  return Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
}
function descendsFrom(pid, ancestor) {
  for (let p = pid; p > 1; p = parentOf(p)) if (p === ancestor) return true;
  return false;
}
function renderers(browserPid) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number)) {
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer') && descendsFrom(pid, browserPid)) found.push(pid);
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}
const rendererPeakKb = (pids) => Math.max(0, ...pids.map((pid) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1])));
// CPU time (user + system, ms) the renderers have used: on a shared machine
// the wall-clock figures stretch with the load, this does much less.
const CLOCK_TICK_MS = 10;
const rendererCpuMs = (pids) => pids.reduce((sum, pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return sum + (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
}, 0);

// The JS heaps (bytes used) of the page and of its worker, through the
// DevTools protocol: the worker is reached through the page's session
// (Target.sendMessageToTarget, as Playwright's sessions take no session id).
async function jsHeaps(page) {
  const session = await page.context().newCDPSession(page);
  const workers = [];
  session.on('Target.attachedToTarget', ({ sessionId, targetInfo }) => targetInfo.type === 'worker' && workers.push(sessionId));
  const replies = new Map();
  session.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, result } = JSON.parse(message);
    replies.get(id)?.(result);
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const inWorker = (sessionId, method) => new Promise((resolve) => {
    const id = replies.size + 1;
    replies.set(id, resolve);
    session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
  });
  const pageHeap = (await session.send('Runtime.getHeapUsage')).usedSize;
  let workerHeap = 0;
  for (const sessionId of workers) workerHeap += (await inWorker(sessionId, 'Runtime.getHeapUsage')).usedSize;
  await session.detach();
  return { pageHeap, workerHeap, workers: workers.length };
}

// An empty page's renderer in this browser: what Chromium itself holds
// before the page adds anything, taken from the page's figure below.
async function emptyRendererKb(browser, browserPid) {
  const page = await browser.newPage();
  await page.goto('data:text/html,<title>empty</title>');
  await page.waitForTimeout(1500);
  const kb = rendererPeakKb(renderers(browserPid));
  await page.close();
  return kb;
}

async function inPage(path, unitPage) {
  // launchServer, for the browser's process id (its renderers are its descendants).
  const server = await chromium.launchServer({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const browser = await chromium.connect(server.wsEndpoint());
  try {
    const emptyKb = await emptyRendererKb(browser, server.process().pid);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(unitPage).href);
    await page.waitForFunction(() => !document.getElementById('file').disabled);
    await page.fill('#as-of', AS_OF);
    // An officer takes longer than this to pick a file; by then the worker has
    // warmed the core up (web/unit/worker.js), as it has for a person.
    await page.waitForTimeout(1500);
    const pids = renderers(server.process().pid);
    const readyKb = rendererPeakKb(pids);
    const cpuBefore = rendererCpuMs(pids);
    await page.setInputFiles('#file', path);
    // Waited for from inside the page: Playwright's own polling draws a frame
    // on every animation frame, which would be counted as the page's work.
    await page.evaluate(() => new Promise((resolve) => {
      const done = () => document.body.dataset.state === 'finished' && resolve();
      new MutationObserver(done).observe(document.body, { attributes: true });
      done();
    }));
    const cpuMs = rendererCpuMs(pids) - cpuBefore;
    const measures = await page.evaluate(() => Object.fromEntries(['first-rows', 'all-rows'].map((n) =>
      [n, performance.getEntriesByName(`cehours-unit-to-${n}`)[0].duration])));
    const coreBytes = await page.evaluate(() => performance.getEntriesByName('cehours-unit-all-rows')[0].detail.coreBytes);
    return { ...measures, cpuMs, peakKb: rendererPeakKb(pids), emptyKb, readyKb, coreBytes, ...(await jsHeaps(page)) };
  } finally {
    await browser.close();
    await server.close();
  }
}

const row = (cells) => console.log(`| ${cells.join(' | ')} |`);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const mbOfBytes = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const memory = [];
console.log('\n### The unit batch check (persons × ~20 records; page: from choosing the file, headless Chromium)\n');
console.log(`Load average when started: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (${(await import('node:os')).cpus().length} cores); wall times stretch with it, CPU times much less.\n`);
// With several pages, each row and memory row is named by its page's file.
const named = (unitPage, cells) => (pages.length > 1 ? [basename(unitPage), ...cells] : cells);
row(named('page', ['persons', 'records', 'CSV', 'native: wall (CPU)', 'native: peak RSS', 'page: first rows', 'page: full table (renderer CPU)', 'page: renderer peak RSS']));
row(named('', ['---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']).map((cell) => cell || '---'));
for (const persons of sizes) {
  const path = join(scratch, `unit-${persons}.csv`);
  const csv = unitCsv(persons);
  writeFileSync(path, csv);
  const records = csv.split('\r\n').length - 2;
  const n = native(path);
  for (let round = 0; round < rounds; round += 1) {
    for (const unitPage of pages) {
      const p = await inPage(path, unitPage);
      row(named(unitPage, [persons.toLocaleString('en'), records.toLocaleString('en'), mb(statSync(path).size / 1024), `${n.ms.toFixed(0)} ms (${n.cpuMs.toFixed(0)} ms)`,
        mb(n.peakKb), `${p['first-rows'].toFixed(0)} ms`, `${p['all-rows'].toFixed(0)} ms (${p.cpuMs.toFixed(0)} ms)`, mb(p.peakKb)]));
      memory.push(named(unitPage, [persons.toLocaleString('en'), mb(p.emptyKb), mb(p.readyKb - p.emptyKb), mb(p.peakKb - p.emptyKb), mbOfBytes(p.pageHeap),
        `${mbOfBytes(p.workerHeap)}${p.workers === 1 ? '' : ` (${p.workers} workers)`}`, mbOfBytes(p.coreBytes)]));
    }
  }
}
// The renderer's peak holds Chromium's own baseline; the page's own share is
// the peak above an empty page's, and, once the table is full, the JS heaps
// of the page and its worker and the core's WebAssembly memory.
console.log('\n### The unit page\'s own memory (once the table is full)\n');
row(named('page', ['persons', 'empty page: renderer peak RSS', 'unit page above it: ready, no file', 'unit page above it: peak', 'page JS heap', 'worker JS heap', 'core (wasm) memory']));
row(named('', ['---:', '---:', '---:', '---:', '---:', '---:', '---:']).map((cell) => cell || '---'));
for (const cells of memory) row(cells);
