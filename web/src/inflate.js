// The core's bytes back from the form the builds inline them in
// (inline_wasm.mjs: zlib-deflated, then base64), for the page (core.js) and
// the unit page's worker.

function fromBase64(text) {
  // The browser's decoder where it has one (well under a millisecond); atob and a copy elsewhere.
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The `size` bytes packed in `base64`, through the browser's own inflater:
 * a few milliseconds, where a JavaScript inflater, cold, took 30–50, and
 * kilobytes of the page's download (every browser with DecompressionStream,
 * Chrome 80, Firefox 113 and Safari 16.4 onwards, reads 'deflate').
 * Written to and read from directly, each step settles in a microtask, so
 * the bytes are back before the parser moves on and the first layout comes
 * after the first result; through a Blob or a Response it would wait for
 * tasks, behind that layout.
 */
export async function inflateBase64(base64, size) {
  if (typeof DecompressionStream !== 'function') {
    throw new Error('此浏览器版本过旧，无法解压计算核心，请换用新版浏览器');
  }
  const stream = new DecompressionStream('deflate');
  const writer = stream.writable.getWriter();
  writer.write(fromBase64(base64)).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const bytes = new Uint8Array(size);
  let at = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    if (at + read.value.length > size) break;
    bytes.set(read.value, at);
    at += read.value.length;
  }
  if (at !== size) throw new Error('页面中的计算核心已损坏，请重新下载本页面');
  return bytes;
}
