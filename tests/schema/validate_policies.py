#!/usr/bin/env python3
"""The policy JSON Schema, checked by a real validator against the loader.

    validate_policies.py DAYONE_BINARY SOURCE_DIR

1. `dayone policy schema` is a valid draft 2020-12 schema and equals the
   committed docs/policy.schema.json (regenerate: dayone policy schema >
   docs/policy.schema.json); the default policy's first line names it for
   the YAML language server.
2. Every policy the library loads is valid under the schema: the default
   policy, tests/policies/good, the examples, the conformance vectors'
   inline policies and the policy fuzz corpus (soundness: an editor using the
   schema never flags a policy that works).
3. Every curated bad policy (tests/policies/bad, tests/bad-inputs/policies)
   that the library refuses is also refused by the schema, unless the reason
   is one a JSON Schema cannot state: YAML-level features the loader refuses
   (anchors, aliases, tags, several documents, syntax errors; found from the
   YAML events) or a rule listed in inexpressible.tsv with its reason. An
   entry there that the schema does refuse is stale and fails the test.
"""
import json
import pathlib
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml


class CoreLoader(yaml.SafeLoader):
    """YAML 1.2 core scalars, as the library reads them: true/false (three
    spellings), integers, floats and null; everything else is text (PyYAML's
    1.1 rules would turn `on` into a boolean and dates into dates)."""


CoreLoader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$",
     "-+.0123456789"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    CoreLoader.add_implicit_resolver(tag, re.compile(pattern), list(first))


def loads(binary, path):
    """Whether the library loads the policy file (lint exits 0 or 1)."""
    r = subprocess.run([binary, "policy", "lint", str(path)], capture_output=True, timeout=60)
    if r.returncode not in (0, 1, 2):
        raise SystemExit("dayone policy lint %s crashed: %d %s" % (path, r.returncode, r.stderr))
    return r.returncode in (0, 1)


def _no_duplicates(loader, node, deep=False):
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    if len(keys) != len(set(map(repr, keys))):
        raise ValueError("duplicate key")
    return loader.construct_mapping(node, deep=deep)


CoreLoader.add_constructor("tag:yaml.org,2002:map", _no_duplicates)


def yaml_level(raw):
    """Why a JSON Schema cannot judge the file, or None: the library refuses
    these at the YAML level, before any key is read."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "not UTF-8"
    if re.search("[\ud800-\udfff\x00]", text):
        return "not UTF-8"
    try:
        docs = 0
        for ev in yaml.parse(text, Loader=CoreLoader):
            if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
                return "anchors and aliases"
            if isinstance(ev, yaml.ScalarEvent) and ev.tag and not any(ev.implicit):
                return "explicit tags"
            if isinstance(ev, (yaml.SequenceStartEvent, yaml.MappingStartEvent)) and \
                    ev.tag and not ev.implicit:
                return "explicit tags"
            if isinstance(ev, yaml.DocumentStartEvent):
                docs += 1
        if docs > 1:
            return "several documents"
        data = yaml.load(text, Loader=CoreLoader)
    except (yaml.YAMLError, ValueError, RecursionError, TypeError):
        return "not YAML the library reads (syntax, encoding or depth)"
    if _has_non_string_key(data):
        return "a non-string mapping key"
    return None


def _has_non_string_key(v, depth=0):
    if depth > 200:
        return False
    if isinstance(v, dict):
        return any(not isinstance(k, str) or _has_non_string_key(x, depth + 1)
                   for k, x in v.items())
    if isinstance(v, list):
        return any(_has_non_string_key(x, depth + 1) for x in v)
    return False


def main():
    binary, src = sys.argv[1], pathlib.Path(sys.argv[2])
    out = subprocess.run([binary, "policy", "schema"], capture_output=True, check=True,
                         timeout=60).stdout.decode()
    schema = json.loads(out)
    jsonschema.Draft202012Validator.check_schema(schema)
    committed = (src / "docs" / "policy.schema.json").read_text()
    problems = []
    if committed != out:
        problems.append("docs/policy.schema.json is stale: run `dayone policy schema > "
                        "docs/policy.schema.json`")
    first = (src / "libdayone" / "default-policy.yaml").read_text().splitlines()[0]
    if first != "# yaml-language-server: $schema=" + schema["$id"]:
        problems.append("the default policy's first line does not name the schema's $id")
    validator = jsonschema.Draft202012Validator(schema)

    def errors_of(text):
        data = yaml.load(text, Loader=CoreLoader)
        return sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))

    tmp = pathlib.Path(tempfile.mkdtemp(prefix="dayone-schema-"))
    good = [src / "libdayone" / "default-policy.yaml"]
    good += sorted((src / "tests" / "policies" / "good").glob("*.yaml"))
    good += sorted(p for p in (src / "examples").rglob("*.yaml") if "policy" in p.name)
    for kind in ("check", "decide"):
        for vec in sorted((src / "tests" / "conformance" / kind).glob("*.json")):
            text = json.loads(vec.read_text()).get("policy")
            if isinstance(text, str):
                path = tmp / ("%s-%s.yaml" % (kind, vec.stem))
                path.write_text(text)
                good.append(path)
    corpus = sorted((src / "tests" / "fuzz" / "corpus" / "fuzz_policy_load").iterdir())

    checked_good = 0
    for path in good + corpus:
        if not loads(binary, path):
            if path in good:
                problems.append("%s: expected to load, but the library refuses it" % path)
            continue
        raw = path.read_bytes()
        if yaml_level(raw):
            continue  # loads, yet PyYAML reads it differently: nothing to compare
        errs = errors_of(raw.decode("utf-8"))
        checked_good += 1
        if errs:
            problems.append("%s: loads, but the schema refuses it: %s at %s" % (
                path.name, errs[0].message, "/".join(map(str, errs[0].absolute_path))))

    listed = {}
    for line in (pathlib.Path(__file__).parent / "inexpressible.tsv").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, reason = line.split("\t", 1)
            listed[name] = reason
    bad = sorted((src / "tests" / "policies" / "bad").glob("*.yaml"))
    bad += sorted((src / "tests" / "bad-inputs" / "policies").glob("*.yaml"))
    refused = explained = 0
    seen = set()
    for path in bad:
        rel = str(path.relative_to(src))
        seen.add(rel)
        if loads(binary, path):
            problems.append("%s: a bad policy that loads" % rel)
            continue
        raw = path.read_bytes()
        why = yaml_level(raw)
        if why:
            explained += 1
            if rel in listed:
                problems.append("%s: listed in inexpressible.tsv, but it is YAML-level (%s)"
                                % (rel, why))
            continue
        errs = errors_of(raw.decode("utf-8"))
        if errs:
            refused += 1
            if rel in listed:
                problems.append("%s: listed in inexpressible.tsv, but the schema refuses it "
                                "(%s): remove the line" % (rel, errs[0].message))
        elif rel not in listed:
            problems.append("%s: the library refuses it and the schema accepts it; make the "
                            "schema say why, or list it in inexpressible.tsv" % rel)
        else:
            explained += 1
    for rel in listed:
        if rel not in seen:
            problems.append("%s: listed in inexpressible.tsv but not a bad policy file" % rel)
    print("schema: %d loading policies valid, %d bad policies refused by the schema, "
          "%d refused for reasons a schema cannot state" % (checked_good, refused, explained))
    for p in problems:
        print("FAIL", p)
    print("%d passed, %d failed" % (checked_good + refused + explained, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
