package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync/atomic"
	"time"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// The admin endpoints live on their own listener (-admin-listen), never on
// the proxied port: a client of the service must not read the operator's
// metrics, and a scraper must not be rate limited as a tenant.

// metricsContentType is the Prometheus text exposition format the library
// renders (docs/metrics.md).
const metricsContentType = "text/plain; version=0.0.4; charset=utf-8"

// DecisionTiming records how long the limiter decisions the proxy asked
// for took: a histogram and the longest. A limiter with Redis promises
// every network wait within its command timeout (plus the connect timeout
// when a reconnect is due); these show what a caller saw, waits for a
// pooled connection and the CPU included. Safe for concurrent use; a nil
// *DecisionTiming records nothing.
type DecisionTiming struct {
	count   atomic.Uint64
	sumNs   atomic.Int64
	maxNs   atomic.Int64
	buckets [len(decisionBuckets)]atomic.Uint64 // non-cumulative; summed when written
}

// decisionBuckets are the histogram's upper bounds, in seconds.
var decisionBuckets = [...]float64{0.0001, 0.0005, 0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1}

func (t *DecisionTiming) observe(d time.Duration) {
	if t == nil {
		return
	}
	t.count.Add(1)
	t.sumNs.Add(int64(d))
	for i, le := range decisionBuckets {
		if d.Seconds() <= le {
			t.buckets[i].Add(1)
			break
		}
	}
	for {
		old := t.maxNs.Load()
		if int64(d) <= old || t.maxNs.CompareAndSwap(old, int64(d)) {
			return
		}
	}
}

// writeMetrics appends the sidecar's own families to the library's text.
func (t *DecisionTiming) writeMetrics(w io.Writer) {
	if t == nil {
		return
	}
	count := t.count.Load()
	fmt.Fprintf(w, "# HELP sidecar_decision_seconds Time of one limiter decision, as the proxy saw it.\n"+
		"# TYPE sidecar_decision_seconds histogram\n")
	var cum uint64
	for i, le := range decisionBuckets {
		cum += t.buckets[i].Load()
		fmt.Fprintf(w, "sidecar_decision_seconds_bucket{le=\"%g\"} %d\n", le, cum)
	}
	// +Inf is the count read first: a decision observed meanwhile may be in
	// a bucket already, never in +Inf before the count, so +Inf >= every bucket.
	if cum > count {
		count = cum
	}
	fmt.Fprintf(w, "sidecar_decision_seconds_bucket{le=\"+Inf\"} %d\n", count)
	fmt.Fprintf(w, "sidecar_decision_seconds_sum %.9f\nsidecar_decision_seconds_count %d\n",
		float64(t.sumNs.Load())/1e9, count)
	fmt.Fprintf(w, "# HELP sidecar_decision_seconds_max The longest single limiter decision since start.\n"+
		"# TYPE sidecar_decision_seconds_max gauge\nsidecar_decision_seconds_max %.9f\n",
		float64(t.maxNs.Load())/1e9)
}

// Health is the /healthz body.
type Health struct {
	// Status is "ok", or "degraded" when a Redis backend is attached but
	// its last command failed: decisions then follow each limit's
	// on_backend_failure (in-process, fail_open or fail_closed) until
	// Redis answers again.
	Status  string        `json:"status"`
	Policy  HealthPolicy  `json:"policy"`
	Backend HealthBackend `json:"backend"`
}

// HealthPolicy says which policy the limiter enforces.
type HealthPolicy struct {
	Loaded bool   `json:"loaded"`
	Name   string `json:"name"`
}

// HealthBackend is the limiter's backend status (dayone.BackendStatus).
type HealthBackend struct {
	Kind            string `json:"kind"` // "redis" or "none" (in-process only)
	Attached        bool   `json:"attached"`
	Connected       bool   `json:"connected"`
	Degraded        bool   `json:"degraded"`
	RoundTrips      uint64 `json:"round_trips"`
	Errors          uint64 `json:"errors"`
	FallbacksLocal  uint64 `json:"fallbacks_local"`
	FallbacksOpen   uint64 `json:"fallbacks_open"`
	FallbacksClosed uint64 `json:"fallbacks_closed"`
	Reconnects      uint64 `json:"reconnects"`
}

// healthOf reads the limiter's state. A limiter that cannot answer (closed)
// is an error: /healthz then says 503 rather than guessing.
func healthOf(l *dayone.Limiter, policyName string) (Health, error) {
	st, err := l.BackendStatus()
	if err != nil {
		return Health{}, err
	}
	h := Health{Status: "ok", Policy: HealthPolicy{Loaded: true, Name: policyName},
		Backend: HealthBackend{Kind: "none", Attached: st.Attached, Connected: st.Connected,
			RoundTrips: st.RoundTrips, Errors: st.Errors, FallbacksLocal: st.FallbacksLocal,
			FallbacksOpen: st.FallbacksOpen, FallbacksClosed: st.FallbacksClosed,
			Reconnects: st.Reconnects}}
	if st.Attached {
		h.Backend.Kind = "redis"
		h.Backend.Degraded = !st.Connected
	}
	if h.Backend.Degraded {
		h.Status = "degraded"
	}
	return h, nil
}

// NewAdminHandler serves GET /metrics (the limiter's counters, Prometheus
// text, then the sidecar's decision timing when timing is not nil) and GET /healthz (JSON, see Health). /healthz answers 200 while the
// sidecar decides - degraded included, since every limit then has its
// documented fallback and taking every replica out of a load balancer
// because Redis is down would turn an outage of the shared state into one
// of the service - and 503 when the limiter cannot answer at all.
func NewAdminHandler(l *dayone.Limiter, policyName string, timing *DecisionTiming) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /metrics", func(w http.ResponseWriter, r *http.Request) {
		text, err := l.Metrics()
		if err != nil {
			http.Error(w, "metrics unavailable", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", metricsContentType)
		w.Header().Set("Cache-Control", "no-store")
		_, _ = io.WriteString(w, text)
		timing.writeMetrics(w)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		h, err := healthOf(l, policyName)
		if err != nil {
			w.WriteHeader(http.StatusServiceUnavailable)
			_ = json.NewEncoder(w).Encode(map[string]string{"status": "unavailable"})
			return
		}
		_ = json.NewEncoder(w).Encode(h)
	})
	return mux
}

// sameListener tells whether two listen addresses would be one port: the
// admin endpoints must never be reachable on the proxied port. Port 0 (any
// free port) never clashes.
func sameListener(a, b string) (bool, error) {
	ha, pa, err := net.SplitHostPort(a)
	if err != nil {
		return false, fmt.Errorf("%q: %v", a, err)
	}
	hb, pb, err := net.SplitHostPort(b)
	if err != nil {
		return false, fmt.Errorf("%q: %v", b, err)
	}
	if pa != pb || pa == "0" {
		return false, nil
	}
	wild := func(h string) bool { return h == "" || h == "0.0.0.0" || h == "::" }
	return ha == hb || wild(ha) || wild(hb), nil
}
