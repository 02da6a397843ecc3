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
	"time"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

// FeatureGate requires Feature for every path under Prefix.
type FeatureGate struct {
	Prefix  string
	Feature string
}

// Config of the gating proxy.
//
// Trust model: the tenant comes from TenantHeader, which an authenticating
// gateway in front of the sidecar must set (and overwrite when a client sent
// it). What the tenant may do - its plan and its quota usage - comes from
// the operator (Plans, DefaultPlan) or from your own code (PlanOf, Usage),
// never from the request, unless TrustClientPlanHeaders says otherwise.
type Config struct {
	// Upstream receives the allowed requests.
	Upstream *url.URL
	// Limiter decides each request (its policy holds plans, limits,
	// quotas and features).
	Limiter *dayone.Limiter
	// TenantHeader names the tenant (default X-Tenant-ID).
	TenantHeader string
	// Plans maps tenants to plans: the operator's configuration. It is
	// consulted first.
	Plans map[string]string
	// PlanOf, when set, is asked for a tenant Plans does not list (your
	// billing system). ("", nil): the tenant is unknown here; an error: the
	// lookup failed, and the request is refused with 503.
	PlanOf func(tenant string) (plan string, err error)
	// DefaultPlan is the plan of a tenant no source knows. "" (the default)
	// refuses such a request with 403 "plan_unknown": the sidecar never
	// picks a plan by itself.
	DefaultPlan string
	// Usage, when set, returns the tenant's current usage of a limit's
	// quota (known false: no figure for this tenant and limit, the quota is
	// not checked). An error refuses the request with 503: a usage store
	// that is down must not read as an empty quota.
	Usage func(tenant, limit string) (usage int64, known bool, err error)
	// TrustClientPlanHeaders opts in to reading the plan from PlanHeader
	// (after Plans and PlanOf, before DefaultPlan) and the usage from
	// UsageHeader (when Usage gives none). Only for a sidecar that nothing
	// but a gateway can reach, and that gateway sets both headers after
	// authentication, dropping what the client sent. Off (the default),
	// both headers are ignored. Either way they never reach the upstream.
	TrustClientPlanHeaders bool
	// PlanHeader and UsageHeader name those headers (default X-Plan and
	// X-Usage).
	PlanHeader  string
	UsageHeader string
	// IngestPath is the endpoint limited by "ingest" (default
	// /api/v1/ingest/browser); every other path uses "api".
	IngestPath string
	// Features gates paths by prefix (the longest matching prefix wins).
	Features []FeatureGate
	// Timing, when set, records how long each limiter decision took (the
	// admin endpoint's sidecar_decision_* metrics).
	Timing *DecisionTiming
}

type proxy struct {
	cfg   Config
	gates []FeatureGate
	rp    *httputil.ReverseProxy
}

// clientPlanHeaders are removed from every request sent upstream, whatever
// the configured names: an upstream reading X-Plan must not see a value a
// client made up.
var clientPlanHeaders = []string{"X-Plan", "X-Usage"}

// NewProxy returns the gating reverse proxy: it answers 429, 402 and 403
// itself (with Retry-After / RateLimit headers and a JSON body) and sends
// allowed requests upstream with their RateLimit headers, without the plan
// and usage headers.
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
	// A copy: a caller changing its map later cannot race the requests.
	plans := make(map[string]string, len(cfg.Plans))
	for tenant, plan := range cfg.Plans {
		plans[tenant] = plan
	}
	cfg.Plans = plans
	gates := append([]FeatureGate(nil), cfg.Features...)
	sort.SliceStable(gates, func(i, j int) bool { return len(gates[i].Prefix) > len(gates[j].Prefix) })
	strip := append([]string{cfg.PlanHeader, cfg.UsageHeader}, clientPlanHeaders...)
	up := cfg.Upstream
	rp := &httputil.ReverseProxy{Rewrite: func(pr *httputil.ProxyRequest) {
		pr.SetURL(up)
		pr.SetXForwarded()
		for _, h := range strip {
			pr.Out.Header.Del(h)
		}
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

// refusal is a request the sidecar answers itself, before the limiter.
type refusal struct {
	status int
	body   body
}

// planOf establishes the tenant's plan: Plans, then PlanOf, then (opted in)
// the plan header, then DefaultPlan. With none of them it refuses.
func (p *proxy) planOf(r *http.Request, tenant string) (string, *refusal) {
	if plan, ok := p.cfg.Plans[tenant]; ok {
		return plan, nil
	}
	if p.cfg.PlanOf != nil {
		plan, err := p.cfg.PlanOf(tenant)
		if err != nil {
			// The error text stays here: it may name the billing store.
			return "", &refusal{http.StatusServiceUnavailable,
				body{Error: "plan_lookup_failed", Reason: "try again later"}}
		}
		if plan != "" {
			return plan, nil
		}
	}
	if p.cfg.TrustClientPlanHeaders {
		if plan := r.Header.Get(p.cfg.PlanHeader); plan != "" {
			return plan, nil
		}
	}
	if p.cfg.DefaultPlan != "" {
		return p.cfg.DefaultPlan, nil
	}
	return "", &refusal{http.StatusForbidden,
		body{Error: "plan_unknown", Reason: "no plan is configured for this tenant"}}
}

// usageOf fills in the tenant's quota usage: Usage, then (opted in) the
// usage header. Without either the quota is not checked.
func (p *proxy) usageOf(r *http.Request, req *dayone.Request) *refusal {
	if p.cfg.Usage != nil {
		u, known, err := p.cfg.Usage(req.Key, req.Limit)
		if err != nil {
			return &refusal{http.StatusServiceUnavailable,
				body{Error: "usage_lookup_failed", Reason: "try again later"}}
		}
		if known {
			*req = req.WithUsage(u)
			return nil
		}
	}
	if !p.cfg.TrustClientPlanHeaders {
		return nil
	}
	if h := r.Header.Get(p.cfg.UsageHeader); h != "" {
		u, err := strconv.ParseInt(h, 10, 64)
		if err != nil || u < 0 {
			return &refusal{http.StatusBadRequest, body{Error: "bad_usage",
				Reason: p.cfg.UsageHeader + " must be a non-negative integer"}}
		}
		*req = req.WithUsage(u)
	}
	return nil
}

func (p *proxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	tenant := r.Header.Get(p.cfg.TenantHeader)
	if tenant == "" {
		writeJSON(w, http.StatusBadRequest, body{Error: "missing_tenant",
			Reason: p.cfg.TenantHeader + " header is required"})
		return
	}
	plan, no := p.planOf(r, tenant)
	if no != nil {
		writeJSON(w, no.status, no.body)
		return
	}
	req := dayone.Request{Key: tenant, Plan: plan, Limit: p.limitFor(r.URL.Path),
		Feature: p.featureFor(r.URL.Path)}
	if no := p.usageOf(r, &req); no != nil {
		writeJSON(w, no.status, no.body)
		return
	}

	start := time.Now()
	d, err := p.cfg.Limiter.Decide(req)
	p.cfg.Timing.observe(time.Since(start))
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
		case dayone.DenyBanned:
			b.Error = "banned"
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
