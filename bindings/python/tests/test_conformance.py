"""The shared conformance vectors
(tests/conformance/{check,decide,access,period,postmortem,status}/*.json),
run through the Python API: the same verdicts as the C suite."""
from __future__ import annotations

import datetime
import json
import pathlib
import re
from typing import Any, Dict, List

import pytest

import dayone

from conftest import CONFORMANCE

CHECK_VECTORS = sorted((CONFORMANCE / "check").glob("*.json"))
# Facts, time and profiles: the same runner, its own directory.
FACTS_VECTORS = sorted((CONFORMANCE / "facts").glob("*.json"))
DECIDE_VECTORS = sorted((CONFORMANCE / "decide").glob("*.json"))
ACCESS_VECTORS = sorted((CONFORMANCE / "access").glob("*.json"))
PERIOD_VECTORS = sorted((CONFORMANCE / "period").glob("*.json"))
POSTMORTEM_VECTORS = sorted((CONFORMANCE / "postmortem").glob("*.json"))
STATUS_VECTORS = sorted((CONFORMANCE / "status").glob("*.json"))


def test_vectors_exist() -> None:
    assert len(CHECK_VECTORS) >= 20, "tests/conformance/check is missing or nearly empty"
    assert len(FACTS_VECTORS) >= 20, "tests/conformance/facts is missing or nearly empty"


def _unix_ns(text: str) -> int:
    """An RFC 3339 instant as Unix nanoseconds, keeping all nine fraction
    digits (datetime alone stops at microseconds)."""
    m = re.fullmatch(r"(.{19})(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)", text)
    assert m, "options.now is not an RFC 3339 instant: %r" % text
    whole = datetime.datetime.fromisoformat(m.group(1) + m.group(3).replace("Z", "+00:00"))
    epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    delta = whole - epoch
    return (delta.days * 86400 + delta.seconds) * 10**9 + int((m.group(2) or "0").ljust(9, "0"))


def _scalars(node: Any) -> List[str]:
    """Every scalar of a facts object, as the text a finding must not hold."""
    if isinstance(node, dict):
        return [s for v in node.values() for s in _scalars(v)]
    if isinstance(node, list):
        return [s for v in node for s in _scalars(v)]
    return [] if node is None or isinstance(node, bool) else [str(node)]


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


@pytest.mark.parametrize("path", CHECK_VECTORS + FACTS_VECTORS,
                         ids=[p.parent.name + "/" + p.stem for p in CHECK_VECTORS + FACTS_VECTORS])
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
    now = _unix_ns(opts["now"]) if "now" in opts else None
    report = dayone.check(env=env, policy=policy, presence_only=bool(opts.get("presence_only")),
                          example=example, secret_files=not opts.get("no_secret_files"),
                          today=today, facts=v.get("facts"), now=now,
                          profiles=opts.get("profiles"))
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
    # No fact's value (12 characters or more) appears in any finding.
    for val in _scalars(v.get("facts")):
        if len(val) >= 12:
            for f in report.findings:
                for t in (f.message, f.hint, f.because, f.waiver, f.path):
                    assert val not in t, "a fact's value leaked into %s/%s" % (f.rule, f.key)


def test_decide_vectors_exist() -> None:
    assert len(DECIDE_VECTORS) >= 10, "tests/conformance/decide is missing or nearly empty"


_INT_FIELDS = ("status", "retry_after_ns", "reset_after_ns", "remaining", "limit",
               "window_ns", "burst", "rate", "rate_period_ns")


def _compare_decision(want: Dict[str, Any], d: dayone.Decision) -> List[str]:
    got: Dict[str, Any] = {f: getattr(d, f) for f in _INT_FIELDS}
    got.update(outcome=d.outcome, allowed=int(d.allowed), reason=d.reason,
               upgrade_plan=d.upgrade_plan or "", override_source=d.override_source,
               override_reason=d.override_reason or "",
               quota_remaining=-1 if d.quota_remaining is None else d.quota_remaining,
               quota_reset_unix_s=(-1 if d.quota_reset_unix_s is None
                                   else d.quota_reset_unix_s),
               error=None)
    if "headers" in want:
        got["headers"] = d.headers()
    got["tightest"] = d.tightest
    got["rates"] = [dict(r) for r in d.rates]
    return ["%s: expected %r, got %r" % (k, v, got.get(k, "<missing>"))
            for k, v in want.items() if got.get(k, "<missing>") != v]


def _decide(lim: dayone.Limiter, step: Dict[str, Any]) -> Any:
    try:
        return lim.decide(step["key"], step["plan"], step.get("limit", "ingest"),
                          step.get("cost", 1), step.get("feature"), step.get("usage"),
                          step["now_ns"], step.get("period_anchor_unix_s"), step.get("wall_ns"))
    except dayone.Error as e:
        return e


_STAFF_STEPS = ("override_set", "override_clear", "limit_reset")


def _staff_step(lim: dayone.Limiter, step: Dict[str, Any]) -> List[str]:
    """An override_set, override_clear or limit_reset step: problems found."""
    want = step.get("expect") or {}
    try:
        if "override_set" in step:
            o = step["override_set"]
            lim.set_override(o["tenant"], o["limit"], o["rate"], o["rate_period_ns"], o["burst"],
                             o.get("reason"), o.get("expires_unix_s", 0))
            got = None
        elif "override_clear" in step:
            o = step["override_clear"]
            lim.clear_override(o["tenant"], o["limit"])
            got = None
        else:
            r = step["limit_reset"]
            got = lim.limit_reset(actor=r["actor"], role=r["role"], tenant=r["tenant"],
                                  action=r.get("action", "limit_reset"), reason=r.get("reason"),
                                  ticket=r.get("ticket"), now=r.get("now", 0), plan=r["plan"],
                                  limit=r["limit"], credit=r.get("credit", 0),
                                  what=r.get("what", "both"), now_ns=r.get("now_ns", 0),
                                  period_anchor_unix_s=r.get("period_anchor_unix_s", 0),
                                  wall_ns=r.get("wall_ns", 0))
    except dayone.Error as e:
        return [] if want.get("error") == e.code_name else [
            "expected %s, got %s (%s)" % (want.get("error") or "success", e.code_name, e)]
    if want.get("error"):
        return ["expected %s, got success" % want["error"]]
    problems: List[str] = []
    if got is not None:
        json.loads(got.event)  # one JSON object per line
        if "\n" in got.event:
            problems.append("the event is not one line")
        for k in ("allowed", "code", "event"):
            if k in want and getattr(got, k) != want[k]:
                problems.append("%s %r, expected %r" % (k, getattr(got, k), want[k]))
    return problems


@pytest.mark.parametrize("path", DECIDE_VECTORS, ids=[p.stem for p in DECIDE_VECTORS])
def test_decide_vector(path: pathlib.Path) -> None:
    v = json.loads(path.read_text())
    policy = None if v.get("policy") is None else dayone.Policy.from_string(v["policy"], path.name)
    mode = v.get("enforcement", "policy")
    # The served environment is the vector's (empty when absent), never the
    # process's: launch mode must not leak in from whoever runs the tests.
    served = v.get("env", {})
    if "limiter_error" in v:
        with pytest.raises(dayone.Error) as info:
            dayone.Limiter(policy, enforcement=None if mode == "policy" else mode,
                           capacity=v.get("capacity"), env=served)
        assert info.value.code_name == v["limiter_error"], str(info.value)
        assert v["limiter_error_contains"] in str(info.value)
        return
    lim = dayone.Limiter(policy, enforcement=None if mode == "policy" else mode,
                         capacity=v.get("capacity"), env=served)
    # The batch form must agree with one-by-one decisions on a twin limiter.
    twin = dayone.Limiter(policy, enforcement=None if mode == "policy" else mode,
                          capacity=v.get("capacity"), env=served)
    # So must decide_batch, whose records are built when read, on a third.
    lazy = dayone.Limiter(policy, enforcement=None if mode == "policy" else mode,
                          capacity=v.get("capacity"), env=served)
    problems: List[str] = []
    for n, step in enumerate(v["steps"]):
        if any(k in step for k in _STAFF_STEPS):
            # Both limiters take the action, so the twin stays in step.
            for lm, check in ((lim, True), (twin, False), (lazy, False)):
                got = _staff_step(lm, step)
                if check:
                    problems += ["step %d: %s" % (n, p) for p in got]
            continue
        repeat = step.get("repeat", 1)
        results = [_decide(lim, step) for _ in range(repeat)]
        req = {k: step[k] for k in ("key", "plan", "limit", "cost", "feature", "usage", "now_ns",
                                    "period_anchor_unix_s", "wall_ns")
               if k in step}
        try:
            batch: List[Any] = twin.decide_many([req] * repeat)
        except dayone.Error as e:
            batch = [e if d is None else d for d in (e.decisions or [e] * repeat)]
        try:
            lazily: List[Any] = list(lazy.decide_batch([req] * repeat))
        except dayone.Error as e:
            lazily = [e if d is None else d for d in (e.decisions or [e] * repeat)]
        for form, got in (("decide_many", batch), ("decide_batch", lazily)):
            for i, (a, b) in enumerate(zip(results, got)):
                same = (type(a) is type(b) if isinstance(a, Exception) else tuple(a) == tuple(b))
                if not same:
                    problems.append("step %d.%d: %s disagrees with decide" % (n, i, form))
        checks = [(results[-1], step.get("expect") or {})]
        if "expect_all" in step:
            checks += [(r, step["expect_all"]) for r in results]
        for r, want in checks:
            if isinstance(r, dayone.Error):
                if want.get("error") != r.code_name:
                    problems.append("step %d: expected %s, got %s (%s)"
                                    % (n, want.get("error") or "a decision", r.code_name, r))
                elif step["key"] in str(r) and len(step["key"]) > 3:
                    problems.append("step %d: the tenant key appears in the error" % n)
                continue
            if want.get("error"):
                problems.append("step %d: expected %s, got %r" % (n, want["error"], r))
                continue
            problems += ["step %d: %s" % (n, p) for p in _compare_decision(want, r)]
    assert not problems, "%s (%s): %s" % (path.name, v.get("description", ""),
                                          "; ".join(sorted(set(problems))[:10]))


def test_access_vectors_exist() -> None:
    assert len(ACCESS_VECTORS) >= 8, "tests/conformance/access is missing or nearly empty"


@pytest.mark.parametrize("path", ACCESS_VECTORS, ids=[p.stem for p in ACCESS_VECTORS])
def test_access_vector(path: pathlib.Path) -> None:
    v = json.loads(path.read_text(encoding="utf-8"))
    policy = None if v.get("policy") is None else dayone.Policy.from_string(v["policy"], path.stem)
    problems: List[str] = []
    for n, case in enumerate(v["cases"]):
        rq, want = case["request"], case["expect"]
        try:
            d = dayone.access_decide(actor=rq.get("actor"), role=rq.get("role"),
                                     tenant=rq.get("tenant"), action=rq.get("action"),
                                     reason=rq.get("reason"), ticket=rq.get("ticket"),
                                     duration=rq.get("duration", 0), now=rq["now"],
                                     policy=policy)
        except dayone.Error as e:
            if want.get("error") != e.code_name:
                problems.append("case %d: %s (%s)" % (n, e.code_name, e))
            continue
        if want.get("error"):
            problems.append("case %d: expected %s, got %s" % (n, want["error"], d.code))
            continue
        got = {"allowed": d.allowed, "code": d.code, "duration": d.duration}
        for k, w in got.items():
            if want[k] != w:
                problems.append("case %d: %s %r, expected %r" % (n, k, w, want[k]))
        if "why" in want and want["why"] != d.why:
            problems.append("case %d: why %r, expected %r" % (n, d.why, want["why"]))
        if "event" in want and want["event"] != d.event:
            problems.append("case %d: event %s, expected %s" % (n, d.event, want["event"]))
        # The event is one JSON line a log pipeline can parse on its own.
        ev = json.loads(d.event)
        if "\n" in d.event or ev["decision"] != ("allow" if d.allowed else "deny") or \
                ev["code"] != d.code or ev["duration"] != d.duration:
            problems.append("case %d: the event disagrees with the decision" % n)
        for secret in v.get("never_in_event", []):
            if secret in d.event:
                problems.append("case %d: the event holds a value it must withhold" % n)
    assert not problems, "%s (%s): %s" % (path.name, v.get("description", ""),
                                         "; ".join(problems))


def _when(t: Any) -> Any:
    """A vector's time: RFC 3339 UTC text read with datetime, or an int."""
    if isinstance(t, int):
        return t
    return datetime.datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize("path", PERIOD_VECTORS, ids=[p.stem for p in PERIOD_VECTORS])
def test_period_vector(path: pathlib.Path) -> None:
    v = json.loads(path.read_text())
    assert len(PERIOD_VECTORS) >= 4
    problems: List[str] = []
    for n, case in enumerate(v["cases"]):
        anchor = None if case.get("anchor") is None else _when(case["anchor"])
        try:
            start, reset = dayone.period_bounds(case["period"], _when(case["now"]), anchor)
        except dayone.Error as e:
            if case.get("error") != e.code_name:
                problems.append("case %d: %s" % (n, e.code_name))
            continue
        if case.get("error"):
            problems.append("case %d: expected %s, got %s" % (n, case["error"], start))
        elif (start, reset) != (_when(case["start"]), _when(case["reset"])):
            problems.append("case %d: [%s, %s), expected [%s, %s)"
                            % (n, start, reset, case["start"], case["reset"]))
    assert not problems, "%s: %s" % (path.name, "; ".join(problems))


def test_postmortem_vectors_exist() -> None:
    assert len(POSTMORTEM_VECTORS) >= 10, "tests/conformance/postmortem is missing or nearly empty"


@pytest.mark.parametrize("path", POSTMORTEM_VECTORS, ids=[p.stem for p in POSTMORTEM_VECTORS])
def test_postmortem_vector(path: pathlib.Path) -> None:
    v = json.loads(path.read_text(encoding="utf-8"))
    policy = None if v.get("policy") is None else dayone.Policy.from_string(v["policy"], path.stem)
    want = v["expect"]
    try:
        r = dayone.lint_report(v["report"], path=v["path"], policy=policy)
    except dayone.Error as e:
        assert want.get("error") == e.code_name, "%s: %s (%s)" % (path.name, e.code_name, e)
        return
    assert not want.get("error"), "%s: expected %s" % (path.name, want.get("error"))
    got = sorted((f.rule, f.key, f.severity, f.line, f.column) for f in r.findings)
    expected = sorted((f["rule"], f["key"], f.get("severity", "error"), f["line"], f["column"])
                      for f in want["findings"])
    assert got == expected, "%s (%s)" % (path.name, v.get("description", ""))
    assert r.ok == want["ok"]
    for f in r.findings:
        assert f.source == "report" and f.path == v["path"], f
        for text in v.get("never_in_findings", []):
            assert text not in f.message and text not in f.hint and text not in f.because
_STATE_WORDS = {"operational", "under_maintenance", "degraded_performance", "partial_outage",
                "major_outage", "unknown"}


def _status_scalars(x: Any) -> List[str]:
    """Every scalar of a facts object as JSON writes it (the C runner's view)."""
    if isinstance(x, dict):
        return [s for v in x.values() for s in _status_scalars(v)]
    if isinstance(x, list):
        return [s for v in x for s in _status_scalars(v)]
    if x is None or isinstance(x, bool):
        return []
    return [str(x)]


def test_status_vectors_exist() -> None:
    assert len(STATUS_VECTORS) >= 10, "tests/conformance/status is missing or nearly empty"


@pytest.mark.parametrize("path", STATUS_VECTORS, ids=[p.stem for p in STATUS_VECTORS])
def test_status_vector(path: pathlib.Path) -> None:
    v = json.loads(path.read_text())
    want = v["expect"]
    policy = None if v["policy"] is None else dayone.Policy.from_string(v["policy"], path.stem)
    try:
        now = _unix_ns(v["now"]) if "now" in v else None
        r = dayone.status(facts=v["facts"], policy=policy, now=now)
    except dayone.Error as e:
        assert want.get("error") == e.code_name, "%s: %s" % (path.name, e)
        return
    assert "error" not in want, "%s: expected %s" % (path.name, want["error"])
    problems: List[str] = []
    if "ok" in want and r.ok != want["ok"]:
        problems.append("ok %s" % r.ok)
    if "indicator" in want and r.indicator != want["indicator"]:
        problems.append("indicator %s, expected %s" % (r.indicator, want["indicator"]))
    if "components" in want:
        names = [c.name for c in r.components]
        if names != list(want["components"]):
            problems.append("components %s, expected %s" % (names, list(want["components"])))
        for c in r.components:
            w = want["components"].get(c.name)
            if w is None:
                continue
            if c.status != w["status"] or c.indicator != w.get("indicator", c.indicator):
                problems.append("%s: %s/%s" % (c.name, c.status, c.indicator))
            if "published" in w and c.published != w["published"]:
                problems.append("%s: published %s" % (c.name, c.published))
            if "reasons" in w:
                got = [(x.rule, x.check, x.fact, x.status) for x in c.reasons]
                exp = [(x["rule"], x["check"], x["fact"], x["status"]) for x in w["reasons"]]
                if got != exp:
                    problems.append("%s: reasons %s, expected %s" % (c.name, got, exp))
    if "findings" in want:
        got = sorted((f.rule, f.key, f.severity) for f in r.findings)
        exp = sorted((f["rule"], f["key"], f.get("severity", "error")) for f in want["findings"])
        if got != exp:
            problems.append("findings %s, expected %s" % (got, exp))
    # No fact's value (5 characters or more, not a status-page word) in any text.
    texts = [t for f in r.findings for t in (f.message, f.hint, f.because)]
    texts += [x.message for c in r.components for x in c.reasons]
    for val in _status_scalars(v["facts"]):
        if len(val) >= 5 and val not in _STATE_WORDS:
            assert not any(val in t for t in texts), "%s: LEAK of a fact's value" % path.name
    assert not problems, "%s: %s" % (path.name, "; ".join(problems))
