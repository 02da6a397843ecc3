package dayone

import (
	"errors"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
)

// DecideManyLazy decides as DecideManyInto does, request for request: two
// limiters fed the same random batches (keys of every length the packer
// treats apart, limits changing within a batch, features, quotas, costs,
// unknown plans, some batches carrying a NUL byte); one Decisions and one
// Decision reused across them all.
func TestDecideManyLazyMatchesInto(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	pick := func(xs ...string) string { return xs[rng.Intn(len(xs))] }
	var ds Decisions
	var d Decision
	for round := 0; round < 40; round++ {
		into := mustLimiter(t, mustPolicy(t, apiYAML), nil)
		lazy := mustLimiter(t, mustPolicy(t, apiYAML), nil)
		reqs := make([]Request, 1+rng.Intn(300))
		for i := range reqs {
			r := Request{Key: pick("a", "tenant-"+strconv.Itoa(rng.Intn(20)), "", "sixteen-bytes-16",
				"seventeen-bytes17", strings.Repeat("k", 40)), Plan: pick("free", "pro"),
				Limit: pick("api", "ingest", strings.Clone("api")), Now: t0 + int64(i)*int64(time.Millisecond)}
			switch rng.Intn(8) {
			case 1:
				r.Plan = "gold"
			case 2:
				r.Feature = pick("exports", "teleport")
			case 3:
				r.Cost = int64(rng.Intn(80)) - 1
			case 4:
				r = r.WithUsage(int64(rng.Intn(2000)))
			}
			if round%4 == 3 && rng.Intn(40) == 0 {
				r.Key += "\x00"
			}
			reqs[i] = r
		}
		want := make([]Decision, len(reqs))
		werr := into.DecideManyInto(want, reqs)
		err := lazy.DecideManyLazy(&ds, reqs)
		var wbe, be *BatchError
		errors.As(werr, &wbe)
		errors.As(err, &be)
		if (werr == nil) != (err == nil) || (wbe == nil) != (be == nil) {
			t.Fatalf("round %d: DecideManyLazy error %v, DecideManyInto error %v", round, err, werr)
		}
		if be != nil && (be.Index != wbe.Index || be.Error() != wbe.Error() ||
			!errors.Is(be, codeOf(wbe.Err))) {
			t.Fatalf("round %d: %v, want %v", round, be, wbe)
		}
		if ds.Len() != len(reqs) {
			t.Fatalf("round %d: Len %d, want %d", round, ds.Len(), len(reqs))
		}
		for i := range reqs {
			if be != nil && be.Codes[i] != wbe.Codes[i] {
				t.Fatalf("round %d, request %d: code %v, want %v", round, i, be.Codes[i], wbe.Codes[i])
			}
			ds.Into(i, &d)
			if d != want[i] || ds.At(i) != want[i] || ds.Allowed(i) != want[i].Allowed ||
				ds.Outcome(i) != want[i].Outcome {
				t.Fatalf("round %d, request %d %+v:\n lazy %+v\n into %+v", round, i, reqs[i], d, want[i])
			}
		}
	}
}

// A denial's texts and a quota's reset decoded by Into leave nothing
// behind in the next decision decoded into the same Decision, and a
// smaller batch replaces a larger one.
func TestDecisionsReuse(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	var ds Decisions
	reqs := []Request{
		{Key: "t1", Plan: "free", Limit: "ingest", Feature: "exports", Now: t0}, // 403, upgrade plan
		Request{Key: "t2", Plan: "free", Limit: "ingest", Now: t0}.WithUsage(10),
		{Key: "t3", Plan: "free", Limit: "api", Now: t0},
	}
	if err := l.DecideManyLazy(&ds, reqs); err != nil {
		t.Fatal(err)
	}
	var d Decision
	ds.Into(0, &d)
	if d.Outcome != DenyPlan || d.UpgradePlan != "pro" || d.Reason != "feature not in plan" ||
		d.LimitName != "ingest" || ds.Allowed(0) {
		t.Fatalf("paywall denial: %+v", d)
	}
	ds.Into(1, &d)
	if !d.Allowed || d.QuotaReset.IsZero() || d.QuotaRemaining != 989 || d.UpgradePlan != "" {
		t.Fatalf("quota decision: %+v", d)
	}
	ds.Into(2, &d)
	if !d.Allowed || !d.QuotaReset.IsZero() || d.QuotaRemaining != -1 || d.LimitName != "api" ||
		d.Reason != "ok" || d.Remaining != 4 {
		t.Fatalf("plain decision after the others: %+v", d)
	}
	if err := l.DecideManyLazy(&ds, reqs[2:]); err != nil || ds.Len() != 1 || ds.At(0).Remaining != 3 {
		t.Fatalf("second batch: %v, Len %d, %+v", err, ds.Len(), ds.At(0))
	}
	defer func() {
		if recover() == nil {
			t.Error("an index past Len did not panic")
		}
	}()
	ds.Allowed(1)
}

// A failed request reads as the zero Decision; the batch's error is the
// *BatchError DecideManyInto returns; a closed limiter and a nil Decisions
// are refused; an empty batch holds nothing.
func TestDecideManyLazyErrors(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	var ds Decisions
	reqs := []Request{
		{Key: "a", Plan: "free", Limit: "api", Now: t0},
		{Key: "a", Plan: "gold", Limit: "api", Now: t0},
		{Key: "a", Plan: "free", Limit: "nope", Now: t0},
	}
	err := l.DecideManyLazy(&ds, reqs)
	var be *BatchError
	if !errors.As(err, &be) || !errors.Is(err, ErrNotFound) || be.Index != 1 ||
		be.Codes[0] != 0 || be.Codes[1] != ErrNotFound || be.Codes[2] != ErrNotFound {
		t.Fatalf("want a *BatchError at 1 wrapping ErrNotFound, got %T %v", err, err)
	}
	d := Decision{Allowed: true, Reason: "stale"}
	ds.Into(1, &d)
	if d != (Decision{}) || ds.Allowed(2) || !ds.Allowed(0) || ds.At(0).Remaining != 4 {
		t.Fatalf("failed requests: %+v; allowed %v %v %v", d, ds.Allowed(0), ds.Allowed(1), ds.Allowed(2))
	}
	if err := l.DecideManyLazy(nil, reqs); !errors.Is(err, ErrInvalid) {
		t.Errorf("nil Decisions: %v", err)
	}
	if err := l.DecideManyLazy(&ds, nil); err != nil || ds.Len() != 0 {
		t.Errorf("empty batch: %v, Len %d", err, ds.Len())
	}
	l.Close()
	if err := l.DecideManyLazy(&ds, reqs); !errors.Is(err, ErrClosed) || ds.Len() != 0 {
		t.Errorf("closed: %v, Len %d", err, ds.Len())
	}
	if err := l.DecideManyLazy(&ds, nil); !errors.Is(err, ErrClosed) {
		t.Errorf("closed, empty batch: %v", err)
	}
}

// Goroutines deciding batches for one tenant at one instant through
// DecideManyLazy, each with its own Decisions: exactly the burst passes.
func TestDecideManyLazyConcurrentExact(t *testing.T) {
	const burst = 300
	p := mustPolicy(t, "version: 1\nplans:\n  - name: p\n    limits:\n      api: {rpm: 60, burst: 300}\n")
	l := mustLimiter(t, p, nil)
	const goroutines, batches, size = 8, 10, 10
	allowed := make([]int, goroutines)
	done := make(chan struct{})
	for g := 0; g < goroutines; g++ {
		go func(g int) {
			defer func() { done <- struct{}{} }()
			var ds Decisions
			reqs := make([]Request, size)
			for i := range reqs {
				reqs[i] = Request{Key: "shared", Plan: "p", Limit: "api", Now: t0}
			}
			for b := 0; b < batches; b++ {
				if err := l.DecideManyLazy(&ds, reqs); err != nil {
					t.Error(err)
					return
				}
				for i := 0; i < ds.Len(); i++ {
					if ds.Allowed(i) {
						allowed[g]++
					}
				}
			}
		}(g)
	}
	total := 0
	for g := 0; g < goroutines; g++ {
		<-done
	}
	for _, n := range allowed {
		total += n
	}
	if total != burst {
		t.Fatalf("%d allowed of %d, want exactly the burst %d", total, goroutines*batches*size, burst)
	}
}
