package dayone

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// A snapshot checks as Check does, any number of times and under any
// check options; it tells names, never values.
func TestEnvSnapshotChecksAsCheck(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	vars := map[string]string{"DAYONE_GO_TEST_READY": "no", "DAYONE_GO_TEST_LAUNCH": "true",
		"DAYONE_GO_EMPTY": ""}
	snap, err := NewEnv(vars)
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	if snap.Len() != 3 || !snap.Has("DAYONE_GO_EMPTY") || snap.Has("DAYONE_GO_UNSET") ||
		snap.Has("DAYONE_GO_EMPTY\x00") {
		t.Errorf("Len %d, Has wrong", snap.Len())
	}
	for _, opts := range [][]CheckOption{nil, {PresenceOnly()}, {WithToday(time.Unix(0, 0))},
		{WithExample(map[string]string{"DAYONE_GO_TEST_READY": "no"})}} {
		want, err := Check(p, vars, opts...)
		if err != nil {
			t.Fatal(err)
		}
		for round := 0; round < 2; round++ {
			got, err := CheckEnv(p, snap, opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got.OK() != want.OK() || fmt.Sprintf("%+v", got.Findings) != fmt.Sprintf("%+v", want.Findings) {
				t.Errorf("%d options, round %d: CheckEnv %v %+v, Check %v %+v", len(opts), round,
					got.OK(), got.Findings, want.OK(), want.Findings)
			}
			got.Close()
		}
		if len(opts) == 0 && (want.OK() || len(want.Findings) < 2) {
			t.Errorf("expected a failing report with findings, got %+v", want.Findings)
		}
		want.Close()
	}
}

// Files are layered when the snapshot is built, not over a built one; the
// other options belong to the check.
func TestEnvSnapshotOptions(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.env")
	if err := os.WriteFile(good, []byte("DAYONE_GO_TEST_READY=yes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	snap, err := NewEnv(map[string]string{"DAYONE_GO_TEST_READY": "false"}, WithEnvFile(good),
		WithEnvDialect(EnvDocker))
	if err != nil {
		t.Fatal(err)
	}
	defer snap.Close()
	r, err := CheckEnv(p, snap)
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() {
		t.Errorf("the .env file did not override the map: %+v", r.Findings)
	}
	r.Close()
	if _, err := CheckEnv(p, snap, WithEnvFile(good)); !errors.Is(err, ErrInvalid) {
		t.Errorf("CheckEnv with WithEnvFile: %v", err)
	}
	if _, err := CheckEnv(p, snap, WithEnvDialect(EnvDocker)); !errors.Is(err, ErrInvalid) {
		t.Errorf("CheckEnv with WithEnvDialect: %v", err)
	}
	// Refused whatever their values, even those that would change nothing.
	for i, opt := range []CheckOption{PresenceOnly(), NoSecretFiles(), WithExample(map[string]string{}),
		WithToday(time.Now()), WithNow(time.Now()), WithProfiles("nightly"),
		WithFacts(map[string]any{"a": 1}), WithExample(nil), WithToday(time.Unix(0, 0)),
		WithProfiles(), WithFacts(nil)} {
		if s, err := NewEnv(nil, opt); !errors.Is(err, ErrInvalid) || s != nil {
			t.Errorf("NewEnv with option %d: %v", i, err)
		}
	}
	bad := sourcePath("tests", "env-files", "bad-unterminated-double.env")
	_, err = NewEnv(nil, WithEnvFile(bad))
	var ee *EnvFileError
	if !errors.As(err, &ee) || ee.Path != bad || ee.Line != 2 {
		t.Fatalf("want *EnvFileError at line 2, got %T %v", err, err)
	}
	if strings.Contains(err.Error(), "PLANTED_SECRET") {
		t.Errorf("the .env content leaked: %v", err)
	}
}

// Close wipes and frees the snapshot once; checks after it fail with
// ErrClosed, and reports made before it stay whole.
func TestEnvSnapshotClose(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	snap, err := NewEnv(map[string]string{"DAYONE_GO_TEST_LAUNCH": "true"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := CheckEnv(p, snap)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	before, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if err := snap.Close(); err != nil {
		t.Fatal(err)
	}
	if err := snap.Close(); err != nil {
		t.Fatal(err)
	}
	after, err := r.JSON()
	if err != nil || string(after) != string(before) || r.OK() {
		t.Errorf("the report changed with its snapshot closed: %v %s / %s", err, before, after)
	}
	if _, err := CheckEnv(p, snap); !errors.Is(err, ErrClosed) {
		t.Errorf("CheckEnv after Close: %v", err)
	}
	if snap.Len() != 0 || snap.Has("DAYONE_GO_TEST_LAUNCH") {
		t.Error("a closed snapshot still answers")
	}
	if _, err := CheckEnv(p, nil); !errors.Is(err, ErrInvalid) {
		t.Errorf("CheckEnv(nil): %v", err)
	}
}

// Goroutines share a snapshot; Close waits for the checks in progress.
func TestEnvSnapshotConcurrent(t *testing.T) {
	p := mustPolicy(t, postureYAML)
	snap, err := NewEnv(map[string]string{"DAYONE_GO_TEST_READY": "true"})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				r, err := CheckEnv(p, snap)
				if errors.Is(err, ErrClosed) {
					return
				}
				if err != nil || !r.OK() {
					t.Errorf("CheckEnv: %v", err)
					return
				}
				r.Close()
			}
		}()
	}
	time.Sleep(time.Millisecond)
	snap.Close()
	wg.Wait()
}
