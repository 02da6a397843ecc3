"""The shared conformance vectors (tests/conformance/{check,decide}/*.json),
run through the Python API: the same verdicts as the C suite."""
from __future__ import annotations

import datetime
import json
import pathlib
from typing import Any, Dict, List

import pytest

import dayone

from conftest import CONFORMANCE

CHECK_VECTORS = sorted((CONFORMANCE / "check").glob("*.json"))
DECIDE_VECTORS = sorted((CONFORMANCE / "decide").glob("*.json"))


def test_vectors_exist() -> None:
    assert len(CHECK_VECTORS) >= 20, "tests/conformance/check is missing or nearly empty"


def _expand(value: str, files_dir: pathlib.Path) -> str:
    return value.replace("{files}", str(files_dir))


def _match(expected: List[Dict[str, Any]], findings: List[dayone.Finding]) -> List[str]:
    """Same rule as the C runner: every expected finding matches a distinct
    actual one on rule, key, severity (default error) and, when given,
    because and source; no actual finding is left over."""
    problems = []
    used = [False] * len(findings)
    for e in expected:
        sev = e.get("severity", "error")
        for i, f in enumerate(findings):
            if used[i] or f.rule != e["rule"] or f.key != e["key"] or f.severity != sev:
                continue
            if "because" in e and f.because != e["because"]:
                continue
            if "source" in e and f.source != e["source"]:
                continue
            used[i] = True
            break
        else:
            problems.append("missing %r" % (e,))
    for i, f in enumerate(findings):
        if not used[i]:
            problems.append("unexpected (%s, %s, %s, because %r)" % (f.rule, f.key, f.severity, f.because))
    return problems


@pytest.mark.parametrize("path", CHECK_VECTORS, ids=[p.stem for p in CHECK_VECTORS])
def test_check_vector(path: pathlib.Path, tmp_path: pathlib.Path) -> None:
    v = json.loads(path.read_text())
    for name, content in (v.get("files") or {}).items():
        (tmp_path / name).write_text(content)
    policy = None
    if v.get("policy") is not None:
        policy = dayone.Policy.from_string(v["policy"], name=path.name)
    env = {k: _expand(val, tmp_path) for k, val in (v.get("env") or {}).items()}
    opts = v.get("options") or {}
    today = datetime.date.fromisoformat(opts["today"]) if "today" in opts else None
    example = opts.get("example")
    report = dayone.check(env=env, policy=policy, presence_only=bool(opts.get("presence_only")),
                          example=example, secret_files=not opts.get("no_secret_files"),
                          today=today)
    expect = v["expect"]
    problems = _match(expect.get("findings", []), report.findings)
    if "ok" in expect and report.ok != expect["ok"]:
        problems.insert(0, "ok: expected %s, got %s" % (expect["ok"], report.ok))
    assert not problems, "%s (%s): %s" % (path.name, v.get("description", ""), "; ".join(problems))
    # No value of the vector's env appears in any finding or rendering.
    texts = [report.to_text(), report.to_json(), report.to_sarif(), report.to_junit(),
             repr(report), repr(report.findings)]
    for k, val in env.items():
        if len(val) >= 12 and "{files}" not in v["env"][k] and not val.startswith("/"):
            for t in texts:
                assert val not in t, "the value of %s leaked into the output" % k
