#!/usr/bin/env bash
# run_pytest.sh - run the binding's pytest suite with the test venv's python.
#
#   BUILD_DIR=build/dev bindings/python/tests/run_pytest.sh [pytest args...]
#
# The venv comes from scripts/pyenv.sh (a no-op when it is up to date);
# install_into_venv.sh must have installed the package into it first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
: "${BUILD_DIR:?set BUILD_DIR to the build directory}"
BUILD_DIR="$(cd "$BUILD_DIR" && pwd)"
export BUILD_DIR
py="$("$root/scripts/pyenv.sh" "$here/requirements.txt")"
export DAYONE_SOURCE_DIR="$root" DAYONE_BINARY_DIR="$BUILD_DIR"
# Run from the build dir so the source tree's src/ can never shadow the
# installed package; no cache files in the source tree.
cd "$BUILD_DIR"
exec "$py" -m pytest -q -p no:cacheprovider --rootdir="$root/bindings/python" "$@" "$here"
