package dayone

import (
	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// LintReport checks a post-incident report (Markdown) against the policy's
// postmortem: section (dayone_postmortem_lint, docs/postmortem.md): every
// required section present, not empty and without placeholders, timeline
// entries timed and in order, every preventative action with an owner.
// path is how findings name the report ("" for "<report>"); each finding's
// Source is "report", Path the report's path, Line and Column its place.
// A policy without a postmortem: section is an *Error with ErrInvalid, a
// report over its max_bytes one with ErrLimit. Close the Report when done.
func (p *Policy) LintReport(text []byte, path string) (*Report, error) {
	ce := newCError()
	defer ce.free()
	var rep *Report
	err := p.use(func(h capi.Dayone_policy) error {
		if h.Swigcptr() == 0 {
			return &Error{Code: ErrInvalid, Message: "LintReport: nil policy"}
		}
		r := capi.Dy_go_postmortem_lint(h, text, path, ce.e)
		if r.Swigcptr() == 0 {
			return ce.failed()
		}
		rep = newReport(r)
		return nil
	})
	return rep, err
}

// LintReportFile is LintReport on the file at path (read up to the
// policy's max_bytes; an unreadable file is an *Error with ErrIO).
func (p *Policy) LintReportFile(path string) (*Report, error) {
	ce := newCError()
	defer ce.free()
	var rep *Report
	err := p.use(func(h capi.Dayone_policy) error {
		if h.Swigcptr() == 0 {
			return &Error{Code: ErrInvalid, Message: "LintReportFile: nil policy"}
		}
		r := capi.Dy_go_postmortem_lint_file(h, path, ce.e)
		if r.Swigcptr() == 0 {
			return ce.failed()
		}
		rep = newReport(r)
		return nil
	})
	return rep, err
}

// ReportTemplate returns a post-incident report skeleton with the policy's
// required sections, each holding the policy's first placeholder
// (dayone_postmortem_template): it lints with placeholder findings only.
func (p *Policy) ReportTemplate() (string, error) {
	ce := newCError()
	defer ce.free()
	var out string
	err := p.use(func(h capi.Dayone_policy) error {
		if h.Swigcptr() == 0 {
			return &Error{Code: ErrInvalid, Message: "ReportTemplate: nil policy"}
		}
		out = capi.Dy_go_postmortem_template(h, ce.e)
		if rc := ce.e.GetCode(); rc != 0 {
			return ce.err(rc)
		}
		return nil
	})
	return out, err
}
