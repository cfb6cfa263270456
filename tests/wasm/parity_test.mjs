// Runs every fixture through the wasm build in Node and through the native
// CLI, and requires byte-identical JSON: the page and the CLI must agree.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCore } from '../../wasm/cehours_core_api.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const cli = join(root, 'build', 'native', 'cehours');
const core = await loadCore(readFileSync(join(root, 'build', 'wasm', 'cehours_core.wasm')));

// The CLI takes "today" from the clock; fixtures carry as_of, so it only
// matters for documents that fail before as_of is read.
const today = new Date().toISOString().slice(0, 10);

function runCli(file) {
  try {
    return execFileSync(cli, [file], { encoding: 'utf8' });
  } catch (failure) {
    if (failure.status === 2) return failure.stdout;  // invalid input: the error document is still printed
    throw failure;
  }
}

let failures = 0;
const inputs = readdirSync(fixtures).filter((name) => name.endsWith('.json') && !name.endsWith('.expected.json'));
for (const name of inputs) {
  const file = join(fixtures, name);
  const native = runCli(file);
  const wasm = core.text.evaluate(readFileSync(file, 'utf8'), null, today) + '\n';
  if (native === wasm) {
    console.log(`ok    ${name}`);
  } else {
    failures += 1;
    console.log(`FAIL  ${name}\n  native: ${native.slice(0, 300)}\n  wasm:   ${wasm.slice(0, 300)}`);
  }
}
if (inputs.length === 0) throw new Error(`no fixtures in ${fixtures}`);
console.log(`${inputs.length - failures}/${inputs.length} fixtures identical in wasm and native`);
process.exit(failures === 0 ? 0 : 1);
