#!/usr/bin/env bash
# run_pytest_redis.sh - the Python binding's Redis tests (test_redis_python.py)
# with the test venv's python, against the fixture's redis-server
# (DAYONE_REDIS_SOCKET_FILE holds its socket path). Like
# bindings/python/tests/run_pytest.sh: the installed package, run from the
# build dir so the source tree never shadows it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
: "${BUILD_DIR:?set BUILD_DIR to the build directory}"
: "${DAYONE_REDIS_SOCKET_FILE:?run under the dayone_redis ctest fixture}"
BUILD_DIR="$(cd "$BUILD_DIR" && pwd)"
py="$("$root/scripts/pyenv.sh" "$root/bindings/python/tests/requirements.txt")"
export DAYONE_SOURCE_DIR="$root" DAYONE_BINARY_DIR="$BUILD_DIR"
export DAYONE_REDIS_SOCKET="$(cat "$DAYONE_REDIS_SOCKET_FILE")"
cd "$BUILD_DIR"
exec "$py" -m pytest -q -p no:cacheprovider --rootdir="$here" "$@" "$here/test_redis_python.py"
