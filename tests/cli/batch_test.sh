#!/bin/sh
# cehours batch on the unit fixtures against their golden files: standard
# output, the errors on standard error and the exit status. The UTF-8 with
# BOM, GBK and GB18030 copies are made here with iconv, from the UTF-8 fixture,
# so every encoding must give the same bytes out.
#   tests/cli/batch_test.sh path/to/cehours tests/fixtures/batch WORK_DIR
set -eu
cehours=$1 fixtures=$2 work=$3
mkdir -p "$work"
failed=0

# check NAME INPUT EXPECTED_EXIT GOLDEN_STDOUT GOLDEN_STDERR [ARGS…]
check() {
  name=$1 input=$2 expected_exit=$3 golden_out=$4 golden_err=$5
  shift 5
  status=0 before=$failed failed=0
  "$cehours" batch --as-of 2017-11-26 "$@" "$input" >"$work/$name.out" 2>"$work/$name.err" || status=$?
  if [ "$status" -ne "$expected_exit" ]; then
    echo "FAIL $name: exit $status, expected $expected_exit"; failed=1
  fi
  if ! cmp -s "$work/$name.out" "$golden_out"; then
    echo "FAIL $name: standard output differs from $golden_out"; diff "$work/$name.out" "$golden_out" | head -20; failed=1
  fi
  if ! cmp -s "$work/$name.err" "$golden_err"; then
    echo "FAIL $name: standard error differs from $golden_err"; diff "$work/$name.err" "$golden_err" | head -20; failed=1
  fi
  [ "$failed" -ne 0 ] || echo "ok   $name"
  [ "$before" -eq 0 ] || failed=1
}

printf '\357\273\277' | cat - "$fixtures/unit.csv" >"$work/unit-bom.csv"
iconv -f UTF-8 -t GBK "$fixtures/unit.csv" >"$work/unit-gbk.csv"
iconv -f UTF-8 -t GB18030 "$fixtures/bad-rows.csv" >"$work/bad-rows-gb18030.csv"
if cmp -s "$fixtures/unit.csv" "$work/unit-gbk.csv"; then echo "FAIL: the GBK copy is the UTF-8 file"; exit 1; fi

none=/dev/null
check utf8          "$fixtures/unit.csv"                 0 "$fixtures/unit.expected.csv" $none
check utf8-bom      "$work/unit-bom.csv"                 0 "$fixtures/unit.expected.csv" $none
check gbk           "$work/unit-gbk.csv"                 0 "$fixtures/unit.expected.csv" $none
check english       "$fixtures/unit-english-headers.csv" 0 "$fixtures/unit.expected.csv" $none
check stdin         -                                    0 "$fixtures/unit.expected.csv" $none <"$work/unit-gbk.csv"
check jsonl         "$fixtures/unit.csv"                 0 "$fixtures/unit.expected.jsonl" $none --format jsonl
check bad-rows      "$fixtures/bad-rows.csv"             2 "$fixtures/bad-rows.expected.csv" "$fixtures/bad-rows.expected.stderr"
check bad-gb18030   "$work/bad-rows-gb18030.csv"         2 "$fixtures/bad-rows.expected.csv" "$fixtures/bad-rows.expected.stderr"
check empty         "$fixtures/empty.csv"                2 "$fixtures/empty.expected.csv" "$fixtures/empty.expected.stderr"
# Names a spreadsheet would run as formulas (=, +, -, @ first) come out with a leading apostrophe;
# a tab before a name is trimmed as every cell's spaces are, and a sign later in a name changes nothing.
check formula-names "$fixtures/formula-names.csv"        0 "$fixtures/formula-names.expected.csv" $none

# The template: the BOM, then every column's Chinese header.
"$cehours" batch --template >"$work/template.csv"
if ! cmp -s "$work/template.csv" "$fixtures/template.expected.csv"; then echo "FAIL template"; failed=1; else echo "ok   template"; fi

# Bytes that are neither UTF-8 nor GB18030: refused (exit 1), never guessed at.
printf '\377\376\000\000' >"$work/neither.csv"
status=0
"$cehours" batch "$work/neither.csv" >/dev/null 2>"$work/neither.err" || status=$?
if [ "$status" -ne 1 ] || ! grep -q 'GBK/GB18030' "$work/neither.err"; then echo "FAIL neither: exit $status"; failed=1; else echo "ok   neither"; fi

exit $failed
