#!/usr/bin/env bash
# bench/redis_sitting.sh - the Redis batch row inside make bench's harness and
# outside it, taking turns on one private redis-server, with the server's CPU
# per decision beside the wall clock (docs/redis.md, "make bench against a
# sitting outside it").
#
#   bench/redis_sitting.sh [ROUNDS]      (default 5; after make bench built
#                                         build/bench and bench/.peers)
#
# Each round prints three lines, batch per decision: H, the harness's Redis
# rows alone (collect.py --sections redis --runs 1); D, the same bench_redis
# command outside it; S, the short form `--rounds 3 --ops 10000`. Each starts
# after FLUSHALL, as the harness's rows do.
set -uo pipefail
cd "$(dirname "$0")/.."
N=${1:-5}
PEERS=${PEERS:-bench/.peers}
B=build/bench/bench/bench_redis
. bench/redis_private.sh
batch() {  # JSON lines on stdin -> the batch row's median, min, server and client CPU
  python3 -c '
import json, statistics, sys
for line in sys.stdin:
    if "rl.redis.batch" in line and "libdayone Redis (C)" in line:
        d = json.loads(line)
        s = d["samples_ns"]
        print("median %.2f us, min %.2f us, server CPU %.2f us, client CPU %.2f us" % (
            statistics.median(s) / 1e3, min(s) / 1e3, d.get("server_cpu_ns", float("nan")) / 1e3,
            d.get("client_cpu_ns", float("nan")) / 1e3))'
}
for i in $(seq "$N"); do
  l=$(load)
  python3 bench/collect.py --build build/bench --peers "$PEERS" --redis "$S" \
    --sections redis --runs 1 --out "$D/results.md" --raw "$D/raw.jsonl" >/dev/null 2>&1
  echo "$i H harness           load $l: $(batch <"$D/raw.jsonl")"
  flush; l=$(load)
  echo "$i D same, outside     load $l: $("$B" --json --socket "$S" | batch)"
  flush; l=$(load)
  echo "$i S --rounds 3 --ops 10000 load $l: $("$B" --json --socket "$S" --rounds 3 --ops 10000 | batch)"
done
