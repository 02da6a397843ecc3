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
// cgo finds the C library and the bindings' helpers through pkg-config
// (`#cgo pkg-config: dayone-shim`, which requires dayone): installed .pc
// files, or the uninstalled ones the CMake build writes to
// build/<preset>/go/pkgconfig (see bindings/go/README.md).
package capi

//go:generate swig -go -cgo -intgosize 64 -I../../../../include -I../../../shim capi.i
//go:generate go run gen_header.go .
