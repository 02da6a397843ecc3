package main

// The trust model: what a client can set changes nothing unless the
// operator opts in, and never reaches the upstream.

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// answer is what a client sees of one decision.
type answer struct {
	status                                 int
	rateLimit, rateLimitPolicy, retryAfter string
	body                                   string
}

func (a answer) String() string {
	return fmt.Sprintf("%d RateLimit=%q Policy=%q Retry-After=%q %s",
		a.status, a.rateLimit, a.rateLimitPolicy, a.retryAfter, a.body)
}

type step struct {
	method, path, tenant string
}

// script exercises each decision: a burst then 429, the paywall, the quota
// (from the Usage callback) and an unknown tenant.
func script() []step {
	var s []step
	for i := 0; i < 101; i++ { // t1 is on free: ingest burst 100
		s = append(s, step{"POST", ingest, "t1"})
	}
	return append(s,
		step{"GET", "/api/v1/exports/csv", "t1"}, // free lacks exports: 403, upgrade to pro
		step{"GET", "/api/v1/audit-log", "p1"},   // pro lacks audit_log: 403, upgrade to business
		step{"POST", ingest, "over"},             // free, usage 100000 of 100000: 402
		step{"GET", "/api/v1/projects", "stranger"},
	)
}

func playScript(t *testing.T, srv *httptest.Server, extra map[string]string) []answer {
	t.Helper()
	var out []answer
	for _, st := range script() {
		hdr := map[string]string{"X-Tenant-ID": st.tenant}
		for k, v := range extra {
			hdr[k] = v
		}
		resp, b := do(t, srv, st.method, st.path, hdr)
		out = append(out, answer{resp.StatusCode, resp.Header.Get("RateLimit"),
			resp.Header.Get("RateLimit-Policy"), resp.Header.Get("Retry-After"), string(b)})
	}
	return out
}

var scriptUsage = map[string]int64{"t1/ingest": 10, "over/ingest": 100_000}

func TestForgedPlanHeadersChangeNothing(t *testing.T) {
	withUsage := func(c *Config) { c.Usage = usageTable(scriptUsage, nil) }
	plainSrv, plainUp := newSidecar(t, withUsage)
	plain := playScript(t, plainSrv, nil)

	// The decisions themselves, so that "the same" means the right thing.
	n := len(plain)
	if plain[0].status != 200 || plain[99].status != 200 || plain[100].status != 429 {
		t.Fatalf("burst: %v / %v / %v", plain[0], plain[99], plain[100])
	}
	for i, want := range []struct {
		status int
		body   string
	}{
		{403, `{"error":"upgrade_required","reason":"feature not in plan","upgrade_plan":"pro"}`},
		{403, `{"error":"upgrade_required","reason":"feature not in plan","upgrade_plan":"business"}`},
		{402, `{"error":"quota_exceeded","reason":"quota exceeded","upgrade_plan":null}`},
		{403, `{"error":"plan_unknown","reason":"no plan is configured for this tenant","upgrade_plan":null}`},
	} {
		got := plain[n-4+i]
		if got.status != want.status || got.body != want.body+"\n" {
			t.Errorf("step %d: %v, want %d %s", n-4+i, got, want.status, want.body)
		}
	}

	for _, forged := range []map[string]string{
		{"X-Plan": "enterprise", "X-Usage": "0"},
		{"X-Plan": "business"},
		{"X-Plan": "platinum", "X-Usage": "not a number"},
	} {
		srv, up := newSidecar(t, withUsage)
		got := playScript(t, srv, forged)
		for i := range plain {
			if got[i] != plain[i] {
				t.Errorf("%v: step %d (%v): %v, without the headers %v", forged, i, script()[i], got[i], plain[i])
			}
		}
		if up.hits.Load() != plainUp.hits.Load() || up.hits.Load() != 100 {
			t.Errorf("%v: upstream saw %d requests, %d without the headers", forged, up.hits.Load(), plainUp.hits.Load())
		}
		if up.planHeaders.Load() != 0 {
			t.Errorf("%v: %d requests reached the upstream with a plan or usage header", forged, up.planHeaders.Load())
		}
	}
}

func TestUnknownTenant(t *testing.T) {
	enterprise := map[string]string{"X-Tenant-ID": "stranger", "X-Plan": "enterprise"}
	// No default plan: refused, whatever the client claims.
	srv, up := newSidecar(t, nil)
	resp, b := do(t, srv, "GET", "/api/v1/projects", enterprise)
	if resp.StatusCode != http.StatusForbidden || decodeBody(t, b).Error != "plan_unknown" || up.hits.Load() != 0 {
		t.Errorf("unknown tenant without a default plan: %d %s, upstream %d", resp.StatusCode, b, up.hits.Load())
	}

	// The operator's default plan, not the client's claim.
	srv, up = newSidecar(t, func(c *Config) { c.DefaultPlan = "free" })
	if resp, _ := do(t, srv, "GET", "/api/v1/projects", enterprise); resp.StatusCode != 200 ||
		resp.Header.Get("RateLimit-Policy") != `"api";q=120;w=60` {
		t.Errorf("default plan: %d %v", resp.StatusCode, resp.Header)
	}
	if resp, b := do(t, srv, "GET", "/api/v1/exports", enterprise); resp.StatusCode != 403 ||
		*decodeBody(t, b).UpgradePlan != "pro" {
		t.Errorf("default plan free on exports: %d %s", resp.StatusCode, b)
	}
	if up.planHeaders.Load() != 0 {
		t.Error("the upstream saw X-Plan")
	}

	// A PlanOf callback: its plan, its "unknown" (then the default plan or a
	// refusal), its failure (503, the error text kept out of the answer).
	planOf := func(tenant string) (string, error) {
		switch tenant {
		case "billed":
			return "business", nil
		case "broken":
			return "", errors.New("postgres://billing:5432 unreachable")
		}
		return "", nil
	}
	srv, up = newSidecar(t, func(c *Config) { c.PlanOf = planOf })
	for _, c := range []struct {
		tenant, path string
		status       int
		errCode      string
	}{
		{"billed", "/api/v1/audit-log", 200, ""},
		{"t1", "/api/v1/exports", 403, "upgrade_required"}, // the map comes first
		{"nobody", "/api/v1/projects", 403, "plan_unknown"},
		{"broken", "/api/v1/projects", 503, "plan_lookup_failed"},
	} {
		resp, b := do(t, srv, "GET", c.path, map[string]string{"X-Tenant-ID": c.tenant, "X-Plan": "enterprise"})
		if resp.StatusCode != c.status || (c.errCode != "" && decodeBody(t, b).Error != c.errCode) {
			t.Errorf("PlanOf, %s on %s: %d %s", c.tenant, c.path, resp.StatusCode, b)
		}
		if strings.Contains(string(b), "postgres") || strings.Contains(string(b), "unreachable") {
			t.Errorf("the lookup error leaked: %s", b)
		}
	}
	if up.hits.Load() != 1 || up.planHeaders.Load() != 0 {
		t.Errorf("upstream: %d requests, %d with plan headers", up.hits.Load(), up.planHeaders.Load())
	}
}

func TestTrustClientPlanHeadersOptIn(t *testing.T) {
	srv, up := newSidecar(t, func(c *Config) { c.TrustClientPlanHeaders = true })
	for _, c := range []struct {
		hdr     map[string]string
		path    string
		status  int
		errCode string
	}{
		{map[string]string{"X-Tenant-ID": "gw", "X-Plan": "pro"}, "/api/v1/exports", 200, ""},
		{map[string]string{"X-Tenant-ID": "gw2", "X-Plan": "free"}, "/api/v1/exports", 403, "upgrade_required"},
		{map[string]string{"X-Tenant-ID": "gw3", "X-Plan": "free", "X-Usage": "100000"}, ingest, 402, "quota_exceeded"},
		{map[string]string{"X-Tenant-ID": "gw4", "X-Plan": "free", "X-Usage": "99999"}, ingest, 200, ""},
		{map[string]string{"X-Tenant-ID": "gw5", "X-Plan": "free", "X-Usage": "lots"}, ingest, 400, "bad_usage"},
		{map[string]string{"X-Tenant-ID": "gw6", "X-Plan": "platinum"}, "/api/v1/projects", 400, "bad_request"},
		{map[string]string{"X-Tenant-ID": "gw7"}, "/api/v1/projects", 403, "plan_unknown"},
		// The operator's map still comes first: acme is on business.
		{map[string]string{"X-Tenant-ID": "acme", "X-Plan": "free"}, "/api/v1/audit-log", 200, ""},
		{map[string]string{"X-Tenant-ID": "t1", "X-Plan": "enterprise"}, "/api/v1/exports", 403, "upgrade_required"},
	} {
		resp, b := do(t, srv, "GET", c.path, c.hdr)
		if resp.StatusCode != c.status || (c.errCode != "" && decodeBody(t, b).Error != c.errCode) {
			t.Errorf("%v on %s: %d %s, want %d %s", c.hdr, c.path, resp.StatusCode, b, c.status, c.errCode)
		}
	}
	if up.hits.Load() != 3 || up.planHeaders.Load() != 0 {
		t.Errorf("upstream: %d requests (want 3), %d with plan headers (want 0)", up.hits.Load(), up.planHeaders.Load())
	}

	// Renamed headers: read under their names, and neither they nor the
	// usual X-Plan / X-Usage reach the upstream.
	srv, up = newSidecar(t, func(c *Config) {
		c.TrustClientPlanHeaders = true
		c.PlanHeader, c.UsageHeader = "X-Gateway-Plan", "X-Gateway-Usage"
	})
	hdr := map[string]string{"X-Tenant-ID": "gw", "X-Gateway-Plan": "pro", "X-Gateway-Usage": "1",
		"X-Plan": "enterprise", "X-Usage": "0"}
	if resp, b := do(t, srv, "GET", "/api/v1/exports", hdr); resp.StatusCode != 200 {
		t.Errorf("renamed plan header: %d %s", resp.StatusCode, b)
	}
	hdr["X-Gateway-Plan"] = "free"
	if resp, _ := do(t, srv, "GET", "/api/v1/exports", hdr); resp.StatusCode != 403 {
		t.Errorf("renamed plan header, free: %d (X-Plan must not count)", resp.StatusCode)
	}
	if up.hits.Load() != 1 || up.planHeaders.Load() != 0 {
		t.Errorf("upstream: %d requests, %d with plan headers", up.hits.Load(), up.planHeaders.Load())
	}
}
