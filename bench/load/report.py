#!/usr/bin/env python3
"""Summarise bench/load/run.sh's JSON and check what the load test claims.

    report.py DIR     (DIR holds capacity.json, flood-deny.json, flood-admit.json)

Prints the figures docs/reliability.md records; exits 1 when a check fails:
decisions that do not add up, a crash (run.sh stops first), resident memory
growing after warm-up, a decision over its bound, Redis never seen degraded
and back, a steady tenant given more or less than its budget or refused for
capacity.
"""
import json
import sys
from pathlib import Path

# Resident memory after warm-up may move by this much (allocator noise,
# Go's heap) without counting as growth.
RSS_SLACK_KB = 8 * 1024


def over_bound(m):
    """Decisions slower than 100 ms, from the sidecar's histogram."""
    return m["sidecar_decision_seconds_count"] - m["sidecar_decision_seconds_bucket"].get("0.1", 0)


def load(d, name):
    return json.loads((d / name).read_text())


def main():
    d = Path(sys.argv[1])
    failures = []

    def check(ok, what):
        print(("  ok    " if ok else "  FAIL  ") + what)
        if not ok:
            failures.append(what)

    c = load(d, "capacity.json")
    g, m, mem, ck = c["generator"], c["metrics"], c["memory"], c["checks"]
    print(f"phase 1 (capacity, {c['duration_s']:.0f} s, Redis killed and restarted):")
    print(f"  requests {g['requests']}, answered {g['answered']} ({g['answered_per_s']:.0f}/s), "
          f"transport errors {g['transport_errors']}, statuses {g['by_status']}")
    print(f"  latency p50 {g['latency_p50_ms']} ms, p99 {g['latency_p99_ms']} ms, "
          f"max {g['latency_max_ms']} ms (HTTP, end to end)")
    print(f"  decisions: /metrics {m['dayone_decisions_total']}, sidecar {m['sidecar_decision_seconds_count']}; "
          f"by outcome {m['by_plan_outcome']}")
    print(f"  longest decision {ck['decision_max_ms']:.2f} ms (bound {ck['decision_bound_ms']} ms); "
          f"{over_bound(m)} of {m['sidecar_decision_seconds_count']} decisions over 100 ms; "
          f"histogram {m['sidecar_decision_seconds_bucket']}")
    print(f"  backend fallbacks to the in-process table: {m['other'].get('fallbacks_local', 0):.0f}")
    health = " -> ".join("%s @%.1fs" % (h["status"], h["t_s"]) for h in c["health"])
    print(f"  health: {health}")
    print(f"  RSS: {mem['at_warmup_kb']} kB at {mem['warmup_end_s']:.0f} s, then "
          f"{mem['min_after_warmup_kb']}..{mem['max_after_warmup_kb']} kB, last {mem['last_kb']} kB")
    check(g["transport_errors"] == 0, "phase 1: every request answered")
    check(ck["decisions_equal_answered"], "phase 1: decisions (/metrics) = requests answered")
    check(ck["sidecar_count_equal_answered"], "phase 1: the sidecar's count = requests answered")
    check(ck["decision_within_bound"], "phase 1: every decision within the configured timeout")
    statuses = [h["status"] for h in c["health"]]
    back = "200 degraded" in statuses and statuses[-1] == "200 ok"
    check(back, "phase 1: /healthz went degraded while Redis was down, and ok again")
    check(mem["max_after_warmup_kb"] - mem["at_warmup_kb"] <= RSS_SLACK_KB,
          f"phase 1: RSS flat after warm-up (within {RSS_SLACK_KB // 1024} MiB)")

    for mode in ("deny", "admit"):
        f = load(d, f"flood-{mode}.json")
        s, n, m, mem, ck = f["steady"], f["new_tenants"], f["metrics"], f["memory"], f["checks"]
        print(f"phase 2 (flood, at_capacity: {mode}, {f['duration_s']:.0f} s; capacity {f['capacity']}, "
              f"{f['flood_keys_per_s']} new keys/s, refill window {f['refill_window_s']:.0f} s = "
              f"{f['flood_per_refill_window_over_capacity']:.1f}x capacity per window):")
        sg = s["generator"]
        print(f"  steady: {s['tenants']} tenants, {sg['answered']} answered, statuses {sg['by_status']}, "
              f"denials {sg['by_denial_reason']}")
        print(f"  steady allowed - budget: {ck['steady_allowed_minus_budget_hist']}")
        print(f"  new tenants: {n['requests']} requests, {n['answered']} answered "
              f"({n['answered_per_s']:.0f}/s), statuses {n['by_status']}, denials {n['by_denial_reason']}")
        print(f"  /metrics by plan: {m['by_plan_outcome']}; table refusals {m['dayone_limiter_table_refusals_total']}")
        print(f"  longest decision {m['sidecar_decision_seconds_max'] * 1000:.2f} ms, "
              f"{over_bound(m)} over 100 ms (in-process: no network at all)")
        print(f"  HTTP latency max {max(sg['latency_max_ms'], n['latency_max_ms'])} ms; "
              f"RSS {mem['at_warmup_kb']} kB at warm-up, max {mem['max_after_warmup_kb']} kB")
        check(sg["transport_errors"] == 0 and n["transport_errors"] == 0,
              f"phase 2 {mode}: every request answered")
        check(ck["decisions_equal_answered"], f"phase 2 {mode}: decisions (/metrics) = requests answered")
        check(ck["steady_requests_refused_at_capacity"] == 0,
              f"phase 2 {mode}: no steady tenant refused for capacity")
        check(ck["steady_tenants_over_budget"] == 0 and ck["steady_tenants_under_budget"] == 0,
              f"phase 2 {mode}: every steady tenant got its budget (within 1 request of client timing)")
        new = m["by_plan_outcome"].get("new", {})
        if mode == "deny":
            check(new.get("allow_untracked", 0) == 0 and n["by_denial_reason"].get("limiter at capacity", 0) > 0,
                  "phase 2 deny: new tenants beyond capacity got 429 'limiter at capacity'")
        else:
            check(new.get("allow_untracked", 0) > 0 and n["by_denial_reason"].get("limiter at capacity", 0) == 0,
                  "phase 2 admit: new tenants beyond capacity were admitted untracked")
        check(mem["max_after_warmup_kb"] - mem["at_warmup_kb"] <= RSS_SLACK_KB,
              f"phase 2 {mode}: RSS flat after warm-up")
    print("all checks passed" if not failures else f"{len(failures)} check(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
