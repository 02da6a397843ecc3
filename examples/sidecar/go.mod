module github.com/libdayone/libdayone/examples/sidecar

go 1.22

require github.com/libdayone/libdayone/bindings/go v0.0.0

// In-tree: build against the binding next door. A service outside this
// repository requires a released version instead (see bindings/go/README.md).
replace github.com/libdayone/libdayone/bindings/go => ../../bindings/go
