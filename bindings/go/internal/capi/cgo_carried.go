//go:build !dayone_system

package capi

// The default build: the library's C sources carried in csrc/ (written by
// scripts/carry-go-sources.py, compiled through the carried_*.c stubs),
// linked against the distribution's libyaml, PCRE2 and cmark-gfm. The flags match the
// CMake build's (libdayone/CMakeLists.txt); hidden visibility keeps the
// library's symbols out of the Go binary's dynamic symbol table.

/*
#cgo CFLAGS: -I${SRCDIR}/csrc/include -I${SRCDIR}/csrc/shim -D_GNU_SOURCE -DDAYONE_SHARED_BUILD -fvisibility=hidden
#cgo pkg-config: yaml-0.1 libpcre2-8 libcmark-gfm
#cgo LDFLAGS: -lpthread -lm
*/
import "C"
