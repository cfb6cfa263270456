#!/usr/bin/env bash
# Builds the libFuzzer target (preset fuzz) and fuzzes evaluate_json for a
# bounded time; fails on any crash, sanitizer report, timeout or bad answer.
#   tests/fuzz/run.sh [SECONDS]   (default 60; see README.md for longer runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

# Seeds, rebuilt each run from what the project ships: every fixture and
# hostile records document alone (built-in pack), and every rule pack behind
# an empty records document and the NUL separator the target splits on.
out=build/fuzz
rm -rf "$out/seeds" && mkdir -p "$out/seeds" "$out/corpus" "$out/findings"
for file in tests/fixtures/*.json tests/hostile/records/*; do
  cp "$file" "$out/seeds/records-$(basename "$file")"
done
for file in static/rules/linyi-2017.json tests/hostile/packs/* tests/packs/*.json; do
  [ -f "$file" ] || continue
  { printf '{"records": []}\0'; cat "$file"; } > "$out/seeds/pack-$(basename "$file")"
done

# corpus/ keeps what earlier runs learnt; regressions/ holds every finding
# ever fixed, so each run replays them first.
"$out/tests/fuzz/cehours_fuzz" \
  -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=32768 \
  -dict=tests/fuzz/json.dict -artifact_prefix="$out/findings/" -print_final_stats=1 \
  "$out/corpus" "$out/seeds" tests/fuzz/regressions
