package dayone

// WithFacts, WithFactsFile, WithNow and WithProfiles: what the Go layer
// translates (the judging itself is pinned by tests/conformance/facts).

import (
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const backupPolicy = `version: 1
posture:
  - id: backup-fresh
    key: backup.db.last_success_at
    profiles: [daily]
    max_age: 26h
`

var backupAt = time.Date(2026, 3, 1, 4, 0, 0, 0, time.UTC)

func backupFacts(at time.Time) map[string]any {
	return map[string]any{"backup": map[string]any{"db": map[string]any{
		"last_success_at": at.Format(time.RFC3339Nano)}}}
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// findingRules checks env-less under opts and lists "rule key" for every
// finding.
func findingRules(t *testing.T, p *Policy, opts ...CheckOption) []string {
	t.Helper()
	r, err := Check(p, nil, opts...)
	if err != nil {
		t.Fatalf("check: %v", err)
	}
	defer r.Close()
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule+" "+f.Key)
	}
	return out
}

func TestFactsLayerInOrder(t *testing.T) {
	p := mustPolicy(t, backupPolicy)
	stale := writeFile(t, "stale.yaml",
		"backup:\n  db:\n    last_success_at: \"2026-02-20T00:00:00Z\"\n")
	now := WithNow(backupAt.Add(time.Hour))
	daily := WithProfiles("daily")

	// The later layer wins, whichever kind it is.
	got := findingRules(t, p, WithFactsFile(stale), WithFacts(backupFacts(backupAt)), now, daily)
	if len(got) != 0 {
		t.Errorf("file then fresh map: want no finding, got %v", got)
	}
	got = findingRules(t, p, WithFacts(backupFacts(backupAt)), WithFactsFile(stale), now, daily)
	if len(got) != 1 || got[0] != "fact-stale backup.db.last_success_at" {
		t.Errorf("fresh map then stale file: want fact-stale, got %v", got)
	}
	// The file's fact is located in the file.
	r, err := Check(p, nil, WithFactsFile(stale), now, daily)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if len(r.Findings) != 1 || r.Findings[0].Source != "facts" || r.Findings[0].Path != stale ||
		r.Findings[0].Line != 3 {
		t.Errorf("want one finding at %s:3 with source facts, got %+v", stale, r.Findings)
	}
}

func TestWithNowNanoseconds(t *testing.T) {
	p := mustPolicy(t, backupPolicy)
	at := backupAt.Add(123456789 * time.Nanosecond)
	facts := WithFacts(backupFacts(at))
	edge := at.Add(26 * time.Hour)
	if got := findingRules(t, p, facts, WithNow(edge), WithProfiles("daily")); len(got) != 0 {
		t.Errorf("exactly max_age old: want no finding, got %v", got)
	}
	got := findingRules(t, p, facts, WithNow(edge.Add(time.Nanosecond)), WithProfiles("daily"))
	if len(got) != 1 || got[0] != "fact-stale backup.db.last_success_at" {
		t.Errorf("1 ns past max_age: want fact-stale, got %v", got)
	}
	// Another zone, the same instant.
	got = findingRules(t, p, facts,
		WithNow(edge.Add(time.Nanosecond).In(time.FixedZone("X", -7*3600))), WithProfiles("daily"))
	if len(got) != 1 {
		t.Errorf("the instant in another zone: want fact-stale, got %v", got)
	}
	for _, bad := range []time.Time{{}, time.Date(2263, 1, 1, 0, 0, 0, 0, time.UTC)} {
		_, err := Check(p, nil, facts, WithNow(bad), WithProfiles("daily"))
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("WithNow(%v): want ErrInvalid, got %v", bad, err)
		}
	}
}

func TestProfiles(t *testing.T) {
	p := mustPolicy(t, backupPolicy)
	stale := WithFacts(backupFacts(backupAt))
	now := WithNow(backupAt.Add(48 * time.Hour))
	// Without profiles only startup rules run: the daily rule is skipped.
	if got := findingRules(t, p, stale, now); len(got) != 0 {
		t.Errorf("startup: want no finding, got %v", got)
	}
	if got := findingRules(t, p, stale, now, WithProfiles()); len(got) != 0 {
		t.Errorf("WithProfiles(): want no finding, got %v", got)
	}
	if got := findingRules(t, p, stale, now, WithProfiles("daily")); len(got) != 1 {
		t.Errorf("daily: want fact-stale, got %v", got)
	}
	for _, names := range [][]string{{"weekly"}, {""}, {"dai\x00ly"}} {
		_, err := Check(p, nil, stale, now, WithProfiles(names...))
		if !errors.Is(err, ErrInvalid) {
			t.Errorf("WithProfiles(%q): want ErrInvalid, got %v", names, err)
		}
		// The library's own message, carried back by the check's crossing.
		if names[0] == "weekly" && (err == nil || !strings.Contains(err.Error(), "unknown profile 'weekly'")) {
			t.Errorf("WithProfiles(weekly): %v", err)
		}
	}
}

func TestBadFactsDocuments(t *testing.T) {
	p := mustPolicy(t, backupPolicy)
	const secret = "s.SuperSecretToken123"
	// A duplicate key: *EnvFileError at the place, no value.
	dup := writeFile(t, "dup.yaml", "vault:\n  token: \""+secret+"\"\n  token: \""+secret+"\"\n")
	_, err := Check(p, nil, WithFactsFile(dup), WithProfiles("daily"))
	var ef *EnvFileError
	if !errors.As(err, &ef) || !errors.Is(err, ErrEnvFile) || ef.Path != dup || ef.Line != 3 {
		t.Fatalf("duplicate key: want *EnvFileError at %s:3, got %v", dup, err)
	}
	if !strings.Contains(err.Error(), dup+":3:") || strings.Contains(err.Error(), secret) {
		t.Errorf("error must name the place and never the value: %v", err)
	}
	// A key that cannot be addressed, from a map: the place is facts.json.
	_, err = Check(p, nil, WithFacts(map[string]any{"a.b": secret}))
	if !errors.As(err, &ef) || ef.Path != "facts.json" || ef.Line != 1 || ef.Column == 0 {
		t.Errorf("key with '.': want *EnvFileError at facts.json:1:N, got %v", err)
	} else if strings.Contains(err.Error(), secret) {
		t.Errorf("the value leaked into %v", err)
	}
	// Explain reads the same documents, so it fails the same way.
	if _, err := Explain(p, nil, "backup.db.last_success_at", WithFactsFile(dup)); !errors.As(err, &ef) {
		t.Errorf("Explain with a malformed document: want *EnvFileError, got %v", err)
	}
	// Unreadable.
	_, err = Check(p, nil, WithFactsFile(filepath.Join(t.TempDir(), "missing.json")))
	if !errors.Is(err, ErrIO) {
		t.Errorf("missing file: want ErrIO, got %v", err)
	}
	// Not serialisable: ErrInvalid, and encoding/json's text (which can
	// quote the value) is not passed on.
	for _, doc := range []map[string]any{{"x": math.NaN()}, {"x": make(chan int)}} {
		_, err = Check(p, nil, WithFacts(doc))
		if !errors.Is(err, ErrInvalid) || strings.Contains(err.Error(), "NaN") {
			t.Errorf("unserialisable facts: want ErrInvalid without the value, got %v", err)
		}
	}
	// A NUL in a path is refused before reaching C.
	if _, err = Check(p, nil, WithFactsFile("a\x00b")); !errors.Is(err, ErrInvalid) {
		t.Errorf("NUL in path: want ErrInvalid, got %v", err)
	}
	// nil is no facts, not a malformed (null) document.
	if _, err = Check(p, nil, WithFacts(nil)); err != nil {
		t.Errorf("WithFacts(nil): %v", err)
	}
}

func TestEnforceIsStartupOnly(t *testing.T) {
	p := mustPolicy(t, backupPolicy)
	for name, opt := range map[string]CheckOption{
		"WithFacts":     WithFacts(backupFacts(backupAt)),
		"WithFactsFile": WithFactsFile("facts.json"),
		"WithNow":       WithNow(backupAt),
		"WithProfiles":  WithProfiles("daily"),
	} {
		if err := Enforce(p, opt); !errors.Is(err, ErrInvalid) {
			t.Errorf("Enforce(%s): want ErrInvalid, got %v", name, err)
		}
	}
}

func TestExplainFacts(t *testing.T) {
	p := mustPolicy(t, backupPolicy)
	stamp := "2026-03-01T04:00:00.123456789Z"
	facts := WithFacts(map[string]any{"backup": map[string]any{"db": map[string]any{
		"last_success_at": stamp}}})
	fresh, err := Explain(p, nil, "backup.db.last_success_at", facts,
		WithNow(backupAt.Add(time.Hour)), WithProfiles("daily"))
	if err != nil {
		t.Fatal(err)
	}
	stale, err := Explain(p, nil, "backup.db.last_success_at", facts,
		WithNow(backupAt.Add(48*time.Hour)), WithProfiles("daily"))
	if err != nil {
		t.Fatal(err)
	}
	if fresh == stale || !strings.Contains(fresh, "backup-fresh") {
		t.Errorf("Explain must follow now:\nfresh: %s\nstale: %s", fresh, stale)
	}
	for _, text := range []string{fresh, stale} {
		if strings.Contains(text, stamp) {
			t.Errorf("the fact's value leaked into Explain: %s", text)
		}
	}
}
