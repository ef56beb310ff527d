"""Validates the input files against the JSON Schemas of schemas/ with a real
validator (Debian's python3-jsonschema, over YAML parsed by python3-yaml):
every bundled case file, tariff table and index series (which name their
schema on their first line), every YAML file of a golden test that
succeeds, and a sample of the error catalogue's bad files, which the schema
must refuse where the error is one a schema can see. README's key tables
name only keys the schemas have, required where README says "yes".

    /usr/bin/python3 tests/schemas/validate.py SOURCE_DIR [MKBA]

With MKBA, the files `mkba init` writes (with and without --from-reference)
are checked too.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

# Error cases whose fault is a schema matter: an unknown key, a value of the
# wrong type, a number out of its range, a word outside its list.
SCHEMA_ERRORS = [
    "unknown-key-misspelled", "unknown-key-top-level", "share-unknown-key",
    "wrong-type-list-for-number", "wrong-type-map-for-text", "number-quoted",
    "list-root", "scalar-root", "share-above-one", "share-negative", "share-whole-number",
    "negative-price", "negative-quantity", "participants-zero", "participants-fraction",
    "per-unknown", "discount-preset-unknown", "discount-first-year-unknown",
    "discount-rate-out-of-range", "tariff-verified-unknown",
    "tariff-paragraph-malformed", "tariff-alternative-without-source", "id-non-ascii",
    "tariff-reference-not-an-id",
]


def load(path):
    """The file as JSON sees it: keys are text (2017: 100 is the key "2017")."""
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    return json.loads(json.dumps(data, default=str))


def kind_of(data):
    if isinstance(data, dict) and "values" in data:
        return "index"
    if isinstance(data, dict) and "programme" not in data and (
            "tariffs" in data or "payers" in data):
        return "tariffs"
    return "case"


def resolve(schema, node, path):
    """The schema of `path` (["cases[]", "avoided[]"]) below `node`, and
    whether its last key is required there; nothing when a key is unknown."""
    required = None
    for part in path:
        while "$ref" in node or "anyOf" in node:
            node = (schema["$defs"][node["$ref"].split("/")[-1]] if "$ref" in node
                    else next((a for a in node["anyOf"] if "items" in a), node["anyOf"][-1]))
        key = part.removesuffix("[]")
        if key not in node.get("properties", {}):
            return None, None
        required = key in node.get("required", [])
        node = node["properties"][key]
        if part.endswith("[]"):
            while "$ref" in node or "anyOf" in node:
                node = (schema["$defs"][node["$ref"].split("/")[-1]] if "$ref" in node
                        else next(a for a in node["anyOf"] if "items" in a))
            node = node["items"]
    return node, required


def readme_keys(root, schemas):
    """Problems of README's key tables ("Tariff table", "Case file"): a key
    the schema does not have, or a "yes"/"no" that is not its requirement."""
    text = (root / "README.md").read_text(encoding="utf-8")
    problems = []
    for heading, kind in (("### Tariff table", "tariffs"), ("### Case file", "case")):
        section = text.split(heading, 1)[1].split("\n### ", 1)[0]
        schema = schemas[kind]
        for row in re.findall(r"^\| (`[^|]*`) \| ([^|]*) \|", section, re.M):
            for written in re.findall(r"`([^`]+)`", row[0]):
                path = written.split(".")
                # A path may start below the top ("avoided[].recurring"):
                # then at any map that has its first key.
                starts = [schema] + list(schema.get("$defs", {}).values())
                found = [r for r in (resolve(schema, s, path) for s in starts) if r[0] is not None]
                if not found:
                    problems.append(f"README.md, {heading[4:]}: the schema has no key {written}")
                    continue
                need = row[1].strip()
                if (need == "yes" and not found[0][1]) or (need == "no" and found[0][1]):
                    problems.append(f"README.md, {heading[4:]}: {written} is not '{need}' required")
    return problems


def main(root, mkba=None):
    root = pathlib.Path(root)
    validators = {}
    for kind in ("case", "tariffs", "index"):
        schema = json.loads((root / "schemas" / f"{kind}.schema.json").read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        validators[kind] = jsonschema.Draft202012Validator(schema)

    valid = sorted((root / "cases").glob("*.yaml")) + sorted((root / "tariffs").rglob("*.yaml"))
    bundled = valid[:]
    for case in sorted((root / "tests" / "golden").iterdir()):
        rc = case / "expected.rc"
        if rc.is_file() and rc.read_text().strip() == "0":
            valid += sorted(case.rglob("*.yaml"))

    scratch = tempfile.TemporaryDirectory()
    if mkba:
        for folder, options in (("example", []), ("reference", ["--from-reference"])):
            target = pathlib.Path(scratch.name) / folder
            subprocess.run([mkba, "init", str(target)] + options, check=True,
                           stdout=subprocess.DEVNULL)
            written = [target / "case.yaml", target / "tariffs.yaml"]
            valid += written
            bundled += written

    failures = readme_keys(root, {k: v.schema for k, v in validators.items()})
    # The bundled files (and init's) name their schema for editors, relative to themselves.
    for path in bundled:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        want = root / "schemas" / f"{kind_of(load(path))}.schema.json"
        named = first.removeprefix("# yaml-language-server: $schema=")
        if named == first or (path.parent / named).resolve() != want.resolve():
            failures.append(f"{path}: the first line does not name {want.name}")
    for path in valid:
        data = load(path)
        errors = list(validators[kind_of(data)].iter_errors(data))
        for e in errors[:3]:
            where = "/".join(str(p) for p in e.absolute_path)
            failures.append(f"{path}: {where}: {e.message}")

    located = re.compile(r"^mkba: ([^:]+\.yaml):\d+:\d+: error:", re.M)
    for name in SCHEMA_ERRORS:
        case = root / "tests" / "errors" / name
        found = located.search((case / "expected.err").read_text())
        if not found:
            failures.append(f"tests/errors/{name}: no located error in expected.err")
            continue
        path = root / found.group(1)
        data = load(path)
        if validators[kind_of(data)].is_valid(data):
            failures.append(f"{path.relative_to(root)}: the schema accepts what mkba refuses")

    for f in failures:
        print(f)
    print(f"{len(valid)} valid files, {len(SCHEMA_ERRORS)} bad ones: {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
