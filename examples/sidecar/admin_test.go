package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// newTestLimiter is a strict limiter on the default policy with a frozen
// clock (exact bursts).
func newTestLimiter(t *testing.T) *dayone.Limiter {
	t.Helper()
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
	return lim
}

// newTestProxy is the proxy on lim in front of a fresh upstream.
func newTestProxy(t *testing.T, lim *dayone.Limiter, timing *DecisionTiming) (http.Handler, *upstream) {
	t.Helper()
	up := newUpstream(t)
	u, _ := url.Parse(up.URL)
	h, err := NewProxy(Config{Upstream: u, Limiter: lim, Plans: testPlans, Timing: timing})
	if err != nil {
		t.Fatal(err)
	}
	return h, up
}

// send is one request to h from tenant ("" for none).
func send(h http.Handler, method, path, tenant string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	r := httptest.NewRequest(method, path, nil)
	if tenant != "" {
		r.Header.Set("X-Tenant-ID", tenant)
	}
	h.ServeHTTP(rec, r)
	return rec
}

func getAdmin(t *testing.T, h http.Handler, path string) (*http.Response, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func healthBody(t *testing.T, h http.Handler) Health {
	t.Helper()
	res, text := getAdmin(t, h, "/healthz")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("/healthz: %d %q %s", res.StatusCode, res.Header.Get("Content-Type"), text)
	}
	var got Health
	if err := json.Unmarshal([]byte(text), &got); err != nil {
		t.Fatalf("/healthz is not JSON: %v\n%s", err, text)
	}
	return got
}

func TestAdminMetricsCountWhatTheProxyDecided(t *testing.T) {
	lim := newTestLimiter(t)
	timing := &DecisionTiming{}
	proxy, _ := newTestProxy(t, lim, timing)
	for i := 0; i < 101; i++ { // free ingest: a burst of 100, the 101st is a 429
		if rec := send(proxy, "POST", "/api/v1/ingest/browser", "t1"); i < 100 && rec.Code != 200 ||
			i == 100 && rec.Code != 429 {
			t.Fatalf("request %d: %d", i, rec.Code)
		}
	}
	admin := NewAdminHandler(lim, "default", timing)
	res, text := getAdmin(t, admin, "/metrics")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != metricsContentType {
		t.Fatalf("/metrics: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	// ctest go.sidecar.metrics_parse hands this text to the format's
	// reference parser (prometheus_client, tests/go/parse_sidecar_metrics.py).
	if out := os.Getenv("SIDECAR_METRICS_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []string{
		"# TYPE dayone_decisions_total counter",
		`dayone_decisions_total{plan="free",limit="ingest",outcome="allow"} 100`,
		`dayone_decisions_total{plan="free",limit="ingest",outcome="deny_rate"} 1`,
		"# TYPE sidecar_decision_seconds histogram",
		`sidecar_decision_seconds_bucket{le="+Inf"} 101`,
		`sidecar_decision_seconds_bucket{le="1"} 101`, // a decision of the in-process table
		"sidecar_decision_seconds_count 101",
		"# TYPE sidecar_decision_seconds_max gauge",
	} {
		if !strings.Contains(text, want+"\n") {
			t.Errorf("/metrics lacks %q:\n%s", want, text)
		}
	}
	if max := timing.maxNs.Load(); max <= 0 || !strings.Contains(text,
		fmt.Sprintf("sidecar_decision_seconds_max %.9f\n", float64(max)/1e9)) {
		t.Errorf("decision max %d ns not in:\n%s", max, text)
	}
	// A request refused before the limiter is no decision.
	send(proxy, "GET", "/api/v1/items", "")
	if timing.count.Load() != 101 {
		t.Errorf("decisions timed: %d", timing.count.Load())
	}
	// The proxied handler knows nothing of the admin paths: they are a
	// tenant request there (and this one has no tenant).
	if rec := send(proxy, "GET", "/metrics", ""); rec.Code != 400 {
		t.Errorf("/metrics on the proxied port: %d, want the proxy's 400", rec.Code)
	}
	if res, _ := getAdmin(t, admin, "/other"); res.StatusCode != 404 {
		t.Errorf("/other on the admin port: %d", res.StatusCode)
	}
}

func TestAdminHealthWithoutBackend(t *testing.T) {
	lim := newTestLimiter(t)
	admin := NewAdminHandler(lim, "default", nil)
	got := healthBody(t, admin)
	want := Health{Status: "ok", Policy: HealthPolicy{Loaded: true, Name: "default"},
		Backend: HealthBackend{Kind: "none"}}
	if got != want {
		t.Errorf("/healthz = %+v, want %+v", got, want)
	}
	lim.Close()
	if res, text := getAdmin(t, admin, "/healthz"); res.StatusCode != 503 ||
		!strings.Contains(text, `"unavailable"`) {
		t.Errorf("closed limiter: %d %s", res.StatusCode, text)
	}
	if res, _ := getAdmin(t, admin, "/metrics"); res.StatusCode != 503 {
		t.Errorf("closed limiter /metrics: %d", res.StatusCode)
	}
}

// startRedisServer starts a private redis-server on a unix socket and
// returns its URL and a function killing it. Without redis-server the test
// fails (under -short it is skipped, as the binding's Redis tests are).
func startRedisServer(t *testing.T) (string, func()) {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if testing.Short() {
			t.Skip("redis-server not on PATH; skipped under -short only")
		}
		t.Fatal("redis-server not on PATH: install the Debian package redis-server")
	}
	dir, err := os.MkdirTemp("", "dysc")
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "r.sock")
	var out bytes.Buffer
	cmd := exec.Command(bin, "--port", "0", "--unixsocket", sock, "--save", "", "--appendonly", "no", "--dir", dir)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	stopped := false
	stop := func() {
		if !stopped {
			stopped = true
			cmd.Process.Kill()
			<-done
		}
	}
	t.Cleanup(func() { stop(); os.RemoveAll(dir) })
	for deadline := time.Now().Add(10 * time.Second); ; {
		if c, err := net.Dial("unix", sock); err == nil {
			c.Close()
			return "unix://" + sock, stop
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server did not start:\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestAdminHealthReportsRedis(t *testing.T) {
	url, stop := startRedisServer(t)
	lim := newTestLimiter(t)
	policy, err := dayone.DefaultPolicy()
	if err != nil {
		t.Fatal(err)
	}
	defer policy.Close()
	if state, err := attachRedis(lim, policy, url, 2); err != nil || state != "shared in Redis" {
		t.Fatalf("attach: %q %v", state, err)
	}
	proxy, _ := newTestProxy(t, lim, nil)
	if rec := send(proxy, "GET", "/api/v1/items", "t1"); rec.Code != 200 {
		t.Fatalf("via Redis: %d", rec.Code)
	}
	admin := NewAdminHandler(lim, "default", nil)
	got := healthBody(t, admin)
	if got.Status != "ok" || got.Backend.Kind != "redis" || !got.Backend.Attached ||
		!got.Backend.Connected || got.Backend.Degraded || got.Backend.RoundTrips == 0 {
		t.Errorf("connected: %+v", got)
	}
	stop()
	// The default policy's api limit falls back to the in-process table:
	// the request is still decided, and /healthz says degraded (still 200).
	if rec := send(proxy, "GET", "/api/v1/items", "t1"); rec.Code != 200 {
		t.Fatalf("Redis down: %d", rec.Code)
	}
	got = healthBody(t, admin)
	if got.Status != "degraded" || !got.Backend.Attached || got.Backend.Connected ||
		!got.Backend.Degraded || got.Backend.Errors == 0 || got.Backend.FallbacksLocal == 0 {
		t.Errorf("Redis down: %+v", got)
	}
}

func TestAdminListenerStartup(t *testing.T) {
	path := writePolicy(t)
	t.Setenv("SIDECAR_TEST_TOKEN", "sidecar-test-8f3K2pQz7LmN1vB4xR6tY9wE0aS5dF")
	base := []string{"-upstream", "http://127.0.0.1:1", "-policy", path, "-features", ""}
	runWith := func(args ...string) (int, endpoint, endpoint, string) {
		var stderr bytes.Buffer
		var p, a endpoint
		code := run(append(append([]string{}, base...), args...), func(string) string { return "" }, &stderr,
			func(pe, ae endpoint) error { p, a = pe, ae; return nil })
		return code, p, a, stderr.String()
	}
	// The default: the admin endpoints on loopback, a port of their own.
	code, p, a, out := runWith("-listen", ":9000")
	if code != 0 || p.Addr != ":9000" || a.Addr != "127.0.0.1:8081" || a.Handler == nil ||
		!strings.Contains(out, "/metrics and /healthz on 127.0.0.1:8081; limiter state: in process") {
		t.Fatalf("default: exit %d %+v %+v\n%s", code, p, a, out)
	}
	if res, _ := getAdmin(t, a.Handler, "/healthz"); res.StatusCode != 503 {
		t.Errorf("after run returned the limiter is closed: /healthz %d", res.StatusCode)
	}
	code, _, a, _ = runWith("-admin-listen", "off")
	if code != 0 || a.Addr != "" || a.Handler != nil {
		t.Errorf("off: exit %d %+v", code, a)
	}
	// Never the proxied port.
	for _, c := range [][2]string{{":8080", ":8080"}, {"127.0.0.1:8080", ":8080"},
		{"0.0.0.0:9000", "127.0.0.1:9000"}, {"[::]:9000", "localhost:9000"}} {
		code, _, _, out := runWith("-admin-listen", c[0], "-listen", c[1])
		if code != 2 || !strings.Contains(out, "must not share the proxied port") {
			t.Errorf("admin %s, listen %s: exit %d\n%s", c[0], c[1], code, out)
		}
	}
	if code, _, _, out := runWith("-redis-pool", "65"); code != 2 || !strings.Contains(out, "-redis-pool") {
		t.Errorf("pool of 65: exit %d\n%s", code, out)
	}
	if code, _, _, out := runWith("-capacity", "-1"); code != 2 || !strings.Contains(out, "-capacity") {
		t.Errorf("negative capacity: exit %d\n%s", code, out)
	}
	if code, _, _, out := runWith("-admin-listen", "nonsense"); code != 2 || !strings.Contains(out, "-admin-listen") {
		t.Errorf("bad address: exit %d\n%s", code, out)
	}
	// A Redis that cannot be reached at start-up stops the sidecar (exit 1)
	// rather than leaving each instance with a budget of its own.
	code, _, _, out = runWith("-redis", "unix://"+filepath.Join(t.TempDir(), "none.sock"))
	if code != 1 || !strings.Contains(out, "cannot attach Redis") {
		t.Errorf("unreachable Redis: exit %d\n%s", code, out)
	}
}
