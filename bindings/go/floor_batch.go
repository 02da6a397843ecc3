package dayone

import (
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
	"github.com/libdayone/libdayone/bindings/go/internal/floorhook"
)

// The floor under DecideManyInto, for benchmarks (package benchfloor, and
// BenchmarkFloorBatchC100k): the C batch through the same crossing and
// gate, on requests packed once beforehand, with nothing decoded but each
// decision's allowed word. DecideManyInto minus this is what the binding
// adds per decision: packing and decoding.

func init() { floorhook.NewBatch = newFloorBatch }

// floorBatch is a set of requests packed once (as DecideManyInto packs a
// batch: the strings in strs, DAYONE_SHIM_REQ_WORDS words each in nums).
type floorBatch struct {
	l    *Limiter
	b    batch
	nums []int64
}

func newFloorBatch(lim, reqs any) (func(from, n int) (int, error), error) {
	l, ok := lim.(*Limiter)
	rs, ok2 := reqs.([]Request)
	if !ok || !ok2 || l == nil {
		return nil, &Error{Code: ErrInvalid, Message: "floor batch: want a *Limiter and []Request"}
	}
	f := &floorBatch{l: l}
	var hasNUL bool
	if f.nums, hasNUL = f.b.pack(rs, 0, nil); hasNUL {
		return nil, &Error{Code: ErrInvalid, Message: "floor batch: a request holds a NUL byte"}
	}
	return f.decide, nil
}

// decide decides requests [from, from+n) in one crossing and counts the
// allowed ones.
func (f *floorBatch) decide(from, n int) (int, error) {
	if from < 0 || n < 1 || from+n > len(f.nums)/capi.DAYONE_SHIM_REQ_WORDS {
		return 0, &Error{Code: ErrInvalid, Message: "floor batch: requests out of range"}
	}
	if words := manyWords(n); cap(f.b.out) < words {
		f.b.out = make([]int64, words)
	}
	out := f.b.out[:cap(f.b.out)]
	nums := f.nums[from*capi.DAYONE_SHIM_REQ_WORDS : (from+n)*capi.DAYONE_SHIM_REQ_WORDS]
	rc, err := f.l.crossMany(uintptr(unsafe.Pointer(f)), f.b.strs, nums, out)
	if err != nil {
		return 0, err
	}
	if rc != 0 {
		return 0, fromHeader(rc, out[0])
	}
	allowed := 0
	for i := 0; i < n; i++ {
		if cDecisionAt(out[1+i*capi.DAYONE_SHIM_D_WORDS:]).allowed != 0 {
			allowed++
		}
	}
	return allowed, nil
}
