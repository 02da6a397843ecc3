package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// upstream is an httptest.Server counting the requests that reach it, and
// those that arrive carrying a plan or usage header.
type upstream struct {
	*httptest.Server
	hits        atomic.Int64
	planHeaders atomic.Int64 // requests with X-Plan, X-Usage or X-Gateway-*
	last        atomic.Value // the last request's headers
}

func newUpstream(t *testing.T) *upstream {
	u := &upstream{}
	u.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u.hits.Add(1)
		for _, h := range []string{"X-Plan", "X-Usage", "X-Gateway-Plan", "X-Gateway-Usage"} {
			if _, ok := r.Header[h]; ok {
				u.planHeaders.Add(1)
				break
			}
		}
		u.last.Store(r.Header.Clone())
		w.Header().Set("X-Upstream", "yes")
		io.WriteString(w, "upstream ok "+r.URL.Path)
	}))
	t.Cleanup(u.Close)
	return u
}

// testPlans is the operator's tenant -> plan map of the tests.
var testPlans = map[string]string{
	"acme": "business", "t1": "free", "t2": "free", "shared": "free", "over": "free",
	"p1": "pro", "t9": "pro",
}

// newSidecar returns the sidecar in front of a fresh upstream, on the
// default policy, strict enforcement and a frozen clock (so bursts are
// exact), with testPlans and no default plan.
func newSidecar(t *testing.T, mutate func(*Config)) (*httptest.Server, *upstream) {
	t.Helper()
	up := newUpstream(t)
	policy, err := dayone.DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer policy.Close()
	lim, err := dayone.NewLimiter(policy, &dayone.LimiterOptions{
		Enforcement: dayone.EnforcementStrict,
		Clock:       func() int64 { return 1_000_000_000_000 },
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lim.Close() })
	u, _ := url.Parse(up.URL)
	cfg := Config{Upstream: u, Limiter: lim, Plans: testPlans}
	gates, _ := parsePairs(defaultFeatures)
	for _, g := range gates {
		cfg.Features = append(cfg.Features, FeatureGate{Prefix: g[0], Feature: g[1]})
	}
	if mutate != nil {
		mutate(&cfg)
	}
	h, err := NewProxy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv, up
}

func do(t *testing.T, srv *httptest.Server, method, path string, hdr map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(`{"events":[]}`))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	resp, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, b
}

func decodeBody(t *testing.T, b []byte) body {
	t.Helper()
	var out body
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("body %q is not JSON: %v", b, err)
	}
	return out
}

const ingest = "/api/v1/ingest/browser"

func TestBurstThen429(t *testing.T) {
	srv, up := newSidecar(t, nil)
	hdr := map[string]string{"X-Tenant-ID": "t1"}
	// t1 is on free: ingest {rpm: 600, burst: 100}.
	for i := 0; i < 100; i++ {
		resp, b := do(t, srv, "POST", ingest, hdr)
		if resp.StatusCode != 200 || resp.Header.Get("X-Upstream") != "yes" || !strings.HasPrefix(string(b), "upstream ok") {
			t.Fatalf("request %d: %d %q", i, resp.StatusCode, b)
		}
		if i == 0 && (resp.Header.Get("RateLimit") != `"ingest";r=99;t=1` ||
			resp.Header.Get("RateLimit-Policy") != `"ingest";q=600;w=60` || resp.Header.Get("Retry-After") != "") {
			t.Errorf("allowed headers: %v", resp.Header)
		}
	}
	resp, b := do(t, srv, "POST", ingest, hdr)
	if resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("101st request: %d %q", resp.StatusCode, b)
	}
	if got := resp.Header.Get("Retry-After"); got != "1" {
		t.Errorf("Retry-After = %q", got)
	}
	if got := resp.Header.Get("RateLimit"); got != `"ingest";r=0;t=1` {
		t.Errorf("RateLimit = %q", got)
	}
	if got := resp.Header.Get("RateLimit-Policy"); got != `"ingest";q=600;w=60` {
		t.Errorf("RateLimit-Policy = %q", got)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type = %q", ct)
	}
	got := decodeBody(t, b)
	if got.Error != "rate_limited" || got.Reason != "rate limited" || got.UpgradePlan != nil {
		t.Errorf("body = %+v", got)
	}
	if !strings.Contains(string(b), `"upgrade_plan":null`) {
		t.Errorf("body lacks upgrade_plan: %s", b)
	}
	if up.hits.Load() != 100 {
		t.Errorf("upstream saw %d requests, want 100", up.hits.Load())
	}
	// Another tenant and the api limit are independent.
	if resp, _ := do(t, srv, "POST", ingest, map[string]string{"X-Tenant-ID": "t2"}); resp.StatusCode != 200 {
		t.Errorf("other tenant: %d", resp.StatusCode)
	}
	resp, _ = do(t, srv, "GET", "/api/v1/projects", hdr)
	if resp.StatusCode != 200 || resp.Header.Get("RateLimit-Policy") != `"api";q=120;w=60` {
		t.Errorf("api limit: %d %v", resp.StatusCode, resp.Header)
	}
}

func TestPaywall403(t *testing.T) {
	srv, up := newSidecar(t, nil)
	resp, b := do(t, srv, "GET", "/api/v1/exports/csv", map[string]string{"X-Tenant-ID": "t1"})
	if resp.StatusCode != http.StatusForbidden {
		t.Fatalf("status %d %q", resp.StatusCode, b)
	}
	got := decodeBody(t, b)
	if got.Error != "upgrade_required" || got.Reason != "feature not in plan" || got.UpgradePlan == nil || *got.UpgradePlan != "pro" {
		t.Errorf("body = %s", b)
	}
	if resp.Header.Get("Retry-After") != "" {
		t.Error("a paywall answer has no Retry-After (waiting does not help)")
	}
	resp, b = do(t, srv, "GET", "/api/v1/audit-log", map[string]string{"X-Tenant-ID": "p1"})
	if resp.StatusCode != 403 || *decodeBody(t, b).UpgradePlan != "business" {
		t.Errorf("audit log on pro: %d %s", resp.StatusCode, b)
	}
	// acme is on business.
	resp, _ = do(t, srv, "GET", "/api/v1/audit-log", map[string]string{"X-Tenant-ID": "acme"})
	if resp.StatusCode != 200 {
		t.Errorf("acme (business) on audit log: %d", resp.StatusCode)
	}
	// A prefix only matches whole path segments.
	resp, _ = do(t, srv, "GET", "/api/v1/exportsfoo", map[string]string{"X-Tenant-ID": "t1"})
	if resp.StatusCode != 200 {
		t.Errorf("/api/v1/exportsfoo: %d", resp.StatusCode)
	}
	if up.hits.Load() != 2 {
		t.Errorf("upstream saw %d requests, want 2", up.hits.Load())
	}
}

// usageTable is a Usage callback over a fixed table of "tenant/limit"
// figures, recording what it was asked.
func usageTable(table map[string]int64, asked *sync.Map) func(tenant, limit string) (int64, bool, error) {
	return func(tenant, limit string) (int64, bool, error) {
		if asked != nil {
			asked.Store(tenant+"/"+limit, true)
		}
		u, ok := table[tenant+"/"+limit]
		return u, ok, nil
	}
}

func TestQuota402(t *testing.T) {
	var asked sync.Map
	usage := map[string]int64{"t1/ingest": 99_999, "over/ingest": 100_000, "t9/ingest": 5_000_000}
	srv, up := newSidecar(t, func(c *Config) { c.Usage = usageTable(usage, &asked) })
	// free: monthly_events 100000; a request costs 1.
	if resp, b := do(t, srv, "POST", ingest, map[string]string{"X-Tenant-ID": "t1"}); resp.StatusCode != 200 {
		t.Fatalf("under quota: %d %s", resp.StatusCode, b)
	}
	resp, b := do(t, srv, "POST", ingest, map[string]string{"X-Tenant-ID": "over"})
	if resp.StatusCode != http.StatusPaymentRequired {
		t.Fatalf("over quota: %d %s", resp.StatusCode, b)
	}
	got := decodeBody(t, b)
	if got.Error != "quota_exceeded" || got.Reason != "quota exceeded" || resp.Header.Get("Retry-After") != "" {
		t.Errorf("402: %s %v", b, resp.Header)
	}
	if _, ok := asked.Load("over/ingest"); !ok {
		t.Error("the usage callback was not asked")
	}
	// pro: monthly_events 2000000; the api limit has no quota.
	if resp, _ := do(t, srv, "POST", ingest, map[string]string{"X-Tenant-ID": "t9"}); resp.StatusCode != 402 {
		t.Errorf("t9 over the pro quota: %d", resp.StatusCode)
	}
	if resp, _ := do(t, srv, "GET", "/api/v1/projects", map[string]string{"X-Tenant-ID": "t9"}); resp.StatusCode != 200 {
		t.Errorf("api (no quota): %d", resp.StatusCode)
	}
	if up.hits.Load() != 2 {
		t.Errorf("upstream saw %d requests, want 2", up.hits.Load())
	}

	// A usage store that fails refuses (503), never reads as no usage.
	srv2, up2 := newSidecar(t, func(c *Config) {
		c.Usage = func(string, string) (int64, bool, error) { return 0, false, errors.New("redis://usage:6379 down") }
	})
	resp, b = do(t, srv2, "POST", ingest, map[string]string{"X-Tenant-ID": "t1"})
	if resp.StatusCode != http.StatusServiceUnavailable || decodeBody(t, b).Error != "usage_lookup_failed" ||
		strings.Contains(string(b), "redis") {
		t.Errorf("failing usage store: %d %s", resp.StatusCode, b)
	}
	if up2.hits.Load() != 0 {
		t.Errorf("upstream 2 saw %d requests", up2.hits.Load())
	}
}

func TestBadRequests(t *testing.T) {
	srv, up := newSidecar(t, nil)
	cases := []struct {
		hdr    map[string]string
		status int
		want   string
	}{
		{map[string]string{}, 400, "missing_tenant"},
		{map[string]string{"X-Tenant-ID": "stranger"}, 403, "plan_unknown"},
	}
	for _, c := range cases {
		resp, b := do(t, srv, "POST", ingest, c.hdr)
		if resp.StatusCode != c.status || decodeBody(t, b).Error != c.want {
			t.Errorf("%v: %d %s", c.hdr, resp.StatusCode, b)
		}
	}
	// A plan the policy does not know (from a PlanOf callback, say) is
	// refused, not served under some other plan.
	srv2, up2 := newSidecar(t, func(c *Config) {
		c.PlanOf = func(string) (string, error) { return "platinum", nil }
	})
	if resp, b := do(t, srv2, "POST", ingest, map[string]string{"X-Tenant-ID": "x"}); resp.StatusCode != 400 ||
		decodeBody(t, b).Error != "bad_request" {
		t.Errorf("unknown plan: %d %s", resp.StatusCode, b)
	}
	if up.hits.Load()+up2.hits.Load() != 0 {
		t.Errorf("upstream saw %d requests", up.hits.Load()+up2.hits.Load())
	}
	if _, err := NewProxy(Config{}); err == nil {
		t.Error("NewProxy without upstream and limiter")
	}
}

func TestConcurrentTenants(t *testing.T) {
	srv, up := newSidecar(t, nil)
	var wg sync.WaitGroup
	var ok, limited atomic.Int64
	workers := 8
	for g := 0; g < workers; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 30; i++ {
				resp, _ := do(t, srv, "GET", "/api/v1/items", map[string]string{"X-Tenant-ID": "shared"})
				switch resp.StatusCode {
				case 200:
					ok.Add(1)
				case 429:
					limited.Add(1)
				default:
					t.Errorf("status %d", resp.StatusCode)
				}
			}
		}()
	}
	wg.Wait()
	// free api: burst 20 at a frozen clock.
	if ok.Load() != 20 || limited.Load() != int64(workers*30-20) || up.hits.Load() != 20 {
		t.Errorf("ok %d limited %d upstream %d", ok.Load(), limited.Load(), up.hits.Load())
	}
}

// ------------------------------------------------------------- start-up

const startupPolicy = `version: 1
secrets:
  - key: SIDECAR_TEST_TOKEN
    min_length: 32
plans:
  - name: free
    limits:
      ingest: {rpm: 600, burst: 100}
      api: {rpm: 120, burst: 20}
`

func writePolicy(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "policy.yaml")
	if err := os.WriteFile(path, []byte(startupPolicy), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestStartupFailsFast(t *testing.T) {
	path := writePolicy(t)
	const planted = "PLANTED-short-token" // too short: a finding, never printed
	t.Setenv("SIDECAR_TEST_TOKEN", planted)
	var stderr bytes.Buffer
	served := false
	code := run([]string{"-upstream", "http://127.0.0.1:1", "-policy", path, "-features", ""},
		func(string) string { return "" }, &stderr,
		func(endpoint, endpoint) error { served = true; return nil })
	if code != 1 || served {
		t.Fatalf("exit %d, served %v; stderr:\n%s", code, served, stderr.String())
	}
	out := stderr.String()
	if !strings.Contains(out, "SIDECAR_TEST_TOKEN") || !strings.Contains(out, "secret-min-length") ||
		!strings.Contains(out, "refusing to start") {
		t.Errorf("stderr lacks the report:\n%s", out)
	}
	if strings.Contains(out, planted) {
		t.Error("the secret's value was printed")
	}
}

func TestStartupServes(t *testing.T) {
	path := writePolicy(t)
	t.Setenv("SIDECAR_TEST_TOKEN", "sidecar-test-8f3K2pQz7LmN1vB4xR6tY9wE0aS5dF")
	var stderr bytes.Buffer
	var handler http.Handler
	code := run([]string{"-upstream", "http://127.0.0.1:1", "-policy", path, "-features", "", "-listen", "127.0.0.1:0"},
		func(string) string { return "" }, &stderr,
		func(p, _ endpoint) error { handler = p.Handler; return nil })
	if code != 0 || handler == nil {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr.String())
	}
	// The example policy shipped with the sidecar loads and serves.
	t.Setenv("SIDECAR_ADMIN_TOKEN", "sidecar-test-Zq8Lw3Nv6Rt1Yx5Bc9Hm2Kp7Df4Gs0Aj")
	handler = nil
	if code := run([]string{"-upstream", "http://127.0.0.1:1", "-policy", "policy.yaml",
		"-features", "/api/v1/exports=exports,/api/v1/audit-log=audit_log"},
		func(string) string { return "" }, &stderr,
		func(p, _ endpoint) error { handler = p.Handler; return nil }); code != 0 || handler == nil {
		t.Fatalf("policy.yaml: exit %d; stderr:\n%s", code, stderr.String())
	}
	// Usage errors are exit 2.
	for _, args := range [][]string{
		{"-policy", path},
		{"-upstream", "http://x", "-policy", filepath.Join(t.TempDir(), "none.yaml")},
		{"-upstream", "http://x", "-policy", path, "-features", "nonsense"},
		{"-upstream", "http://x", "-policy", path, "-enforcement", "lenient"},
		{"-bogus-flag"},
	} {
		var e bytes.Buffer
		if code := run(args, func(string) string { return "" }, &e, func(endpoint, endpoint) error { return nil }); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	// A serve error is reported.
	var e bytes.Buffer
	if code := run([]string{"-upstream", "http://x", "-policy", path, "-features", ""}, func(string) string { return "" }, &e,
		func(endpoint, endpoint) error { return errors.New("port taken") }); code != 1 {
		t.Errorf("serve error: exit %d", code)
	}
}
