package main

import (
	"sync"
	"sync/atomic"
	"testing"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// TestCheck: the carried library loads its embedded default policy and
// tells a launch-ready environment from an empty one.
func TestCheck(t *testing.T) {
	policy, err := dayone.DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer policy.Close()
	if ok, err := checkOK(policy, launchReady); err != nil || !ok {
		t.Fatalf("launch-ready environment: ok=%v err=%v", ok, err)
	}
	if ok, err := checkOK(policy, map[string]string{}); err != nil || ok {
		t.Fatalf("empty environment: ok=%v err=%v", ok, err)
	}
}

// TestDecideConcurrently: goroutines share one limiter (run under -race);
// one tenant's burst at one instant admits the same number of requests
// however the calls interleave, and denies the rest with 429.
func TestDecideConcurrently(t *testing.T) {
	policy, err := dayone.DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer policy.Close()
	first, last, err := burst(policy, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if first.Status != 200 || last.Status != 429 {
		t.Fatalf("serial burst: first %d, last %d; want 200 then 429", first.Status, last.Status)
	}
	serial := 0
	lim, err := dayone.NewLimiter(policy, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer lim.Close()
	for i := 0; i < 1000; i++ {
		d, err := lim.Decide(dayone.Request{Key: "serial", Plan: "free", Limit: "ingest", Now: 1})
		if err != nil {
			t.Fatal(err)
		}
		if d.Allowed {
			serial++
		}
	}
	var allowed atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 125; i++ {
				d, err := lim.Decide(dayone.Request{Key: "shared", Plan: "free", Limit: "ingest", Now: 1})
				if err != nil {
					t.Error(err)
					return
				}
				if d.Allowed {
					allowed.Add(1)
				} else if d.Status != 429 {
					t.Errorf("denied with status %d, want 429", d.Status)
				}
			}
		}()
	}
	wg.Wait()
	if got := allowed.Load(); got != int64(serial) || got == 0 || got == 1000 {
		t.Fatalf("concurrent burst admitted %d of 1000, serial admitted %d", got, serial)
	}
}
