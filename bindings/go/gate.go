package dayone

import (
	"runtime"
	"sync/atomic"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// gate lets any number of goroutines into the limiter's fast paths (Decide,
// DecideMany) without touching a shared cache line, and lets Close or
// AttachRedis shut them out and wait for the ones inside. A goroutine
// counts itself in one of gateStripes padded stripes, chosen by a hint that
// differs between goroutines (the address of a local on the caller's
// stack), so two goroutines deciding in parallel rarely write the same
// line; a sync.RWMutex's reader count is one line all of them write.
//
// A stripe also carries one C buffer for Decide's decision (C memory:
// cgo checks a C pointer cheaply, and a Go pointer passed to C would move
// to the heap). enterOwning admits a caller and hands it that buffer with
// one compare-and-swap: the one locked instruction on the way in, and one
// store on the way out. A caller that finds the buffer held (another
// goroutine on the stripe) enters by the stripe's counter instead and
// takes pooled memory.
//
// Ordering: a caller marks itself inside (owner or counter) and then reads
// shut; close increments shut and then reads every stripe. Go's atomics
// are sequentially consistent, so either the caller sees shut (and backs
// out) or close sees the caller inside (and waits for it to leave).
//
// Lifetime: a stripe's buffer is allocated by its first owner and freed by
// freeBuffers once the gate is shut for good.
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

// gateStripe is one stripe alone on its cache lines (128 bytes: adjacent
// line prefetch pairs lines on x86).
type gateStripe struct {
	n     atomic.Int64   // callers inside by enter
	owned atomic.Int32   // 1: a caller inside by enterOwning holds mem
	mem   unsafe.Pointer // DAYONE_SHIM_DECIDE_WORDS words of C memory, nil until first owned
	_     [128 - 8 - 4 - 4 - 8]byte
}

// enter admits the caller unless the gate is shut; the stripe it returns is
// handed back to leave. hint is any value that tends to differ between
// goroutines.
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

// enterOwning admits the caller as the owner of its stripe's buffer, which
// it returns (and gives back with leaveOwning). nil when the gate is shut,
// another caller holds the buffer or memory ran out: then use enter.
func (g *gate) enterOwning(hint uintptr) (*gateStripe, unsafe.Pointer) {
	s := &g.stripes[stripeOf(hint)]
	if !s.owned.CompareAndSwap(0, 1) {
		return nil, nil
	}
	if g.shut.Load() != 0 {
		s.owned.Store(0)
		return nil, nil
	}
	if s.mem == nil {
		if s.mem = capi.Dayone_shim_mem_new(int64(capi.DAYONE_SHIM_DECIDE_WORDS * 8)); s.mem == nil {
			s.owned.Store(0)
			return nil, nil
		}
	}
	return s, s.mem
}

func (s *gateStripe) leaveOwning() { s.owned.Store(0) }

// stripeOf spreads hints over the stripes (Fibonacci hashing).
func stripeOf(hint uintptr) uint64 {
	return (uint64(hint) * 0x9e3779b97f4a7c15) >> (64 - gateStripeBits)
}

// close shuts the fast path and waits until no goroutine is inside. The
// caller holds the limiter's write lock, so new callers wait on it.
func (g *gate) close() {
	g.shut.Add(1)
	for i := range g.stripes {
		s := &g.stripes[i]
		for s.n.Load() != 0 || s.owned.Load() != 0 {
			runtime.Gosched()
		}
	}
}

// reopen undoes close (after AttachRedis; never after Close).
func (g *gate) reopen() { g.shut.Add(-1) }

// freeBuffers releases the stripes' buffers; the gate is shut for good.
func (g *gate) freeBuffers() {
	for i := range g.stripes {
		capi.Dayone_shim_mem_free(g.stripes[i].mem) // NULL is a no-op
		g.stripes[i].mem = nil
	}
}
