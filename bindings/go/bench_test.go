package dayone

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// A policy whose limit never denies, so the benchmarks time the decision
// path (cgo crossing, request, GCRA step, decoding) rather than denials.
const benchPolicy = `version: 1
plans:
  - name: pro
    limits:
      ingest: {rps: 1000000000, burst: 1000000000}
`

func benchLimiter(b *testing.B) *Limiter {
	b.Helper()
	p, err := ParsePolicyNamed([]byte(benchPolicy), "bench")
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	l, err := NewLimiter(p, &LimiterOptions{Capacity: 1 << 16})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	return l
}

// BenchmarkDecide: one Decide through cgo (target: 150 ns or less).
func BenchmarkDecide(b *testing.B) {
	l := benchLimiter(b)
	r := Request{Key: "tenant-42", Plan: "pro", Limit: "ingest"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := l.Decide(r)
		if err != nil || !d.Allowed {
			b.Fatal(d, err)
		}
	}
}

// BenchmarkDecideParallel: Decide from GOMAXPROCS goroutines, 1000 tenants.
func BenchmarkDecideParallel(b *testing.B) {
	l := benchLimiter(b)
	keys := make([]string, 1000)
	for i := range keys {
		keys[i] = "tenant-" + strconv.Itoa(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			if _, err := l.Decide(Request{Key: keys[i%len(keys)], Plan: "pro", Limit: "ingest"}); err != nil {
				b.Error(err)
				return
			}
			i++
		}
	})
}

// BenchmarkDecideMany: batches of 256 requests in one crossing; ns/op is
// per decision (target: 40 ns or less).
func BenchmarkDecideMany(b *testing.B) {
	const n = 256
	l := benchLimiter(b)
	reqs := make([]Request, n)
	for i := range reqs {
		reqs[i] = Request{Key: "tenant-" + strconv.Itoa(i%64), Plan: "pro", Limit: "ingest"}
	}
	dst := make([]Decision, n)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i += n {
		batch := reqs
		if rest := b.N - i; rest < n {
			batch = reqs[:rest]
		}
		if err := l.DecideManyInto(dst, batch); err != nil {
			b.Fatal(err)
		}
	}
}

// benchEnv reads bench/env200.env, the ~200-variable launch-ready
// environment every `make bench` peer checks (parsed as bench/peers/go-dayone
// does: KEY=VALUE lines, no quoting).
func benchEnv(b *testing.B) map[string]string {
	b.Helper()
	f, err := os.Open(sourcePath("bench", "env200.env"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	env := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "=")
		env[k] = v
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return env
}

// benchCheckLoop times check under the default policy; every report must
// satisfy ok (what names the failure).
func benchCheckLoop(b *testing.B, check func(*Policy) (*Report, error), ok func(*Report) bool,
	what string) {
	p, err := DefaultPolicy()
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := check(p)
		if err != nil {
			b.Fatal(err)
		}
		if !ok(r) {
			b.Fatalf("%s (%d findings)", what, len(r.Findings))
		}
		r.Close()
	}
}

func launchReady(r *Report) bool { return r.OK() }

// BenchmarkCheck: Check of the default policy against ~200 variables (the
// C check alone is bench_check's "one check" row).
func BenchmarkCheck(b *testing.B) {
	env := benchEnv(b)
	if len(env) < 150 {
		b.Fatalf("bench/env200.env: only %d variables", len(env))
	}
	benchCheckLoop(b, func(p *Policy) (*Report, error) { return Check(p, env) }, launchReady,
		"bench/env200.env is not launch-ready")
}

// BenchmarkCheckFailing: Check of an environment the default policy fails
// with 5 findings (launch mode without its secrets): what reading a
// report's findings adds.
func BenchmarkCheckFailing(b *testing.B) {
	env := map[string]string{"ENVIRONMENT": "production", "LAUNCH_MODE": "true"}
	benchCheckLoop(b, func(p *Policy) (*Report, error) { return Check(p, env) },
		func(r *Report) bool { return !r.OK() && len(r.Findings) == 5 }, "expected 5 findings")
}

// BenchmarkCheckEnv: CheckEnv of a snapshot of bench/env200.env built
// once (NewEnv) under the default policy: a repeated check, which skips
// Check's map walk, packing and judging of every variable.
func BenchmarkCheckEnv(b *testing.B) {
	snap, err := NewEnv(benchEnv(b))
	if err != nil {
		b.Fatal(err)
	}
	defer snap.Close()
	benchCheckLoop(b, func(p *Policy) (*Report, error) { return CheckEnv(p, snap) }, launchReady,
		"bench/env200.env is not launch-ready")
}

// BenchmarkCheckProcessEnv: CheckProcessEnv with bench/env200.env's
// variables set in the process environment (beside the runner's own): the
// check of os.Environ()-shaped input, read by C with no Go map walk.
func BenchmarkCheckProcessEnv(b *testing.B) {
	for k, v := range benchEnv(b) {
		b.Setenv(k, v)
	}
	benchCheckLoop(b, func(p *Policy) (*Report, error) { return CheckProcessEnv(p) }, launchReady,
		"bench/env200.env in the process environment is not launch-ready")
}
