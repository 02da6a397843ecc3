package dayone

import (
	"encoding/json"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Component states, in increasing severity (docs/status.md). StateUnknown
// means a fact the component needs is missing or malformed: never a state a
// page publishes, never operational.
const (
	StateOperational         = "operational"
	StateUnderMaintenance    = "under_maintenance"
	StateDegradedPerformance = "degraded_performance"
	StatePartialOutage       = "partial_outage"
	StateMajorOutage         = "major_outage"
	StateUnknown             = "unknown"
)

// StatusReason is one check that moved a component: the rule id
// (status-health, status-burn-rate, ...), the policy's check, the fact and
// its place in the facts document, and the state the check asks for.
type StatusReason struct {
	Rule    string `json:"rule"`
	Check   string `json:"check"`
	Fact    string `json:"fact"`
	Status  string `json:"status"`
	Message string `json:"message"`
	Path    string `json:"path"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
}

// Component is one component of the status page: its state, its page
// indicator ("none", "minor", "major", "critical" or "unknown"), the
// published state ("" when none was read) and the reasons, in policy order.
type Component struct {
	Name      string
	Status    string
	Indicator string
	Published string
	Reasons   []StatusReason
}

// StatusResult is the status of every component. OK is false on
// status-drift, a missing or malformed fact, or facts older than the
// policy's max_age (status-stale) (the CLI's exit 1); Findings
// are the findings a report has; JSON is the C library's document.
type StatusResult struct {
	OK         bool
	Indicator  string
	Components []Component
	Findings   []Finding
	JSON       string
}

// Status evaluates the status of every component of policy's status:
// section (nil: the default policy) from the facts given with WithFacts and
// WithFactsFile (none: every component is unknown), at the instant given
// with WithNow (default: the clock): when the policy names observed_at and
// max_age, facts older than max_age make every component unknown. Other
// check options are refused (ErrInvalid). A policy without a status:
// section is ErrInvalid; a malformed facts document is an *EnvFileError. A
// missing fact, drift or stale facts are findings, not errors. Safe for
// concurrent use.
func Status(policy *Policy, opts ...CheckOption) (*StatusResult, error) {
	cfg := configure(opts)
	if len(cfg.profiles) > 0 || len(cfg.envFiles) > 0 || cfg.flags != 0 ||
		cfg.example != nil || cfg.today != 0 {
		return nil, &Error{Code: ErrInvalid,
			Message: "Status takes WithFacts, WithFactsFile and WithNow only"}
	}
	nowNS, err := cfg.nowNS()
	if err != nil {
		return nil, err
	}
	ce := newCError()
	defer ce.free()
	f, err := newFacts(cfg.facts, ce)
	if err != nil {
		return nil, err
	}
	defer f.free()
	var text string
	err = policy.use(func(p capi.Dayone_policy) error {
		text = capi.Dy_go_status(p, f.handle(), nowNS, ce.e)
		if rc := ce.e.GetCode(); rc != 0 {
			return ce.err(rc)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var doc struct {
		OK         bool   `json:"ok"`
		Indicator  string `json:"indicator"`
		Components []struct {
			Name      string         `json:"name"`
			Status    string         `json:"status"`
			Indicator string         `json:"indicator"`
			Published *string        `json:"published"`
			Reasons   []StatusReason `json:"reasons"`
		} `json:"components"`
		Report struct {
			Findings []struct {
				Rule     string `json:"rule"`
				Key      string `json:"key"`
				Severity string `json:"severity"`
				Message  string `json:"message"`
				Hint     string `json:"hint"`
				Because  string `json:"because"`
				Source   string `json:"source"`
				Path     string `json:"path"`
				Line     int    `json:"line"`
				Waiver   string `json:"waiver"`
			} `json:"findings"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(text), &doc); err != nil {
		return nil, &Error{Code: ErrInternal, Message: "the status document is not JSON"}
	}
	r := &StatusResult{OK: doc.OK, Indicator: doc.Indicator, JSON: text}
	for _, c := range doc.Components {
		comp := Component{Name: c.Name, Status: c.Status, Indicator: c.Indicator,
			Reasons: c.Reasons}
		if c.Published != nil {
			comp.Published = *c.Published
		}
		r.Components = append(r.Components, comp)
	}
	for _, x := range doc.Report.Findings {
		sev := SeverityError
		switch x.Severity {
		case "warning":
			sev = SeverityWarning
		case "waived":
			sev = SeverityWaived
		}
		r.Findings = append(r.Findings, Finding{Rule: x.Rule, Key: x.Key, Severity: sev,
			Message: x.Message, Hint: x.Hint, Because: x.Because, Source: x.Source,
			Path: x.Path, Line: x.Line, Waiver: x.Waiver})
	}
	return r, nil
}
