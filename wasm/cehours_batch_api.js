// The unit's batch check (cehours_batch.wasm, in the unit page's worker and
// the parity test), started by the one loader, cehours_core_api.js.

import { loadModule } from './cehours_core_api.js';

/**
 * @typedef {object} BatchCore
 *   The unit's batch check (cehours_batch.wasm, the unit page's worker): one
 *   file open at a time, its persons evaluated on demand, each once.
 * @property {(csv: (string|Uint8Array), asOf: string, pack?: JsonInput) => object} open
 *   Reads a CSV (text, or its UTF-8 bytes as they are; anything else is
 *   refused with the code invalid_utf8) and groups its rows by person:
 *   {ok, persons, rows, as_of, errors: [{line, column, field, code, message}]}
 *   (errors of the file as a whole); a refused pack or date gives {ok: false, errors}.
 * @property {(length: number) => {write: (bytes: Uint8Array, at: number) => void, open: (asOf: string, pack?: JsonInput) => object}} fileRoom
 *   open() in steps, for a file read a slice at a time: room in the core for
 *   the next file's `length` bytes, filled by write() and read by open().
 *   Another fileRoom() or open() gives the room to the next file.
 * @property {(from: number, count: number) => string} summaries
 *   Persons [from, from + count) evaluated, as JSON text (an array of {index,
 *   person, affiliation, records, warnings, plan_total, unreadable_rows,
 *   years: [{year, public, professional, status, days_left}]}): text, so a
 *   worker can hand it on without parsing it.
 * @property {(index: number) => object} result
 *   One person's full result document, with person, record_lines and unreadable_rows.
 * @property {() => string} csv  The table as `cehours batch` writes it, without the byte order mark.
 * @property {() => string} template  The empty template's header row.
 * @property {() => number} memoryBytes  The core's memory, in bytes (it grows and never shrinks).
 * @property {{result: Function}} text  result() answering with the core's JSON text.
 */

const encoder = new TextEncoder();

function batchCore({ exports, withBytes, answer }) {
  // The file goes straight into the core's own buffer: a unit's CSV is megabytes.
  function fileRoom(length) {
    const pointer = exports.cehours_batch_text(length);  // may grow the heap: view it after
    return {
      write(bytes, at) {
        if (at < 0 || at + bytes.length > length) throw new RangeError('文件比预留的空间长');
        new Uint8Array(exports.memory.buffer).set(bytes, pointer + at);
      },
      open: (asOf, pack = null) => JSON.parse(withBytes(pack, (p, pLength) => withBytes(asOf, (d, dLength) =>
        answer(exports.cehours_batch_open(p, pLength, d, dLength))))),
    };
  }
  function open(csv, asOf, pack = null) {
    // The file goes in as UTF-8 bytes, which fileRoom's write takes.
    const bytes = csv instanceof Uint8Array ? csv : encoder.encode(csv);
    const room = fileRoom(bytes.length);
    room.write(bytes, 0);
    return room.open(asOf, pack);
  }
  const text = { result: (index) => answer(exports.cehours_batch_result(index)) };
  return {
    open,
    fileRoom,
    summaries: (from, count) => answer(exports.cehours_batch_summaries(from, count)),
    result: (index) => JSON.parse(text.result(index)),
    csv: () => answer(exports.cehours_batch_csv()),
    template: () => answer(exports.cehours_batch_template()),
    memoryBytes: () => exports.memory.buffer.byteLength,
    text,
  };
}

/**
 * @param {BufferSource} bytes  cehours_batch.wasm
 * @returns {Promise<BatchCore>}
 */
export function loadBatchCore(bytes) {
  return loadModule(bytes, batchCore);
}
