#!/usr/bin/env bash
# The main job: install what is missing, build the core (native CLI and
# WebAssembly) and the page, then serve dist/ on http://127.0.0.1:8080/.
#   ./run.sh               build and serve
#   ./run.sh --build-only  build, do not serve
#   ./run.sh --build-only --with-test-tools   also install what the tests need (test.sh)
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages the build needs (and, with --with-test-tools, the tests);
# installed only when missing.
# binaryen's wasm-opt shrinks the core after linking; zopfli deflates the page's copy of it.
packages=(cmake g++ make emscripten binaryen zopfli nlohmann-json3-dev doctest-dev)
# Node.js and npm may come from elsewhere (NodeSource's nodejs bundles npm and
# conflicts with Debian's npm package): ask Debian only for what is missing.
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)
if [ "${1:-}" = "--build-only" ] && [ "${2:-}" = "--with-test-tools" ]; then
  # Chromium for the browser tests (a Chinese font so screenshots show text),
  # clang with its sanitizer and libFuzzer runtimes for the hostile-input
  # suite, python3-jsonschema and python3-jsonpatch to check the rule packs (and
  # the broken ones, JSON Patches of them) against their schema, poppler-utils
  # (pdftoppm) to turn the printed 自查表 (a PDF) into PNGs to look at.
  packages+=(chromium fonts-wqy-microhei clang libclang-rt-14-dev python3 python3-jsonschema python3-jsonpatch poppler-utils)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$(nproc)"

[ "${1:-}" = "--build-only" ] && exit 0

echo "Offline page (one file, works from file://): $PWD/dist/cehours.html"
echo "The unit's batch check (单位批量核查, one file too): $PWD/dist/cehours-unit.html"
exec node web/serve.mjs --dir dist --host 127.0.0.1 --port 8080
