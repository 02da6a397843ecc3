"""libdayone from Python (the binding in bindings/python) - its rows of
`make bench`, measured like the Python peers.

    python dayone_py.py check ENVFILE   dayone.check(env=dict) and with a prebuilt dayone.Env
    python dayone_py.py ratelimit       Limiter.decide, 100k tenants, 1 and 2 threads; decide_many
                                        over batches of 1000, and its floor (1 thread): the
                                        same batches read and decided in C, no record built
    python dayone_py.py redis SOCKET    the same limiter on the Redis backend: decide and
                                        decide_many (batches of 1000), rounds of 20000
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import die, emit, load_env_file, tenant_keys, time_calls, time_limiter, unavailable  # noqa: E402

TOOL = "libdayone (Python binding)"
POLICY = """version: 1
plans:
  - name: bench
    limits:
      ingest: {rps: 1000, burst: 1000}
"""


def main() -> int:
    try:
        import dayone
    except ImportError as e:
        ops = {"check": ["check.inproc"], "redis": ["rl.redis.single", "rl.redis.batch"]}.get(
            sys.argv[1], ["rl.mem.1t", "rl.mem.2t"])
        for op in ops:
            unavailable(op, TOOL, "binding not importable (%s)" % type(e).__name__)
        return 0
    if sys.argv[1] == "check":
        env = load_env_file(sys.argv[2])
        policy = dayone.Policy.default()
        if not dayone.check(env=env, policy=policy).ok:
            die("dayone: the benchmark environment does not pass")
        emit("check.inproc", TOOL, time_calls(lambda: dayone.check(env=env, policy=policy), 2000, 11))
        if not hasattr(dayone, "Env"):
            return 0
        snap = dayone.Env(env)
        emit("check.inproc", "libdayone (Python, prebuilt Env)",
             time_calls(lambda: dayone.check(env=snap, policy=policy), 2000, 11))
        return 0
    if sys.argv[1] == "redis":
        return bench_redis(dayone, sys.argv[2])
    lim = dayone.Limiter(dayone.Policy.from_string(POLICY), capacity=200_000)
    keys = tenant_keys()

    def decide(k: str) -> bool:
        return lim.decide(k, "bench", "ingest").allowed

    for k in keys:
        decide(k)
    for threads in (1, 2):
        s, allowed = time_limiter(decide, threads, 5, 200_000, keys)
        emit("rl.mem.%dt" % threads, TOOL, s, allowed=allowed)
    # The batch form: decide_many over prebuilt batches of 1000 requests, each
    # thread over its share of the tenants (the "decision" counted is one request).
    for threads in (1, 2):
        s, allowed = time_batches(lim, threads, 5, 200_000, keys)
        emit("rl.mem.%dt" % threads, "libdayone (Python, decide_many x1000)", s, allowed=allowed)
    # decide_many's floor: the same batches through the same crossing, each
    # request read and decided in C as decide_many does, no record built
    # and none read (bench/bench_python.py's "C batch alone", at 100k tenants).
    if hasattr(dayone.__dayone, "dy_py_floor_batch"):
        s, _ = time_batches(lim, 1, 5, 200_000, keys, floor=True)
        emit("rl.mem.1t", "floor: C batch through the Python crossing, nothing built", s)
    return 0


def bench_redis(dayone, sock: str) -> int:  # type: ignore[no-untyped-def]
    tool = "libdayone Redis (Python binding)"
    if not hasattr(dayone.Limiter, "use_redis"):
        for op in ("rl.redis.single", "rl.redis.batch"):
            unavailable(op, tool, "the binding has no Redis backend")
        return 0
    lim = dayone.Limiter(dayone.Policy.from_string(POLICY), capacity=200_000)
    lim.use_redis("unix://" + sock, key_prefix="benchpy%d:" % os.getpid())
    keys = tenant_keys()

    def decide(k: str) -> bool:
        return lim.decide(k, "bench", "ingest").allowed

    # fresh tenants, no warm-up: as redis_rate's and limits' Redis rows
    s, allowed = time_limiter(decide, 1, 5, 20_000, keys)
    b, ballowed = time_batches(lim, 1, 5, 20_000, keys[20_000:])
    st = lim.backend_status()
    if st.get("fallbacks_local") or st.get("fallbacks_open") or st.get("fallbacks_closed"):
        die("the Redis backend fell back to in-process decisions: figures void")
    emit("rl.redis.single", tool, s, allowed=allowed)
    emit("rl.redis.batch", tool, b, allowed=ballowed, batch=1000)
    return 0


def time_batches(lim, threads: int, rounds: int, ops: int, keys,  # type: ignore[no-untyped-def]
                 floor: bool = False):
    """decide_many over batches of 1000 (floor: the binding's crossing that
    reads and decides a batch without building records; allowed unknown)."""
    import threading
    import time
    from dayone import __dayone as raw
    crossing, handle = raw.dy_py_floor_batch, lim._h
    share, per = len(keys) // threads, ops // threads
    batches = []
    for t in range(threads):
        mine = keys[t * share:(t + 1) * share]
        reqs = [(mine[i % len(mine)], "bench", "ingest") for i in range(per)]
        batches.append([reqs[i:i + 1000] for i in range(0, per, 1000)])
    samples, allowed, total = [], 0, 0
    for _ in range(rounds):
        counts = [0] * threads
        barrier = threading.Barrier(threads + 1)

        def work(t: int) -> None:
            ok = 0
            barrier.wait()
            if floor:
                for b in batches[t]:
                    crossing(handle, b, 1)
            else:
                for b in batches[t]:
                    for d in lim.decide_many(b):
                        ok += d.allowed
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


if __name__ == "__main__":
    sys.exit(main())
