"""dayone.access_decide: the Python face of dayone_access_decide (the
decisions themselves are pinned by tests/conformance/access)."""
from __future__ import annotations

import json

import pytest

import dayone

REQ = dict(actor="ana", role="support", tenant="t-42", action="view_as",
           reason="Customer reports an empty dashboard", ticket="SUP-77", now=1796463000)


def test_allowed_with_event() -> None:
    d = dayone.access_decide(**REQ)  # type: ignore[arg-type]
    assert d.allowed and d.code == "ok" and d.duration == 3600
    ev = json.loads(d.event)
    assert ev["event"] == "staff_access" and ev["time"] == "2026-12-05T09:30:00Z"


def test_denial_is_a_decision_not_an_exception() -> None:
    d = dayone.access_decide(**dict(REQ, reason=None))  # type: ignore[arg-type]
    assert not d.allowed and d.code == "reason_missing" and d.duration == 0


def test_bad_requests_raise() -> None:
    with pytest.raises(dayone.InvalidArgumentError):
        dayone.access_decide(**dict(REQ, action="sudo"))  # type: ignore[arg-type]
    with pytest.raises(dayone.InvalidArgumentError, match="tenant contains a NUL byte"):
        dayone.access_decide(**dict(REQ, tenant="t\0x"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.access_decide(**dict(REQ, reason=b"bytes"))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dayone.access_decide(**dict(REQ, duration=1.5))  # type: ignore[arg-type]


def test_policy_without_support_denies() -> None:
    p = dayone.Policy.from_string("version: 1\n", "bare")
    d = dayone.access_decide(policy=p, **REQ)  # type: ignore[arg-type]
    assert not d.allowed and d.code == "support_not_configured"


def test_decision_names_the_quota_reset() -> None:
    """A counted quota's decision says when its period resets: the same
    moment period_bounds gives for now (a month, by the default policy)."""
    import time
    lim = dayone.Limiter(None, env={})
    before = int(time.time())
    d = lim.decide("reset-tenant", "free", "ingest")
    after = int(time.time())
    assert d.quota_reset_unix_s is not None
    resets = {int(dayone.period_bounds("month", t)[1].timestamp()) for t in (before, after)}
    assert d.quota_reset_unix_s in resets
    assert lim.decide("reset-tenant", "free", "api").quota_reset_unix_s is None
