#!/usr/bin/env bash
# go_module.sh - a module outside this repository requires the Go binding and
# builds, vets, tests (-race) and runs, the way a new Go user would: no CMake
# build, no install, no PKG_CONFIG_PATH, a clean GOCACHE. Only a C compiler
# and the distribution's libyaml, PCRE2, cmark-gfm and hiredis development packages.
#
#   WORK_DIR=/tmp/x GO=go tests/packaging/go_module.sh
#
# The consumer (go-consumer/ here) is copied into WORK_DIR/module, whose
# go.mod requires github.com/libdayone/libdayone/bindings/go and `replace`s
# it with this checkout's bindings/go (standing in for the module proxy).
# Then it is built again with -tags dayone_noredis (no hiredis needed), where
# AttachRedis must say the library was built without Redis.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
: "${WORK_DIR:?set WORK_DIR to a scratch directory}"
go="${GO:-go}"

rm -rf "$WORK_DIR"
mkdir -p "$WORK_DIR/module"
WORK_DIR="$(cd "$WORK_DIR" && pwd)"
cp "$here/go-consumer/main.go" "$here/go-consumer/main_test.go" "$WORK_DIR/module/"
cat >"$WORK_DIR/module/go.mod" <<MOD
module example.com/dayone-consumer

go 1.22

require github.com/libdayone/libdayone/bindings/go v0.0.0

replace github.com/libdayone/libdayone/bindings/go => $root/bindings/go
MOD

# A new user's environment: nothing points at a libdayone build.
unset PKG_CONFIG_PATH CGO_CFLAGS CGO_LDFLAGS CGO_CPPFLAGS LD_LIBRARY_PATH GOFLAGS
export GOCACHE="$WORK_DIR/gocache" GOMODCACHE="$WORK_DIR/gomodcache" GOPATH="$WORK_DIR/gopath"
export GOFLAGS=-mod=mod GOPROXY=off GOTOOLCHAIN=local CGO_ENABLED=1
cd "$WORK_DIR/module"

step() { # step NAME CMD... : run, timed
  local t0=$SECONDS
  echo "== $1"; shift
  "$@"
  echo "   ($((SECONDS - t0)) s)"
}
step "go build" "$go" build -o consumer .
step "go vet" "$go" vet ./...
step "go test -race" "$go" test -race -count=1 ./...
step "run" ./consumer | tee out.txt
grep -qx 'check: ready=true empty=false' out.txt
grep -qx 'decide: first=200 last=429 retry_after>0=true' out.txt
grep -q '^redis: backend-error=true ' out.txt
if grep -q 'built without Redis' out.txt; then
  echo "go_module.sh: the default build has no Redis backend" >&2
  exit 1
fi

step "go build -tags dayone_noredis" "$go" build -tags dayone_noredis -o consumer-noredis .
./consumer-noredis | tee out-noredis.txt
grep -qx 'check: ready=true empty=false' out-noredis.txt
grep -q '^redis: backend-error=true .*built without Redis support' out-noredis.txt
# Nothing links a libdayone shared library: the library is inside.
if ldd consumer | grep -q libdayone; then
  echo "go_module.sh: the consumer links a shared libdayone" >&2
  exit 1
fi
echo "go_module.sh: the outside module builds, vets, tests and runs (${SECONDS} s)"
