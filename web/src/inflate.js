// The core's bytes back from the form the builds inline them in (raw deflate,
// then base64), for the page (core.js) and the unit page's worker.

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

/** The `size` bytes packed, raw-deflated, in `base64`. */
export async function inflateBase64(base64, size) {
  const packed = fromBase64(base64);
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
