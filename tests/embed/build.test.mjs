// The embed's build, checked in Node: byte-identical run to run; nothing in
// it that a strict CSP refuses (eval, new Function, HTML strings, inline
// styles) nor an AMD define() that would trip RequireJS on an old site; the
// embed's core (no "核对规则") answers exactly as the page's, heap growth
// included; the loader refuses a module that needs what it does not provide.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, scratch } from '../browser/helpers.mjs';
import { instantiateCore, loadCore } from '../../wasm/cehours_core_api.js';

const PAGE_WASM = join(ROOT, 'build/wasm/cehours_core.wasm');
const EMBED_WASM = join(ROOT, 'build/wasm/cehours_embed.wasm');

function build(out) {
  execFileSync(process.execPath, [join(ROOT, 'web/build_embed.mjs'), '--wasm', EMBED_WASM, '--out', out], { stdio: 'pipe' });
  return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
}

test('the embed build is byte-identical run to run: cehours-embed.js and cehours-core.wasm', () => {
  const first = build(join(scratch, 'embed-a', 'embed'));
  const second = build(join(scratch, 'embed-b', 'embed'));
  assert.deepEqual(Object.keys(first).sort(), ['cehours-core.wasm', 'cehours-embed.js']);
  for (const name of Object.keys(first)) assert.ok(first[name].equals(second[name]), name);
  // ASCII only: the host page's encoding is the site's, GBK included.
  assert.doesNotMatch(first['cehours-embed.js'].toString('latin1').split('\n').slice(1).join('\n'), /[^\x00-\x7f]/);
  // What a bureau page downloads (the budget itself is tests/bench/size_budget.json's).
  const gzip = Object.fromEntries(Object.entries(first).map(([name, bytes]) => [name, gzipSync(bytes, { level: 9 }).length]));
  console.log(`gzip: ${JSON.stringify(gzip)}, total ${gzip['cehours-embed.js'] + gzip['cehours-core.wasm']} bytes`);
});

test('nothing a strict CSP or an old site refuses', () => {
  const script = readFileSync(join(ROOT, 'dist/embed/cehours-embed.js'), 'utf8');
  for (const pattern of [/\beval\s*\(/, /new\s+Function\b/, /\bFunction\s*\(/, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/,
    /setAttribute\(\s*['"]style/, /(^|[^.\w$])define\s*\(/, /data:application/]) {
    assert.doesNotMatch(script, pattern);
  }
});

test('the embed\'s core answers exactly as the page\'s, heap growth included, and has no 核对规则', async () => {
  const page = await loadCore(readFileSync(PAGE_WASM));
  const embed = await loadCore(readFileSync(EMBED_WASM));
  assert.equal(embed.checkPack, undefined);
  assert.equal(embed.text.defaultPack(), page.text.defaultPack());
  const fixtures = join(ROOT, 'tests/fixtures');
  const inputs = readdirSync(fixtures).filter((n) => n.endsWith('.json') && !n.endsWith('.expected.json'));
  for (const name of inputs) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    assert.equal(embed.text.evaluate(text, null, '2017-11-26'), page.text.evaluate(text, null, '2017-11-26'), name);
  }
  // 10,000 records (the core's own bound) outgrow the initial 16 MB heap.
  const many = { as_of: '2017-11-26', records: Array.from({ length: 10000 }, (_, i) => ({ kind: 'special_training', date: '2017-08-15', hours: 1, title: `培训${i}` })) };
  assert.equal(embed.text.evaluate(many, null, '2017-11-26'), page.text.evaluate(many, null, '2017-11-26'));
  assert.equal(embed.evaluate(many, null, '2017-11-26').ok, true);
});

test('the loader refuses a module that imports more than it provides', () => {
  // A module importing env.fd_write: () -> ().
  const module = new WebAssembly.Module(new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
    0x02, 0x10, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x08, 0x66, 0x64, 0x5f, 0x77, 0x72, 0x69, 0x74, 0x65, 0x00, 0x00,
  ]));
  assert.throws(() => instantiateCore(module), /env\.fd_write/);
});
