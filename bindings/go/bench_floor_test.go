package dayone

import (
	"strconv"
	"sync"
	"testing"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// The floors under Decide, DecideMany and Check: what any binding pays
// before its own code runs. Each Floor benchmark times one piece alone, so
// that (Decide - floor) is the binding's share:
//
//	FloorCgoCall        an empty cgo call
//	FloorCgoClock       that call reading CLOCK_MONOTONIC (a Decide with no Now)
//	FloorDecideC100k    one C decision on a resolved handle, through the same
//	                    crossing, at 100k keys (no Go decoding, C scratch memory)
//	FloorBatchC100k     the C batch alone, through the same crossing, per
//	                    decision, at 100k keys (requests packed beforehand)
//	FloorCheckMapWalk   Go's walk of a 200-variable map, nothing done with it
//	                    (what any API taking a map pays)
//	FloorCheckPackVars  that walk and the packing of its strings (what Check
//	                    does before crossing)
//	FloorCheckC         the C check of those variables, prepacked, through
//	                    the same crossing
//
// Decide100k, DecideInto100k, DecideHandle100k, DecideMany100k and
// DecideManyLazy100k are the public calls at 100k keys, the
// issue's scale, with 1 and 2 goroutines; ns/op is wall time per decision,
// so 2 goroutines scale perfectly at half the ns/op of 1. The peer they are
// compared with, a map of x/time/rate limiters behind a mutex, is
// bench/peers/go (`peers rl-xtime`: rl.mem.1t and rl.mem.2t), run in the
// same sitting.

const floorKeys = 100000

// floorPolicy is the peers' limit (bench/peers: 1000/s, burst 1000); no
// key is decided often enough to be denied.
const floorPolicy = `version: 1
plans:
  - name: pro
    limits:
      ingest: {rps: 1000, burst: 1000}
`

// floorLimiter is a limiter with floorKeys keys ("tenant-0"...), every one
// decided once before the timer starts, so the table is as large as the
// peers' map.
func floorLimiter(b *testing.B) (*Limiter, []string) {
	b.Helper()
	p, err := ParsePolicyNamed([]byte(floorPolicy), "floor")
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	l, err := NewLimiter(p, &LimiterOptions{Capacity: 2 * floorKeys})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { l.Close() })
	keys := make([]string, floorKeys)
	for i := range keys {
		keys[i] = "tenant-" + strconv.Itoa(i)
		if d, err := l.Decide(Request{Key: keys[i], Plan: "pro", Limit: "ingest"}); err != nil || !d.Allowed {
			b.Fatal(d, err)
		}
	}
	return l, keys
}

// inGoroutines runs b.N iterations of body split over g goroutines, each
// walking its own share of keys (as the peers do).
func inGoroutines(b *testing.B, g int, keys []string, body func(key string) bool) {
	share := len(keys) / g
	var wg sync.WaitGroup
	var failed sync.Once
	b.ResetTimer()
	for t := 0; t < g; t++ {
		n := b.N / g
		if t == 0 {
			n += b.N % g
		}
		mine := keys[t*share : (t+1)*share]
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := 0
			for i := 0; i < n; i++ {
				if !body(mine[k]) {
					failed.Do(func() { b.Error("a decision failed or denied") })
					return
				}
				if k++; k == len(mine) {
					k = 0
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkFloorCgoCall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		capi.FloorNop()
	}
}

func BenchmarkFloorCgoClock(b *testing.B) {
	last := capi.FloorClock()
	for i := 0; i < b.N; i++ {
		now := capi.FloorClock()
		if now < last {
			b.Fatal("CLOCK_MONOTONIC went back")
		}
		last = now
	}
}

// BenchmarkFloorDecideC100k: the C decision on a handle, its clock read and
// one crossing; the header word is checked, nothing decoded.
func BenchmarkFloorDecideC100k(b *testing.B) {
	l, keys := floorLimiter(b)
	h := l.handles.get(l.h, &Request{Plan: "pro", Limit: "ingest"})
	if h == 0 {
		b.Fatal("pro/ingest did not resolve")
	}
	mem := capi.Dayone_shim_mem_new(int64(capi.DAYONE_SHIM_DECIDE_WORDS * 8))
	if mem == nil {
		b.Fatal("out of memory")
	}
	defer capi.Dayone_shim_mem_free(mem)
	w := unsafe.Slice((*int64)(mem), capi.DAYONE_SHIM_DECIDE_WORDS)
	b.ResetTimer()
	for i, k := 0, 0; i < b.N; i++ {
		if rc := capi.DecideHandle(l.addr, h, keys[k], 1, -1, 0, uintptr(mem)); rc != 0 ||
			cDecisionAt(w[1:]).allowed == 0 {
			b.Fatal("decision failed or denied", rc)
		}
		if k++; k == len(keys) {
			k = 0
		}
	}
}

// BenchmarkFloorBatchC100k: the C batch on prepacked batches of 256,
// through the crossing and gate DecideManyInto uses, nothing decoded but
// each decision's allowed word (floor_batch.go, make bench's Go floor row);
// ns/op is per decision.
func BenchmarkFloorBatchC100k(b *testing.B) {
	const n = 256
	l, keys := floorLimiter(b)
	reqs := make([]Request, len(keys))
	for i, k := range keys {
		reqs[i] = Request{Key: k, Plan: "pro", Limit: "ingest"}
	}
	decide, err := newFloorBatch(l, reqs)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i, k := 0, 0; i < b.N; i += n {
		m := min(n, b.N-i, len(keys)-k)
		if allowed, err := decide(k, m); err != nil || allowed != m {
			b.Fatal("batch failed or denied", err)
		}
		if k += m; k == len(keys) {
			k = 0
		}
	}
}

// floorWalkSink keeps BenchmarkFloorCheckMapWalk's sums alive.
var floorWalkSink int

// BenchmarkFloorCheckMapWalk: a range over bench/env200.env's map reading
// every name and value (their lengths), the floor under Check's packing.
func BenchmarkFloorCheckMapWalk(b *testing.B) {
	env := benchEnv(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		for k, v := range env {
			n += len(k) + len(v)
		}
		floorWalkSink = n
	}
	if floorWalkSink == 0 {
		b.Fatal("bench/env200.env walked as empty")
	}
}

// BenchmarkFloorCheckPackVars: Check's Go side before it crosses, the map
// walk and packing of bench/env200.env (200 variables).
func BenchmarkFloorCheckPackVars(b *testing.B) {
	env := benchEnv(b)
	want := 0
	for k, v := range env {
		want += len(k) + len(v)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		packVars(env, func(list []capi.Var) {
			if len(list) != len(env) {
				b.Fatal("packed", len(list), "variables")
			}
			if i == 0 {
				got := 0
				for _, v := range list {
					got += int(v.NameLen + v.ValueLen)
				}
				if got != want {
					b.Fatal("packed", got, "bytes of names and values, want", want)
				}
			}
		})
	}
}

// BenchmarkFloorCheckC: the C check of bench/env200.env under the default
// policy through the crossing Check uses (capi.CheckVarList into
// dayone_shim_check_var_list: the library's judging of every name and
// value, the check), the variables packed beforehand; Check minus this is
// the Go side (map walk, packing, the Report).
func BenchmarkFloorCheckC(b *testing.B) {
	env := benchEnv(b)
	p, err := DefaultPolicy()
	if err != nil {
		b.Fatal(err)
	}
	defer p.Close()
	packVars(env, func(list []capi.Var) {
		b.ResetTimer()
		err = p.use(func(ph capi.Dayone_policy) error {
			for i := 0; i < b.N; i++ {
				h, word, _ := capi.CheckVarList(ph.Swigcptr(), list, 0, 0, 0, "")
				if h == 0 {
					return checkVarsError(word)
				}
				if word == 0 {
					b.Fatal("bench/env200.env is not launch-ready")
				}
				capi.ReportFree(h)
			}
			return nil
		})
	})
	if err != nil {
		b.Fatal(err)
	}
}

// BenchmarkDecide100k: Decide at 100k keys, 1 and 2 goroutines.
func BenchmarkDecide100k(b *testing.B) {
	l, keys := floorLimiter(b)
	for _, g := range []int{1, 2} {
		b.Run("goroutines="+strconv.Itoa(g), func(b *testing.B) {
			b.ReportAllocs()
			inGoroutines(b, g, keys, func(key string) bool {
				d, err := l.Decide(Request{Key: key, Plan: "pro", Limit: "ingest"})
				return err == nil && d.Allowed
			})
		})
	}
}

// BenchmarkDecideHandle100k: LimitHandle.DecideInto (names resolved once,
// the decision in caller memory) at 100k keys, 1 and 2 goroutines.
func BenchmarkDecideHandle100k(b *testing.B) {
	l, keys := floorLimiter(b)
	h, err := l.Resolve("pro", "ingest", "")
	if err != nil {
		b.Fatal(err)
	}
	for _, g := range []int{1, 2} {
		b.Run("goroutines="+strconv.Itoa(g), func(b *testing.B) {
			b.ReportAllocs()
			inGoroutines(b, g, keys, func(key string) bool {
				var d Decision
				return h.DecideInto(&d, key, 1) == nil && d.Allowed
			})
		})
	}
}

// BenchmarkDecideInto100k: DecideInto (the decision in caller memory) at
// 100k keys, 1 and 2 goroutines.
func BenchmarkDecideInto100k(b *testing.B) {
	l, keys := floorLimiter(b)
	for _, g := range []int{1, 2} {
		b.Run("goroutines="+strconv.Itoa(g), func(b *testing.B) {
			b.ReportAllocs()
			inGoroutines(b, g, keys, func(key string) bool {
				var d Decision
				r := Request{Key: key, Plan: "pro", Limit: "ingest"}
				return l.DecideInto(&d, &r) == nil && d.Allowed
			})
		})
	}
}

// BenchmarkDecideMany100k: DecideManyInto in batches of 256 at 100k keys,
// 1 and 2 goroutines; ns/op is per decision.
func BenchmarkDecideMany100k(b *testing.B) {
	benchBatches100k(b, func(l *Limiter) func(reqs []Request) bool {
		dst := make([]Decision, 256)
		return func(reqs []Request) bool {
			return l.DecideManyInto(dst, reqs) == nil && dst[len(reqs)-1].Allowed
		}
	})
}

// BenchmarkDecideManyLazy100k: DecideManyLazy, the same batches, each
// decision's Allowed read (nothing else decoded).
func BenchmarkDecideManyLazy100k(b *testing.B) {
	benchBatches100k(b, func(l *Limiter) func(reqs []Request) bool {
		var ds Decisions
		return func(reqs []Request) bool {
			if l.DecideManyLazy(&ds, reqs) != nil {
				return false
			}
			allowed := 0
			for i := range reqs {
				if ds.Allowed(i) {
					allowed++
				}
			}
			return allowed == len(reqs)
		}
	})
}

// benchBatches100k times batches of 256 requests at 100k keys, 1 and 2
// goroutines each walking its own half of the keys; decider(l) gives each
// goroutine its function deciding a batch (false: failed or denied).
func benchBatches100k(b *testing.B, decider func(l *Limiter) func(reqs []Request) bool) {
	const n = 256
	l, keys := floorLimiter(b)
	reqs := make([]Request, len(keys))
	for i, k := range keys {
		reqs[i] = Request{Key: k, Plan: "pro", Limit: "ingest"}
	}
	for _, g := range []int{1, 2} {
		b.Run("goroutines="+strconv.Itoa(g), func(b *testing.B) {
			b.ReportAllocs()
			share := len(reqs) / g
			var wg sync.WaitGroup
			b.ResetTimer()
			for t := 0; t < g; t++ {
				mine := reqs[t*share : (t+1)*share]
				todo := b.N / g
				if t == 0 {
					todo += b.N % g
				}
				decide := decider(l)
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i, k := 0, 0; i < todo; i += n {
						m := min(n, todo-i, len(mine)-k)
						if !decide(mine[k : k+m]) {
							b.Error("batch failed or denied")
							return
						}
						if k += m; k == len(mine) {
							k = 0
						}
					}
				}()
			}
			wg.Wait()
		})
	}
}
