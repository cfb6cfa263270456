#!/usr/bin/env bash
# Runs every test of the embed (dist/embed/, <cehours-calculator>, the bureau
# example under a strict CSP, the iframe alternative) with Debian's Chromium
# through the playwright-core (and axe-core) that tests/browser installs. Needs the wasm
# build (build/wasm/cehours_{core,embed}.wasm) and build/native/cehours, the CLI
# that is the reference for every number. dist/ is rebuilt first
# (deterministic, about a second) so the tests see the current web/ sources.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for needed in "$root/build/wasm/cehours_core.wasm" "$root/build/wasm/cehours_embed.wasm" "$root/build/native/cehours"; do
  [ -e "$needed" ] || { echo "missing $needed: run cmake --workflow --preset wasm and --preset native first" >&2; exit 1; }
done
command -v chromium >/dev/null || { echo "missing chromium (apt-get install chromium)" >&2; exit 1; }

[ -d "$root/web/node_modules/esbuild" ] || (cd "$root/web" && npm ci --no-audit --no-fund --loglevel=error)
node "$root/web/build_page.mjs" --wasm "$root/build/wasm/cehours_core.wasm" --out "$root/dist/cehours.html"
node "$root/web/build_embed.mjs" --wasm "$root/build/wasm/cehours_embed.wasm" --out "$root/dist/embed"

# tests/browser/run.sh (run before this by test.sh) keeps those packages current;
# installing again here would pull them from under a browser suite still running.
[ -d "$root/tests/browser/node_modules/playwright-core" ] || (cd "$root/tests/browser" && npm ci --no-audit --no-fund --loglevel=error)
cd "$here"
# One test file at a time: two cores are shared with the rest of the build.
node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec ./*.test.mjs
