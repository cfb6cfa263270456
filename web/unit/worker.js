// The unit page's Web Worker: runs the batch check so the page never freezes.
// Built from text inlined in the page (a Blob URL), so it works from file://.
// Messages in:  {type: 'start', wasm: base64, size} · {type: 'open', bytes (the file's ArrayBuffer), asOf}
//               {type: 'result', index} · {type: 'csv'}
// Messages out: {type: 'ready', template, header} · {type: 'failed', message}
//               {type: 'opened', report, encoding} · {type: 'rows', summaries, done, total} · {type: 'finished'}
//               {type: 'result', index, result} · {type: 'csv', text}

import { loadCore } from '../../wasm/cehours_core_api.js';
import { inflateSync } from 'fflate';
import { decodeGb18030 } from './decode.js';

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
  return inflateSync(packed, { out: new Uint8Array(size) });
}

// Lets a 'result' or 'csv' request in between two chunks.
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

// The file's bytes go to the core as they are when they are UTF-8 (no copy
// through a JS string); otherwise they are read as GBK/GB18030.
function open(bytes, asOf) {
  const report = core.open(bytes, asOf);
  if (!report.ok || !report.errors.some((e) => e.code === 'invalid_utf8')) return { report, encoding: 'UTF-8' };
  const text = decodeGb18030(bytes);
  return text === null ? { report, encoding: '' } : { report: core.open(text, asOf), encoding: 'GBK/GB18030' };
}

async function evaluateAll(bytes, asOf) {
  const mine = ++run;
  const { report, encoding } = open(bytes, asOf);
  postMessage({ type: 'opened', report, encoding });
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
      core = await loadCore(await inflate(data.wasm, data.size));
      // Before any file, csv() is the header alone: the table's column names.
      postMessage({ type: 'ready', template: core.template(), header: core.csv() });
    } else if (data.type === 'open') {
      await evaluateAll(new Uint8Array(data.bytes), data.asOf);
    } else if (data.type === 'result') {
      postMessage({ type: 'result', index: data.index, result: core.text.result(data.index) });
    } else if (data.type === 'csv') {
      postMessage({ type: 'csv', text: core.csv() });
    }
  } catch (error) {
    postMessage({ type: 'failed', message: String(error && error.message || error) });
  }
};
