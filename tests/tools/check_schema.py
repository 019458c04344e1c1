#!/usr/bin/env python3
"""Validates content files against assets/content.schema.json with python3-jsonschema, so
the schema editors rely on is known to accept the shipped content and reject broken content.

    check_schema.py            -> exit 0 when the shipped content passes and the fixtures fail
"""
import json
import os
import sys

import jsonschema

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.join(here, "..", "..")
schema = json.load(open(os.path.join(root, "assets", "content.schema.json")))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

failures = 0
shipped = json.load(open(os.path.join(root, "assets", "content.json")))
errors = list(validator.iter_errors(shipped))
for e in errors:
    print(f"FAIL - content.json: /{'/'.join(map(str, e.absolute_path))}: {e.message}")
failures += bool(errors)
if not errors:
    print("ok   - the shipped content.json matches the schema")

broken = json.load(open(os.path.join(root, "tests", "fixtures", "broken-types.json")))
if any(True for _ in validator.iter_errors(broken)):
    print("ok   - the schema rejects tests/fixtures/broken-types.json")
else:
    print("FAIL - the schema accepts tests/fixtures/broken-types.json")
    failures += 1

print(f"schema checks: {2 - failures} passed, {failures} failed")
sys.exit(1 if failures else 0)
