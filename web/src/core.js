// Starts the rules core (WebAssembly) from the bytes inlined in the page, so
// the first result is painted with the first layout. The page never fetches
// the .wasm: browsers refuse that from file://.
// The build puts the wasm, raw-deflated, as base64 in
// <script type="application/octet-stream" id="cehours-wasm" data-size="N">.

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
 * The browser's own inflater (a few milliseconds where fflate, cold, took
 * 30–50). Written to and read from directly, each step settles in a microtask,
 * so the bytes are back before the parser moves on and the first layout
 * comes after the first result; through a Blob or a Response it would wait
 * for tasks, behind that layout.
 */
async function nativeInflate(packed) {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(packed).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return chunks;
}

async function inflate(packed, size) {
  if (typeof DecompressionStream === 'function') {
    try {
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const chunk of await nativeInflate(packed)) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      if (at === size) return bytes;
    } catch {
      // No 'deflate-raw' in this browser (it came later than 'deflate'): fflate below.
    }
  }
  // On demand, so that fflate's tables are built only in a browser that needs them.
  const { inflateSync } = await import('./inflate_fallback.js');
  return inflateSync(packed, { out: new Uint8Array(size) });
}

/**
 * Settles within the microtasks of the page's script where the browser has a
 * native inflater, so still before the first layout.
 * @returns {Promise<object>} the core (CehoursCore in wasm/cehours_core_api.js)
 */
export async function startCore() {
  const holder = document.getElementById('cehours-wasm');
  if (!holder) throw new Error('页面中缺少计算核心（cehours-wasm）');
  const bytes = await inflate(fromBase64(holder.textContent), Number(holder.dataset.size));
  // The marks let a test see where the time to the first result goes.
  performance.mark('cehours-wasm-bytes');
  // A module this size compiles synchronously in a few milliseconds; WebAssembly.compile would wait for a task.
  const core = instantiateCore(new WebAssembly.Module(bytes));
  performance.mark('cehours-core-ready');
  return core;
}
