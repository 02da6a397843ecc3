// Command dayone-peers: libdayone from Go (the binding in bindings/go), its
// rows of `make bench`, measured exactly like the Go peers in ../go:
//
//	dayone-peers check ENVFILE   dayone.Check(policy, map) of the default policy
//	dayone-peers ratelimit       Limiter.Decide, LimitHandle.Decide, DecideManyInto and
//	                             DecideManyLazy (batches of 1000) and the batch's
//	                             floor (benchfloor), 100k tenants, 1 and 2 goroutines
//	dayone-peers redis SOCKET    the same on the Redis backend: Decide and
//	                             DecideManyInto (batches of 1000), rounds of 20000
//
// JSON lines for bench/collect.py. Built by bench/run.sh against build/bench's
// static library through an uninstalled dayone.pc (PKG_CONFIG_PATH).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	dayone "github.com/libdayone/libdayone/bindings/go"
	"github.com/libdayone/libdayone/bindings/go/benchfloor"
)

const tool = "libdayone (Go binding)"

const benchPolicy = `version: 1
plans:
  - name: bench
    limits:
      ingest: {rps: 1000, burst: 1000}
`

func die(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "dayone-peers: "+format+"\n", args...)
	os.Exit(1)
}

func emit(rec map[string]any) {
	b, _ := json.Marshal(rec)
	fmt.Println(string(b))
}

func loadEnvFile(path string) map[string]string {
	f, err := os.Open(path)
	if err != nil {
		die("%v", err)
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
	return env
}

func benchCheck(path string) {
	env := loadEnvFile(path)
	policy, err := dayone.DefaultPolicy()
	if err != nil {
		die("default policy: %v", err)
	}
	defer policy.Close()
	check := func() bool {
		r, err := dayone.Check(policy, env)
		if err != nil {
			die("check: %v", err)
		}
		ok := r.OK()
		r.Close()
		return ok
	}
	if !check() {
		die("the benchmark environment does not pass")
	}
	const rounds, batch = 11, 2000
	for i := 0; i < batch/10; i++ {
		check()
	}
	s := make([]float64, rounds)
	for r := range s {
		t0 := time.Now()
		for i := 0; i < batch; i++ {
			check()
		}
		s[r] = float64(time.Since(t0).Nanoseconds()) / batch
	}
	emit(map[string]any{"op": "check.inproc", "tool": tool, "samples_ns": s})
}

func benchRateLimit() {
	policy, err := dayone.ParsePolicy([]byte(benchPolicy))
	if err != nil {
		die("policy: %v", err)
	}
	lim, err := dayone.NewLimiter(policy, &dayone.LimiterOptions{Capacity: 200000})
	if err != nil {
		die("limiter: %v", err)
	}
	defer lim.Close()
	keys := make([]string, 100000)
	for i := range keys {
		keys[i] = fmt.Sprintf("tenant-%d", i)
	}
	decide := func(k string) bool {
		d, err := lim.Decide(dayone.Request{Key: k, Plan: "bench", Limit: "ingest"})
		if err != nil {
			die("decide: %v", err)
		}
		return d.Allowed
	}
	for _, k := range keys {
		decide(k)
	}
	for _, threads := range []int{1, 2} {
		s, allowed := timeSingles(decide, keys, threads)
		emit(map[string]any{"op": fmt.Sprintf("rl.mem.%dt", threads), "tool": tool,
			"samples_ns": s, "allowed": allowed})
	}
	// The same decisions with (plan, limit) resolved once (Limiter.Resolve),
	// as a sidecar serving one limit keeps it: only the key crosses. The
	// Decision is returned by value, as in the row above.
	h, err := lim.Resolve("bench", "ingest", "")
	if err != nil {
		die("resolve: %v", err)
	}
	byHandle := func(k string) bool {
		d, err := h.Decide(k, 1)
		if err != nil {
			die("decide: %v", err)
		}
		return d.Allowed
	}
	for _, threads := range []int{1, 2} {
		s, allowed := timeSingles(byHandle, keys, threads)
		emit(map[string]any{"op": fmt.Sprintf("rl.mem.%dt", threads),
			"tool": "libdayone (Go, LimitHandle.Decide)", "samples_ns": s, "allowed": allowed})
	}
	// The batch form: DecideManyInto over prebuilt batches of 1000 requests.
	for _, threads := range []int{1, 2} {
		s, allowed := timeBatches(lim, keys, threads)
		emit(map[string]any{"op": fmt.Sprintf("rl.mem.%dt", threads),
			"tool": "libdayone (Go, DecideManyInto x1000)", "samples_ns": s, "allowed": allowed})
	}
	// The same batches through DecideManyLazy: each decision's Allowed read,
	// nothing else decoded.
	for _, threads := range []int{1, 2} {
		s, allowed := timeBatchesN(lim, keys, threads, 7, 1000000, lazyDecider(lim))
		emit(map[string]any{"op": fmt.Sprintf("rl.mem.%dt", threads),
			"tool": "libdayone (Go, DecideManyLazy x1000)", "samples_ns": s, "allowed": allowed})
	}
	// The floor under both: the C batch through the same cgo crossing,
	// batches of 1000 of each goroutine's tenants packed once beforehand,
	// nothing decoded but each decision's allowed word (benchfloor).
	for _, threads := range []int{1, 2} {
		s, allowed := timeFloorBatches(lim, keys, threads)
		emit(map[string]any{"op": fmt.Sprintf("rl.mem.%dt", threads),
			"tool":       "libdayone (Go, floor: C batch through the cgo crossing x1000, nothing decoded)",
			"samples_ns": s, "allowed": allowed})
	}
}

func benchRedis(sock string) {
	const redisTool = "libdayone Redis (Go binding)"
	policy, err := dayone.ParsePolicy([]byte(benchPolicy))
	if err != nil {
		die("policy: %v", err)
	}
	lim, err := dayone.NewLimiter(policy, &dayone.LimiterOptions{Capacity: 200000})
	if err != nil {
		die("limiter: %v", err)
	}
	defer lim.Close()
	if err := lim.AttachRedis(dayone.RedisOptions{URL: "unix://" + sock,
		KeyPrefix: fmt.Sprintf("benchgo%d:", os.Getpid())}); err != nil {
		die("attach redis: %v", err)
	}
	keys := make([]string, 100000)
	for i := range keys {
		keys[i] = fmt.Sprintf("tenant-%d", i)
	}
	// fresh tenants, no warm-up: as redis_rate's and limits' Redis rows
	const rounds, ops = 5, 20000
	s := make([]float64, rounds)
	var allowed int64
	k := 0
	for r := range s {
		t0 := time.Now()
		for i := 0; i < ops; i++ {
			d, err := lim.Decide(dayone.Request{Key: keys[k], Plan: "bench", Limit: "ingest"})
			if err != nil {
				die("decide: %v", err)
			}
			if d.Allowed {
				allowed++
			}
			k = (k + 1) % len(keys)
		}
		s[r] = float64(time.Since(t0).Nanoseconds()) / ops
	}
	b, ballowed := timeBatchesN(lim, keys[k:], 1, rounds, ops, intoDecider(lim))
	st, err := lim.BackendStatus()
	if err != nil || st.FallbacksLocal+st.FallbacksOpen+st.FallbacksClosed > 0 {
		die("the Redis backend fell back to in-process decisions: figures void")
	}
	emit(map[string]any{"op": "rl.redis.single", "tool": redisTool, "samples_ns": s,
		"allowed": float64(allowed) / float64(rounds*ops)})
	emit(map[string]any{"op": "rl.redis.batch", "tool": redisTool, "samples_ns": b,
		"allowed": ballowed, "batch": 1000})
}

// timeRounds runs `rounds` rounds of `threads` goroutines let go at once;
// setup(t), called before the clock starts, gives goroutine t its work,
// which makes `per` decisions and returns how many were allowed. It
// returns ns per decision (wall) a round, and the share allowed.
func timeRounds(rounds, threads, per int, setup func(t int) func() int64) ([]float64, float64) {
	s := make([]float64, rounds)
	var allowed, total int64
	for r := range s {
		counts := make([]int64, threads)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for t := 0; t < threads; t++ {
			work := setup(t)
			wg.Add(1)
			go func(t int) {
				defer wg.Done()
				<-start
				counts[t] = work()
			}(t)
		}
		t0 := time.Now()
		close(start)
		wg.Wait()
		s[r] = float64(time.Since(t0).Nanoseconds()) / float64(per*threads)
		for _, c := range counts {
			allowed += c
		}
		total += int64(per * threads)
	}
	return s, float64(allowed) / float64(total)
}

// timeSingles times decide over the tenants, each of `threads` goroutines
// walking its own share of them, 7 rounds of 1,000,000 decisions in all.
func timeSingles(decide func(string) bool, keys []string, threads int) ([]float64, float64) {
	per, share := 1000000/threads, len(keys)/threads
	return timeRounds(7, threads, per, func(t int) func() int64 {
		mine := keys[t*share : (t+1)*share]
		return func() int64 {
			n, k := int64(0), 0
			for i := 0; i < per; i++ {
				if decide(mine[k]) {
					n++
				}
				if k++; k == len(mine) {
					k = 0
				}
			}
			return n
		}
	})
}

func timeBatches(lim *dayone.Limiter, keys []string, threads int) ([]float64, float64) {
	return timeBatchesN(lim, keys, threads, 7, 1000000, intoDecider(lim))
}

// A decider gives each goroutine its function deciding one batch and
// counting the allowed requests.
type decider func() func(b []dayone.Request) int64

// intoDecider: DecideManyInto into a Decision slice the goroutine reuses.
func intoDecider(lim *dayone.Limiter) decider {
	return func() func(b []dayone.Request) int64 {
		dst := make([]dayone.Decision, 1000)
		return func(b []dayone.Request) int64 {
			if err := lim.DecideManyInto(dst[:len(b)], b); err != nil {
				die("decide many: %v", err)
			}
			n := int64(0)
			for i := range b {
				if dst[i].Allowed {
					n++
				}
			}
			return n
		}
	}
}

// lazyDecider: DecideManyLazy into a Decisions the goroutine reuses.
func lazyDecider(lim *dayone.Limiter) decider {
	return func() func(b []dayone.Request) int64 {
		var ds dayone.Decisions
		return func(b []dayone.Request) int64 {
			if err := lim.DecideManyLazy(&ds, b); err != nil {
				die("decide many lazy: %v", err)
			}
			n := int64(0)
			for i := range b {
				if ds.Allowed(i) {
					n++
				}
			}
			return n
		}
	}
}

// timeFloorBatches times the floor (benchfloor): each goroutine's share of
// the tenants packed once, then decided in batches of 1000, round after
// round, 7 rounds of 1,000,000 decisions in all.
func timeFloorBatches(lim *dayone.Limiter, keys []string, threads int) ([]float64, float64) {
	const size = 1000
	per, share := 1000000/threads, len(keys)/threads
	floors := make([]*benchfloor.Batch, threads)
	for t := range floors {
		reqs := make([]dayone.Request, share)
		for i, k := range keys[t*share : (t+1)*share] {
			reqs[i] = dayone.Request{Key: k, Plan: "bench", Limit: "ingest"}
		}
		f, err := benchfloor.New(lim, reqs)
		if err != nil {
			die("floor: %v", err)
		}
		floors[t] = f
	}
	return timeRounds(7, threads, per, func(t int) func() int64 {
		return func() int64 {
			n, k := int64(0), 0
			for i := 0; i < per; i += size {
				m := min(size, per-i, share-k)
				a, err := floors[t].Decide(k, m)
				if err != nil {
					die("floor batch: %v", err)
				}
				n += int64(a)
				if k += m; k == share {
					k = 0
				}
			}
			return n
		}
	})
}

func timeBatchesN(lim *dayone.Limiter, keys []string, threads, rounds, ops int,
	newDecider decider) ([]float64, float64) {
	const size = 1000
	per, share := ops/threads, len(keys)/threads
	batches := make([][][]dayone.Request, threads)
	for t := range batches {
		mine := keys[t*share : (t+1)*share]
		for i := 0; i < per; i += size {
			b := make([]dayone.Request, 0, size)
			for j := i; j < i+size && j < per; j++ {
				b = append(b, dayone.Request{Key: mine[j%len(mine)], Plan: "bench", Limit: "ingest"})
			}
			batches[t] = append(batches[t], b)
		}
	}
	return timeRounds(rounds, threads, per, func(t int) func() int64 {
		decide := newDecider()
		return func() int64 {
			n := int64(0)
			for _, b := range batches[t] {
				n += decide(b)
			}
			return n
		}
	})
}

func main() {
	if len(os.Args) < 2 {
		die("usage: dayone-peers check ENVFILE | ratelimit")
	}
	switch os.Args[1] {
	case "check":
		if len(os.Args) < 3 {
			die("check needs ENVFILE")
		}
		benchCheck(os.Args[2])
	case "ratelimit":
		benchRateLimit()
	case "redis":
		if len(os.Args) < 3 {
			die("redis needs SOCKET")
		}
		benchRedis(os.Args[2])
	default:
		die("unknown command %q", os.Args[1])
	}
}
