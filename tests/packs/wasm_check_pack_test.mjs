// The page's "核对规则" runs check-pack in the browser: through the wasm build,
// every shipped pack must give the same report as `cehours check-pack --format
// json`, byte for byte, and the example conversion pack must evaluate to its
// golden file. (The broken packs, JSON Patches of these, are refused in the
// doctest suite, which runs the same core code.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../../wasm/cehours_core_api.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const packs = join(root, 'tests', 'packs');
const cli = join(root, 'build', 'native', 'cehours');
const core = await loadCore(readFileSync(join(root, 'build', 'wasm', 'cehours_core.wasm')));

function nativeReport(pack) {
  try {
    return execFileSync(cli, ['check-pack', '--format', 'json', pack], { encoding: 'utf8' });
  } catch (failure) {
    if (failure.status === 2) return failure.stdout;  // a refused pack still prints its report
    throw failure;
  }
}

function wasmReport(pack) {
  const cases = pack.replace(/\.json$/, '.cases.json');
  return core.text.checkPack(readFileSync(pack, 'utf8'), existsSync(cases) ? readFileSync(cases, 'utf8') : null) + '\n';
}

for (const pack of [join(root, 'static', 'rules', 'linyi-2017.json'), join(packs, 'example-with-conversion-table.json'),
  join(packs, 'example-2018-no-make-up.json')]) {
  test(`check-pack ${pack.slice(root.length + 1)}: wasm report identical to the CLI's, and ok`, () => {
    const report = wasmReport(pack);
    assert.equal(report, nativeReport(pack));
    assert.equal(JSON.parse(report).ok, true);
  });
}

test('the built-in pack passes its own cases', () => {
  const builtIn = core.checkPack();
  assert.equal(builtIn.ok, true);
  assert.ok(builtIn.passed >= 20, `${builtIn.passed} passed, ${builtIn.failed} failed`);
});

test('the example conversion pack evaluates to its golden file', () => {
  const example = join(packs, 'example-with-conversion-table');
  const evaluated = core.text.evaluate(readFileSync(`${example}.records.json`, 'utf8'), readFileSync(`${example}.json`, 'utf8'), '2017-11-26');
  assert.equal(evaluated + '\n', readFileSync(`${example}.expected.json`, 'utf8'));
});
