"""Ownership: many calls, bounded memory (no leak across a million decides)."""
from __future__ import annotations

import gc
import os

import dayone

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def _grows(fn, rounds: int, per_round: int) -> int:
    fn(per_round)  # warm up: caches, allocator arenas, limiter table
    gc.collect()
    base = rss()
    for _ in range(rounds):
        fn(per_round)
    gc.collect()
    return rss() - base


def test_million_decides_do_not_leak() -> None:
    lim = dayone.Limiter(capacity=1000)
    keys = ["tenant-%d" % i for i in range(100)]

    def run(n: int) -> None:
        decide = lim.decide
        for i in range(n):
            d = decide(keys[i % 100], "free", "ingest", now_ns=1 + i)
            if i % 1000 == 0:
                d.headers()
    growth = _grows(run, rounds=10, per_round=100_000)  # 1,000,000 decides
    assert growth < 8 * 1024 * 1024, "RSS grew by %d bytes over 1M decide() calls" % growth


def test_errors_do_not_leak() -> None:
    lim = dayone.Limiter()

    def run(n: int) -> None:
        for _ in range(n):
            try:
                lim.decide("k", "no-such-plan", "ingest")
            except dayone.NotFoundError:
                pass
            try:
                dayone.Policy.from_string("version: 1\nbogus: 1\n")
            except dayone.PolicyError:
                pass
    growth = _grows(run, rounds=5, per_round=4000)
    assert growth < 8 * 1024 * 1024, growth


def test_many_checks_do_not_leak(good_env) -> None:
    policy = dayone.Policy.default()
    env = dict(good_env, BILLING_ENABLED="true", SECRET_KEY="short")
    env.update({"VAR_%d" % i: "value-%d" % i for i in range(100)})

    def run(n: int) -> None:
        for _ in range(n):
            r = dayone.check(env=env, policy=policy)
            r.findings
            r.to_json()
            dayone.Limiter(policy, capacity=16).decide_many([("a", "free", "ingest"), ("b", "pro", "ingest")])
            dayone.Limiter(policy, capacity=16).decide_batch([("a", "free", "ingest")] * 3)[1]
    growth = _grows(run, rounds=5, per_round=4000)  # 20,000 checks, renders, limiters
    assert growth < 8 * 1024 * 1024, "RSS grew by %d bytes over 20k checks" % growth


def test_no_reference_leaks_in_the_c_helpers(good_env) -> None:
    import sys
    lim = dayone.Limiter(capacity=64)
    key, plan, limit, feature = "refcount-key", "pro", "api", "sso"
    env = dict(good_env)
    objs = [key, plan, limit, feature, env, None, True]
    before = [sys.getrefcount(o) for o in objs]
    for i in range(2000):
        lim.decide(key, plan, limit, now_ns=1 + i)
        lim.decide(key, plan, limit, feature=feature, now_ns=1 + i)
        lim.decide_many([(key, plan, limit, 1, None, None, 1 + i), {"key": key, "plan": plan, "limit": limit}])
        batch = lim.decide_batch([(key, plan, limit, 1, None, None, 1 + i),
                                  {"key": key, "plan": plan, "limit": limit}])
        batch[0], batch[-1:], batch.allowed, list(batch)
        try:
            lim.decide_batch([(key, plan, limit), (key, "no-such-plan", limit)])
        except dayone.NotFoundError:
            pass
        try:
            lim.decide(key, "no-such-plan", "ingest")
        except dayone.NotFoundError:
            pass
        if i % 20 == 0:
            dayone.check(env=env).findings
    del batch  # it holds its requests (and so key, plan, limit) while alive
    gc.collect()
    after = [sys.getrefcount(o) for o in objs]
    # None and True are shared by the interpreter; allow a little noise there.
    assert after[:5] == before[:5]
    assert abs(after[5] - before[5]) < 100 and abs(after[6] - before[6]) < 100
