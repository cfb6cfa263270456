#!/usr/bin/env bash
# Every test, on a fresh Debian machine: installs what is missing, builds
# everything (through run.sh --build-only), then runs each suite in turn.
set -euo pipefail
cd "$(dirname "$0")"

./run.sh --build-only --with-test-tools

echo "== doctest suite and CLI fixtures (native)"
ctest --preset native

echo "== the same fixtures through the wasm build, byte-identical to the CLI"
node tests/wasm/parity_test.mjs

echo "== the page in headless Chromium: forms vs CLI, persistence, accessibility, screenshots"
tests/browser/run.sh

echo "All tests passed."
