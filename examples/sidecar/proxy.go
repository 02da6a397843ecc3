package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httputil"
	"net/url"
	"sort"
	"strconv"
	"strings"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// FeatureGate requires Feature for every path under Prefix.
type FeatureGate struct {
	Prefix  string
	Feature string
}

// Config of the gating proxy.
type Config struct {
	// Upstream receives the allowed requests.
	Upstream *url.URL
	// Limiter decides each request (its policy holds plans, limits,
	// quotas and features).
	Limiter *dayone.Limiter
	// TenantHeader names the tenant (default X-Tenant-ID).
	TenantHeader string
	// PlanHeader gives the tenant's plan (default X-Plan) when Plans has no
	// entry for the tenant. Only trust it when a gateway in front of the
	// sidecar sets it after authentication.
	PlanHeader string
	// Plans maps tenants to plans (takes precedence over PlanHeader).
	Plans map[string]string
	// DefaultPlan is used when neither Plans nor PlanHeader gives one
	// ("" = the request is rejected).
	DefaultPlan string
	// IngestPath is the endpoint limited by "ingest" (default
	// /api/v1/ingest/browser); every other path uses "api".
	IngestPath string
	// Features gates paths by prefix (the longest matching prefix wins).
	Features []FeatureGate
	// UsageHeader carries the tenant's quota usage (default X-Usage) when
	// Usage is nil or does not know it.
	UsageHeader string
	// Usage, when set, returns the tenant's current usage of a limit's quota
	// (ok false: unknown).
	Usage func(tenant, limit string) (usage int64, ok bool)
}

type proxy struct {
	cfg   Config
	gates []FeatureGate
	rp    *httputil.ReverseProxy
}

// NewProxy returns the gating reverse proxy: it answers 429, 402 and 403
// itself (with Retry-After / RateLimit headers and a JSON body) and sends
// allowed requests upstream with their RateLimit headers.
func NewProxy(cfg Config) (http.Handler, error) {
	if cfg.Upstream == nil || cfg.Limiter == nil {
		return nil, errors.New("sidecar: Upstream and Limiter are required")
	}
	if cfg.TenantHeader == "" {
		cfg.TenantHeader = "X-Tenant-ID"
	}
	if cfg.PlanHeader == "" {
		cfg.PlanHeader = "X-Plan"
	}
	if cfg.IngestPath == "" {
		cfg.IngestPath = "/api/v1/ingest/browser"
	}
	if cfg.UsageHeader == "" {
		cfg.UsageHeader = "X-Usage"
	}
	gates := append([]FeatureGate(nil), cfg.Features...)
	sort.SliceStable(gates, func(i, j int) bool { return len(gates[i].Prefix) > len(gates[j].Prefix) })
	up := cfg.Upstream
	rp := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(up)
		pr.SetXForwarded()
	}}
	return &proxy{cfg: cfg, gates: gates, rp: rp}, nil
}

// body is the JSON answer of a refused request.
type body struct {
	Error       string  `json:"error"`
	Reason      string  `json:"reason"`
	UpgradePlan *string `json:"upgrade_plan"`
}

func writeJSON(w http.ResponseWriter, status int, b body) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(b)
}

// limitFor maps a path to the policy's limit name.
func (p *proxy) limitFor(path string) string {
	if path == p.cfg.IngestPath || strings.HasPrefix(path, strings.TrimSuffix(p.cfg.IngestPath, "/")+"/") {
		return "ingest"
	}
	return "api"
}

func (p *proxy) featureFor(path string) string {
	for _, g := range p.gates {
		if path == g.Prefix || strings.HasPrefix(path, strings.TrimSuffix(g.Prefix, "/")+"/") {
			return g.Feature
		}
	}
	return ""
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tenant := r.Header.Get(p.cfg.TenantHeader)
	if tenant == "" {
		writeJSON(w, http.StatusBadRequest, body{Error: "missing_tenant",
			Reason: p.cfg.TenantHeader + " header is required"})
		return
	}
	plan, ok := p.cfg.Plans[tenant]
	if !ok {
		plan = r.Header.Get(p.cfg.PlanHeader)
	}
	if plan == "" {
		plan = p.cfg.DefaultPlan
	}
	if plan == "" {
		writeJSON(w, http.StatusBadRequest, body{Error: "missing_plan",
			Reason: p.cfg.PlanHeader + " header is required"})
		return
	}
	req := dayone.Request{Key: tenant, Plan: plan, Limit: p.limitFor(r.URL.Path),
		Feature: p.featureFor(r.URL.Path)}
	if p.cfg.Usage != nil {
		if u, ok := p.cfg.Usage(tenant, req.Limit); ok {
			req = req.WithUsage(u)
		}
	}
	if !req.UsageKnown {
		if h := r.Header.Get(p.cfg.UsageHeader); h != "" {
			u, err := strconv.ParseInt(h, 10, 64)
			if err != nil || u < 0 {
				writeJSON(w, http.StatusBadRequest, body{Error: "bad_usage",
					Reason: p.cfg.UsageHeader + " must be a non-negative integer"})
				return
			}
			req = req.WithUsage(u)
		}
	}

	d, err := p.cfg.Limiter.Decide(req)
	if err != nil {
		// Never a silent allow: an unknown plan is refused, anything else
		// fails closed.
		if errors.Is(err, dayone.ErrNotFound) || errors.Is(err, dayone.ErrInvalid) {
			writeJSON(w, http.StatusBadRequest, body{Error: "bad_request",
				Reason: "unknown plan, limit or feature"})
			return
		}
		writeJSON(w, http.StatusServiceUnavailable, body{Error: "limiter_error", Reason: "try again later"})
		return
	}
	if err := d.SetHeaders(w.Header()); err != nil {
		// A header the library cannot write (never for a loaded policy's
		// limits) fails closed rather than answering without it.
		writeJSON(w, http.StatusInternalServerError, body{Error: "limiter_error", Reason: "try again later"})
		return
	}
	if !d.Allowed {
		b := body{Reason: d.Reason}
		switch d.Outcome {
		case dayone.DenyRate:
			b.Error = "rate_limited"
		case dayone.DenyQuota:
			b.Error = "quota_exceeded"
		case dayone.DenyPlan:
			b.Error = "upgrade_required"
		default:
			b.Error = "denied"
		}
		if d.UpgradePlan != "" {
			up := d.UpgradePlan
			b.UpgradePlan = &up
		}
		writeJSON(w, d.Status, b)
		return
	}
	if d.Outcome == dayone.AllowOverage {
		w.Header().Set("X-Quota-Overage", "true")
	}
	p.rp.ServeHTTP(w, r)
}
