// Package capi is the raw SWIG layer of the Go binding: generated from
// capi.i by SWIG's Go module, internal, not for direct use. The public,
// idiomatic API is the dayone package one directory up.
//
// The generated files (capi.go, capi_wrap.c) are committed so that a plain
// `go build` needs no SWIG; regenerate them after editing capi.i with
//
//	go generate ./...
//
// from bindings/go. TestGeneratedIsFresh fails when they are stale.
package capi

//go:generate swig -go -cgo -intgosize 64 -I../../../../include capi.i
