package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

const tenants = 100000

// tenantLimiters is the common pattern: one *rate.Limiter per tenant in a
// map behind a mutex, created on first use.
type tenantLimiters struct {
	mu sync.Mutex
	m  map[string]*rate.Limiter
}

func (t *tenantLimiters) get(key string) *rate.Limiter {
	t.mu.Lock()
	l, ok := t.m[key]
	if !ok {
		l = rate.NewLimiter(rate.Limit(1000), 1000) // 1000/s, burst 1000
		t.m[key] = l
	}
	t.mu.Unlock()
	return l
}

func tenantKeys() []string {
	keys := make([]string, tenants)
	for i := range keys {
		keys[i] = fmt.Sprintf("tenant-%d", i)
	}
	return keys
}

// runRounds times `rounds` rounds of `ops` decisions split over `threads`
// goroutines, each goroutine taking its own share of the tenants
// round-robin; ns per decision = wall / all decisions.
func runRounds(threads, rounds, ops int, keys []string, decide func(string) bool) ([]float64, float64) {
	out := make([]float64, rounds)
	var allowed, total int64
	for r := 0; r < rounds; r++ {
		per := ops / threads
		share := len(keys) / threads
		counts := make([]int64, threads)
		var wg sync.WaitGroup
		start := make(chan struct{})
		for t := 0; t < threads; t++ {
			wg.Add(1)
			go func(t int) {
				defer wg.Done()
				mine := keys[t*share : (t+1)*share]
				<-start
				n, k := int64(0), 0
				for i := 0; i < per; i++ {
					if decide(mine[k]) {
						n++
					}
					if k++; k == len(mine) {
						k = 0
					}
				}
				counts[t] = n
			}(t)
		}
		t0 := time.Now()
		close(start)
		wg.Wait()
		out[r] = float64(time.Since(t0).Nanoseconds()) / float64(per*threads)
		for _, c := range counts {
			allowed += c
		}
		total += int64(per * threads)
	}
	return out, float64(allowed) / float64(total)
}

func benchXTime() {
	keys := tenantKeys()
	tl := &tenantLimiters{m: make(map[string]*rate.Limiter)}
	decide := func(k string) bool { return tl.get(k).Allow() }
	for _, k := range keys { // every tenant tracked before timing
		decide(k)
	}
	for _, threads := range []int{1, 2} {
		s, allowed := runRounds(threads, 7, 1000000, keys, decide)
		emit(map[string]any{"op": fmt.Sprintf("rl.mem.%dt", threads),
			"tool": "x/time/rate map+mutex (Go)", "samples_ns": s, "allowed": allowed})
	}
}
