package dayone

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// CheckProcessEnv without env files reads only the variables the policy
// can read (dayone_check_process); with an env file it takes a snapshot of
// the whole environment first. An empty env file adds nothing, so the two
// must render the same report, whatever the process environment holds.

const processPolicyYAML = `version: 1
secrets:
  - key: DY_GO_PROC_SECRET
    min_length: 8
  - key: DY_GO_PROC_TOKEN
    required: false
    min_length: 4
`

func processReports(t *testing.T, p *Policy, opts ...CheckOption) (lean, whole *Report) {
	t.Helper()
	empty := filepath.Join(t.TempDir(), "empty.env")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	lean, err := CheckProcessEnv(p, opts...)
	if err != nil {
		t.Fatalf("CheckProcessEnv: %v", err)
	}
	t.Cleanup(func() { lean.Close() })
	whole, err = CheckProcessEnv(p, append(opts, WithEnvFile(empty))...)
	if err != nil {
		t.Fatalf("CheckProcessEnv with an empty env file: %v", err)
	}
	t.Cleanup(func() { whole.Close() })
	a, err := lean.JSON()
	if err != nil {
		t.Fatal(err)
	}
	b, err := whole.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatalf("CheckProcessEnv differs from the whole snapshot's check:\n%s\nvs\n%s", a, b)
	}
	return lean, whole
}

func rules(r *Report) string {
	var s []string
	for _, f := range r.Findings {
		s = append(s, f.Rule+"/"+f.Key+"/"+f.Source)
	}
	return strings.Join(s, " ")
}

func TestCheckProcessEnvAnswersAsTheWholeSnapshot(t *testing.T) {
	p := mustPolicy(t, processPolicyYAML)
	secretFile := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(secretFile, []byte("Zr9LwQ7xPk3m\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// Names no policy can read, beside the ones this policy reads.
	t.Setenv("DY-GO-PROC-DASHED", "PLANTED_VALUE_1234")
	t.Setenv("DY_GO_PROC_UNREAD", "PLANTED_VALUE_1234")
	t.Setenv("DY_GO_PROC_OTHER_FILE", "/nonexistent/secret")

	cases := []struct {
		name, secret, secretFile, token string
		want                            string
	}{
		{"unset", "", "", "", "secret-required/DY_GO_PROC_SECRET/"},
		{"ready", "Zr9LwQ7xPk3m", "", "", ""},
		{"short", "sh0rt", "", "", "secret-min-length/DY_GO_PROC_SECRET/process"},
		{"from NAME_FILE", "", secretFile, "", ""},
		{"both set", "Zr9LwQ7xPk3m", secretFile, "", "secret-file/DY_GO_PROC_SECRET/process"},
		{"odd bytes", "\x01\x7f\xff\t \u00e9\u00e9\u00e9 $x", "", "", ""},
		{"odd bytes, short", "\xff\xfe\x01", "", "", "secret-min-length/DY_GO_PROC_SECRET/process"},
		{"optional short", "Zr9LwQ7xPk3m", "", "ab", "secret-min-length/DY_GO_PROC_TOKEN/process"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for name, v := range map[string]string{"DY_GO_PROC_SECRET": c.secret,
				"DY_GO_PROC_SECRET_FILE": c.secretFile, "DY_GO_PROC_TOKEN": c.token} {
				if v == "" {
					t.Setenv(name, "") // restored after the case
					os.Unsetenv(name)
				} else {
					t.Setenv(name, v)
				}
			}
			lean, _ := processReports(t, p)
			if got := rules(lean); got != c.want {
				t.Errorf("findings %q, want %q", got, c.want)
			}
			j, _ := lean.JSON()
			if bytes.Contains(j, []byte("PLANTED_VALUE")) || (c.secret != "" &&
				len(c.secret) > 3 && bytes.Contains(j, []byte(c.secret))) {
				t.Errorf("a value reached the report: %s", j)
			}
			// Enforce answers from the same check.
			err := Enforce(p)
			var ve *ViolationError
			if c.want != "" && !strings.HasPrefix(c.want, "secret-min-length/DY_GO_PROC_TOKEN") {
				if !errors.As(err, &ve) {
					t.Fatalf("Enforce: want *ViolationError, got %v", err)
				}
				ve.Report.Close()
			} else if c.want == "" && err != nil {
				t.Errorf("Enforce on a ready environment: %v", err)
			}
		})
	}
}

// The options reach the lean path: presence only, and an example whose
// value counts as a placeholder.
func TestCheckProcessEnvOptions(t *testing.T) {
	p := mustPolicy(t, processPolicyYAML)
	t.Setenv("DY_GO_PROC_SECRET", "sh0rt")
	lean, _ := processReports(t, p, PresenceOnly())
	if !lean.OK() || len(lean.Findings) != 0 {
		t.Errorf("presence only: %s", rules(lean))
	}
	t.Setenv("DY_GO_PROC_SECRET", "example-value-long")
	lean, _ = processReports(t, p, WithExample(map[string]string{"DY_GO_PROC_SECRET": "example-value-long"}))
	if lean.OK() {
		t.Errorf("the example's value passed: %s", rules(lean))
	}
}
