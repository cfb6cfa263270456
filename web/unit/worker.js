// The unit page's Web Worker: runs the batch check so the page never freezes.
// Built from text inlined in the page (a Blob URL), so it works from file://.
// Messages in:  {type: 'start', wasm: base64, size} · {type: 'open', csv, asOf}
//               {type: 'result', index} · {type: 'csv'}
// Messages out: {type: 'ready', template, header} · {type: 'failed', message}
//               {type: 'opened', report} · {type: 'rows', summaries, done, total} · {type: 'finished'}
//               {type: 'result', index, result} · {type: 'csv', text}

import { startBatchCore } from './batch_core.js';
import { inflateRaw } from '../src/inflate.js';

// Small first, so the first rows show at once; then larger, so messages stay few.
const FIRST_CHUNK = 50;
const CHUNK = 500;

let core = null;
let run = 0;  // a new file cancels the evaluation of the last one

async function inflate(base64, size) {
  const binary = atob(base64);
  const packed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) packed[i] = binary.charCodeAt(i);
  if (typeof DecompressionStream === 'function') {
    try {
      const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      if (bytes.length === size) return bytes;
    } catch {
      // No 'deflate-raw' here: the JS decoder below.
    }
  }
  return inflateRaw(packed, size);
}

// Lets a 'result' or 'csv' request in between two chunks.
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

async function evaluateAll(csv, asOf) {
  const mine = ++run;
  const report = JSON.parse(core.open(csv, asOf));
  postMessage({ type: 'opened', report });
  if (!report.ok) return;
  const total = report.persons;
  for (let done = 0; done < total && mine === run;) {
    const count = done === 0 ? FIRST_CHUNK : CHUNK;
    const summaries = core.summaries(done, count);
    done = Math.min(total, done + count);
    postMessage({ type: 'rows', summaries, done, total });
    await pause();
  }
  if (mine === run) postMessage({ type: 'finished' });
}

onmessage = async ({ data }) => {
  try {
    if (data.type === 'start') {
      core = await startBatchCore(await inflate(data.wasm, data.size));
      // Before any file, csv() is the header alone: the table's column names.
      postMessage({ type: 'ready', template: core.template(), header: core.csv() });
    } else if (data.type === 'open') {
      await evaluateAll(data.csv, data.asOf);
    } else if (data.type === 'result') {
      postMessage({ type: 'result', index: data.index, result: core.result(data.index) });
    } else if (data.type === 'csv') {
      postMessage({ type: 'csv', text: core.csv() });
    }
  } catch (error) {
    postMessage({ type: 'failed', message: String(error && error.message || error) });
  }
};
