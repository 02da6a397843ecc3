"""The limiter's counters: stats() agrees with the decisions made, and
metrics() is valid Prometheus text, as read by the format's reference parser
(prometheus_client.parser), whose samples carry the same counts."""
from __future__ import annotations

import threading
from typing import Dict, Tuple

import pytest
from prometheus_client.parser import text_string_to_metric_families

import dayone

POLICY = """\
version: 1
billing: {enforcement: strict}
plans:
  - name: free
    limits: {ingest: {rpm: 60, burst: 2, quota: events}, export: none}
    quotas: {events: 10}
  - name: pro
    limits: {ingest: {rpm: 600, burst: 20, quota: events}, export: {rpm: 60, burst: 5}}
    quotas: {events: 1000}
"""

T0 = 1_000_000_000_000


def limiter(capacity: int = 100) -> dayone.Limiter:
    return dayone.Limiter(dayone.Policy.from_string(POLICY), capacity=capacity, env={})


def counts(stats: Dict) -> Dict[Tuple[str, str, str], int]:
    return {(p, l, o): n for p, l, o, n in stats["decisions"]}


def parsed(text: str) -> Dict[str, object]:
    return {f.name: f for f in text_string_to_metric_families(text)}


def test_stats_count_each_outcome() -> None:
    with limiter() as lim:
        outcomes = [lim.decide("a", "free", "ingest", now_ns=T0).outcome for _ in range(3)]
        assert outcomes == ["allow", "allow", "deny_rate"]
        assert lim.decide("b", "free", "ingest", usage=10, now_ns=T0).outcome == "deny_quota"
        assert lim.decide("a", "free", "export", now_ns=T0).outcome == "deny_plan"
        with pytest.raises(dayone.NotFoundError):
            lim.decide("a", "gold", "ingest", now_ns=T0)  # an error is no decision
        s = lim.stats()
        c = counts(s)
        assert c[("free", "ingest", "allow")] == 2
        assert c[("free", "ingest", "deny_rate")] == 1
        assert c[("free", "ingest", "deny_quota")] == 1
        assert c[("free", "export", "deny_plan")] == 1
        assert c[("pro", "export", "allow")] == 0
        assert s["total"] == 5 and s["denied"] == 3
        assert s["table_capacity"] == 100 and s["table_occupied"] == 1
        assert {o for _, _, o in c} == set(dayone.OUTCOMES)


def test_batch_and_threads_add_up() -> None:
    with limiter(capacity=10_000) as lim:
        reqs = [("k%d" % (i % 7), "pro", "export", 1, None, -1, T0) for i in range(100)]
        decided = lim.decide_many(reqs)
        threads = [threading.Thread(target=lambda n=n: [
            lim.decide("t%d" % n, "pro", "ingest", now_ns=T0) for _ in range(500)])
            for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        s = lim.stats()
        c = counts(s)
        assert c[("pro", "export", "allow")] == sum(d.allowed for d in decided) == 7 * 5
        assert c[("pro", "ingest", "allow")] + c[("pro", "ingest", "deny_rate")] == 8 * 500
        assert s["total"] == 100 + 8 * 500


def test_metrics_parse_as_prometheus_text() -> None:
    with limiter(capacity=2) as lim:
        for key in ("a", "b", "c"):  # the third key finds the table full
            lim.decide(key, "pro", "ingest", now_ns=T0)
        lim.decide("a", "free", "export", now_ns=T0)
        text = lim.metrics()
        fams = parsed(text)
        dec = fams["dayone_decisions"]  # the parser strips a counter's _total
        assert dec.type == "counter" and dec.documentation
        got = {(s.labels["plan"], s.labels["limit"], s.labels["outcome"]): s.value
               for s in dec.samples}
        assert got == {k: float(v) for k, v in counts(lim.stats()).items()}
        assert got[("pro", "ingest", "allow")] == 2
        assert got[("pro", "ingest", "deny_rate")] == 1
        assert got[("free", "export", "deny_plan")] == 1
        assert fams["dayone_limiter_table_capacity"].type == "gauge"
        assert fams["dayone_limiter_table_capacity"].samples[0].value == 2
        assert fams["dayone_limiter_table_occupied"].samples[0].value == 2
        assert fams["dayone_limiter_table_refusals"].samples[0].value == 1
        assert fams["dayone_backend_up"].samples[0].value == 0
        modes = {s.labels["mode"] for s in fams["dayone_backend_fallbacks"].samples}
        assert modes == {"local", "open", "closed"}
        for f in fams.values():  # every family has its HELP and TYPE
            assert f.documentation and f.type in ("counter", "gauge")
    with pytest.raises(ValueError, match="closed"):
        lim.metrics()


BAN_POLICY = """\
version: 1
plans:
  - name: free
    limits:
      ingest: {rpm: 60, burst: 1, ban: {max_denials: 2, ban_time_s: 10}}
"""


def test_bans_from_the_api_and_from_escalation() -> None:
    with dayone.Limiter(dayone.Policy.from_string(BAN_POLICY), env={}) as lim:
        lim.ban("abuser", "ingest", 30 * 10**9, now_ns=T0)
        d = lim.decide("abuser", "free", "ingest", now_ns=T0 + 10**9)
        assert (d.outcome, d.status, d.allowed, d.reason) == ("deny_banned", 403, False, "banned")
        assert d.retry_after_ns == 29 * 10**9 and d.headers() == {"Retry-After": "29"}
        assert lim.bans(now_ns=T0) == [("abuser", "ingest", 30 * 10**9, 1)]
        lim.unban("abuser", "ingest", now_ns=T0)
        assert lim.decide("abuser", "free", "ingest", now_ns=T0).allowed
        with pytest.raises(dayone.NotFoundError):
            lim.unban("abuser", "ingest", now_ns=T0)
        with pytest.raises(dayone.NotFoundError):
            lim.ban("abuser", "nope", 10**9, now_ns=T0)
        # escalation: two rate denials ban the key for ban_time_s
        assert [lim.decide("ip", "free", "ingest", now_ns=T0).outcome for _ in range(4)] == [
            "allow", "deny_rate", "deny_rate", "deny_banned"]
        assert counts(lim.stats())[("free", "ingest", "deny_banned")] == 2
