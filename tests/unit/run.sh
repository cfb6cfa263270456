#!/usr/bin/env bash
# The browser test of the page 单位批量核查 (dist/cehours-unit.html, from
# file://), with the browser suite's Chromium and playwright-core. Needs the
# wasm build (build/wasm/cehours_batch.wasm) and build/native/cehours. The page
# is rebuilt first so the test sees the current web/unit sources.
. "$(dirname "$0")/../browser_suite.sh"
require_built build/wasm/cehours_batch.wasm build/native/cehours

ensure_packages web terser
node "$root/web/unit/build_unit_page.mjs" --wasm "$root/build/wasm/cehours_batch.wasm" --out "$root/dist/cehours-unit.html"

ensure_packages tests/browser playwright-core
run_test_files "$root/tests/unit"
