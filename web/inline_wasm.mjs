// A wasm module as the single-file pages carry it (build_page.mjs,
// unit/build_unit_page.mjs; src/inflate.js reads it back): zlib-deflated by
// Debian's zopfli, whose output is ~5 % smaller than zlib's -9 for the same
// bytes back, then base64, as text in the HTML. zlib framing rather than raw
// deflate because the browsers' DecompressionStream had 'deflate' two years
// before 'deflate-raw'.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** @returns {{size: number, base64: string}} the module's byte length and its packed text */
export function inlineWasm(path) {
  return {
    size: readFileSync(path).length,
    base64: execFileSync('zopfli', ['--zlib', '-c', path], { maxBuffer: 1 << 26 }).toString('base64'),
  };
}
