#!/usr/bin/env python3
"""compare.py - libdayone's .env dialects against the tools they copy.

For every file in corpus/ and every dialect, what libdayone's parser makes
of it (dotenv_dump) must equal, byte for byte, what the tool makes of it:

  compose  compose-go's dotenv.GetEnvFromFile   (goref compose)
  docker   docker/cli's kvfile.Parse            (goref docker)
  dotenv   python-dotenv's dotenv_values        (imported here)

all resolving references against lookup.tsv alone. Where they differ on
purpose -- libdayone refuses a file the tool accepts with an empty string
for an unset variable, or skips a line of, or reads differently -- the
difference must be listed in differences.tsv with its kind; a listed
difference that no longer happens fails too, so none can change silently.

  compare.py --dump build/.../dotenv_dump --goref build/.../goref
"""
import argparse
import json
import logging
import os
import pathlib
import subprocess
import sys

import dotenv

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
DIALECTS = ("compose", "docker", "dotenv")


def read_lookup():
    env = {}
    for line in (HERE / "lookup.tsv").read_text().splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        k, v = line.split("\t", 1)
        env[k] = v
    return env


def run_json(cmd):
    out = subprocess.run(cmd, check=True, capture_output=True).stdout
    return [json.loads(line) for line in out.decode().splitlines()]


def ours(dump, dialect, files):
    res = {}
    for r in run_json([dump, dialect, str(HERE / "lookup.tsv")] + files):
        if r["ok"]:
            vars_ = {}
            for name, value, _line in r["vars"]:
                vars_[name] = None if value is None else bytes.fromhex(value)
            res[r["file"]] = {"ok": True, "vars": vars_}
        else:
            res[r["file"]] = {"ok": False, "error": r["error"]}
    return res


def go_ref(goref, dialect, files):
    res = {}
    for r in run_json([goref, dialect, str(HERE / "lookup.tsv")] + files):
        if r["ok"]:
            res[r["file"]] = {"ok": True, "warnings": r.get("warnings") or [],
                              "vars": {k: bytes.fromhex(v) for k, v in (r.get("vars") or {}).items()}}
        else:
            res[r["file"]] = {"ok": False, "error": r["error"]}
    return res


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.lines = []

    def emit(self, record):
        self.lines.append(record.getMessage())


def python_ref(files, env):
    saved = dict(os.environ)
    handler = Collect()
    logging.getLogger("dotenv.main").addHandler(handler)
    res = {}
    try:
        os.environ.clear()
        os.environ.update(env)
        for f in files:
            handler.lines = []
            try:
                vals = dotenv.dotenv_values(f)
            except (UnicodeDecodeError, ValueError) as e:
                res[f] = {"ok": False, "error": type(e).__name__}
                continue
            res[f] = {"ok": True, "warnings": list(handler.lines),
                      "vars": {k: None if v is None else v.encode() for k, v in vals.items()}}
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return res


def classify(o, r):
    """None when libdayone and the tool agree, else the kind of difference."""
    if not o["ok"] and not r["ok"]:
        return None  # both refuse the file
    if not o["ok"]:
        if r["warnings"]:
            return "we-refuse-tool-warns"  # the tool substitutes "" or skips a line
        return "we-refuse"
    if not r["ok"]:
        return "we-accept"
    if o["vars"] != r["vars"]:
        return "values-differ"
    return None


def read_differences():
    listed = {}
    for n, line in enumerate((HERE / "differences.tsv").read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 4 or parts[1] not in DIALECTS:
            sys.exit(f"differences.tsv:{n}: expected FILE<TAB>DIALECT<TAB>KIND<TAB>WHY")
        listed[(parts[0], parts[1])] = parts[2]
    return listed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump", required=True)
    ap.add_argument("--goref", required=True)
    ap.add_argument("--show", action="store_true", help="print both sides of every case")
    args = ap.parse_args()
    os.chdir(HERE)
    files = sorted(str(p.relative_to(HERE)) for p in CORPUS.iterdir() if p.suffix == ".env")
    if len(files) < 60:
        sys.exit(f"corpus has {len(files)} files; at least 60 expected")
    env = read_lookup()
    listed = read_differences()
    refs = {"compose": go_ref(args.goref, "compose", files),
            "docker": go_ref(args.goref, "docker", files),
            "dotenv": python_ref(files, env)}
    failures, seen, agreed = [], set(), 0
    for dialect in DIALECTS:
        mine = ours(args.dump, dialect, files)
        for f in files:
            o, r = mine[f], refs[dialect][f]
            kind = classify(o, r)
            key = (os.path.basename(f), dialect)
            if args.show:
                print(f"{f} [{dialect}] ours={o} ref={r} -> {kind}")
            if kind is None:
                agreed += 1
                if key in listed:
                    failures.append(f"{f} [{dialect}]: listed as '{listed[key]}' in "
                                    f"differences.tsv but libdayone now agrees with the tool")
                continue
            seen.add(key)
            if listed.get(key) != kind:
                failures.append(f"{f} [{dialect}]: {kind} (listed: {listed.get(key)})\n"
                                f"    libdayone: {o}\n    tool:      {r}")
    for name, _dialect in listed:
        if not (CORPUS / name).exists():
            failures.append(f"differences.tsv names {name}, which is not in corpus/")
    print(f"{len(files)} files x {len(DIALECTS)} dialects: {agreed} agree, "
          f"{len(seen)} listed differences")
    if failures:
        print("\n".join(failures))
        sys.exit(1)


if __name__ == "__main__":
    main()
