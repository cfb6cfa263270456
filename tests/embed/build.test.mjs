// The embed's build, checked in Node: byte-identical run to run; nothing in
// it that a strict CSP refuses (eval, new Function, HTML strings, inline
// styles) nor an AMD define() that would trip RequireJS on an old site; the
// lean start of the core (web/src/wasm_instance.js) answers exactly as the
// Emscripten glue does, heap growth included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, scratch } from '../browser/helpers.mjs';
import { tokenizer } from '/usr/share/nodejs/acorn/dist/acorn.mjs';
import { bundle, minifyJs } from '../../web/bundle.mjs';
import { glueLayout } from '../../web/glue_layout.mjs';
import { instantiateCore } from '../../web/src/wasm_instance.js';
import { loadCore } from '../../wasm/cehours_core_api.js';

const GLUE = join(ROOT, 'build/wasm/cehours_core.js');
const WASM = join(ROOT, 'build/wasm/cehours_core.wasm');

function build(out) {
  execFileSync(process.execPath, [join(ROOT, 'web/build_embed.mjs'), '--glue', GLUE, '--wasm', WASM, '--out', out], { stdio: 'pipe' });
  return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
}

test('the embed build is byte-identical run to run: cehours-embed.js and cehours-core.wasm', () => {
  const first = build(join(scratch, 'embed-a', 'embed'));
  const second = build(join(scratch, 'embed-b', 'embed'));
  assert.deepEqual(Object.keys(first).sort(), ['cehours-core.wasm', 'cehours-embed.js']);
  for (const name of Object.keys(first)) assert.ok(first[name].equals(second[name]), name);
  // What a bureau page downloads (the budget itself is tests/bench/size_budget.json's).
  const gzip = Object.fromEntries(Object.entries(first).map(([name, bytes]) => [name, gzipSync(bytes, { level: 9 }).length]));
  console.log(`gzip: ${JSON.stringify(gzip)}, total ${gzip['cehours-embed.js'] + gzip['cehours-core.wasm']} bytes`);
});

test('the minifier keeps every token as it was (the page\'s bundle and the embed\'s)', () => {
  const tokens = (code) => Array.from(tokenizer(code, { ecmaVersion: 2022 }), (t) => code.slice(t.start, t.end));
  for (const entry of ['src/main.js', 'src/embed.js']) {
    const source = bundle(join(ROOT, 'web', entry));
    assert.deepEqual(tokens(minifyJs(source)), tokens(source), entry);
  }
});

test('nothing a strict CSP or an old site refuses', () => {
  const script = readFileSync(join(ROOT, 'dist/embed/cehours-embed.js'), 'utf8');
  for (const pattern of [/\beval\s*\(/, /new\s+Function\b/, /\bFunction\s*\(/, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
    /setAttribute\(\s*['"]style/, /(^|[^.\w$])define\s*\(/, /data:application/]) {
    assert.doesNotMatch(script, pattern);
  }
  // The page's glue too: built with -sDYNAMIC_EXECUTION=0.
  assert.doesNotMatch(readFileSync(GLUE, 'utf8'), /\beval\s*\(|new\s+Function\b/);
});

test('the lean start answers exactly as the Emscripten glue, heap growth included', async () => {
  const bytes = readFileSync(WASM);
  const glue = await loadCore(createRequire(import.meta.url)(GLUE), bytes);
  const lean = await loadCore(({ wasmBinary }) => instantiateCore(wasmBinary, glueLayout(readFileSync(GLUE, 'utf8'))), bytes);
  assert.equal(lean.defaultPack(), glue.defaultPack());
  const fixtures = join(ROOT, 'tests/fixtures');
  const inputs = readdirSync(fixtures).filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json')).slice(0, 40);
  for (const name of inputs) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    assert.equal(lean.evaluate(text, null, '2017-11-26'), glue.evaluate(text, null, '2017-11-26'), name);
  }
  // 10,000 records (the core's own bound) outgrow the initial 16 MB heap.
  const many = { as_of: '2017-11-26', records: Array.from({ length: 10000 }, (_, i) => ({ kind: 'special_training', date: '2017-08-15', hours: 1, title: `培训${i}` })) };
  const big = JSON.stringify(many);
  assert.equal(lean.evaluate(big, null, '2017-11-26'), glue.evaluate(big, null, '2017-11-26'));
});

test('the lean start refuses a glue that asks for more than it provides', () => {
  const glue = readFileSync(GLUE, 'utf8').replace(/var asmLibraryArg=\{/, 'var asmLibraryArg={"z":_fd_write,');
  assert.throws(() => glueLayout(glue), /imports _fd_write/);
});
