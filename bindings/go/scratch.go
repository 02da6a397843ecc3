package dayone

import (
	"sync/atomic"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// scratch is where C writes Decide's decision: C memory, because cgo checks
// a C pointer cheaply and a Go pointer passed to C would escape to the
// heap. A limiter keeps one buffer per gate stripe, each taken by a
// compare-and-swap on a line its stripe's callers already write; a caller
// that finds its buffer taken (two goroutines on one stripe) takes one
// from cbufPool instead. A sync.Pool Get and Put cost ~115 instructions a
// call, the swap a few.
//
// Lifetime: a buffer is used only inside the limiter's gate, allocated on
// first use by the caller holding it, and freed by Close with the gate
// shut.
type scratch struct {
	slots [gateStripes]scratchSlot
}

// scratchSlot is one buffer alone on its cache lines (see gateStripe).
type scratchSlot struct {
	busy atomic.Int32
	mem  unsafe.Pointer // DAYONE_SHIM_DECIDE_WORDS words of C memory, nil until first use
	_    [128 - 4 - 4 - 8]byte
}

// take returns the buffer of the stripe hint falls on, or nil when another
// caller holds it or memory ran out. Called inside the gate.
func (s *scratch) take(hint uintptr) *scratchSlot {
	sl := &s.slots[stripeOf(hint)]
	if !sl.busy.CompareAndSwap(0, 1) {
		return nil
	}
	if sl.mem == nil {
		if sl.mem = capi.Dayone_shim_mem_new(int64(capi.DAYONE_SHIM_DECIDE_WORDS * 8)); sl.mem == nil {
			sl.busy.Store(0)
			return nil
		}
	}
	return sl
}

// give hands the buffer back.
func (sl *scratchSlot) give() { sl.busy.Store(0) }

// free releases every buffer; the gate is shut for good.
func (s *scratch) free() {
	for i := range s.slots {
		capi.Dayone_shim_mem_free(s.slots[i].mem) // NULL is a no-op
		s.slots[i].mem = nil
	}
}
