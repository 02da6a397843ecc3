#!/usr/bin/env python3
"""bench_python.py - cost of the Python binding's hot calls.

    python3 bench/bench_python.py [--json] [--rounds N]

Median nanoseconds of one Limiter.decide() (target <= 250 ns) and one check()
of the default policy against a 200-variable environment (target <= 5 us),
plus decide_many() and decide_batch() per request (target <= 100 ns) and
check() of a prebuilt
dayone.Env (the snapshot built once: a dict's variables are read and judged
on every check). The check rows on bench/env200.env measure what `make
bench` measures (bench/peers/py/dayone_py.py reads the same file the same
way): billing, Zero Trust and SSO on, so the C check judges more rules than
for env_200() below, and its names and values are longer. Rows marked "floor" measure what the binding cannot go
below: decide()'s crossing with its arguments read and no decision; the
same plus a Decision record of the same shape (built as decide() builds
one, in a dead record kept for reuse; a fixed decision, so every field
repeats: the cheapest record); the C batch alone (the same
requests read once, then decided in C with no Python object built); and an
empty Python function of decide()'s arguments. Needs the package installed
(`pip install ./bindings/python`). Prints a small table (or JSON).

    python3 bench/bench_python.py --loop KIND --decisions N

runs make bench's own loop once instead, for instruction counts: 100k
tenants warmed by decide(), then N decisions by bench/peers/py/dayone_py.py's
loop of KIND (decide_many: batches of 1000 tuples, each record's `allowed`
summed; floor: the same batches read and decided in C, nothing built;
decide: its decide() closure; none: nothing). Instructions per decision are
(callgrind's total for KIND - for none) / N, e.g.
`PYTHONHASHSEED=0 valgrind --tool=callgrind python3 bench/bench_python.py
--loop decide_many --decisions 20000`.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from typing import Callable, Dict, List, Optional, Tuple

import dayone

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "peers", "py"))
from common import load_env_file  # noqa: E402  make bench's reader of bench/env200.env

ENV200 = os.path.join(HERE, "env200.env")

GOOD = {
    "SECRET_KEY": "xi4DS+tPoZTbWu1F7ixZo4DACmwjM7a/8A6VHkV6KXc=",
    "DATABASE_URL": "postgresql://app@db.dayone-test.internal:5432/app",
    "INTEGRATION_ENCRYPTION_KEY": "21l9t2cDEcgP7680o4w/YCKebmRq3d/krr5M5iXAQrM=",
}


def env_200() -> Dict[str, str]:
    env = dict(GOOD)
    env.update({"ENVIRONMENT": "production", "LAUNCH_MODE": "true",
                "SECURITY_HEADERS_ENABLED": "true", "BILLING_ENFORCEMENT": "strict"})
    i = 0
    while len(env) < 200:
        env["APP_SETTING_%03d" % i] = "value-%d" % i
        i += 1
    return env


def timed_ns(fn: Callable[[int], None], batch: int, rounds: int) -> Tuple[float, float]:
    """(median, best) over `rounds` of the mean time of one call in a batch.
    The best round is the one least disturbed by other processes."""
    fn(batch)  # warm up
    samples: List[float] = []
    for _ in range(rounds):
        t0 = time.perf_counter_ns()
        fn(batch)
        samples.append((time.perf_counter_ns() - t0) / batch)
    return statistics.median(samples), min(samples)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--rounds", type=int, default=21)
    ap.add_argument("--loop", choices=["decide_many", "floor", "decide", "none"],
                    help="run make bench's loop of this kind once (for callgrind)")
    ap.add_argument("--decisions", type=int, default=20000)
    args = ap.parse_args()
    if args.loop:
        return make_bench_loop(args.loop, args.decisions)

    policy = dayone.Policy.default()
    lim = dayone.Limiter(policy)
    keys = ["tenant-%d" % i for i in range(1000)]

    def decide(n: int) -> None:
        d = lim.decide
        for i in range(n):
            d(keys[i % 1000], "pro", "ingest")

    batch = [(keys[i % 1000], "pro", "ingest") for i in range(1000)]

    def decide_many(n: int) -> None:
        for _ in range(n // 1000):
            lim.decide_many(batch)

    def decide_batch(n: int) -> None:
        for _ in range(n // 1000):
            lim.decide_batch(batch)

    def floor_call(bound: Callable[..., object]) -> Callable[[int], None]:
        def run(n: int) -> None:
            for i in range(n):
                bound(keys[i % 1000], "pro", "ingest")
        return run

    def empty(key: str, plan: str, limit: str, cost: int = 1, feature: object = None,
              usage: object = None, now_ns: object = None,
              period_anchor_unix_s: object = None, wall_ns: object = None) -> None:
        return None

    from dayone import __dayone as raw  # the floors' C entry points

    def floor_c_batch(n: int) -> None:
        raw.dy_py_floor_batch(lim._h, batch, n // 1000)

    env = env_200()
    report = dayone.check(env=env, policy=policy)
    assert report.ok, report.to_text()

    def check(n: int) -> None:
        for _ in range(n):
            dayone.check(env=env, policy=policy)

    snapshot = dayone.Env(env)

    def check_snapshot(n: int) -> None:
        for _ in range(n):
            dayone.check(env=snapshot, policy=policy)

    def check_default(n: int) -> None:
        for _ in range(n):
            dayone.check(env=env)

    bench_env = load_env_file(ENV200)
    assert len(bench_env) == 200 and dayone.check(env=bench_env, policy=policy).ok

    def check_bench_env(n: int) -> None:
        for _ in range(n):
            dayone.check(env=bench_env, policy=policy)

    bench_snapshot = dayone.Env(bench_env)

    def check_bench_snapshot(n: int) -> None:
        for _ in range(n):
            dayone.check(env=bench_snapshot, policy=policy)

    R = args.rounds
    rows: List[Tuple[str, Tuple[float, float], Optional[float]]] = [
        ("decide()", timed_ns(decide, 20000, R), 250.0),
        ("decide_many() per request", timed_ns(decide_many, 20000, R), 100.0),
        ("decide_batch() per request, not read", timed_ns(decide_batch, 20000, R), 100.0),
        ("floor: empty Python function, decide args", timed_ns(floor_call(empty), 20000, R),
         None),
        ("floor: decide() crossing, args read",
         timed_ns(floor_call(raw.dy_py_bind_decide(lim._h, 1)), 20000, R), None),
        ("floor: decide() crossing + record",
         timed_ns(floor_call(raw.dy_py_bind_decide(lim._h, 2)), 20000, R), None),
        ("floor: C batch alone per request", timed_ns(floor_c_batch, 20000, R), None),
        ("check() default policy, 200 vars", timed_ns(check, 500, R), 5000.0),
        ("check() policy=None, 200 vars", timed_ns(check_default, 500, R), 5000.0),
        ("check() prebuilt dayone.Env, 200 vars", timed_ns(check_snapshot, 500, R), 5000.0),
        ("check() bench/env200.env (make bench's)", timed_ns(check_bench_env, 500, R), 5000.0),
        ("check() env200.env, prebuilt dayone.Env", timed_ns(check_bench_snapshot, 500, R),
         5000.0),
    ]
    if args.json:
        print(json.dumps([{"name": n, "median_ns": round(v[0], 1), "best_ns": round(v[1], 1),
                           "target_ns": t, "ok": None if t is None else v[0] <= t}
                          for n, v, t in rows], indent=1))
    else:
        print("%-42s %10s %10s %10s  %s" % ("python binding", "median ns", "best ns",
                                            "target ns", ""))
        for n, v, t in rows:
            verdict = "floor" if t is None else "ok" if v[0] <= t else "OVER TARGET"
            print("%-42s %10.0f %10.0f %10s  %s" % (n, v[0], v[1],
                                                   "-" if t is None else "%.0f" % t, verdict))
    return 0


def make_bench_loop(kind: str, decisions: int) -> int:
    """One pass of make bench's rate-limit loop of `kind` (see the docstring)."""
    from common import tenant_keys  # noqa: E402  make bench's 100k tenants
    from dayone_py import POLICY  # noqa: E402  make bench's policy
    from dayone import __dayone as raw

    lim = dayone.Limiter(dayone.Policy.from_string(POLICY), capacity=200_000)
    keys = tenant_keys()
    for k in keys:
        lim.decide(k, "bench", "ingest")
    reqs = [(keys[i % len(keys)], "bench", "ingest") for i in range(decisions)]
    batches = [reqs[i:i + 1000] for i in range(0, decisions, 1000)]
    ok = 0
    if kind == "decide_many":
        for b in batches:
            for d in lim.decide_many(b):
                ok += d.allowed
    elif kind == "floor":
        for b in batches:
            raw.dy_py_floor_batch(lim._h, b, 1)
    elif kind == "decide":
        def decide(k: str) -> bool:
            return lim.decide(k, "bench", "ingest").allowed

        for i in range(decisions):
            if decide(keys[i % len(keys)]):
                ok += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
