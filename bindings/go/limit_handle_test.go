package dayone

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

func fixedClock() int64 { return t0 }

// Decisions on a LimitHandle are those of the by-name path (DecideMany,
// which never uses handles), request by request, on two limiters fed the
// same requests at the same clock: allows, 429s past the burst, a cost
// above the burst, the paywall's 403 with its upgrade plan.
func TestLimitHandleMatchesByName(t *testing.T) {
	p := mustPolicy(t, handlesYAML)
	opts := &LimiterOptions{Clock: fixedClock}
	a, b := mustLimiter(t, p, opts), mustLimiter(t, p, opts)
	free, err := a.Resolve("free", "api", "")
	if err != nil {
		t.Fatal(err)
	}
	paywall, err := a.Resolve("free", "api", "sso")
	if err != nil {
		t.Fatal(err)
	}
	pro, err := a.Resolve("pro", "api", "sso")
	if err != nil {
		t.Fatal(err)
	}
	type step struct {
		h    *LimitHandle
		key  string
		cost int64
	}
	steps := []step{{free, "k", 0}, {pro, "k", 0}, {paywall, "k", 0}, {free, "k", 3},
		{free, "k", 1}, {free, "k", 1}, {pro, "j", 2}, {free, "j", 0}}
	var outcomes []Outcome
	for i, s := range steps {
		got, gerr := s.h.Decide(s.key, s.cost)
		r := Request{Key: s.key, Plan: s.h.plan, Limit: s.h.limit, Feature: s.h.feature, Cost: s.cost}
		want, werr := b.DecideMany([]Request{r})
		if gerr != nil || werr != nil {
			t.Fatalf("step %d: %v / %v", i, gerr, werr)
		}
		if got != want[0] {
			t.Fatalf("step %d: handle %+v, by name %+v", i, got, want[0])
		}
		outcomes = append(outcomes, got.Outcome)
	}
	for _, o := range []Outcome{Allow, DenyRate, DenyPlan} {
		if !strings.Contains(fmt.Sprint(outcomes), o.String()) {
			t.Errorf("outcomes %v lack %v", outcomes, o)
		}
	}
	var d Decision
	if err := paywall.DecideInto(&d, "k", 1); err != nil || d.UpgradePlan != "pro" || d.Status != 403 {
		t.Errorf("paywall: %+v %v", d, err)
	}
	if a := testing.AllocsPerRun(100, func() {
		if err := free.DecideInto(&d, "k2", 1); err != nil || d.Status == 0 {
			t.Fatal(d, err)
		}
	}); a != 0 {
		t.Errorf("LimitHandle.DecideInto allocates %v times a call", a)
	}
}

// Unknown names are the library's ErrNotFound, with the message Decide by
// name gives; a NUL byte in a name is ErrInvalid; a
// NUL in the key is refused on the handle too; after Close, ErrClosed.
func TestLimitHandleErrors(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, handlesYAML), nil)
	for _, n := range [][3]string{{"gold", "api", ""}, {"free", "nope", ""}, {"free", "api", "audit"}} {
		h, err := l.Resolve(n[0], n[1], n[2])
		_, byName := l.Decide(Request{Key: "k", Plan: n[0], Limit: n[1], Feature: n[2]})
		if h != nil || !errors.Is(err, ErrNotFound) || byName == nil || err.Error() != byName.Error() {
			t.Errorf("Resolve%q: %v, %v; want ErrNotFound as Decide's %v", n, h, err, byName)
		}
	}
	if _, err := l.Resolve("free\x00", "api", ""); !errors.Is(err, ErrInvalid) {
		t.Errorf("NUL in a name: %v", err)
	}
	h, err := l.Resolve("free", "api", "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := h.Decide("a\x00b", 1); !errors.Is(err, ErrInvalid) {
		t.Errorf("NUL in the key: %v", err)
	}
	if _, err := h.Decide("k", -1); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative cost: %v", err)
	}
	var zero LimitHandle
	if _, err := zero.Decide("k", 1); !errors.Is(err, ErrClosed) {
		t.Errorf("zero handle: %v", err)
	}
	l.Close()
	if _, err := h.Decide("k", 1); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
	if _, err := l.Resolve("free", "api", ""); !errors.Is(err, ErrClosed) {
		t.Errorf("Resolve after Close: %v", err)
	}
}

// Across a swap a handle keeps an unchanged limit's state and fails closed
// for a plan that is gone; resolving a triple again reuses its handle.
func TestLimitHandleAcrossSwap(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, handlesYAML), &LimiterOptions{Clock: fixedClock})
	free, _ := l.Resolve("free", "api", "")
	pro, err := l.Resolve("pro", "api", "")
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := l.Resolve("free", "api", ""); again == nil || again.addr != free.addr {
		t.Errorf("resolving free/api again made a new handle")
	}
	for i := 0; i < 2; i++ {
		if d, err := free.Decide("k", 1); err != nil || !d.Allowed {
			t.Fatal(d, err)
		}
	}
	if err := l.SwapPolicy(mustPolicy(t, "version: 1\nplans:\n  - name: free\n    limits:\n      api: {rpm: 60, burst: 2}\n")); err != nil {
		t.Fatal(err)
	}
	if d, err := free.Decide("k", 1); err != nil || d.Allowed {
		t.Errorf("free after swap: burst spent before it, want a denial: %+v %v", d, err)
	}
	if _, err := pro.Decide("k", 1); !errors.Is(err, ErrNotFound) {
		t.Errorf("pro after swap: %v, want ErrNotFound", err)
	}
}

// Goroutines deciding on handles while the limiter closes (run under
// -race: the gate, the buffers and Close must not race). Close waits until
// every goroutine has decided 100 times, so their decisions overlap it;
// every call succeeds with a status until Close, and a call begun after
// Close returned, or after a goroutine's first ErrClosed, is ErrClosed.
func TestLimitHandleConcurrentClose(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, handlesYAML), nil)
	h, err := l.Resolve("pro", "api", "")
	if err != nil {
		t.Fatal(err)
	}
	const goroutines, beforeClose = 4, 100
	var closed atomic.Bool // set once Close has returned
	var ready, wg sync.WaitGroup
	ready.Add(goroutines)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var d Decision
			ok, signalled := 0, false
			signal := func() {
				if !signalled {
					signalled = true
					ready.Done()
				}
			}
			defer signal() // on an early return too: Close must not wait forever
			for i := 0; ; i++ {
				afterClose := closed.Load()
				err := h.DecideInto(&d, fmt.Sprint("k", g, i%50), 1)
				switch {
				case err == nil && afterClose:
					t.Errorf("goroutine %d: a decision begun after Close succeeded: %+v", g, d)
					return
				case err == nil:
					if d.Status == 0 {
						t.Errorf("goroutine %d: decision without a status: %+v", g, d)
						return
					}
					if ok++; ok == beforeClose {
						signal()
					}
				case !errors.Is(err, ErrClosed):
					t.Errorf("goroutine %d: %v", g, err)
					return
				case ok < beforeClose:
					t.Errorf("goroutine %d: ErrClosed after %d decisions, before Close", g, ok)
					return
				default: // closed: it stays closed
					for k := 0; k < 10; k++ {
						if err := h.DecideInto(&d, "k", 1); !errors.Is(err, ErrClosed) {
							t.Errorf("goroutine %d: after ErrClosed: %+v %v", g, d, err)
						}
					}
					return
				}
			}
		}(g)
	}
	ready.Wait()
	l.Close()
	closed.Store(true)
	wg.Wait()
	if _, err := h.Decide("k", 1); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
}

// Resolving a triple again returns its handle, also once more triples are
// known than Decide's list holds: the C handles a limiter keeps are bounded
// by the distinct triples resolved, not by the calls.
func TestResolveAgainKeepsOneHandlePerTriple(t *testing.T) {
	var y strings.Builder
	y.WriteString("version: 1\nplans:\n")
	triples := maxHandles + 4
	for i := 0; i < triples; i++ {
		fmt.Fprintf(&y, "  - name: p%d\n    limits:\n      api: {rpm: 60, burst: 1}\n", i)
	}
	l := mustLimiter(t, mustPolicy(t, y.String()), &LimiterOptions{Clock: fixedClock})
	first := make([]*LimitHandle, triples)
	for i := range first {
		h, err := l.Resolve(fmt.Sprintf("p%d", i), "api", "")
		if err != nil {
			t.Fatal(err)
		}
		first[i] = h
	}
	if n := l.handles.live(); n != triples {
		t.Fatalf("%d C handles after resolving %d triples", n, triples)
	}
	moved := 0
	for round := 0; round < 100; round++ {
		for i := range first {
			// a fresh string each time: the same triple, not the same memory
			h, err := l.Resolve(fmt.Sprintf("p%d", i), "api", "")
			if err != nil {
				t.Fatal(err)
			}
			if h.addr != first[i].addr {
				moved++
			}
		}
	}
	if moved != 0 {
		t.Errorf("%d of %d Resolve calls of known triples made a new C handle", moved, 100*triples)
	}
	if n := l.handles.live(); n != triples {
		t.Errorf("%d C handles after resolving %d triples 100 times over, want %d",
			n, triples, triples)
	}
	// Each handle still decides for its own plan (burst 1: allow, then deny).
	for i, h := range first {
		// a key per plan: plans of one rate and burst share a tenant's state
		key := fmt.Sprint("k", i)
		if d, err := h.Decide(key, 1); err != nil || !d.Allowed {
			t.Fatalf("p%d first: %+v %v", i, d, err)
		}
		if d, err := h.Decide(key, 1); err != nil || d.Allowed {
			t.Fatalf("p%d second: %+v %v", i, d, err)
		}
	}
}
