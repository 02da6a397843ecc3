"""End-to-end tests of `dayone report lint` and `dayone report template`.

Run by ctest as `python3 test_report_cli.py` with DAYONE_BIN in the
environment (pytest when installed, else the small runner at the bottom).
Every subprocess gets a minimal, explicit environment.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

BIN = os.environ.get("DAYONE_BIN", "")
_TMP = tempfile.mkdtemp(prefix="dayone-report-cli-")

COMPLETE = """# Post-incident report: ingest outage

## Summary and customer impact

Ingest returned 5xx for 40 minutes.

## Root cause

A config push disabled the ingest pool's health checks.

## Detection and response timeline

- 2026-03-04T14:05Z alert fired
- 14:45 resolved

## Mitigation steps

Rolled back.

## Preventative actions

- Validate health checks in CI (owner: @alice)
"""


def env():
    e = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8"}
    for k in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS",
              "LD_LIBRARY_PATH"):
        if k in os.environ:
            e[k] = os.environ[k]
    return e


def run(*args, stdin=None, cwd=None):
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, env=env(), cwd=cwd,
                       timeout=60)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def write(name, text):
    path = os.path.join(_TMP, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def test_template_piped_into_lint_reports_only_placeholders():
    # A real shell pipe, as a user types it.
    p = subprocess.run("'%s' report template | '%s' report lint --format json -" % (BIN, BIN),
                       shell=True, capture_output=True, env=env(), timeout=60)
    assert p.returncode == 1, p.stderr
    doc = json.loads(p.stdout)
    rules = [f["rule"] for f in doc["findings"]]
    assert rules and set(rules) == {"postmortem-placeholder"}, rules
    assert len(rules) == 7
    assert all(f["path"] == "<stdin>" and f["line"] >= 1 and f["source"] == "report"
               for f in doc["findings"])
    # The text header judges a report, not a readiness check.
    p = subprocess.run("'%s' report template | '%s' report lint -" % (BIN, BIN),
                       shell=True, capture_output=True, env=env(), timeout=60)
    assert p.returncode == 1 and b'- INCOMPLETE\n' in p.stdout, p.stdout


def test_template_names_every_required_section():
    rc, out, _ = run("report", "template")
    assert rc == 0
    for title in ("Summary and customer impact", "Root cause", "Detection and response timeline",
                  "Mitigation steps", "Preventative actions"):
        assert "\n## %s\n" % title in out


def test_complete_report_is_clean():
    rc, out, err = run("report", "lint", write("complete.md", COMPLETE))
    assert rc == 0, out + err
    assert "no problems found" in out


def test_missing_root_cause_is_located_in_every_format():
    text = COMPLETE.replace("## Root cause\n\nA config push disabled the ingest pool's "
                            "health checks.\n\n", "")
    write("missing.md", text)
    rc, out, _ = run("report", "lint", "missing.md", cwd=_TMP)
    assert rc == 1 and "from missing.md:1:1" in out and "postmortem-section-missing" in out
    rc, out, _ = run("report", "lint", "--format", "json", "missing.md", cwd=_TMP)
    f = json.loads(out)["findings"]
    assert rc == 1 and [(x["rule"], x["key"], x["path"], x["line"]) for x in f] == \
        [("postmortem-section-missing", "root-cause", "missing.md", 1)]
    rc, out, _ = run("report", "lint", "--format", "sarif", "missing.md", cwd=_TMP)
    res = json.loads(out)["runs"][0]["results"]
    loc = res[0]["locations"][0]["physicalLocation"]
    assert rc == 1 and res[0]["ruleId"] == "postmortem-section-missing"
    assert loc["artifactLocation"]["uri"] == "missing.md"
    assert loc["region"]["startLine"] == 1 and loc["region"]["startColumn"] == 1
    rc, out, _ = run("report", "lint", "--format", "junit", "missing.md", cwd=_TMP)
    case = ET.fromstring(out).find(".//testcase")
    assert rc == 1 and case.get("classname") == "postmortem-section-missing"
    assert "at missing.md:1:1" in case.find("failure").text


def test_bad_input_exits_2_naming_the_place():
    rc, _, err = run("report", "lint", os.path.join(_TMP, "nope.md"))
    assert rc == 2 and "nope.md" in err and "error" in err
    small = write("small.yaml", "version: 1\npostmortem:\n  max_bytes: 64\n"
                                "  sections: [{id: a, title: A}]\n")
    rc, _, err = run("report", "lint", "--policy", small, write("big.md", "# A\n" + "x" * 100))
    assert rc == 2 and "big.md" in err and "max_bytes" in err
    rc, _, err = run("report", "lint", "--policy", small, "-", stdin=b"# A\n" + b"x" * 100)
    assert rc == 2 and "<stdin>" in err
    bare = write("bare.yaml", "version: 1\n")
    rc, _, err = run("report", "lint", "--policy", bare, write("c.md", COMPLETE))
    assert rc == 2 and "no postmortem: section" in err
    rc, _, err = run("report", "template", "--policy", bare)
    assert rc == 2 and "no postmortem: section" in err
    broken = write("broken.yaml", "version: 1\npostmortem:\n  sections:\n    - {id: a}\n")
    rc, _, err = run("report", "lint", "--policy", broken, write("d.md", COMPLETE))
    assert rc == 2 and "broken.yaml:4:7" in err, err


def test_usage():
    assert run("report")[0] == 2
    assert run("report", "lint")[0] == 2
    assert run("report", "lint", "a.md", "b.md")[0] == 2
    assert run("report", "frobnicate")[0] == 2
    assert run("report", "template", "extra")[0] == 2
    assert run("report", "lint", "--sarif-root", _TMP, "x.md")[0] == 2
    rc, out, _ = run("report", "--help")
    assert rc == 0 and "report lint" in out and "report template" in out
    rc, out, _ = run("help", "report")
    assert rc == 0 and "Exit status" in out


def main():
    if not BIN:
        print("set DAYONE_BIN to the dayone binary", file=sys.stderr)
        return 2
    failed = 0
    tests = [(n, f) for n, f in sorted(globals().items()) if n.startswith("test_") and callable(f)]
    for name, fn in tests:
        try:
            fn()
            print("ok   %s" % name)
        except Exception as e:  # report every failure, then fail
            failed += 1
            print("FAIL %s: %r" % (name, e))
    print("%d tests, %d failed" % (len(tests), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
