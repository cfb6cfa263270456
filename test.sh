#!/usr/bin/env bash
# Every test, on a fresh Debian machine: installs what is missing, builds
# everything (through run.sh --build-only), then runs each suite in turn.
set -euo pipefail
cd "$(dirname "$0")"

./run.sh --build-only

echo "== doctest suite and CLI fixtures (native)"
ctest --preset native

echo "== the same fixtures through the wasm build, byte-identical to the CLI"
node tests/wasm/parity_test.mjs

echo "All tests passed."
