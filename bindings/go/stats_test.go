package dayone

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

const statsPolicy = `version: 1
billing: {enforcement: strict}
plans:
  - name: free
    limits: {ingest: {rpm: 60, burst: 2, quota: events}, export: none}
    quotas: {events: 10}
  - name: pro
    limits: {ingest: {rpm: 600, burst: 20, quota: events}, export: {rpm: 60, burst: 5}}
    quotas: {events: 1000}
`

func countOf(t *testing.T, s Stats, plan, limit string, o Outcome) uint64 {
	t.Helper()
	for _, c := range s.Counts {
		if c.Plan == plan && c.Limit == limit && c.Outcome == o {
			return c.Count
		}
	}
	t.Fatalf("no count for %s/%s/%v", plan, limit, o)
	return 0
}

func TestStatsCountEachOutcome(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, statsPolicy), &LimiterOptions{Capacity: 100, Env: map[string]string{}})
	decide := func(r Request) Decision {
		t.Helper()
		r.Now = t0
		d, err := l.Decide(r)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for i, want := range []Outcome{Allow, Allow, DenyRate} {
		if d := decide(Request{Key: "a", Plan: "free", Limit: "ingest"}); d.Outcome != want {
			t.Fatalf("decision %d: %v, want %v", i, d.Outcome, want)
		}
	}
	decide(Request{Key: "b", Plan: "free", Limit: "ingest"}.WithUsage(10))
	decide(Request{Key: "a", Plan: "free", Limit: "export"})
	if _, err := l.Decide(Request{Key: "a", Plan: "gold", Limit: "ingest", Now: t0}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown plan: %v", err)
	}
	reqs := make([]Request, 20)
	for i := range reqs {
		reqs[i] = Request{Key: "many", Plan: "pro", Limit: "export", Now: t0}
	}
	if _, err := l.DecideMany(reqs); err != nil {
		t.Fatal(err)
	}
	s, err := l.Stats()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		plan, limit string
		o           Outcome
		want        uint64
	}{
		{"free", "ingest", Allow, 2}, {"free", "ingest", DenyRate, 1},
		{"free", "ingest", DenyQuota, 1}, {"free", "export", DenyPlan, 1},
		{"pro", "export", Allow, 5}, {"pro", "export", DenyRate, 15},
		{"pro", "ingest", Allow, 0},
	} {
		if got := countOf(t, s, c.plan, c.limit, c.o); got != c.want {
			t.Errorf("%s/%s/%v: %d, want %d", c.plan, c.limit, c.o, got, c.want)
		}
	}
	if s.Decisions != 25 || s.Denied != 18 || len(s.Counts) != 4*len(outcomeNames) {
		t.Errorf("decisions %d denied %d rows %d", s.Decisions, s.Denied, len(s.Counts))
	}
	if s.TableCapacity != 100 || s.TableOccupied != 2 || s.Backend.Attached {
		t.Errorf("table %d/%d backend %+v", s.TableOccupied, s.TableCapacity, s.Backend)
	}
}

func TestStatsAddUpAcrossGoroutines(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, statsPolicy), &LimiterOptions{Capacity: 1000, Env: map[string]string{}})
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				if _, err := l.Decide(Request{Key: string(rune('a' + g)), Plan: "pro", Limit: "export", Now: t0}); err != nil {
					t.Error(err)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	s, err := l.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if s.Decisions != 16*500 || countOf(t, s, "pro", "export", Allow) != 16*5 {
		t.Errorf("decisions %d allowed %d", s.Decisions, countOf(t, s, "pro", "export", Allow))
	}
}

func TestMetricsText(t *testing.T) {
	l := mustLimiter(t, mustPolicy(t, statsPolicy), &LimiterOptions{Capacity: 2, Env: map[string]string{}})
	for _, k := range []string{"a", "b", "c"} { // the third finds the table full
		if _, err := l.Decide(Request{Key: k, Plan: "pro", Limit: "ingest", Now: t0}); err != nil {
			t.Fatal(err)
		}
	}
	text, err := l.Metrics()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"# TYPE dayone_decisions_total counter\n",
		`dayone_decisions_total{plan="pro",limit="ingest",outcome="allow"} 2` + "\n",
		`dayone_decisions_total{plan="pro",limit="ingest",outcome="deny_rate"} 1` + "\n",
		"dayone_limiter_table_refusals_total 1\n",
		"dayone_limiter_table_capacity 2\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("metrics lack %q:\n%s", want, text)
		}
	}
	l.Close()
	if _, err := l.Metrics(); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
	if _, err := l.Stats(); !errors.Is(err, ErrClosed) {
		t.Errorf("after Close: %v", err)
	}
}

func TestBans(t *testing.T) {
	p := mustPolicy(t, `version: 1
plans:
  - name: free
    limits:
      ingest: {rpm: 60, burst: 1, ban: {max_denials: 2, ban_time_s: 10}}
`)
	l := mustLimiter(t, p, &LimiterOptions{Env: map[string]string{}})
	if err := l.Ban("abuser", "ingest", 30*time.Second, t0); err != nil {
		t.Fatal(err)
	}
	d, err := l.Decide(Request{Key: "abuser", Plan: "free", Limit: "ingest", Now: t0 + int64(time.Second)})
	if err != nil || d.Outcome != DenyBanned || d.Status != 403 || d.Allowed || d.RetryAfter != 29*time.Second {
		t.Fatalf("banned: %+v %v", d, err)
	}
	if h, err := d.Headers(); err != nil || len(h) != 1 || len(h["Retry-After"]) != 1 || h["Retry-After"][0] != "29" {
		t.Errorf("headers %v", h)
	}
	bans, err := l.Bans(t0)
	if err != nil || len(bans) != 1 || bans[0] != (Ban{"abuser", "ingest", 30 * time.Second, 1}) {
		t.Fatalf("bans %+v %v", bans, err)
	}
	if err := l.Unban("abuser", "ingest", t0); err != nil {
		t.Fatal(err)
	}
	if err := l.Unban("abuser", "ingest", t0); !errors.Is(err, ErrNotFound) {
		t.Errorf("second unban: %v", err)
	}
	if err := l.Ban("abuser", "nope", time.Second, t0); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown limit: %v", err)
	}
	var got []string
	for i := 0; i < 4; i++ {
		d, _ := l.Decide(Request{Key: "ip", Plan: "free", Limit: "ingest", Now: t0})
		got = append(got, d.Outcome.String())
	}
	if strings.Join(got, " ") != "allow deny_rate deny_rate deny_banned" {
		t.Errorf("escalation: %v", got)
	}
	if bans, _ := l.Bans(t0); len(bans) != 1 || bans[0].Key != "ip" {
		t.Errorf("bans after escalation: %+v", bans)
	}
}
