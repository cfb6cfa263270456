#!/usr/bin/env bash
# The main job: install what is missing, build the core (native CLI and
# WebAssembly) and the page, then serve dist/ on http://127.0.0.1:8080/.
#   ./run.sh               build and serve
#   ./run.sh --build-only  build, do not serve (test.sh uses this)
set -euo pipefail
cd "$(dirname "$0")"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages the build needs; installed only when missing.
build_packages=(cmake g++ make nodejs emscripten nlohmann-json3-dev doctest-dev)
missing=()
for package in "${build_packages[@]}"; do
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

echo
echo "The command-line checker on the shipped example (static/examples/sample-person.json):"
build/native/cehours --format text static/examples/sample-person.json || true
