"""The public Python API behaves as documented."""
from __future__ import annotations

import dataclasses
import gc
import inspect
import datetime
import json
import math
import os
import pathlib
import time
import typing

import pytest

import dayone

FREE_INGEST_BURST = 100  # default policy: free plan, ingest {rpm: 600, burst: 100}


def test_public_names() -> None:
    for name in ["Policy", "check", "enforce", "Report", "Finding", "Limiter", "Decision",
                 "Error", "PolicyError", "EnvFileError", "NotFoundError", "PolicyViolation"]:
        assert hasattr(dayone, name), name
    assert set(dayone.__all__) <= set(dir(dayone))
    assert dayone.library_version() == dayone.__version__


def test_policy_constructors(tmp_path) -> None:
    p = dayone.Policy.default()
    assert p is dayone.Policy.default()  # loaded once
    assert p.name == "<default>"
    assert p.plans[0] == "free" and len(p.plans) >= 2
    src = dayone.Policy.default_source()
    assert "version: 1" in src
    f = tmp_path / "policy.yaml"
    f.write_text(src)
    from_file = dayone.Policy.from_file(f)
    assert from_file.plans == p.plans and from_file.name == str(f)
    from_str = dayone.Policy.from_string(src, name="mine")
    assert from_str.plans == p.plans and from_str.name == "mine"
    assert dayone.Policy.from_string(src.encode()).plans == p.plans
    assert "Policy" in repr(p)
    with pytest.raises(TypeError):
        dayone.Policy()


def test_check_report_and_findings(good_env) -> None:
    report = dayone.check(env=good_env)
    assert report.ok is True and report.findings == [] and len(report) == 0
    del good_env["DATABASE_URL"]
    report = dayone.check(env=good_env, policy=dayone.Policy.default())
    assert report.ok is False
    (f,) = report.findings
    assert isinstance(f, dayone.Finding)
    assert (f.rule, f.key, f.severity) == ("secret-required", "DATABASE_URL", "error")
    assert f.message and f.hint and f.because == "" and f.source == "" and f.path == "" and f.line == 0
    assert dataclasses.is_dataclass(f)
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.rule = "x"  # type: ignore[misc]
    assert report.errors == [f] and report.warnings == []
    assert report.policy_name == "<default>"
    # Renderings come from C.
    doc = json.loads(report.to_json())
    assert doc["ok"] is False and doc["findings"][0]["key"] == "DATABASE_URL"
    assert "DATABASE_URL" in report.to_text()
    assert json.loads(report.to_sarif())["version"] == "2.1.0"
    assert report.to_junit().lstrip().startswith("<?xml")
    assert report.render("json") == report.to_json()
    assert "\x1b[" in report.to_text(color=True)
    with pytest.raises(ValueError, match="unknown format"):
        report.render("yaml")
    assert "ok=False" in repr(report)


def test_check_because_and_sources(good_env, tmp_path) -> None:
    good_env["BILLING_ENABLED"] = "true"
    report = dayone.check(env=good_env)
    keys = {(f.key, f.because) for f in report.findings}
    assert ("STRIPE_SECRET_KEY", "BILLING_ENABLED=true") in keys
    envfile = tmp_path / "target.env"
    envfile.write_text("SECRET_KEY=short\n")
    report = dayone.check(env=good_env, env_files=[envfile])
    f = next(f for f in report.findings if f.key == "SECRET_KEY")
    assert f.source == "file" and f.path == str(envfile) and f.line == 1
    # a single path is accepted too, and later files win
    envfile2 = tmp_path / "override.env"
    envfile2.write_text("SECRET_KEY=" + good_env["SECRET_KEY"] + "\n")
    report = dayone.check(env=good_env, env_files=(envfile, envfile2))
    assert not [f for f in report.findings if f.key == "SECRET_KEY"]
    report = dayone.check(env={}, env_files=str(envfile))
    assert {f.key for f in report.findings} >= {"SECRET_KEY", "DATABASE_URL"}


def test_check_process_environment(monkeypatch, good_env) -> None:
    for k in list(os.environ):
        if k.startswith(("SECRET_", "DATABASE_", "INTEGRATION_", "BILLING", "LAUNCH", "ENVIRONMENT")):
            monkeypatch.delenv(k)
    for k, v in good_env.items():
        monkeypatch.setenv(k, v)
    assert dayone.check().ok
    monkeypatch.delenv("DATABASE_URL")
    report = dayone.check()
    assert [f.key for f in report.findings] == ["DATABASE_URL"]
    with pytest.raises(dayone.PolicyViolation):
        dayone.enforce()


def test_check_options(good_env) -> None:
    names = {k: "" for k in good_env}  # a secrets-manager listing: names only
    assert not dayone.check(env=names).ok
    report = dayone.check(env={k: "set" for k in good_env}, presence_only=True)
    assert report.ok, report.to_text()
    example = {"SECRET_KEY": good_env["SECRET_KEY"]}
    report = dayone.check(env=good_env, example=example)
    assert [(f.rule, f.key) for f in report.findings] == [("secret-placeholder", "SECRET_KEY")]


def test_enforce(good_env) -> None:
    assert dayone.enforce(env=good_env).ok
    bad = dict(good_env, SECRET_KEY="changeme")
    with pytest.raises(dayone.PolicyViolation) as ei:
        dayone.enforce(env=bad)
    e = ei.value
    assert isinstance(e, dayone.Error)
    assert not e.report.ok and e.report.findings[0].key == "SECRET_KEY"
    assert "SECRET_KEY" in str(e)


def test_explain(good_env) -> None:
    text = dayone.explain("STRIPE_SECRET_KEY", env=dict(good_env, BILLING_ENABLED="true"))
    assert "STRIPE_SECRET_KEY" in text
    with pytest.raises(dayone.NotFoundError):
        dayone.explain("NO_RULE_MENTIONS_THIS", env=good_env)


def test_limiter_decide() -> None:
    with dayone.Limiter(dayone.Policy.default()) as lim:
        t0 = 1_000_000_000_000
        d = lim.decide("tenant-1", "free", "ingest", now_ns=t0)
        assert isinstance(d, dayone.Decision)
        assert d.allowed and d and d.outcome == "allow" and d.status == 200
        assert d.retry_after == 0.0 and d.retry_after_ns == 0
        assert d.remaining == FREE_INGEST_BURST - 1 and d.limit == FREE_INGEST_BURST
        assert d.limit_name == "ingest" and d.upgrade_plan is None
        assert d.reset_after > 0 and d.reset_after_ns > 0
        h = d.headers()
        assert "Retry-After" not in h and h["RateLimit"].startswith('"ingest";')
        for _ in range(FREE_INGEST_BURST - 1):
            assert lim.decide("tenant-1", "free", "ingest", now_ns=t0).allowed
        d = lim.decide("tenant-1", "free", "ingest", now_ns=t0)
        assert not d.allowed and not d and d.outcome == "deny_rate" and d.status == 429
        assert d.retry_after_ns > 0 and math.isclose(d.retry_after, d.retry_after_ns / 1e9)
        assert int(d.headers()["Retry-After"]) == math.ceil(d.retry_after)
        # another tenant is independent
        assert lim.decide("tenant-2", "free", "ingest", now_ns=t0).allowed
        # tracked counts live state on the limiter's own clock; a cost of 50
        # keeps it live for 5 s (free ingest: one request per 100 ms)
        lim.decide("tenant-3", "free", "ingest", cost=50)
        lim.decide("tenant-4", "free", "ingest", cost=50)
        assert lim.tracked >= 2 and lim.memory > 0
        assert lim.policy is dayone.Policy.default()
    assert lim.closed
    with pytest.raises(ValueError, match="closed"):
        lim.decide("tenant-1", "free", "ingest")
    lim.close()  # idempotent


def test_limiter_paywall_quota_and_cost() -> None:
    lim = dayone.Limiter(enforcement="strict")
    d = lim.decide("t", "free", "ingest", feature="sso", now_ns=1)
    assert (d.outcome, d.status, d.allowed) == ("deny_plan", 403, False)
    assert d.upgrade_plan in dayone.Policy.default().plans
    d = lim.decide("t", "free", "ingest", usage=10**9, now_ns=1)
    assert (d.outcome, d.status) == ("deny_quota", 402)
    assert d.quota_remaining is not None or d.limit > 0
    d = lim.decide("t", "free", "ingest", cost=FREE_INGEST_BURST + 1, now_ns=1)
    assert d.outcome == "deny_rate" and d.retry_after_ns == -1 and d.retry_after == math.inf
    soft = dayone.Limiter(enforcement="soft")
    d = soft.decide("t", "free", "ingest", usage=10**9, now_ns=1)
    assert d.allowed and d.outcome == "allow_overage"


@pytest.mark.parametrize("capacity", [1, 5, 13])
def test_capacity_is_the_most_pairs_tracked(capacity: int) -> None:
    policy = dayone.Policy.from_string(
        "version: 1\nplans:\n  - name: p\n    limits:\n      api: {rpm: 60}\n")
    # The library's clock (CLOCK_MONOTONIC, which tracked reads too): each
    # pair's state stays live for 1 s, far longer than the loop takes.
    with dayone.Limiter(policy, capacity=capacity) as lim:
        assert all(lim.decide("t%d" % i, "p", "api").allowed for i in range(capacity))
        for i in range(capacity, capacity + 20):
            d = lim.decide("t%d" % i, "p", "api")
            assert not d.allowed
            assert (d.outcome, d.status, d.reason) == ("deny_rate", 429, "limiter at capacity")
            assert d.retry_after_ns > 0
        assert lim.tracked == capacity
        # state expires after 1 s (+ the sweep's 1 s grace): a new pair fits again
        later = time.monotonic_ns() + 3 * 10**9
        assert lim.decide("late", "p", "api", now_ns=later).allowed


def test_unlimited_and_none_limits() -> None:
    policy = dayone.Policy.from_string(
        "version: 1\nplans:\n  - name: lite\n    limits: {api: {rpm: 60}, bulk: none}\n"
        "  - name: full\n    limits: {api: unlimited, bulk: {rpm: 6}}\n")
    with dayone.Limiter(policy) as lim:
        d = lim.decide("t", "full", "api", cost=1000, usage=10**9)
        assert (d.allowed, d.reason, d.burst, d.remaining) == (True, "unlimited", 0, -1)
        assert d.headers() == {}
        d = lim.decide("t", "lite", "bulk")
        assert (d.outcome, d.status, d.upgrade_plan, d.reason) == (
            "deny_plan", 403, "full", "limit not in plan")
        assert lim.tracked == 0


def test_policy_lint() -> None:
    assert dayone.Policy.default().lint().findings == []
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "..", "..", "..", "tests", "policies", "good", "ladder-down.yaml")
    report = dayone.Policy.from_file(path).lint()
    assert report.ok  # warnings only
    places = [(f.line, f.column) for f in report.warnings]
    assert places == [(13, 21), (13, 31), (14, 7), (15, 22), (11, 5), (23, 7), (25, 22)]
    first = report.findings[0]
    assert (first.rule, first.key, first.severity, first.source) == (
        "plan-ladder", "pro", "warning", "policy")
    assert first.path == path
    assert first.message == ("plan 'pro' has a lower 'ingest' rate than plan 'free' "
                             "before it (5 per second < 600 per minute)")


def test_limiter_clock() -> None:
    now = [5_000_000_000]
    lim = dayone.Limiter(clock=lambda: now[0])
    for _ in range(FREE_INGEST_BURST):
        assert lim.decide("k", "free", "ingest").allowed
    d = lim.decide("k", "free", "ingest")
    assert not d.allowed
    now[0] += d.retry_after_ns
    assert lim.decide("k", "free", "ingest").allowed


def test_decide_many() -> None:
    lim = dayone.Limiter()
    reqs = [("a", "free", "ingest"), {"key": "b", "plan": "pro", "limit": "api", "now_ns": 7},
            ("c", "free", "ingest", 2, None, None, 7), ["d", "free", "ingest"]]
    out = lim.decide_many(reqs)
    assert [d.allowed for d in out] == [True] * 4
    assert [d.limit_name for d in out] == ["ingest", "api", "ingest", "ingest"]
    assert out[2].remaining == FREE_INGEST_BURST - 2
    assert lim.decide_many([]) == []
    assert len(lim.decide_many(("t%d" % i, "free", "ingest") for i in range(10))) == 10
    # same verdicts as one by one
    a, b = dayone.Limiter(), dayone.Limiter()
    reqs2 = [("x", "free", "ingest", 1, None, None, 1)] * (FREE_INGEST_BURST + 3)
    assert [tuple(d) for d in a.decide_many(reqs2)] == [tuple(b.decide(*r)) for r in reqs2]


def test_decide_batch_matches_decide_many() -> None:
    a, b = dayone.Limiter(), dayone.Limiter()
    reqs: typing.List[typing.Any] = [("x", "free", "ingest", 1, None, None, 1)] * (FREE_INGEST_BURST + 3)
    reqs += [{"key": "y", "plan": "pro", "limit": "api", "now_ns": 1}, ["z", "free", "ingest"]]
    batch = a.decide_batch(reqs)
    many = b.decide_many(reqs)
    assert isinstance(batch, dayone.DecisionBatch) and isinstance(batch, typing.Sequence)
    assert len(batch) == len(many)
    assert [tuple(d) for d in batch] == [tuple(d) for d in many]
    assert batch.allowed == tuple(d.allowed for d in many)
    assert False in batch.allowed  # past the burst: the batch holds denials too
    assert type(batch[0]) is dayone.Decision and batch[-1] == many[-1]
    assert batch[-1].limit_name == "ingest" and batch[-2].limit_name == "api"
    assert batch[1:4] == many[1:4] and batch[::-2] == many[::-2]
    with pytest.raises(IndexError):
        batch[len(many)]
    with pytest.raises(TypeError):
        batch["0"]  # type: ignore[call-overload]
    assert len(a.decide_batch([])) == 0
    assert "2 decisions" in repr(a.decide_batch([("p", "free", "ingest")] * 2))
    # A failed request raises as decide_many does, with every decision.
    with pytest.raises(dayone.NotFoundError) as ei:
        a.decide_batch([("a", "free", "ingest"), ("b", "no-such-plan", "ingest")])
    assert ei.value.index == 1 and ei.value.decisions[1] is None
    assert ei.value.decisions[0].allowed


def test_bound_decide_takes_the_methods_arguments() -> None:
    # decide is a method made in C; it reads the documented Python method's
    # arguments by position and by name, refuses what that method would
    # refuse, and calls the limiter's clock when no now_ns is given.
    lim, ref = dayone.Limiter(), dayone.Limiter(clock=lambda: 5)
    python_decide = dayone.Limiter.decide.__wrapped__
    assert inspect.isfunction(python_decide) and not inspect.isfunction(dayone.Limiter.decide)
    assert lim.decide.__name__ == "decide" and "decide" not in lim.__dict__
    assert list(inspect_signature(lim.decide).parameters) == \
        list(inspect_signature(python_decide).parameters)[1:]
    assert dayone.Limiter.decide.__doc__ == python_decide.__doc__
    assert tuple(dayone.Limiter(clock=lambda: 5).decide("k", "free", "ingest")) == \
        tuple(dayone.Limiter().decide("k", "free", "ingest", now_ns=5))
    pos = lim.decide("k", "free", "ingest", 2, None, None, 5, None, None)
    kw = ref.decide(limit="ingest", plan="free", key="k", cost=2, now_ns=5)
    assert tuple(pos) == tuple(kw)
    for args, kwargs, words in [
            (("k", "free", "ingest", 1, None, None, 5, None, None, 0), {}, "at most 9"),
            (("k", "free", "ingest"), {"colour": 1}, "unexpected keyword argument 'colour'"),
            (("k", "free", "ingest"), {"plan": "pro"}, "multiple values for argument 'plan'"),
            (("k", "free"), {}, "limit is required")]:
        with pytest.raises(TypeError, match=words):
            lim.decide(*args, **kwargs)
    lim.close()
    with pytest.raises(ValueError, match="closed"):
        lim.decide("k", "free", "ingest")


def test_bound_decide_refuses_after_close() -> None:
    # A reference to the bound decide taken before close() stops deciding
    # with it, as the method does: ValueError, after reading its arguments.
    lim = dayone.Limiter()
    decide = lim.decide
    assert decide("k", "free", "ingest").allowed
    lim.close()
    with pytest.raises(ValueError, match="closed"):
        decide("k", "free", "ingest")
    with pytest.raises(TypeError, match="colour"):
        decide("k", "free", "ingest", colour=1)


def test_subclass_decide_is_not_hidden() -> None:
    # decide is bound in C only where the class does not override it.
    seen: typing.List[str] = []

    class Recording(dayone.Limiter):
        def decide(self, key: str, plan: str, limit: str,  # type: ignore[override]
                   *args: typing.Any, **kwargs: typing.Any) -> dayone.Decision:
            seen.append(key)
            return super().decide(key, plan, limit, *args, **kwargs)

    lim = Recording()
    assert lim.decide("k", "free", "ingest").allowed
    assert seen == ["k"]
    assert "decide" not in lim.__dict__


def test_subclass_own_slots_and_properties_are_read() -> None:
    # The C method reads a Limiter's slots at their offsets; a subclass that
    # gives `_h` a slot of its own, or `_clock` a property, is decided by the
    # Python method it wraps, which reads them as attributes.
    class OwnSlot(dayone.Limiter):
        __slots__ = ("_h",)

    lim = OwnSlot()
    assert lim.decide("k", "free", "ingest", now_ns=1).allowed
    lim.close()
    with pytest.raises(ValueError):
        lim.decide("k", "free", "ingest", now_ns=1)

    calls: typing.List[int] = []

    class ClockProperty(dayone.Limiter):
        @property  # type: ignore[override]
        def _clock(self) -> typing.Callable[[], int]:
            def clock() -> int:
                calls.append(1)
                return 10**12
            return clock

        @_clock.setter
        def _clock(self, value: typing.Any) -> None:
            pass

    d = ClockProperty().decide("k", "free", "ingest")
    assert d.allowed
    assert calls == [1]


def test_decide_batch_keeps_what_it_decided() -> None:
    # A batch holds the strings its requests were decided with, not the
    # caller's dicts and lists: changing or emptying them afterwards changes
    # nothing read back from it (the records used to be built from the
    # containers, reading a freed str once the field was deleted).
    lim = dayone.Limiter()
    as_dict = {"key": "".join(["k", "1"]), "plan": "free", "limit": "".join(["in", "gest"])}
    as_list: typing.List[typing.Any] = ["".join(["k", "2"]), "".join(["fr", "ee"]),
                                        "".join(["in", "gest"]), 1, None]
    batch = lim.decide_batch([as_dict, as_list])
    expect = [(d.allowed, d.limit_name, d.reason) for d in batch]
    assert [e[1] for e in expect] == ["ingest", "ingest"]
    as_dict["limit"] = "other"
    as_list[2] = "other"
    assert [(d.allowed, d.limit_name, d.reason) for d in batch] == expect
    del as_dict["limit"]
    as_list.clear()
    gc.collect()
    assert [(d.allowed, d.limit_name, d.reason) for d in batch] == expect
    assert batch[0:2] == list(batch)


def test_batches_and_records_hold_plain_strings() -> None:
    # A str subclass instance could carry any object; a batch and a record
    # are not tracked by the garbage collector, so they hold exact strs
    # only: a subclass's text is copied, never its instance kept.
    class Name(str):
        pass

    lim = dayone.Limiter()
    name = Name("ingest")
    name.back = lim  # type: ignore[attr-defined]
    batch = lim.decide_batch([(Name("k"), Name("free"), name)] * 2)
    assert not gc.is_tracked(batch)
    assert type(batch[0].limit_name) is str and batch[0].limit_name == "ingest"
    one = lim.decide(Name("k"), Name("free"), name)
    assert type(one.limit_name) is str and one.limit_name == "ingest"
    assert lim.decide_many([{"key": "k", "plan": "free", "limit": name}])[0].limit_name == "ingest"


def test_decide_batch_reads_requests_others_change() -> None:
    # A batch of 64 or more requests is decided with the GIL released while
    # another thread replaces the requests' fields: each record names a
    # limit of the policy (the one read when the batch was taken).
    import threading
    lim = dayone.Limiter()
    reqs = [{"key": "k%d" % i, "plan": "free", "limit": "ingest"} for i in range(64)]
    stop = threading.Event()

    def churn() -> None:
        i = 0
        while not stop.is_set():
            r = reqs[i % 64]
            r["limit"] = "".join(["in", "gest"])
            r["key"] = "k%d" % i
            i += 1

    t = threading.Thread(target=churn)
    t.start()
    try:
        for _ in range(50):
            batch = lim.decide_batch(reqs)
            assert {d.limit_name for d in batch} == {"ingest"}
    finally:
        stop.set()
        t.join()


def test_decide_many_reads_a_list_others_change() -> None:
    # decide_many() releases the GIL for a batch of 64 or more requests and
    # reads tuples' strings in place: the list it was given is copied first,
    # so another thread replacing the list's tuples (dropping the last
    # reference to their strings) changes nothing it decides. The other
    # thread swaps each request between two limits of different sizes: a
    # record must name the limit it was decided for (the one its burst and
    # rate are), not whatever request the list holds by the time it is built.
    import threading
    lim = dayone.Limiter()
    reqs = [("".join(["k", str(i)]), "free", "".join(["in", "gest"])) for i in range(256)]
    kinds = {(name, d.burst, d.rate) for name in ("ingest", "api")
             for d in [lim.decide("ref", "free", name, now_ns=1)]}
    assert len({(b, r) for _, b, r in kinds}) == 2  # the two limits can be told apart
    stop = threading.Event()

    def churn() -> None:
        i = 0
        while not stop.is_set():
            limit = ("".join(["in", "gest"]), "".join(["a", "pi"]))[(i // 256) % 2]
            reqs[i % 256] = ("".join(["k", str(i)]), "free", limit)
            i += 1

    t = threading.Thread(target=churn)
    t.start()
    try:
        for _ in range(100):
            out = lim.decide_many(reqs)
            assert len(out) == 256
            assert {(d.limit_name, d.burst, d.rate) for d in out} <= kinds
    finally:
        stop.set()
        t.join()


def test_decide_many_reads_every_kind_of_request_alike() -> None:
    # The usual request, a tuple (key, plan, limit) of strs sharing the
    # previous one's plan and limit, is read without the general path; every
    # other shape goes through it. Both give the decisions of decide() one
    # by one, and name the request's own limit str; a request the fast
    # reading cannot take (bytes, non-ASCII, a NUL) is still read or refused.
    class Name(str):
        pass

    plan, limit, other = "pro", "ingest", "".join(["in", "gest"])
    reqs: typing.List[typing.Any] = [("k%d" % i, plan, limit) for i in range(70)]
    reqs += [("k1", plan, other), ("k2", "".join(["p", "ro"]), other), (b"k3", plan, limit),
             ("k\u00e9", plan, limit), (Name("k5"), plan, limit), ("k6", plan, Name("api")),
             {"key": "k7", "plan": plan, "limit": limit}, ["k8", plan, limit],
             ("k9", plan, limit, 3), ("k1", plan, limit, 1, None, None, 5)]
    a, b = dayone.Limiter(clock=lambda: 10**9), dayone.Limiter(clock=lambda: 10**9)
    many = a.decide_many(reqs)
    one = []
    for r in reqs:
        one.append(b.decide(**r) if isinstance(r, dict) else b.decide(*r))
    assert [tuple(d) for d in many] == [tuple(d) for d in one]
    assert many[0].limit_name is limit and many[70].limit_name is other
    assert type(many[75].limit_name) is str and many[75].limit_name == "api"
    with pytest.raises(ValueError, match="request 71: key must not contain NUL"):
        a.decide_many([("k", plan, limit)] * 71 + [("k\0x", plan, limit)])


def inspect_signature(f: typing.Any) -> typing.Any:
    import inspect
    return inspect.signature(f)


def test_decide_many_partial_failure() -> None:
    lim = dayone.Limiter()
    with pytest.raises(dayone.NotFoundError) as ei:
        lim.decide_many([("a", "free", "ingest"), ("b", "no-such-plan", "ingest"), ("c", "free", "ingest")])
    e = ei.value
    assert e.index == 1
    assert e.decisions is not None and e.decisions[1] is None
    assert e.decisions[0].allowed and e.decisions[2].allowed


def test_swap_policy() -> None:
    lim = dayone.Limiter()
    p = dayone.Policy.from_string(dayone.Policy.default_source(), name="v2")
    lim.swap_policy(p)
    assert lim.policy is p
    assert lim.decide("a", "free", "ingest").allowed


def test_decision_is_plain_data() -> None:
    d = dayone.Limiter().decide("a", "free", "ingest", now_ns=1)
    assert d == dayone.Limiter().decide("a", "free", "ingest", now_ns=1)
    assert d._asdict()["outcome"] == "allow"
    import pickle
    d2 = pickle.loads(pickle.dumps(d))
    assert d2 == d and type(d2) is dayone.Decision and d2.outcome == "allow"
    assert "allow" in repr(d)


def test_type_hints_everywhere() -> None:
    import inspect
    for obj in [dayone.check, dayone.enforce, dayone.explain, dayone.Limiter.__init__,
                dayone.Limiter.decide, dayone.Limiter.decide_many, dayone.Policy.from_file,
                dayone.Policy.from_string, dayone.Policy.default, dayone.Report.render]:
        hints = typing.get_type_hints(obj)
        params = [p for p in inspect.signature(obj).parameters if p not in ("self", "cls")]
        assert set(params) <= set(hints), obj
        assert "return" in hints, obj
    import importlib.resources
    assert importlib.resources.files("dayone").joinpath("py.typed").is_file()


def test_env_snapshot_reuse(good_env, tmp_path) -> None:
    snap = dayone.Env(good_env)
    assert len(snap) == len(good_env) and "SECRET_KEY" in snap and "NOPE" not in snap
    assert 5 not in snap  # type: ignore[operator]
    assert good_env["SECRET_KEY"] not in repr(snap)
    for _ in range(3):
        assert dayone.check(env=snap).ok
    f = tmp_path / "x.env"
    f.write_text("SECRET_KEY=short\n")
    layered = dayone.Env(good_env, env_files=[f])
    r = dayone.check(env=layered)
    assert [(x.key, x.source, x.line) for x in r.findings][0] == ("SECRET_KEY", "file", 1)
    assert dayone.check(env=good_env, example=dayone.Env({"SECRET_KEY": good_env["SECRET_KEY"]})).findings
    with pytest.raises(ValueError):
        dayone.check(env=snap, env_files=[f])
    with pytest.raises(TypeError):
        dayone.Env(snap)  # type: ignore[arg-type]


def test_raw_layer_hides_free_functions() -> None:
    raw = dayone._dayone
    for name in ["dayone_policy_free", "dayone_env_free", "dayone_report_free",
                 "dayone_limiter_free", "dayone_free", "dayone_check", "dayone_limiter_decide"]:
        assert not hasattr(raw, name), name


def test_decide_many_uses_the_clock() -> None:
    now = [7_000_000_000]
    lim = dayone.Limiter(clock=lambda: now[0])
    out = lim.decide_many([("k", "free", "ingest", FREE_INGEST_BURST)])
    assert out[0].allowed
    (d,) = lim.decide_many([("k", "free", "ingest")])
    assert not d.allowed
    now[0] += d.retry_after_ns
    assert lim.decide_many([("k", "free", "ingest")])[0].allowed
    # an explicit now_ns wins over the clock
    assert not lim.decide_many([{"key": "k", "plan": "free", "limit": "ingest", "now_ns": now[0]}])[0].allowed


# ---- facts, now and profiles ----

_DAILY = ("version: 1\nposture:\n  - id: backup-fresh\n    key: backup.db.last_success_at\n"
          "    profiles: [daily]\n    max_age: 26h\n")
_FACTS = {"backup": {"db": {"last_success_at": "2026-03-01T04:00:00Z"}}}
_LATE = datetime.datetime(2026, 3, 2, 7, tzinfo=datetime.timezone.utc)
_EARLY = datetime.datetime(2026, 3, 1, 7, tzinfo=datetime.timezone.utc)


def test_check_facts_dict_now_profiles() -> None:
    policy = dayone.Policy.from_string(_DAILY, "daily.yaml")
    assert dayone.check({}, policy, facts=_FACTS, now=_LATE).findings == []  # startup only
    [f] = dayone.check({}, policy, facts=_FACTS, now=_LATE, profiles=["daily"]).findings
    assert (f.rule, f.source, f.path) == ("fact-stale", "facts", "facts.json"), f
    assert dayone.check({}, policy, facts=_FACTS, now=_EARLY, profiles=["daily"]).ok
    text = dayone.explain("backup.db.last_success_at", {}, policy, facts=_FACTS, now=_LATE,
                          profiles=["daily"])
    assert "fact-stale" in text and "2026-03-01T04:00:00Z" not in text, text


def test_check_facts_files_layered(tmp_path: pathlib.Path) -> None:
    policy = dayone.Policy.from_string(_DAILY, "daily.yaml")
    old = tmp_path / "old.json"
    old.write_text(json.dumps(_FACTS))
    new = tmp_path / "new.yaml"
    new.write_text("backup:\n  db:\n    last_success_at: '2026-03-02T06:00:00Z'\n")
    assert not dayone.check({}, policy, facts=old, now=_LATE, profiles=["daily"]).ok
    assert dayone.check({}, policy, facts=[old, new], now=_LATE, profiles=["daily"]).ok


def test_facts_errors(tmp_path: pathlib.Path) -> None:
    policy = dayone.Policy.from_string(_DAILY, "daily.yaml")
    bad = tmp_path / "bad.json"
    bad.write_text('{"a": [1,}\n')
    with pytest.raises(dayone.EnvFileError) as info:
        dayone.check({}, policy, facts=bad, profiles=["daily"])
    assert (info.value.path, info.value.line) == (str(bad), 1), info.value
    with pytest.raises(ValueError, match="timezone-aware"):
        dayone.check({}, policy, now=datetime.datetime(2026, 3, 2))
    with pytest.raises(dayone.Error, match="unknown profile 'nightly'"):
        dayone.check({}, policy, profiles=["nightly"])
    with pytest.raises(TypeError):
        dayone.check({}, policy, profiles="daily")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="JSON-serialisable"):
        dayone.check({}, policy, facts={"a": object()})
