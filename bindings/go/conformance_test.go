package dayone

// The shared conformance vectors (tests/conformance/{check,facts,decide}/*.json,
// see tests/conformance/README.md) run through the Go API: the same
// verdicts as the C and Python suites.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// conformanceDir is tests/conformance of the source tree
// (DAYONE_SOURCE_DIR when set, else relative to this package).
func conformanceDir(t testing.TB) string {
	t.Helper()
	root := os.Getenv("DAYONE_SOURCE_DIR")
	if root == "" {
		root = filepath.Join("..", "..")
	}
	return filepath.Join(root, "tests", "conformance")
}

func vectorFiles(t *testing.T, kind string, atLeast int) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(conformanceDir(t), kind, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < atLeast {
		t.Fatalf("tests/conformance/%s holds %d vectors, want at least %d", kind, len(files), atLeast)
	}
	sort.Strings(files)
	return files
}

func vectorName(path string) string { return strings.TrimSuffix(filepath.Base(path), ".json") }

type checkVector struct {
	Description string            `json:"description"`
	Policy      *string           `json:"policy"`
	Files       map[string]string `json:"files"`
	Env         map[string]string `json:"env"`
	// Facts vectors only: one document named facts.json. Decoded with
	// UseNumber so numbers reach the library as written.
	Facts   map[string]any `json:"facts"`
	Options struct {
		PresenceOnly  bool              `json:"presence_only"`
		NoSecretFiles bool              `json:"no_secret_files"`
		Today         string            `json:"today"`
		Example       map[string]string `json:"example"`
		Now           string            `json:"now"`      // RFC 3339, to the nanosecond
		Profiles      []string          `json:"profiles"` // absent: startup
	} `json:"options"`
	Expect struct {
		OK       *bool `json:"ok"`
		Findings []struct {
			Rule     string  `json:"rule"`
			Key      string  `json:"key"`
			Severity string  `json:"severity"`
			Because  *string `json:"because"`
			Source   *string `json:"source"`
		} `json:"findings"`
	} `json:"expect"`
}

func TestConformanceCheck(t *testing.T) {
	for _, path := range vectorFiles(t, "check", 20) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) { runCheckVector(t, path) })
	}
}

// Facts, time and profiles: the same runner, its own directory.
func TestConformanceFacts(t *testing.T) {
	for _, path := range vectorFiles(t, "facts", 20) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) { runCheckVector(t, path) })
	}
}

// factScalars lists every scalar of a facts object as the text a finding
// must not hold (nulls and booleans are words, not values).
func factScalars(node any) []string {
	switch n := node.(type) {
	case map[string]any:
		var out []string
		for _, v := range n {
			out = append(out, factScalars(v)...)
		}
		return out
	case []any:
		var out []string
		for _, v := range n {
			out = append(out, factScalars(v)...)
		}
		return out
	case string:
		return []string{n}
	case json.Number:
		return []string{n.String()}
	}
	return nil
}

func runCheckVector(t *testing.T, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v checkVector
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	dir := t.TempDir()
	for name, content := range v.Files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	expand := func(m map[string]string) map[string]string {
		if m == nil {
			return nil
		}
		out := make(map[string]string, len(m))
		for k, val := range m {
			out[k] = strings.ReplaceAll(val, "{files}", dir)
		}
		return out
	}
	var policy *Policy
	if v.Policy != nil {
		if policy, err = ParsePolicyNamed([]byte(*v.Policy), filepath.Base(path)); err != nil {
			t.Fatalf("policy: %v", err)
		}
		defer policy.Close()
	}
	var opts []CheckOption
	if v.Options.PresenceOnly {
		opts = append(opts, PresenceOnly())
	}
	if v.Options.NoSecretFiles {
		opts = append(opts, NoSecretFiles())
	}
	if v.Options.Today != "" {
		day, err := time.Parse("2006-01-02", v.Options.Today)
		if err != nil {
			t.Fatal(err)
		}
		opts = append(opts, WithToday(day))
	}
	if v.Options.Example != nil {
		opts = append(opts, WithExample(expand(v.Options.Example)))
	}
	if v.Facts != nil {
		opts = append(opts, WithFacts(v.Facts))
	}
	if v.Options.Now != "" {
		now, err := time.Parse(time.RFC3339Nano, v.Options.Now)
		if err != nil {
			t.Fatalf("options.now: %v", err)
		}
		opts = append(opts, WithNow(now))
	}
	if v.Options.Profiles != nil {
		opts = append(opts, WithProfiles(v.Options.Profiles...))
	}
	env := expand(v.Env)
	report, err := Check(policy, env, opts...)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	defer report.Close()

	var problems []string
	if v.Expect.OK != nil && report.OK() != *v.Expect.OK {
		problems = append(problems, fmt.Sprintf("ok: expected %v, got %v", *v.Expect.OK, report.OK()))
	}
	// Same matching as the C runner: each expected finding takes a distinct
	// actual one on (rule, key, severity) and, when given, because/source.
	used := make([]bool, len(report.Findings))
	for _, e := range v.Expect.Findings {
		sev := e.Severity
		if sev == "" {
			sev = "error"
		}
		found := false
		for i, f := range report.Findings {
			if used[i] || f.Rule != e.Rule || f.Key != e.Key || f.Severity.String() != sev {
				continue
			}
			if e.Because != nil && f.Because != *e.Because {
				continue
			}
			if e.Source != nil && f.Source != *e.Source {
				continue
			}
			used[i], found = true, true
			break
		}
		if !found {
			problems = append(problems, fmt.Sprintf("missing (%s, %s, %s)", e.Rule, e.Key, sev))
		}
	}
	for i, f := range report.Findings {
		if !used[i] {
			problems = append(problems, fmt.Sprintf("unexpected (%s, %s, %s, because %q)",
				f.Rule, f.Key, f.Severity, f.Because))
		}
	}
	if len(problems) > 0 {
		t.Errorf("%s (%s): %s", vectorName(path), v.Description, strings.Join(problems, "; "))
	}

	// No value of 12 characters or more (paths excepted) in any finding or
	// rendering.
	texts := []string{fmt.Sprintf("%+v", report.Findings)}
	for _, f := range []Format{FormatText, FormatJSON, FormatSARIF, FormatJUnit} {
		b, err := report.Render(f, false)
		if err != nil {
			t.Fatalf("render %d: %v", f, err)
		}
		texts = append(texts, string(b))
	}
	for k, val := range env {
		if len(val) < 12 || strings.Contains(v.Env[k], "{files}") || strings.HasPrefix(val, "/") {
			continue
		}
		for _, text := range texts {
			if strings.Contains(text, val) {
				t.Errorf("the value of %s leaked into the output", k)
			}
		}
	}
	// No fact's value (12 characters or more) in any finding.
	for _, val := range factScalars(v.Facts) {
		if len(val) < 12 {
			continue
		}
		for _, f := range report.Findings {
			for _, text := range []string{f.Message, f.Hint, f.Because, f.Waiver, f.Path} {
				if strings.Contains(text, val) {
					t.Errorf("a fact's value leaked into %s/%s", f.Rule, f.Key)
				}
			}
		}
	}
	sameOnSnapshot(t, policy, env, opts, report, texts[1:])
}

// sameOnSnapshot checks env again as a snapshot (NewEnv, CheckEnv): the
// verdict, findings and every rendering (renderings, in FormatText to
// FormatJUnit order) must be Check's.
func sameOnSnapshot(t *testing.T, policy *Policy, env map[string]string, opts []CheckOption,
	report *Report, renderings []string) {
	t.Helper()
	snap, err := NewEnv(env)
	if err != nil {
		t.Fatalf("NewEnv: %v", err)
	}
	defer snap.Close()
	again, err := CheckEnv(policy, snap, opts...)
	if err != nil {
		t.Fatalf("CheckEnv: %v", err)
	}
	defer again.Close()
	if again.OK() != report.OK() || again.Policy != report.Policy ||
		fmt.Sprintf("%+v", again.Findings) != fmt.Sprintf("%+v", report.Findings) {
		t.Errorf("CheckEnv differs from Check: ok %v, %s, %+v", again.OK(), again.Policy,
			again.Findings)
	}
	for i, f := range []Format{FormatText, FormatJSON, FormatSARIF, FormatJUnit} {
		b, err := again.Render(f, false)
		if err != nil {
			t.Fatalf("render %d: %v", f, err)
		}
		if string(b) != renderings[i] {
			t.Errorf("CheckEnv's rendering %d differs from Check's", f)
		}
	}
}

type decideStep struct {
	NowNS     int64                      `json:"now_ns"`
	Key       string                     `json:"key"`
	Plan      string                     `json:"plan"`
	Limit     string                     `json:"limit"`
	Cost      *int64                     `json:"cost"`
	Feature   *string                    `json:"feature"`
	Usage     *int64                     `json:"usage"`
	WallNS    int64                      `json:"wall_ns"`
	Anchor    int64                      `json:"period_anchor_unix_s"`
	Repeat    int                        `json:"repeat"`
	ExpectAll map[string]json.RawMessage `json:"expect_all"`
	Expect    map[string]json.RawMessage `json:"expect"`
	// A staff or operator step instead of a decision (README.md).
	OverrideSet *struct {
		Tenant       string `json:"tenant"`
		Limit        string `json:"limit"`
		Rate         int64  `json:"rate"`
		RatePeriodNs int64  `json:"rate_period_ns"`
		Burst        int64  `json:"burst"`
		Reason       string `json:"reason"`
		Expires      int64  `json:"expires_unix_s"`
	} `json:"override_set"`
	OverrideClear *struct {
		Tenant string `json:"tenant"`
		Limit  string `json:"limit"`
	} `json:"override_clear"`
	LimitReset *struct {
		Actor  string  `json:"actor"`
		Role   string  `json:"role"`
		Tenant string  `json:"tenant"`
		Action *string `json:"action"`
		Reason string  `json:"reason"`
		Ticket string  `json:"ticket"`
		Now    int64   `json:"now"`
		Plan   string  `json:"plan"`
		Limit  string  `json:"limit"`
		Credit int64   `json:"credit"`
		What   string  `json:"what"`
		NowNs  int64   `json:"now_ns"`
		Anchor int64   `json:"period_anchor_unix_s"`
		Wall   int64   `json:"wall_ns"`
	} `json:"limit_reset"`
}

func (s *decideStep) staff() bool {
	return s.OverrideSet != nil || s.OverrideClear != nil || s.LimitReset != nil
}

// runStaff takes a staff step on l and returns what disagrees with it.
func (s *decideStep) runStaff(l *Limiter) []string {
	var err error
	var got *AccessDecision
	switch {
	case s.OverrideSet != nil:
		o := s.OverrideSet
		var exp time.Time
		if o.Expires != 0 {
			exp = time.Unix(o.Expires, 0)
		}
		err = l.SetOverride(o.Tenant, o.Limit, o.Rate, time.Duration(o.RatePeriodNs), o.Burst,
			o.Reason, exp)
	case s.OverrideClear != nil:
		err = l.ClearOverride(s.OverrideClear.Tenant, s.OverrideClear.Limit)
	default:
		r := s.LimitReset
		action := "limit_reset"
		if r.Action != nil {
			action = *r.Action
		}
		what := map[string]int{"": ResetBoth, "both": ResetBoth, "rate": ResetRate,
			"quota": ResetQuota}[r.What]
		req := AccessRequest{Actor: r.Actor, Role: r.Role, Tenant: r.Tenant, Action: action,
			Reason: r.Reason, Ticket: r.Ticket}
		if r.Now != 0 {
			req.Now = time.Unix(r.Now, 0)
		}
		var d AccessDecision
		d, err = l.LimitResetPeriod(req, r.Plan, r.Limit, r.Credit, what, r.NowNs, r.Anchor,
			r.Wall)
		got = &d
	}
	var wantErr string
	if raw, ok := s.Expect["error"]; ok && string(raw) != "null" {
		_ = json.Unmarshal(raw, &wantErr)
	}
	if err != nil || wantErr != "" {
		if err == nil {
			return []string{"expected " + wantErr + ", got success"}
		}
		if codeOf(err).Name() != wantErr {
			return []string{fmt.Sprintf("expected %q, got %v", wantErr, err)}
		}
		return nil
	}
	var problems []string
	if got != nil {
		var ev map[string]any
		if json.Unmarshal([]byte(got.Event), &ev) != nil || strings.Contains(got.Event, "\n") {
			problems = append(problems, "the event is not one JSON line")
		}
		if raw, ok := s.Expect["allowed"]; ok && string(raw) != fmt.Sprint(got.Allowed) {
			problems = append(problems, fmt.Sprintf("allowed %v, expected %s", got.Allowed, raw))
		}
		var w string
		if raw, ok := s.Expect["code"]; ok && (json.Unmarshal(raw, &w) != nil || w != got.Code) {
			problems = append(problems, fmt.Sprintf("code %q, expected %s", got.Code, raw))
		}
		if raw, ok := s.Expect["event"]; ok && (json.Unmarshal(raw, &w) != nil || w != got.Event) {
			problems = append(problems, fmt.Sprintf("event %s, expected %s", got.Event, raw))
		}
	}
	return problems
}

type decideVector struct {
	Description string  `json:"description"`
	Policy      *string `json:"policy"`
	Enforcement string  `json:"enforcement"`
	Capacity    int     `json:"capacity"`
	// Env is the served environment (empty when absent), never the
	// process's: launch mode must not leak in from whoever runs the tests.
	Env           map[string]string `json:"env"`
	LimiterError  string            `json:"limiter_error"`
	ErrorContains string            `json:"limiter_error_contains"`
	Steps         []decideStep      `json:"steps"`
}

func (s *decideStep) request() Request {
	r := Request{Key: s.Key, Plan: s.Plan, Limit: s.Limit, Cost: 1, Now: s.NowNS,
		PeriodAnchor: s.Anchor, Wall: s.WallNS}
	if s.Cost != nil {
		r.Cost = *s.Cost
	}
	if s.Feature != nil {
		r.Feature = *s.Feature
	}
	if s.Usage != nil {
		r = r.WithUsage(*s.Usage)
	}
	return r
}

// expanded is one decision of a vector, with what it must match.
type expanded struct {
	step   int
	req    Request
	expect []map[string]json.RawMessage
	staff  *decideStep // a staff step, taken in order between decisions
}

func loadDecideVector(t *testing.T, path string) (decideVector, []expanded) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v decideVector
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var all []expanded
	for i := range v.Steps {
		s := &v.Steps[i]
		if s.staff() {
			all = append(all, expanded{step: i, staff: s})
			continue
		}
		n := s.Repeat
		if n < 1 {
			n = 1
		}
		for k := 0; k < n; k++ {
			e := expanded{step: i, req: s.request()}
			if s.ExpectAll != nil {
				e.expect = append(e.expect, s.ExpectAll)
			}
			if k == n-1 {
				e.expect = append(e.expect, s.Expect)
			}
			all = append(all, e)
		}
	}
	return v, all
}

func newVectorLimiter(t *testing.T, v decideVector) *Limiter {
	t.Helper()
	var policy *Policy
	var err error
	if v.Policy != nil {
		if policy, err = ParsePolicyNamed([]byte(*v.Policy), "vector"); err != nil {
			t.Fatalf("policy: %v", err)
		}
		defer policy.Close()
	}
	enf, err := ParseEnforcement(v.Enforcement)
	if err != nil {
		t.Fatalf("enforcement %q: %v", v.Enforcement, err)
	}
	served := v.Env
	if served == nil {
		served = map[string]string{}
	}
	l, err := NewLimiter(policy, &LimiterOptions{Capacity: v.Capacity, Enforcement: enf,
		Env: served})
	if v.LimiterError != "" {
		if err == nil {
			l.Close()
			t.Fatalf("limiter: expected %s, got a limiter", v.LimiterError)
		}
		if got := codeOf(err).Name(); got != v.LimiterError ||
			!strings.Contains(err.Error(), v.ErrorContains) {
			t.Fatalf("limiter: expected %s containing %q, got %s: %v", v.LimiterError,
				v.ErrorContains, got, err)
		}
		return nil
	}
	if err != nil {
		t.Fatalf("limiter: %v", err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// compare checks a decision (or error) against the expected fields.
func compare(d Decision, err error, want map[string]json.RawMessage, key string) []string {
	var problems []string
	if raw, ok := want["error"]; ok && string(raw) != "null" {
		var name string
		_ = json.Unmarshal(raw, &name)
		if err == nil {
			return []string{fmt.Sprintf("expected %s, got a decision (%s)", name, d.Outcome)}
		}
		if got := codeOf(err).Name(); got != name {
			problems = append(problems, fmt.Sprintf("error: expected %s, got %s (%v)", name, got, err))
		}
		if key != "" && strings.Contains(err.Error(), key) {
			problems = append(problems, "the error message contains the tenant key")
		}
		return problems
	}
	if err != nil {
		return []string{fmt.Sprintf("unexpected error %v", err)}
	}
	ints := map[string]int64{
		"status": int64(d.Status), "retry_after_ns": int64(d.RetryAfter),
		"reset_after_ns": int64(d.ResetAfter), "remaining": d.Remaining, "limit": d.Limit,
		"quota_remaining": d.QuotaRemaining, "burst": d.Burst, "window_ns": int64(d.Window),
		"rate": d.Rate, "rate_period_ns": int64(d.RatePeriod), "tightest": int64(d.Tightest),
		"override_source": int64(d.OverrideSource), "quota_reset_unix_s": -1,
	}
	if !d.QuotaReset.IsZero() {
		ints["quota_reset_unix_s"] = d.QuotaReset.Unix()
	}
	if d.Allowed {
		ints["allowed"] = 1
	} else {
		ints["allowed"] = 0
	}
	strs := map[string]string{"outcome": d.Outcome.String(), "upgrade_plan": d.UpgradePlan, "reason": d.Reason,
		"override_reason": d.OverrideReason}
	for field, raw := range want {
		if field == "error" {
			continue
		}
		if field == "rates" { // every rate of a limit of several, all six fields
			var w []map[string]int64
			got := []map[string]int64{}
			for _, r := range d.Rates[:d.NumRates] {
				got = append(got, map[string]int64{"rate": r.Rate,
					"rate_period_ns": int64(r.RatePeriod), "burst": r.Burst,
					"remaining": r.Remaining, "reset_after_ns": int64(r.ResetAfter),
					"retry_after_ns": int64(r.RetryAfter)})
			}
			if e := json.Unmarshal(raw, &w); e != nil || fmt.Sprint(w) != fmt.Sprint(got) {
				problems = append(problems, fmt.Sprintf("rates: expected %s, got %v", raw, got))
			}
			continue
		}
		if field == "headers" { // the exact set of headers, values as strings
			var w map[string]string
			h, herr := d.Headers()
			got := map[string]string{}
			for k := range h {
				got[k] = h.Get(k)
			}
			wantCanon := map[string]string{}
			if e := json.Unmarshal(raw, &w); e != nil {
				problems = append(problems, "headers: "+e.Error())
				continue
			}
			for k, v := range w {
				wantCanon[http.CanonicalHeaderKey(k)] = v
			}
			if herr != nil || fmt.Sprint(got) != fmt.Sprint(wantCanon) {
				problems = append(problems, fmt.Sprintf("headers: expected %v, got %v (%v)", wantCanon, got, herr))
			}
			continue
		}
		if got, ok := ints[field]; ok {
			var w int64
			if e := json.Unmarshal(raw, &w); e != nil || w != got {
				problems = append(problems, fmt.Sprintf("%s: expected %s, got %d", field, raw, got))
			}
			continue
		}
		if got, ok := strs[field]; ok {
			var w string
			if e := json.Unmarshal(raw, &w); e != nil || w != got {
				problems = append(problems, fmt.Sprintf("%s: expected %s, got %q", field, raw, got))
			}
			continue
		}
		problems = append(problems, "unknown expect field "+field)
	}
	return problems
}

func TestConformanceDecide(t *testing.T) {
	for _, path := range vectorFiles(t, "decide", 20) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) {
			v, all := loadDecideVector(t, path)
			l := newVectorLimiter(t, v)
			if l == nil {
				return // the vector expects NewLimiter to fail, and it did
			}
			for i, e := range all {
				if e.staff != nil {
					for _, p := range e.staff.runStaff(l) {
						t.Errorf("step %d: %s", e.step, p)
					}
					continue
				}
				d, err := l.Decide(e.req)
				for _, want := range e.expect {
					for _, p := range compare(d, err, want, e.req.Key) {
						t.Errorf("step %d (decision %d): %s", e.step, i, p)
					}
				}
			}
		})
	}
}

// The same vectors through DecideMany: every request of a vector in one
// batch (each carries its own clock), same verdicts; and through
// DecideManyLazy, each decision decoded with Decisions.At.
func TestConformanceDecideMany(t *testing.T) {
	t.Run("DecideMany", func(t *testing.T) { conformanceDecideMany(t, (*Limiter).DecideMany) })
	t.Run("DecideManyLazy", func(t *testing.T) {
		conformanceDecideMany(t, func(l *Limiter, reqs []Request) ([]Decision, error) {
			var ds Decisions
			err := l.DecideManyLazy(&ds, reqs)
			out := make([]Decision, ds.Len())
			for i := range out {
				out[i] = ds.At(i)
				if ds.Allowed(i) != out[i].Allowed || ds.Outcome(i) != out[i].Outcome {
					t.Errorf("decision %d: Allowed/Outcome disagree with At: %+v", i, out[i])
				}
			}
			return out, err
		})
	})
}

func conformanceDecideMany(t *testing.T, decideMany func(*Limiter, []Request) ([]Decision, error)) {
	for _, path := range vectorFiles(t, "decide", 20) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) {
			v, all := loadDecideVector(t, path)
			l := newVectorLimiter(t, v)
			if l == nil {
				return
			}
			// One batch per run of decisions between staff steps.
			for start := 0; start < len(all); {
				if all[start].staff != nil {
					for _, p := range all[start].staff.runStaff(l) {
						t.Errorf("step %d: %s", all[start].step, p)
					}
					start++
					continue
				}
				end := start
				for end < len(all) && all[end].staff == nil {
					end++
				}
				run := all[start:end]
				reqs := make([]Request, len(run))
				for i := range run {
					reqs[i] = run[i].req
				}
				ds, err := decideMany(l, reqs)
				var be *BatchError
				if err != nil && !asBatch(err, &be) {
					t.Fatalf("DecideMany: %v", err)
				}
				for i, e := range run {
					var rerr error
					if be != nil && be.Codes[i] != 0 {
						rerr = be.Codes[i]
						if i == be.Index {
							rerr = be.Err
						}
					}
					for _, want := range e.expect {
						for _, p := range compare(ds[i], rerr, want, e.req.Key) {
							t.Errorf("step %d (decision %d): %s", e.step, start+i, p)
						}
					}
				}
				start = end
			}
		})
	}
}

func asBatch(err error, be **BatchError) bool {
	b, ok := err.(*BatchError)
	if ok {
		*be = b
	}
	return ok
}

type accessCase struct {
	Request struct {
		Actor    string `json:"actor"`
		Role     string `json:"role"`
		Tenant   string `json:"tenant"`
		Action   string `json:"action"`
		Reason   string `json:"reason"`
		Ticket   string `json:"ticket"`
		Duration int64  `json:"duration"`
		Now      int64  `json:"now"`
	} `json:"request"`
	Expect struct {
		Error    *string `json:"error"`
		Allowed  bool    `json:"allowed"`
		Code     string  `json:"code"`
		Duration int64   `json:"duration"`
		Why      *string `json:"why"`
		Event    *string `json:"event"`
	} `json:"expect"`
}

type accessVector struct {
	Description  string       `json:"description"`
	Policy       *string      `json:"policy"`
	NeverInEvent []string     `json:"never_in_event"`
	Cases        []accessCase `json:"cases"`
}

// TestConformanceAccess runs tests/conformance/access: the same staff-access
// decisions and audit events as the C and Python suites.
func TestConformanceAccess(t *testing.T) {
	for _, path := range vectorFiles(t, "access", 8) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) { runAccessVector(t, path) })
	}
}

func runAccessVector(t *testing.T, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v accessVector
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var policy *Policy
	if v.Policy != nil {
		if policy, err = ParsePolicyNamed([]byte(*v.Policy), vectorName(path)); err != nil {
			t.Fatalf("policy: %v", err)
		}
		defer policy.Close()
	}
	for i, c := range v.Cases {
		rq, want := c.Request, c.Expect
		d, err := AccessDecide(policy, AccessRequest{Actor: rq.Actor, Role: rq.Role,
			Tenant: rq.Tenant, Action: rq.Action, Reason: rq.Reason, Ticket: rq.Ticket,
			Duration: time.Duration(rq.Duration) * time.Second, Now: time.Unix(rq.Now, 0)})
		if want.Error != nil {
			var code Code
			if !errors.As(err, &code) || code.Name() != *want.Error {
				t.Errorf("case %d: got %v, want %s", i, err, *want.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("case %d: %v", i, err)
			continue
		}
		if d.Allowed != want.Allowed || d.Code != want.Code ||
			d.Duration != time.Duration(want.Duration)*time.Second {
			t.Errorf("case %d: got %v %s %v, want %v %s %ds", i, d.Allowed, d.Code, d.Duration,
				want.Allowed, want.Code, want.Duration)
		}
		if want.Why != nil && *want.Why != d.Why {
			t.Errorf("case %d: why %q, want %q", i, d.Why, *want.Why)
		}
		if want.Event != nil && *want.Event != d.Event {
			t.Errorf("case %d: event\n  %s\nwant\n  %s", i, d.Event, *want.Event)
		}
		var ev map[string]any
		if err := json.Unmarshal([]byte(d.Event), &ev); err != nil || strings.Contains(d.Event, "\n") {
			t.Errorf("case %d: the event is not one JSON line: %v", i, err)
		}
		for _, s := range v.NeverInEvent {
			if strings.Contains(d.Event, s) {
				t.Errorf("case %d: the event holds a value it must withhold", i)
			}
		}
	}
}

type periodCase struct {
	Period string          `json:"period"`
	Anchor json.RawMessage `json:"anchor"`
	Now    json.RawMessage `json:"now"`
	Start  string          `json:"start"`
	Reset  string          `json:"reset"`
	Error  string          `json:"error"`
}

// periodTime reads a vector's time with package time: RFC 3339 text, or
// an integer of seconds; null is the zero Time.
func periodTime(t *testing.T, raw json.RawMessage) time.Time {
	t.Helper()
	if len(raw) == 0 || string(raw) == "null" {
		return time.Time{}
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	var n int64
	if err := json.Unmarshal(raw, &n); err != nil {
		t.Fatal(err)
	}
	return time.Unix(n, 0)
}

// TestConformancePeriod runs tests/conformance/period: quota period
// bounds at month ends, leap days and anchors on the 31st.
func TestConformancePeriod(t *testing.T) {
	for _, path := range vectorFiles(t, "period", 4) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			var v struct {
				Cases []periodCase `json:"cases"`
			}
			if err := json.Unmarshal(raw, &v); err != nil {
				t.Fatal(err)
			}
			for i, c := range v.Cases {
				start, reset, err := PeriodBounds(c.Period, periodTime(t, c.Now), periodTime(t, c.Anchor))
				if c.Error != "" {
					var code Code
					if !errors.As(err, &code) || code.Name() != c.Error {
						t.Errorf("case %d: got %v, want %s", i, err, c.Error)
					}
					continue
				}
				if err != nil {
					t.Errorf("case %d: %v", i, err)
					continue
				}
				ws, wr := periodTime(t, json.RawMessage(`"`+c.Start+`"`)), periodTime(t, json.RawMessage(`"`+c.Reset+`"`))
				if !start.Equal(ws) || !reset.Equal(wr) {
					t.Errorf("case %d: [%v, %v), want [%v, %v)", i, start, reset, ws, wr)
				}
			}
		})
	}
}

type postmortemVector struct {
	Description string   `json:"description"`
	Policy      *string  `json:"policy"`
	Path        string   `json:"path"`
	Report      string   `json:"report"`
	Never       []string `json:"never_in_findings"`
	Expect      struct {
		Error    *string `json:"error"`
		OK       bool    `json:"ok"`
		Findings []struct {
			Rule     string `json:"rule"`
			Key      string `json:"key"`
			Severity string `json:"severity"`
			Line     int    `json:"line"`
			Column   int    `json:"column"`
		} `json:"findings"`
	} `json:"expect"`
}

// TestConformancePostmortem runs tests/conformance/postmortem: the same
// post-incident report findings, at the same places, as the C and Python
// suites.
func TestConformancePostmortem(t *testing.T) {
	for _, path := range vectorFiles(t, "postmortem", 10) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) { runPostmortemVector(t, path) })
	}
}

func runPostmortemVector(t *testing.T, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v postmortemVector
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var policy *Policy
	if v.Policy != nil {
		policy, err = ParsePolicyNamed([]byte(*v.Policy), vectorName(path))
	} else {
		policy, err = DefaultPolicy()
	}
	if err != nil {
		t.Fatalf("policy: %v", err)
	}
	defer policy.Close()
	r, err := policy.LintReport([]byte(v.Report), v.Path)
	if v.Expect.Error != nil {
		var code Code
		if !errors.As(err, &code) || code.Name() != *v.Expect.Error {
			t.Fatalf("got %v, want %s", err, *v.Expect.Error)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var got, want []string
	for _, f := range r.Findings {
		got = append(got, fmt.Sprintf("%s %s %s %d:%d", f.Rule, f.Key, f.Severity, f.Line, f.Column))
		if f.Source != "report" || f.Path != v.Path {
			t.Errorf("finding not located in the report: %+v", f)
		}
		for _, text := range v.Never {
			if strings.Contains(f.Message, text) || strings.Contains(f.Hint, text) ||
				strings.Contains(f.Because, text) {
				t.Errorf("finding quotes the report's text: %s", f.Rule)
			}
		}
	}
	for _, f := range v.Expect.Findings {
		sev := f.Severity
		if sev == "" {
			sev = "error"
		}
		want = append(want, fmt.Sprintf("%s %s %s %d:%d", f.Rule, f.Key, sev, f.Line, f.Column))
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s\ngot\n  %s\nwant\n  %s", v.Description, strings.Join(got, "\n  "),
			strings.Join(want, "\n  "))
	}
	if r.OK() != v.Expect.OK {
		t.Errorf("ok %v, want %v", r.OK(), v.Expect.OK)
	}
}
