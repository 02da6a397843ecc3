package dayone

import (
	"runtime"
	"sync/atomic"
)

// gate lets any number of goroutines into the limiter's fast paths (Decide,
// DecideMany) without touching a shared cache line, and lets Close or
// AttachRedis shut them out and wait for the ones inside. A goroutine
// counts itself in one of gateStripes padded counters, chosen by a hint that
// differs between processors (the address of per-P pooled scratch memory),
// so two goroutines deciding in parallel rarely write the same line; a
// sync.RWMutex's reader count is one line all of them write.
//
// Ordering: enter increments its stripe and then reads shut; shut increments
// shut and then reads every stripe. Go's atomics are sequentially
// consistent, so either enter sees shut (and backs out) or shut sees the
// goroutine inside (and waits for it to leave).
type gate struct {
	shut atomic.Int32 // > 0: the fast path is closed; callers take the slow path
	// shut is read by every caller: keep it off stripe 0's lines.
	_       [124]byte
	stripes [gateStripes]gateStripe
}

const (
	gateStripeBits = 5
	gateStripes    = 1 << gateStripeBits
)

// gateStripe is one counter alone on its cache lines (128 bytes: adjacent
// line prefetch pairs lines on x86).
type gateStripe struct {
	n atomic.Int64
	_ [120]byte
}

// enter admits the caller unless the gate is shut; the stripe it returns is
// handed back to leave. hint is any value that tends to differ between
// processors.
func (g *gate) enter(hint uintptr) (*gateStripe, bool) {
	s := &g.stripes[stripeOf(hint)]
	s.n.Add(1)
	if g.shut.Load() != 0 {
		s.n.Add(-1)
		return nil, false
	}
	return s, true
}

func (g *gate) leave(s *gateStripe) { s.n.Add(-1) }

// stripeOf spreads hints over the stripes (Fibonacci hashing).
func stripeOf(hint uintptr) uint64 {
	return (uint64(hint) * 0x9e3779b97f4a7c15) >> (64 - gateStripeBits)
}

// close shuts the fast path and waits until no goroutine is inside. The
// caller holds the limiter's write lock, so new callers wait on it.
func (g *gate) close() {
	g.shut.Add(1)
	for i := range g.stripes {
		for g.stripes[i].n.Load() != 0 {
			runtime.Gosched()
		}
	}
}

// reopen undoes close (after AttachRedis; never after Close).
func (g *gate) reopen() { g.shut.Add(-1) }
