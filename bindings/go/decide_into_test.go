package dayone

import (
	"errors"
	"sync"
	"testing"
)

// DecideInto gives what Decide gives, on two limiters fed the same
// requests, and overwrites every field of a reused Decision (a paywall
// denial's UpgradePlan and Reason, a quota's QuotaReset) and clears it on
// an error.
func TestDecideIntoMatchesDecide(t *testing.T) {
	byValue := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	into := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	reqs := []Request{
		{Key: "t1", Plan: "free", Limit: "ingest", Feature: "exports", Now: t0}, // 403, upgrade plan
		{Key: "t1", Plan: "free", Limit: "api", Now: t0},
		Request{Key: "t2", Plan: "free", Limit: "ingest", Now: t0}.WithUsage(1000), // 402
		{Key: "t2", Plan: "pro", Limit: "api", Cost: 60, Now: t0},                  // above the burst
		{Key: "t3", Plan: "free", Limit: "api", Now: t0, PeriodAnchor: 1},          // by name
		{Key: "t1", Plan: "free", Limit: "api", Now: t0},
	}
	for i := 0; i < 6; i++ { // past free/api's burst of 5: 429s too
		reqs = append(reqs, Request{Key: "t4", Plan: "free", Limit: "api", Now: t0})
	}
	var d Decision
	for i, r := range reqs {
		want, wantErr := byValue.Decide(r)
		err := into.DecideInto(&d, &r)
		if (err == nil) != (wantErr == nil) || d != want {
			t.Fatalf("request %d: DecideInto = %+v, %v; Decide = %+v, %v", i, d, err, want, wantErr)
		}
	}
	if d.Outcome != DenyRate {
		t.Fatalf("the last request was not denied: %+v", d)
	}

	d = Decision{Allowed: true, Reason: "stale", UpgradePlan: "stale"}
	r := Request{Key: "t5", Plan: "nope", Limit: "api", Now: t0}
	if err := into.DecideInto(&d, &r); !errors.Is(err, ErrNotFound) || d != (Decision{}) {
		t.Fatalf("unknown plan: %+v, %v", d, err)
	}
	into.Close()
	d.Allowed = true
	r = Request{Key: "t5", Plan: "free", Limit: "api", Now: t0}
	if err := into.DecideInto(&d, &r); !errors.Is(err, ErrClosed) || d != (Decision{}) {
		t.Fatalf("after Close: %+v, %v", d, err)
	}
}

// A caller whose stripe's buffer is held decides on a pooled one; the
// buffer goes back after each call, and allocates nothing when it is free.
func TestDecideScratchTakenFallsBack(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	r := Request{Key: "t1", Plan: "pro", Limit: "api", Now: t0}
	var d Decision
	if err := l.DecideInto(&d, &r); err != nil || !d.Allowed || d.Remaining != 49 {
		t.Fatalf("first decision: %+v, %v", d, err)
	}
	other := Request{Key: "t2", Plan: "pro", Limit: "api", Now: t0}
	if a := testing.AllocsPerRun(100, func() {
		if err := l.DecideInto(&d, &other); err != nil || d.Status == 0 {
			t.Fatal(d, err)
		}
	}); a != 0 {
		t.Errorf("DecideInto allocates %v times a call", a)
	}
	// Hold every buffer, as goroutines inside Decide would.
	for i := range l.gate.stripes {
		if !l.gate.stripes[i].owned.CompareAndSwap(0, 1) {
			t.Fatalf("buffer %d still taken after Decide returned", i)
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				var d Decision
				if err := l.DecideInto(&d, &r); err != nil || !d.Allowed {
					t.Errorf("with every buffer taken: %+v, %v", d, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	for i := range l.gate.stripes {
		l.gate.stripes[i].owned.Store(0)
	}
	if err := l.DecideInto(&d, &r); err != nil || d.Remaining != 49-41 {
		t.Fatalf("after the fallbacks: %+v, %v", d, err)
	}
}
