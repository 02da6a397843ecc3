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
// Every C handle made on the policy in force, by Decide or by
// Limiter.Resolve, is in byTriple, one per triple: resolving a triple again
// reuses it (also past the list's room), so the handles stay bounded by the
// distinct triples that resolve (unknown names make none).
//
// Lifetime: a handle is only used inside the limiter's gate and freed by
// Close with the gate shut. SwapPolicy starts a new list and map (a handle
// stays correct across a swap, but decides by name on a newer policy) and
// keeps the old handles until Close, as C keeps old policies.

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

// triple names a resolved limit: the key of limitHandles.byTriple.
type triple struct{ plan, limit, feature string }

// limitHandles is the Limiter's list, every handle made on the policy in
// force, and the handles retired by swaps.
type limitHandles struct {
	list     atomic.Pointer[handleList] // read without mu; a subset of byTriple
	mu       sync.Mutex                 // guards byTriple and retired, serialises additions
	byTriple map[triple]capi.Struct_SS_dayone_limit_handle
	retired  []capi.Struct_SS_dayone_limit_handle
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
	h, ok := hs.byTriple[triple{r.Plan, r.Limit, r.Feature}] // made by Resolve
	if !ok {
		h = capi.Dayone_shim_resolve(lim, r.Plan, r.Limit, r.Feature)
		if h.Swigcptr() == 0 {
			return 0
		}
		hs.remember(h, r)
	}
	hs.publish(e, h, r)
	return h.Swigcptr()
}

// remember records a handle just made for r's triple. Called with mu held.
func (hs *limitHandles) remember(h capi.Struct_SS_dayone_limit_handle, r *Request) {
	if hs.byTriple == nil {
		hs.byTriple = make(map[triple]capi.Struct_SS_dayone_limit_handle)
	}
	hs.byTriple[triple{strings.Clone(r.Plan), strings.Clone(r.Limit), strings.Clone(r.Feature)}] = h
}

// publish stores a list of e and h (for r's triple). Called with mu held.
func (hs *limitHandles) publish(e []resolvedLimit, h capi.Struct_SS_dayone_limit_handle, r *Request) {
	next := &handleList{e: make([]resolvedLimit, len(e), len(e)+1)}
	copy(next.e, e)
	next.e = append(next.e, resolvedLimit{keepName(r.Plan), keepName(r.Limit),
		keepName(r.Feature), h, h.Swigcptr()})
	hs.list.Store(next)
}

// resolve returns the address of the handle of r's triple for
// Limiter.Resolve: the one made before on this policy, else one made now by
// newHandle (rc != 0: its error, and no handle). A new handle goes into the
// list too while it has room, for Decide by name to use.
func (hs *limitHandles) resolve(r *Request, newHandle func() (uintptr, int)) (uintptr, int) {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	if h, ok := hs.byTriple[triple{r.Plan, r.Limit, r.Feature}]; ok {
		return h.Swigcptr(), 0
	}
	addr, rc := newHandle()
	if rc != 0 {
		return 0, rc
	}
	h := capi.SwigcptrStruct_SS_dayone_limit_handle(addr)
	hs.remember(h, r)
	var e []resolvedLimit
	if cur := hs.list.Load(); cur != nil {
		e = cur.e
	}
	if len(e) < maxHandles {
		hs.publish(e, h, r)
	}
	return addr, 0
}

// keepName returns the string the list keeps for a name. A short one is
// the caller's own, so that later requests carrying the same string (a
// constant, usually) match by pointer; it may keep alive what it was cut
// from, at most maxHandles times over for each policy swapped in. A long one
// is copied.
func keepName(s string) string {
	if len(s) <= 64 {
		return s
	}
	return strings.Clone(s)
}

// retire starts an empty list and map (after a policy swap); the old
// handles are freed by free.
func (hs *limitHandles) retire() {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	hs.list.Store(nil) // its handles are all in byTriple
	for _, h := range hs.byTriple {
		hs.retired = append(hs.retired, h)
	}
	hs.byTriple = nil
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

// live is the number of C handles the limiter holds (freed by Close): what
// a test watches to see that resolving stays bounded.
func (hs *limitHandles) live() int {
	hs.mu.Lock()
	defer hs.mu.Unlock()
	return len(hs.byTriple) + len(hs.retired)
}
