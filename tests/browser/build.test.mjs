// The build and the page's plain modules, checked in Node (no browser):
// the build is deterministic and self-contained, the inlined core inflates
// back to the built wasm, the forms' Chinese checks, and the page holds no
// rule number and no vocabulary of its own.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { ROOT, scratch, CLI } from './helpers.mjs';
import { valuesToRecord, fieldsOf } from '../../web/src/kinds.js';
import { shellText } from '../../web/src/shell_text.js';
import { readSaved } from '../../web/src/store_schema.js';

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
  assert.doesNotMatch(html, /<(script|img|link|iframe)[^>]*\s(src|href)=/i);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  // The inlined core, the few bytes ahead of the shell that hold early presses, and the page's script.
  assert.equal((html.match(/<script/g) || []).length, 3);
});

test('the core inlined in the page (zlib by zopfli, base64) inflates back to the built wasm, as web/src/inflate.js does it', () => {
  const html = build(join(scratch, 'c.html')).toString('utf8');
  const [, size, base64] = html.match(/<script type="application\/octet-stream" id="cehours-wasm" data-size="(\d+)">([^<]*)<\/script>/);
  const back = inflateSync(Buffer.from(base64, 'base64'));
  assert.equal(back.length, Number(size));
  assert.ok(back.equals(readFileSync(WASM)));
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

// The page's own code, without its comments: web/src, and the unit page's web/unit.
function pageCode() {
  return ['web/src', 'web/unit'].flatMap((folder) => readdirSync(join(ROOT, folder))
    .filter((n) => /\.(js|mjs|html)$/.test(n))
    .map((n) => ({
      name: `${folder}/${n}`,
      code: readFileSync(join(ROOT, folder, n), 'utf8').split('\n').filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).join('\n'),
    })));
}

test('the page holds no rule number: 30/60/90 come from the rule pack', () => {
  for (const { name, code } of pageCode().filter((f) => f.name.startsWith('web/src/'))) {
    assert.doesNotMatch(code, /\b(30|60|90)\b/, name);
  }
});

// Every pack the project ships or tests with, as the core describes it.
const PACK_FILES = [
  ...readdirSync(join(ROOT, 'static/rules')).filter((n) => /^[\w-]+\.json$/.test(n) && !/\.(cases|clauses|schema)\.json$/.test(n)).map((n) => join(ROOT, 'static/rules', n)),
  ...readdirSync(join(ROOT, 'tests/packs')).filter((n) => /^example-[\w-]+\.json$/.test(n) && !/\.(cases|expected|records)\.json$/.test(n)).map((n) => join(ROOT, 'tests/packs', n)),
];

test('the page holds no vocabulary: kinds, levels, subtypes and affiliations of every pack come from the core', () => {
  assert.ok(PACK_FILES.length >= 3, PACK_FILES.join(' '));
  const words = new Set();
  for (const file of PACK_FILES) {
    const vocab = JSON.parse(execFileSync(CLI, ['describe', '--rules', file], { encoding: 'utf8' }));
    const options = (name) => vocab.kinds.flatMap((k) => k.fields).filter((f) => f.name === name).flatMap((f) => f.options.map((o) => o.id));
    for (const word of [...vocab.kinds.map((k) => k.id), ...options('level'), ...options('subtype'), ...vocab.affiliations.map((a) => a.id),
      ...vocab.kinds.map((k) => k.name), ...vocab.affiliations.map((a) => a.name)]) words.add(word);
  }
  assert.ok(words.size > 15);
  for (const { name, code } of pageCode()) {
    for (const word of words) {
      // An id is a quoted literal ('county', 'B'); a name is any mention (县区所属单位).
      const literal = /^[\w-]+$/.test(word) ? new RegExp(`['"\`]${word}['"\`]`) : new RegExp(word);
      assert.doesNotMatch(code, literal, `${name} names ${word}`);
    }
  }
});

// The frame names its notice before the core is up (the first paint); the words are a copy of
// the built-in pack's, kept equal here. A pack chosen later is named by the footer, from the pack.
test('the frame names the notice as the built-in pack does', () => {
  const pack = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
  assert.ok(shellText('zh-CN').basis.includes(`《${pack.document.title}》（${pack.document.number}）`), shellText('zh-CN').basis);
  assert.ok(shellText('en').basis.includes(pack.document.number), shellText('en').basis);
});

// The saved affiliation is checked before the core is up, by its shape alone: the page keeps
// exactly the ids a pack can have, the longest key the core reads and no longer.
test('a saved affiliation id is kept up to the longest key the core reads in a pack', () => {
  const pack = JSON.parse(readFileSync(join(ROOT, 'static/rules/linyi-2017.json'), 'utf8'));
  const described = (id) => {
    const file = join(scratch, 'affiliation-id.json');
    writeFileSync(file, JSON.stringify({ ...pack, affiliations: { ...pack.affiliations, [id]: { name: '示例' } } }));
    try {
      return JSON.parse(execFileSync(CLI, ['describe', '--rules', file], { encoding: 'utf8' })).ok;
    } catch (refused) {
      return JSON.parse(refused.stdout).ok;
    }
  };
  const saved = (id) => readSaved(JSON.stringify({ version: 1, profile: { affiliation: id }, as_of: null, records: [] })).state.profile.affiliation === id;
  for (const length of [1, 100, 101]) {
    const id = 'a'.repeat(length);
    assert.equal(saved(id), described(id), `an affiliation id of ${length} characters`);
  }
  assert.equal(saved('a'.repeat(100)), true);
});
