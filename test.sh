#!/usr/bin/env bash
# Every test, on a fresh Debian machine: installs what is missing, builds
# everything (through run.sh), then runs each suite in turn, fastest first.
set -euo pipefail
cd "$(dirname "$0")"

./run.sh --build-only --with-test-tools

echo "== native: doctest suite, CLI fixtures, the batch check's CSV files, rule packs and their cases, hostile corpus"
ctest --preset native

echo "== wasm in Node: fixtures byte-identical to the CLI, text handed over as UTF-16, check-pack reports, hostile corpus"
node tests/wasm/parity_test.mjs
node tests/wasm/utf16_test.mjs
node tests/packs/wasm_check_pack_test.mjs
node tests/hostile/run_wasm.mjs

echo "== size budget of what a visitor downloads"
node tests/bench/size_budget.mjs

echo "== the page in headless Chromium: forms vs CLI, persistence, hostile input, accessibility, screenshots"
tests/browser/run.sh

echo "== the page 单位批量核查: a GBK CSV through the file input, 未达标, a person, the export equal to the CLI's"
tests/unit/run.sh

echo "== the embed: <cehours-calculator> under a strict CSP header, the iframe, the bureau example"
tests/embed/run.sh

echo "== the whole native suite under AddressSanitizer + UndefinedBehaviorSanitizer"
cmake --workflow --preset asan

echo "== a bounded libFuzzer run over evaluate_json (tests/fuzz/README.md: running it longer)"
tests/fuzz/run.sh 60

echo "All tests passed."
