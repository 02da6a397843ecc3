package dayone

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The Go face of the report linter; the findings themselves are pinned by
// tests/conformance/postmortem (TestConformancePostmortem).
func TestReportTemplateLintsWithPlaceholdersOnly(t *testing.T) {
	p, err := DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	text, err := p.ReportTemplate()
	if err != nil || !strings.Contains(text, "## Root cause") {
		t.Fatalf("template: %q %v", text, err)
	}
	r, err := p.LintReport([]byte(text), "template.md")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.OK() || len(r.Findings) == 0 {
		t.Fatalf("template lints clean: %+v", r.Findings)
	}
	for _, f := range r.Findings {
		if f.Rule != "postmortem-placeholder" || f.Path != "template.md" || f.Line < 1 {
			t.Errorf("unexpected finding %+v", f)
		}
	}
}

func TestLintReportFile(t *testing.T) {
	p, err := DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	path := filepath.Join(t.TempDir(), "pm.md")
	if err := os.WriteFile(path, []byte("# Incident\n\n## Summary\n\nDown.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := p.LintReportFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	found := false
	for _, f := range r.Findings {
		if f.Rule == "postmortem-section-missing" && f.Key == "root-cause" {
			found = f.Path == path && f.Line == 1 && f.Column == 1 && f.Source == "report"
		}
	}
	if !found {
		t.Fatalf("no located root-cause finding: %+v", r.Findings)
	}
	if _, err := p.LintReportFile(filepath.Join(t.TempDir(), "missing.md")); !errors.Is(err, ErrIO) {
		t.Fatalf("missing file: %v", err)
	}
	bare, err := ParsePolicyNamed([]byte("version: 1\n"), "bare")
	if err != nil {
		t.Fatal(err)
	}
	defer bare.Close()
	if _, err := bare.LintReport([]byte("# x\n"), ""); !errors.Is(err, ErrInvalid) {
		t.Fatalf("policy without postmortem: %v", err)
	}
}
