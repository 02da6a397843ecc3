#!/bin/sh
# Run every libFuzzer target for N seconds each (default 60): `make fuzz`,
# `make fuzz SECONDS_PER_TARGET=300`, or scripts/fuzz.sh 30 fuzz_dotenv.
#
# Builds the `fuzz` CMake preset (clang, ASan+UBSan, -fsanitize=fuzzer) in
# build/fuzz. Each target starts from its checked-in corpus
# tests/fuzz/corpus/<target>/ (read-only) and writes what it discovers to
# build/fuzz/corpus/<target>/; crashes, leaks and timeouts land in
# build/fuzz/artifacts/<target>/. Exit status 1 if any target found one.
# To keep a finding as a regression input:
#   build/fuzz/tests/fuzz/<target> -minimize_crash=1 -runs=10000 <artifact>
#   cp <minimised artifact> tests/fuzz/corpus/<target>/regress-<what>
set -eu
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift 2>/dev/null || true
targets=${*:-"fuzz_policy_load fuzz_dotenv fuzz_formats fuzz_decide fuzz_redis_reply fuzz_postmortem fuzz_status fuzz_check_vars"}
jobs=${FUZZ_JOBS:-1}   # >1: parallel workers (libFuzzer -jobs), logs in build/fuzz/

case $seconds in
    ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]" >&2; exit 2;;
esac

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzzers

status=0
for t in $targets; do
    exe=build/fuzz/tests/fuzz/$t
    [ -x "$exe" ] || { echo "no such fuzz target: $t" >&2; exit 2; }
    work=build/fuzz/corpus/$t
    art=build/fuzz/artifacts/$t
    mkdir -p "$work" "$art"
    echo "== $t: ${seconds}s"
    # -rss_limit_mb: a legit input never needs more; -timeout: a hang is a bug
    # (no input may take 100 ms; 5 s leaves room for ASan and slow machines).
    par=""
    [ "$jobs" -gt 1 ] && par="-jobs=$jobs -workers=$jobs"
    # shellcheck disable=SC2086
    if ! (cd build/fuzz && "../../$exe" -max_total_time="$seconds" -timeout=5 \
            -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 $par \
            -artifact_prefix="artifacts/$t/" "corpus/$t" "../../tests/fuzz/corpus/$t") \
            >"build/fuzz/$t.log" 2>&1; then
        echo "!! $t failed: see build/fuzz/$t.log and $art/" >&2
        tail -40 "build/fuzz/$t.log" >&2
        status=1
    else
        grep -E "^stat::(number_of_executed_units|peak_rss_mb|new_units_added)" "build/fuzz/$t.log" || true
    fi
done
exit $status
