package main

// Start-up: where plans come from (-plans, -plans-file, -default-plan,
// -trust-client-plan-headers) and the enforcement the library lets the
// sidecar run with in launch mode.

import (
	"bytes"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type started struct {
	code   int
	stderr string
	served bool // it got as far as serving
}

// startSidecar runs the command line with getenv for the SIDECAR_* flag
// variables (the process environment is what Enforce and the limiter see).
func startSidecar(t *testing.T, env map[string]string, args ...string) started {
	return serveSidecar(t, env, nil, args...)
}

// serveSidecar is startSidecar calling during with a server of the handler
// while run serves (after serve returns, run closes the limiter).
func serveSidecar(t *testing.T, env map[string]string, during func(*httptest.Server), args ...string) started {
	t.Helper()
	var stderr bytes.Buffer
	var s started
	s.code = run(args, func(k string) string { return env[k] }, &stderr,
		func(p, _ endpoint) error {
			s.served = true
			if during != nil {
				srv := httptest.NewServer(p.Handler)
				defer srv.Close()
				during(srv)
			}
			return nil
		})
	s.stderr = stderr.String()
	return s
}

// launchReadyEnv sets a process environment the default policy passes in
// launch mode (or, launch false, as staging).
func launchReadyEnv(t *testing.T, launch bool) {
	env := map[string]string{
		"ENVIRONMENT": "production", "LAUNCH_MODE": "true",
		"SECURITY_HEADERS_ENABLED": "true", "DEMO_SEED_ENABLED": "false", "DEMO_DATA_ENABLED": "false",
		"BILLING_ENFORCEMENT": "strict", "BILLING_ENABLED": "false",
		"ZERO_TRUST_ENABLED": "false", "SSO_ENABLED": "false",
		"SECRET_KEY":                 "k9Qv2Lx7Rt4Zp8Nw1Ys6Hb3Jm5Fd0Gc_Ae",
		"DATABASE_URL":               "postgres://app@db.internal:5432/app",
		"INTEGRATION_ENCRYPTION_KEY": "BwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSY=",
	}
	if !launch {
		env["ENVIRONMENT"], env["LAUNCH_MODE"] = "staging", "false"
	}
	for k, v := range env {
		t.Setenv(k, v)
	}
}

func TestLaunchModeRefusesWeakerEnforcement(t *testing.T) {
	launchReadyEnv(t, true)
	base := []string{"-upstream", "http://127.0.0.1:1", "-features", "", "-default-plan", "free"}
	// The environment is launch-ready: strict starts, so a refusal below is
	// about the enforcement alone.
	if s := startSidecar(t, nil, append(base, "-enforcement", "strict")...); s.code != 0 || !s.served {
		t.Fatalf("launch mode, strict: exit %d\n%s", s.code, s.stderr)
	}
	for _, c := range []struct {
		name string
		env  map[string]string
		args []string
		mode string
	}{
		{"-enforcement off", nil, []string{"-enforcement", "off"}, "off"},
		{"-enforcement soft", nil, []string{"-enforcement", "soft"}, "soft"},
		{"SIDECAR_ENFORCEMENT=off", map[string]string{"SIDECAR_ENFORCEMENT": "off"}, nil, "off"},
	} {
		s := startSidecar(t, c.env, append(base, c.args...)...)
		if s.code != 2 || s.served {
			t.Errorf("launch mode, %s: exit %d, served %v (want exit 2 before listening)\n%s",
				c.name, s.code, s.served, s.stderr)
			continue
		}
		// The library's message names both sides of the conflict.
		msg := strings.ToLower(s.stderr)
		if !strings.Contains(msg, "launch") || !strings.Contains(msg, c.mode) || strings.Contains(msg, "listening") {
			t.Errorf("launch mode, %s: the message does not name the conflict:\n%s", c.name, s.stderr)
		}
	}
}

func TestWeakerEnforcementOutsideLaunchMode(t *testing.T) {
	launchReadyEnv(t, false)
	for _, mode := range []string{"soft", "off"} {
		s := startSidecar(t, nil, "-upstream", "http://127.0.0.1:1", "-features", "", "-default-plan", "free",
			"-enforcement", mode)
		if s.code != 0 || !s.served || !strings.Contains(s.stderr, "enforcement "+mode) {
			t.Errorf("staging, %s: exit %d\n%s", mode, s.code, s.stderr)
		}
	}
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestPlanFlags(t *testing.T) {
	t.Setenv("SIDECAR_ADMIN_TOKEN", "sidecar-test-Zq8Lw3Nv6Rt1Yx5Bc9Hm2Kp7Df4Gs0Aj")
	up := newUpstream(t)
	plansFile := writeFile(t, "plans.txt", "# who pays for what\nacme = business\nglobex = pro\n")
	base := []string{"-upstream", up.URL, "-policy", "policy.yaml",
		"-features", "/api/v1/exports=exports,/api/v1/audit-log=audit_log"}

	// Default: the file and -plans decide; the client's headers do not.
	s := serveSidecar(t, map[string]string{"SIDECAR_PLANS": "initech=free"}, func(srv *httptest.Server) {
		checkFlagPlans(t, srv)
	}, append(base, "-plans-file", plansFile)...)
	if s.code != 0 || !s.served {
		t.Fatalf("exit %d\n%s", s.code, s.stderr)
	}
	if !strings.Contains(s.stderr, "3 configured tenants") || !strings.Contains(s.stderr, "unknown tenants are refused") ||
		!strings.Contains(s.stderr, "headers ignored") {
		t.Errorf("the start-up line does not say where plans come from:\n%s", s.stderr)
	}

	// Opted in: the header counts after the file, and is still stripped.
	s = serveSidecar(t, nil, func(srv *httptest.Server) {
		if resp, b := do(t, srv, "GET", "/api/v1/audit-log", map[string]string{"X-Tenant-ID": "gw", "X-Plan": "business"}); resp.StatusCode != 200 {
			t.Errorf("trusted X-Plan business: %d %s", resp.StatusCode, b)
		}
		if resp, _ := do(t, srv, "GET", "/api/v1/audit-log", map[string]string{"X-Tenant-ID": "globex", "X-Plan": "business"}); resp.StatusCode != 403 {
			t.Errorf("the file comes before a trusted X-Plan: %d", resp.StatusCode)
		}
	}, append(base, "-plans-file", plansFile, "-trust-client-plan-headers")...)
	if s.code != 0 || !s.served || !strings.Contains(s.stderr, "X-Plan header (trusted)") {
		t.Fatalf("trusted: exit %d\n%s", s.code, s.stderr)
	}
	if up.hits.Load() != 2 || up.planHeaders.Load() != 0 {
		t.Errorf("upstream: %d requests (want 2), %d with plan headers", up.hits.Load(), up.planHeaders.Load())
	}
	planFlagErrors(t, base, plansFile)
}

// checkFlagPlans: acme and globex from the file, initech from -plans.
func checkFlagPlans(t *testing.T, srv *httptest.Server) {
	for _, c := range []struct {
		tenant, plan, path string
		status             int
	}{
		{"acme", "free", "/api/v1/audit-log", 200},       // business, from the file
		{"globex", "business", "/api/v1/audit-log", 403}, // pro, from the file
		{"initech", "pro", "/api/v1/exports", 403},       // free, from SIDECAR_PLANS
		{"gw", "business", "/api/v1/exports", 403},       // nobody's: plan_unknown
	} {
		resp, b := do(t, srv, "GET", c.path, map[string]string{"X-Tenant-ID": c.tenant, "X-Plan": c.plan})
		if resp.StatusCode != c.status {
			t.Errorf("%s (X-Plan %s) on %s: %d %s", c.tenant, c.plan, c.path, resp.StatusCode, b)
		}
	}
}

// planFlagErrors: configuration errors exit 2 before listening, naming the
// place.
func planFlagErrors(t *testing.T, base []string, plansFile string) {
	badFile := writeFile(t, "bad.txt", "acme = business\nglobex = gold\n")
	for _, c := range []struct {
		env  map[string]string
		args []string
		want string
	}{
		{nil, []string{"-plans-file", badFile}, badFile + `:2:10: plan "gold" is not in the policy (it has: free, pro, business)`},
		{nil, []string{"-plans-file", filepath.Join(t.TempDir(), "missing.txt")}, "-plans-file: open "},
		{nil, []string{"-plans", "acme=platinum"}, `-plans: acme=platinum: plan "platinum" is not in the policy`},
		{nil, []string{"-plans", "a=free,a=pro"}, `tenant "a" is named twice`},
		{nil, []string{"-plans-file", plansFile, "-plans", "acme=pro"}, `tenant "acme" is named twice`},
		{map[string]string{"SIDECAR_DEFAULT_PLAN": "enterprise"}, nil, `-default-plan: plan "enterprise" is not in the policy`},
		{nil, []string{"-trust-client-plan-headers=maybe"}, "invalid boolean value"},
	} {
		s := startSidecar(t, c.env, append(append([]string{}, base...), c.args...)...)
		if s.code != 2 || s.served || !strings.Contains(s.stderr, c.want) {
			t.Errorf("%v %v: exit %d, want 2 and %q in:\n%s", c.env, c.args, s.code, c.want, s.stderr)
		}
	}
}
