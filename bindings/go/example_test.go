package dayone_test

import (
	"errors"
	"fmt"
	"net/http/httptest"

	dayone "github.com/libdayone/libdayone/bindings/go"
)

const examplePolicy = `version: 1
secrets:
  - key: DAYONE_EXAMPLE_TOKEN
    min_length: 32
features: [exports]
plans:
  - name: free
    limits:
      ingest: {rpm: 600, burst: 2}
    features: []
  - name: pro
    limits:
      ingest: {rpm: 6000, burst: 50}
    features: [exports]
`

// Deciding requests and answering with the library's headers.
func ExampleLimiter_Decide() {
	policy, err := dayone.ParsePolicy([]byte(examplePolicy))
	if err != nil {
		panic(err)
	}
	defer policy.Close()
	limiter, err := dayone.NewLimiter(policy, nil)
	if err != nil {
		panic(err)
	}
	defer limiter.Close()

	const now = 1_000_000_000_000 // a fixed clock reading (ns) for the example
	for i := 0; i < 3; i++ {
		d, err := limiter.Decide(dayone.Request{Key: "tenant-1", Plan: "free", Limit: "ingest", Now: now})
		if err != nil {
			panic(err)
		}
		w := httptest.NewRecorder()
		if err := d.SetHeaders(w.Header()); err != nil {
			panic(err)
		}
		fmt.Printf("%d %s RateLimit: %s Retry-After: %q\n", d.Status, d.Reason,
			w.Header().Get("RateLimit"), w.Header().Get("Retry-After"))
	}
	d, _ := limiter.Decide(dayone.Request{Key: "tenant-1", Plan: "free", Limit: "ingest", Feature: "exports", Now: now})
	fmt.Println(d.Status, d.Reason, "upgrade to", d.UpgradePlan)

	_, err = limiter.Decide(dayone.Request{Key: "tenant-1", Plan: "platinum", Limit: "ingest"})
	fmt.Println(errors.Is(err, dayone.ErrNotFound))
	// Output:
	// 200 ok RateLimit: "ingest";r=1;t=1 Retry-After: ""
	// 200 ok RateLimit: "ingest";r=0;t=1 Retry-After: ""
	// 429 rate limited RateLimit: "ingest";r=0;t=1 Retry-After: "1"
	// 403 feature not in plan upgrade to pro
	// true
}

// Deciding a batch in one crossing and reading only the verdicts,
// decoding a whole Decision only for the denied requests.
func ExampleLimiter_DecideManyLazy() {
	policy, err := dayone.ParsePolicy([]byte(examplePolicy))
	if err != nil {
		panic(err)
	}
	defer policy.Close()
	limiter, err := dayone.NewLimiter(policy, nil)
	if err != nil {
		panic(err)
	}
	defer limiter.Close()

	const now = 1_000_000_000_000 // a fixed clock reading (ns) for the example
	reqs := make([]dayone.Request, 4)
	for i := range reqs { // burst 2: the third and fourth are denied
		reqs[i] = dayone.Request{Key: "tenant-1", Plan: "free", Limit: "ingest", Now: now}
	}
	var ds dayone.Decisions // reusable across batches
	if err := limiter.DecideManyLazy(&ds, reqs); err != nil {
		panic(err)
	}
	var d dayone.Decision
	for i := 0; i < ds.Len(); i++ {
		if ds.Allowed(i) {
			fmt.Println(i, "allowed")
			continue
		}
		ds.Into(i, &d)
		fmt.Println(i, d.Status, d.Reason, "retry after", d.RetryAfter)
	}
	// Output:
	// 0 allowed
	// 1 allowed
	// 2 429 rate limited retry after 100ms
	// 3 429 rate limited retry after 100ms
}

// Checking an environment: every finding, never a value.
func ExampleCheck() {
	policy, err := dayone.ParsePolicy([]byte(examplePolicy))
	if err != nil {
		panic(err)
	}
	defer policy.Close()
	report, err := dayone.Check(policy, map[string]string{"DAYONE_EXAMPLE_TOKEN": "too-short"})
	if err != nil {
		panic(err)
	}
	defer report.Close()
	fmt.Println("ok:", report.OK())
	for _, f := range report.Findings {
		fmt.Println(f.Severity, f.Rule, f.Key)
	}
	// Output:
	// ok: false
	// error secret-min-length DAYONE_EXAMPLE_TOKEN
}

// Checking one environment repeatedly: the snapshot is built (every
// variable read and judged) once, each check then only applies the rules.
func ExampleCheckEnv() {
	policy, err := dayone.ParsePolicy([]byte(examplePolicy))
	if err != nil {
		panic(err)
	}
	defer policy.Close()
	snapshot, err := dayone.NewEnv(map[string]string{"DAYONE_EXAMPLE_TOKEN": "too-short"})
	if err != nil {
		panic(err)
	}
	defer snapshot.Close()
	for _, opts := range [][]dayone.CheckOption{nil, {dayone.PresenceOnly()}} {
		report, err := dayone.CheckEnv(policy, snapshot, opts...)
		if err != nil {
			panic(err)
		}
		fmt.Println("ok:", report.OK(), "findings:", len(report.Findings))
		report.Close()
	}
	// Output:
	// ok: false findings: 1
	// ok: true findings: 0
}

// Failing fast at start-up.
func ExampleEnforce() {
	policy, err := dayone.ParsePolicy([]byte(examplePolicy))
	if err != nil {
		panic(err)
	}
	defer policy.Close()
	err = dayone.Enforce(policy) // DAYONE_EXAMPLE_TOKEN is not set in this process
	var v *dayone.ViolationError
	if errors.As(err, &v) {
		fmt.Println(v.Report.Findings[0].Rule, v.Report.Findings[0].Key)
		// A service would print v.Report.Text() to stderr and exit 1 here.
	}
	// Output:
	// secret-required DAYONE_EXAMPLE_TOKEN
}

// A malformed policy names its place.
func ExampleParsePolicyNamed() {
	_, err := dayone.ParsePolicyNamed([]byte("version: 1\nplans:\n  - name: free\n    limits:\n      api: {rpm: 60, burst: 0}\n"), "policy.yaml")
	var pe *dayone.PolicyError
	if errors.As(err, &pe) {
		fmt.Println(pe.Path, pe.Line, errors.Is(err, dayone.ErrPolicy))
	}
	// Output:
	// policy.yaml 5 true
}

// Sharing one budget per tenant between the instances of a service: the
// policy's backend section, or options written here. (Not run: it needs a
// Redis server; redis_test.go starts one.)
func ExampleLimiter_AttachRedis() {
	policy, err := dayone.ParsePolicy([]byte(examplePolicy))
	if err != nil {
		panic(err)
	}
	defer policy.Close()
	limiter, err := dayone.NewLimiter(policy, nil)
	if err != nil {
		panic(err)
	}
	defer limiter.Close()

	opts, err := dayone.RedisOptionsFromPolicy(policy)
	if errors.Is(err, dayone.ErrNotFound) { // no backend: {redis: ...} in the policy
		opts = dayone.RedisOptions{URL: "unix:///run/redis/redis.sock", PasswordEnv: "REDIS_PASSWORD"}
	}
	if err := limiter.AttachRedis(opts); err != nil {
		// ErrBackend: unreachable or refused; the limiter stays in-process.
		fmt.Println("in-process only:", errors.Is(err, dayone.ErrBackend))
	}
	st, _ := limiter.BackendStatus()
	fmt.Println(st.Attached, st.Connected, st.RoundTrips)
}
