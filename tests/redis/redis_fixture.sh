#!/usr/bin/env bash
# redis_fixture.sh - the ctest fixture's private redis-server.
#
#   redis_fixture.sh start STATE_FILE   start redis-server on a unix socket in a
#                                       new temp dir; write the socket path to
#                                       STATE_FILE
#   redis_fixture.sh stop STATE_FILE    stop it and remove the temp dir
#
# No TCP port (--port 0), no persistence. Without redis-server this FAILS,
# naming the package: the Redis tests never skip silently.
set -euo pipefail
cmd=${1:?start|stop}
state=${2:?state file}
case "$cmd" in
start)
  if ! command -v redis-server >/dev/null 2>&1; then
    echo "redis-server not found: install the redis-server package (scripts/install-deps.sh)" >&2
    exit 1
  fi
  if [ -f "$state" ]; then "$0" stop "$state" || true; fi
  dir=$(mktemp -d /tmp/dayone-redis.XXXXXX)
  redis-server --port 0 --unixsocket "$dir/redis.sock" --unixsocketperm 700 \
    --save '' --appendonly no --dir "$dir" --daemonize yes \
    --pidfile "$dir/redis.pid" --logfile "$dir/redis.log"
  for _ in $(seq 100); do
    if [ -S "$dir/redis.sock" ] && [ -s "$dir/redis.pid" ]; then
      echo "$dir/redis.sock" > "$state"
      echo "redis-server $(cat "$dir/redis.pid") on $dir/redis.sock"
      exit 0
    fi
    sleep 0.05
  done
  echo "redis-server did not start; its log:" >&2
  cat "$dir/redis.log" >&2 || true
  exit 1
  ;;
stop)
  [ -f "$state" ] || exit 0
  sock=$(cat "$state")
  dir=$(dirname "$sock")
  if [ -s "$dir/redis.pid" ]; then
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  fi
  case "$dir" in /tmp/dayone-redis.*) rm -rf "$dir" ;; esac
  rm -f "$state"
  ;;
*)
  echo "usage: $0 start|stop STATE_FILE" >&2
  exit 2
  ;;
esac
