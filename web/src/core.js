// Starts the rules core (WebAssembly) from the bytes inlined in the page.
// The page never fetches the .wasm: browsers refuse that from file://.
// The build puts the Emscripten glue (global createCehoursModule) in a classic
// script and the wasm, deflated, as base64 in
// <script type="application/octet-stream" id="cehours-wasm" data-encoding="deflate-raw" data-size="N">.

import { loadCore } from '../../wasm/cehours_core_api.js';
import { inflateRaw } from './inflate.js';

function fromBase64(text) {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// The browser's own decoder when it has one (fast); the small JS one otherwise.
async function inflate(packed, size) {
  if (typeof DecompressionStream === 'function') {
    try {
      const stream = new Blob([packed]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      if (bytes.length === size) return bytes;
    } catch {
      // No 'deflate-raw' in this browser: fall through to the JS decoder.
    }
  }
  return inflateRaw(packed, size);
}

async function inlinedWasm() {
  const holder = document.getElementById('cehours-wasm');
  if (!holder) throw new Error('页面中缺少计算核心（cehours-wasm）');
  const packed = fromBase64(holder.textContent.trim());
  return holder.dataset.encoding === 'deflate-raw' ? inflate(packed, Number(holder.dataset.size)) : packed;
}

let started = null;

/** @returns {Promise<object>} the core (CehoursCore in wasm/cehours_core_api.js), loaded once */
export function startCore() {
  if (!started) {
    // The marks let a test see where the time to the first result goes.
    started = inlinedWasm()
      .then((bytes) => { performance.mark('cehours-wasm-bytes'); return loadCore(globalThis.createCehoursModule, bytes); })
      .then((core) => { performance.mark('cehours-core-ready'); return core; });
  }
  return started;
}
