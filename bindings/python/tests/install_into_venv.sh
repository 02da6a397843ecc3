#!/usr/bin/env bash
# install_into_venv.sh - build and install ./bindings/python into the test venv.
#
#   BUILD_DIR=build/dev bindings/python/tests/install_into_venv.sh
#
# Uses scripts/pyenv.sh for the venv ($BUILD_DIR/venv), then does what a user
# does, `pip install ./bindings/python`, with a persistent scikit-build-core
# build directory so that re-running it only recompiles what changed
# (test_packaging.py's `pip wheel` reuses it).
# Environment: BUILD_DIR (required), PYTHON (interpreter for the venv).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
: "${BUILD_DIR:?set BUILD_DIR to the build directory}"
mkdir -p "$BUILD_DIR"
BUILD_DIR="$(cd "$BUILD_DIR" && pwd)"
export BUILD_DIR

py="$("$root/scripts/pyenv.sh" "$here/requirements.txt")"
venv="$(dirname "$(dirname "$py")")"

# Same lock as pyenv.sh: never two pip runs in the shared venv at once.
exec 9>"$venv.lock"
flock 9
"$py" -m pip install --quiet --disable-pip-version-check --no-build-isolation \
  --no-deps --config-settings=build-dir="$BUILD_DIR/python-skbuild" \
  "$root/bindings/python"
# Prove the installed module (not the source tree) imports and works.
cd "$BUILD_DIR"
"$py" -c 'import dayone, sys; p = dayone.Policy.default(); print("dayone", dayone.__version__, "from", dayone.__file__, "plans", ",".join(p.plans))'
