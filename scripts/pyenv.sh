#!/usr/bin/env bash
# pyenv.sh - the Python virtual environment the test suites share.
#
#   BUILD_DIR=build/dev scripts/pyenv.sh [requirements.txt ...]
#
# Creates $BUILD_DIR/venv once, pip-installs each requirements file into it
# (only when that file's content changed since its last install), and prints
# the venv's python path on stdout -- the only thing printed on success.
# Safe to run concurrently (ctest -j): a lock serialises set-up.
# Environment: BUILD_DIR (required), PYTHON (interpreter to create the venv
# with; default python3).
set -euo pipefail

if [ -z "${BUILD_DIR:-}" ]; then
  echo "pyenv.sh: set BUILD_DIR to the build directory" >&2
  exit 2
fi
mkdir -p "$BUILD_DIR"
venv="$(cd "$BUILD_DIR" && pwd)/venv"
python="${PYTHON:-python3}"

exec 9>"$venv.lock"
flock 9

if [ ! -x "$venv/bin/python" ]; then
  rm -rf "$venv"
  "$python" -m venv "$venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
fi

mkdir -p "$venv/.installed"
for req in "$@"; do
  [ -f "$req" ] || { echo "pyenv.sh: no such requirements file: $req" >&2; exit 2; }
  # One stamp per requirements content: several suites can share the venv
  # without reinstalling each other's requirements on every run.
  stamp="$venv/.installed/$(sha256sum "$req" | cut -c1-32)"
  if [ ! -e "$stamp" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" >&2
    : >"$stamp"
  fi
done

echo "$venv/bin/python"
