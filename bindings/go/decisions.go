package dayone

import (
	"sort"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Decisions holds a batch's decisions as the library wrote them, decoded
// only when read: Limiter.DecideManyLazy fills it, Allowed and Outcome read
// one field of a decision, Into and At decode a whole Decision (exactly
// what DecideManyInto would have written). A caller that only needs the
// verdict of most requests skips decoding them into 400-byte Decisions,
// the binding's largest cost per decision after the C work.
//
// The zero value is ready to use; reusing one across batches reuses its
// memory (a batch of n requests holds about 500 bytes a request). A
// Decisions is not safe for concurrent use; each DecideManyLazy replaces
// its contents. Index i is the batch's i-th request; an i outside
// [0, Len()) panics, as a slice index would.
type Decisions struct {
	b batch // scratch: b.out holds the header, the decisions and the statuses
	n int   // decisions held
	// decs is the first decision in b.out, nil when each holds the
	// decisions: Allowed and Outcome reach decision i with one multiply.
	decs unsafe.Pointer
	runs []limitRun // the requests' limit names, one run per change of limit
	each []Decision // set instead of b.out when the batch was decided one by one
}

// limitRun: requests from `from` on (to the next run) have limit `name`.
type limitRun struct {
	from int
	name string
}

// DecideManyLazy is DecideManyInto keeping the decisions in ds, undecoded
// (see Decisions): the same requests, the same single crossing, the same
// decisions and the same error (a *BatchError when some requests could not
// be decided; their decisions read as zero). It allocates nothing per
// request once ds has held a batch as large.
func (l *Limiter) DecideManyLazy(ds *Decisions, reqs []Request) error {
	if l == nil {
		return ErrClosed
	}
	if ds == nil {
		return &Error{Code: ErrInvalid, Message: "DecideManyLazy: Decisions is nil"}
	}
	ds.n, ds.decs, ds.runs, ds.each = 0, nil, ds.runs[:0], nil
	if len(reqs) == 0 {
		return l.emptyBatch()
	}
	var now int64
	if l.clock != nil {
		now = l.clock()
	}
	rc, hasNUL, err := l.decideBatch(&ds.b, reqs, now, &ds.runs)
	if err != nil {
		return err
	}
	ds.n = len(reqs)
	if hasNUL {
		ds.each = make([]Decision, len(reqs))
		return l.decideEach(ds.each, reqs, now)
	}
	ds.decs = unsafe.Pointer(&ds.b.out[1])
	if rc == 0 {
		return nil
	}
	codes, first := make([]Code, ds.n), -1
	for i, st := range ds.statuses() {
		if st != 0 {
			codes[i] = Code(st)
			if first < 0 {
				first = i
			}
		}
	}
	if first < 0 {
		first = 0
	}
	return &BatchError{Index: first, Err: fromHeader(rc, ds.b.out[0]), Codes: codes}
}

// Len returns the number of decisions held.
func (ds *Decisions) Len() int { return ds.n }

// Allowed reports decision i's Allowed (false for a request that failed).
func (ds *Decisions) Allowed(i int) bool {
	if ds.decs == nil {
		return ds.each[:ds.n][i].Allowed
	}
	return ds.at(i).allowed != 0
}

// Outcome returns decision i's Outcome. A request that failed reads as
// its zero Decision does, and the zero Outcome is Allow: a caller that
// switches on Outcome must first look at DecideManyLazy's *BatchError (its
// Codes name the failed requests), or read Allowed, which is false for
// them.
func (ds *Decisions) Outcome(i int) Outcome {
	if ds.decs == nil {
		return ds.each[:ds.n][i].Outcome
	}
	return Outcome(ds.at(i).outcome)
}

// Into decodes decision i into d, overwriting every field (a failed
// request's decision is the zero Decision).
func (ds *Decisions) Into(i int, d *Decision) {
	if ds.decs == nil {
		*d = ds.each[:ds.n][i]
		return
	}
	c := ds.at(i)
	if ds.statuses()[i] != 0 {
		*d = Decision{}
		return
	}
	d.decode(c, ds.limitName(i))
}

// At returns decision i decoded (see Into).
func (ds *Decisions) At(i int) Decision {
	var d Decision
	ds.Into(i, &d)
	return d
}

// at returns decision i as the library wrote it (ds.decs set; i checked
// against Len).
func (ds *Decisions) at(i int) *cDecision {
	if uint(i) >= uint(ds.n) {
		panic("dayone: Decisions index out of range")
	}
	return (*cDecision)(unsafe.Add(ds.decs, uintptr(i)*unsafe.Sizeof(cDecision{})))
}

// statuses returns the per-request statuses the library wrote after the
// decisions (int32s).
func (ds *Decisions) statuses() []int32 {
	return unsafe.Slice((*int32)(unsafe.Pointer(&ds.b.out[1+ds.n*capi.DAYONE_SHIM_D_WORDS])), ds.n)
}

// limitName returns request i's limit (the run holding i).
func (ds *Decisions) limitName(i int) string {
	k := sort.Search(len(ds.runs), func(k int) bool { return ds.runs[k].from > i })
	return ds.runs[k-1].name
}
