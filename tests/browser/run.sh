#!/usr/bin/env bash
# Runs every browser test of dist/cehours.html (opened from file://) with
# Debian's Chromium through playwright-core. Needs dist/cehours.html and
# build/native/cehours (the CLI is the reference for every number).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

for needed in "$root/dist/cehours.html" "$root/build/native/cehours"; do
  [ -e "$needed" ] || { echo "missing $needed: build the page and the native CLI first" >&2; exit 1; }
done
command -v chromium >/dev/null || { echo "missing chromium (apt-get install chromium)" >&2; exit 1; }

cd "$here"
npm ci --no-audit --no-fund --loglevel=error
node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs
