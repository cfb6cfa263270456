#!/usr/bin/env bash
# Runs every test of the embed (dist/embed/, <cehours-calculator>, the bureau
# example under a strict CSP, the iframe alternative) with Debian's Chromium
# through the playwright-core (and axe-core) that tests/browser installs. Needs the wasm
# build (build/wasm/cehours_{core,embed}.wasm) and build/native/cehours, the CLI
# that is the reference for every number. dist/ is rebuilt first
# (deterministic, about a second) so the tests see the current web/ sources.
. "$(dirname "$0")/../browser_suite.sh"
require_built build/wasm/cehours_core.wasm build/wasm/cehours_embed.wasm build/native/cehours

ensure_packages web terser
node "$root/web/build_page.mjs" --wasm "$root/build/wasm/cehours_core.wasm" --out "$root/dist/cehours.html"
node "$root/web/build_embed.mjs" --wasm "$root/build/wasm/cehours_embed.wasm" --out "$root/dist/embed"

ensure_packages tests/browser playwright-core
run_test_files "$root/tests/embed"
