package dayone

import (
	"bytes"
	"fmt"
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
	DenyBanned   Outcome = 5 // 403, the key is banned (DAYONE_DENY_BANNED)
	AllowShadow  Outcome = 6 // 200, a shadow limit would have denied it (DAYONE_ALLOW_SHADOW)
	// AllowUntracked: 200, a new key while the table is full, under
	// `at_capacity: admit` (DAYONE_ALLOW_UNTRACKED)
	AllowUntracked Outcome = 7
)

// outcomeNames are the C outcome table's names (dayone_outcome_name).
var outcomeNames = func() []string {
	names := make([]string, capi.DAYONE_OUTCOME_COUNT)
	for i := range names {
		names[i] = capi.Dayone_outcome_name(capi.Enum_SS_dayone_outcome(i))
	}
	return names
}()

// String returns the C name: "allow", "allow_overage", "deny_rate",
// "deny_quota", "deny_plan", "deny_banned", "allow_shadow" or
// "allow_untracked".
func (o Outcome) String() string {
	if o >= 0 && int(o) < len(outcomeNames) {
		return outcomeNames[o]
	}
	return "unknown"
}

// Decision is the answer to one request. Plain data.
type Decision struct {
	Allowed bool    // Allow, AllowOverage, AllowShadow or AllowUntracked
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
	// Rate is the limit's rate as the policy writes it: Rate units per
	// RatePeriod (600 rpm: 600 per minute); 0 when the decision has none.
	Rate       int64
	RatePeriod time.Duration
	// UpgradePlan is, for DenyPlan, the cheapest plan that offers the limit
	// and has the feature (if the request named one).
	UpgradePlan string
	// Reason is short and machine-readable: "ok", "unlimited", "rate
	// limited", "cost exceeds burst", "quota exceeded", "quota overage",
	// "feature not in plan", "limit not in plan", "limiter at capacity".
	Reason string
	// LimitName is the request's limit, quoted in the RateLimit headers.
	LimitName string
	// QuotaReset is, when the request's quota was checked, when its period
	// resets (UTC; see PeriodBounds); the zero Time otherwise.
	QuotaReset time.Time
	// NumRates is, for a limit of several rates, how many (2..MaxRates);
	// 0 for a limit of one rate. Rates[:NumRates] holds each rate's own
	// step in the policy's order (the rest is zero; an array, so that a
	// Decision stays comparable with ==), and the fields above report the
	// tightest, Rates[Tightest].
	NumRates int
	Rates    [MaxRates]RateState
	// Tightest is the index in Rates of the rate the decision reports (the
	// longest wait among the denying rates, else the fewest remaining).
	Tightest int
	// OverrideSource says where the rate came from when a per-tenant
	// override decided (Burst, Rate, Limit, Window are then the
	// override's, and its one rate replaces every rate of a limit of
	// several: NumRates 0): OverridePolicy or OverrideAPI; OverrideNone otherwise.
	OverrideSource OverrideSource
	// OverrideReason is the override's reason ("" when none).
	OverrideReason string
}

// MaxRates is the most rates one limit may carry.
const MaxRates = capi.DAYONE_LIMIT_RATES_MAX

// RateState is one rate of a limit of several, as its step found it: the
// rate as written (Rate per RatePeriod, Burst) and what the decision's own
// fields would be for a limit of this rate alone (RetryAfter 0 when it
// allows, negative when the step never ran).
type RateState struct {
	Rate       int64
	RatePeriod time.Duration
	Burst      int64
	Remaining  int64
	ResetAfter time.Duration
	RetryAfter time.Duration
}

// OverrideSource is where a decision's rate came from
// (dayone_override_source of dayone/limiter.h).
type OverrideSource int

const (
	OverrideNone   OverrideSource = 0 // the plan's rate
	OverridePolicy OverrideSource = 1 // the policy's overrides:
	OverrideAPI    OverrideSource = 2 // Limiter.SetOverride
)

const reasonOK = "ok"

// Interned reasons: decoding a decision allocates no string for them.
var reasons = func() map[string]string {
	m := map[string]string{}
	for _, s := range []string{"ok", "unlimited", "rate limited", "cost exceeds burst",
		"quota exceeded", "quota overage", "feature not in plan", "limit not in plan",
		"limiter at capacity"} {
		m[s] = s
	}
	return m
}()

// cDecision is a dayone_decision as the library writes it (LP64; checked
// below and against the C field table by TestDecisionLayoutMatchesC).
type cDecision struct {
	outcome, allowed, status, _ int32
	cWaits                      // retryAfter .. quotaRemaining
	upgradePlan, reason         [capi.DAYONE_SHIM_TEXT_BYTES]byte
	cRate                       // burst, rate, ratePeriod
	quotaReset                  int64
	nrates, tightest            int32
	rates                       [capi.DAYONE_LIMIT_RATES_MAX]cRateState
	overrideSource              int32
	overrideReason              [capi.DAYONE_SHIM_TEXT_BYTES]byte
}

// cWaits and cRate are two runs of int64 fields that a dayone_decision and
// a Decision hold in the same order: decodeCommon copies each as a block
// (decisionHead).
type cWaits struct {
	retryAfter, resetAfter, remaining, limit, window, quotaRemaining int64
}

type cRate struct {
	burst, rate, ratePeriod int64
}

// decisionHead is the start of a Decision (Allowed .. RatePeriod) with its
// two runs as cWaits and cRate: the same memory, checked below.
type decisionHead struct {
	allowed bool
	outcome Outcome
	status  int
	cWaits
	cRate
}

// Each run's fields must sit in a Decision at the offsets they have in
// decisionHead (an index other than 0 does not compile); the runs' order
// inside a dayone_decision is checked against the C field table by
// TestDecisionLayoutMatchesC, and the whole by TestDecodeCommonRoundTrip.
var _ = [1]struct{}{}[unsafe.Sizeof(decisionHead{})-unsafe.Offsetof(Decision{}.UpgradePlan)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.allowed)-unsafe.Offsetof(Decision{}.Allowed)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.outcome)-unsafe.Offsetof(Decision{}.Outcome)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.status)-unsafe.Offsetof(Decision{}.Status)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.retryAfter)-unsafe.Offsetof(Decision{}.RetryAfter)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.resetAfter)-unsafe.Offsetof(Decision{}.ResetAfter)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.remaining)-unsafe.Offsetof(Decision{}.Remaining)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.limit)-unsafe.Offsetof(Decision{}.Limit)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.window)-unsafe.Offsetof(Decision{}.Window)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.quotaRemaining)-unsafe.Offsetof(Decision{}.QuotaRemaining)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.burst)-unsafe.Offsetof(Decision{}.Burst)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.rate)-unsafe.Offsetof(Decision{}.Rate)]
var _ = [1]struct{}{}[unsafe.Offsetof(decisionHead{}.ratePeriod)-unsafe.Offsetof(Decision{}.RatePeriod)]

// cRateState is a dayone_rate_state.
type cRateState struct {
	rate, ratePeriod, burst, remaining, resetAfter, retryAfter int64
}

// The size is checked at compile time (an index other than 0 does not
// compile); each field's offset against the C field table
// (dayone_shim_decision_field) by TestDecisionLayoutMatchesC.
var _ = [1]struct{}{}[int(unsafe.Sizeof(cDecision{}))-capi.DAYONE_SHIM_D_WORDS*8]

// cDecisionAt returns the decision the library wrote at w[0:DAYONE_SHIM_D_WORDS].
func cDecisionAt(w []int64) *cDecision {
	_ = w[capi.DAYONE_SHIM_D_WORDS-1]
	return (*cDecision)(unsafe.Pointer(&w[0]))
}

// cText returns a NUL-terminated C string field as Go bytes.
func cText(b []byte) []byte {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return b[:i]
	}
	return b
}

// decode fills d from a decision the library wrote.
func (d *Decision) decode(c *cDecision, limit string) {
	d.decodeCommon(c, limit)
	if c.hasTexts() {
		d.decodeTexts(c)
	}
	if c.quotaReset >= 0 {
		d.decodeQuotaReset(c)
	}
	if c.nrates > 0 {
		d.decodeRates(c)
	}
	if c.overrideSource != 0 {
		d.decodeOverride(c)
	}
}

// decodeOverride sets OverrideSource and OverrideReason (an override
// decided: c.overrideSource != 0).
func (d *Decision) decodeOverride(c *cDecision) {
	d.OverrideSource = OverrideSource(c.overrideSource)
	d.OverrideReason = string(cText(c.overrideReason[:]))
}

// decodeRates sets Rates and Tightest (a limit of several rates).
func (d *Decision) decodeRates(c *cDecision) {
	n := min(int(c.nrates), len(c.rates))
	d.NumRates = n
	d.Rates = [MaxRates]RateState{}
	for i := 0; i < n; i++ {
		r := &c.rates[i]
		d.Rates[i] = RateState{Rate: r.rate, RatePeriod: time.Duration(r.ratePeriod),
			Burst: r.burst, Remaining: r.remaining, ResetAfter: time.Duration(r.resetAfter),
			RetryAfter: time.Duration(r.retryAfter)}
	}
	d.Tightest = int(c.tightest)
}

// decodeCommon is decode for the usual decision, reason "ok" and no
// upgrade plan (c.hasTexts() false; else decodeTexts follows). The numeric
// fields go as three scalars and two block copies (decisionHead); small
// enough to be inlined into the batch loop.
func (d *Decision) decodeCommon(c *cDecision, limit string) {
	h := (*decisionHead)(unsafe.Pointer(d))
	h.allowed, h.outcome, h.status = c.allowed != 0, Outcome(c.outcome), int(c.status)
	h.cWaits, h.cRate = c.cWaits, c.cRate
	d.UpgradePlan, d.Reason, d.LimitName = "", reasonOK, limit
	d.QuotaReset = time.Time{}
	if d.NumRates != 0 { // a reused Decision: only a limit of several rates sets these
		d.NumRates, d.Rates = 0, [MaxRates]RateState{}
	}
	d.Tightest, d.OverrideSource, d.OverrideReason = 0, OverrideNone, ""
}

// decodeQuotaReset sets QuotaReset (a quota was checked: c.quotaReset >= 0).
func (d *Decision) decodeQuotaReset(c *cDecision) {
	d.QuotaReset = time.Unix(c.quotaReset, 0).UTC()
}

// plain reports the usual decision, all of which decodeCommon decodes:
// reason "ok", no upgrade plan, no quota checked, one rate, no override.
// One test for the batch loop, not one a field: the bytes of "ok" and its
// NUL are combined into one word, and the parts or-ed, not short-circuited.
func (c *cDecision) plain() bool {
	reason := uint32(c.reason[0]) | uint32(c.reason[1])<<8 | uint32(c.reason[2])<<16
	quota := uint32(^uint64(c.quotaReset) >> 63) // 1 when quotaReset >= 0
	return (reason^('o'|'k'<<8))|uint32(c.upgradePlan[0])|uint32(c.nrates)|
		uint32(c.overrideSource)|quota == 0
}

// hasTexts reports a reason other than "ok" or an upgrade plan.
func (c *cDecision) hasTexts() bool {
	return c.upgradePlan[0] != 0 || c.reason[0] != 'o' || c.reason[1] != 'k' || c.reason[2] != 0
}

// decodeTexts sets Reason (interned when known) and UpgradePlan.
func (d *Decision) decodeTexts(c *cDecision) {
	rb := cText(c.reason[:])
	if s, ok := reasons[string(rb)]; ok {
		d.Reason = s
	} else {
		d.Reason = string(rb)
	}
	if c.upgradePlan[0] != 0 {
		d.UpgradePlan = string(cText(c.upgradePlan[:]))
	}
}

// encode is the inverse of decode (for the header writers).
func (d *Decision) encode(c *cDecision) {
	c.outcome = int32(d.Outcome)
	if d.Allowed {
		c.allowed = 1
	}
	c.status = int32(d.Status)
	c.retryAfter = int64(d.RetryAfter)
	c.resetAfter = int64(d.ResetAfter)
	c.remaining = d.Remaining
	c.limit = d.Limit
	c.window = int64(d.Window)
	c.quotaRemaining = d.QuotaRemaining
	c.burst = d.Burst
	c.rate = d.Rate
	c.ratePeriod = int64(d.RatePeriod)
	c.quotaReset = -1
	if !d.QuotaReset.IsZero() {
		c.quotaReset = d.QuotaReset.Unix()
	}
	c.nrates = int32(min(max(d.NumRates, 0), len(c.rates)))
	c.tightest = int32(d.Tightest)
	for i := 0; i < int(c.nrates); i++ {
		r := &d.Rates[i]
		c.rates[i] = cRateState{r.Rate, int64(r.RatePeriod), r.Burst, r.Remaining,
			int64(r.ResetAfter), int64(r.RetryAfter)}
	}
}

// Header names set by Headers and SetHeaders.
const (
	HeaderRetryAfter      = "Retry-After"
	HeaderRateLimit       = "RateLimit"
	HeaderRateLimitPolicy = "RateLimit-Policy"
)

var headerNames = [3]string{HeaderRetryAfter, HeaderRateLimit, HeaderRateLimitPolicy}

// HeaderValues returns the values of Retry-After, RateLimit and
// RateLimit-Policy for the decision, formatted by the C library
// (dayone_decision_*; draft-ietf-httpapi-ratelimit-headers-11). A value is
// "" when the decision has none: Retry-After and RateLimit when waiting does
// not help (DenyPlan, DenyQuota, a cost above the burst), RateLimit-Policy
// without a rate. A value the library cannot write (a limit name that is
// not printable ASCII, a rate q and w cannot state exactly) is an error
// wrapping ErrInvalid or ErrLimit, never a silent "".
func (d Decision) HeaderValues() (retryAfter, rateLimit, rateLimitPolicy string, err error) {
	var rec [capi.DAYONE_SHIM_HEADER_WORDS]int64
	var buf [3 * capi.DAYONE_SHIM_HEADER_BYTES]byte
	d.encode(cDecisionAt(rec[:]))
	if rc := capi.Dayone_shim_headers(rec[:], d.LimitName, buf[:]); rc != 0 {
		return "", "", "", newError(rc, "header values: bad arguments", "", 0, 0)
	}
	var v [3]string
	for i := range v {
		rc := int(rec[capi.DAYONE_SHIM_HEADER_CODES+i])
		if rc < 0 && rc != int(ErrNotFound) {
			return "", "", "", newError(rc, fmt.Sprintf("%s: cannot write the value for limit %q",
				headerNames[i], d.LimitName), "", 0, 0)
		}
		b := buf[i*capi.DAYONE_SHIM_HEADER_BYTES : (i+1)*capi.DAYONE_SHIM_HEADER_BYTES]
		if n := bytes.IndexByte(b, 0); n >= 0 {
			b = b[:n]
		}
		v[i] = string(b)
	}
	return v[0], v[1], v[2], nil
}

// Headers returns the decision's rate-limit response headers (see
// SetHeaders).
func (d Decision) Headers() (http.Header, error) {
	h := make(http.Header, 3)
	if err := d.SetHeaders(h); err != nil {
		return nil, err
	}
	return h, nil
}

// SetHeaders sets RateLimit and RateLimit-Policy, and Retry-After when the
// request was denied and waiting helps, on h. On an error (see
// HeaderValues) it sets nothing.
func (d Decision) SetHeaders(h http.Header) error {
	ra, rl, rp, err := d.HeaderValues()
	if err != nil {
		return err
	}
	if ra != "" && !d.Allowed {
		h.Set(HeaderRetryAfter, ra)
	}
	if rl != "" {
		h.Set(HeaderRateLimit, rl)
	}
	if rp != "" {
		h.Set(HeaderRateLimitPolicy, rp)
	}
	return nil
}
