"""The Python binding with the Redis backend (docs/redis.md).

Run by ctest `redis.python` inside the `dayone_redis` fixture, which starts a
private redis-server and passes its unix socket as DAYONE_REDIS_SOCKET.
"""
from __future__ import annotations

import os
import uuid

import pytest

import dayone

SOCKET = os.environ.get("DAYONE_REDIS_SOCKET", "")
URL = "unix://" + SOCKET

# A generous command timeout: the first SCRIPT LOAD of the decision scripts
# (about 11 KB) can miss the default 50 ms on a loaded machine, and these
# tests are about sharing budgets, not about timeouts (test_redis.c is).
POLICY = """
version: 1
backend:
  redis: {url: "%s", command_timeout_ms: 5000, near_cache: false}
plans:
  - name: p
    limits:
      api: {rps: 10, burst: 3}
      events: {rps: 1000, burst: 1000, quota: monthly}
      open: {rps: 1, burst: 1, on_backend_failure: fail_open}
    quotas: {monthly: 2}
""" % URL


def test_fixture_gave_a_socket() -> None:
    # Not a skip: without the fixture this module must fail, loudly.
    assert SOCKET and os.path.exists(SOCKET), "run under ctest's dayone_redis fixture"


def prefix() -> str:
    return "py-%s:" % uuid.uuid4().hex[:12]


def test_use_redis_shares_one_budget() -> None:
    pol = dayone.Policy.from_string(POLICY)
    p = prefix()
    a = dayone.Limiter(pol).use_redis(URL, key_prefix=p)
    b = dayone.Limiter(pol).use_redis(URL, key_prefix=p)
    verdicts = [lim.decide("t1", "p", "api").allowed for lim in (a, b, a, b, a)]
    # burst 3 shared by both limiters (two "instances"), not 3 each
    assert verdicts == [True, True, True, False, False]
    d = b.decide("t1", "p", "api")
    assert d.outcome == "deny_rate" and d.status == 429 and d.reason == "rate limited"
    assert 0 < d.retry_after_ns <= 100_000_000
    st = a.backend_status()
    assert st["attached"] is True and st["connected"] is True
    assert st["round_trips"] >= 3 and st["fallbacks_local"] == 0
    assert st["pool_wait_timeouts"] == 0  # no thread waited for a busy connection


def test_options_from_policy_and_batch() -> None:
    pol = dayone.Policy.from_string(POLICY)
    lim = dayone.Limiter(pol).use_redis(key_prefix=prefix())  # url from backend.redis
    before = lim.backend_status()["round_trips"]
    ds = lim.decide_many([("t", "p", "api")] * 5)
    assert [d.allowed for d in ds] == [True, True, True, False, False]
    assert lim.backend_status()["round_trips"] == before + 1  # one pipelined round trip


def test_quota_counter_in_redis() -> None:
    lim = dayone.Limiter(dayone.Policy.from_string(POLICY)).use_redis(URL, key_prefix=prefix())
    a, b, c = (lim.decide("q", "p", "events") for _ in range(3))
    assert (a.quota_remaining, b.quota_remaining) == (1, 0)
    assert c.outcome == "deny_quota" and c.status == 402


def test_errors() -> None:
    pol = dayone.Policy.from_string(POLICY)
    with pytest.raises(dayone.InvalidArgumentError, match="TLS not supported"):
        dayone.Limiter(pol).use_redis("rediss://127.0.0.1:6379")
    with pytest.raises(dayone.BackendError):
        dayone.Limiter(pol).use_redis("unix:///nonexistent/redis.sock")
    with pytest.raises(dayone.NotFoundError):
        dayone.Limiter(dayone.Policy.default()).use_redis()
    os.environ.pop("DY_PY_REDIS_PW", None)
    with pytest.raises(dayone.InvalidArgumentError, match="DY_PY_REDIS_PW"):
        dayone.Limiter(pol).use_redis(URL, password_env="DY_PY_REDIS_PW")
    lim = dayone.Limiter(pol)
    assert lim.backend_status()["attached"] is False
    lim.use_redis(URL, key_prefix=prefix())
    with pytest.raises(dayone.InvalidArgumentError, match="already attached"):
        lim.use_redis(URL)


def test_busy_poll_option() -> None:
    pol = dayone.Policy.from_string(POLICY)
    lim = dayone.Limiter(pol).use_redis(URL, key_prefix=prefix(), busy_poll_us=1000)
    assert [lim.decide("bp", "p", "api").allowed for _ in range(4)] == [True, True, True, False]
    # the value reaches the library, which refuses what is out of its range
    with pytest.raises(dayone.InvalidArgumentError, match="busy_poll_us"):
        dayone.Limiter(pol).use_redis(URL, key_prefix=prefix(), busy_poll_us=1001)
    with pytest.raises(ValueError, match="busy_poll_us"):
        dayone.Limiter(pol).use_redis(URL, key_prefix=prefix(), busy_poll_us=-1)


RESET_POLICY = POLICY + """
support:
  reason_min_length: 20
  roles:
    engineer: {actions: [limit_reset], max_minutes: 60}
"""


def test_limit_reset_is_shared() -> None:
    # A reset through one limiter gives the budget back on every limiter on
    # the same Redis and prefix (the binding only translates: dayone/limit_reset.h).
    pol = dayone.Policy.from_string(RESET_POLICY)
    p = prefix()
    a = dayone.Limiter(pol).use_redis(URL, key_prefix=p)
    b = dayone.Limiter(pol).use_redis(URL, key_prefix=p)
    assert [a.decide("t1", "p", "api").allowed for _ in range(4)] == [True] * 3 + [False]
    r = a.limit_reset(actor="ana@dayone-test.invalid", role="engineer", tenant="t1", plan="p",
                      limit="api", reason="Customer lost a day of events to our bug")
    assert r.allowed and '"applied":true' in r.event
    assert [b.decide("t1", "p", "api").allowed for _ in range(4)] == [True] * 3 + [False]
