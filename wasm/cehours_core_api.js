// The JavaScript face of the rules core: loads the wasm module once and
// exposes evaluate() with JSON text in and JSON text out.
//
// Strings cross the boundary through malloc'd buffers rather than cwrap's
// 'string' arguments: cwrap copies those onto the 64 kB wasm stack, which a
// records document of a few thousand entries would overflow.

/**
 * @typedef {object} CehoursCore
 * @property {(recordsJson: string, packJson: (string|null), today: string) => string} evaluate
 *   Evaluates a records document against a rule pack (null = the built-in pack).
 *   `today` ('YYYY-MM-DD') is used when the document has no `as_of`.
 *   Returns the result document as JSON text; it never throws for bad input:
 *   errors come back as {"ok": false, "errors": [...]}.
 * @property {(packJson?: (string|null)) => string} describe
 *   What the pack (null = the built-in one) lets a person enter, as JSON text:
 *   {"ok", "pack", "limits", "years", "affiliations", "kinds": [{id, name,
 *   clause, fields: [{name, type, label, required, min, max, unit, options,
 *   default, fallback, hint}]}], "conversion_items", "modules", "clauses",
 *   "codes"}; a refused pack gives {"ok": false, "errors": [...]}.
 * @property {() => string} defaultPack  The built-in rule pack, as JSON text.
 * @property {(packJson?: (string|null), casesJson?: (string|null)) => string} checkPack
 *   The "核对规则" check: reads a rule pack (null = the built-in one, with its
 *   own conformance cases), lists every problem with its path and runs the
 *   cases. Returns the report as JSON text: {"ok", "pack", "errors": [{path,
 *   code, message}], "cases": [{name, clause, why, passed, failures}],
 *   "passed", "failed"}; "ok" only when the pack is valid and every case passes.
 */

/**
 * @param {(options: object) => Promise<object>} createModule  the Emscripten factory (createCehoursModule)
 * @param {Uint8Array|ArrayBuffer} wasmBinary  the bytes of cehours_core.wasm
 * @returns {Promise<CehoursCore>}
 */
export async function loadCore(createModule, wasmBinary) {
  const module = await createModule({ wasmBinary });
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Hands the core (pointer, length) of the text's UTF-8; null gives (0, 0).
  function withText(text, use) {
    if (text === null || text === undefined) return use(0, 0);
    const bytes = encoder.encode(String(text));
    const pointer = module._malloc(bytes.length || 1);
    module.HEAPU8.set(bytes, pointer);
    try {
      return use(pointer, bytes.length);
    } finally {
      module._free(pointer);
    }
  }

  // The core keeps its answer in its own buffer until the next call.
  function readAnswer(pointer) {
    const length = module._cehours_result_length();
    return decoder.decode(module.HEAPU8.subarray(pointer, pointer + length));
  }

  return {
    evaluate(recordsJson, packJson, today) {
      return withText(recordsJson, (records, recordsLength) =>
        withText(packJson, (pack, packLength) =>
          withText(today, (day, dayLength) =>
            readAnswer(module._cehours_evaluate(records, recordsLength, pack, packLength, day, dayLength)))));
    },
    describe(packJson = null) {
      return withText(packJson, (pack, packLength) => readAnswer(module._cehours_describe(pack, packLength)));
    },
    defaultPack() {
      return readAnswer(module._cehours_default_pack());
    },
    checkPack(packJson = null, casesJson = null) {
      return withText(packJson, (pack, packLength) =>
        withText(casesJson, (cases, casesLength) =>
          readAnswer(module._cehours_check_pack(pack, packLength, cases, casesLength))));
    },
  };
}
