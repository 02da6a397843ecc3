"""Several Python threads on one Limiter (and one Policy) at once."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import dayone

BURST = 100  # default policy, free plan, ingest


def test_threads_share_one_limiter_exactly() -> None:
    lim = dayone.Limiter()
    now = 1_000_000  # frozen clock: exactly BURST requests of one tenant can pass
    tenants = ["tenant-%d" % i for i in range(8)]
    allowed = {t: 0 for t in tenants}
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker(idx: int) -> None:
        start.wait()
        local = {t: 0 for t in tenants}
        for i in range(3 * BURST):
            t = tenants[(i + idx) % len(tenants)]
            if lim.decide(t, "free", "ingest", now_ns=now).allowed:
                local[t] += 1
        with lock:
            for t, n in local.items():
                allowed[t] += n

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    # 8 threads x 300 requests over 8 tenants = 300 per tenant; each gets its burst.
    assert allowed == {t: BURST for t in tenants}


def test_threads_mixed_calls(good_env) -> None:
    policy = dayone.Policy.default()
    lim = dayone.Limiter(policy)

    def work(i: int) -> int:
        ok = 0
        for j in range(200):
            ok += lim.decide("k%d-%d" % (i, j % 17), "pro", "api", now_ns=1 + j).allowed
            if j % 50 == 0:
                assert dayone.check(env=good_env, policy=policy).ok
                lim.decide_many([("m%d" % i, "free", "ingest")] * 5)
        return ok

    with ThreadPoolExecutor(max_workers=6) as ex:
        results = list(ex.map(work, range(12)))
    assert all(r > 0 for r in results)


def test_close_while_other_threads_decide_in_batches() -> None:
    # Big batches run without the GIL; closing the limiter meanwhile must
    # neither crash nor corrupt anything: calls after close raise ValueError.
    for _ in range(5):
        lim = dayone.Limiter(capacity=4096)
        batch = [("k%d" % i, "pro", "api", 1, None, None, 1 + i) for i in range(2000)]
        errors = []

        def worker() -> None:
            for _ in range(20):
                try:
                    out = lim.decide_many(batch)
                    assert len(out) == len(batch)
                except ValueError as e:
                    assert "closed" in str(e)
                    return
                except BaseException as e:  # pragma: no cover - reported below
                    errors.append(e)
                    return

        threads = [threading.Thread(target=worker) for _ in range(4)]
        for th in threads:
            th.start()
        lim.close()
        for th in threads:
            th.join()
        assert not errors, errors
