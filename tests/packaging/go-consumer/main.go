// A service outside the libdayone repository that requires the Go binding,
// as a new user writes it. tests/packaging/go_module.sh copies it into a
// temporary module whose go.mod `replace`s the binding with this checkout's
// bindings/go, then builds, vets, tests (-race) and runs it from a clean
// build cache: the binding must compile the C library it carries.
//
// It prints one line per step; the script checks them.
package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// launchReady is an environment the default policy accepts.
var launchReady = map[string]string{
	"SECRET_KEY":                 "xi4DS+tPoZTbWu1F7ixZo4DACmwjM7a/8A6VHkV6KXc=",
	"DATABASE_URL":               "postgresql://app@db.dayone-test.internal:5432/app",
	"INTEGRATION_ENCRYPTION_KEY": "21l9t2cDEcgP7680o4w/YCKebmRq3d/krr5M5iXAQrM=",
}

func run() error {
	policy, err := dayone.DefaultPolicy()
	if err != nil {
		return err
	}
	defer policy.Close()

	ready, err := checkOK(policy, launchReady)
	if err != nil {
		return err
	}
	missing, err := checkOK(policy, map[string]string{})
	if err != nil {
		return err
	}
	fmt.Printf("check: ready=%v empty=%v\n", ready, missing)

	first, last, err := burst(policy, 1000)
	if err != nil {
		return err
	}
	fmt.Printf("decide: first=%d last=%d retry_after>0=%v\n",
		first.Status, last.Status, last.RetryAfter > 0)

	// AttachRedis to a socket that does not exist: ErrBackend either way,
	// with "built without Redis support" under -tags dayone_noredis.
	lim, err := dayone.NewLimiter(policy, nil)
	if err != nil {
		return err
	}
	defer lim.Close()
	err = lim.AttachRedis(dayone.RedisOptions{URL: "unix:///nonexistent/dayone-test.sock",
		ConnectTimeout: 50 * time.Millisecond})
	fmt.Printf("redis: backend-error=%v %v\n", errors.Is(err, dayone.ErrBackend), err)
	return nil
}

// checkOK reports whether env passes the policy.
func checkOK(policy *dayone.Policy, env map[string]string) (bool, error) {
	report, err := dayone.Check(policy, env)
	if err != nil {
		return false, err
	}
	defer report.Close()
	return report.OK(), nil
}

// burst sends n requests of one tenant on the free plan's ingest limit at
// one instant and returns the first and last decisions.
func burst(policy *dayone.Policy, n int) (first, last dayone.Decision, err error) {
	lim, err := dayone.NewLimiter(policy, nil)
	if err != nil {
		return first, last, err
	}
	defer lim.Close()
	for i := 0; i < n; i++ {
		d, err := lim.Decide(dayone.Request{Key: "tenant-1", Plan: "free", Limit: "ingest", Now: 1})
		if err != nil {
			return first, last, err
		}
		if i == 0 {
			first = d
		}
		last = d
	}
	return first, last, nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "consumer:", err)
		os.Exit(1)
	}
}
