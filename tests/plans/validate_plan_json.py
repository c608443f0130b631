#!/usr/bin/env python3
"""Every JSON plan validates against codegen/plan/plan.schema.json: the
expected JSON of each plan case, and plans the built binary prints.

  validate_plan_json.py SCHEMA SCHEMAC SOURCE_ROOT [PLAN_CASE_FILE...]
"""
import copy
import json
import os
import subprocess
import sys

import jsonschema


def json_sections(path):
    """The `-- json` sections of a case file, with the name of their case."""
    case, section, lines = None, None, []
    for line in open(path, encoding="utf-8").read().splitlines() + ["# case: end"]:
        if line.startswith("# case:") or line.startswith("-- ") and line[3:] in (
                "current", "data", "desired", "options", "up", "down", "error", "text", "json", "markdown"):
            if section == "json" and lines:
                yield case, "\n".join(lines)
            section, lines = (None, []) if line.startswith("# case:") else (line[3:], [])
            if line.startswith("# case:"):
                case = line[7:].strip()
            continue
        if section:
            lines.append(line)


def main():
    schema_path, schemac, root, *case_files = sys.argv[1:]
    validator = jsonschema.Draft202012Validator(json.load(open(schema_path)))
    documents = []
    for path in case_files:
        documents += [(f"{os.path.basename(path)}: {case}", json.loads(text)) for case, text in json_sections(path)]
    for args in (["schemas/demo/v1.sql", "schemas/demo/v2.sql"], ["schemas/demo/v2.sql", "schemas/demo/v1.sql"],
                 ["schemas/demo/v1.sql", "schemas/demo/v1.sql"],
                 ["schemas/demo/sqlite/v1.sql", "schemas/demo/sqlite/v2.sql", "--dialect", "sqlite"]):
        out = subprocess.run([schemac, "plan", *args, "--format", "json"], cwd=root, capture_output=True, text=True)
        if out.returncode not in (0, 2, 3):
            sys.exit(f"schemac plan {' '.join(args)} failed ({out.returncode}): {out.stderr}")
        documents.append((f"schemac plan {' '.join(args)}", json.loads(out.stdout)))

    failures = 0
    for name, document in documents:
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors[:5]:
            print(f"FAIL {name}: {'/'.join(map(str, error.path))}: {error.message}")
        failures += bool(errors)
    # The schema says no to what is not a plan (a check that it can fail).
    broken = copy.deepcopy(documents[0][1])
    del broken["summary"]
    if validator.is_valid(broken):
        print("FAIL the schema accepts a plan without its summary")
        failures += 1
    print(f"{len(documents) - failures} of {len(documents)} plans valid")
    return 1 if failures or len(documents) < 5 else 0


if __name__ == "__main__":
    sys.exit(main())
