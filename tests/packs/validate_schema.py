#!/usr/bin/env python3
"""Validates the shipped rule packs against static/rules/rulepack.schema.json,
and their conformance cases against static/rules/rulepack-cases.schema.json.

The schemas document the shapes core/lib/rule_pack.cpp and conformance.cpp
accept; this keeps them from drifting apart. Needs Debian's python3-jsonschema.
    python3 tests/packs/validate_schema.py SOURCE_DIR
"""
import copy
import glob
import json
import sys

try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit("python3-jsonschema is missing: run ./run.sh --build-only --with-test-tools")

source = sys.argv[1]
schema = json.load(open(f"{source}/static/rules/rulepack.schema.json", encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)

# Packs the core accepts must satisfy the schema; broken packs whose fault is
# one of shape (not of consistency) must not.
valid = ["static/rules/linyi-2017.json", "tests/packs/example-with-conversion-table.json"]
shape_broken = ["unknown-record-kind", "missing-citation", "negative-hours", "conversion-amount-without-unit",
                "conversion-rate-without-per", "conversion-unknown-method", "many-problems"]
failed = []
for path in valid:
    for error in validator.iter_errors(json.load(open(f"{source}/{path}", encoding="utf-8"))):
        failed.append(f"{path}: {error.json_path}: {error.message}")
# The 2017 pack with each variant of tests/packs/*.patch.json (JSON Patch; they only add).
def patched(pack, patch):
    pack = copy.deepcopy(pack)
    for op in patch:
        assert op["op"] == "add", op
        *parents, last = [part.replace("~1", "/").replace("~0", "~") for part in op["path"].split("/")[1:]]
        target = pack
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        target[last] = op["value"]
    return pack
base = json.load(open(f"{source}/static/rules/linyi-2017.json", encoding="utf-8"))
for path in sorted(glob.glob(f"{source}/tests/packs/*.patch.json")):
    for error in validator.iter_errors(patched(base, json.load(open(path, encoding="utf-8")))):
        failed.append(f"{path}: {error.json_path}: {error.message}")
for name in shape_broken:
    pack = json.load(open(f"{source}/tests/packs/broken/{name}.json", encoding="utf-8"))
    if validator.is_valid(pack):
        failed.append(f"tests/packs/broken/{name}.json passes the schema but the core refuses its shape")
cases_schema = json.load(open(f"{source}/static/rules/rulepack-cases.schema.json", encoding="utf-8"))
Draft202012Validator.check_schema(cases_schema)
cases_validator = Draft202012Validator(cases_schema)
for path in ["static/rules/linyi-2017.cases.json", "tests/packs/example-with-conversion-table.cases.json"]:
    for error in cases_validator.iter_errors(json.load(open(f"{source}/{path}", encoding="utf-8"))):
        failed.append(f"{path}: {error.json_path}: {error.message}")
if failed:
    print("\n".join(failed))
    sys.exit(1)
print(f"{len(valid)} packs and their cases match the schemas; {len(shape_broken)} broken packs fail it")
