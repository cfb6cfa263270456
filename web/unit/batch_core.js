// The unit page's one door to the rules core: starts the batch module
// (build/wasm/cehours_batch_core.wasm, through its Emscripten glue, global
// createCehoursBatchModule) in the worker and gives its calls as text in,
// text out. Switching how the wasm is started changes only startBatchCore.

/**
 * @typedef {object} BatchCore
 * @property {(csv: (string|Uint8Array), asOf: string) => string} open  the open report (JSON): persons,
 *   rows, file errors; the CSV as text or as its UTF-8 bytes (a file's bytes go in as they are)
 * @property {(from: number, count: number) => string} summaries  JSON array of person summaries
 * @property {(index: number) => string} result  one person's full result document (JSON)
 * @property {() => string} csv  the table as `cehours batch` writes it, without the byte order mark
 * @property {() => string} template  the empty template's header row
 */

/** @param {Uint8Array} wasmBinary @returns {Promise<BatchCore>} */
export async function startBatchCore(wasmBinary) {
  const module = await globalThis.createCehoursBatchModule({ wasmBinary });
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Strings cross through malloc'd buffers, never the 64 kB wasm stack: a unit's CSV is megabytes.
  function withText(text, use) {
    const bytes = typeof text === 'string' ? encoder.encode(text) : text;
    const pointer = module._malloc(bytes.length || 1);
    module.HEAPU8.set(bytes, pointer);
    try {
      return use(pointer, bytes.length);
    } finally {
      module._free(pointer);
    }
  }
  function answer(pointer) {
    return decoder.decode(module.HEAPU8.subarray(pointer, pointer + module._cehours_batch_result_length()));
  }

  return {
    open: (csv, asOf) => withText(csv, (c, cLength) => withText(asOf, (d, dLength) =>
      answer(module._cehours_batch_open(c, cLength, 0, 0, d, dLength)))),
    summaries: (from, count) => answer(module._cehours_batch_summaries(from, count)),
    result: (index) => answer(module._cehours_batch_result(index)),
    csv: () => answer(module._cehours_batch_csv()),
    template: () => answer(module._cehours_batch_template()),
  };
}
