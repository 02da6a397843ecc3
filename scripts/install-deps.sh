#!/usr/bin/env bash
# Install what building and testing libdayone needs, if it is missing.
# Debian/Ubuntu: apt-get (as root, or through sudo). Elsewhere: name the
# packages and stop. Safe to run again: it only installs what is absent.
set -euo pipefail

# Debian package -> a file or command that proves it is installed.
declare -A probes=(
  [build-essential]=/usr/bin/gcc
  [cmake]=/usr/bin/cmake
  [ninja-build]=/usr/bin/ninja
  [pkg-config]=/usr/bin/pkg-config
  [libyaml-dev]=/usr/include/yaml.h
  [libpcre2-dev]=/usr/include/pcre2.h
  [libcmocka-dev]=/usr/include/cmocka.h
  [libcmark-gfm-dev]=/usr/include/cmark-gfm.h
  [libcmark-gfm-extensions-dev]=/usr/include/cmark-gfm-core-extensions.h
  [libhiredis-dev]=/usr/include/hiredis/hiredis.h
  [redis-server]=/usr/bin/redis-server
  [redis-tools]=/usr/bin/redis-cli
  [swig]=/usr/bin/swig
  [clang]=/usr/bin/clang
  [valgrind]=/usr/bin/valgrind
  [python3-dev]=/usr/bin/python3-config
)

missing=()
for pkg in "${!probes[@]}"; do
  [ -e "${probes[$pkg]}" ] || missing+=("$pkg")
done
# Python headers: the interpreter on PATH may not be Debian's; check its own.
if command -v python3 >/dev/null 2>&1; then
  inc=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"])' 2>/dev/null || true)
  if [ -n "$inc" ] && [ -e "$inc/Python.h" ]; then
    missing=("${missing[@]/python3-dev}")
  fi
fi
# libclang runtime for the sanitizer/fuzzer builds with clang.
if [ -e /usr/bin/clang ] && ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
  missing+=("libclang-rt-dev")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "libdayone needs these packages (Debian names): ${missing[*]}" >&2
  echo "Install their equivalents with your package manager, then run make again." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "Installing ${missing[*]} needs root; run: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# libclang-rt-dev is a virtual name on some releases; fall back to the versioned one.
if ! $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
  fixed=()
  for p in "${missing[@]}"; do
    if [ "$p" = libclang-rt-dev ]; then
      v=$(clang --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -1)
      p="libclang-rt-${v}-dev"
    fi
    fixed+=("$p")
  done
  $SUDO apt-get install -y -qq --no-install-recommends "${fixed[@]}"
fi
