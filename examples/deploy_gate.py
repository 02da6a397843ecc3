#!/usr/bin/env python3
"""deploy_gate.py - stop a deploy whose target environment is not launch-ready.

    python3 examples/deploy_gate.py [--policy POLICY.yaml] [--secrets-listing NAMES]
                                    [--example .env.example] [--format text|json|sarif|junit]
                                    TARGET.env

Checks the target's .env file against the policy (default: the one built
into libdayone) and prints the report. With --secrets-listing, the secret
values live in a secrets manager that this script never reads: NAMES lists
the names it holds (one per line, '#' comments allowed, or a JSON array);
those names are checked for presence only, everything in the .env is
checked in full.

--format json prints one document: {"ok", "secrets_manager_holds", "target":
report, "secrets_listing": report or null}; sarif and junit print the target's
report (the exit status also covers the listing).

Exit status: 0 ready, 1 the policy is violated (the report says why),
2 a file could not be read or parsed. Needs `pip install ./bindings/python`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from typing import List, Optional, Sequence, Set

import dayone

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Stands for a value held by the secrets manager (presence-only checks never
# look at it, and no check prints values anyway).
PRESENT = "<held by the secrets manager>"


def read_listing(path: str) -> Set[str]:
    """Names from a secrets-manager listing: a JSON array or one name a line."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.lstrip().startswith("["):
        names = json.loads(text)
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError("%s: expected a JSON array of names" % path)
        lines = [(i + 1, n) for i, n in enumerate(names)]
    else:
        lines = [(i + 1, ln.split("#", 1)[0].strip()) for i, ln in enumerate(text.splitlines())]
    out = set()
    for lineno, name in lines:
        if not name:
            continue
        if not NAME.match(name):
            raise ValueError("%s:%d: not a variable name (letters, digits, _)" % (path, lineno))
        out.add(name)
    return out


def gate(target: str, policy: Optional[dayone.Policy], listing: Set[str],
         example: Optional[str], fmt: str) -> int:
    # 1. The .env itself, values and all.
    report = dayone.check(env={}, policy=policy, env_files=[target], example=example)
    # A secret the manager holds is not missing just because the .env lacks it.
    blocking = [f for f in report.findings if f.severity == "error"
                and not (f.rule == "secret-required" and f.key in listing)]
    reports = [("target %s" % target, report)]
    ok = not blocking
    # 2. The secrets manager: presence of every required name, .env included.
    if listing:
        presence = dayone.check(env={n: PRESENT for n in listing}, policy=policy,
                                env_files=[target], presence_only=True)
        reports.append(("secrets manager listing (presence only)", presence))
        ok = ok and presence.ok
    held = sorted({f.key for f in report.findings
                   if f.rule == "secret-required" and f.key in listing})
    if fmt == "json":  # one document: the verdict and both reports
        print(json.dumps({"ok": ok, "secrets_manager_holds": held,
                          "target": json.loads(report.to_json()),
                          "secrets_listing": (json.loads(reports[1][1].to_json())
                                              if len(reports) > 1 else None)}, indent=1))
    elif fmt != "text":  # sarif / junit: the target's report; the exit status has the rest
        print(report.render(fmt))
    else:
        for title, r in reports:
            print("== %s" % title)
            print(r.to_text(color=sys.stdout.isatty()))
            if r is report and held:
                print("(not blocking: the secrets manager holds %s)\n" % ", ".join(held))
        print("deploy gate: %s" % ("PASS" if ok else "BLOCKED"))
    return 0 if ok else 1


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("target", help="the target environment's .env file")
    ap.add_argument("--policy", help="policy file (default: the built-in policy)")
    ap.add_argument("--secrets-listing", metavar="NAMES",
                    help="names held by the secrets manager (checked for presence only)")
    ap.add_argument("--example", help=".env.example whose values count as placeholders")
    ap.add_argument("--format", default="text", choices=["text", "json", "sarif", "junit"])
    args = ap.parse_args(argv)
    try:
        policy = dayone.Policy.from_file(args.policy) if args.policy else None
        listing = read_listing(args.secrets_listing) if args.secrets_listing else set()
        return gate(args.target, policy, listing, args.example, args.format)
    except (dayone.PolicyError, dayone.EnvFileError, dayone.FileReadError,
            dayone.LimitExceededError) as e:
        print("deploy gate: %s" % e, file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:  # the listing file
        print("deploy gate: %s" % e, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
