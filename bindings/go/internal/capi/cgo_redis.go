//go:build !dayone_system && !dayone_noredis

package capi

// The Redis backend (csrc/libdayone/redis_*.c) needs hiredis. Build with
// -tags dayone_noredis to leave it out: AttachRedis then returns ErrBackend
// "built without Redis support" (libdayone/backend_none.c).

/*
#cgo CFLAGS: -DDAYONE_HAVE_HIREDIS=1
#cgo pkg-config: hiredis
*/
import "C"
