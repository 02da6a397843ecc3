module libdayone.bench/godayone

go 1.22

require github.com/libdayone/libdayone/bindings/go v0.0.0

replace github.com/libdayone/libdayone/bindings/go => ../../../bindings/go
