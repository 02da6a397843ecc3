package dayone

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// The Redis tests run against a real redis-server each test starts on a
// unix socket of its own (no TCP port, no persistence). Without
// redis-server on PATH they fail - the backend would otherwise go untested
// - except under -short, where they are skipped with a message (ctest's
// go.test runs without -short, so the gap cannot pass unnoticed).

// startRedis starts a private redis-server and returns its unix socket.
func startRedis(t *testing.T, extra ...string) string {
	t.Helper()
	sock, _ := startRedisStoppable(t, extra...)
	return sock
}

// startRedisStoppable is startRedis with a function that kills the server
// (idempotent; also run by t.Cleanup).
func startRedisStoppable(t *testing.T, extra ...string) (string, func()) {
	t.Helper()
	if withoutRedisSupport() {
		t.Skip("libdayone built without hiredis (DAYONE_GO_REDIS=0): TestRedisWithoutHiredis checks AttachRedis fails")
	}
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if testing.Short() {
			t.Skip("redis-server not on PATH (Debian package redis-server); Redis tests skipped under -short only")
		}
		t.Fatal("redis-server not on PATH: install the Debian package redis-server (the Redis backend tests need a real server)")
	}
	// A short directory: a unix socket path is limited to ~107 bytes.
	dir, err := os.MkdirTemp("", "dyredis")
	if err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "redis.sock")
	args := append([]string{"--port", "0", "--unixsocket", sock, "--save", "",
		"--appendonly", "no", "--dir", dir}, extra...)
	cmd := exec.Command(bin, args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		t.Fatalf("start redis-server: %v", err)
	}
	exited := make(chan struct{})
	go func() { cmd.Wait(); close(exited) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cmd.Process.Kill()
			<-exited
			os.RemoveAll(dir)
		})
	}
	t.Cleanup(stop)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if c, err := net.Dial("unix", sock); err == nil {
			c.Close()
			return sock, stop
		}
		select {
		case <-exited:
			t.Fatalf("redis-server exited early:\n%s", out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server did not listen on %s within 10 s:\n%s", sock, out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// withoutRedisSupport: the ctest registration says the library was built
// without hiredis (DAYONE_GO_REDIS=0). Run by hand, the tests assume it has
// Redis support.
func withoutRedisSupport() bool { return os.Getenv("DAYONE_GO_REDIS") == "0" }

// A library built without hiredis has the functions, and they say so.
func TestRedisWithoutHiredis(t *testing.T) {
	if !withoutRedisSupport() {
		t.Skip("libdayone has Redis support (the other TestRedis* tests run)")
	}
	l := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	err := l.AttachRedis(RedisOptions{URL: "unix:///nonexistent.sock"})
	if !errors.Is(err, ErrBackend) || !strings.Contains(err.Error(), "built without Redis support") {
		t.Errorf("without hiredis: %v, want ErrBackend \"built without Redis support\"", err)
	}
	if st, err := l.BackendStatus(); err != nil || st.Attached {
		t.Errorf("without hiredis: %+v %v", st, err)
	}
}

func randomHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// One request a minute, so nothing refills during a test: a burst of 5
// is admitted, the sixth request is denied whatever the clock.
const redisPolicy = `version: 1
plans:
  - name: free
    limits:
      api: {rpm: 1, burst: 5}
      wide: {rpm: 1, burst: 40}
`

func attached(t *testing.T, sock string, opts *RedisOptions) *Limiter {
	t.Helper()
	l := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	o := RedisOptions{URL: "unix://" + sock}
	if opts != nil {
		o = *opts
	}
	if err := l.AttachRedis(o); err != nil {
		t.Fatalf("AttachRedis: %v", err)
	}
	return l
}

func TestRedisBurstThenDenyLikeInProcess(t *testing.T) {
	sock := startRedis(t)
	remote := attached(t, sock, nil)
	local := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	st, err := remote.BackendStatus()
	if err != nil || !st.Attached || !st.Connected {
		t.Fatalf("after attach: %+v %v", st, err)
	}
	key := "tenant-" + randomHex(t, 4)
	for i := 0; i < 7; i++ {
		req := Request{Key: key, Plan: "free", Limit: "api"}
		want, err := local.Decide(Request{Key: key, Plan: "free", Limit: "api", Now: t0})
		if err != nil {
			t.Fatal(err)
		}
		got, err := remote.Decide(req)
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		if got.Allowed != (i < 5) {
			t.Errorf("request %d: allowed = %v", i, got.Allowed)
		}
		if got.Allowed != want.Allowed || got.Outcome != want.Outcome ||
			got.Status != want.Status || got.Remaining != want.Remaining ||
			got.Limit != want.Limit || got.Burst != want.Burst || got.Reason != want.Reason {
			t.Errorf("request %d: redis %+v, in-process %+v", i, got, want)
		}
		// The headers round up to seconds: the few milliseconds the test
		// takes do not show.
		gh, gerr := got.Headers()
		wh, werr := want.Headers()
		if fmt.Sprint(gh) != fmt.Sprint(wh) || gerr != nil || werr != nil {
			t.Errorf("request %d: headers %v, in-process %v", i, gh, wh)
		}
	}
	// Another tenant has its own budget.
	if d, err := remote.Decide(Request{Key: key + "-other", Plan: "free", Limit: "api"}); err != nil || !d.Allowed {
		t.Errorf("other tenant: %+v %v", d, err)
	}
	// DecideMany through Redis: same verdicts as one by one.
	batch := make([]Request, 7)
	for i := range batch {
		batch[i] = Request{Key: key + "-batch", Plan: "free", Limit: "api"}
	}
	ds, err := remote.DecideMany(batch)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range ds {
		if d.Allowed != (i < 5) || (!d.Allowed && d.Status != 429) {
			t.Errorf("batch %d: %+v", i, d)
		}
	}
	st, err = remote.BackendStatus()
	if err != nil || st.FallbacksLocal != 0 || st.Errors != 0 {
		t.Errorf("status after decisions: %+v %v", st, err)
	}
}

// With the clock taken from the requests, Redis and the in-process table
// must agree on every field of every decision, refills included.
func TestRedisSameDecisionsAsInProcess(t *testing.T) {
	const policy = `version: 1
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 3}
`
	sock := startRedis(t)
	remote := mustLimiter(t, mustPolicy(t, policy), nil)
	if err := remote.AttachRedis(RedisOptions{URL: "unix://" + sock, ClockFromRequest: true}); err != nil {
		t.Fatal(err)
	}
	local := mustLimiter(t, mustPolicy(t, policy), nil)
	key := "clock-" + randomHex(t, 4)
	now := t0
	steps := []int64{0, 0, 0, 0, 250e6, 500e6, 250e6, 0, 3e9, 0, 0, 0, 0, 999e6, 1, 0}
	denied := 0
	for i, step := range steps {
		now += step
		req := Request{Key: key, Plan: "free", Limit: "api", Now: now}
		want, err := local.Decide(req)
		if err != nil {
			t.Fatal(err)
		}
		got, err := remote.Decide(req)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got != want {
			t.Errorf("step %d (t+%d ns):\nredis      %+v\nin-process %+v", i, now-t0, got, want)
		}
		if !got.Allowed {
			denied++
		}
	}
	if denied == 0 || denied == len(steps) {
		t.Errorf("%d of %d denied: the sequence tests nothing", denied, len(steps))
	}
	if st, _ := remote.BackendStatus(); st.RoundTrips < uint64(len(steps)) || st.FallbacksLocal != 0 {
		t.Errorf("not decided in Redis: %+v", st)
	}
}

func TestRedisTwoInstancesShareOneBudget(t *testing.T) {
	sock := startRedis(t)
	a := attached(t, sock, nil)
	b := attached(t, sock, nil)
	key := "shared-" + randomHex(t, 4)
	const burst, perInstance = 40, 30 // the "wide" limit
	var wg sync.WaitGroup
	var mu sync.Mutex
	admitted := map[string]int{}
	for _, inst := range []struct {
		name string
		l    *Limiter
	}{{"a", a}, {"b", b}} {
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func(name string, l *Limiter) {
				defer wg.Done()
				n := 0
				for i := 0; i < perInstance/2; i++ {
					d, err := l.Decide(Request{Key: key, Plan: "free", Limit: "wide"})
					if err != nil {
						t.Error(err)
						return
					}
					if d.Allowed {
						n++
					}
				}
				mu.Lock()
				admitted[name] += n
				mu.Unlock()
			}(inst.name, inst.l)
		}
	}
	wg.Wait()
	if total := admitted["a"] + admitted["b"]; total != burst {
		t.Errorf("admitted %d (a %d, b %d) of %d requests, want exactly the burst %d",
			total, admitted["a"], admitted["b"], 2*perInstance, burst)
	}
	if admitted["a"] == 0 || admitted["b"] == 0 {
		t.Logf("one instance took the whole budget: %v", admitted)
	}
	// Each instance now sees the budget spent by both.
	for name, l := range map[string]*Limiter{"a": a, "b": b} {
		if d, err := l.Decide(Request{Key: key, Plan: "free", Limit: "wide"}); err != nil || d.Allowed || d.Status != 429 {
			t.Errorf("instance %s after the shared burst: %+v %v", name, d, err)
		}
	}
	// An in-process limiter beside them would have admitted its own burst:
	// the budget really lives in Redis.
	local := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	if d, _ := local.Decide(Request{Key: key, Plan: "free", Limit: "wide"}); !d.Allowed {
		t.Error("an unattached limiter shares state it should not see")
	}
}

func TestRedisBackendStatusCountsRoundTrips(t *testing.T) {
	sock := startRedis(t)
	l := attached(t, sock, nil)
	before, err := l.BackendStatus()
	if err != nil {
		t.Fatal(err)
	}
	if !before.Attached || before.ScriptLoads < 1 {
		t.Errorf("after attach: %+v", before)
	}
	key := "rt-" + randomHex(t, 4)
	for i := 0; i < 8; i++ { // allowed and denied decisions alike
		if _, err := l.Decide(Request{Key: key, Plan: "free", Limit: "api"}); err != nil {
			t.Fatal(err)
		}
	}
	mid, _ := l.BackendStatus()
	if mid.RoundTrips != before.RoundTrips+8 {
		t.Errorf("8 decisions: round trips %d -> %d", before.RoundTrips, mid.RoundTrips)
	}
	batch := make([]Request, 16)
	for i := range batch {
		batch[i] = Request{Key: fmt.Sprintf("%s-%d", key, i), Plan: "free", Limit: "api"}
	}
	if _, err := l.DecideMany(batch); err != nil {
		t.Fatal(err)
	}
	after, _ := l.BackendStatus()
	if after.RoundTrips != mid.RoundTrips+1 {
		t.Errorf("a batch of 16: round trips %d -> %d, want one", mid.RoundTrips, after.RoundTrips)
	}
	if after.Errors != 0 || after.FallbacksLocal+after.FallbacksOpen+after.FallbacksClosed != 0 || !after.Connected {
		t.Errorf("healthy server: %+v", after)
	}
	// Unattached: the zero status.
	plain := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	if st, err := plain.BackendStatus(); err != nil || st != (BackendStatus{}) {
		t.Errorf("unattached: %+v %v", st, err)
	}
}

// A Redis that goes away: every limit's on_backend_failure applies, each
// decision still returns within the timeouts, and the status says so.
func TestRedisServerDown(t *testing.T) {
	const policy = `version: 1
plans:
  - name: free
    limits:
      api: {rpm: 60, burst: 5}
      open: {rpm: 60, burst: 5, on_backend_failure: fail_open}
      closed: {rpm: 60, burst: 5, on_backend_failure: fail_closed}
`
	sock, stop := startRedisStoppable(t)
	l := mustLimiter(t, mustPolicy(t, policy), nil)
	// Timeouts well under the 1 s bound below, yet long enough for the first
	// SCRIPT LOAD on a loaded machine (20 ms failed "while up" at load 10):
	// a stopped server refuses at once, so the bound does not wait on them.
	if err := l.AttachRedis(RedisOptions{URL: "unix://" + sock, ConnectTimeout: 200 * time.Millisecond,
		CommandTimeout: 200 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []string{"api", "open", "closed"} {
		if d, err := l.Decide(Request{Key: "down", Plan: "free", Limit: limit}); err != nil || !d.Allowed {
			t.Fatalf("%s while up: %+v %v", limit, d, err)
		}
	}
	stop()
	for i := 0; i < 3; i++ {
		for _, c := range []struct {
			limit   string
			allowed bool
		}{{"api", true}, {"open", true}, {"closed", false}} {
			start := time.Now()
			d, err := l.Decide(Request{Key: "down", Plan: "free", Limit: c.limit})
			if took := time.Since(start); took > time.Second {
				t.Errorf("%s: a decision took %v with Redis down", c.limit, took)
			}
			if err != nil || d.Allowed != c.allowed || (!d.Allowed && d.Status != 429) {
				t.Errorf("%s with Redis down: %+v %v", c.limit, d, err)
			}
		}
	}
	// A batch while down: decided, not failed.
	ds, err := l.DecideMany([]Request{{Key: "down", Plan: "free", Limit: "api"},
		{Key: "down", Plan: "free", Limit: "closed"}})
	if err != nil || !ds[0].Allowed || ds[1].Allowed {
		t.Errorf("batch with Redis down: %+v %v", ds, err)
	}
	st, err := l.BackendStatus()
	if err != nil || !st.Attached || st.Connected || st.Errors == 0 ||
		st.FallbacksLocal == 0 || st.FallbacksOpen == 0 || st.FallbacksClosed == 0 {
		t.Errorf("status with Redis down: %+v %v", st, err)
	}
}

func TestRedisNearCache(t *testing.T) {
	sock := startRedis(t)
	l := attached(t, sock, &RedisOptions{URL: "unix://" + sock, NearCache: true})
	key := "nc-" + randomHex(t, 4)
	for i := 0; i < 5; i++ {
		if d, _ := l.Decide(Request{Key: key, Plan: "free", Limit: "api"}); !d.Allowed {
			t.Fatalf("request %d denied", i)
		}
	}
	d1, _ := l.Decide(Request{Key: key, Plan: "free", Limit: "api"})
	st1, _ := l.BackendStatus()
	d2, _ := l.Decide(Request{Key: key, Plan: "free", Limit: "api"})
	st2, _ := l.BackendStatus()
	if d1.Allowed || d2.Allowed || d2.Status != 429 {
		t.Errorf("over the limit: %+v / %+v", d1, d2)
	}
	if st2.NearCacheHits != st1.NearCacheHits+1 || st2.RoundTrips != st1.RoundTrips {
		t.Errorf("a known-denied key went to Redis: %+v -> %+v", st1, st2)
	}
}

func TestRedisAttachErrors(t *testing.T) {
	sock := startRedis(t)
	cases := []struct {
		url  string
		want []error
	}{
		{"", []error{ErrInvalid}},
		{"http://127.0.0.1:6379", []error{ErrInvalid, ErrBackend}},
		{"rediss://127.0.0.1:6379", []error{ErrInvalid}},
		{"redis://", []error{ErrInvalid, ErrBackend}},
		{"not a url", []error{ErrInvalid, ErrBackend}},
		{"unix://" + sock + ".missing", []error{ErrBackend}},
		{"unix://" + sock + "\x00x", []error{ErrInvalid}},
		{"redis://127.0.0.1:1", []error{ErrBackend}}, // nothing listens on port 1
	}
	for _, c := range cases {
		l := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
		err := l.AttachRedis(RedisOptions{URL: c.url, ConnectTimeout: 200 * time.Millisecond})
		ok := false
		for _, w := range c.want {
			ok = ok || errors.Is(err, w)
		}
		if !ok {
			t.Errorf("URL %q: %v, want one of %v", c.url, err, c.want)
			continue
		}
		t.Logf("URL %q: %v", c.url, err)
		// The limiter stays in-process and keeps working.
		if st, _ := l.BackendStatus(); st.Attached {
			t.Errorf("URL %q: attached after a failure", c.url)
		}
		if d, err := l.Decide(Request{Key: "k", Plan: "free", Limit: "api"}); err != nil || !d.Allowed {
			t.Errorf("URL %q: in-process decision after the failure: %+v %v", c.url, d, err)
		}
	}
	// Options out of range, and a second attach.
	l := attached(t, sock, nil)
	if err := l.AttachRedis(RedisOptions{URL: "unix://" + sock}); !errors.Is(err, ErrInvalid) {
		t.Errorf("second attach: %v", err)
	}
	l2 := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	for _, o := range []RedisOptions{
		{URL: "unix://" + sock, PoolSize: -1},
		{URL: "unix://" + sock, DB: 1 << 40},
		{URL: "unix://" + sock, CommandTimeout: 1000 * time.Hour},
		{URL: "unix://" + sock, KeyPrefix: "a\x00b"},
		{URL: "unix://" + sock, PasswordEnv: "A\x00B"},
		{URL: "unix://" + sock, BusyPoll: 1001 * time.Microsecond},
		{URL: "unix://" + sock, BusyPoll: -time.Microsecond},
	} {
		if err := l2.AttachRedis(o); !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v: %v, want ErrInvalid", o, err)
		}
	}
	// A busy-poll within range: decisions as without it.
	lb := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	if err := lb.AttachRedis(RedisOptions{URL: "unix://" + sock, BusyPoll: time.Millisecond}); err != nil {
		t.Fatalf("BusyPoll 1ms: %v", err)
	}
	key := "busy-" + randomHex(t, 4)
	for i := 0; i < 7; i++ {
		d, err := lb.Decide(Request{Key: key, Plan: "free", Limit: "api"})
		if err != nil || d.Allowed != (i < 5) {
			t.Errorf("BusyPoll decision %d: %+v %v", i, d, err)
		}
	}
	// After Close.
	l3 := mustLimiter(t, nil, nil)
	l3.Close()
	if err := l3.AttachRedis(RedisOptions{URL: "unix://" + sock}); !errors.Is(err, ErrClosed) {
		t.Errorf("attach after Close: %v", err)
	}
	if _, err := l3.BackendStatus(); !errors.Is(err, ErrClosed) {
		t.Errorf("status after Close: %v", err)
	}
}

func TestRedisPasswordNeverInErrors(t *testing.T) {
	right := "right-" + randomHex(t, 16)
	sock := startRedis(t, "--requirepass", right)
	planted := "planted-" + randomHex(t, 16)
	name := "DAYONE_GO_TEST_REDIS_PW_" + strings.ToUpper(randomHex(t, 3))
	t.Setenv(name, planted)
	l := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	err := l.AttachRedis(RedisOptions{URL: "unix://" + sock, PasswordEnv: name})
	if err == nil {
		t.Fatal("attached with a wrong password")
	}
	if !errors.Is(err, ErrBackend) {
		t.Errorf("wrong password: %v, want ErrBackend", err)
	}
	var e *Error
	if errors.As(err, &e) && (strings.Contains(e.Message, planted) || strings.Contains(e.Path, planted)) {
		t.Fatal("the error carries the password")
	}
	if strings.Contains(err.Error(), planted) || strings.Contains(fmt.Sprintf("%+v %#v", err, err), planted) {
		t.Fatal("the error text carries the password")
	}
	// No password at all: refused too.
	if err := l.AttachRedis(RedisOptions{URL: "unix://" + sock}); err == nil {
		t.Error("attached without the password")
	}
	// The right one attaches; the status carries no text at all.
	t.Setenv(name, right)
	l2 := mustLimiter(t, mustPolicy(t, redisPolicy), nil)
	if err := l2.AttachRedis(RedisOptions{URL: "unix://" + sock, PasswordEnv: name}); err != nil {
		if strings.Contains(err.Error(), right) {
			t.Fatal("the error text carries the password")
		}
		t.Fatalf("right password: %v", err)
	}
	if d, err := l2.Decide(Request{Key: "pw", Plan: "free", Limit: "api"}); err != nil || !d.Allowed {
		t.Errorf("decision: %+v %v", d, err)
	}
	if st, _ := l2.BackendStatus(); st.RoundTrips == 0 {
		t.Errorf("no round trip: %+v", st)
	}
}

func TestRedisOptionsFromPolicy(t *testing.T) {
	if _, err := RedisOptionsFromPolicy(mustPolicy(t, redisPolicy)); !errors.Is(err, ErrNotFound) {
		t.Errorf("policy without backend: %v", err)
	}
	p := mustPolicy(t, redisPolicy+`backend:
  redis:
    url: "redis://cache.internal:6380/2"
    password_env: REDIS_PASSWORD
    db: 3
    connect_timeout_ms: 120
    command_timeout_ms: 30
    near_cache: true
    key_prefix: "svc:"
`)
	o, err := RedisOptionsFromPolicy(p)
	if err != nil {
		t.Fatal(err)
	}
	want := RedisOptions{URL: "redis://cache.internal:6380/2", PasswordEnv: "REDIS_PASSWORD",
		DB: 3, ConnectTimeout: 120 * time.Millisecond, CommandTimeout: 30 * time.Millisecond,
		NearCache: true, KeyPrefix: "svc:"}
	if o != want {
		t.Errorf("options = %+v\nwant      %+v", o, want)
	}
	// Defaults: the URL's database, 50 ms, the library's prefix.
	minimal, err := RedisOptionsFromPolicy(mustPolicy(t, redisPolicy+"backend: {redis: {url: \"unix:///run/redis.sock\"}}\n"))
	wantMin := RedisOptions{URL: "unix:///run/redis.sock", ConnectTimeout: 50 * time.Millisecond,
		CommandTimeout: 50 * time.Millisecond}
	if err != nil || minimal != wantMin {
		t.Errorf("minimal section: %+v %v", minimal, err)
	}
	// The options are Go copies: they outlive the policy.
	p.Close()
	if o != want {
		t.Errorf("options after the policy's Close: %+v", o)
	}
	if _, err := RedisOptionsFromPolicy(p); !errors.Is(err, ErrClosed) {
		t.Errorf("closed policy: %v", err)
	}
	// Credentials in the URL are a policy error that does not echo them.
	_, err = ParsePolicy([]byte(redisPolicy + "backend: {redis: {url: \"redis://u:hunter2secret@h:6379\"}}\n"))
	if !errors.Is(err, ErrPolicy) || strings.Contains(err.Error(), "hunter2secret") {
		t.Errorf("URL with credentials: %v", err)
	}
}

func TestRedisAttachFromPolicy(t *testing.T) {
	sock := startRedis(t)
	// A generous command timeout: the default 50 ms can be missed by the
	// first call's SCRIPT LOAD on a loaded CI machine.
	p := mustPolicy(t, redisPolicy+"backend: {redis: {url: \"unix://"+sock+"\", key_prefix: \"gotest:\", "+
		"command_timeout_ms: 5000}}\n")
	o, err := RedisOptionsFromPolicy(p)
	if err != nil {
		t.Fatal(err)
	}
	if o.CommandTimeout != 5*time.Second {
		t.Errorf("CommandTimeout %v, want the policy's 5s", o.CommandTimeout)
	}
	a, b := mustLimiter(t, p, nil), mustLimiter(t, p, nil)
	for _, l := range []*Limiter{a, b} {
		if err := l.AttachRedis(o); err != nil {
			t.Fatal(err)
		}
	}
	n := 0
	for i := 0; i < 6; i++ {
		for _, l := range []*Limiter{a, b} {
			if d, err := l.Decide(Request{Key: "policy", Plan: "free", Limit: "api"}); err != nil {
				t.Fatal(err)
			} else if d.Allowed {
				n++
			}
		}
	}
	if n != 5 {
		t.Errorf("admitted %d, want the burst 5", n)
	}
	// The keys live under the policy's prefix.
	c, err := net.Dial("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(5 * time.Second))
	fmt.Fprint(c, "*2\r\n$4\r\nKEYS\r\n$1\r\n*\r\n")
	buf := make([]byte, 4096)
	m, _ := c.Read(buf)
	if reply := string(buf[:m]); !strings.Contains(reply, "gotest:{policy}") {
		t.Errorf("KEYS * = %q, want a key under gotest:{policy}", reply)
	}
}

// A limit_reset through one limiter is the budget another limiter on the
// same Redis and prefix sees (the binding only translates:
// dayone/limit_reset.h). A fresh start also reports no pool give-ups.
func TestRedisLimitResetShared(t *testing.T) {
	sock := startRedis(t)
	pol := mustPolicy(t, redisPolicy+`support:
  reason_min_length: 20
  roles:
    engineer: {actions: [limit_reset], max_minutes: 60}
`)
	prefix := "go-reset-" + randomHex(t, 4) + ":"
	var ls [2]*Limiter
	for i := range ls {
		ls[i] = mustLimiter(t, pol, nil)
		if err := ls[i].AttachRedis(RedisOptions{URL: "unix://" + sock, KeyPrefix: prefix}); err != nil {
			t.Fatalf("AttachRedis: %v", err)
		}
	}
	admitted := func(l *Limiter) int {
		n := 0
		for ; n < 10; n++ {
			d, err := l.Decide(Request{Key: "t1", Plan: "free", Limit: "api"})
			if err != nil {
				t.Fatal(err)
			}
			if !d.Allowed {
				break
			}
		}
		return n
	}
	if n := admitted(ls[0]); n != 5 {
		t.Fatalf("burst 5: admitted %d", n)
	}
	ad, err := ls[0].LimitReset(AccessRequest{Actor: "ana@dayone-test.invalid", Role: "engineer",
		Tenant: "t1", Action: "limit_reset", Reason: "Customer lost a day of events to our bug"},
		"free", "api", 0, ResetBoth, 0)
	if err != nil || !ad.Allowed || !strings.Contains(ad.Event, `"applied":true`) {
		t.Fatalf("LimitReset: %+v, %v", ad, err)
	}
	if n := admitted(ls[1]); n != 5 {
		t.Errorf("after the reset, the other limiter admitted %d, want the full burst 5", n)
	}
	if st, _ := ls[1].BackendStatus(); st.PoolWaitTimeouts != 0 {
		t.Errorf("pool wait timeouts %d without contention", st.PoolWaitTimeouts)
	}
}
