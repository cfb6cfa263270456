#!/usr/bin/env bash
# The benchmark: builds everything (through run.sh --build-only), then prints
# the table of sizes, load times, recompute latency and memory.
#   tests/bench/run.sh [--loads N]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
./run.sh --build-only >/dev/null
cmake --build --preset native --target cehours_bench >/dev/null
(cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)
node tests/bench/bench.mjs "$@"
