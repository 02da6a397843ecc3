#!/usr/bin/env bash
# bench/run.sh - `make bench`: libdayone side by side with the tools users
# would otherwise pick, in one run on this machine (see bench/README.md).
#
#  1. builds libdayone in release mode (cmake --preset bench -> build/bench);
#  2. installs the peers from their registries into bench/.peers/ (git-ignored,
#     never committed): envalid from npm, pydantic-settings, limits,
#     pyrate-limiter and the Python binding into a venv, the Go peers
#     (OPA, caarlos0/env, x/time/rate, redis_rate) built from
#     bench/peers/go (go.mod/go.sum committed, sources from the Go proxy);
#  3. starts a private redis-server on a unix socket in a temp dir;
#  4. bench/collect.py runs everything several times, prints one table and
#     writes bench/results.md (every record as reported, rounds in order:
#     bench/.peers/logs/collect-raw.jsonl); among its programs, bench_limiter
#     --json gives the C limiter's time-supplied rows, its floors and the
#     two-threads-vs-one pairs (about 2.5 s a run).
# A peer that cannot be installed or built becomes a "not available" row; it
# never stops the run. BENCH_RUNS=N changes how often each program runs (3).
set -uo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
PEERS=$ROOT/bench/.peers
LOGS=$PEERS/logs
mkdir -p "$LOGS"
say() { printf '[bench] %s\n' "$*" >&2; }

# Peer versions, pinned so that runs compare like with like.
ENVALID=envalid@8.2.0
PY_PEERS=("pydantic-settings==2.16.3" "limits[redis]==5.8.0" "pyrate-limiter==4.5.1" "redis==7.4.1")

# --- 1. libdayone, release ---------------------------------------------------
say "building libdayone (cmake --preset bench)"
if ! { cmake --preset bench >"$LOGS/cmake.log" 2>&1 &&
       cmake --build --preset bench -j 2 >>"$LOGS/cmake.log" 2>&1; }; then
  tail -20 "$LOGS/cmake.log" >&2
  say "the release build failed; see $LOGS/cmake.log"
  exit 1
fi

# --- 2. peers ------------------------------------------------------------------
if command -v npm >/dev/null 2>&1; then
  if [ ! -f "$PEERS/node/node_modules/envalid/package.json" ] ||
     ! grep -q "\"version\": \"${ENVALID#envalid@}\"" "$PEERS/node/node_modules/envalid/package.json"; then
    say "npm install $ENVALID"
    npm install --prefix "$PEERS/node" --no-audit --no-fund "$ENVALID" >"$LOGS/npm.log" 2>&1 ||
      say "npm install failed (envalid rows will say so); see $LOGS/npm.log"
  fi
else
  say "node/npm not found: envalid rows will be 'not available'"
fi

PY=${PYTHON:-python3}
if [ ! -x "$PEERS/py/bin/python" ]; then
  say "creating the peers' venv"
  "$PY" -m venv "$PEERS/py" >"$LOGS/venv.log" 2>&1 || say "venv failed; see $LOGS/venv.log"
fi
if [ -x "$PEERS/py/bin/python" ]; then
  stamp="$PEERS/py/.peers-installed"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "${PY_PEERS[*]}" ]; then
    say "pip install ${PY_PEERS[*]}"
    if "$PEERS/py/bin/pip" install -q "${PY_PEERS[@]}" >"$LOGS/pip.log" 2>&1; then
      echo "${PY_PEERS[*]}" >"$stamp"
    else
      say "pip install failed (Python peer rows will say so); see $LOGS/pip.log"
    fi
  fi
  # The binding is rebuilt when its sources or the library's change.
  if [ -f bindings/python/pyproject.toml ]; then
    src_hash=$(cat bindings/python/pyproject.toml bindings/python/CMakeLists.txt bindings/python/*.i \
                   bindings/python/src/dayone/*.py libdayone/*.[ch] libdayone/*.yaml include/dayone/*.h \
                   2>/dev/null | sha256sum | cut -c1-16)
    if [ "$(cat "$PEERS/py/.dayone-installed" 2>/dev/null)" != "$src_hash" ]; then
      say "pip install ./bindings/python (the Python binding, release build)"
      if "$PEERS/py/bin/pip" install -q --force-reinstall --no-deps ./bindings/python \
           >"$LOGS/pip-dayone.log" 2>&1; then
        echo "$src_hash" >"$PEERS/py/.dayone-installed"
      else
        "$PEERS/py/bin/pip" uninstall -y -q dayone >/dev/null 2>&1
        say "the Python binding did not build (its rows will say so); see $LOGS/pip-dayone.log"
      fi
    fi
  fi
fi

mkdir -p "$PEERS/go"
if command -v go >/dev/null 2>&1; then
  say "building the Go peers (OPA, caarlos0/env, x/time/rate, redis_rate)"
  (cd bench/peers/go && go build -trimpath -o "$PEERS/go/peers" .) >"$LOGS/go.log" 2>&1 ||
    { rm -f "$PEERS/go/peers"; say "the Go peers did not build (their rows will say so); see $LOGS/go.log"; }
  # libdayone from Go: only once bindings/go has its public package.
  rm -f "$PEERS/go/dayone-peers"
  # cgo finds the library through pkg-config: an uninstalled dayone.pc for
  # build/bench's static archive (as tests/go does for its build).
  if [ -d bench/peers/go-dayone ] && ls bindings/go/*.go >/dev/null 2>&1; then
    mkdir -p "$PEERS/go/pkgconfig"
    cat >"$PEERS/go/pkgconfig/dayone.pc" <<EOF
Name: dayone
Description: libdayone (static, build/bench; written by bench/run.sh)
Version: 0
Cflags: -I$ROOT/include -I$ROOT/build/bench/include
Libs: $ROOT/build/bench/libdayone/libdayone.a $(pkg-config --libs yaml-0.1 libpcre2-8 libcmark-gfm) $(pkg-config --libs hiredis 2>/dev/null) -lpthread -lm
EOF
    say "building libdayone's Go binding bench (bench/peers/go-dayone)"
    # Go's build cache keys cgo packages on their flags, not on the library
    # they link: a define naming this library (path and content) keeps a
    # cached build of another checkout or an older libdayone.a out (as
    # tests/go does; see bindings/go/README.md).
    libtag=$( { echo "$ROOT"; cat build/bench/libdayone/libdayone.a; } | sha256sum | cut -c1-16)
    (cd bench/peers/go-dayone && PKG_CONFIG_PATH="$PEERS/go/pkgconfig" CGO_ENABLED=1 \
       CGO_CFLAGS="-O2 -g -DDAYONE_BENCH_LIB=$libtag" \
       go build -o "$PEERS/go/dayone-peers" .) >"$LOGS/go-dayone.log" 2>&1 ||
      { rm -f "$PEERS/go/dayone-peers"; say "the Go binding bench did not build (its rows will say so); see $LOGS/go-dayone.log"; }
  fi
else
  say "go not found: the Go rows will be 'not available'"
fi

# --- 3. a private redis-server ---------------------------------------------------
REDIS_TMP=$(mktemp -d)
REDIS_PID=""
cleanup() {
  if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null; wait "$REDIS_PID" 2>/dev/null; fi
  rm -rf "$REDIS_TMP"
}
trap cleanup EXIT INT TERM
SOCK=""
if command -v redis-server >/dev/null 2>&1; then
  redis-server --port 0 --unixsocket "$REDIS_TMP/redis.sock" --unixsocketperm 700 \
    --save '' --appendonly no --dir "$REDIS_TMP" --logfile "$REDIS_TMP/redis.log" &
  REDIS_PID=$!
  for _ in $(seq 50); do [ -S "$REDIS_TMP/redis.sock" ] && break; sleep 0.1; done
  if [ -S "$REDIS_TMP/redis.sock" ]; then SOCK=$REDIS_TMP/redis.sock; else say "redis-server did not start"; fi
else
  say "redis-server not found: the Redis rows will be 'not available'"
fi

# --- 4. run, collect, write bench/results.md ---------------------------------------
extra=()
if [ -x build/bench/bench/bench_limiter ]; then
  # the text report (1 key and 1M keys too); the 100k-key rows, floors and
  # pairs of the table come from collect.py's bench_limiter --json
  say "bench_limiter --quick (the limiter's own benchmark, appended to the results)"
  build/bench/bench/bench_limiter --quick >"$LOGS/bench_limiter.txt" 2>&1 &&
    extra+=(--extra "bench_limiter --quick (libdayone limiter: 1 key / 100k / 1M keys)=$LOGS/bench_limiter.txt")
fi
if [ -f bench/bench_python.py ] && "$PEERS/py/bin/python" -c 'import dayone' 2>/dev/null; then
  say "bench_python.py (the Python binding's own benchmark, appended to the results)"
  "$PEERS/py/bin/python" bench/bench_python.py >"$LOGS/bench_python.txt" 2>&1 &&
    extra+=(--extra "bench_python.py (Python binding hot calls)=$LOGS/bench_python.txt")
fi

"$PY" bench/collect.py --build build/bench --peers bench/.peers --redis "$SOCK" \
  --out bench/results.md --raw "$LOGS/collect-raw.jsonl" "${extra[@]}"
