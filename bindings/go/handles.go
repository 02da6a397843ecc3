package dayone

import (
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Decide resolves each (plan, limit, feature) it sees once, into a C handle
// (dayone_limiter_resolve), and then decides on the handle: C skips the
// name lookups and Go passes only the key. The handles of a limiter are a
// small copy-on-write list read without a lock; a triple that does not
// resolve (an unknown name: C says which) or does not fit the list is
// decided by name, which gives the same decision or error.
//
// Lifetime: a handle is only used inside the limiter's gate and freed by
// Close with the gate shut. SwapPolicy starts a new list (a handle stays
// correct across a swap, but decides by name on a newer policy) and keeps
// the old handles until Close, as C keeps old policies.

// maxHandles bounds the list: past it, new triples are decided by name.
const maxHandles = 16

type resolvedLimit struct {
	plan, limit, feature string
	h                    capi.Struct_SS_dayone_limit_handle
	addr                 uintptr // h.Swigcptr(), as capi.DecideHandle takes it
}

type handleList struct {
	e []resolvedLimit
}

// limitHandles is the Limiter's list and the handles retired by swaps.
type limitHandles struct {
	list    atomic.Pointer[handleList]
	mu      sync.Mutex // guards retired, and serialises additions
	retired []capi.Struct_SS_dayone_limit_handle
}

// find returns the address of the handle of r's (plan, limit, feature), or
// 0. (r is passed whole: six string words as arguments cost more.)
func (l *handleList) find(r *Request) uintptr {
	for i := range l.e {
		e := &l.e[i]
		if sameString(e.plan, r.Plan) && sameString(e.limit, r.Limit) && sameString(e.feature, r.Feature) {
			return e.addr
		}
	}
	return 0
}

// sameString is a == b, answered without comparing bytes when both are the
// same memory (a request's names are usually the caller's constants, which
// the list then holds: see add).
func sameString(a, b string) bool {
	return len(a) == len(b) && (unsafe.StringData(a) == unsafe.StringData(b) || a == b)
}

// get returns the address of the handle for r's triple, resolving it the
// first time; 0 when it does not resolve or the list is full. Called inside
// the gate.
func (hs *limitHandles) get(lim capi.Dayone_limiter, r *Request) uintptr {
	cur := hs.list.Load()
	if cur != nil {
		if h := cur.find(r); h != 0 {
			return h
		}
		if len(cur.e) >= maxHandles {
			return 0
		}
	}
	return hs.add(lim, r)
}

// add resolves r's triple and publishes a list with it.
func (hs *limitHandles) add(lim capi.Dayone_limiter, r *Request) uintptr {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	cur := hs.list.Load()
	var e []resolvedLimit
	if cur != nil {
		if h := cur.find(r); h != 0 {
			return h // added meanwhile
		}
		if len(cur.e) >= maxHandles {
			return 0
		}
		e = cur.e
	}
	h := capi.Dayone_shim_resolve(lim, r.Plan, r.Limit, r.Feature)
	if h.Swigcptr() == 0 {
		return 0
	}
	next := &handleList{e: make([]resolvedLimit, len(e), len(e)+1)}
	copy(next.e, e)
	next.e = append(next.e, resolvedLimit{keepName(r.Plan), keepName(r.Limit),
		keepName(r.Feature), h, h.Swigcptr()})
	hs.list.Store(next)
	return h.Swigcptr()
}

// keep takes a handle Limiter.Resolve made for r's triple: into the list
// when it has room (Decide by name then uses it too), else kept aside until
// Close frees it.
func (hs *limitHandles) keep(h capi.Struct_SS_dayone_limit_handle, r *Request) {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	cur := hs.list.Load()
	var e []resolvedLimit
	if cur != nil {
		e = cur.e
	}
	if len(e) >= maxHandles || (cur != nil && cur.find(r) != 0) {
		hs.retired = append(hs.retired, h)
		return
	}
	next := &handleList{e: make([]resolvedLimit, len(e), len(e)+1)}
	copy(next.e, e)
	next.e = append(next.e, resolvedLimit{keepName(r.Plan), keepName(r.Limit),
		keepName(r.Feature), h, h.Swigcptr()})
	hs.list.Store(next)
}

// keepName returns the string the list keeps for a name. A short one is
// the caller's own, so that later requests carrying the same string (a
// constant, usually) match by pointer; it may keep alive what it was cut
// from, at most maxHandles times over for the limiter's life. A long one
// is copied.
func keepName(s string) string {
	if len(s) <= 64 {
		return s
	}
	return strings.Clone(s)
}

// retire starts an empty list (after a policy swap); the old handles are
// freed by free.
func (hs *limitHandles) retire() {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if old := hs.list.Swap(nil); old != nil {
		for _, e := range old.e {
			hs.retired = append(hs.retired, e.h)
		}
	}
}

// free releases every handle; the caller has shut the gate for good.
func (hs *limitHandles) free() {
	hs.retire()
	hs.mu.Lock()
	defer hs.mu.Unlock()
	for _, h := range hs.retired {
		capi.Dayone_limit_handle_free(h)
	}
	hs.retired = nil
}
