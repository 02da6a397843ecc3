package dayone

import (
	"encoding/json"
	"time"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Override is a per-tenant rate and burst for one limit, instead of the
// plan's (dayone_override of dayone/overrides.h). Source is "api" or
// "policy"; InForce is false once it has ended, or for a policy's override
// an API override of the same pair replaces.
type Override struct {
	Tenant       string `json:"tenant"`
	Limit        string `json:"limit"`
	Rate         int64  `json:"rate"`
	RatePeriodNs int64  `json:"rate_period_ns"`
	Burst        int64  `json:"burst"`
	Reason       string `json:"reason"`
	ExpiresUnix  int64  `json:"expires_unix_s"`
	Source       string `json:"source"`
	InForce      bool   `json:"in_force"`
}

// RateSpec is one rate as written: Rate per RatePeriodNs, and its Burst.
type RateSpec struct {
	Rate         int64 `json:"rate"`
	RatePeriodNs int64 `json:"rate_period_ns"`
	Burst        int64 `json:"burst"`
}

// EffectiveLimit is what decides a tenant's requests for a plan's limit
// now (dayone_effective_limit): Kind "rate", "unlimited" or "none"; the
// rate and burst that apply and the plan's own; Source "plan", "policy" or
// "api". Rates lists every rate that applies (one under an override, which
// replaces a limit's several rates), PlanRates every rate of the plan's;
// Rate and PlanRate are then the first.
type EffectiveLimit struct {
	Kind             string     `json:"kind"`
	Rate             int64      `json:"rate"`
	RatePeriodNs     int64      `json:"rate_period_ns"`
	Burst            int64      `json:"burst"`
	PlanRate         int64      `json:"plan_rate"`
	PlanRatePeriodNs int64      `json:"plan_rate_period_ns"`
	PlanBurst        int64      `json:"plan_burst"`
	Source           string     `json:"source"`
	Reason           string     `json:"reason"`
	ExpiresUnix      int64      `json:"expires_unix_s"`
	Rates            []RateSpec `json:"rates"`
	PlanRates        []RateSpec `json:"plan_rates"`
}

// SetOverride gives tenant its own rate (rate per period: a second, a
// minute, an hour or a day) and burst for limit, instead of its plan's
// (dayone_limiter_override_set), until expires (the zero Time: no end; the
// limiter's wall clock decides). Its decisions then carry OverrideAPI and
// reason. ErrInvalid for a bad field, ErrNotFound for an unknown limit,
// ErrLimit when the override table is full.
func (l *Limiter) SetOverride(tenant, limit string, rate int64, period time.Duration, burst int64,
	reason string, expires time.Time) error {
	if !noNUL(tenant, limit, reason) {
		return &Error{Code: ErrInvalid, Message: "tenant, limit and reason must not contain NUL"}
	}
	var exp int64
	if !expires.IsZero() {
		exp = expires.Unix()
	}
	return l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		return ce.err(capi.Dayone_shim_override_set(h, tenant, limit, rate, int64(period), burst,
			reason, exp, ce.e))
	})
}

// ClearOverride clears the override set for (tenant, limit) with
// SetOverride (dayone_limiter_override_clear); ErrNotFound when there was
// none.
func (l *Limiter) ClearOverride(tenant, limit string) error {
	if !noNUL(tenant, limit) {
		return &Error{Code: ErrInvalid, Message: "tenant and limit must not contain NUL"}
	}
	return l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		return ce.err(capi.Dayone_shim_override_clear(h, tenant, limit, ce.e))
	})
}

// Overrides lists every override, the API's first, then the policy's
// (dayone_limiter_overrides).
func (l *Limiter) Overrides() ([]Override, error) {
	var line string
	err := l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		line = capi.Dy_go_overrides(h, ce.e)
		return ce.err(ce.e.GetCode())
	})
	if err != nil {
		return nil, err
	}
	var out []Override
	if err := json.Unmarshal([]byte(line), &out); err != nil {
		return nil, &Error{Code: ErrInternal, Message: "the override listing is not JSON"}
	}
	return out, nil
}

// EffectiveLimit says what would decide tenant's requests for plan's limit
// now, without deciding (dayone_limiter_effective_limit). ErrNotFound for
// an unknown plan or limit.
func (l *Limiter) EffectiveLimit(tenant, plan, limit string) (EffectiveLimit, error) {
	if !noNUL(tenant, plan, limit) {
		return EffectiveLimit{}, &Error{Code: ErrInvalid, Message: "names must not contain NUL"}
	}
	var line string
	err := l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		line = capi.Dy_go_effective_limit(h, tenant, plan, limit, ce.e)
		return ce.err(ce.e.GetCode())
	})
	var e EffectiveLimit
	if err != nil {
		return e, err
	}
	if err := json.Unmarshal([]byte(line), &e); err != nil {
		return e, &Error{Code: ErrInternal, Message: "the effective limit is not JSON"}
	}
	return e, nil
}

// What a LimitReset resets (dayone/limit_reset.h).
const (
	ResetBoth  = 0 // the rate state and the quota count
	ResetRate  = 1 // the rate state only
	ResetQuota = 2 // the quota count of the current period only
)

// LimitReset resets (credit 0) or credits credit units of the budget of
// req.Tenant for plan's limit - what: ResetBoth, ResetRate, ResetQuota - as
// the staff action req (its Action must be "limit_reset"): only when the
// policy's support: section allows it (dayone_limiter_limit_reset). nowNs
// is the limiter's clock for the rate state (0: read it). It returns the
// access decision and its audit event, allowed or not; an error means no
// decision, no event and no change. The quota count reset is the current
// period's by the limiter's wall clock; a quota counted per anchored
// period needs LimitResetPeriod.
func (l *Limiter) LimitReset(req AccessRequest, plan, limit string, credit int64, what int,
	nowNs int64) (AccessDecision, error) {
	return l.LimitResetPeriod(req, plan, limit, credit, what, nowNs, 0, 0)
}

// LimitResetPeriod is LimitReset for the quota period that holds wall
// (Unix ns; 0: the limiter's wall clock) and, for a quota counted per
// anchored period, the tenant's anchor periodAnchor (Unix s), as a
// Request's PeriodAnchor and Wall place a decision. Resetting an anchored
// quota without an anchor is ErrInvalid and changes nothing.
func (l *Limiter) LimitResetPeriod(req AccessRequest, plan, limit string, credit int64, what int,
	nowNs, periodAnchor, wall int64) (AccessDecision, error) {
	if req.Duration != 0 {
		return AccessDecision{}, &Error{Code: ErrInvalid, Message: "limit_reset takes no duration"}
	}
	var now int64
	if !req.Now.IsZero() {
		now = req.Now.Unix()
	}
	var line string
	err := l.withHandle(func(h capi.Dayone_limiter, ce cError) error {
		line = capi.Dy_go_limit_reset(h, req.Actor, req.Role, req.Tenant, req.Action, req.Reason,
			req.Ticket, now, plan, limit, credit, int64(what), nowNs, periodAnchor, wall, ce.e)
		return ce.err(ce.e.GetCode())
	})
	if err != nil {
		return AccessDecision{}, err
	}
	var ev struct {
		Code     string `json:"code"`
		Decision string `json:"decision"`
		Why      string `json:"why"`
	}
	if err := json.Unmarshal([]byte(line), &ev); err != nil {
		return AccessDecision{}, &Error{Code: ErrInternal, Message: "the audit event is not JSON"}
	}
	return AccessDecision{Allowed: ev.Decision == "allow", Code: ev.Code, Why: ev.Why,
		Event: line}, nil
}
