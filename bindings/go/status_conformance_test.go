package dayone

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

// The status vectors (tests/conformance/status/*.json), run through Status:
// the same components, reasons and findings as the C and Python suites.

type statusVector struct {
	Policy *string        `json:"policy"`
	Now    *string        `json:"now"`
	Facts  map[string]any `json:"facts"`
	Expect struct {
		Error      *string                    `json:"error"`
		OK         *bool                      `json:"ok"`
		Indicator  *string                    `json:"indicator"`
		Components json.RawMessage            `json:"components"`
		Findings   []map[string]string        `json:"findings"`
		Comps      map[string]json.RawMessage `json:"-"`
	} `json:"expect"`
}

type statusWant struct {
	Status    string             `json:"status"`
	Indicator *string            `json:"indicator"`
	Published *json.RawMessage   `json:"published"`
	Reasons   *[]json.RawMessage `json:"reasons"`
}

// objectKeys lists an object's keys in document order.
func objectKeys(raw json.RawMessage) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, err
		}
	}
	return keys, nil
}

var stateWords = map[string]bool{StateOperational: true, StateUnderMaintenance: true,
	StateDegradedPerformance: true, StatePartialOutage: true, StateMajorOutage: true,
	StateUnknown: true}

func TestConformanceStatus(t *testing.T) {
	for _, path := range vectorFiles(t, "status", 10) {
		path := path
		t.Run(vectorName(path), func(t *testing.T) { runStatusVector(t, path) })
	}
}

func runStatusVector(t *testing.T, path string) {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v statusVector
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var policy *Policy
	if v.Policy != nil {
		if policy, err = ParsePolicyNamed([]byte(*v.Policy), vectorName(path)); err != nil {
			t.Fatalf("policy: %v", err)
		}
		defer policy.Close()
	}
	var opts []CheckOption
	if v.Facts != nil {
		opts = append(opts, WithFacts(v.Facts))
	}
	if v.Now != nil {
		now, err := time.Parse(time.RFC3339Nano, *v.Now)
		if err != nil {
			t.Fatalf("now: %v", err)
		}
		opts = append(opts, WithNow(now))
	}
	r, err := Status(policy, opts...)
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
	if v.Expect.OK != nil && r.OK != *v.Expect.OK {
		t.Errorf("ok %v", r.OK)
	}
	if v.Expect.Indicator != nil && r.Indicator != *v.Expect.Indicator {
		t.Errorf("indicator %s, want %s", r.Indicator, *v.Expect.Indicator)
	}
	if v.Expect.Components != nil {
		keys, err := objectKeys(v.Expect.Components)
		if err != nil {
			t.Fatal(err)
		}
		var wants map[string]statusWant
		if err := json.Unmarshal(v.Expect.Components, &wants); err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, c := range r.Components {
			names = append(names, c.Name)
		}
		if !reflect.DeepEqual(names, keys) {
			t.Errorf("components %v, want %v", names, keys)
		}
		for _, c := range r.Components {
			w, ok := wants[c.Name]
			if !ok {
				continue
			}
			if c.Status != w.Status || (w.Indicator != nil && c.Indicator != *w.Indicator) {
				t.Errorf("%s: %s/%s, want %s", c.Name, c.Status, c.Indicator, w.Status)
			}
			if w.Published != nil {
				var pub *string
				_ = json.Unmarshal(*w.Published, &pub)
				want := ""
				if pub != nil {
					want = *pub
				}
				if c.Published != want {
					t.Errorf("%s: published %q, want %q", c.Name, c.Published, want)
				}
			}
			if w.Reasons != nil {
				var got, exp [][4]string
				for _, x := range c.Reasons {
					got = append(got, [4]string{x.Rule, x.Check, x.Fact, x.Status})
				}
				for _, rr := range *w.Reasons {
					var x map[string]string
					_ = json.Unmarshal(rr, &x)
					exp = append(exp, [4]string{x["rule"], x["check"], x["fact"], x["status"]})
				}
				if !reflect.DeepEqual(got, exp) {
					t.Errorf("%s: reasons %v, want %v", c.Name, got, exp)
				}
			}
		}
	}
	if v.Expect.Findings != nil {
		var got, exp []string
		for _, f := range r.Findings {
			got = append(got, f.Rule+" "+f.Key+" "+f.Severity.String())
		}
		for _, f := range v.Expect.Findings {
			sev := f["severity"]
			if sev == "" {
				sev = "error"
			}
			exp = append(exp, f["rule"]+" "+f["key"]+" "+sev)
		}
		sort.Strings(got)
		sort.Strings(exp)
		if !reflect.DeepEqual(got, exp) {
			t.Errorf("findings %v, want %v", got, exp)
		}
	}
	// No fact's value (5 characters or more, not a status-page word) in any text.
	var texts []string
	for _, f := range r.Findings {
		texts = append(texts, f.Message, f.Hint, f.Because)
	}
	for _, c := range r.Components {
		for _, x := range c.Reasons {
			texts = append(texts, x.Message)
		}
	}
	for _, val := range factScalars(map[string]any(v.Facts)) {
		if len(val) < 5 || stateWords[val] {
			continue
		}
		for _, text := range texts {
			if strings.Contains(text, val) {
				t.Errorf("LEAK: a fact's value appears in %q", text)
			}
		}
	}
}

func TestStatusRefusesCheckOptions(t *testing.T) {
	_, err := Status(nil, WithProfiles("daily"))
	if !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want ErrInvalid", err)
	}
}

func TestStatusExampleFile(t *testing.T) {
	path := conformanceDir(t) + "/../../examples/ops/health.json"
	// examples/ops/health.json was observed at 2026-03-02T06:00:00Z
	observed := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	r, err := Status(nil, WithFactsFile(path), WithNow(observed.Add(5*time.Minute)))
	if err != nil {
		t.Fatal(err)
	}
	if r.OK || r.Indicator != "major" || len(r.Components) != 6 {
		t.Fatalf("ok=%v indicator=%s components=%d", r.OK, r.Indicator, len(r.Components))
	}
	ingest := r.Components[1]
	if ingest.Name != "ingest" || ingest.Status != StatePartialOutage ||
		ingest.Published != StateDegradedPerformance {
		t.Fatalf("ingest: %+v", ingest)
	}
	if ingest.Reasons[0].Path != path || ingest.Reasons[0].Line == 0 {
		t.Fatalf("reason not located: %+v", ingest.Reasons[0])
	}
	// 15 minutes and 1 ns later the facts are stale: every component unknown.
	stale, err := Status(nil, WithFactsFile(path),
		WithNow(observed.Add(15*time.Minute+time.Nanosecond)))
	if err != nil {
		t.Fatal(err)
	}
	if stale.OK || stale.Indicator != StateUnknown {
		t.Fatalf("stale: ok=%v indicator=%s", stale.OK, stale.Indicator)
	}
	for _, c := range stale.Components {
		if c.Status != StateUnknown || c.Reasons[0].Rule != "status-stale" {
			t.Fatalf("stale: %s is %s, first reason %+v", c.Name, c.Status, c.Reasons[0])
		}
	}
	// An instant outside int64 nanoseconds is ErrInvalid, as for Check.
	if _, err := Status(nil, WithFactsFile(path), WithNow(time.Time{})); !errors.Is(err, ErrInvalid) {
		t.Fatalf("zero time: got %v, want ErrInvalid", err)
	}
	// A malformed facts document is an *EnvFileError naming its place.
	bad := t.TempDir() + "/bad.json"
	if err := os.WriteFile(bad, []byte("{\"api\": [1,}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Status(nil, WithFactsFile(bad))
	var efe *EnvFileError
	if !errors.As(err, &efe) || !strings.Contains(err.Error(), "bad.json:1:") {
		t.Fatalf("got %v, want an *EnvFileError at bad.json:1", err)
	}
	// A policy without a status: section is ErrInvalid.
	p, err := ParsePolicy([]byte("version: 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if _, err := Status(p); !errors.Is(err, ErrInvalid) {
		t.Fatalf("got %v, want ErrInvalid", err)
	}
}
