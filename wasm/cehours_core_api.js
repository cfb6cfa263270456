// The one loader of the rules core (a standalone .wasm, wasm/CMakeLists.txt)
// for the page, the embed, the unit page's worker and the Node tests:
// instantiates it and exposes the calls its module exports, with objects in
// and objects out. The batch core's calls are shaped in cehours_batch_api.js,
// so the person's page and the embed do not download them.
//
// Strings cross the boundary through malloc'd buffers, as UTF-16 code units
// that the core converts (wasm/utf16.cpp); the core keeps its answer in its
// own buffer until the next call, and JS copies it out.

/**
 * @typedef {object|string|Uint8Array} JsonInput
 *   a value (sent as JSON), JSON text, or the raw bytes of a file (the core
 *   refuses invalid UTF-8 itself); null or undefined: none (the built-in pack)
 */

/**
 * @typedef {object} CehoursCore
 * @property {(records: JsonInput, pack: JsonInput, today: string) => object} evaluate
 *   The result document for a records document against a rule pack (null = the
 *   built-in pack); `today` ('YYYY-MM-DD') is used when the document has no
 *   `as_of`. Never throws for bad input: errors come back as {ok: false, errors: [...]}.
 * @property {(pack?: JsonInput) => object} describe
 *   What the pack (null = the built-in one) lets a person enter: {ok, pack,
 *   limits, years, affiliations, profile: {fields}, kinds: [{id, name, clause, fields: [{name,
 *   type, label, required, min, max, unit, options, default, fallback, hint}]}],
 *   conversion_items, modules, clauses}; a refused pack gives {ok: false, errors: [...]}.
 * @property {() => object} defaultPack  The built-in rule pack.
 * @property {((pack?: JsonInput, cases?: JsonInput) => object)|undefined} checkPack
 *   "核对规则" (the page's core only; the embed's core leaves it out): reads a
 *   rule pack (null = the built-in one, with its own conformance cases), lists
 *   every problem with its path and runs the cases. The report: {ok, pack,
 *   errors: [{path, code, message}], cases: [{name, clause, why, passed,
 *   failures}], passed, failed}; ok only when the pack is valid and every case passes.
 * @property {{evaluate: Function, describe: Function, defaultPack: Function, checkPack?: Function}} text
 *   The same calls answering with the core's JSON text, byte for byte, for
 *   the tests that compare it with the CLI's.
 */

// What the standalone module imports, by name. Anything else is a module this
// loader was not written for, and fails loudly at start-up. `memory()` is the
// instance's memory, there once the instance is.
const hostFor = (memory) => ({
  // The heap grew inside the module; every read below takes a fresh view of it.
  emscripten_notify_memory_growth() {},
  // abort() ends a standalone module through proc_exit: stop the call instead.
  proc_exit(code) {
    throw new WebAssembly.RuntimeError(`计算核心中止（${code}）`);
  },
  // nlohmann's parser reading a number (wasm/lean_libc.cpp): the text is a
  // JSON number its lexer has checked (ASCII, of any length), and Number()
  // rounds it exactly as the C library's strtod does in the native core.
  // Short numbers, one per record, skip the decoder's per-call cost; a hostile
  // megabyte of digits must not become a megabyte of call arguments.
  cehours_read_number(pointer, length) {
    const bytes = new Uint8Array(memory().buffer, pointer, length);
    return Number(length <= 64 ? String.fromCharCode.apply(null, bytes) : decoder.decode(bytes));
  },
});

function instantiate(module, start, shape) {
  let exports;
  const host = hostFor(() => exports.memory);
  const imports = {};
  for (const { module: from, name } of WebAssembly.Module.imports(module)) {
    if (!host.hasOwnProperty(name)) throw new Error(`计算核心需要未知的导入 ${from}.${name}`);
    (imports[from] ||= {})[name] = host[name];
  }
  return start(imports, (instance) => {
    exports = instance.exports;
    exports._initialize();
    return shape(callsOf(exports));
  });
}

// Long numbers only (above): the core's text comes back as UTF-16 (wasm/utf16.cpp says why).
const decoder = new TextDecoder();

// A string of the core's UTF-16 code units. String.fromCharCode over slices
// takes about 0.6 ms for a 1,000-record answer (120,000 units) in Chromium,
// where TextDecoder('utf-16le') took 1.4 ms (medians of 200; in Node 0.7
// against 1.0 ms). A slice stays far below any engine's limit on the
// arguments of one call.
const unitsPerCall = 8192;
function stringOfUnits(units) {
  let text = '';
  for (let at = 0; at < units.length; at += unitsPerCall) {
    text += String.fromCharCode.apply(null, units.subarray(at, at + unitsPerCall));
  }
  return text;
}

/** What every shape of the core is built from: its exports, and text in and out through its memory. */
function callsOf(exports) {
  // Room in the core for `size` bytes, used, then freed; malloc may grow the heap, so views are taken after it.
  function withRoom(size, use) {
    const pointer = exports.malloc(size || 1);
    try {
      return use(pointer);
    } finally {
      exports.free(pointer);
    }
  }

  // Hands the core (pointer, length) of the value's UTF-8; null gives (0, 0).
  // A file's bytes go in as they are (the core refuses invalid UTF-8 itself);
  // text goes in as UTF-16 code units, which the core makes UTF-8.
  function withBytes(value, use) {
    if (value === null || value === undefined) return use(0, 0);
    if (value instanceof Uint8Array) {
      return withRoom(value.length, (pointer) => {
        new Uint8Array(exports.memory.buffer).set(value, pointer);
        return use(pointer, value.length);
      });
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const count = text.length;
    return withRoom(5 * count, (pointer) => {
      const units = new Uint16Array(exports.memory.buffer, pointer, count);
      for (let i = 0; i < count; i += 1) units[i] = text.charCodeAt(i);
      return use(pointer + 2 * count, exports.cehours_utf8_of_utf16(pointer, count, pointer + 2 * count));
    });
  }

  const answer = (pointer) => {
    const length = exports.cehours_result_length();
    // The core writes only well-formed UTF-8; anything else (a bug to surface,
    // not to paper over) comes back as -1 units, which Uint16Array refuses with a RangeError.
    return withRoom(2 * length, (out) =>
      stringOfUnits(new Uint16Array(exports.memory.buffer, out, exports.cehours_utf16_of_utf8(pointer, length, out))));
  };
  return { exports, withBytes, answer };
}

/** The person's core (CehoursCore) of cehours_core.wasm or cehours_embed.wasm. */
function personCore({ exports, withBytes, answer }) {
  const text = {
    evaluate: (records, pack, today) =>
      withBytes(records, (r, rLength) => withBytes(pack, (p, pLength) => withBytes(today, (d, dLength) =>
        answer(exports.cehours_evaluate(r, rLength, p, pLength, d, dLength))))),
    describe: (pack = null) => withBytes(pack, (p, pLength) => answer(exports.cehours_describe(p, pLength))),
    defaultPack: () => answer(exports.cehours_default_pack()),
  };
  if (exports.cehours_check_pack) {
    text.checkPack = (pack = null, cases = null) =>
      withBytes(pack, (p, pLength) => withBytes(cases, (c, cLength) => answer(exports.cehours_check_pack(p, pLength, c, cLength))));
  }
  const core = { text };
  for (const [name, call] of Object.entries(text)) core[name] = (...args) => JSON.parse(call(...args));
  return core;
}

/**
 * Synchronous start, for the page's first result before its first layout.
 * @param {WebAssembly.Module} module  compiled cehours_core.wasm or cehours_embed.wasm
 * @returns {CehoursCore}
 */
export function instantiateCore(module) {
  return instantiate(module, (imports, ready) => ready(new WebAssembly.Instance(module, imports)), personCore);
}

/**
 * Asynchronous start from the bytes, shaped by `shape` (cehours_batch_api.js
 * gives its own).
 * @param {BufferSource} bytes
 * @returns {Promise<object>}
 */
export async function loadModule(bytes, shape) {
  const module = await WebAssembly.compile(bytes);
  return instantiate(module, async (imports, ready) => ready(await WebAssembly.instantiate(module, imports)), shape);
}

/**
 * Asynchronous start from the bytes (the embed's fetched file, the Node tests' read file).
 * @param {BufferSource} bytes  cehours_core.wasm or cehours_embed.wasm
 * @returns {Promise<CehoursCore>}
 */
export function loadCore(bytes) {
  return loadModule(bytes, personCore);
}
