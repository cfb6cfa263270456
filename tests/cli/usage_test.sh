#!/bin/sh
# Every subcommand reads its arguments the same way (core/cli/arguments.hpp):
# a usage error exits 1 with one Chinese line naming the option, and the
# options a subcommand does not have are refused.
#   tests/cli/usage_test.sh path/to/cehours PACK.json
set -u
cehours=$1 pack=$2
failed=0

# refused EXPECTED_MESSAGE ARGS…: exit 1, the message on the first line of standard error.
refused() {
  expected=$1
  shift
  message=$("$cehours" "$@" 2>&1 >/dev/null </dev/null | head -1)
  "$cehours" "$@" >/dev/null 2>&1 </dev/null
  status=$?
  if [ "$status" -ne 1 ] || [ "$message" != "$expected" ]; then
    echo "FAIL cehours $*: exit $status, \"$message\"; expected exit 1, \"$expected\""; failed=1
  else
    echo "ok   cehours $*"
  fi
}

refused "cehours: --format 只能是 json 或 text" --format xml
refused "cehours: --rules 后面缺少参数" --rules
refused "cehours: 只能给一个记录文件" a.json b.json
refused "cehours: describe 不读取记录文件" describe a.json
refused "cehours: 无法识别的选项 --as-of" describe --as-of 2017-11-26
refused "cehours: codes 不读取文件" codes a.json
refused "cehours: 无法识别的选项 --rules" codes --rules x.json
refused "cehours: 规则包文件为空: /dev/null" describe --rules /dev/null
refused "cehours batch: --format 只能是 csv 或 jsonl" batch --format json -
refused "cehours batch: --as-of 后面缺少参数" batch - --as-of
refused "cehours batch: 只能给一个 CSV 文件" batch a.csv b.csv
refused "cehours batch: 无法读取规则包文件 /nonexistent.json" batch --rules /nonexistent.json -
refused "cehours check-pack: --format 只能是 json 或 text" check-pack --format csv "$pack"
refused "cehours check-pack: 只能给一个规则包文件" check-pack "$pack" "$pack"
refused "cehours check-pack: 无法识别的选项 --rules" check-pack --rules "$pack"

# The help of each subcommand is read the same way, wherever it stands.
for args in "--help" "describe -h" "codes --help" "batch --rules x.json --help" "check-pack -h"; do
  # shellcheck disable=SC2086 # the words are the arguments
  if ! "$cehours" $args >/dev/null 2>&1; then echo "FAIL cehours $args: the help exits non-zero"; failed=1; fi
done

[ "$failed" -eq 0 ] && echo "all usage checks passed"
exit "$failed"
