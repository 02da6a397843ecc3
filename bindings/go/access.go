package dayone

import (
	"encoding/json"
	"sync"
	"time"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// AccessRequest is one staff action on a tenant: view_as, admin or
// limit_reset (see include/dayone/access.h). An empty Reason or Ticket is
// "not given"; Duration 0 asks for the role's maximum (limit_reset takes
// none); a zero Now means the system clock.
type AccessRequest struct {
	Actor    string
	Role     string
	Tenant   string
	Action   string
	Reason   string
	Ticket   string
	Duration time.Duration // whole seconds
	Now      time.Time
}

// AccessDecision is a staff action's decision and the audit event to log.
// Code names the step that decided ("ok", "reason_missing", ...), Why says
// it in words, Duration is the grant (0 when denied or for limit_reset) and
// Event is the JSON line (no trailing newline).
type AccessDecision struct {
	Allowed  bool
	Code     string
	Why      string
	Duration time.Duration
	Event    string
}

var (
	accessDefaultOnce sync.Once
	accessDefault     *Policy
	accessDefaultErr  error
)

// AccessDecide decides a staff action under policy's support: section
// (nil: the default policy) and returns its audit event. A denial is a
// decision; an error (wrapping ErrInvalid for an unknown action, a missing
// actor, a sub-second or negative duration, ...) means no decision and no
// event. Safe for concurrent use.
func AccessDecide(policy *Policy, req AccessRequest) (AccessDecision, error) {
	if policy == nil {
		accessDefaultOnce.Do(func() { accessDefault, accessDefaultErr = DefaultPolicy() })
		if accessDefaultErr != nil {
			return AccessDecision{}, accessDefaultErr
		}
		policy = accessDefault
	}
	if req.Duration%time.Second != 0 {
		return AccessDecision{}, &Error{Code: ErrInvalid, Message: "duration must be whole seconds"}
	}
	var now int64
	if !req.Now.IsZero() {
		now = req.Now.Unix()
	}
	ce := newCError()
	defer ce.free()
	var line string
	err := policy.use(func(p capi.Dayone_policy) error {
		line = capi.Dy_go_access_decide(p, req.Actor, req.Role, req.Tenant, req.Action,
			req.Reason, req.Ticket, int64(req.Duration/time.Second), now, ce.e)
		if rc := ce.e.GetCode(); rc != 0 {
			return ce.err(rc)
		}
		return nil
	})
	if err != nil {
		return AccessDecision{}, err
	}
	var ev struct {
		Code     string `json:"code"`
		Decision string `json:"decision"`
		Duration int64  `json:"duration"`
		Why      string `json:"why"`
	}
	if err := json.Unmarshal([]byte(line), &ev); err != nil {
		return AccessDecision{}, &Error{Code: ErrInternal, Message: "the audit event is not JSON"}
	}
	return AccessDecision{Allowed: ev.Decision == "allow", Code: ev.Code, Why: ev.Why,
		Duration: time.Duration(ev.Duration) * time.Second, Event: line}, nil
}
