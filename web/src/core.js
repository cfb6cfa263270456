// Starts the rules core (WebAssembly) from the bytes inlined in the page,
// synchronously, so the first result is painted with the first layout. The
// page never fetches the .wasm: browsers refuse that from file://.
// The build puts the wasm, raw-deflated, as base64 in
// <script type="application/octet-stream" id="cehours-wasm" data-size="N">.

import { inflateSync } from 'fflate';
import { instantiateCore } from '../../wasm/cehours_core_api.js';

function fromBase64(text) {
  // The browser's decoder where it has one (well under a millisecond); atob and a copy elsewhere.
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The browser's DecompressionStream is asynchronous and would put the first
 * result after the first layout; fflate inflates synchronously (and measured
 * faster cold than a hand-written inflater), and a module this size compiles
 * synchronously in a few milliseconds.
 * @returns {object} the core (CehoursCore in wasm/cehours_core_api.js)
 */
export function startCore() {
  const holder = document.getElementById('cehours-wasm');
  if (!holder) throw new Error('页面中缺少计算核心（cehours-wasm）');
  const bytes = inflateSync(fromBase64(holder.textContent), { out: new Uint8Array(Number(holder.dataset.size)) });
  // The marks let a test see where the time to the first result goes.
  performance.mark('cehours-wasm-bytes');
  const core = instantiateCore(new WebAssembly.Module(bytes));
  performance.mark('cehours-core-ready');
  return core;
}
