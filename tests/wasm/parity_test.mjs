// Runs every fixture through the wasm build in Node and through the native
// CLI, and requires byte-identical JSON: the page and the CLI must agree.
// Also the core's description of each shipped pack, wasm against `cehours describe`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../../wasm/cehours_core_api.js';
import { loadBatchCore } from '../../wasm/cehours_batch_api.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const cli = join(root, 'build', 'native', 'cehours');
const core = await loadCore(readFileSync(join(root, 'build', 'wasm', 'cehours_core.wasm')));

// The CLI takes "today" from the clock; fixtures carry as_of, so it only
// matters for documents that fail before as_of is read.
const today = new Date().toISOString().slice(0, 10);

function runCli(args) {
  try {
    return execFileSync(cli, args, { encoding: 'utf8' });
  } catch (failure) {
    if (failure.status === 2) return failure.stdout;  // invalid input: the error document is still printed
    throw failure;
  }
}

const inputs = readdirSync(fixtures).filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'));
test('there are fixtures', () => assert.ok(inputs.length > 0, `no fixtures in ${fixtures}`));
for (const name of inputs) {
  test(`fixture ${name}: wasm and native identical`, () => {
    const file = join(fixtures, name);
    assert.equal(core.text.evaluate(readFileSync(file, 'utf8'), null, today) + '\n', runCli([file]));
  });
}

// The hostile corpus, byte for byte: numbers past every integer and double
// range, bad escapes and bytes reach the wasm core's own number reading
// (wasm/lean_libc.cpp) and must be answered exactly as the C library answers
// them natively. Inputs go in as bytes, as the CLI reads them.
const hostile = join(root, 'tests', 'hostile');
for (const name of readdirSync(join(hostile, 'records'))) {
  test(`hostile records ${name}: wasm and native identical`, () => {
    const file = join(hostile, 'records', name);
    assert.equal(core.text.evaluate(readFileSync(file), null, today) + '\n', runCli([file]));
  });
}
for (const name of readdirSync(join(hostile, 'packs'))) {
  test(`hostile pack ${name}: wasm and native identical`, () => {
    const file = join(hostile, 'packs', name);
    const records = join(fixtures, 'city-engineer-complete-2017.json');
    assert.equal(core.text.evaluate(readFileSync(records), readFileSync(file), today) + '\n', runCli(['--rules', file, records]));
  });
}

for (const pack of ['static/rules/linyi-2017.json', 'tests/packs/example-with-conversion-table.json',
  'tests/packs/example-2018-no-make-up.json']) {
  test(`describe ${pack}: wasm and native identical`, () => {
    const file = join(root, pack);
    assert.equal(core.text.describe(readFileSync(file, 'utf8')) + '\n', runCli(['describe', '--rules', file]));
  });
}

// The unit page's batch core, through the same loader (its batch shape): the table and each
// person's result as `cehours batch` writes them (the CSV without its byte
// order mark, the JSON lines one result each).
const batch = await loadBatchCore(readFileSync(join(root, 'build', 'wasm', 'cehours_batch.wasm')));
const BOM = '\uFEFF';
for (const name of ['unit.csv', 'unit-english-headers.csv', 'bad-rows.csv', 'empty.csv', 'formula-names.csv']) {
  test(`batch ${name}: wasm and native identical`, () => {
    const file = join(fixtures, 'batch', name);
    const asOf = '2017-11-26';
    const opened = batch.open(readFileSync(file), asOf);
    assert.equal(opened.ok, true);
    assert.equal(BOM + batch.csv(), runCli(['batch', '--as-of', asOf, file]));
    const lines = Array.from({ length: opened.persons }, (_, i) => batch.text.result(i) + '\n').join('');
    assert.equal(lines, runCli(['batch', '--as-of', asOf, '--format', 'jsonl', file]));
  });
}
