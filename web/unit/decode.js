// A unit's CSV that is not UTF-8 (the batch core says so: invalid_utf8) is
// read as GB18030, which contains GBK, what Excel writes for "CSV" on a
// Chinese Windows: the order `cehours batch` follows. The browser's own
// decoder; a fatal one refuses rather than guesses, so no name is mangled.

/** @param {Uint8Array} bytes @returns {string|null} the text, or null when the bytes are not GB18030 either */
export function decodeGb18030(bytes) {
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
