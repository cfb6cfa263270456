// The build and the page's plain modules, checked in Node (no browser):
// the build is deterministic and self-contained, the inlined core inflates
// back to the built wasm, the forms' Chinese checks, and the page holds no
// rule number and no vocabulary of its own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from '../../web/node_modules/fflate/esm/index.mjs';
import { ROOT, scratch, CLI } from './helpers.mjs';
import { valuesToRecord, fieldsOf } from '../../web/src/kinds.js';

// The core's description of the built-in pack, as the page gets it from the wasm.
const VOCAB = JSON.parse(execFileSync(CLI, ['describe'], { encoding: 'utf8' }));
const fill = (kind, values) => valuesToRecord(kind, values, fieldsOf(VOCAB, kind));

const WASM = join(ROOT, 'build/wasm/cehours_core.wasm');

function build(out) {
  execFileSync(process.execPath, [join(ROOT, 'web/build_page.mjs'), '--wasm', WASM, '--out', out], { stdio: 'pipe' });
  return readFileSync(out);
}

test('the build is byte-identical run to run, and the page refers to nothing outside itself', () => {
  const first = build(join(scratch, 'a.html'));
  const second = build(join(scratch, 'b.html'));
  assert.ok(first.equals(second));
  const html = first.toString('utf8');
  // A fragment (the render-blocking expect link's #no-script) names a part of the page itself.
  assert.doesNotMatch(html, /<(script|img|link|iframe)[^>]*\s(src|href)=(?!"#)/i);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.equal((html.match(/<script/g) || []).length, 2);
});

test('the core inlined in the page (zopfli, base64) inflates back to the built wasm, as web/src/core.js does it', () => {
  const html = build(join(scratch, 'c.html')).toString('utf8');
  const [, size, base64] = html.match(/<script type="application\/octet-stream" id="cehours-wasm" data-size="(\d+)">([^<]*)<\/script>/);
  const back = inflateSync(new Uint8Array(Buffer.from(base64, 'base64')), { out: new Uint8Array(Number(size)) });
  assert.ok(Buffer.from(back).equals(readFileSync(WASM)));
});

test('the forms check each field in Chinese and send only the document\'s fields', () => {
  const ok = fill('converted', { date: '2017-08-01', subtype: 'self_study', hours: '１２.５', for_year: '2015', certificate: '', title: '' });
  assert.deepEqual(ok.record, { kind: 'converted', date: '2017-08-01', subtype: 'self_study', hours: 12.5, for_year: 2015 });
  const cases = [
    ['language_exam', { date: '2017-02-29', level: 'B', score: '60' }, 'date', /无效/],
    ['language_exam', { date: '2017-03-01', level: '', score: '60' }, 'level', /请选择级别/],
    ['language_exam', { date: '2017-03-01', level: 'A', score: '100.5' }, 'score', /不能超过100/],
    ['language_exam', { date: '2017-03-01', level: 'A', score: 'abc' }, 'score', /应为数字/],
    ['computer_module', { date: '2017-03-01', module: '  ', passed: true }, 'module', /请填写模块名称/],
    ['special_training', { date: '2017-03-01', hours: '0.05', passed: true }, 'hours', /一位小数/],
    ['special_training', { date: '2017-03-01', hours: '501', passed: true }, 'hours', /不能超过500/],
    ['registered', { year: '', category: 'public', hours: '3' }, 'year', /请选择年度/],
    ['registered', { year: '2016', category: 'public', hours: '3', title: '长'.repeat(201) }, 'title', /200字/],
  ];
  for (const [kind, values, field, message] of cases) {
    const { record, errors } = fill(kind, values);
    assert.equal(record, null, `${kind} ${field}`);
    assert.match(errors[field], message, `${kind} ${field}`);
  }
});

test('the page holds no rule number: 30/60/90 come from the rule pack', () => {
  const dir = join(ROOT, 'web/src');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js') && n !== 'sample.js')) {
    const code = readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => !line.trim().startsWith('//')).join('\n');
    assert.doesNotMatch(code, /\b(30|60|90)\b/, name);
  }
});

test('the page holds no vocabulary: kinds, levels, subtypes and affiliations come from the core', () => {
  const options = (name) => VOCAB.kinds.flatMap((k) => k.fields).filter((f) => f.name === name).flatMap((f) => f.options.map((o) => o.id));
  const words = [...VOCAB.kinds.map((k) => k.id), ...options('level'), ...options('subtype'), ...VOCAB.affiliations.map((a) => a.id),
    ...VOCAB.kinds.map((k) => k.name), ...VOCAB.affiliations.map((a) => a.name)];
  assert.ok(words.length > 15);
  const dir = join(ROOT, 'web/src');
  // sample.js is one person's records under the 2017 pack (the 示例 button): data, not vocabulary.
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.js') && n !== 'sample.js')) {
    const code = readFileSync(join(dir, name), 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).join('\n');
    for (const word of new Set(words)) {
      // An id is a quoted literal ('county', 'B'); a name is any mention (县区所属单位).
      const literal = /^[\w-]+$/.test(word) ? new RegExp(`['"\`]${word}['"\`]`) : new RegExp(word);
      assert.doesNotMatch(code, literal, `${name} names ${word}`);
    }
  }
});
