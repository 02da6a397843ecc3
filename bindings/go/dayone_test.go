package dayone

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

func sourcePath(parts ...string) string {
	root := os.Getenv("DAYONE_SOURCE_DIR")
	if root == "" {
		root = filepath.Join("..", "..")
	}
	return filepath.Join(append([]string{root}, parts...)...)
}

func mustPolicy(t testing.TB, yaml string) *Policy {
	t.Helper()
	p, err := ParsePolicyNamed([]byte(yaml), "test.yaml")
	if err != nil {
		t.Fatalf("policy: %v", err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func mustLimiter(t testing.TB, p *Policy, opts *LimiterOptions) *Limiter {
	t.Helper()
	l, err := NewLimiter(p, opts)
	if err != nil {
		t.Fatalf("limiter: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

const t0 = int64(1_000_000_000_000)

// ---------------------------------------------------------------- policy

func TestDefaultPolicy(t *testing.T) {
	p, err := DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if got := strings.Join(p.Plans(), ","); got != "free,pro,business,enterprise" {
		t.Errorf("plans = %s", got)
	}
	if p.Name() != "<default>" {
		t.Errorf("name = %q", p.Name())
	}
	if !strings.Contains(DefaultPolicySource(), "version: 1") {
		t.Error("default source has no version")
	}
}

func TestLoadPolicyFiles(t *testing.T) {
	good, _ := filepath.Glob(sourcePath("tests", "policies", "good", "*.yaml"))
	bad, _ := filepath.Glob(sourcePath("tests", "policies", "bad", "*.yaml"))
	if len(good) == 0 || len(bad) < 5 {
		t.Fatalf("sample policies missing: %d good, %d bad", len(good), len(bad))
	}
	for _, path := range good {
		p, err := LoadPolicy(path)
		if err != nil {
			t.Errorf("%s: %v", path, err)
			continue
		}
		if p.Name() != path {
			t.Errorf("name %q, want %q", p.Name(), path)
		}
		p.Close()
	}
	for _, path := range bad {
		p, err := LoadPolicy(path)
		if err == nil {
			p.Close()
			t.Errorf("%s: loaded", path)
			continue
		}
		if !errors.Is(err, ErrPolicy) && !errors.Is(err, ErrLimit) {
			t.Errorf("%s: %v is neither ErrPolicy nor ErrLimit", path, err)
		}
		var pe *PolicyError
		if errors.As(err, &pe) {
			if pe.Path != path || pe.Line < 1 {
				t.Errorf("%s: PolicyError %+v lacks its place", path, pe)
			}
			if !strings.HasPrefix(err.Error(), "dayone: "+path+":") {
				t.Errorf("%s: error text %q does not start with the path", path, err)
			}
		}
	}
}

func TestPolicyErrorPlace(t *testing.T) {
	_, err := ParsePolicyNamed([]byte("version: 1\nplans:\n  - name: free\n    limits:\n      api: {rpm: 10, burst: 0}\n"), "inline.yaml")
	var pe *PolicyError
	if !errors.As(err, &pe) {
		t.Fatalf("want *PolicyError, got %T %v", err, err)
	}
	if !errors.Is(err, ErrPolicy) || errors.Is(err, ErrNotFound) {
		t.Errorf("errors.Is mapping wrong for %v", err)
	}
	if pe.Path != "inline.yaml" || pe.Line != 5 || pe.Column < 1 || pe.Message == "" {
		t.Errorf("PolicyError = %+v", pe)
	}
	_, err = ParsePolicy([]byte("version: 2\n"))
	if !errors.As(err, &pe) || pe.Path != "<string>" {
		t.Errorf("ParsePolicy error = %v", err)
	}
	if _, err := ParsePolicy(nil); !errors.Is(err, ErrPolicy) {
		t.Errorf("empty policy: %v", err)
	}
}

func TestLoadPolicyErrors(t *testing.T) {
	_, err := LoadPolicy(filepath.Join(t.TempDir(), "missing.yaml"))
	if !errors.Is(err, ErrIO) {
		t.Errorf("missing file: %v", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Code != ErrIO {
		t.Errorf("missing file: want *Error with ErrIO, got %T", err)
	}
	if _, err := LoadPolicy("a\x00b.yaml"); !errors.Is(err, ErrInvalid) {
		t.Errorf("NUL path: %v", err)
	}
}

// ------------------------------------------------------------------ check

func TestCheckDefaultPolicy(t *testing.T) {
	r, err := Check(nil, map[string]string{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.OK() || r.Count(SeverityError) == 0 {
		t.Fatalf("empty environment passed the default policy: %+v", r.Findings)
	}
	var sawSecret bool
	for _, f := range r.Findings {
		if f.Rule == "secret-required" && f.Key != "" && f.Hint != "" && f.Message != "" {
			sawSecret = true
		}
	}
	if !sawSecret {
		t.Error("no secret-required finding with key, message and hint")
	}
	text, err := r.Text()
	if err != nil || !strings.Contains(text, "secret-required") {
		t.Errorf("text rendering: %v %q", err, text)
	}
	js, err := r.JSON()
	if err != nil || !json.Valid(js) {
		t.Fatalf("json rendering invalid: %v", err)
	}
	var doc struct {
		OK       bool              `json:"ok"`
		Findings []json.RawMessage `json:"findings"`
	}
	if err := json.Unmarshal(js, &doc); err != nil || doc.OK || len(doc.Findings) != len(r.Findings) {
		t.Errorf("json: ok=%v findings=%d (want %d): %v", doc.OK, len(doc.Findings), len(r.Findings), err)
	}
	sarif, err := r.SARIF()
	if err != nil || !json.Valid(sarif) || !strings.Contains(string(sarif), `"2.1.0"`) {
		t.Errorf("sarif rendering: %v", err)
	}
	junit, err := r.JUnit()
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(junit, new(struct{})); err != nil {
		t.Errorf("junit is not XML: %v", err)
	}
	if r.Policy != "<default>" {
		t.Errorf("report policy %q", r.Policy)
	}
}

const postureYAML = `version: 1
flags:
  launch_mode: {env: DAYONE_GO_TEST_LAUNCH, default: false}
posture:
  - id: go-test-ready
    key: DAYONE_GO_TEST_READY
    is: true
    hint: "Set DAYONE_GO_TEST_READY=true."
secrets:
  - key: DAYONE_GO_TEST_SECRET
    when: {flag: launch_mode}
    min_length: 32
`

// Check hands the whole map to C in one buffer: every value must arrive
// with its exact bytes and length, whatever its neighbours.
func TestCheckVariablesExact(t *testing.T) {
	p := mustPolicy(t, `version: 1
posture:
  - {id: exact-a, key: DAYONE_GO_A, equals: "a=b c"}
  - {id: exact-b, key: DAYONE_GO_B, equals: "x"}
  - {id: exact-c, key: DAYONE_GO_C, equals: "line1\nline2"}
`)
	rng := rand.New(rand.NewSource(7))
	env := map[string]string{"DAYONE_GO_A": "a=b c", "DAYONE_GO_B": "x", "DAYONE_GO_C": "line1\nline2"}
	for i := 0; i < 300; i++ {
		v := make([]byte, rng.Intn(40)) // some empty
		for j := range v {
			v[j] = byte(1 + rng.Intn(255)) // any byte but NUL
		}
		env["DAYONE_GO_FILL_"+strconv.Itoa(i)] = string(v)
	}
	r, err := Check(p, env)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !r.OK() || len(r.Findings) != 0 {
		t.Fatalf("exact values failed: %+v", r.Findings)
	}
	for _, k := range []string{"DAYONE_GO_A", "DAYONE_GO_B", "DAYONE_GO_C"} {
		for _, v := range []string{env[k] + " ", env[k][:len(env[k])-1]} {
			saved := env[k]
			env[k] = v
			r, err := Check(p, env)
			env[k] = saved
			if err != nil {
				t.Fatal(err)
			}
			if r.OK() || len(r.Findings) != 1 || r.Findings[0].Key != k {
				t.Errorf("%s=%q: findings %+v", k, v, r.Findings)
			}
			r.Close()
		}
	}
}

// The packed buffer holds the values: it is wiped once C is done with it.
func TestPackVarsWipes(t *testing.T) {
	vars := map[string]string{"A": "PLANTED_value_one", "B": "", "C": "PLANTED_value_two"}
	for i := 0; i < 200; i++ {
		vars["FILL_"+strconv.Itoa(i)] = strings.Repeat("PLANTED_", 8)
	}
	var seen []byte
	var n int
	packVars(vars, func(entries []capi.Var) {
		found := false
		for _, v := range entries {
			name := unsafe.String((*byte)(v.Name), v.NameLen)
			value := unsafe.String((*byte)(v.Value), v.ValueLen)
			if vars[name] != value {
				t.Fatalf("packed %q=%q", name, value)
			}
			found = found || value == "PLANTED_value_two"
		}
		if len(entries) != len(vars) || !found {
			t.Fatalf("packed %d of %d variables", len(entries), len(vars))
		}
		// The strings lie in one buffer, from the lowest entry's name to
		// the end of the highest entry's value.
		lo, hi := entries[0].Name, uintptr(0)
		for _, v := range entries {
			if uintptr(v.Name) < uintptr(lo) {
				lo = v.Name
			}
			hi = max(hi, uintptr(v.Value)+v.ValueLen)
		}
		n = int(hi - uintptr(lo))
		seen = unsafe.Slice((*byte)(lo), n)
	})
	if n < 200*64 {
		t.Fatalf("packed only %d bytes", n)
	}
	for i, c := range seen {
		if c != 0 {
			t.Fatalf("byte %d of the packed buffer not wiped", i)
		}
	}
}

// packVars copies names and values of every length exactly (short ones
// by overlapping word copies, which must stay inside each string), both
// into a buffer from the pool and into one that grows mid-walk.
func TestPackVarsLengths(t *testing.T) {
	small := map[string]string{}
	for n := 1; n <= 40; n++ {
		name := strings.Repeat("N", n-1) + string(rune('a'+n%26))
		small[name] = strings.Repeat(strconv.Itoa(n%10), (n*7)%71)
	}
	for v := 0; v <= 70; v++ { // every value length, each after a distinct name
		small["V_"+strconv.Itoa(v)] = strings.Repeat(string(rune('A'+v%26)), v)
	}
	// Over varBufKeep: no pooled buffer holds it, so the strings move
	// while the walk is under way.
	large := map[string]string{}
	for i := 0; len(large) < 3000; i++ {
		large["L"+strconv.Itoa(i)] = strings.Repeat(strconv.Itoa(i%10), (i*37)%700)
	}
	for _, vars := range []map[string]string{small, large, small} {
		packVars(vars, func(entries []capi.Var) {
			if len(entries) != len(vars) {
				t.Fatalf("packed %d of %d variables", len(entries), len(vars))
			}
			seen := map[string]bool{}
			for _, v := range entries {
				name := unsafe.String((*byte)(v.Name), v.NameLen)
				value := unsafe.String((*byte)(v.Value), v.ValueLen)
				if want, ok := vars[name]; !ok || want != value || seen[name] {
					t.Fatalf("packed %q=%q (%d bytes), want %d bytes", name, value,
						len(value), len(want))
				}
				seen[name] = true
			}
		})
	}
}

// A bad variable among valid ones fails the check with the library's
// error for that variable, naming it and never its value.
func TestCheckVariableErrors(t *testing.T) {
	const secret = "PLANTED_go_env_0123456789abcdef"
	for _, c := range []struct {
		name, value string
		code        Code
		msg         string
	}{
		{"DAYONE_GO_NUL", secret + "\x00" + secret, ErrInvalid, "value of DAYONE_GO_NUL contains a NUL byte"},
		{"DAYONE_GO_BIG", strings.Repeat(secret, 1+(1<<20)/len(secret)), ErrLimit, "value of DAYONE_GO_BIG is "},
		{"BAD NAME", secret, ErrInvalid, `invalid variable name starting with "BAD"`},
		{"", secret, ErrInvalid, "invalid variable name"},
		{"DAYONE\x00GO", secret, ErrInvalid, `invalid variable name starting with "DAYONE": character 7 is a NUL byte`},
	} {
		env := map[string]string{c.name: c.value}
		for i := 0; i < 50; i++ {
			env["DAYONE_GO_OK_"+strconv.Itoa(i)] = secret
		}
		for _, way := range []string{"check", "example", "snapshot"} {
			var err error
			switch way {
			case "example":
				_, err = Check(nil, nil, WithExample(env))
			case "snapshot":
				var s *Env
				if s, err = NewEnv(env); s != nil {
					t.Errorf("%q: NewEnv built a snapshot", c.name)
					s.Close()
				}
			default:
				_, err = Check(nil, env)
			}
			var e *Error
			if !errors.As(err, &e) || e.Code != c.code || !strings.Contains(e.Message, c.msg) {
				t.Errorf("%q (%s): want %v %q, got %T %v", c.name, way, c.code, c.msg, err, err)
				continue
			}
			for i := 0; i+8 <= len(secret); i++ {
				if strings.Contains(err.Error(), secret[i:i+8]) {
					t.Errorf("%q: the value leaked: %v", c.name, err)
					break
				}
			}
		}
	}
}

func TestCheckOptionsAndBecause(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	r, err := Check(p, map[string]string{"DAYONE_GO_TEST_READY": "true", "DAYONE_GO_TEST_LAUNCH": "true"})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if len(r.Findings) != 1 || r.Findings[0].Rule != "secret-required" ||
		r.Findings[0].Because != "DAYONE_GO_TEST_LAUNCH=true" || r.Findings[0].Key != "DAYONE_GO_TEST_SECRET" {
		t.Fatalf("findings = %+v", r.Findings)
	}
	// Presence only: a short secret passes.
	r2, err := Check(p, map[string]string{"DAYONE_GO_TEST_READY": "true", "DAYONE_GO_TEST_LAUNCH": "true",
		"DAYONE_GO_TEST_SECRET": "short"}, PresenceOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer r2.Close()
	if !r2.OK() || len(r2.Findings) != 0 {
		t.Errorf("presence only: %+v", r2.Findings)
	}
}

func TestCheckEnvFile(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.env")
	if err := os.WriteFile(good, []byte("# comment\nDAYONE_GO_TEST_READY=yes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := Check(p, map[string]string{"DAYONE_GO_TEST_READY": "false"}, WithEnvFile(good))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if !r.OK() {
		t.Errorf("the .env file did not override the map: %+v", r.Findings)
	}
	bad := sourcePath("tests", "env-files", "bad-unterminated-double.env")
	_, err = Check(p, nil, WithEnvFile(bad))
	var ee *EnvFileError
	if !errors.As(err, &ee) || !errors.Is(err, ErrEnvFile) {
		t.Fatalf("want *EnvFileError, got %T %v", err, err)
	}
	if ee.Path != bad || ee.Line != 2 || ee.Column < 1 {
		t.Errorf("EnvFileError = %+v", ee)
	}
	if strings.Contains(err.Error(), "PLANTED_SECRET") {
		t.Errorf("the .env content leaked: %v", err)
	}
	_, err = Check(p, nil, WithEnvFile(filepath.Join(dir, "missing.env")))
	if !errors.Is(err, ErrIO) {
		t.Errorf("missing .env: %v", err)
	}
}

func TestCheckEnvDialect(t *testing.T) {
	if int(EnvCompose) != int(capi.DAYONE_ENV_DIALECT_COMPOSE) ||
		int(EnvDocker) != int(capi.DAYONE_ENV_DIALECT_DOCKER) ||
		int(EnvDotenv) != int(capi.DAYONE_ENV_DIALECT_DOTENV) {
		t.Fatal("EnvDialect constants disagree with dayone_env_dialect")
	}
	p := mustPolicy(t, postureYAML)
	dir := t.TempDir()
	f := filepath.Join(dir, "d.env")
	// docker keeps the text; compose and python-dotenv refuse the unset reference.
	if err := os.WriteFile(f, []byte("DAYONE_GO_TEST_READY=${DAYONE_GO_UNSET_X}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := Check(p, map[string]string{}, WithEnvFile(f), WithEnvDialect(EnvDocker))
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	for _, d := range []EnvDialect{EnvCompose, EnvDotenv} {
		_, err = Check(p, map[string]string{}, WithEnvFile(f), WithEnvDialect(d))
		var ee *EnvFileError
		if !errors.As(err, &ee) || ee.Line != 1 || ee.Column != 22 ||
			!strings.Contains(ee.Message, "DAYONE_GO_UNSET_X") {
			t.Errorf("dialect %d: want *EnvFileError at 1:22, got %T %v", d, err, err)
		}
	}
	if _, err = Check(p, map[string]string{}, WithEnvFile(f), WithEnvDialect(EnvDialect(9))); !errors.Is(err, ErrInvalid) {
		t.Errorf("unknown dialect: %v", err)
	}
}

func TestEnforce(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	t.Setenv("DAYONE_GO_TEST_READY", "true")
	t.Setenv("DAYONE_GO_TEST_LAUNCH", "false")
	if err := Enforce(p); err != nil {
		t.Fatalf("Enforce on a ready environment: %v", err)
	}
	t.Setenv("DAYONE_GO_TEST_READY", "nope")
	err := Enforce(p)
	var ve *ViolationError
	if !errors.As(err, &ve) || !errors.Is(err, ErrViolation) {
		t.Fatalf("want *ViolationError, got %T %v", err, err)
	}
	defer ve.Report.Close()
	if ve.Report.OK() || len(ve.Report.Findings) != 1 || ve.Report.Findings[0].Rule != "go-test-ready" ||
		ve.Report.Findings[0].Source != "process" {
		t.Errorf("report = %+v", ve.Report.Findings)
	}
	if !strings.Contains(err.Error(), "go-test-ready (DAYONE_GO_TEST_READY)") {
		t.Errorf("error text %q", err)
	}
	text, err := ve.Report.Text()
	if err != nil || !strings.Contains(text, "DAYONE_GO_TEST_READY") {
		t.Errorf("report text: %v %q", err, text)
	}
}

func TestExplain(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	out, err := Explain(p, map[string]string{"DAYONE_GO_TEST_LAUNCH": "true"}, "DAYONE_GO_TEST_SECRET")
	if err != nil || !strings.Contains(out, "DAYONE_GO_TEST_SECRET") {
		t.Errorf("explain: %v %q", err, out)
	}
	if _, err := Explain(p, nil, "NOT_MENTIONED"); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown key: %v", err)
	}
}

// --------------------------------------------------------------- limiter

const apiYAML = `version: 1
features: [exports]
billing: {enforcement: strict}
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 5}
      ingest: {rpm: 600, burst: 10, quota: events}
    quotas: {events: 1000}
    features: []
  - name: pro
    limits:
      api: {rpm: 600, burst: 50}
      ingest: {rpm: 6000, burst: 100, quota: events}
    quotas: {events: 100000}
    features: [exports]
`

func TestDecideOutcomesAndHeaders(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	req := Request{Key: "t1", Plan: "free", Limit: "api", Now: t0}
	for i := 0; i < 5; i++ {
		d, err := l.Decide(req)
		if err != nil || !d.Allowed || d.Outcome != Allow || d.Status != 200 || d.Remaining != int64(4-i) {
			t.Fatalf("request %d: %+v %v", i, d, err)
		}
		if i == 0 {
			h := mustHeaders(t, d)
			if h.Get("Retry-After") != "" || h.Get("RateLimit") != `"api";r=4;t=1` ||
				h.Get("RateLimit-Policy") != `"api";q=60;w=60` {
				t.Errorf("allowed headers = %v", h)
			}
		}
	}
	d, err := l.Decide(req)
	if err != nil || d.Allowed || d.Outcome != DenyRate || d.Status != 429 || d.RetryAfter != time.Second ||
		d.Reason != "rate limited" || d.Limit != 5 || d.Burst != 5 || d.Window != 5*time.Second {
		t.Fatalf("6th request: %+v %v", d, err)
	}
	h := mustHeaders(t, d)
	if h.Get("Retry-After") != "1" || h.Get("RateLimit") != `"api";r=0;t=1` || h.Get("RateLimit-Policy") != `"api";q=60;w=60` {
		t.Errorf("429 headers = %v", h)
	}
	ra, rl, rp, err := d.HeaderValues()
	if ra != "1" || rl == "" || rp == "" || err != nil {
		t.Errorf("HeaderValues = %q %q %q %v", ra, rl, rp, err)
	}

	// Paywall: 403 with the cheapest plan that has the feature; no retry.
	d, err = l.Decide(Request{Key: "t1", Plan: "free", Limit: "ingest", Feature: "exports", Now: t0})
	if err != nil || d.Outcome != DenyPlan || d.Status != 403 || d.UpgradePlan != "pro" ||
		d.RetryAfter >= 0 || d.Reason != "feature not in plan" {
		t.Fatalf("paywall: %+v %v", d, err)
	}
	if h := mustHeaders(t, d); h.Get("Retry-After") != "" || h.Get("RateLimit") != "" ||
		h.Get("RateLimit-Policy") != `"ingest";q=600;w=60` {
		t.Errorf("paywall headers = %v", h)
	}

	// Quota: 402 under strict enforcement.
	d, err = l.Decide(Request{Key: "t2", Plan: "free", Limit: "ingest", Now: t0}.WithUsage(1000))
	if err != nil || d.Outcome != DenyQuota || d.Status != 402 || d.Limit != 1000 || d.Reason != "quota exceeded" {
		t.Fatalf("quota: %+v %v", d, err)
	}
	// Unknown usage: the limiter counts it itself (the first unit of 1000).
	d, err = l.Decide(Request{Key: "t2", Plan: "free", Limit: "ingest", Now: t0})
	if err != nil || !d.Allowed || d.QuotaRemaining != 999 {
		t.Fatalf("usage unknown: %+v %v", d, err)
	}
	// ... and says when the quota's period (a month here) resets: the
	// month's end as PeriodBounds gives it now, unless a month just ended.
	_, reset, _ := PeriodBounds("month", time.Now(), time.Time{})
	crossed := time.Since(d.QuotaReset) >= 0 && time.Since(d.QuotaReset) < time.Minute
	if !d.QuotaReset.Equal(reset) && !crossed {
		t.Fatalf("quota reset %v, want %v", d.QuotaReset, reset)
	}
	// Soft enforcement: overage allowed.
	soft := mustLimiter(t, mustPolicy(t, apiYAML), &LimiterOptions{Enforcement: EnforcementSoft})
	d, err = soft.Decide(Request{Key: "t2", Plan: "free", Limit: "ingest", Now: t0}.WithUsage(5000))
	if err != nil || !d.Allowed || d.Outcome != AllowOverage || d.Reason != "quota overage" {
		t.Fatalf("soft: %+v %v", d, err)
	}
}

func TestDecideErrors(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	cases := []struct {
		req  Request
		want Code
	}{
		{Request{Key: "t", Plan: "platinum", Limit: "api"}, ErrNotFound},
		{Request{Key: "t", Plan: "free", Limit: "uploads"}, ErrNotFound},
		{Request{Key: "t", Plan: "free", Limit: "api", Feature: "teleport"}, ErrNotFound},
		{Request{Key: "t", Plan: "free", Limit: "api", Cost: -1}, ErrInvalid},
		{Request{Key: "t", Plan: "free", Limit: "api", Cost: 1_000_000_001}, ErrInvalid},
		{Request{Key: "t", Plan: "free", Limit: "api"}.WithUsage(-2), ErrInvalid},
		{Request{Key: "t\x00x", Plan: "free", Limit: "api"}, ErrInvalid},
		{Request{Key: "t", Plan: "free\x00", Limit: "api"}, ErrInvalid},
		{Request{Key: "t", Plan: "free", Limit: "api", Feature: "\x00"}, ErrInvalid},
	}
	for _, c := range cases {
		d, err := l.Decide(c.req)
		if !errors.Is(err, c.want) {
			t.Errorf("%+v: got %v (%+v), want %v", c.req, err, d, c.want)
			continue
		}
		var e *Error
		if !errors.As(err, &e) || e.Message == "" || e.Code != c.want {
			t.Errorf("%+v: want *Error with a message, got %T %v", c.req, err, err)
		}
		if d != (Decision{}) {
			t.Errorf("%+v: a failed decision is not zero: %+v", c.req, d)
		}
	}
}

func TestDecideMany(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	reqs := []Request{
		{Key: "a", Plan: "free", Limit: "api", Now: t0},
		{Key: "a", Plan: "gold", Limit: "api", Now: t0},
		{Key: "a", Plan: "free", Limit: "api", Now: t0, Cost: 4},
		{Key: "a", Plan: "free", Limit: "api", Now: t0},
		{Key: "b", Plan: "free", Limit: "ingest", Feature: "exports", Now: t0},
	}
	ds, err := l.DecideMany(reqs)
	var be *BatchError
	if !errors.As(err, &be) || !errors.Is(err, ErrNotFound) || be.Index != 1 {
		t.Fatalf("want a *BatchError at 1 wrapping ErrNotFound, got %T %v", err, err)
	}
	wantCodes := []Code{0, ErrNotFound, 0, 0, 0}
	for i, c := range wantCodes {
		if be.Codes[i] != c {
			t.Errorf("code %d = %v, want %v", i, be.Codes[i], c)
		}
	}
	if !ds[0].Allowed || ds[0].Remaining != 4 || ds[1] != (Decision{}) || !ds[2].Allowed || ds[2].Remaining != 0 ||
		ds[3].Outcome != DenyRate || ds[4].Outcome != DenyPlan || ds[4].UpgradePlan != "pro" || ds[3].LimitName != "api" {
		t.Errorf("decisions = %+v", ds)
	}
	// A batch carrying a NUL byte is decided one by one, same verdicts.
	l2 := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	reqs[1] = Request{Key: "a\x00", Plan: "free", Limit: "api", Now: t0}
	ds, err = l2.DecideMany(reqs)
	if !errors.As(err, &be) || !errors.Is(err, ErrInvalid) || be.Index != 1 || be.Codes[0] != 0 {
		t.Fatalf("NUL batch: %T %v", err, err)
	}
	if !ds[0].Allowed || ds[2].Remaining != 0 || ds[3].Outcome != DenyRate {
		t.Errorf("NUL batch decisions = %+v", ds)
	}
	// A NUL in a plan shared by several requests, or in a feature.
	for _, bad := range []Request{{Key: "c", Plan: "free\x00", Limit: "api", Now: t0},
		{Key: "c", Plan: "free", Limit: "api", Feature: "exp\x00orts", Now: t0}} {
		ds, err = mustLimiter(t, mustPolicy(t, apiYAML), nil).DecideMany([]Request{bad, bad, {Key: "c", Plan: "free", Limit: "api", Now: t0}})
		if !errors.As(err, &be) || be.Index != 0 || be.Codes[0] != ErrInvalid || be.Codes[1] != ErrInvalid ||
			be.Codes[2] != 0 || !ds[2].Allowed || ds[2].Remaining != 4 {
			t.Errorf("%q: %v %+v", bad.Plan+bad.Feature, err, ds)
		}
	}
	// Empty batch; short destination.
	if ds, err := l.DecideMany(nil); err != nil || len(ds) != 0 {
		t.Errorf("empty batch: %v %v", ds, err)
	}
	if err := l.DecideManyInto(make([]Decision, 1), reqs); !errors.Is(err, ErrInvalid) {
		t.Errorf("short destination: %v", err)
	}
}

// DecideMany packs a batch into one buffer (strings shared between
// neighbours written once); whatever the mix, it must decide exactly as
// Decide does one request at a time.
func TestDecideManyMatchesDecide(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	pick := func(xs ...string) string { return xs[rng.Intn(len(xs))] }
	for round := 0; round < 40; round++ {
		one := mustLimiter(t, mustPolicy(t, apiYAML), nil)
		many := mustLimiter(t, mustPolicy(t, apiYAML), nil)
		free := "free"
		reqs := make([]Request, 1+rng.Intn(300))
		for i := range reqs {
			// Keys of every length the packer treats apart: under 8 bytes,
			// 8 to 16 (copied as two words), longer.
			r := Request{Key: pick("a", "b", "tenant-"+strconv.Itoa(rng.Intn(20)), "", "seven-7",
				"sixteen-bytes-16", "seventeen-bytes17", strings.Repeat("k", 40)), Plan: free,
				Limit: pick("api", "ingest"), Now: t0 + int64(i)*int64(time.Millisecond)}
			switch rng.Intn(8) {
			case 0:
				r.Plan = strings.Clone(pick("free", "pro")) // same bytes, another string
			case 1:
				r.Plan = "gold"
			case 2:
				r.Feature = pick("exports", "teleport")
			case 3:
				r.Cost = int64(rng.Intn(5)) - 1
			case 4:
				r = r.WithUsage(int64(rng.Intn(2000)))
			}
			if round%4 == 3 && rng.Intn(40) == 0 { // some batches carry a NUL byte
				r.Key += "\x00"
			}
			reqs[i] = r
		}
		got := make([]Decision, len(reqs))
		err := many.DecideManyInto(got, reqs)
		var be *BatchError
		if err != nil && !errors.As(err, &be) {
			t.Fatalf("round %d: %T %v", round, err, err)
		}
		for i, r := range reqs {
			want, werr := one.Decide(r)
			code, wantCode := Code(0), Code(0)
			if be != nil {
				code = be.Codes[i]
			}
			if werr != nil {
				wantCode = codeOf(werr)
			}
			if got[i] != want || code != wantCode {
				t.Fatalf("round %d, request %d %+v:\n batch %+v (code %v)\n alone %+v (%v)", round, i, r, got[i], code, want, werr)
			}
		}
	}
}

// Many goroutines on one tenant at one instant: exactly the burst passes.
func TestConcurrentDecideExact(t *testing.T) {
	const burst = 500
	p := mustPolicy(t, "version: 1\nplans:\n  - name: p\n    limits:\n      api: {rpm: 60, burst: 500}\n")
	l := mustLimiter(t, p, nil)
	goroutines, each := 16, 100
	if testing.Short() {
		goroutines, each = 8, 100
	}
	var allowed, denied atomic.Int64
	var wg sync.WaitGroup
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			batch := make([]Request, 10)
			for i := 0; i < each; i++ {
				if i%10 == 0 && g%2 == 0 { // mix DecideMany into the race
					for k := range batch {
						batch[k] = Request{Key: "shared", Plan: "p", Limit: "api", Now: t0}
					}
					ds, err := l.DecideMany(batch)
					if err != nil {
						t.Error(err)
						return
					}
					for _, d := range ds {
						if d.Allowed {
							allowed.Add(1)
						} else {
							denied.Add(1)
						}
					}
					i += 9
					continue
				}
				d, err := l.Decide(Request{Key: "shared", Plan: "p", Limit: "api", Now: t0})
				if err != nil {
					t.Error(err)
					return
				}
				if d.Allowed {
					allowed.Add(1)
				} else {
					denied.Add(1)
				}
			}
		}(g)
	}
	wg.Wait()
	if allowed.Load() != burst || allowed.Load()+denied.Load() != int64(goroutines*each) {
		t.Errorf("allowed %d denied %d, want exactly %d allowed of %d", allowed.Load(), denied.Load(),
			burst, goroutines*each)
	}
}

// Close while other goroutines decide: each call either decides or returns
// ErrClosed; nothing crashes.
func TestCloseWhileDeciding(t *testing.T) {
	for round := 0; round < 5; round++ {
		l, err := NewLimiter(mustPolicy(t, apiYAML), nil)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func(g int) {
				defer wg.Done()
				<-start
				for i := 0; i < 200; i++ {
					_, err := l.Decide(Request{Key: "k", Plan: "pro", Limit: "api"})
					if err != nil && !errors.Is(err, ErrClosed) {
						t.Errorf("unexpected %v", err)
						return
					}
					if _, err := l.DecideMany([]Request{{Key: "k", Plan: "pro", Limit: "api"}}); err != nil &&
						!errors.Is(err, ErrClosed) {
						t.Errorf("unexpected %v", err)
						return
					}
				}
			}(g)
		}
		close(start)
		time.Sleep(time.Duration(round) * time.Millisecond)
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		wg.Wait()
	}
}

func TestCloseIdempotentAndUseAfterClose(t *testing.T) {
	p, err := ParsePolicy([]byte(apiYAML))
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLimiter(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Check(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if p.Close() != nil || l.Close() != nil || r.Close() != nil {
			t.Fatal("Close returned an error")
		}
	}
	// The limiter kept its own policy reference: closing p first was fine.
	if _, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api"}); err != ErrClosed {
		t.Errorf("Decide after Close: %v", err)
	}
	if _, err := l.DecideMany([]Request{{Key: "k", Plan: "free", Limit: "api"}}); err != ErrClosed {
		t.Errorf("DecideMany after Close: %v", err)
	}
	if _, err := l.DecideMany(nil); err != ErrClosed {
		t.Errorf("empty DecideMany after Close: %v", err)
	}
	if err := l.SwapPolicy(nil); err != ErrClosed {
		t.Errorf("SwapPolicy after Close: %v", err)
	}
	if l.Tracked() != 0 || l.MemoryBytes() != 0 {
		t.Error("Tracked/MemoryBytes after Close")
	}
	if _, err := r.Text(); err != ErrClosed {
		t.Errorf("Text after Close: %v", err)
	}
	if _, err := r.JSON(); err != ErrClosed {
		t.Errorf("JSON after Close: %v", err)
	}
	if !strings.Contains(r.Policy, "string") || r.OK() != (r.Count(SeverityError) == 0) {
		t.Error("report fields unreadable after Close")
	}
	if _, err := Check(p, nil); err != ErrClosed {
		t.Errorf("Check with a closed policy: %v", err)
	}
	if _, err := NewLimiter(p, nil); err != ErrClosed {
		t.Errorf("NewLimiter with a closed policy: %v", err)
	}
	if p.Name() == "" || len(p.Plans()) != 2 {
		t.Error("policy name/plans unreadable after Close")
	}
	var nl *Limiter
	var np *Policy
	var nr *Report
	if nl.Close() != nil || np.Close() != nil || nr.Close() != nil {
		t.Error("Close on nil")
	}
	if _, err := nl.Decide(Request{}); err != ErrClosed {
		t.Errorf("nil limiter: %v", err)
	}
}

func TestSwapPolicy(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	// Cost 5 (the burst) keeps the state live for 5 s of the real clock.
	if _, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api", Cost: 5}); err != nil {
		t.Fatal(err)
	}
	if l.Tracked() != 1 || l.MemoryBytes() <= 0 {
		t.Errorf("tracked %d memory %d", l.Tracked(), l.MemoryBytes())
	}
	if err := l.SwapPolicy(mustPolicy(t, "version: 1\nplans:\n  - name: gold\n    limits:\n      api: {rpm: 60, burst: 1}\n")); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api", Now: t0}); !errors.Is(err, ErrNotFound) {
		t.Errorf("old plan after swap: %v", err)
	}
	if d, err := l.Decide(Request{Key: "k", Plan: "gold", Limit: "api", Now: t0}); err != nil || !d.Allowed {
		t.Errorf("new plan after swap: %+v %v", d, err)
	}
}

func TestPolicyEnforcement(t *testing.T) {
	p, err := DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	// Exactly the values the check accepts; anything it reports as invalid
	// (" OFF ", "Soft") leaves the policy's default (strict).
	for env, want := range map[string]Enforcement{"": EnforcementStrict, "soft": EnforcementSoft,
		"off": EnforcementOff, " OFF ": EnforcementStrict, "Soft": EnforcementStrict,
		"bogus": EnforcementStrict} {
		got, err := p.Enforcement(map[string]string{"BILLING_ENFORCEMENT": env})
		if err != nil || got != want {
			t.Errorf("BILLING_ENFORCEMENT=%q: %v %v, want %v", env, got, err, want)
		}
	}
	p.Close()
	if _, err := p.Enforcement(nil); err != ErrClosed {
		t.Errorf("after Close: %v", err)
	}
	var np *Policy
	if _, err := np.Enforcement(nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("nil policy: %v", err)
	}
}

func TestLimiterClockOption(t *testing.T) {
	var now atomic.Int64
	now.Store(t0)
	l := mustLimiter(t, mustPolicy(t, apiYAML), &LimiterOptions{Clock: now.Load})
	for i := 0; i < 5; i++ {
		if d, _ := l.Decide(Request{Key: "c", Plan: "free", Limit: "api"}); !d.Allowed {
			t.Fatalf("request %d denied", i)
		}
	}
	if d, _ := l.Decide(Request{Key: "c", Plan: "free", Limit: "api"}); d.Allowed {
		t.Fatal("6th request allowed at the same clock reading")
	}
	now.Add(int64(time.Second))
	if d, _ := l.Decide(Request{Key: "c", Plan: "free", Limit: "api"}); !d.Allowed {
		t.Fatal("denied a second later")
	}
	if _, err := NewLimiter(nil, &LimiterOptions{Capacity: -1}); !errors.Is(err, ErrInvalid) {
		t.Errorf("negative capacity: %v", err)
	}
}

func TestCapacityIsTheMostPairsTracked(t *testing.T) {
	for _, capacity := range []int{1, 5, 13} {
		// The library's clock, which Tracked reads too: each pair's state
		// stays live for seconds (burst 5 at 1/s), far longer than the loop.
		l := mustLimiter(t, mustPolicy(t, apiYAML), &LimiterOptions{Capacity: capacity})
		for i := 0; i < capacity; i++ {
			if d, err := l.Decide(Request{Key: "t" + strconv.Itoa(i), Plan: "free", Limit: "api"}); err != nil || !d.Allowed {
				t.Fatalf("capacity %d: pair %d refused: %+v %v", capacity, i, d, err)
			}
		}
		for i := capacity; i < capacity+20; i++ {
			d, err := l.Decide(Request{Key: "t" + strconv.Itoa(i), Plan: "free", Limit: "api"})
			if err != nil || d.Allowed || d.Outcome != DenyRate || d.Reason != "limiter at capacity" ||
				d.RetryAfter <= 0 {
				t.Fatalf("capacity %d: pair %d: %+v %v", capacity, i, d, err)
			}
		}
		if got := l.Tracked(); got != capacity {
			t.Errorf("capacity %d: tracked %d", capacity, got)
		}
	}
}

func TestPolicyLint(t *testing.T) {
	def, err := DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	if r, err := def.Lint(); err != nil || len(r.Findings) != 0 {
		t.Fatalf("default policy lint: %v %v", r, err)
	}
	path := sourcePath("tests", "policies", "good", "ladder-down.yaml")
	p, err := LoadPolicy(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	r, err := p.Lint()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	want := [][2]int{{13, 21}, {13, 31}, {14, 7}, {15, 22}, {11, 5}, {23, 7}, {25, 22}}
	if len(r.Findings) != len(want) || !r.OK() {
		t.Fatalf("findings: %+v", r.Findings)
	}
	for i, f := range r.Findings {
		if f.Line != want[i][0] || f.Column != want[i][1] || f.Rule != "plan-ladder" ||
			f.Severity != SeverityWarning || f.Source != "policy" || f.Path != path {
			t.Errorf("finding %d: %+v", i, f)
		}
	}
	if m := r.Findings[0].Message; m != "plan 'pro' has a lower 'ingest' rate than plan 'free' before it (5 per second < 600 per minute)" {
		t.Errorf("message: %q", m)
	}
	p.Close()
	if _, err := p.Lint(); !errors.Is(err, ErrClosed) {
		t.Errorf("lint after close: %v", err)
	}
}

func TestUnlimitedAndNoneLimits(t *testing.T) {
	p := mustPolicy(t, "version: 1\nplans:\n  - name: lite\n    limits: {api: {rpm: 60}, bulk: none}\n"+
		"  - name: full\n    limits: {api: unlimited, bulk: {rpm: 6}}\n")
	l := mustLimiter(t, p, nil)
	d, err := l.Decide(Request{Key: "t", Plan: "full", Limit: "api", Cost: 1000})
	if err != nil || !d.Allowed || d.Reason != "unlimited" || d.Burst != 0 || d.Remaining != -1 {
		t.Fatalf("unlimited: %+v %v", d, err)
	}
	if h, err := d.Headers(); err != nil || len(h) != 0 {
		t.Errorf("unlimited sends headers: %v %v", h, err)
	}
	d, err = l.Decide(Request{Key: "t", Plan: "lite", Limit: "bulk"})
	if err != nil || d.Outcome != DenyPlan || d.Status != 403 || d.UpgradePlan != "full" ||
		d.Reason != "limit not in plan" {
		t.Fatalf("none: %+v %v", d, err)
	}
}

// ---------------------------------------------------------------- errors

func TestCodeTableMatchesC(t *testing.T) {
	if len(codeText) != 10 {
		t.Errorf("codeText has %d entries", len(codeText))
	}
	for c, text := range codeText {
		name := c.Name()
		if !strings.HasPrefix(name, "DAYONE_E") && name != "DAYONE_ERROR" {
			t.Errorf("code %d: C name %q", int(c), name)
		}
		if c.Error() != "dayone: "+text {
			t.Errorf("code %d: Error() %q", int(c), c.Error())
		}
		err := newError(int(c), "msg", "", 0, 0)
		if !errors.Is(err, c) || codeOf(err) != c {
			t.Errorf("%s: errors.Is fails on its own error", name)
		}
		for other := range codeText {
			if other != c && errors.Is(err, other) {
				t.Errorf("%s matches %s", name, other.Name())
			}
		}
	}
	var pe *PolicyError
	var ee *EnvFileError
	var e *Error
	if !errors.As(newError(int(ErrPolicy), "m", "p", 1, 2), &pe) ||
		!errors.As(newError(int(ErrEnvFile), "m", "p", 1, 2), &ee) ||
		!errors.As(newError(int(ErrNotFound), "m", "", 0, 0), &e) {
		t.Error("errors.As to the concrete types")
	}
	if got := newError(int(ErrPolicy), "bad key", "p.yaml", 3, 7).Error(); got != "dayone: p.yaml:3:7: bad key" {
		t.Errorf("policy error text %q", got)
	}
	if Code(-99).Error() != "dayone: status -99" || Code(-99).Name() != "DAYONE_UNKNOWN" {
		t.Error("unknown code")
	}
	if errors.Is(ErrClosed, ErrInvalid) {
		t.Error("ErrClosed is not a C status")
	}
}

func TestEnumsMatchC(t *testing.T) {
	for o := Allow; o <= DenyPlan; o++ {
		if got := capi.Dayone_outcome_name(capi.Enum_SS_dayone_outcome(o)); got != o.String() {
			t.Errorf("outcome %d: C %q, Go %q", int(o), got, o.String())
		}
	}
	for s := SeverityError; s <= SeverityWaived; s++ {
		if got := capi.Dayone_severity_name(capi.Enum_SS_dayone_severity(s)); got != s.String() {
			t.Errorf("severity %d: C %q, Go %q", int(s), got, s.String())
		}
	}
	pairs := map[int]int{
		int(Allow): int(capi.DAYONE_ALLOW), int(AllowOverage): int(capi.DAYONE_ALLOW_OVERAGE),
		int(DenyRate): int(capi.DAYONE_DENY_RATE), int(DenyQuota): int(capi.DAYONE_DENY_QUOTA),
		int(DenyPlan): int(capi.DAYONE_DENY_PLAN),
	}
	for g, c := range pairs {
		if g != c {
			t.Errorf("outcome value %d != C %d", g, c)
		}
	}
	if int(EnforcementPolicy) != int(capi.DAYONE_ENFORCEMENT_POLICY) || int(EnforcementStrict) != int(capi.DAYONE_ENFORCEMENT_STRICT) ||
		int(EnforcementSoft) != int(capi.DAYONE_ENFORCEMENT_SOFT) || int(EnforcementOff) != int(capi.DAYONE_ENFORCEMENT_OFF) {
		t.Error("enforcement values differ from C")
	}
	if int(FormatText) != int(capi.DAYONE_FORMAT_TEXT) || int(FormatJSON) != int(capi.DAYONE_FORMAT_JSON) ||
		int(FormatSARIF) != int(capi.DAYONE_FORMAT_SARIF) || int(FormatJUnit) != int(capi.DAYONE_FORMAT_JUNIT) {
		t.Error("format values differ from C")
	}
	for _, s := range []string{"strict", " Soft ", "OFF", "policy"} {
		if _, err := ParseEnforcement(s); err != nil {
			t.Errorf("ParseEnforcement(%q): %v", s, err)
		}
	}
	if _, err := ParseEnforcement("lenient"); !errors.Is(err, ErrInvalid) {
		t.Errorf("ParseEnforcement(lenient): %v", err)
	}
}

// ------------------------------------------------- secrets never in errors

// Planted values must not appear in any error, finding or rendering.
func TestSecretsNeverInErrors(t *testing.T) {
	const secret = "sk_live_PLANTED_dayone_test_0123456789abcdef"
	var texts []string
	collect := func(err error) {
		if err != nil {
			texts = append(texts, err.Error())
		}
	}
	// A value with a NUL byte, an oversized value, a bad name.
	_, err := Check(nil, map[string]string{"STRIPE_SECRET_KEY": secret + "\x00" + secret})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("NUL in value: %v", err)
	}
	collect(err)
	_, err = Check(nil, map[string]string{"STRIPE_SECRET_KEY": strings.Repeat(secret, 1+(1<<20)/len(secret))})
	if !errors.Is(err, ErrLimit) {
		t.Errorf("oversized value: %v", err)
	}
	collect(err)
	_, err = Check(nil, map[string]string{"BAD NAME": secret})
	if !errors.Is(err, ErrInvalid) {
		t.Errorf("bad name: %v", err)
	}
	collect(err)
	// .env files holding the secret, broken in several ways.
	dir := t.TempDir()
	for i, body := range []string{
		"TOKEN=\"" + secret + "\n",
		"TOKEN='" + secret + "\n",
		"TOKEN=" + secret + "\nBAD LINE " + secret + "\n",
		"TOKEN=\"" + secret + "${DAYONE_GO_UNSET_Y}\"\n",
		"TOKEN#=" + secret + "\n",
		"TOKEN=" + secret + "$DAYONE_GO_UNSET_Y\n",
	} {
		path := filepath.Join(dir, "bad"+string(rune('a'+i))+".env")
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		_, err := Check(nil, nil, WithEnvFile(path))
		if err == nil {
			t.Errorf("broken .env %d accepted", i)
		}
		collect(err)
	}
	// Findings about the secret (wrong mode, format) and a violation.
	env := map[string]string{"STRIPE_SECRET_KEY": secret, "BILLING_ENABLED": "true", "SECRET_KEY": secret,
		"INTEGRATION_ENCRYPTION_KEY": secret, "LAUNCH_MODE": secret}
	r, err := Check(nil, env)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	texts = append(texts, (&ViolationError{Report: r}).Error())
	for _, f := range []Format{FormatText, FormatJSON, FormatSARIF, FormatJUnit} {
		b, err := r.Render(f, true)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, f := range r.Findings {
		texts = append(texts, f.Message, f.Hint, f.Because, f.Path, f.Waiver)
	}
	if out, err := Explain(nil, env, "STRIPE_SECRET_KEY"); err == nil {
		texts = append(texts, out)
	} else {
		collect(err)
	}
	// Limiter errors for a request whose tenant key is the secret (plan and
	// limit names come from the policy and may be named).
	l := mustLimiter(t, nil, nil)
	for _, r := range []Request{{Key: secret, Plan: "gold", Limit: "api"}, {Key: secret, Plan: "free", Limit: "uploads"},
		{Key: secret, Plan: "free", Limit: "api", Cost: -1}, {Key: secret + "\x00", Plan: "free", Limit: "api"},
		{Key: secret, Plan: "free", Limit: "api", Feature: "teleport"}} {
		_, err = l.Decide(r)
		if err == nil {
			t.Errorf("%+v decided", r)
		}
		collect(err)
		_, err = l.DecideMany([]Request{{Key: "ok", Plan: "free", Limit: "api"}, r})
		if err == nil {
			t.Errorf("%+v decided in a batch", r)
		}
		collect(err)
	}
	if len(texts) < 15 {
		t.Fatalf("only %d texts collected", len(texts))
	}
	for _, s := range texts {
		if strings.Contains(s, secret) || strings.Contains(s, "PLANTED") {
			t.Errorf("a planted value leaked: %q", s)
		}
	}
}

// ------------------------------------------------------ bad input, no panic

func TestBadInputNeverPanics(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	base := []byte(apiYAML)
	n := 300
	if testing.Short() {
		n = 60
	}
	for i := 0; i < n; i++ {
		doc := append([]byte(nil), base...)
		for k := 0; k < 1+rng.Intn(8); k++ {
			switch pos := rng.Intn(len(doc)); rng.Intn(3) {
			case 0:
				doc[pos] = byte(rng.Intn(256))
			case 1:
				doc = doc[:pos]
			default:
				doc = append(doc[:pos], append([]byte{byte(rng.Intn(256))}, doc[pos:]...)...)
			}
			if len(doc) == 0 {
				break
			}
		}
		p, err := ParsePolicy(doc)
		if err == nil {
			l, err := NewLimiter(p, nil)
			if err == nil {
				l.Decide(Request{Key: "k", Plan: "free", Limit: "api"})
				l.Close()
			}
			p.Close()
		} else if codeOf(err) == ErrInternal {
			t.Errorf("mutated policy %d: untyped error %v", i, err)
		}
	}
	l := mustLimiter(t, mustPolicy(t, apiYAML), nil)
	huge := strings.Repeat("k", 1<<20)
	for _, r := range []Request{{}, {Key: huge, Plan: "free", Limit: "api"}, {Key: "k", Plan: huge, Limit: huge, Feature: huge},
		{Key: "\xff\xfe", Plan: "free", Limit: "api"}, {Key: "k", Plan: "free", Limit: "api", Now: -5},
		{Key: "k", Plan: "free", Limit: "api", Cost: -1 << 63}} {
		l.Decide(r)
		l.DecideMany([]Request{r, r})
	}
	if d, err := l.Decide(Request{Key: huge + "2", Plan: "free", Limit: "api", Now: t0}); err != nil || !d.Allowed {
		t.Errorf("a 1 MiB tenant key: %+v %v", d, err)
	}
	var d Decision
	d.LimitName = "bad\"name\x01"
	d.Window = time.Second
	d.Rate, d.RatePeriod = 1, time.Second
	if h, err := d.Headers(); h != nil || !errors.Is(err, ErrInvalid) {
		t.Errorf("a limit name the headers cannot carry: %v %v", h, err)
	}
	Check(nil, map[string]string{"": "", "A=B": "x", "\x00": "y"})
	Explain(nil, nil, "\x00")
	ParsePolicyNamed([]byte(apiYAML), "name\x00with nul")
	LoadPolicy("")
}

func FuzzParsePolicy(f *testing.F) {
	f.Add([]byte(apiYAML))
	f.Add([]byte(postureYAML))
	f.Add([]byte("version: 1\n"))
	f.Add([]byte("{[}"))
	f.Fuzz(func(t *testing.T, doc []byte) {
		p, err := ParsePolicy(doc)
		if err != nil {
			if codeOf(err) == ErrInternal {
				t.Errorf("untyped error %v", err)
			}
			return
		}
		p.Close()
	})
}

// mustHeaders is d.Headers() for a decision whose headers must be writable.
func mustHeaders(t *testing.T, d Decision) http.Header {
	t.Helper()
	h, err := d.Headers()
	if err != nil {
		t.Fatalf("Headers: %v", err)
	}
	return h
}

// TestDecisionLayoutMatchesC reads the Go mirror of dayone_decision at the
// offsets the C field table gives, so the two layouts cannot drift apart.
func TestDecisionLayoutMatchesC(t *testing.T) {
	var d cDecision
	offsets := map[string]uintptr{
		"outcome": unsafe.Offsetof(d.outcome), "allowed": unsafe.Offsetof(d.allowed),
		"status": unsafe.Offsetof(d.status), "retry_after_ns": unsafe.Offsetof(d.retryAfter),
		"reset_after_ns": unsafe.Offsetof(d.resetAfter), "remaining": unsafe.Offsetof(d.remaining),
		"limit": unsafe.Offsetof(d.limit), "window_ns": unsafe.Offsetof(d.window),
		"quota_remaining": unsafe.Offsetof(d.quotaRemaining),
		"upgrade_plan":    unsafe.Offsetof(d.upgradePlan), "reason": unsafe.Offsetof(d.reason),
		"burst": unsafe.Offsetof(d.burst), "rate": unsafe.Offsetof(d.rate),
		"rate_period_ns":     unsafe.Offsetof(d.ratePeriod),
		"quota_reset_unix_s": unsafe.Offsetof(d.quotaReset),
		"tightest":           unsafe.Offsetof(d.tightest), "rates": unsafe.Offsetof(d.rates),
		"override_source": unsafe.Offsetof(d.overrideSource),
		"override_reason": unsafe.Offsetof(d.overrideReason),
	}
	seen := 0
	for i := 0; i < capi.DAYONE_SHIM_DECISION_FIELDS; i++ {
		f := capi.Dayone_shim_decision_field(int64(i))
		if f.GetKind() == capi.DAYONE_SHIM_LIMIT_NAME {
			continue
		}
		off, ok := offsets[f.GetName()]
		if !ok {
			t.Fatalf("C field %q has no Go counterpart in cDecision", f.GetName())
		}
		if uintptr(f.GetOffset()) != off {
			t.Errorf("field %q: C offset %d, Go offset %d", f.GetName(), f.GetOffset(), off)
		}
		seen++
	}
	if seen != len(offsets) {
		t.Errorf("C table has %d decision fields, cDecision %d", seen, len(offsets))
	}
}

// Check of a map alone learns the report's verdict, size and policy name
// in its one crossing; the snapshot path (taken with an example) reads
// them from the report. Both must describe the same report.
func TestCheckVarsReportHead(t *testing.T) {
	named := mustPolicy(t, postureYAML)
	for _, c := range []struct {
		policy *Policy
		name   string
		env    map[string]string
	}{
		{named, "test.yaml", map[string]string{"DAYONE_GO_TEST_READY": "true"}},
		{named, "test.yaml", map[string]string{"DAYONE_GO_TEST_READY": "no", "DAYONE_GO_TEST_LAUNCH": "true"}},
		{nil, "<default>", map[string]string{}},
		{nil, "<default>", map[string]string{"ENVIRONMENT": "production", "LAUNCH_MODE": "true"}},
	} {
		fast, err := Check(c.policy, c.env)
		if err != nil {
			t.Fatal(err)
		}
		slow, err := Check(c.policy, c.env, WithExample(map[string]string{}))
		if err != nil {
			t.Fatal(err)
		}
		if fast.Policy != c.name || slow.Policy != c.name {
			t.Errorf("%v: policy names %q and %q, want %q", c.env, fast.Policy, slow.Policy, c.name)
		}
		if fast.OK() != slow.OK() || len(fast.Findings) != len(slow.Findings) {
			t.Errorf("%v: ok %v with %d findings, the snapshot path ok %v with %d", c.env,
				fast.OK(), len(fast.Findings), slow.OK(), len(slow.Findings))
		}
		for i := range fast.Findings {
			if i < len(slow.Findings) && fast.Findings[i] != slow.Findings[i] {
				t.Errorf("%v: finding %d differs: %+v, %+v", c.env, i, fast.Findings[i], slow.Findings[i])
			}
		}
		if c.policy == named && len(c.env) == 2 && (fast.OK() || len(fast.Findings) < 2) {
			t.Errorf("%v: expected a failing report with findings, got %+v", c.env, fast.Findings)
		}
		fast.Close()
		slow.Close()
	}
}
