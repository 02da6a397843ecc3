package dayone

import (
	"bytes"
	"net/http"
	"time"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Outcome of a decision.
type Outcome int

const (
	Allow        Outcome = 0 // 200 (DAYONE_ALLOW)
	AllowOverage Outcome = 1 // 200, over quota under soft enforcement (DAYONE_ALLOW_OVERAGE)
	DenyRate     Outcome = 2 // 429 (DAYONE_DENY_RATE)
	DenyQuota    Outcome = 3 // 402 (DAYONE_DENY_QUOTA)
	DenyPlan     Outcome = 4 // 403 (DAYONE_DENY_PLAN)
)

var outcomeNames = [...]string{"allow", "allow_overage", "deny_rate", "deny_quota", "deny_plan"}

// String returns the C name: "allow", "allow_overage", "deny_rate",
// "deny_quota" or "deny_plan".
func (o Outcome) String() string {
	if o >= 0 && int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return "unknown"
}

// Decision is the answer to one request. Plain data.
type Decision struct {
	Allowed bool    // Allow or AllowOverage
	Outcome Outcome // what happened
	Status  int     // HTTP status: 200, 429, 402 or 403
	// RetryAfter is when a retry can succeed: 0 when allowed, negative when
	// waiting does not help (DenyPlan, DenyQuota, a cost above the burst).
	RetryAfter time.Duration
	// ResetAfter is the time until the limiter is back to a full burst.
	ResetAfter time.Duration
	// Remaining requests of cost 1 allowed now.
	Remaining int64
	// Limit is the burst (rate limit), or the quota for DenyQuota and
	// AllowOverage.
	Limit int64
	// Window is the rate's period: burst times the emission interval.
	Window time.Duration
	// QuotaRemaining is the quota left after this request, -1 when no quota
	// applied.
	QuotaRemaining int64
	// Burst is the rate limit's burst, even when Limit holds a quota.
	Burst int64
	// UpgradePlan is, for DenyPlan, the cheapest plan with the feature.
	UpgradePlan string
	// Reason is short and machine-readable: "ok", "rate limited", "cost
	// exceeds burst", "quota exceeded", "quota overage", "feature not in
	// plan", "limiter at capacity".
	Reason string
	// LimitName is the request's limit, quoted in the RateLimit headers.
	LimitName string
}

const reasonOK = "ok"

// Interned reasons: decoding a decision allocates no string for them.
var reasons = func() map[string]string {
	m := map[string]string{}
	for _, s := range []string{"ok", "rate limited", "cost exceeds burst", "quota exceeded",
		"quota overage", "feature not in plan", "limiter at capacity"} {
		m[s] = s
	}
	return m
}()

// text returns the NUL-terminated string at byte offset off of w.
func text(w []int64, off int) []byte {
	b := unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(&w[0]), off)), capi.DY_GO_TEXT_BYTES)
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return b[:i]
	}
	return b
}

func i32(w []int64, off int) int32 { return *(*int32)(unsafe.Add(unsafe.Pointer(&w[0]), off)) }

func setI32(w []int64, off int, v int32) { *(*int32)(unsafe.Add(unsafe.Pointer(&w[0]), off)) = v }

// decode fills d from a dayone_decision the library wrote into w
// (DY_GO_D_WORDS words, byte offsets DY_GO_D_* of capi_layout.h).
func (d *Decision) decode(w []int64, limit string) {
	_ = w[capi.DY_GO_D_WORDS-1]
	d.Outcome = Outcome(i32(w, capi.DY_GO_D_OUTCOME))
	d.Allowed = i32(w, capi.DY_GO_D_ALLOWED) != 0
	d.Status = int(i32(w, capi.DY_GO_D_STATUS))
	d.RetryAfter = time.Duration(w[capi.DY_GO_D_RETRY_AFTER/8])
	d.ResetAfter = time.Duration(w[capi.DY_GO_D_RESET_AFTER/8])
	d.Remaining = w[capi.DY_GO_D_REMAINING/8]
	d.Limit = w[capi.DY_GO_D_LIMIT/8]
	d.Window = time.Duration(w[capi.DY_GO_D_WINDOW/8])
	d.QuotaRemaining = w[capi.DY_GO_D_QUOTA_REMAINING/8]
	d.Burst = w[capi.DY_GO_D_BURST/8]
	d.LimitName = limit
	base := unsafe.Pointer(&w[0])
	d.UpgradePlan = ""
	if *(*byte)(unsafe.Add(base, capi.DY_GO_D_UPGRADE_PLAN)) != 0 {
		d.UpgradePlan = string(text(w, capi.DY_GO_D_UPGRADE_PLAN))
	}
	r := (*[3]byte)(unsafe.Add(base, capi.DY_GO_D_REASON))
	if r[0] == 'o' && r[1] == 'k' && r[2] == 0 { // the common case: no scan, no lookup
		d.Reason = reasonOK
		return
	}
	rb := text(w, capi.DY_GO_D_REASON)
	if s, ok := reasons[string(rb)]; ok {
		d.Reason = s
	} else {
		d.Reason = string(rb)
	}
}

// encode is the inverse of decode (for the header writers).
func (d *Decision) encode(w []int64) {
	setI32(w, capi.DY_GO_D_OUTCOME, int32(d.Outcome))
	if d.Allowed {
		setI32(w, capi.DY_GO_D_ALLOWED, 1)
	}
	setI32(w, capi.DY_GO_D_STATUS, int32(d.Status))
	w[capi.DY_GO_D_RETRY_AFTER/8] = int64(d.RetryAfter)
	w[capi.DY_GO_D_RESET_AFTER/8] = int64(d.ResetAfter)
	w[capi.DY_GO_D_REMAINING/8] = d.Remaining
	w[capi.DY_GO_D_LIMIT/8] = d.Limit
	w[capi.DY_GO_D_WINDOW/8] = int64(d.Window)
	w[capi.DY_GO_D_QUOTA_REMAINING/8] = d.QuotaRemaining
	w[capi.DY_GO_D_BURST/8] = d.Burst
}

// Header names set by Headers and SetHeaders.
const (
	HeaderRetryAfter      = "Retry-After"
	HeaderRateLimit       = "RateLimit"
	HeaderRateLimitPolicy = "RateLimit-Policy"
)

// HeaderValues returns the values of Retry-After, RateLimit and
// RateLimit-Policy for the decision, formatted by the C library
// (dayone_decision_*; draft-ietf-httpapi-ratelimit-headers). A value is ""
// when it has no meaning for the decision: Retry-After and RateLimit when
// waiting does not help, RateLimit-Policy without a rate, or a limit name
// that is not printable ASCII.
func (d Decision) HeaderValues() (retryAfter, rateLimit, rateLimitPolicy string) {
	var rec [capi.DY_GO_D_WORDS]int64
	var buf [3 * capi.DY_GO_HEADER_BYTES]byte
	d.encode(rec[:])
	if capi.Dy_go_headers(rec[:], d.LimitName, buf[:]) != 0 {
		return "", "", ""
	}
	get := func(i int) string {
		b := buf[i*capi.DY_GO_HEADER_BYTES : (i+1)*capi.DY_GO_HEADER_BYTES]
		if n := bytes.IndexByte(b, 0); n >= 0 {
			b = b[:n]
		}
		return string(b)
	}
	return get(0), get(1), get(2)
}

// Headers returns the decision's rate-limit response headers (see
// SetHeaders). Retry-After is only included on denials.
func (d Decision) Headers() http.Header {
	h := make(http.Header, 3)
	d.SetHeaders(h)
	return h
}

// SetHeaders sets RateLimit and RateLimit-Policy, and Retry-After when the
// request was denied and waiting helps, on h.
func (d Decision) SetHeaders(h http.Header) {
	ra, rl, rp := d.HeaderValues()
	if ra != "" && !d.Allowed {
		h.Set(HeaderRetryAfter, ra)
	}
	if rl != "" {
		h.Set(HeaderRateLimit, rl)
	}
	if rp != "" {
		h.Set(HeaderRateLimitPolicy, rp)
	}
}
