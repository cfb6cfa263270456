// The loader hands JavaScript strings to the core as UTF-16 code units and
// reads answers back so (wasm/utf16.cpp): a string must read exactly as its
// TextEncoder bytes do, whatever characters it holds, and a malformed answer
// must fail loudly rather than be shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../../wasm/cehours_core_api.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasmFile = join(root, 'build', 'wasm', 'cehours_core.wasm');
const core = await loadCore(readFileSync(wasmFile));

const titles = {
  'ASCII, two- and three-byte characters': 'Excel 2007 — 现代教育技术 é',
  'a character past the BMP (a surrogate pair)': '𠀀 研修 😀',
  'a lone high surrogate': 'a\uD800b',
  'a lone low surrogate': 'a\uDC00b',
  'a low surrogate before a high one': '\uDC00\uD800',
  'a high surrogate ending the text': '课程\uD83D',
};

for (const [what, title] of Object.entries(titles)) {
  test(`a title with ${what} reads the same as a string and as TextEncoder bytes`, () => {
    // Not JSON.stringify: it would escape a lone surrogate as \uD800, which the core refuses as JSON.
    const text = `{"as_of": "2017-11-26", "records": [{"kind": "professional_course", "date": "2017-05-20",
      "hours": 12.5, "title": "${title}"}]}`;
    const fromString = core.text.evaluate(text, null, '2017-11-26');
    assert.equal(fromString, core.text.evaluate(new TextEncoder().encode(text), null, '2017-11-26'));
    assert.equal(JSON.parse(fromString).ok, true);
    // TextEncoder writes a lone surrogate as U+FFFD; so must the way through UTF-16.
    assert.ok(JSON.parse(fromString).lines[0].text.includes(title.toWellFormed()), fromString);
  });
}

// The answer's way back, called directly: well-formed UTF-8 of every length
// becomes the same string TextDecoder gives; a sequence cut short or a stray
// continuation byte becomes a lone surrogate, which the loader's fatal decoder refuses.
const { instance } = await WebAssembly.instantiate(readFileSync(wasmFile), {
  env: { cehours_read_number: () => 0, emscripten_notify_memory_growth() {} },
  wasi_snapshot_preview1: { proc_exit() {} },
});
const wasm = instance.exports;
wasm._initialize();
function utf16Of(bytes) {
  const pointer = wasm.malloc(3 * bytes.length + 2);
  new Uint8Array(wasm.memory.buffer).set(bytes, pointer);
  const out = pointer + bytes.length + (bytes.length % 2);
  const count = wasm.cehours_utf16_of_utf8(pointer, bytes.length, out);
  const units = Array.from(new Uint16Array(wasm.memory.buffer, out, count));
  wasm.free(pointer);
  return units;
}
const unitsOf = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

test('well-formed UTF-8 of one to four bytes a character reads as TextDecoder reads it', () => {
  const text = 'a\u00e9\u0800现\uFFFD𠀀😀\u007f';
  assert.deepEqual(utf16Of(new TextEncoder().encode(text)), unitsOf(text));
});

for (const [what, bytes] of Object.entries({
  'a stray continuation byte': [0x61, 0x80, 0x62],
  'a three-byte sequence cut short by ASCII': [0xE7, 0x8E, 0x61],
  'a sequence cut short by the end': [0x61, 0xF0, 0x9F, 0x98],
})) {
  test(`${what} becomes a lone surrogate, which the fatal UTF-16 decoder refuses`, () => {
    const units = utf16Of(Uint8Array.from(bytes));
    assert.ok(units.includes(0xD800), JSON.stringify(units));
    assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(Uint16Array.from(units)), TypeError);
  });
}
