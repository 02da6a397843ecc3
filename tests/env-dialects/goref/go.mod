module github.com/libdayone/libdayone/tests/env-dialects/goref

go 1.24

require (
	github.com/compose-spec/compose-go/v2 v2.16.2
	github.com/docker/cli v29.10.0+incompatible
	github.com/sirupsen/logrus v1.10.2
)

require golang.org/x/sys v0.13.0 // indirect
