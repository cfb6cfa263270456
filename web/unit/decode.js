// A unit's CSV as text: UTF-8 (with or without the byte order mark) when the
// bytes are valid UTF-8, else GB18030 (which contains GBK, what Excel writes
// for "CSV" on a Chinese Windows), as `cehours batch` decides. The browser's
// own decoders; a fatal decoder refuses rather than guesses, so no name is mangled.

/** @param {ArrayBuffer} bytes @returns {{text: string, encoding: string} | null} */
export function decodeCsv(bytes) {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding: encoding === 'utf-8' ? 'UTF-8' : 'GBK/GB18030' };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return null;
}
