// The unit page's Web Worker: runs the batch check so the page never freezes.
// Built from text inlined in the page (a Blob URL), so it works from file://.
// Messages in:  {type: 'start', wasm: base64, size} · {type: 'open', file (the File chosen), asOf}
//               {type: 'result', index} · {type: 'csv'}
// Messages out: {type: 'ready', template, header} · {type: 'failed', message}
//               {type: 'opened', report, encoding} · {type: 'rows', summaries, done, total} · {type: 'finished', coreBytes}
//               {type: 'result', index, result} · {type: 'csv', text}

import { loadBatchCore } from '../../wasm/cehours_batch_api.js';
import { inflateBase64 } from '../src/inflate.js';
import { decodeGb18030 } from './decode.js';
import * as SAMPLE from '../../static/examples/sample-person.json';

// Small first, so the first rows show at once; then larger, so messages stay few.
const FIRST_CHUNK = 50;
const CHUNK = 500;

let core = null;
let run = 0;  // a new file cancels the evaluation of the last one

const CHANGED = '文件在读取时被改动了，请重新选择';

// The file is read as a stream, a chunk at a time straight into the core's
// buffer, so neither the page nor the worker holds its megabytes as well; the
// browser reads the first chunks while the core makes room for them. The
// file's bytes go to the core as they are when they are UTF-8 (no copy
// through a JS string); otherwise they are read again as GBK/GB18030. Null
// when a newer file was chosen meanwhile.
async function open(file, asOf, mine) {
  const reader = file.stream().getReader();
  const first = reader.read();
  const room = core.fileRoom(file.size);
  let at = 0;
  for (let chunk = await first; !chunk.done; chunk = await reader.read()) {
    if (mine !== run) {  // the room is the newer file's now
      reader.cancel();
      return null;
    }
    room.write(chunk.value, at);  // throws when the file has grown since it was chosen
    at += chunk.value.length;
  }
  if (at !== file.size) throw new Error(CHANGED);
  const report = room.open(asOf);
  if (!report.ok || !report.errors.some((e) => e.code === 'invalid_utf8')) return { report, encoding: 'UTF-8' };
  const text = decodeGb18030(new Uint8Array(await file.arrayBuffer()));
  if (mine !== run) return null;
  return text === null ? { report, encoding: '' } : { report: core.open(text, asOf), encoding: 'GBK/GB18030' };
}

// V8 first runs each of the core's functions as quickly compiled code, and
// optimises a function only once it has run a while, for its next call: a
// unit's file is read in one call, so its first file would be read wholly by
// the slow code (about 0.4 s of 12 MB here). While the officer picks a file,
// the worker reads and evaluates a unit of WARM_UP_PERSONS copies of the
// page's 示例 person (static/examples) WARM_UP_TIMES over, enough for V8 to
// optimise the reading and the evaluating; then an empty file, so nothing of
// it stays in the core.
//
// It also makes room for a file of WARM_UP_ROOM bytes and lets it go: the
// core keeps that memory, touched, and makes the next file's room in it; new
// memory would cost a page fault per 4 kB at its first touch (70 to 250 ms
// for a 12 MB file here, on the way to the first rows).
const WARM_UP_PERSONS = 300;
const WARM_UP_TIMES = 2;
const WARM_UP_ROOM = 16 * 1024 * 1024;  // a unit of 10,000 persons' file and its rows
function warmUp() {
  const fields = [...new Set(SAMPLE.records.flatMap(Object.keys))];
  const cell = (value) => (value === undefined ? '' : `"${String(value).replace(/"/g, '""')}"`);
  const rows = [];
  for (let person = 1; person <= WARM_UP_PERSONS; person += 1) {
    for (const record of SAMPLE.records) {
      rows.push([cell(`示例${person}`), cell(SAMPLE.profile.affiliation), ...fields.map((field) => cell(record[field]))].join(','));
    }
  }
  const csv = [['person', 'affiliation', ...fields].join(','), ...rows].join('\r\n');
  for (let time = 0; time < WARM_UP_TIMES; time += 1) {
    const report = core.open(csv, SAMPLE.as_of);
    if (report.ok && report.persons) {
      core.summaries(0, report.persons);
      core.result(0);
    }
  }
  core.fileRoom(WARM_UP_ROOM);
  core.open(core.template(), SAMPLE.as_of);
}

const failed = (error) => postMessage({ type: 'failed', message: String(error && error.message || error) });

// Persons [done, total) of run `mine`, a chunk at a time; between two chunks
// (a task each) a 'result' or 'csv' request gets its turn.
function evaluateFrom(mine, done, total) {
  if (mine !== run) return;
  if (done >= total) {
    postMessage({ type: 'finished', coreBytes: core.memoryBytes() });
    return;
  }
  const next = Math.min(total, done + (done === 0 ? FIRST_CHUNK : CHUNK));
  postMessage({ type: 'rows', summaries: core.summaries(done, next - done), done: next, total });
  setTimeout(() => {
    try {
      evaluateFrom(mine, next, total);
    } catch (error) {
      failed(error);
    }
  }, 0);
}

onmessage = async ({ data }) => {
  try {
    if (data.type === 'start') {
      core = await loadBatchCore(await inflateBase64(data.wasm, data.size));
      // Before any file, csv() is the header alone: the table's column names.
      postMessage({ type: 'ready', template: core.template(), header: core.csv() });
      // A task of its own: a file chosen meanwhile waits for it, no longer than its first use would have.
      setTimeout(() => {
        try {
          warmUp();
        } catch (error) {
          failed(error);
        }
      }, 0);
    } else if (data.type === 'open') {
      const mine = ++run;
      const opened = await open(data.file, data.asOf, mine);
      if (!opened) return;
      const { report, encoding } = opened;
      postMessage({ type: 'opened', report, encoding });
      if (report.ok) evaluateFrom(mine, 0, report.persons);
    } else if (data.type === 'result') {
      postMessage({ type: 'result', index: data.index, result: core.text.result(data.index) });
    } else if (data.type === 'csv') {
      postMessage({ type: 'csv', text: core.csv() });
    }
  } catch (error) {
    failed(error);
  }
};
