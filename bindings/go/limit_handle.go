package dayone

import (
	"strings"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// LimitHandle is a (plan, limit, feature) resolved once by
// Limiter.Resolve, for a caller that decides the same triple for many keys:
// a decision on it passes only the key across (no names looked up in C, none
// compared in Go). Its decisions are exactly those of Limiter.Decide for
// the same request. It is safe for concurrent use by any number of
// goroutines and needs no closing: its C handle lives until the limiter's
// Close, after which its methods return ErrClosed.
//
// After SwapPolicy a handle stays correct: C resolves its names again on
// the policy now in force, in each call (as Decide by name would); a plan,
// limit or feature the new policy lacks fails closed with ErrNotFound.
type LimitHandle struct {
	l                    *Limiter
	addr                 uintptr // the C handle (dayone_limit_handle *)
	plan, limit, feature string
}

// Resolve returns the handle of (plan, limit, feature) (feature "" for
// none). Unknown names are ErrNotFound with the library's message (never a
// handle that allows); a name holding a NUL byte is ErrInvalid. Resolve
// once and keep the handle; resolving the same triple again returns the
// same C handle, so the limiter keeps one per distinct triple (per policy
// swapped in), freed by Close.
func (l *Limiter) Resolve(plan, limit, feature string) (*LimitHandle, error) {
	for _, s := range [...]string{plan, limit, feature} {
		if strings.IndexByte(s, 0) >= 0 {
			return nil, &Error{Code: ErrInvalid, Message: "a plan, limit or feature name holds a NUL byte"}
		}
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return nil, ErrClosed
	}
	r := Request{Plan: plan, Limit: limit, Feature: feature}
	if cur := l.handles.list.Load(); cur != nil {
		if h := cur.find(&r); h != 0 {
			return &LimitHandle{l, h, plan, limit, feature}, nil
		}
	}
	ce := newCError()
	defer ce.free()
	h, rc := l.handles.resolve(&r, func() (uintptr, int) {
		return capi.Resolve(l.addr, plan, limit, feature, ce.e.Swigcptr())
	})
	if rc != 0 {
		return nil, ce.err(rc)
	}
	return &LimitHandle{l, h, plan, limit, feature}, nil
}

// Decide decides a request of cost units (0 means 1) for tenant key at
// the limiter's clock, with the quota usage unknown: Limiter.Decide with
// this handle's names. A request that supplies its time, usage, period
// anchor or wall time goes through Limiter.Decide. Errors as Limiter.Decide.
func (h *LimitHandle) Decide(key string, cost int64) (d Decision, err error) {
	err = h.DecideInto(&d, key, cost)
	return
}

// DecideInto is Decide writing into *dst, every field of it (zero on an
// error), as Limiter.DecideInto. A nil or zero LimitHandle (not from
// Resolve) returns ErrClosed.
func (h *LimitHandle) DecideInto(dst *Decision, key string, cost int64) error {
	if h == nil || h.l == nil {
		*dst = Decision{}
		return ErrClosed
	}
	l := h.l
	var now int64
	if l.clock != nil {
		now = l.clock()
	}
	// As in Limiter.DecideInto: the address of a local spreads goroutines
	// over the gate's stripes.
	var anchor byte
	hint := uintptr(unsafe.Pointer(&anchor))
	if s, mem := l.gate.enterOwning(hint); s != nil {
		err := h.decideOn(dst, key, cost, now, mem)
		s.leaveOwning() // after decoding: Close frees the buffer
		return err
	}
	s, ok := l.gate.enter(hint)
	if !ok { // closed, or AttachRedis under way: by name waits for it
		r := Request{Key: key, Plan: h.plan, Limit: h.limit, Feature: h.feature, Cost: cost}
		return l.decideByName(dst, &r, now)
	}
	defer l.gate.leave(s)
	cb, _ := cbufPool.Get().(*cbuf)
	if cb == nil {
		*dst = Decision{}
		return &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	defer cbufPool.Put(cb)
	return h.decideOn(dst, key, cost, now, cb.p)
}

// decideOn decides on the handle into the C memory at mem and decodes the
// result into *dst. Called inside the gate.
func (h *LimitHandle) decideOn(dst *Decision, key string, cost, now int64, mem unsafe.Pointer) error {
	rc := capi.DecideHandle(h.l.addr, h.addr, key, cost, -1, now, uintptr(mem))
	w := unsafe.Slice((*int64)(mem), capi.DAYONE_SHIM_DECIDE_WORDS)
	if rc != 0 {
		*dst = Decision{}
		return fromHeader(rc, w[0])
	}
	dst.decode(cDecisionAt(w[1:]), h.limit)
	return nil
}
