# What the three browser suites (tests/browser, tests/embed, tests/unit) share,
# sourced by their run.sh: the tree's root, the builds they need, their pinned
# npm packages (Debian's Chromium driven by playwright-core) and how their test
# files run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# require_built FILE...: files (relative to the root) the wasm and native builds
# make, and Chromium itself.
require_built() {
  local needed
  for needed in "$@"; do
    [ -e "$root/$needed" ] || { echo "missing $root/$needed: run cmake --workflow --preset wasm and --preset native first" >&2; exit 1; }
  done
  command -v chromium >/dev/null || { echo "missing chromium (apt-get install chromium)" >&2; exit 1; }
}

# install_packages DIR: the packages DIR's package-lock.json pins.
install_packages() {
  (cd "$root/$1" && npm ci --no-audit --no-fund --loglevel=error)
}

# ensure_packages DIR PACKAGE: the same, only when PACKAGE is not there yet.
# test.sh runs tests/browser first, which installs them; installing again would
# pull them from under a browser suite still running.
ensure_packages() {
  [ -d "$root/$1/node_modules/$2" ] || install_packages "$1"
}

# run_test_files DIR: every *.test.mjs in DIR, one file at a time (two cores
# are shared with the rest of the build).
run_test_files() {
  cd "$1"
  node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec ./*.test.mjs
}
