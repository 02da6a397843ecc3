package dayone

import (
	"testing"
	"time"
)

// plainDecision has a distinct value in every field decodeCommon copies,
// so that a block copied to the wrong place shows.
func plainDecision() Decision {
	return Decision{Allowed: true, Outcome: AllowShadow, Status: 200,
		RetryAfter: 3, ResetAfter: 5, Remaining: 7, Limit: 11, Window: 13, QuotaRemaining: 17,
		Burst: 19, Rate: 23, RatePeriod: 29, Reason: reasonOK, LimitName: "api"}
}

// decodeCommon copies the numeric fields as blocks (decisionHead): a
// dayone_decision written field by field (encode, by name) must come back
// whole, also into a Decision reused from one that said more.
func TestDecodeCommonRoundTrip(t *testing.T) {
	want := plainDecision()
	var c cDecision
	want.encode(&c)
	copy(c.reason[:], reasonOK) // encode leaves the texts to the library
	if !c.plain() {
		t.Fatal("a plain decision is not plain()")
	}
	got := Decision{Allowed: false, Outcome: DenyPlan, Status: 403, UpgradePlan: "pro",
		Reason: "feature not in plan", QuotaReset: time.Unix(1, 0), NumRates: 2,
		Rates: [MaxRates]RateState{{Rate: 1}, {Rate: 2}}, Tightest: 1,
		OverrideSource: OverrideAPI, OverrideReason: "vip"}
	got.decodeCommon(&c, "api")
	if got != want {
		t.Fatalf("decodeCommon:\n got %+v\nwant %+v", got, want)
	}
	var full Decision
	full.decode(&c, "api")
	if full != want {
		t.Fatalf("decode:\n got %+v\nwant %+v", full, want)
	}
}

// plain() is the batch loop's one test: each thing decodeCommon does not
// decode must make it false.
func TestPlainDecisionTest(t *testing.T) {
	d := plainDecision()
	for name, spoil := range map[string]func(c *cDecision){
		"reason okay":    func(c *cDecision) { copy(c.reason[:], "okay") },
		"reason empty":   func(c *cDecision) { c.reason = [len(c.reason)]byte{} },
		"reason ko":      func(c *cDecision) { copy(c.reason[:], "ko") },
		"upgrade plan":   func(c *cDecision) { copy(c.upgradePlan[:], "pro") },
		"quota reset 0":  func(c *cDecision) { c.quotaReset = 0 },
		"quota reset":    func(c *cDecision) { c.quotaReset = 1 << 40 },
		"several rates":  func(c *cDecision) { c.nrates = 2 },
		"override":       func(c *cDecision) { c.overrideSource = int32(OverridePolicy) },
		"failed (zeros)": func(c *cDecision) { *c = cDecision{} },
	} {
		var c cDecision
		d.encode(&c)
		copy(c.reason[:], reasonOK)
		spoil(&c)
		if c.plain() {
			t.Errorf("%s: plain() is true", name)
		}
	}
}
