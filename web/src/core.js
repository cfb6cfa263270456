// Starts the rules core (WebAssembly) from the bytes inlined in the page.
// The page never fetches the .wasm: browsers refuse that from file://.
// The build puts the Emscripten glue (global createCehoursModule) in a classic
// script and the wasm as base64 in <script type="application/octet-stream" id="cehours-wasm">.

import { loadCore } from '../../wasm/cehours_core_api.js';

function inlinedWasm() {
  const holder = document.getElementById('cehours-wasm');
  if (!holder) throw new Error('页面中缺少计算核心（cehours-wasm）');
  const binary = atob(holder.textContent.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let started = null;

/** @returns {Promise<object>} the core (CehoursCore in wasm/cehours_core_api.js), loaded once */
export function startCore() {
  if (!started) {
    started = Promise.resolve().then(() => loadCore(globalThis.createCehoursModule, inlinedWasm()));
  }
  return started;
}
