package dayone

import (
	"runtime"
	"sync"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// Severity of a finding.
type Severity int

const (
	SeverityError   Severity = 0 // fails the check (DAYONE_SEVERITY_ERROR)
	SeverityWarning Severity = 1 // reported, does not fail (DAYONE_SEVERITY_WARNING)
	SeverityWaived  Severity = 2 // an error covered by an unexpired waiver (DAYONE_SEVERITY_WAIVED)
)

// String returns "error", "warning" or "waived".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	case SeverityWaived:
		return "waived"
	}
	return "unknown"
}

// Finding is one problem found by a check. No field ever holds the value
// of an environment variable: at most its name and its length.
type Finding struct {
	Rule     string   // rule id, e.g. "secret-required"
	Key      string   // the variable concerned
	Severity Severity // error, warning or waived
	Message  string   // what is wrong
	Hint     string   // how to fix it
	Because  string   // why the rule applied, e.g. "BILLING_ENABLED=true"; "" if unconditional
	Source   string   // where the value came from: "process", "file", "api", "secret-file", "report" (a post-incident report finding), "" if unset
	Path     string   // the .env or NAME_FILE path when the value came from a file; the policy's path for a lint finding; the report's path for a report finding
	Line     int      // line in Path, 0 if none
	Waiver   string   // reason of the waiver applied (or expired), "" if none
	Column   int      // column in Path (lint and report findings), 0 if none
}

// Format is a rendering of a report.
type Format int

const (
	FormatText  Format = 0 // for people (DAYONE_FORMAT_TEXT)
	FormatJSON  Format = 1 // {"ok":bool,"findings":[...]} (DAYONE_FORMAT_JSON)
	FormatSARIF Format = 2 // SARIF 2.1.0 (DAYONE_FORMAT_SARIF)
	FormatJUnit Format = 3 // JUnit XML (DAYONE_FORMAT_JUNIT)
)

// Report is the result of a check: every finding, in policy order. The
// findings are plain Go values, readable after Close; the renderings need
// the C report, so Close the report when done with them (a finalizer is
// only a safety net). Safe for concurrent use.
type Report struct {
	// Findings holds every finding, all severities.
	Findings []Finding
	// Policy is the name of the policy checked against.
	Policy string

	ok bool
	mu sync.RWMutex
	// h is the C report, 0 once closed: the concrete SWIG type, a plain
	// address, so that storing it allocates nothing (an interface would
	// box it).
	h capi.SwigcptrDayone_report
}

func newReport(h capi.Dayone_report) *Report {
	return newReportOf(capi.SwigcptrDayone_report(h.Swigcptr()), capi.Dayone_report_ok(h) != 0,
		capi.Dayone_report_count(h), capi.Dayone_report_policy_name(h))
}

// newReportOf is newReport when the caller already has the report's
// verdict, its number of findings n and the name of its policy.
func newReportOf(h capi.SwigcptrDayone_report, ok bool, n int64, policy string) *Report {
	r := &Report{h: h, ok: ok, Policy: policy}
	r.Findings = make([]Finding, 0, n)
	if n > 0 {
		r.readFindings(h, n)
	}
	runtime.SetFinalizer(r, (*Report).Close)
	return r
}

// readFindings copies the report's n findings into r.Findings (one
// crossing, capi.ReportFindings).
func (r *Report) readFindings(h capi.SwigcptrDayone_report, n int64) {
	capi.ReportFindings(uintptr(h), int(n), func(f capi.FindingFields) {
		r.Findings = append(r.Findings, Finding{
			Rule:     f.Rule,
			Key:      f.Key,
			Severity: Severity(f.Severity),
			Message:  f.Message,
			Hint:     f.Hint,
			Because:  f.Because,
			Source:   f.Source,
			Path:     f.Path,
			Line:     f.Line,
			Waiver:   f.Waiver,
			Column:   f.Column,
		})
	})
}

// OK reports whether the check passed: no error findings (warnings and
// waived findings allowed).
func (r *Report) OK() bool { return r.ok }

// Count returns the number of findings of one severity.
func (r *Report) Count(s Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity == s {
			n++
		}
	}
	return n
}

// Render renders the report in a format. color adds ANSI colours to the
// text format.
func (r *Report) Render(f Format, color bool) ([]byte, error) {
	s, err := r.render(f, color)
	return []byte(s), err
}

// Text renders the report for people (grouped, aligned, no colours).
func (r *Report) Text() (string, error) { return r.render(FormatText, false) }

// JSON renders the report as JSON: {"ok":bool,"findings":[...]}.
func (r *Report) JSON() ([]byte, error) { return r.Render(FormatJSON, false) }

// SARIF renders the report as SARIF 2.1.0 (code scanning).
func (r *Report) SARIF() ([]byte, error) { return r.Render(FormatSARIF, false) }

// JUnit renders the report as JUnit XML, one test case per rule and key.
func (r *Report) JUnit() ([]byte, error) { return r.Render(FormatJUnit, false) }

func (r *Report) render(f Format, color bool) (string, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.h == 0 {
		return "", ErrClosed
	}
	var flags uint
	if color {
		flags |= capi.DAYONE_RENDER_COLOR
	}
	ce := newCError()
	defer ce.free()
	out := capi.Dy_go_report_render(r.h, int(f), flags, ce.e)
	runtime.KeepAlive(r)
	if rc := ce.e.GetCode(); rc != 0 {
		return "", ce.err(rc)
	}
	return out, nil
}

// Close releases the C report. Idempotent; the findings stay readable.
func (r *Report) Close() error {
	if r == nil {
		return nil
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.h != 0 {
		capi.ReportFree(uintptr(r.h))
		r.h = 0
		runtime.SetFinalizer(r, nil)
	}
	return nil
}
