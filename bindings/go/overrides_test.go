package dayone

import (
	"encoding/json"
	"errors"
	"testing"
	"time"
)

const overridesYAML = `version: 1
plans:
  - name: free
    limits:
      ingest: {rpm: 60, burst: 2}
      api: unlimited
overrides:
  - {tenant: vip, limit: ingest, rps: 1, burst: 5, reason: "from the policy"}
`

// The listing and the effective limit (the vectors cover decisions and
// limit_reset).
func TestOverridesListAndEffectiveLimit(t *testing.T) {
	p := mustPolicy(t, overridesYAML)
	l, err := NewLimiter(p, &LimiterOptions{Enforcement: EnforcementStrict, Env: map[string]string{}})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if err := l.SetOverride("t1", "ingest", 600, time.Minute, 7, "SUP-1 trial", time.Time{}); err != nil {
		t.Fatal(err)
	}
	list, err := l.Overrides()
	if err != nil || len(list) != 2 {
		t.Fatalf("Overrides: %v %v", list, err)
	}
	if list[0].Tenant != "t1" || list[0].Source != "api" || list[0].Burst != 7 || !list[0].InForce ||
		list[1].Tenant != "vip" || list[1].Source != "policy" || list[1].Reason != "from the policy" {
		t.Errorf("Overrides: %+v", list)
	}
	e, err := l.EffectiveLimit("t1", "free", "ingest")
	if err != nil || e.Kind != "rate" || e.Source != "api" || e.Rate != 600 || e.Burst != 7 ||
		e.PlanBurst != 2 || e.Reason != "SUP-1 trial" {
		t.Errorf("EffectiveLimit: %+v %v", e, err)
	}
	if len(e.Rates) != 1 || e.Rates[0] != (RateSpec{600, int64(time.Minute), 7}) ||
		len(e.PlanRates) != 1 || e.PlanRates[0] != (RateSpec{60, int64(time.Minute), 2}) {
		t.Errorf("EffectiveLimit rates: %+v %+v", e.Rates, e.PlanRates)
	}
	if e, err := l.EffectiveLimit("t1", "free", "api"); err != nil || e.Kind != "unlimited" {
		t.Errorf("EffectiveLimit(api): %+v %v", e, err)
	}
	d, err := l.Decide(Request{Key: "t1", Plan: "free", Limit: "ingest", Cost: 1, Now: 1e9})
	if err != nil || d.OverrideSource != OverrideAPI || d.OverrideReason != "SUP-1 trial" || d.Burst != 7 {
		t.Errorf("Decide: %+v %v", d, err)
	}
	if err := l.ClearOverride("t1", "ingest"); err != nil {
		t.Fatal(err)
	}
	if err := l.ClearOverride("t1", "ingest"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second ClearOverride: %v", err)
	}
	if _, err := l.EffectiveLimit("t1", "gold", "ingest"); !errors.Is(err, ErrNotFound) {
		t.Errorf("EffectiveLimit(gold): %v", err)
	}
	if err := l.SetOverride("t1", "ingest", 1, 2*time.Second, 1, "", time.Time{}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a 2 s period: %v", err)
	}
	// No support: section: denied, with the event saying nothing was applied.
	a, err := l.LimitReset(AccessRequest{Actor: "ana@dayone-test.invalid", Role: "engineer",
		Tenant: "t1", Action: "limit_reset", Reason: "Customer lost a day to our bug"},
		"free", "ingest", 0, ResetBoth, 0)
	var ev map[string]any
	if err != nil || a.Allowed || a.Code != "support_not_configured" ||
		json.Unmarshal([]byte(a.Event), &ev) != nil || ev["applied"] != false {
		t.Errorf("LimitReset: %+v %v", a, err)
	}
}

// A limit of several rates: EffectiveLimit lists them all; an override's
// one rate replaces them (its decision has no Rates).
func TestOverrideOfSeveralRates(t *testing.T) {
	p := mustPolicy(t, `version: 1
plans:
  - name: p
    limits:
      ingest: [{rps: 10, burst: 5}, {rpm: 20, burst: 8}]
`)
	l, err := NewLimiter(p, &LimiterOptions{Enforcement: EnforcementStrict, Env: map[string]string{}})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	plan := []RateSpec{{10, int64(time.Second), 5}, {20, int64(time.Minute), 8}}
	e, err := l.EffectiveLimit("t1", "p", "ingest")
	if err != nil || e.Source != "plan" || len(e.Rates) != 2 || e.Rates[0] != plan[0] ||
		e.Rates[1] != plan[1] || len(e.PlanRates) != 2 {
		t.Fatalf("EffectiveLimit: %+v %v", e, err)
	}
	if err := l.SetOverride("t1", "ingest", 1000, 24*time.Hour, 100, "", time.Time{}); err != nil {
		t.Fatal(err)
	}
	e, err = l.EffectiveLimit("t1", "p", "ingest")
	if err != nil || e.Source != "api" || len(e.Rates) != 1 ||
		e.Rates[0] != (RateSpec{1000, int64(24 * time.Hour), 100}) || len(e.PlanRates) != 2 {
		t.Fatalf("EffectiveLimit with an override: %+v %v", e, err)
	}
	for i := 0; i < 100; i++ {
		d, err := l.Decide(Request{Key: "t1", Plan: "p", Limit: "ingest", Cost: 1, Now: 1e9})
		if err != nil || !d.Allowed || d.NumRates != 0 || d.OverrideSource != OverrideAPI {
			t.Fatalf("Decide %d: %+v %v", i, d, err)
		}
	}
}
