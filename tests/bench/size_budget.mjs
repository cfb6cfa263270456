// The size test: sizes are deterministic, so unlike timings they
// can fail a build. Fails when a shipped file grows past its gzip budget
// (size_budget.json says why each budget is what it is).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const budgets = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'size_budget.json'), 'utf8'));

function filesOf(path) {
  const full = join(root, path);
  if (!existsSync(full)) throw new Error(`${path} is missing: build it first (./run.sh --build-only)`);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full).map((name) => join(full, name)).filter((file) => statSync(file).isFile());
}

for (const budget of budgets.budgets) {
  test(`${budget.path} within ${budget.gzip_bytes} bytes gzip -9`, () => {
    // A budget of several files together (a visit's downloads) lists them; else its path is one file or folder.
    const files = budget.files ? budget.files.flatMap(filesOf) : filesOf(budget.path);
    const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    console.log(`${budget.path}: ${bytes} bytes gzip -9, budget ${budget.gzip_bytes}`);
    assert.ok(bytes <= budget.gzip_bytes, `${bytes} bytes, over the budget by ${bytes - budget.gzip_bytes}`);
  });
}
