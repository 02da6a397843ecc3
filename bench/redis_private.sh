# bench/redis_private.sh - sourced by the Redis sitting scripts (redis_ab.sh,
# redis_sitting.sh): starts a private redis-server on a Unix socket $S in a
# scratch directory $D, stopped and removed when the script exits, and
# defines load (the 1-minute load average) and flush (FLUSHALL SYNC, then a
# pause so the server's lazy frees are done before the next run).
D=$(mktemp -d)
S=$D/redis.sock
redis-server --port 0 --unixsocket "$S" --unixsocketperm 700 --save '' --appendonly no \
  --dir "$D" --logfile "$D/log" &
SP=$!
trap 'kill $SP 2>/dev/null; wait $SP 2>/dev/null; rm -rf "$D"' EXIT
for _ in $(seq 50); do [ -S "$S" ] && break; sleep 0.1; done
load() { cut -d' ' -f1 /proc/loadavg; }
flush() { redis-cli -s "$S" flushall sync >/dev/null; sleep 0.5; }
