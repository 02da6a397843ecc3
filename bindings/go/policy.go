package dayone

import (
	"runtime"
	"strings"
	"sync"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Policy is a loaded, compiled policy (launch posture, required secrets,
// plans with their limits, quotas and features). It is immutable and safe
// for concurrent use. It owns C memory: Close it when done (a finalizer is
// only a safety net). A Limiter keeps its own reference, so a Policy may be
// closed right after NewLimiter.
type Policy struct {
	mu    sync.RWMutex
	h     capi.Dayone_policy // nil once closed
	name  string
	plans []string
}

// DefaultPolicy returns the policy compiled into the library (it encodes
// the launch playbook; see DefaultPolicySource).
func DefaultPolicy() (*Policy, error) {
	ce := newCError()
	defer ce.free()
	h := capi.Dy_go_policy_load_default(ce.e)
	if h.Swigcptr() == 0 {
		return nil, ce.failed()
	}
	return newPolicy(h), nil
}

// DefaultPolicySource returns the YAML text of the embedded default policy.
func DefaultPolicySource() string { return capi.Dayone_policy_default_source() }

// LoadPolicy loads a policy file. A malformed file is a *PolicyError naming
// path:line:column; an unreadable one wraps ErrIO.
func LoadPolicy(path string) (*Policy, error) {
	if strings.IndexByte(path, 0) >= 0 {
		return nil, &Error{Code: ErrInvalid, Message: "path contains a NUL byte"}
	}
	ce := newCError()
	defer ce.free()
	h := capi.Dy_go_policy_load_file(path, ce.e)
	if h.Swigcptr() == 0 {
		return nil, ce.failed()
	}
	return newPolicy(h), nil
}

// ParsePolicy loads a policy from YAML in memory; errors name "<string>".
func ParsePolicy(data []byte) (*Policy, error) { return ParsePolicyNamed(data, "") }

// ParsePolicyNamed is ParsePolicy with the name used in place of a path in
// error messages and in Policy.Name ("" means "<string>").
func ParsePolicyNamed(data []byte, name string) (*Policy, error) {
	ce := newCError()
	defer ce.free()
	h := capi.Dy_go_policy_load_string(data, name, ce.e)
	if h.Swigcptr() == 0 {
		return nil, ce.failed()
	}
	return newPolicy(h), nil
}

func newPolicy(h capi.Dayone_policy) *Policy {
	p := &Policy{h: h, name: capi.Dayone_policy_name(h)}
	n := capi.Dayone_policy_plan_count(h)
	p.plans = make([]string, 0, n)
	for i := int64(0); i < n; i++ {
		p.plans = append(p.plans, capi.Dayone_policy_plan_name(h, i))
	}
	runtime.SetFinalizer(p, (*Policy).Close)
	return p
}

// Name is the name the policy was loaded under: its path, "<default>" or
// the name given to ParsePolicyNamed. It stays readable after Close.
func (p *Policy) Name() string { return p.name }

// Plans returns the plan names, cheapest first. It stays readable after
// Close.
func (p *Policy) Plans() []string { return append([]string(nil), p.plans...) }

// Lint runs the plan-ladder lint (docs/policy.md, "Plan-ladder lint"): a
// Report of warnings (rule "plan-ladder"), each with the Path, Line and
// Column of the later plan's offending entry. No findings: it lints clean.
func (p *Policy) Lint() (*Report, error) {
	ce := newCError()
	defer ce.free()
	var rep *Report
	err := p.use(func(h capi.Dayone_policy) error {
		if h.Swigcptr() == 0 {
			return &Error{Code: ErrInvalid, Message: "Lint: nil policy"}
		}
		r := capi.Dy_go_policy_lint(h, ce.e)
		if r.Swigcptr() == 0 {
			return ce.failed()
		}
		rep = newReport(r)
		return nil
	})
	return rep, err
}

// Enforcement resolves the policy's billing enforcement under env: the
// value of its billing variable (BILLING_ENFORCEMENT in the default policy)
// when set and valid, else the policy's default. Pass it to
// LimiterOptions.Enforcement to honour the variable of a given environment.
func (p *Policy) Enforcement(env map[string]string) (Enforcement, error) {
	e, err := newEnv()
	if err != nil {
		return 0, err
	}
	defer e.free()
	ce := newCError()
	defer ce.free()
	if err := e.set(env, ce); err != nil {
		return 0, err
	}
	var mode Enforcement
	err = p.use(func(h capi.Dayone_policy) error {
		if h.Swigcptr() == 0 {
			return &Error{Code: ErrInvalid, Message: "no policy"}
		}
		mode = Enforcement(capi.Dayone_policy_enforcement(h, e.h))
		return nil
	})
	return mode, err
}

// Close releases the policy. It is idempotent and safe to call while other
// goroutines use the policy (it waits for them).
func (p *Policy) Close() error {
	if p == nil {
		return nil
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.h != nil {
		capi.Dayone_policy_free(p.h)
		p.h = nil
		runtime.SetFinalizer(p, nil)
	}
	return nil
}

// reportName is the policy name of report h, a check under p: p's own
// name, read without a crossing, or for a nil *Policy (the embedded
// default) the report's.
func (p *Policy) reportName(h capi.SwigcptrDayone_report) string {
	if p == nil {
		return capi.Dayone_report_policy_name(h)
	}
	return p.name
}

// use runs fn with the C handle (NULL for a nil *Policy, which C reads as
// the embedded default policy) while holding the policy open.
func (p *Policy) use(fn func(capi.Dayone_policy) error) error {
	if p == nil {
		return fn(capi.SwigcptrDayone_policy(0))
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.h == nil {
		return ErrClosed
	}
	err := fn(p.h)
	runtime.KeepAlive(p)
	return err
}
