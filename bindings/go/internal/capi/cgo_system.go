//go:build dayone_system

package capi

// -tags dayone_system links an installed libdayone instead of the carried
// sources, for distributions that package it: pkg-config finds
// dayone-shim.pc (which requires dayone.pc), both installed by
// `cmake --install`, or the uninstalled ones a CMake build tree writes to
// build/<preset>/go/pkgconfig.

// #cgo pkg-config: dayone-shim
import "C"
