package dayone

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
)

const handlesYAML = `version: 1
features: [sso]
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 2}
  - name: pro
    features: [sso]
    limits:
      api: {rpm: 600, burst: 5}
`

// Decide resolves each (plan, limit, feature) once; its decisions are those
// of the by-name path (DecideMany, which never uses handles), request by
// request, on two limiters fed the same requests.
func TestDecideOnHandlesMatchesByName(t *testing.T) {
	p := mustPolicy(t, handlesYAML)
	a, b := mustLimiter(t, p, nil), mustLimiter(t, p, nil)
	reqs := []Request{
		{Key: "k", Plan: "free", Limit: "api"},
		{Key: "k", Plan: "pro", Limit: "api", Feature: "sso"},
		{Key: "k", Plan: "free", Limit: "api", Feature: "sso"}, // paywall
		{Key: "k", Plan: "free", Limit: "api", Cost: 3},        // cost above the burst
		{Key: "other", Plan: "free", Limit: "api"},
	}
	for round := 0; round < 3; round++ {
		for i, r := range reqs {
			r.Now = t0
			got, gerr := a.Decide(r)
			want, werr := b.DecideMany([]Request{r})
			if werr != nil || gerr != nil {
				t.Fatalf("request %d: %v / %v", i, gerr, werr)
			}
			if got != want[0] {
				t.Errorf("round %d request %d: handle %+v, by name %+v", round, i, got, want[0])
			}
		}
	}
	if n := len(a.handles.list.Load().e); n != 3 {
		t.Errorf("%d handles resolved, want 3 distinct triples", n)
	}
}

// Unknown names resolve to no handle and get the by-name errors; a NUL in
// the key is refused on the handle path too.
func TestDecideHandleErrors(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, handlesYAML), nil)
	for _, r := range []Request{
		{Key: "k", Plan: "gold", Limit: "api"},
		{Key: "k", Plan: "free", Limit: "nope"},
		{Key: "k", Plan: "free", Limit: "api", Feature: "audit"},
	} {
		if _, err := l.Decide(r); !errors.Is(err, ErrNotFound) {
			t.Errorf("%+v: %v, want ErrNotFound", r, err)
		}
	}
	if _, err := l.Decide(Request{Key: "a\x00b", Plan: "free", Limit: "api", Now: t0}); !errors.Is(err, ErrInvalid) {
		t.Errorf("NUL in key: %v", err)
	}
	if _, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api", Cost: -1, Now: t0}); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative cost: %v", err)
	}
	if l.handles.list.Load() == nil || len(l.handles.list.Load().e) != 1 {
		t.Errorf("only free/api resolves")
	}
}

// More distinct triples than the list holds: the rest decide by name, with
// the same budgets.
func TestDecideBeyondHandleList(t *testing.T) {
	var y strings.Builder
	y.WriteString("version: 1\nplans:\n")
	for i := 0; i < maxHandles+4; i++ {
		fmt.Fprintf(&y, "  - name: p%d\n    limits:\n      api: {rpm: 60, burst: 1}\n", i)
	}
	l := mustLimiter(t, mustPolicy(t, y.String()), nil)
	for i := 0; i < maxHandles+4; i++ {
		// a key per plan: plans of one rate and burst share a tenant's state
		r := Request{Key: fmt.Sprint("k", i), Plan: fmt.Sprintf("p%d", i), Limit: "api", Now: t0}
		if d, err := l.Decide(r); err != nil || !d.Allowed {
			t.Fatalf("%s first: %+v %v", r.Plan, d, err)
		}
		if d, err := l.Decide(r); err != nil || d.Allowed {
			t.Fatalf("%s second (burst 1): %+v %v", r.Plan, d, err)
		}
	}
	if n := len(l.handles.list.Load().e); n != maxHandles {
		t.Errorf("%d handles, want %d", n, maxHandles)
	}
}

// A swap starts a new list: an unchanged limit keeps its state, a plan that
// is gone fails closed, a new one decides.
func TestDecideHandlesAcrossSwap(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, handlesYAML), nil)
	for i := 0; i < 2; i++ {
		if d, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api", Now: t0}); err != nil || !d.Allowed {
			t.Fatal(d, err)
		}
	}
	if _, err := l.Decide(Request{Key: "k", Plan: "pro", Limit: "api", Now: t0}); err != nil {
		t.Fatal(err)
	}
	if err := l.SwapPolicy(mustPolicy(t, "version: 1\nplans:\n  - name: free\n    limits:\n      api: {rpm: 60, burst: 2}\n")); err != nil {
		t.Fatal(err)
	}
	if d, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api", Now: t0}); err != nil || d.Allowed {
		t.Errorf("free after swap: burst spent before it, want a denial: %+v %v", d, err)
	}
	if _, err := l.Decide(Request{Key: "k", Plan: "pro", Limit: "api", Now: t0}); !errors.Is(err, ErrNotFound) {
		t.Errorf("pro after swap: %v, want ErrNotFound", err)
	}
	if n := len(l.handles.retired); n != 2 {
		t.Errorf("%d handles retired, want 2", n)
	}
}

// Goroutines deciding on several triples while the policy is swapped and
// the limiter closed (run under -race / TSan: the list, retirement and
// Close must not race).
func TestDecideHandlesConcurrent(t *testing.T) {
	p := mustPolicy(t, handlesYAML)
	l := mustLimiter(t, p, nil)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			plans := []string{"free", "pro"}
			for i := 0; i < 2000; i++ {
				_, err := l.Decide(Request{Key: fmt.Sprint("k", i%50), Plan: plans[(i+g)%2], Limit: "api", Now: t0 + int64(i)})
				if err != nil && !errors.Is(err, ErrClosed) {
					t.Error(err)
					return
				}
			}
		}(g)
	}
	for i := 0; i < 20; i++ {
		if err := l.SwapPolicy(p); err != nil {
			t.Error(err)
		}
	}
	wg.Wait()
	l.Close()
	if _, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api"}); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
}
