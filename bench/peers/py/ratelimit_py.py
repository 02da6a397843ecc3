"""Python rate-limiting peers of `make bench`: 100,000 tenants round-robin,
1000 requests per second each, 1 and 2 threads (bench/README.md).

    python ratelimit_py.py limits-moving      limits, MemoryStorage, moving window
    python ratelimit_py.py limits-fixed       limits, MemoryStorage, fixed window
    python ratelimit_py.py pyrate             pyrate-limiter, one in-memory bucket per tenant
    python ratelimit_py.py redis-limits SOCK  limits, RedisStorage, moving and fixed window
"""
from __future__ import annotations

import os
import sys
from typing import Callable

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import emit, tenant_keys, time_limiter  # noqa: E402


def limits_decider(strategy: str, uri: str) -> Callable[[str], bool]:
    # limits' documented set-up: a storage, a strategy, a parsed limit item.
    from limits import parse, storage, strategies
    store = storage.storage_from_string(uri)
    lim = (strategies.MovingWindowRateLimiter if strategy == "moving"
           else strategies.FixedWindowRateLimiter)(store)
    item = parse("1000/second")
    return lambda k: lim.hit(item, k)


def pyrate_decider() -> Callable[[str], bool]:
    # pyrate-limiter 4: per-key limits through a BucketFactory that creates
    # one InMemoryBucket per name (the README's PerNameFactory), non-blocking.
    from pyrate_limiter import (AbstractBucket, BucketFactory, Duration, InMemoryBucket,
                                Limiter, MonotonicClock, Rate, RateItem)

    class PerNameFactory(BucketFactory):
        def __init__(self, clock: MonotonicClock) -> None:
            self.clock = clock
            self.buckets: dict = {}

        def wrap_item(self, name: str, weight: int = 1) -> RateItem:
            return RateItem(name, self.clock.now(), weight=weight)

        def get(self, item: RateItem) -> AbstractBucket:
            b = self.buckets.get(item.name)
            if b is None:
                b = self.buckets[item.name] = self.create(InMemoryBucket, [Rate(1000, Duration.SECOND)])
            return b

    lim = Limiter(PerNameFactory(MonotonicClock()))
    return lambda k: lim.try_acquire(k, blocking=False)


def run(tool: str, decide: Callable[[str], bool], threads=(1, 2), ops: int = 100_000,
        rounds: int = 5, op_fmt: str = "rl.mem.%dt", warm: bool = True) -> None:
    keys = tenant_keys()
    if warm:  # every tenant tracked before timing (Redis runs, like redis_rate's, start cold)
        for k in keys:
            decide(k)
    for t in threads:
        s, allowed = time_limiter(decide, t, rounds, ops, keys)
        emit(op_fmt % t if "%d" in op_fmt else op_fmt, tool, s, allowed=allowed)


def main() -> int:
    what = sys.argv[1]
    if what == "limits-moving":
        run("limits moving window (Python)", limits_decider("moving", "memory://"))
    elif what == "limits-fixed":
        run("limits fixed window (Python)", limits_decider("fixed", "memory://"))
    elif what == "pyrate":
        run("pyrate-limiter (Python)", pyrate_decider())
    elif what == "redis-limits":
        uri = "redis+unix://" + sys.argv[2]
        for strategy in ("moving", "fixed"):
            run("limits %s window, Redis (Python)" % strategy, limits_decider(strategy, uri),
                threads=(1,), ops=20_000, rounds=5, op_fmt="rl.redis.single", warm=False)
    else:
        print("unknown peer " + what, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
