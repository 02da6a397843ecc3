"""Helpers shared by the Python peers of `make bench`: the .env reader, the
timing loop and the JSON-lines output bench/collect.py reads."""
from __future__ import annotations

import json
import sys
import threading
import time
from typing import Callable, Dict, List, Sequence, Tuple

TENANTS = 100_000


def load_env_file(path: str) -> Dict[str, str]:
    """bench/env200.env is plain KEY=VALUE lines (no quotes, no escapes)."""
    env: Dict[str, str] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            k, _, v = line.partition("=")
            env[k] = v
    return env


def emit(op: str, tool: str, samples_ns: Sequence[float], **extra: object) -> None:
    rec = {"op": op, "tool": tool, "samples_ns": [round(s, 1) for s in samples_ns]}
    rec.update(extra)
    print(json.dumps(rec), flush=True)


def unavailable(op: str, tool: str, why: str) -> None:
    print(json.dumps({"op": op, "tool": tool, "unavailable": why}), flush=True)


def time_calls(fn: Callable[[], object], batch: int, rounds: int) -> List[float]:
    """ns per call of `fn`, one figure per round of `batch` calls, after a warm-up."""
    for _ in range(max(1, batch // 10)):
        fn()
    out = []
    for _ in range(rounds):
        t0 = time.perf_counter_ns()
        for _ in range(batch):
            fn()
        out.append((time.perf_counter_ns() - t0) / batch)
    return out


def tenant_keys() -> List[str]:
    return ["tenant-%d" % i for i in range(TENANTS)]


def time_limiter(decide: Callable[[str], bool], threads: int, rounds: int,
                 ops: int, keys: List[str]) -> Tuple[List[float], float]:
    """Rounds of `ops` decisions split over `threads` threads, each taking its
    own share of the tenants round-robin; ns per decision = wall / all
    decisions (as in bench_ratelimit.c and the Go peers)."""
    samples: List[float] = []
    allowed = total = 0
    share = len(keys) // threads
    per = ops // threads
    for _ in range(rounds):
        counts = [0] * threads
        barrier = threading.Barrier(threads + 1)

        def work(t: int) -> None:
            mine = keys[t * share:(t + 1) * share]
            n = len(mine)
            ok = 0
            barrier.wait()
            for i in range(per):
                if decide(mine[i % n]):
                    ok += 1
            counts[t] = ok

        ths = [threading.Thread(target=work, args=(t,)) for t in range(threads)]
        for th in ths:
            th.start()
        barrier.wait()
        t0 = time.perf_counter_ns()
        for th in ths:
            th.join()
        samples.append((time.perf_counter_ns() - t0) / (per * threads))
        allowed += sum(counts)
        total += per * threads
    return samples, allowed / total


def die(msg: str) -> None:
    print("peers: " + msg, file=sys.stderr)
    sys.exit(1)
