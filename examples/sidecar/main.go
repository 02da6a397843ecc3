// Command sidecar is an example gating reverse proxy built on libdayone's
// Go binding. It sits in front of a service and, per request:
//
//   - reads the tenant from X-Tenant-ID (set by an authenticating gateway)
//     and its plan from the operator's configuration: -plans, -plans-file,
//     then -default-plan; a tenant none of them names is refused (403).
//     The client's X-Plan and X-Usage headers are ignored, unless
//     -trust-client-plan-headers opts in, and never go upstream;
//   - limits /api/v1/ingest/browser with the plan's "ingest" limit and every
//     other path with "api";
//   - gates paths by prefix on paid features (-features);
//   - answers 429 (rate), 402 (quota) and 403 (feature not in plan)
//     itself, with Retry-After and RateLimit headers and a JSON body
//     {"error", "reason", "upgrade_plan"}; allowed requests go upstream
//     carrying their RateLimit headers.
//
// At start-up it checks its own environment against the policy (Enforce)
// and refuses to start, printing every finding, when it is not ready:
// exit 1 for a violation, 2 when the policy or the options are unusable -
// including an enforcement weaker than strict in launch mode, which the
// library refuses.
//
//	sidecar -upstream http://127.0.0.1:9000 -listen :8080 -policy dayone.yaml
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

const defaultFeatures = "/api/v1/exports=exports,/api/v1/audit-log=audit_log,/api/v1/sso=sso"

func main() {
	os.Exit(run(os.Args[1:], os.Getenv, os.Stderr, listenAndServe))
}

// endpoint is one listener: an address and what it serves. An empty Addr
// is a listener that is off.
type endpoint struct {
	Addr    string
	Handler http.Handler
}

// listenAndServe serves the proxy and, when on, the admin endpoints; the
// first listener to fail stops the sidecar.
func listenAndServe(proxy, admin endpoint) error {
	errc := make(chan error, 2)
	for _, e := range []endpoint{proxy, admin} {
		if e.Addr == "" {
			continue
		}
		srv := &http.Server{Addr: e.Addr, Handler: e.Handler, ReadHeaderTimeout: 10 * time.Second}
		go func() { errc <- srv.ListenAndServe() }()
	}
	return <-errc
}

// parsePairs parses "a=b,c=d" into pairs; an entry without '=' is an error.
func parsePairs(s string) ([][2]string, error) {
	var out [][2]string
	for _, item := range strings.Split(s, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		k, v, ok := strings.Cut(item, "=")
		if !ok || strings.TrimSpace(k) == "" || strings.TrimSpace(v) == "" {
			return nil, fmt.Errorf("%q is not name=value", item)
		}
		out = append(out, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return out, nil
}

func envOr(getenv func(string) string, name, def string) string {
	if v := getenv(name); v != "" {
		return v
	}
	return def
}

// environ returns the process environment as a map (for the billing
// enforcement variable of the policy).
func environ() map[string]string {
	m := map[string]string{}
	for _, kv := range os.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			m[k] = v
		}
	}
	return m
}

// run is main without the exit: it returns the exit status.
func run(args []string, getenv func(string) string, stderr io.Writer,
	serve func(proxy, admin endpoint) error) int {
	fs := flag.NewFlagSet("sidecar", flag.ContinueOnError)
	fs.SetOutput(stderr)
	listen := fs.String("listen", envOr(getenv, "SIDECAR_LISTEN", ":8080"), "address to listen on (SIDECAR_LISTEN)")
	adminListen := fs.String("admin-listen", envOr(getenv, "SIDECAR_ADMIN_LISTEN", "127.0.0.1:8081"),
		"address of /metrics and /healthz, never the proxied one; \"off\": none (SIDECAR_ADMIN_LISTEN)")
	redisURL := fs.String("redis", getenv("SIDECAR_REDIS_URL"),
		"share limiter state in this Redis (redis://host:port/db); default: the policy's backend, if any (SIDECAR_REDIS_URL)")
	upstream := fs.String("upstream", getenv("SIDECAR_UPSTREAM"), "upstream base URL (SIDECAR_UPSTREAM)")
	policyPath := fs.String("policy", getenv("DAYONE_POLICY"), "policy file; empty: the embedded default (DAYONE_POLICY)")
	features := fs.String("features", envOr(getenv, "SIDECAR_FEATURES", defaultFeatures),
		"path prefix=feature gates, comma-separated (SIDECAR_FEATURES)")
	plans := fs.String("plans", getenv("SIDECAR_PLANS"), "static tenant=plan map, comma-separated (SIDECAR_PLANS)")
	plansFile := fs.String("plans-file", getenv("SIDECAR_PLANS_FILE"),
		"file of 'tenant = plan' lines (SIDECAR_PLANS_FILE)")
	defaultPlan := fs.String("default-plan", getenv("SIDECAR_DEFAULT_PLAN"),
		"plan of a tenant no map names; empty: such requests are refused (SIDECAR_DEFAULT_PLAN)")
	// Deliberately a flag only: trusting the client's word must be visible
	// on the command line, not hidden in an environment.
	trustHeaders := fs.Bool("trust-client-plan-headers", false,
		"take the plan from X-Plan and the usage from X-Usage (only behind a gateway that sets them)")
	redisPool := fs.Int("redis-pool", 0, "Redis connections; 0: the library's default (4). A decision waits for a free one")
	capacity := fs.Int("capacity", 0, "most (tenant, limit) pairs the limiter tracks at once; 0: the library's default (100000)")
	enforcement := fs.String("enforcement", envOr(getenv, "SIDECAR_ENFORCEMENT", "policy"),
		"billing enforcement: policy, strict, soft or off (SIDECAR_ENFORCEMENT)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	usage := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "sidecar: "+format+"\n", a...)
		return 2
	}
	up, err := url.Parse(*upstream)
	if *upstream == "" || err != nil || up.Scheme == "" || up.Host == "" {
		return usage("-upstream must be an absolute URL")
	}
	if *adminListen == "off" {
		*adminListen = ""
	}
	if *adminListen != "" {
		same, err := sameListener(*adminListen, *listen)
		if err != nil {
			return usage("-admin-listen / -listen: %v", err)
		}
		if same {
			return usage("-admin-listen %s: the admin endpoints must not share the proxied port (-listen %s)",
				*adminListen, *listen)
		}
	}
	gates, err := parsePairs(*features)
	if err != nil {
		return usage("-features: %v", err)
	}
	planPairs, err := parsePairs(*plans)
	if err != nil {
		return usage("-plans: %v", err)
	}
	mode, err := dayone.ParseEnforcement(*enforcement)
	if err != nil {
		return usage("-enforcement: %v", err)
	}

	var policy *dayone.Policy
	if *policyPath != "" {
		policy, err = dayone.LoadPolicy(*policyPath)
	} else {
		policy, err = dayone.DefaultPolicy()
	}
	if err != nil {
		return usage("%v", err)
	}
	defer policy.Close()
	tenantPlans, err := loadTenantPlans(policy.Plans(), planPairs, *plansFile, *defaultPlan)
	if err != nil {
		return usage("%v", err)
	}

	// Fail fast: every problem of this environment at once, never a value.
	if err := dayone.Enforce(policy); err != nil {
		var v *dayone.ViolationError
		if errors.As(err, &v) {
			if text, terr := v.Report.Text(); terr == nil {
				fmt.Fprint(stderr, text)
			}
			v.Report.Close()
			fmt.Fprintln(stderr, "sidecar: the environment is not launch-ready; refusing to start")
			return 1
		}
		return usage("start-up check failed: %v", err)
	}

	if mode == dayone.EnforcementPolicy {
		if mode, err = policy.Enforcement(environ()); err != nil {
			return usage("%v", err)
		}
	}
	// The library refuses an enforcement weaker than strict in launch mode;
	// the sidecar only passes its word on, before listening.
	if *capacity < 0 {
		return usage("-capacity must not be negative")
	}
	limiter, err := dayone.NewLimiter(policy, &dayone.LimiterOptions{Enforcement: mode, Capacity: *capacity})
	if err != nil {
		return usage("enforcement %s: %v", mode, err)
	}
	defer limiter.Close()
	if *redisPool < 0 || *redisPool > 64 {
		return usage("-redis-pool must be 0..64")
	}
	backend, err := attachRedis(limiter, policy, *redisURL, *redisPool)
	if err != nil {
		fmt.Fprintf(stderr, "sidecar: %v\n", err)
		return 1
	}

	timing := &DecisionTiming{}
	cfg := Config{Upstream: up, Limiter: limiter, DefaultPlan: *defaultPlan, Plans: tenantPlans,
		TrustClientPlanHeaders: *trustHeaders, Timing: timing}
	for _, g := range gates {
		cfg.Features = append(cfg.Features, FeatureGate{Prefix: g[0], Feature: g[1]})
	}
	h, err := NewProxy(cfg)
	if err != nil {
		return usage("%v", err)
	}
	fmt.Fprintf(stderr, "sidecar: listening on %s, upstream %s, policy %s, enforcement %s\n",
		*listen, up.Redacted(), policy.Name(), mode)
	fmt.Fprintf(stderr, "sidecar: %s\n", describePlanSources(cfg))
	admin := endpoint{Addr: *adminListen}
	if admin.Addr != "" {
		admin.Handler = NewAdminHandler(limiter, policy.Name(), timing)
		fmt.Fprintf(stderr, "sidecar: /metrics and /healthz on %s; limiter state: %s\n", admin.Addr, backend)
	} else {
		fmt.Fprintf(stderr, "sidecar: no admin listener; limiter state: %s\n", backend)
	}
	if err := serve(endpoint{Addr: *listen, Handler: h}, admin); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(stderr, "sidecar: %v\n", err)
		return 1
	}
	return 0
}

// attachRedis attaches the Redis backend named by -redis, or else by the
// policy's backend section; without either the state stays in process. A
// Redis that cannot be reached at start-up is an error: the library would
// keep deciding in process for good, and instances that believe they share
// budgets would each grant a full one. It returns what the start-up line
// says about the state.
func attachRedis(l *dayone.Limiter, policy *dayone.Policy, url string, pool int) (string, error) {
	opts, err := dayone.RedisOptionsFromPolicy(policy)
	if err != nil && !errors.Is(err, dayone.ErrNotFound) {
		return "", fmt.Errorf("the policy's redis backend: %v", err)
	}
	if url != "" {
		opts.URL = url
	}
	if opts.URL == "" {
		return "in process", nil
	}
	if pool > 0 {
		opts.PoolSize = pool
	}
	if err := l.AttachRedis(opts); err != nil {
		return "", fmt.Errorf("cannot attach Redis: %v", err)
	}
	return "shared in Redis", nil
}

// loadTenantPlans merges -plans and -plans-file into one tenant -> plan map,
// checking every plan (and the default plan) against the policy's. A tenant
// named by both sources is an error: which one would be meant?
func loadTenantPlans(known []string, pairs [][2]string, file, defaultPlan string) (map[string]string, error) {
	isKnown := func(plan string) bool {
		for _, k := range known {
			if k == plan {
				return true
			}
		}
		return false
	}
	if defaultPlan != "" && !isKnown(defaultPlan) {
		return nil, fmt.Errorf("-default-plan: plan %q is not in the policy (it has: %s)",
			defaultPlan, strings.Join(known, ", "))
	}
	plans := map[string]string{}
	if file != "" {
		data, err := readBounded(file, maxPlansFileBytes)
		if err != nil {
			return nil, fmt.Errorf("-plans-file: %w", err)
		}
		if plans, err = ParsePlansFile(file, data, known); err != nil {
			return nil, err
		}
	}
	for _, p := range pairs {
		tenant, plan := p[0], p[1]
		if !isKnown(plan) {
			return nil, fmt.Errorf("-plans: %s=%s: plan %q is not in the policy (it has: %s)",
				tenant, plan, plan, strings.Join(known, ", "))
		}
		if _, dup := plans[tenant]; dup {
			return nil, fmt.Errorf("-plans: tenant %q is named twice (in -plans or -plans-file)", tenant)
		}
		plans[tenant] = plan
	}
	return plans, nil
}

// readBounded reads a file of at most limit bytes (one more is an error, so
// a runaway file cannot exhaust memory at start-up).
func readBounded(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, limit)
	}
	return data, nil
}

// describePlanSources says, at start-up, where plans and usage come from.
func describePlanSources(cfg Config) string {
	def := "none: unknown tenants are refused (403)"
	if cfg.DefaultPlan != "" {
		def = cfg.DefaultPlan
	}
	if cfg.TrustClientPlanHeaders {
		return fmt.Sprintf("plans: %d configured tenants, then the client's X-Plan header (trusted), "+
			"default plan %s; quota usage: the client's X-Usage header (trusted)", len(cfg.Plans), def)
	}
	return fmt.Sprintf("plans: %d configured tenants, default plan %s; client X-Plan/X-Usage headers ignored; "+
		"quota usage: no source, quotas are not checked", len(cfg.Plans), def)
}
