#!/usr/bin/env bash
# bench/redis_ab.sh - two builds of bench_redis taking turns on one private
# redis-server, batch mode, with redis_rate's single call between pairs
# (docs/redis.md, "Ban keys left out"): one line per run with the load, the
# median, min and max of its rounds and the server's CPU per decision.
#
#   bench/redis_ab.sh BEFORE/bench_redis AFTER/bench_redis [RUNS]   (default 5)
#
# PEERS (default bench/.peers) holds go/peers from make bench; without it
# the redis_rate lines are left out. Each run starts after FLUSHALL.
set -uo pipefail
A=$1 B=$2 N=${3:-5}
PEERS=${PEERS:-bench/.peers}
. "$(dirname "${BASH_SOURCE[0]}")/redis_private.sh"
row() {  # NAME LOAD, JSON lines on stdin -> one line for the row named by $OP
  python3 -c '
import json, statistics, sys
for line in sys.stdin:
    d = json.loads(line)
    if d.get("op") == sys.argv[3]:
        s = d["samples_ns"]
        srv = d.get("server_cpu_ns")
        print("%s load %s median %.2f min %.2f max %.2f%s" % (sys.argv[1], sys.argv[2],
              statistics.median(s) / 1e3, min(s) / 1e3, max(s) / 1e3,
              " server %.2f" % (srv / 1e3) if srv else ""))' "$1" "$2" "$3"
}
for _ in $(seq "$N"); do
  for who in before after; do
    bin=$A; [ "$who" = after ] && bin=$B
    l=$(load)
    "$bin" --json --socket "$S" --rounds 3 --ops 10000 --only batch | row "$who" "$l" rl.redis.batch
    flush
  done
  if [ -x "$PEERS/go/peers" ]; then
    l=$(load)
    timeout 120 "$PEERS/go/peers" rl-redisrate "$S" | row redis_rate "$l" rl.redis.single
    flush
  fi
done
