// Reads, from the Emscripten glue (build/wasm/cehours_core.js), the names the
// linker gave the core's imports and exports, for the embed's lean start
// (web/src/wasm_instance.js). Emscripten 3.1 writes them as
//   var info={"a":asmLibraryArg}  var asmLibraryArg={"a":_abort,"b":_emscripten_resize_heap}
//   wasmMemory=Module["asm"]["c"]  addOnInit(Module["asm"]["d"])
//   Module["_malloc"]=function(){return(_malloc=Module["_malloc"]=Module["asm"]["j"])…
// Anything else (another import, another layout) is an error naming what to
// look at, never a silently broken embed.

// The exports wasm/cehours_core_api.js calls.
const NEEDED = ['_cehours_evaluate', '_cehours_default_pack', '_cehours_describe', '_cehours_result_length', '_malloc', '_free'];
// The imports web/src/wasm_instance.js provides, by the glue's name for them.
const ROLES = { _abort: 'abort', _emscripten_resize_heap: 'resizeHeap' };

function one(glue, pattern, what) {
  const match = pattern.exec(glue);
  if (!match) throw new Error(`glue_layout: cannot find ${what} in the Emscripten glue; update web/glue_layout.mjs`);
  return match;
}

export function glueLayout(glue) {
  const importModule = one(glue, /var info=\{"(\w+)":asmLibraryArg\}/, 'the import module')[1];
  const library = one(glue, /var asmLibraryArg=\{([^}]*)\}/, 'the imported functions')[1];
  const imported = Object.fromEntries(library.split(',').map((entry) => {
    const [, name, fn] = one(entry, /^"(\w+)":(\w+)$/, `an import in ${library}`);
    return [fn, name];
  }));
  const unknown = Object.keys(imported).filter((fn) => !(fn in ROLES));
  if (unknown.length) {
    throw new Error(`glue_layout: the core now imports ${unknown.join(', ')}; web/src/wasm_instance.js provides only ${Object.keys(ROLES).join(', ')}`);
  }
  const exports = {};
  for (const name of NEEDED) {
    exports[name] = one(glue, new RegExp(`Module\\["${name}"\\]=function\\(\\)\\{return\\(${name}=Module\\["${name}"\\]=Module\\["asm"\\]\\["(\\w+)"\\]\\)`), name)[1];
  }
  return {
    importModule,
    imports: Object.fromEntries(Object.entries(imported).map(([fn, name]) => [name, ROLES[fn]])),
    memory: one(glue, /wasmMemory=Module\["asm"\]\["(\w+)"\]/, 'the memory export')[1],
    ctors: one(glue, /addOnInit\(Module\["asm"\]\["(\w+)"\]\)/, 'the constructors export')[1],
    exports,
  };
}
