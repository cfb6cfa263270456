#!/usr/bin/env bash
# The browser test of the page 单位批量核查 (dist/cehours-unit.html, from
# file://), with the browser suite's Chromium and playwright-core. Needs the
# wasm build (build/wasm/cehours_batch_core.{js,wasm}) and build/native/cehours.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for needed in "$root/build/wasm/cehours_batch_core.js" "$root/build/wasm/cehours_batch_core.wasm" "$root/build/native/cehours"; do
  [ -e "$needed" ] || { echo "missing $needed: run cmake --workflow --preset wasm and --preset native first" >&2; exit 1; }
done
node "$root/web/unit/build_unit_page.mjs" --glue "$root/build/wasm/cehours_batch_core.js" \
  --wasm "$root/build/wasm/cehours_batch_core.wasm" --out "$root/dist/cehours-unit.html"
(cd "$root/tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec "$here"/*.test.mjs
