// Command loadgen drives libdayone's load test (bench/load/run.sh): it is
// the trivial upstream behind the sidecar, and the load generator for the
// test's two phases, built on vegeta's attack library (Go module proxy,
// pinned in go.mod/go.sum). Each phase prints one JSON summary on stdout.
//
//	loadgen upstream -listen 127.0.0.1:18090
//	loadgen capacity -target URL -admin URL -pid PID -duration 120s -tenants 200
//	loadgen flood    -target URL -admin URL -pid PID -duration 40s -steady 1000 ...
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	vegeta "github.com/tsenart/vegeta/v12/lib"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: loadgen upstream|capacity|flood [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "upstream":
		err = upstream(os.Args[2:])
	case "capacity":
		err = capacity(os.Args[2:])
	case "flood":
		err = flood(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// upstream answers every request with a short 200: the service behind the
// sidecar, as cheap as it can be so the sidecar is what is measured.
func upstream(args []string) error {
	fs := flag.NewFlagSet("upstream", flag.ExitOnError)
	listen := fs.String("listen", "127.0.0.1:18090", "address")
	fs.Parse(args)
	return http.ListenAndServe(*listen, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	}))
}

// ---- what every phase records --------------------------------------------

type rssSample struct {
	T     float64 `json:"t_s"`
	RSSkB int64   `json:"rss_kb"`
}

type healthChange struct {
	T      float64 `json:"t_s"`
	Status string  `json:"status"`
}

// watcher samples the sidecar's resident memory every second and its
// /healthz every 200 ms (keeping the changes) until stopped.
type watcher struct {
	start  time.Time
	mu     sync.Mutex
	rss    []rssSample
	health []healthChange
	stop   chan struct{}
	done   sync.WaitGroup
}

func watch(pid int, admin string) *watcher {
	w := &watcher{start: time.Now(), stop: make(chan struct{})}
	w.done.Add(2)
	go func() {
		defer w.done.Done()
		for {
			if kb, err := rssOf(pid); err == nil {
				w.mu.Lock()
				w.rss = append(w.rss, rssSample{time.Since(w.start).Seconds(), kb})
				w.mu.Unlock()
			}
			select {
			case <-w.stop:
				return
			case <-time.After(time.Second):
			}
		}
	}()
	go func() {
		defer w.done.Done()
		client := &http.Client{Timeout: 2 * time.Second}
		last := ""
		for {
			st := "unreachable"
			if res, err := client.Get(admin + "/healthz"); err == nil {
				var h struct{ Status string }
				json.NewDecoder(res.Body).Decode(&h)
				res.Body.Close()
				st = fmt.Sprintf("%d %s", res.StatusCode, h.Status)
			}
			if st != last {
				w.mu.Lock()
				w.health = append(w.health, healthChange{time.Since(w.start).Seconds(), st})
				w.mu.Unlock()
				last = st
			}
			select {
			case <-w.stop:
				return
			case <-time.After(200 * time.Millisecond):
			}
		}
	}()
	return w
}

func (w *watcher) finish() { close(w.stop); w.done.Wait() }

func rssOf(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			return strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
		}
	}
	return 0, fmt.Errorf("no VmRSS for pid %d", pid)
}

// memory summarises the RSS samples: after warm-up (the first fifth of the
// run, at least 5 s) the resident set should stay flat.
type memory struct {
	WarmupEndS float64     `json:"warmup_end_s"`
	AtWarmupKB int64       `json:"at_warmup_kb"`
	MinAfterKB int64       `json:"min_after_warmup_kb"`
	MaxAfterKB int64       `json:"max_after_warmup_kb"`
	LastKB     int64       `json:"last_kb"`
	GrowthKB   int64       `json:"growth_after_warmup_kb"`
	Samples    []rssSample `json:"samples"`
}

func summariseRSS(s []rssSample, total float64) memory {
	m := memory{WarmupEndS: total / 5, Samples: s}
	if m.WarmupEndS < 5 {
		m.WarmupEndS = 5
	}
	for _, x := range s {
		if x.T < m.WarmupEndS {
			continue
		}
		if m.AtWarmupKB == 0 {
			m.AtWarmupKB, m.MinAfterKB = x.RSSkB, x.RSSkB
		}
		if x.RSSkB < m.MinAfterKB {
			m.MinAfterKB = x.RSSkB
		}
		if x.RSSkB > m.MaxAfterKB {
			m.MaxAfterKB = x.RSSkB
		}
		m.LastKB = x.RSSkB
	}
	m.GrowthKB = m.LastKB - m.AtWarmupKB
	return m
}

// metrics are the sidecar's /metrics figures the test checks.
type metrics struct {
	Decisions        uint64                       `json:"dayone_decisions_total"`
	ByPlan           map[string]map[string]uint64 `json:"by_plan_outcome"`
	SidecarDecisions uint64                       `json:"sidecar_decision_seconds_count"`
	DecisionBuckets  map[string]uint64            `json:"sidecar_decision_seconds_bucket"`
	DecisionMaxS     float64                      `json:"sidecar_decision_seconds_max"`
	TableRefusals    uint64                       `json:"dayone_limiter_table_refusals_total"`
	Other            map[string]float64           `json:"other"`
}

// label returns the value of name="..." in a sample's label set.
func label(labels, name string) string {
	i := strings.Index(labels, name+`="`)
	if i < 0 {
		return ""
	}
	rest := labels[i+len(name)+2:]
	return rest[:strings.IndexByte(rest, '"')]
}

func scrape(admin string) (metrics, error) {
	m := metrics{ByPlan: map[string]map[string]uint64{}, Other: map[string]float64{},
		DecisionBuckets: map[string]uint64{}}
	res, err := http.Get(admin + "/metrics")
	if err != nil {
		return m, err
	}
	defer res.Body.Close()
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		sp := strings.LastIndexByte(line, ' ')
		name, labels := line[:sp], ""
		if b := strings.IndexByte(name, '{'); b >= 0 {
			name, labels = line[:b], line[b:sp]
		}
		v, err := strconv.ParseFloat(line[sp+1:], 64)
		if err != nil {
			return m, fmt.Errorf("/metrics: %q: %v", line, err)
		}
		switch name {
		case "dayone_decisions_total":
			m.Decisions += uint64(v)
			plan := label(labels, "plan")
			if m.ByPlan[plan] == nil {
				m.ByPlan[plan] = map[string]uint64{}
			}
			m.ByPlan[plan][label(labels, "outcome")] += uint64(v)
		case "sidecar_decision_seconds_count":
			m.SidecarDecisions = uint64(v)
		case "sidecar_decision_seconds_bucket":
			m.DecisionBuckets[label(labels, "le")] = uint64(v)
		case "sidecar_decision_seconds_max":
			m.DecisionMaxS = v
		case "dayone_limiter_table_refusals_total":
			m.TableRefusals = uint64(v)
		case "dayone_backend_fallbacks_total":
			m.Other["fallbacks_"+label(labels, "mode")] = v
		default:
			if labels == "" {
				m.Other[name] = v
			}
		}
	}
	return m, sc.Err()
}

// tally counts one attack's results.
type tally struct {
	Requests   uint64            `json:"requests"`
	Answered   uint64            `json:"answered"`
	Transport  uint64            `json:"transport_errors"`
	ByCode     map[string]uint64 `json:"by_status"`
	ByReason   map[string]uint64 `json:"by_denial_reason"`
	LatencyP50 float64           `json:"latency_p50_ms"`
	LatencyP99 float64           `json:"latency_p99_ms"`
	LatencyMax float64           `json:"latency_max_ms"`
	Throughput float64           `json:"answered_per_s"`
	lat        []time.Duration
	first      time.Time
	last       time.Time
	errs       map[string]uint64
}

func newTally() *tally {
	return &tally{ByCode: map[string]uint64{}, ByReason: map[string]uint64{}, errs: map[string]uint64{}}
}

func (t *tally) add(r *vegeta.Result) string {
	t.Requests++
	if t.first.IsZero() || r.Timestamp.Before(t.first) {
		t.first = r.Timestamp
	}
	if r.End().After(t.last) {
		t.last = r.End()
	}
	if r.Code == 0 {
		t.Transport++
		t.errs[r.Error]++
		return ""
	}
	t.Answered++
	t.ByCode[strconv.Itoa(int(r.Code))]++
	t.lat = append(t.lat, r.Latency)
	reason := ""
	if r.Code != 200 {
		var b struct{ Reason string }
		json.Unmarshal(r.Body, &b)
		reason = b.Reason
		t.ByReason[reason]++
	}
	return reason
}

func (t *tally) close() {
	sort.Slice(t.lat, func(i, j int) bool { return t.lat[i] < t.lat[j] })
	if n := len(t.lat); n > 0 {
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		t.LatencyP50, t.LatencyP99, t.LatencyMax = ms(t.lat[n/2]), ms(t.lat[n*99/100]), ms(t.lat[n-1])
	}
	if s := t.last.Sub(t.first).Seconds(); s > 0 {
		t.Throughput = float64(t.Answered) / s
	}
	if len(t.errs) > 0 {
		for e, n := range t.errs {
			t.ByReason["transport: "+e] = n
		}
	}
}

func attacker(workers, maxWorkers uint64) *vegeta.Attacker {
	return vegeta.NewAttacker(vegeta.Workers(workers), vegeta.MaxWorkers(maxWorkers),
		vegeta.KeepAlive(true), vegeta.Connections(10000), vegeta.MaxConnections(256),
		vegeta.Timeout(30*time.Second), vegeta.Redirects(vegeta.NoFollow),
		vegeta.MaxBody(4096))
}

// tenantTargeter sends GET <target>/api/v1/items?t=<name> with
// X-Tenant-ID <name>; the query only lets the results say whose it was.
func tenantTargeter(target string, name func() string) vegeta.Targeter {
	return func(t *vegeta.Target) error {
		n := name()
		t.Method = "GET"
		t.URL = target + "/api/v1/items?t=" + n
		t.Header = http.Header{"X-Tenant-ID": {n}}
		return nil
	}
}

func emit(v any) error {
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	return enc.Encode(v)
}

// ---- phase 1: the machine's capacity, Redis killed and restarted ----------

func capacity(args []string) error {
	fs := flag.NewFlagSet("capacity", flag.ExitOnError)
	target := fs.String("target", "http://127.0.0.1:18080", "the sidecar")
	admin := fs.String("admin", "http://127.0.0.1:18081", "the sidecar's admin listener")
	pid := fs.Int("pid", 0, "the sidecar's process id (RSS)")
	duration := fs.Duration("duration", 120*time.Second, "how long")
	tenants := fs.Int("tenants", 200, "tenants, round robin")
	workers := fs.Uint64("workers", 32, "concurrent requests (vegeta max workers; the rate is unbounded)")
	boundMs := fs.Float64("decision-bound-ms", 100, "the configured bound on one decision")
	fs.Parse(args)

	w := watch(*pid, *admin)
	var seq atomic.Uint64
	tr := tenantTargeter(*target, func() string {
		return "t-" + strconv.Itoa(int(seq.Add(1))%*tenants)
	})
	t := newTally()
	atk := attacker(*workers, *workers)
	for r := range atk.Attack(tr, vegeta.Rate{}, *duration, "capacity") {
		t.add(r)
	}
	t.close()
	w.finish()
	m, err := scrape(*admin)
	if err != nil {
		return err
	}
	return emit(map[string]any{
		"phase": "capacity", "duration_s": duration.Seconds(), "tenants": *tenants,
		"generator": t, "metrics": m, "health": w.health,
		"memory": summariseRSS(w.rss, duration.Seconds()),
		"checks": map[string]any{
			"decisions_equal_answered":     m.Decisions == t.Answered,
			"sidecar_count_equal_answered": m.SidecarDecisions == t.Answered,
			"decision_max_ms":              m.DecisionMaxS * 1000,
			"decision_within_bound":        m.DecisionMaxS*1000 <= *boundMs,
			"decision_bound_ms":            *boundMs,
		},
	})
}

// ---- phase 2: a flood of new tenants beside 1,000 steady ones -------------

// steadyTenant is what one steady tenant got.
type steadyTenant struct {
	allowed, denied, capacity int
	first, last               time.Time
}

func flood(args []string) error {
	fs := flag.NewFlagSet("flood", flag.ExitOnError)
	target := fs.String("target", "http://127.0.0.1:18080", "the sidecar")
	admin := fs.String("admin", "http://127.0.0.1:18081", "the sidecar's admin listener")
	pid := fs.Int("pid", 0, "the sidecar's process id (RSS)")
	duration := fs.Duration("duration", 40*time.Second, "how long the flood lasts")
	warm := fs.Duration("warmup", 3*time.Second, "steady traffic alone before and after the flood")
	steady := fs.Int("steady", 1000, "steady tenants (named steady-N)")
	steadyRate := fs.Float64("steady-rate", 1, "requests per second of each steady tenant")
	interval := fs.Duration("steady-interval", 2*time.Second, "their limit's emission interval")
	burst := fs.Int("steady-burst", 5, "their limit's burst")
	floodRate := fs.Int("flood-rate", 750, "new tenant keys per second (one request each)")
	capacity := fs.Int("capacity", 1500, "the sidecar's -capacity (reported)")
	window := fs.Duration("refill-window", 20*time.Second, "how long a new key's state stays live")
	workers := fs.Uint64("workers", 64, "most concurrent requests per stream")
	fs.Parse(args)

	w := watch(*pid, *admin)
	tenants := make([]steadyTenant, *steady)
	var mu sync.Mutex
	st, fl := newTally(), newTally()
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // the steady tenants, evenly spaced, for the whole run
		defer wg.Done()
		var seq atomic.Uint64
		tr := tenantTargeter(*target, func() string {
			return "steady-" + strconv.Itoa(int(seq.Add(1)-1)%*steady)
		})
		rate := vegeta.Rate{Freq: int(float64(*steady) * *steadyRate * 10), Per: 10 * time.Second}
		for r := range attacker(8, *workers).Attack(tr, rate, *duration+2**warm, "steady") {
			mu.Lock()
			reason := st.add(r)
			n, _ := strconv.Atoi(strings.TrimPrefix(r.URL[strings.LastIndexByte(r.URL, '=')+1:], "steady-"))
			s := &tenants[n]
			if s.first.IsZero() || r.Timestamp.Before(s.first) {
				s.first = r.Timestamp
			}
			if r.Timestamp.After(s.last) {
				s.last = r.Timestamp
			}
			switch {
			case r.Code == 200:
				s.allowed++
			case reason == "limiter at capacity":
				s.capacity++
			default:
				s.denied++
			}
			mu.Unlock()
		}
	}()
	go func() { // the flood: every request a tenant never seen before
		defer wg.Done()
		time.Sleep(*warm)
		var seq atomic.Uint64
		tr := tenantTargeter(*target, func() string { return "new-" + strconv.Itoa(int(seq.Add(1))) })
		rate := vegeta.Rate{Freq: *floodRate, Per: time.Second}
		for r := range attacker(8, *workers).Attack(tr, rate, *duration, "flood") {
			mu.Lock()
			fl.add(r)
			mu.Unlock()
		}
	}()
	wg.Wait()
	st.close()
	fl.close()
	w.finish()
	m, err := scrape(*admin)
	if err != nil {
		return err
	}

	// Each steady tenant's budget over its own requests: GCRA allows at
	// most burst + (last - first) / interval from a fresh state. Client
	// timestamps differ from the sidecar's by the request latency, so a
	// difference of one either way is the clocks, not the limiter.
	hist := map[int]int{}
	atCapacity, over, under := 0, 0, 0
	for _, s := range tenants {
		budget := *burst + int(s.last.Sub(s.first) / *interval)
		d := s.allowed - budget
		hist[d]++
		atCapacity += s.capacity
		if d > 1 {
			over++
		}
		if d < -1 {
			under++
		}
	}
	return emit(map[string]any{
		"phase": "flood", "duration_s": duration.Seconds(), "warmup_s": warm.Seconds(),
		"capacity": *capacity, "refill_window_s": window.Seconds(), "flood_keys_per_s": *floodRate,
		"flood_per_refill_window_over_capacity": float64(*floodRate) * window.Seconds() / float64(*capacity),
		"steady":                                map[string]any{"tenants": *steady, "rate_per_tenant": *steadyRate, "generator": st},
		"new_tenants":                           fl, "metrics": m, "health": w.health,
		"memory": summariseRSS(w.rss, (*duration + 2**warm).Seconds()),
		"checks": map[string]any{
			"decisions_equal_answered":            m.Decisions == st.Answered+fl.Answered,
			"steady_allowed_minus_budget_hist":    hist,
			"steady_tenants_over_budget":          over,
			"steady_tenants_under_budget":         under,
			"steady_requests_refused_at_capacity": atCapacity,
		},
	})
}
