package dayone

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// swigFindings reads a report's findings field by field through SWIG's
// accessors, the reference capi.ReportFindings must agree with.
func swigFindings(h capi.Dayone_report) []Finding {
	var out []Finding
	for i := int64(0); i < capi.Dayone_report_count(h); i++ {
		f := capi.Dayone_report_get(h, i)
		out = append(out, Finding{Rule: f.GetRule(), Key: f.GetKey(),
			Severity: Severity(f.GetSeverity()), Message: f.GetMessage(), Hint: f.GetHint(),
			Because: f.GetBecause(), Source: f.GetSource(), Path: f.GetSource_path(),
			Line: int(f.GetSource_line()), Waiver: f.GetWaiver(), Column: int(f.GetSource_column())})
	}
	return out
}

// A report's findings arrive whole in one crossing: every field as SWIG's
// accessors read it, strings longer than the first guess of their room
// included, and no more findings than the report holds.
func TestReportFindingsOneCrossing(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	// A finding's path longer than the first guess of a finding's room.
	dir := t.TempDir()
	for i := 0; i < 5; i++ {
		dir = filepath.Join(dir, strings.Repeat("d", 200))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	envFile := filepath.Join(dir, "service.env")
	if err := os.WriteFile(envFile, []byte("DAYONE_GO_TEST_READY=no\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	lint := mustPolicy(t, `version: 1
plans:
  - name: free
    limits: {api: {rps: 10, burst: 20}}
  - name: pro
    limits: {api: {rps: 5, burst: 20}}
`)
	cases := []struct {
		name   string
		report func() (*Report, error)
		min    int
	}{
		{"long path", func() (*Report, error) {
			return Check(p, map[string]string{"DAYONE_GO_TEST_LAUNCH": "true"}, WithEnvFile(envFile))
		}, 2},
		{"default policy", func() (*Report, error) {
			return Check(nil, map[string]string{"ENVIRONMENT": "production", "LAUNCH_MODE": "true"})
		}, 3},
		{"lint, with lines and columns", lint.Lint, 1},
	}
	for _, c := range cases {
		r, err := c.report()
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		want := swigFindings(r.h)
		if c.name == "long path" && (len(want) == 0 || want[0].Path != envFile) {
			t.Fatalf("%s: the first finding does not cite the file: %+v", c.name, want)
		}
		if len(want) < c.min || len(r.Findings) != len(want) {
			t.Fatalf("%s: %d findings, SWIG reads %d (want at least %d)", c.name,
				len(r.Findings), len(want), c.min)
		}
		for i := range want {
			if r.Findings[i] != want[i] {
				t.Errorf("%s: finding %d\n got %+v\nwant %+v", c.name, i, r.Findings[i], want[i])
			}
		}
		if got := capi.ReportFindings(uintptr(r.h), len(want)+5, func(capi.FindingFields) {}); got != len(want) {
			t.Errorf("%s: asked for more, got %d findings of %d", c.name, got, len(want))
		}
		r.Close()
	}
}
