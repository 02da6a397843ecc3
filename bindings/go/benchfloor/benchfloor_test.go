package benchfloor

import (
	"errors"
	"testing"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

const policy = `version: 1
plans:
  - name: p
    limits:
      api: {rpm: 60, burst: 3}
`

func limiter(t *testing.T) *dayone.Limiter {
	t.Helper()
	p, err := dayone.ParsePolicy([]byte(policy))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	l, err := dayone.NewLimiter(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// The floor decides what DecideManyInto decides: the same allowed count on
// twin limiters, batch after batch (burst 3 a tenant, so later batches
// deny), and it refuses what it cannot carry.
func TestBatchCountsAsDecideManyInto(t *testing.T) {
	const now = int64(1_000_000_000_000)
	reqs := make([]dayone.Request, 40)
	for i := range reqs {
		reqs[i] = dayone.Request{Key: []string{"tenant-aaaaaaaa", "b", "tenant-c"}[i%3], Plan: "p",
			Limit: "api", Now: now}
	}
	floorLim, intoLim := limiter(t), limiter(t)
	b, err := New(floorLim, reqs)
	if err != nil {
		t.Fatal(err)
	}
	dst := make([]dayone.Decision, len(reqs))
	total := 0
	for from := 0; from < len(reqs); from += 8 {
		got, err := b.Decide(from, 8)
		if err != nil {
			t.Fatal(err)
		}
		if err := intoLim.DecideManyInto(dst, reqs[from:from+8]); err != nil {
			t.Fatal(err)
		}
		want := 0
		for _, d := range dst[:8] {
			if d.Allowed {
				want++
			}
		}
		if got != want {
			t.Fatalf("batch at %d: %d allowed, DecideManyInto %d", from, got, want)
		}
		total += got
	}
	if total != 9 { // three tenants, burst 3, one instant
		t.Fatalf("%d allowed in all, want 9", total)
	}
	if _, err := b.Decide(36, 8); !errors.Is(err, dayone.ErrInvalid) {
		t.Errorf("past the end: %v", err)
	}
	bad := []dayone.Request{{Key: "a\x00", Plan: "p", Limit: "api"}}
	if _, err := New(floorLim, bad); !errors.Is(err, dayone.ErrInvalid) {
		t.Errorf("NUL byte: %v", err)
	}
	unknown, err := New(floorLim, []dayone.Request{{Key: "a", Plan: "gold", Limit: "api"}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := unknown.Decide(0, 1); !errors.Is(err, dayone.ErrNotFound) {
		t.Errorf("unknown plan: %v", err)
	}
	floorLim.Close()
	if _, err := b.Decide(0, 1); !errors.Is(err, dayone.ErrClosed) {
		t.Errorf("closed limiter: %v", err)
	}
}
