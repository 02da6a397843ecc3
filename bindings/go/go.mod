module github.com/libdayone/libdayone/bindings/go

go 1.22
