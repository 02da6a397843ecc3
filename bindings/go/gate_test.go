package dayone

import (
	"strings"
	"testing"
	"time"
)

func TestGateShutWaitsForCallersInside(t *testing.T) {
	var g gate
	s, ok := g.enter(42)
	if !ok {
		t.Fatal("an open gate refused a caller")
	}
	closed := closeInBackground(&g)
	select {
	case <-closed:
		t.Fatal("close returned while a caller was inside")
	case <-time.After(20 * time.Millisecond):
	}
	g.leave(s)
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("close did not return after the caller left")
	}
	for hint := uintptr(0); hint < 4*gateStripes; hint++ {
		if _, ok := g.enter(hint); ok {
			t.Fatalf("a shut gate admitted hint %d", hint)
		}
	}
	g.reopen()
	s, ok = g.enter(7)
	if !ok {
		t.Fatal("a reopened gate refused a caller")
	}
	g.leave(s)
	for i := range g.stripes {
		if n := g.stripes[i].n.Load(); n != 0 {
			t.Errorf("stripe %d left at %d", i, n)
		}
	}
}

// An owner holds its stripe's buffer alone: a second owner on the stripe
// is refused (and enters by the counter), close waits for the owner, and a
// shut gate admits no owner.
func TestGateOwnerHoldsBufferAndBlocksClose(t *testing.T) {
	var g gate
	defer g.freeBuffers()
	s, mem := g.enterOwning(42)
	if s == nil || mem == nil {
		t.Fatal("an open gate refused an owner")
	}
	if s2, _ := g.enterOwning(42); s2 != nil {
		t.Fatal("two owners of one stripe's buffer")
	}
	closed := closeInBackground(&g)
	select {
	case <-closed:
		t.Fatal("close returned while an owner was inside")
	case <-time.After(20 * time.Millisecond):
	}
	s.leaveOwning()
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("close did not return after the owner left")
	}
	for hint := uintptr(0); hint < 4*gateStripes; hint++ {
		if s, _ := g.enterOwning(hint); s != nil {
			t.Fatalf("a shut gate admitted an owner, hint %d", hint)
		}
	}
	g.reopen()
	s, again := g.enterOwning(42)
	if s == nil || again != mem {
		t.Fatalf("after reopening: owner %v, buffer %p (was %p)", s != nil, again, mem)
	}
	s.leaveOwning()
}

// Request strings longer than the shim's stack copy take its heap path and
// decide the same; a NUL byte anywhere is refused, never cut short.
func TestDecideLongAndNULStrings(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	long := strings.Repeat("k", 2000)
	// Free's api burst is 5: two long keys differing only in their last
	// byte each get their own five, so neither was cut short.
	for _, key := range []string{long + "a", long + "b"} {
		for i := 0; i < 6; i++ {
			d, err := l.Decide(Request{Key: key, Plan: "free", Limit: "api", Now: t0})
			if err != nil || d.Allowed != (i < 5) || d.LimitName != "api" {
				t.Fatalf("long key, request %d: %+v %v", i+1, d, err)
			}
		}
	}
	for _, r := range []Request{
		{Key: long + "\x00", Plan: "free", Limit: "api"},
		{Key: "k", Plan: "pro\x00", Limit: "api"},
		{Key: "k", Plan: "pro", Limit: "api\x00x"},
		{Key: "k", Plan: "pro", Limit: "api", Feature: "\x00"},
	} {
		if _, err := l.Decide(r); codeOf(err) != ErrInvalid || !strings.Contains(err.Error(), "NUL") {
			t.Errorf("Decide(%q, %q, %q, %q) = %v, want ErrInvalid naming the NUL byte",
				r.Key, r.Plan, r.Limit, r.Feature, err)
		}
	}
}

// closeInBackground closes g on another goroutine; the channel closes when
// g.close returns.
func closeInBackground(g *gate) <-chan struct{} {
	closed := make(chan struct{})
	go func() {
		g.close()
		close(closed)
	}()
	return closed
}
