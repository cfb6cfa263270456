// Starts the rules core from its bytes without the Emscripten glue (12 kB):
// the core needs only two functions from JavaScript (abort and growing the
// heap) and the embed uses only a handful of exports. The names the linker
// gave them ("a", "b"…) are read from the glue at build time by
// web/glue_layout.mjs, which refuses a glue asking for anything more.
// The result has the shape wasm/cehours_core_api.js expects of a module.

const PAGE = 65536;
// Emscripten's own bound (_emscripten_get_heap_max in the glue).
const MAX_HEAP = 2147483648;

/**
 * @param {Uint8Array} wasmBinary
 * @param {{importModule: string, imports: Object<string, ('abort'|'resizeHeap')>, memory: string, ctors: string, exports: Object<string, string>}} layout
 * @returns {Promise<object>} {_malloc, _free, _cehours_evaluate, …, HEAPU8}
 */
export async function instantiateCore(wasmBinary, layout) {
  let memory = null;
  function resizeHeap(requested) {
    const size = requested >>> 0;
    const old = memory.buffer.byteLength;
    if (size > MAX_HEAP) return 0;
    // Over-allocate by a fifth, as the glue does, so a growing document does not copy the heap at every step.
    const target = Math.min(MAX_HEAP, Math.max(size, old + old / 5));
    try {
      memory.grow(Math.ceil((target - old) / PAGE));
      return 1;
    } catch {
      return 0;
    }
  }
  const provided = {
    abort: () => { throw new WebAssembly.RuntimeError('计算核心中止（abort）'); },
    resizeHeap,
  };
  const imports = { [layout.importModule]: {} };
  for (const [name, role] of Object.entries(layout.imports)) imports[layout.importModule][name] = provided[role];
  const { instance } = await WebAssembly.instantiate(wasmBinary, imports);
  const asm = instance.exports;
  memory = asm[layout.memory];
  asm[layout.ctors]();
  // A fresh view each time: growing the heap detaches the old buffer.
  const module = { get HEAPU8() { return new Uint8Array(memory.buffer); } };
  for (const [name, exported] of Object.entries(layout.exports)) module[name] = asm[exported];
  return module;
}
