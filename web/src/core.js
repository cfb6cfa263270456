// Starts the rules core (WebAssembly) from the bytes inlined in the page, so
// the first result is painted with the first layout. The page never fetches
// the .wasm: browsers refuse that from file://.
// The build puts the wasm, deflated, as base64 (web/inline_wasm.mjs) in
// <script type="application/octet-stream" id="cehours-wasm" data-size="N">.

import { instantiateCore } from '../../wasm/cehours_core_api.js';
import { inflateBase64 } from './inflate.js';

/**
 * Settles within the microtasks of the page's script where the browser has a
 * native inflater, so still before the first layout.
 * @returns {Promise<object>} the core (CehoursCore in wasm/cehours_core_api.js)
 */
export async function startCore() {
  const holder = document.getElementById('cehours-wasm');
  if (!holder) throw new Error('页面中缺少计算核心（cehours-wasm）');
  const bytes = await inflateBase64(holder.textContent, Number(holder.dataset.size));
  // The marks let a test see where the time to the first result goes.
  performance.mark('cehours-wasm-bytes');
  // A module this size compiles synchronously in a few milliseconds; WebAssembly.compile would wait for a task.
  const core = instantiateCore(new WebAssembly.Module(bytes));
  performance.mark('cehours-core-ready');
  return core;
}
