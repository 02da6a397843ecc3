"""End-to-end tests of the daily profile of the default policy: the sample
facts file examples/ops/daily.json, located findings, no fact value in any
output, start-up unchanged, and policy errors in the new fact checks named
at file:line:column.

Run by ctest as `python3 test_cli_daily.py` with DAYONE_BIN set, under
pytest when installed and a small built-in runner otherwise.
"""

import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_cli import _TMP, pytest, run, tmpfile, write_env  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "examples", "ops", "daily.json")
NOW = "2026-03-02T09:00:00Z"


def sample_text():
    with open(SAMPLE) as f:
        return f.read()


def place(needle, nth=0):
    """(line, column) of the value `needle` (as written in the JSON) in the
    sample, both 1-based: where a finding about it must point."""
    lines = sample_text().splitlines()
    hits = [(i, ln.index(needle)) for i, ln in enumerate(lines, 1) if needle in ln]
    line, col = hits[nth]
    return line, col + 1


def sample_scalars():
    """Every string value of the sample of 12+ characters: none may be printed."""
    out = []

    def walk(n):
        if isinstance(n, dict):
            for v in n.values():
                walk(v)
        elif isinstance(n, list):
            for v in n:
                walk(v)
        elif isinstance(n, str) and len(n) >= 12:
            out.append(n)
    walk(json.loads(sample_text()))
    return out


def daily(*extra, facts=SAMPLE):
    return run("check", "--env-file", write_env({}), "--facts", facts, "--profile", "daily",
               *extra)


def test_sample_gives_located_findings():
    r = daily("--now", NOW, "--format", "json")
    assert r.rc == 1, r
    doc = json.loads(r.out)
    assert doc["profiles"] == ["daily"], doc
    got = sorted((f["rule"], f["key"], f["severity"], f["source"], f["path"], f["line"])
                 for f in doc["findings"])
    reason_line, _ = place('"reason": null')
    want = sorted([
        ("fact-threshold", "backup.object_storage.retention_days", "warning", "facts", SAMPLE,
         place('"retention_days": 30')[0]),
        ("fact-missing", "audit.events[2].reason", "error", "facts", SAMPLE, reason_line),
        ("fact-missing", "audit.events[2].ticket", "error", "facts", SAMPLE, reason_line),
        ("fact-hours", "audit.events[3].time", "error", "facts", SAMPLE,
         place('"2026-03-02T02:14:09Z"')[0]),
    ])
    assert got == want, got
    assert doc["summary"] == {"errors": 3, "warnings": 1, "waived": 0}, doc["summary"]


def test_sample_text_report_names_line_and_column():
    r = daily("--now", NOW)
    assert r.rc == 1, r
    assert "profile daily - NOT READY" in r.out, r
    line, col = place('"2026-03-02T02:14:09Z"')
    assert "from %s:%d:%d" % (SAMPLE, line, col) in r.out, r
    line, col = place("null", 0)
    assert "from %s:%d:%d" % (SAMPLE, line, col) in r.out, r
    assert "outside the allowed hours 07:00-20:00 UTC" in r.out, r


def test_sample_prints_no_fact_value():
    for fmt in ("text", "json", "sarif", "junit"):
        r = daily("--now", NOW, "--format", fmt)
        assert r.rc == 1, r
        for value in sample_scalars():
            assert value not in r.out + r.err, "a fact's value reached the %s report" % fmt


def test_sample_a_day_later_is_stale():
    r = daily("--now", "2026-03-03T09:00:01Z", "--format", "json")
    assert r.rc == 1, r
    stale = sorted(f["key"] for f in json.loads(r.out)["findings"] if f["rule"] == "fact-stale")
    assert stale == ["audit.reviewed_at", "backup.db.last_success_at",
                     "backup.object_storage.last_success_at"], stale


def test_sample_fixed_passes():
    facts = json.loads(sample_text())
    facts["backup"]["object_storage"]["retention_days"] = 35
    event = facts["audit"]["events"][2]
    event["reason"] = "Customer asked us to check their dashboard export"
    event["ticket"] = "SUP-2301"
    facts["audit"]["events"][3]["time"] = "2026-03-02T07:14:09Z"
    path = tmpfile("daily.json", json.dumps(facts, indent=1))
    r = daily("--now", NOW, facts=path)
    assert r.rc == 0 and "profile daily - READY" in r.out, r


def test_startup_ignores_daily_facts():
    """A service's start-up check is the same with or without daily facts."""
    env = write_env({"SECRET_KEY": "x"})
    plain = run("check", "--env-file", env, "--now", NOW, "--format", "json")
    with_facts = run("check", "--env-file", env, "--facts", SAMPLE, "--now", NOW,
                     "--format", "json")
    assert plain.rc == with_facts.rc == 1, (plain, with_facts)
    a, b = json.loads(plain.out), json.loads(with_facts.out)
    assert b["profiles"] == ["startup"], b
    assert [(f["rule"], f["key"]) for f in a["findings"]] == \
        [(f["rule"], f["key"]) for f in b["findings"]], (a, b)
    assert not any(f["source"] == "facts" for f in b["findings"]), b


BAD_POLICIES = [
    # (what, the rule's checks, where the error must point (its first
    # occurrence in the policy), the message)
    ("hours-from", 'hours: {from: "7am", to: "20:00"}', '"7am"',
     "from must be a time of day HH:MM"),
    ("hours-empty", 'hours: {from: "07:00", to: "07:00"}', '"07:00"}', "to equals from"),
    ("hours-offset", 'hours: {from: "07:00", to: "20:00", offset: "CET"}', '"CET"',
     "offset must be Z or +HH:MM"),
    ("hours-format", 'format: number\n    hours: {from: "07:00", to: "20:00"}', '{from',
     "hours only applies with format: timestamp"),
    ("hours-list", 'min_items: 1\n    hours: {from: "07:00", to: "20:00"}', '{from',
     "hours applies to one value; this rule checks a list"),
    ("count-by-max", 'count_by: {key: actor, max: -1}', '-1',
     "max must be a decimal number, zero or more"),
    ("count-by-unknown", 'count_by: {key: actor, max: 3, per: day}', 'per:',
     "unknown key 'per' in count_by"),
    ("count-by-format", 'format: timestamp\n    count_by: {key: actor, max: 3}', '{key',
     "count_by applies to a list; format: timestamp cannot be combined"),
    ("differs-address", 'differs_from: "a b"', '"a b"',
     "differs_from must be an environment variable name or a fact address"),
]


def test_policy_errors_in_new_checks_are_located():
    for what, checks, marker, msg in BAD_POLICIES:
        text = ("version: 1\nposture:\n  - id: r\n    profiles: [daily]\n    key: a.b\n"
                "    %s\n" % checks)
        lines = text.splitlines()
        line = next(i for i, ln in enumerate(lines, 1) if marker in ln)
        col = lines[line - 1].index(marker) + 1
        policy = tmpfile("policy.yaml", text)
        r = run("check", "--policy", policy, "--env-file", write_env({}), "--profile", "daily")
        assert r.rc == 2, (what, r)
        assert ("%s:%d:%d:" % (policy, line, col)) in r.err and msg in r.err, (what, text, r)


def _main():
    if pytest is not None:
        code = pytest.main([__file__, "-q", "-p", "no:cacheprovider"] + sys.argv[1:])
        shutil.rmtree(_TMP, ignore_errors=True)
        return int(code)
    failed, passed = [], 0
    for name, fn in sorted(globals().items()):
        if name.startswith("test_") and callable(fn):
            try:
                fn()
                passed += 1
            except Exception as e:  # report every failure, then exit 1
                failed.append(name)
                print("FAIL %s: %s: %s" % (name, type(e).__name__, str(e)[:2000]))
    print("%d passed, %d failed" % (passed, len(failed)))
    shutil.rmtree(_TMP, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(_main())
