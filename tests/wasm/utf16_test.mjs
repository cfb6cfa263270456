// The loader hands JavaScript strings to the core as UTF-16 code units and
// reads answers back so (wasm/utf16.cpp): a string must read exactly as its
// TextEncoder bytes do, whatever characters it holds, and a malformed answer
// must fail loudly rather than be shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore, loadModule } from '../../wasm/cehours_core_api.js';

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
// continuation byte is refused (-1), on which the loader throws.
// The module's exports, started by the loader with its own imports, called without its text shapes.
const { exports: wasm } = await loadModule(readFileSync(wasmFile), (calls) => calls);
/** `bytes` copied into the core's memory; the caller frees the pointer. */
function copiedIn(bytes) {
  const pointer = wasm.malloc(bytes.length);
  new Uint8Array(wasm.memory.buffer).set(bytes, pointer);
  return pointer;
}
/** The converter's count and the code units it wrote (none when it refused). */
function utf16Of(bytes) {
  const pointer = copiedIn(bytes);
  const out = wasm.malloc(2 * bytes.length);
  const count = wasm.cehours_utf16_of_utf8(pointer, bytes.length, out);
  const units = count < 0 ? [] : Array.from(new Uint16Array(wasm.memory.buffer, out, count));
  wasm.free(out);
  wasm.free(pointer);
  return { count, units };
}
const unitsOf = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

test('well-formed UTF-8 of one to four bytes a character reads as TextDecoder reads it', () => {
  const text = 'a\u00e9\u0800现\uFFFD𠀀😀\u007f';
  assert.deepEqual(utf16Of(new TextEncoder().encode(text)).units, unitsOf(text));
});

test('an answer many slices of String.fromCharCode long reads as the core\'s UTF-8 bytes do', () => {
  // Titles of one-, two-, three- and four-byte characters: the loader's slices end inside surrogate pairs too.
  const title = (n) => Array.from({ length: 150 }, (_, i) => ['a', 'é', '现', '😀'][(i + n) % 4]).join('');
  const records = Array.from({ length: 100 }, (_, n) => ({ kind: 'professional_course', date: '2017-05-20', hours: 1.5, title: title(n) }));
  const text = JSON.stringify({ as_of: '2017-11-26', records });
  const answer = core.text.evaluate(text, null, '2017-11-26');
  assert.ok(answer.length > 3 * 8192, `${answer.length} code units`);
  // The same call read straight from the core's memory, through TextDecoder rather than the loader.
  const bytes = new TextEncoder().encode(text);
  const date = new TextEncoder().encode('2017-11-26');
  const pointer = copiedIn(bytes);
  const datePointer = copiedIn(date);
  const at = wasm.cehours_evaluate(pointer, bytes.length, 0, 0, datePointer, date.length);
  const direct = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(wasm.memory.buffer, at, wasm.cehours_result_length()));
  wasm.free(pointer);
  wasm.free(datePointer);
  assert.equal(answer, direct);
  assert.ok(JSON.parse(answer).lines.some((line) => line.text.includes(title(7))));
});

for (const [what, bytes] of Object.entries({
  'a stray continuation byte': [0x61, 0x80, 0x62],
  'a three-byte sequence cut short by ASCII': [0xE7, 0x8E, 0x61],
  'a sequence cut short by the end': [0x61, 0xF0, 0x9F, 0x98],
})) {
  test(`${what} is refused rather than read`, () => {
    const { count } = utf16Of(Uint8Array.from(bytes));
    assert.equal(count, -1);
    // What the loader then does with the count: the view of the answer cannot be made.
    assert.throws(() => new Uint16Array(wasm.memory.buffer, 0, count), RangeError);
  });
}
