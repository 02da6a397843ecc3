#!/usr/bin/env python3
"""Reads bench_redis --json on stdin and fails unless it holds what
bench/collect.py reads: one record per mode, each with samples, the share
allowed, and the server's and client's CPU per decision (both positive)."""
import json
import sys

seen = {}
for line in sys.stdin:
    line = line.strip()
    if line.startswith("{"):
        rec = json.loads(line)
        seen[rec["op"]] = rec
for op in ("rl.redis.single", "rl.redis.batch"):
    rec = seen.get(op)
    if rec is None:
        sys.exit("bench_redis --json: no %s record" % op)
    if not rec["samples_ns"] or min(rec["samples_ns"]) <= 0:
        sys.exit("%s: no positive samples: %r" % (op, rec["samples_ns"]))
    if not 0 <= rec["allowed"] <= 1:
        sys.exit("%s: allowed %r" % (op, rec["allowed"]))
    for k in ("server_cpu_ns", "client_cpu_ns"):
        if not rec.get(k, 0) > 0:
            sys.exit("%s: %s missing or not positive: %r" % (op, k, rec.get(k)))
print("bench_redis --json: %s" % ", ".join(
    "%s %.0f ns (server CPU %.0f ns)" % (op, min(r["samples_ns"]), r["server_cpu_ns"])
    for op, r in sorted(seen.items())))
