// Package dayone is the Go binding of libdayone: launch-readiness checks of
// a service's environment against a policy (fail fast at start-up, every
// problem at once) and per-plan request enforcement - rate limits (GCRA),
// quotas and paywall gating - with the HTTP status and the Retry-After and
// RateLimit headers to answer.
//
// The package is a thin, idiomatic layer over the C library (cgo through a
// SWIG-generated internal package). Handles that own C memory - Policy,
// Report, Env, Limiter - have an idempotent Close; using one after Close returns
// ErrClosed. Errors are ordinary Go errors: errors.Is against the sentinel
// Codes (ErrNotFound, ErrPolicy, ...), errors.As to *PolicyError (path,
// line, column), *EnvFileError, *ViolationError (the report), *BatchError
// or *Error. No error, finding or rendering ever contains the value of an
// environment variable.
//
// Start-up:
//
//	policy, err := dayone.LoadPolicy("dayone.yaml")
//	if err != nil { log.Fatal(err) }
//	if err := dayone.Enforce(policy); err != nil {
//		var v *dayone.ViolationError
//		if errors.As(err, &v) {
//			text, _ := v.Report.Text()
//			fmt.Fprint(os.Stderr, text)
//		}
//		os.Exit(1)
//	}
//
// Scheduled checks pass facts documents, the instant and the profiles to
// run (Check and Explain only; Enforce is the start-up check). A malformed
// facts document is an *EnvFileError naming path:line:column (facts.json
// for a WithFacts map), never a value:
//
//	r, err := dayone.Check(policy, nil, dayone.WithFactsFile("facts.yaml"),
//		dayone.WithNow(time.Now()), dayone.WithProfiles("daily"))
//
// A configuration checked again and again is read and judged once into a
// snapshot (NewEnv); CheckEnv then checks it with the options of each run.
//
// Request time:
//
//	lim, err := dayone.NewLimiter(policy, nil)
//	d, err := lim.Decide(dayone.Request{Key: tenant, Plan: plan, Limit: "ingest"})
//	if err == nil && !d.Allowed {
//		if err := d.SetHeaders(w.Header()); err != nil { /* answer 500 */ }
//		w.WriteHeader(d.Status)
//	}
package dayone

//go:generate go run gen_version.go ../../CMakeLists.txt version.go
