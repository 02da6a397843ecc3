// Package capi is the raw SWIG layer of the Go binding: generated from
// capi.i by SWIG's Go module, internal, not for direct use. The public,
// idiomatic API is the dayone package one directory up.
//
// The generated files (capi.go, capi_wrap.c) are committed so that a plain
// `go build` needs no SWIG; regenerate them after editing capi.i or
// bindings/shim/dayone_shim.h with
//
//	go generate ./...
//
// from bindings/go. TestGeneratedIsFresh fails when they are stale.
//
// The C library is compiled from the sources carried in csrc/
// (scripts/carry-go-sources.py writes them and the carried_*.c stubs;
// cgo_carried.go and cgo_redis.go hold their flags); with -tags
// dayone_system it is linked through pkg-config instead (cgo_system.go).
// See bindings/go/README.md.
package capi

//go:generate swig -go -cgo -intgosize 64 -I../../../../include -I../../../shim capi.i
//go:generate go run gen_header.go .
