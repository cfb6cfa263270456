#!/usr/bin/env bash
# Runs every browser test of dist/cehours.html (opened from file://) with
# Debian's Chromium through playwright-core. Needs the wasm build
# (build/wasm/cehours_{core,embed}.wasm) and build/native/cehours, the CLI that
# is the reference for every number. The page is rebuilt first (deterministic,
# well under a second) so the tests always see the current web/ sources.
. "$(dirname "$0")/../browser_suite.sh"
require_built build/wasm/cehours_core.wasm build/wasm/cehours_embed.wasm build/native/cehours

install_packages web
node "$root/web/build_page.mjs" --wasm "$root/build/wasm/cehours_core.wasm" --out "$root/dist/cehours.html"

install_packages tests/browser
run_test_files "$root/tests/browser"
