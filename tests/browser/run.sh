#!/usr/bin/env bash
# Runs every browser test of dist/cehours.html (opened from file://) with
# Debian's Chromium through playwright-core. Needs the wasm build
# (build/wasm/cehours_{core,embed}.wasm) and build/native/cehours, the CLI that
# is the reference for every number. The page is rebuilt first (deterministic,
# well under a second) so the tests always see the current web/ sources.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for needed in "$root/build/wasm/cehours_core.wasm" "$root/build/wasm/cehours_embed.wasm" "$root/build/native/cehours"; do
  [ -e "$needed" ] || { echo "missing $needed: run cmake --workflow --preset wasm and --preset native first" >&2; exit 1; }
done
command -v chromium >/dev/null || { echo "missing chromium (apt-get install chromium)" >&2; exit 1; }

(cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error)
node "$root/web/build_page.mjs" --wasm "$root/build/wasm/cehours_core.wasm" --out "$root/dist/cehours.html"

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
# One test file at a time: two cores are shared with the rest of the build.
node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec ./*.test.mjs
