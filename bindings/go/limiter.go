package dayone

import (
	"runtime"
	"strings"
	"sync"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Enforcement is the billing enforcement mode for quotas and paid features.
type Enforcement int

const (
	EnforcementPolicy Enforcement = 0 // the policy's billing.enforcement (and its env variable)
	EnforcementStrict Enforcement = 1 // over quota: 402; feature not in plan: 403
	EnforcementSoft   Enforcement = 2 // over quota: allowed, as AllowOverage
	EnforcementOff    Enforcement = 3 // quotas are not enforced
)

// String returns "policy", "strict", "soft" or "off".
func (e Enforcement) String() string {
	switch e {
	case EnforcementPolicy:
		return "policy"
	case EnforcementStrict:
		return "strict"
	case EnforcementSoft:
		return "soft"
	case EnforcementOff:
		return "off"
	}
	return "unknown"
}

// ParseEnforcement parses "strict", "soft" or "off" (any case, blanks
// around ignored); anything else wraps ErrInvalid.
func ParseEnforcement(s string) (Enforcement, error) {
	if strings.EqualFold(strings.TrimSpace(s), "policy") {
		return EnforcementPolicy, nil
	}
	if e := capi.Dayone_shim_enforcement(s); e >= 0 {
		return Enforcement(e), nil
	}
	return 0, &Error{Code: ErrInvalid, Message: "unknown enforcement mode (want strict, soft or off)"}
}

// LimiterOptions configures NewLimiter. The zero value is the default.
type LimiterOptions struct {
	// Capacity is the most (tenant, limit) pairs tracked at once; a new
	// pair beyond it is denied (DenyRate, "limiter at capacity", with a
	// positive RetryAfter), or let through untracked (AllowUntracked) where
	// the limit says `at_capacity: admit`. 0 means 100000.
	Capacity int
	// Enforcement of quotas and paid features; the zero value follows the
	// policy.
	Enforcement Enforcement
	// Clock, when set, is read (once per Decide or DecideMany call) for
	// requests whose Now is 0: a monotonic clock in nanoseconds. nil uses
	// the library's CLOCK_MONOTONIC.
	Clock func() int64
	// Env is the environment the limiter serves; nil reads the process
	// environment. Launch mode means strict enforcement: when Env is in
	// launch mode under the policy (LAUNCH_MODE=true, or ENVIRONMENT
	// counting as production, in the default policy), an Enforcement of
	// soft or off - or a policy whose billing default is one of them - makes
	// NewLimiter fail with ErrInvalid naming the conflict. Tests that need a
	// soft limiter pass an Env that is not in launch mode.
	Env map[string]string
}

// Request is one request to decide.
type Request struct {
	Key   string // tenant key (any bytes but NUL); required
	Plan  string // plan name; required
	Limit string // limit name, e.g. "ingest"; required
	// Cost in units of the limit; 0 means 1. Negative or above 1e9 is
	// ErrInvalid.
	Cost int64
	// Feature the request needs ("" for none): a feature the plan lacks is
	// DenyPlan (403) with the cheapest plan that has it.
	Feature string
	// Usage is the tenant's current usage of the limit's quota. It counts
	// only when UsageKnown is set (a zero Usage is a real value).
	Usage      int64
	UsageKnown bool
	// Now is the clock reading in nanoseconds to decide at; 0 reads the
	// limiter's clock.
	Now int64
	// PeriodAnchor is the tenant's anchor (its subscription's start, Unix
	// seconds) for a quota whose period is "anchored"; 0 is none, and such
	// a quota then fails with ErrInvalid.
	PeriodAnchor int64
	// Wall is the Unix time in nanoseconds that places the request in its
	// quota's period; 0 reads the system's clock.
	Wall int64
}

// WithUsage returns a copy of the request with a known quota usage.
func (r Request) WithUsage(usage int64) Request {
	r.Usage, r.UsageKnown = usage, true
	return r
}

func (r *Request) usage() int64 {
	if r.UsageKnown {
		return r.Usage
	}
	return -1
}

// Limiter enforces a policy's per-plan rate limits (GCRA), quotas and
// paywall at request time. It is safe for concurrent use by any number of
// goroutines. It owns C memory: Close it when done (idempotent; a finalizer
// is only a safety net). After Close every method returns ErrClosed.
type Limiter struct {
	// gate admits Decide and DecideMany without a shared lock; mu guards
	// the rest, and Close and AttachRedis take it and shut the gate.
	gate  gate
	mu    sync.RWMutex
	h     capi.Dayone_limiter // nil once closed (written under mu with the gate shut)
	addr  uintptr             // h.Swigcptr(), for capi.DecideHandle (used inside the gate)
	clock func() int64
	// handles: resolved (plan, limit, feature) triples (handles.go)
	handles limitHandles
}

// NewLimiter creates a limiter for the policy (nil: the embedded default).
// The limiter holds its own reference: the policy may be closed right after.
// opts may be nil.
func NewLimiter(policy *Policy, opts *LimiterOptions) (*Limiter, error) {
	var o LimiterOptions
	if opts != nil {
		o = *opts
	}
	if o.Capacity < 0 {
		return nil, &Error{Code: ErrInvalid, Message: "capacity must not be negative"}
	}
	if policy == nil {
		p, err := DefaultPolicy()
		if err != nil {
			return nil, err
		}
		defer p.Close()
		policy = p
	}
	ce := newCError()
	defer ce.free()
	served := capi.SwigcptrDayone_env(0) // NULL: the process environment
	if o.Env != nil {
		e, err := newEnv()
		if err != nil {
			return nil, err
		}
		defer e.free()
		if err := e.set(o.Env, ce); err != nil {
			return nil, err
		}
		served = e.h.(capi.SwigcptrDayone_env)
	}
	var l *Limiter
	err := policy.use(func(p capi.Dayone_policy) error {
		h := capi.Dy_go_limiter_new(p, int64(o.Capacity), int(o.Enforcement), served, ce.e)
		if h.Swigcptr() == 0 {
			return ce.failed()
		}
		l = &Limiter{h: h, addr: h.Swigcptr(), clock: o.Clock}
		return nil
	})
	if err != nil {
		return nil, err
	}
	runtime.SetFinalizer(l, (*Limiter).Close)
	return l, nil
}

// Close releases the limiter, waiting for decisions in flight. Idempotent.
func (l *Limiter) Close() error {
	if l == nil {
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.h != nil {
		l.gate.close() // for good: callers then find l.h nil under mu
		l.handles.free()
		l.gate.freeBuffers()
		capi.Dayone_limiter_free(l.h)
		l.h = nil
		runtime.SetFinalizer(l, nil)
	}
	return nil
}

// Decide decides one request, crossing into C once. A denial is a
// Decision (Allowed false, Status 429/402/403), not an error; err is for
// requests that cannot be decided: unknown plan, limit or feature
// (ErrNotFound - never a silent allow), bad cost or usage (ErrInvalid),
// ErrClosed. DecideInto is the same without copying the Decision out.
func (l *Limiter) Decide(r Request) (d Decision, err error) {
	err = l.DecideInto(&d, &r)
	return
}

// DecideInto is Decide writing the decision into *dst, every field of it
// (a Decision reused from an earlier call needs no clearing; on an error
// *dst is the zero Decision). r is only read. It spares the caller the
// copy of a returned Decision (about 400 bytes).
func (l *Limiter) DecideInto(dst *Decision, r *Request) error {
	if l == nil {
		*dst = Decision{}
		return ErrClosed
	}
	now := r.Now
	if now == 0 && l.clock != nil {
		now = l.clock()
	}
	// A handle carries no period anchor or wall time: such requests go by
	// name (decideByName), as do a shut gate and an unresolved triple.
	if r.PeriodAnchor != 0 || r.Wall != 0 {
		return l.decideByName(dst, r, now)
	}
	// The address of a local differs by goroutine: it spreads callers
	// over the gate's stripes (never read).
	var anchor byte
	hint := uintptr(unsafe.Pointer(&anchor))
	if s, mem := l.gate.enterOwning(hint); s != nil {
		h := l.handles.get(l.h, r)
		if h == 0 {
			s.leaveOwning()
			return l.decideByName(dst, r, now)
		}
		err := l.decideOnHandle(dst, r, h, now, mem)
		s.leaveOwning() // after decoding: Close frees the buffer
		return err
	}
	// The stripe's buffer is held (or the gate shut): pooled memory.
	s, ok := l.gate.enter(hint)
	if !ok {
		return l.decideByName(dst, r, now)
	}
	h := l.handles.get(l.h, r)
	if h == 0 {
		l.gate.leave(s)
		return l.decideByName(dst, r, now)
	}
	var err error
	if cb, _ := cbufPool.Get().(*cbuf); cb != nil {
		err = l.decideOnHandle(dst, r, h, now, cb.p)
		cbufPool.Put(cb)
	} else {
		*dst = Decision{}
		err = &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	l.gate.leave(s)
	return err
}

// decideOnHandle decides r on handle h into the C memory at mem and
// decodes the result into *dst. Called inside the gate.
func (l *Limiter) decideOnHandle(dst *Decision, r *Request, h uintptr, now int64,
	mem unsafe.Pointer) error {
	rc := capi.DecideHandle(l.addr, h, r.Key, r.Cost, r.usage(), now, uintptr(mem))
	w := unsafe.Slice((*int64)(mem), capi.DAYONE_SHIM_DECIDE_WORDS)
	if rc != 0 {
		*dst = Decision{}
		return fromHeader(rc, w[0])
	}
	dst.decode(cDecisionAt(w[1:]), r.Limit)
	return nil
}

// decideByName decides r by its names (dayone_shim_decide) into pooled C
// memory: requests with a period anchor or wall time, triples without a
// handle, and calls while the gate is shut (closed, or AttachRedis under
// way: it waits for that).
func (l *Limiter) decideByName(dst *Decision, r *Request, now int64) error {
	cb, _ := cbufPool.Get().(*cbuf)
	if cb == nil {
		*dst = Decision{}
		return &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	defer cbufPool.Put(cb)
	var rc int
	if s, ok := l.gate.enter(uintptr(cb.p)); ok {
		rc = capi.Dayone_shim_decide(l.h, r.Key, r.Plan, r.Limit, r.Feature, r.Cost, r.usage(), now,
			r.PeriodAnchor, r.Wall, cb.p)
		l.gate.leave(s)
	} else {
		l.mu.RLock()
		if l.h == nil {
			l.mu.RUnlock()
			*dst = Decision{}
			return ErrClosed
		}
		rc = capi.Dayone_shim_decide(l.h, r.Key, r.Plan, r.Limit, r.Feature, r.Cost, r.usage(), now,
			r.PeriodAnchor, r.Wall, cb.p)
		l.mu.RUnlock()
	}
	w := unsafe.Slice((*int64)(cb.p), capi.DAYONE_SHIM_DECIDE_WORDS)
	if rc != 0 {
		*dst = Decision{}
		return fromHeader(rc, w[0])
	}
	dst.decode(cDecisionAt(w[1:]), r.Limit)
	return nil
}

// cbuf is C memory for one decideByName (bindings/shim/dayone_shim.h): the header
// word and one decision. Pooled; a buffer the pool drops is freed by its
// finalizer.
type cbuf struct {
	p unsafe.Pointer
}

func newCbuf() *cbuf {
	p := capi.Dayone_shim_mem_new(int64(capi.DAYONE_SHIM_DECIDE_WORDS * 8))
	if p == nil {
		return nil
	}
	cb := &cbuf{p: p}
	runtime.SetFinalizer(cb, (*cbuf).free)
	return cb
}

func (cb *cbuf) free() {
	if cb.p != nil {
		capi.Dayone_shim_mem_free(cb.p)
		cb.p = nil
		runtime.SetFinalizer(cb, nil)
	}
}

// A nil from the pool means malloc failed; Decide then reports ErrNoMemory.
var cbufPool = sync.Pool{New: func() any { return newCbuf() }}

// DecideMany decides the requests in order, as if one by one, in a single
// crossing into C (the clock is read once for the batch). It returns one
// Decision per request. When some requests cannot be decided the others
// still are; the error is then a *BatchError (per-request Codes; it wraps
// the first failure, so errors.Is works) and the failed requests'
// decisions are zero.
func (l *Limiter) DecideMany(reqs []Request) ([]Decision, error) {
	out := make([]Decision, len(reqs))
	err := l.DecideManyInto(out, reqs)
	return out, err
}

// emptyBatch answers a batch of no requests: nothing to decide, but a
// closed limiter still says so.
func (l *Limiter) emptyBatch() error {
	l.mu.RLock()
	closed := l.h == nil
	l.mu.RUnlock()
	if closed {
		return ErrClosed
	}
	return nil
}

// DecideManyInto is DecideMany writing into dst, which needs room for
// len(reqs) decisions (else ErrInvalid); it allocates nothing per request.
func (l *Limiter) DecideManyInto(dst []Decision, reqs []Request) error {
	if l == nil {
		return ErrClosed
	}
	if len(dst) < len(reqs) {
		return &Error{Code: ErrInvalid, Message: "the destination is shorter than the batch"}
	}
	if len(reqs) == 0 {
		return l.emptyBatch()
	}
	b := batchPool.Get().(*batch)
	defer batchPool.Put(b)
	var now int64
	if l.clock != nil {
		now = l.clock()
	}
	rc, hasNUL, err := l.decideBatch(b, reqs, now, nil)
	if err != nil {
		return err
	}
	if hasNUL {
		return l.decideEach(dst, reqs, now)
	}
	codes, first := b.decode(dst, reqs)
	if rc == 0 {
		return nil
	}
	if first < 0 {
		first = 0
	}
	return &BatchError{Index: first, Err: fromHeader(rc, b.out[0]), Codes: codes}
}

// decideBatch packs reqs into b (recording the limits' runs when runs is
// non-nil), crosses once and leaves the decisions and statuses in b.out
// (DAYONE_SHIM_MANY_WORDS(len(reqs)) words); rc is the call's status.
// hasNUL: a string holds a NUL byte and nothing crossed (the batch must be
// decided one request at a time). err is ErrClosed, nothing decided.
func (l *Limiter) decideBatch(b *batch, reqs []Request, now int64, runs *[]limitRun) (rc int,
	hasNUL bool, err error) {
	n := len(reqs)
	nums, hasNUL := b.pack(reqs, now, runs)
	words := manyWords(n)
	if cap(b.out) < words {
		b.out = make([]int64, words)
	}
	b.out = b.out[:words]
	if hasNUL {
		return 0, true, nil
	}
	rc, err = l.crossMany(uintptr(unsafe.Pointer(b)), b.strs, nums, b.out)
	return rc, false, err
}

// manyWords is the room dayone_shim_decide_many writes for n requests
// (DAYONE_SHIM_MANY_WORDS(n)): a header, the decisions, the statuses.
func manyWords(n int) int { return 1 + n*capi.DAYONE_SHIM_D_WORDS + (n+1)/2 }

// crossMany is dayone_shim_decide_many on packed requests, inside the
// gate (hint: see gate.enter), or under mu when the gate is shut; err is
// ErrClosed, nothing decided.
func (l *Limiter) crossMany(hint uintptr, strs []byte, nums, out []int64) (int, error) {
	if s, ok := l.gate.enter(hint); ok {
		rc := capi.Dayone_shim_decide_many(l.h, strs, nums, out)
		l.gate.leave(s)
		return rc, nil
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return 0, ErrClosed
	}
	return capi.Dayone_shim_decide_many(l.h, strs, nums, out), nil
}

// decideEach decides a batch one request at a time (only for batches with a
// NUL byte in some string, which the one-crossing path cannot carry).
func (l *Limiter) decideEach(dst []Decision, reqs []Request, now int64) error {
	var be *BatchError
	for i, r := range reqs {
		if r.Now == 0 && now != 0 {
			r.Now = now
		}
		d, err := l.Decide(r)
		dst[i] = d
		if err != nil {
			if be == nil {
				be = &BatchError{Index: i, Err: err, Codes: make([]Code, len(reqs))}
			}
			be.Codes[i] = codeOf(err)
		}
	}
	if be == nil {
		return nil
	}
	return be
}

// codeOf returns the Code an error wraps (ErrInternal when none).
func codeOf(err error) Code {
	for err != nil {
		if c, ok := err.(Code); ok {
			return c
		}
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			break
		}
		err = u.Unwrap()
	}
	return ErrInternal
}

// SwapPolicy atomically replaces the limiter's policy while other
// goroutines decide; state of limits whose name, rate and burst are
// unchanged survives.
func (l *Limiter) SwapPolicy(policy *Policy) error {
	if policy == nil {
		p, err := DefaultPolicy()
		if err != nil {
			return err
		}
		defer p.Close()
		policy = p
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return ErrClosed
	}
	ce := newCError()
	defer ce.free()
	err := policy.use(func(p capi.Dayone_policy) error {
		return ce.err(capi.Dayone_limiter_swap_policy(l.h, p, ce.e))
	})
	if err == nil {
		l.handles.retire() // resolved anew on the policy now in force
	}
	return err
}

// Tracked returns the number of (tenant, limit) pairs tracked (0 after
// Close).
func (l *Limiter) Tracked() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return 0
	}
	return int(capi.Dayone_limiter_tracked(l.h))
}

// MemoryBytes returns the bytes the limiter's state table uses (0 after
// Close).
func (l *Limiter) MemoryBytes() int {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return 0
	}
	return int(capi.Dayone_limiter_memory(l.h))
}
