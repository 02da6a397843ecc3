#!/usr/bin/env bash
# bench/load/run.sh - the sidecar under load (docs/reliability.md, "Under
# load"). A benchmark, not a test: not part of `make test` or CI. It uses
# the whole machine for its duration; run it where nobody else is measuring.
#
#   bench/load/run.sh [--capacity-seconds 120] [--flood-seconds 40] [--out DIR]
#
# Phase 1 (capacity): redis-server on a unix socket, the sidecar (-redis)
#   in front of a trivial upstream on loopback, driven as fast as the
#   machine allows by the vegeta-based generator (bench/load/loadgen), 16
#   requests at a time (as many as the sidecar's Redis connections: more
#   would measure waits for a connection, which no timeout bounds);
#   redis-server is killed (SIGKILL) half way and restarted 5 s later on
#   the same socket.
# Phase 2 (flood), twice - at_capacity: deny, then admit: the sidecar with
#   in-process state and a table of 1,500 pairs; 1,000 steady tenants send
#   1 request/s against a budget of one per 2 s (burst 5) while new tenant keys
#   arrive at 750/s, one request each, whose state stays live 20 s: ten
#   times the table's capacity per refill window.
# Each phase writes a JSON summary (loadgen's) into DIR; the script prints
# the figures docs/reliability.md records and exits 1 if a check failed.
#
# Needs: the dev build (cmake --preset dev && cmake --build --preset dev),
# Go (modules from the Go proxy: vegeta, pinned in loadgen/go.sum),
# redis-server, python3. Ports: LOAD_PORT (18080, +1 admin), UPSTREAM_PORT
# (18090).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cap_s=120
flood_s=40
out=$root/build/load
while [ $# -gt 0 ]; do
  case "$1" in
  --capacity-seconds) cap_s=$2; shift 2 ;;
  --flood-seconds) flood_s=$2; shift 2 ;;
  --out) out=$2; shift 2 ;;
  *) echo "usage: $0 [--capacity-seconds N] [--flood-seconds N] [--out DIR]" >&2; exit 2 ;;
  esac
done
port=${LOAD_PORT:-18080}
admin_port=$((port + 1))
up_port=${UPSTREAM_PORT:-18090}
capacity=1500
mkdir -p "$out"
work=$(mktemp -d /tmp/dayone-load.XXXXXX)
pids=()
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "== build"
export PKG_CONFIG_PATH=$root/build/dev/go/pkgconfig
(cd "$root/examples/sidecar" && go build -o "$work/sidecar" .)
(cd "$here/loadgen" && go build -o "$work/loadgen" .)
command -v redis-server >/dev/null || { echo "redis-server not found (scripts/install-deps.sh)" >&2; exit 1; }

redis_start() {
  redis-server --port 0 --unixsocket "$work/redis.sock" --unixsocketperm 700 --save '' \
    --appendonly no --dir "$work" --daemonize yes --pidfile "$work/redis.pid" \
    --logfile "$work/redis.log"
  for _ in $(seq 100); do [ -S "$work/redis.sock" ] && [ -s "$work/redis.pid" ] && return 0; sleep 0.05; done
  echo "redis-server did not start" >&2; return 1
}

wait_listening() { # URL
  for _ in $(seq 200); do curl -fsS -o /dev/null "$1" 2>/dev/null && return 0; sleep 0.05; done
  echo "nothing answers at $1" >&2; return 1
}

sidecar_start() { # log, args...
  local log=$1; shift
  "$work/sidecar" -upstream "http://127.0.0.1:$up_port" -listen "127.0.0.1:$port" \
    -admin-listen "127.0.0.1:$admin_port" -features "" "$@" 2>"$log" &
  sidecar_pid=$!
  pids+=("$sidecar_pid")
  wait_listening "http://127.0.0.1:$admin_port/healthz"
}

sidecar_stop() { # phase name: the sidecar must still be running (no crash)
  if ! kill -0 "$sidecar_pid" 2>/dev/null; then
    echo "FAIL $1: the sidecar is gone; its log:" >&2; cat "$work/sidecar-$1.log" >&2; exit 1
  fi
  kill "$sidecar_pid"; wait "$sidecar_pid" 2>/dev/null || true
}

"$work/loadgen" upstream -listen "127.0.0.1:$up_port" &
pids+=($!)
wait_listening "http://127.0.0.1:$up_port/"

echo "== phase 1: capacity, ${cap_s}s, redis-server killed at $((cap_s / 2))s and restarted 5 s later"
redis_start
sidecar_start "$work/sidecar-capacity.log" -policy "$here/policy-capacity.yaml" \
  -default-plan load -redis "unix://$work/redis.sock" -redis-pool 16
(
  sleep $((cap_s / 2))
  kill -9 "$(cat "$work/redis.pid")"; rm -f "$work/redis.pid" "$work/redis.sock"
  echo "   $(date +%T) redis-server killed"
  sleep 5
  redis_start && echo "   $(date +%T) redis-server restarted"
) &
chaos=$!
"$work/loadgen" capacity -target "http://127.0.0.1:$port" -admin "http://127.0.0.1:$admin_port" \
  -pid "$sidecar_pid" -duration "${cap_s}s" -workers 16 -decision-bound-ms 100 > "$out/capacity.json"
wait "$chaos"
sidecar_stop capacity

for mode in deny admit; do
  echo "== phase 2: flood, at_capacity: $mode, ${flood_s}s"
  sed "s/at_capacity: deny/at_capacity: $mode/" "$here/policy-flood.yaml" > "$work/policy-$mode.yaml"
  for i in $(seq 0 999); do echo "steady-$i = steady"; done > "$work/steady.txt"
  sidecar_start "$work/sidecar-flood-$mode.log" -policy "$work/policy-$mode.yaml" \
    -capacity "$capacity" -plans-file "$work/steady.txt" -default-plan new
  "$work/loadgen" flood -target "http://127.0.0.1:$port" -admin "http://127.0.0.1:$admin_port" \
    -pid "$sidecar_pid" -duration "${flood_s}s" -capacity "$capacity" > "$out/flood-$mode.json"
  sidecar_stop "flood-$mode"
done

python3 "$here/report.py" "$out"
