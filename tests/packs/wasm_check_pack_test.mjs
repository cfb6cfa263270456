// The page's "核对规则" runs check-pack in the browser: through the wasm build,
// every pack here must give the same report as `cehours check-pack --format
// json`, byte for byte, and the example conversion pack must evaluate to its
// golden file.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

const all = [join(root, 'static', 'rules', 'linyi-2017.json'), join(packs, 'example-with-conversion-table.json'),
  ...readdirSync(join(packs, 'broken')).filter((name) => name.endsWith('.json')).map((name) => join(packs, 'broken', name))];
let failures = 0;
for (const pack of all) {
  const same = nativeReport(pack) === wasmReport(pack);
  failures += same ? 0 : 1;
  console.log(`${same ? 'ok  ' : 'FAIL'}  check-pack ${pack.slice(root.length + 1)}`);
}

const builtIn = core.checkPack();
if (!builtIn.ok || builtIn.passed < 20) {
  failures += 1;
  console.log(`FAIL  the built-in pack's own cases: ${builtIn.passed} passed, ${builtIn.failed} failed`);
}

const example = join(packs, 'example-with-conversion-table');
const evaluated = core.text.evaluate(readFileSync(`${example}.records.json`, 'utf8'), readFileSync(`${example}.json`, 'utf8'), '2017-11-26') + '\n';
const golden = evaluated === readFileSync(`${example}.expected.json`, 'utf8');
failures += golden ? 0 : 1;
console.log(`${golden ? 'ok  ' : 'FAIL'}  example conversion pack evaluates to its golden file`);

if (failures > 0) {
  console.log(`${failures} failure(s)`);
  process.exit(1);
}
console.log(`${all.length} packs: wasm check-pack reports identical to the CLI`);
