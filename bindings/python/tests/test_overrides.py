"""Per-tenant overrides and limit_reset through the Python binding: the
listing and the effective limit (the vectors cover decisions and resets)."""
from __future__ import annotations

import datetime
import json

import pytest

import dayone

POLICY = """version: 1
plans:
  - name: free
    limits:
      ingest: {rpm: 60, burst: 2}
      api: unlimited
overrides:
  - {tenant: vip, limit: ingest, rps: 1, burst: 5, reason: "from the policy", expires: 2999-12-31}
"""

SEC = 1_000_000_000


def _limiter() -> dayone.Limiter:
    return dayone.Limiter(dayone.Policy.from_string(POLICY, "p.yaml"), enforcement="strict",
                          env={})


def test_listing_and_effective_limit() -> None:
    lim = _limiter()
    lim.set_override("t1", "ingest", 600, 60 * SEC, 7, "SUP-1 trial")
    listed = lim.overrides()
    assert [(o["tenant"], o["source"], o["burst"], o["in_force"]) for o in listed] == [
        ("t1", "api", 7, True), ("vip", "policy", 5, True)]
    # It ends as 2999-12-31 ends, UTC.
    assert listed[1]["expires_unix_s"] == int(datetime.datetime(
        3000, 1, 1, tzinfo=datetime.timezone.utc).timestamp())
    e = lim.effective_limit("t1", "free", "ingest")
    assert (e["kind"], e["source"], e["rate"], e["burst"], e["plan_burst"]) == (
        "rate", "api", 600, 7, 2)
    assert e["reason"] == "SUP-1 trial"
    assert e["rates"] == [{"rate": 600, "rate_period_ns": 60 * SEC, "burst": 7}]
    assert e["plan_rates"] == [{"rate": 60, "rate_period_ns": 60 * SEC, "burst": 2}]
    assert lim.effective_limit("t1", "free", "api")["kind"] == "unlimited"
    assert lim.effective_limit("nobody", "free", "ingest")["source"] == "plan"
    d = lim.decide("t1", "free", "ingest", now_ns=SEC)
    assert (d.override_source, d.override_reason, d.burst) == (2, "SUP-1 trial", 7)
    lim.clear_override("t1", "ingest")
    assert lim.decide("t1", "free", "ingest", now_ns=SEC).override_reason is None
    with pytest.raises(dayone.NotFoundError):
        lim.clear_override("t1", "ingest")
    with pytest.raises(dayone.NotFoundError):
        lim.effective_limit("t1", "gold", "ingest")


def test_bad_override_raises() -> None:
    lim = _limiter()
    with pytest.raises(dayone.InvalidArgumentError):
        lim.set_override("t1", "ingest", 1, 2 * SEC, 1)
    with pytest.raises(dayone.NotFoundError):
        lim.set_override("t1", "nope", 1, SEC, 1)


def test_limit_reset_needs_a_support_section() -> None:
    lim = _limiter()
    d = lim.limit_reset(actor="ana@dayone-test.invalid", role="engineer", tenant="t1",
                        plan="free", limit="ingest", reason="Customer lost a day to our bug",
                        ticket="SUP-1", now=1796463000)
    assert not d.allowed and d.code == "support_not_configured"
    ev = json.loads(d.event)
    assert (ev["plan"], ev["limit"], ev["credit"], ev["applied"]) == ("free", "ingest", 0, False)
    with pytest.raises(ValueError):
        lim.limit_reset(actor="a", role="r", tenant="t", plan="free", limit="ingest",
                        what="everything")


def test_override_of_several_rates() -> None:
    """effective_limit lists every rate; an override's one rate replaces them."""
    lim = dayone.Limiter(dayone.Policy.from_string(
        "version: 1\nplans:\n  - name: p\n    limits:\n"
        "      ingest: [{rps: 10, burst: 5}, {rpm: 20, burst: 8}]\n", "p.yaml"),
        enforcement="strict", env={})
    plan = [{"rate": 10, "rate_period_ns": SEC, "burst": 5},
            {"rate": 20, "rate_period_ns": 60 * SEC, "burst": 8}]
    e = lim.effective_limit("t1", "p", "ingest")
    assert (e["source"], e["rates"], e["plan_rates"]) == ("plan", plan, plan)
    lim.set_override("t1", "ingest", 1000, 86400 * SEC, 100)
    e = lim.effective_limit("t1", "p", "ingest")
    assert (e["source"], e["plan_rates"]) == ("api", plan)
    assert e["rates"] == [{"rate": 1000, "rate_period_ns": 86400 * SEC, "burst": 100}]
    for _ in range(100):
        d = lim.decide("t1", "p", "ingest", now_ns=SEC)
        assert d.allowed and d.rates == () and d.override_source == 2
