package dayone

import (
	"strconv"
	"testing"
)

// BenchmarkDecideManyShape separates what differs between DecideMany100k
// (batches of 256 over 100k requests reused) and make bench's
// "DecideManyInto x1000" row (bench/peers/go-dayone: batches of 1000 over
// 1,000,000 requests built beforehand, each batch's decisions then read):
// the batch size and the request set, one at a time. 1 goroutine, 100k
// keys; ns/op is per decision.
func BenchmarkDecideManyShape(b *testing.B) {
	l, keys := floorLimiter(b)
	for _, reqCount := range []int{len(keys), 10 * len(keys)} {
		for _, n := range []int{256, 1000} {
			b.Run("reqs="+strconv.Itoa(reqCount)+"/batch="+strconv.Itoa(n), func(b *testing.B) {
				// Built here, so that a run of one shape does not hold
				// (and have the GC scan) the other's 112 MB.
				reqs := make([]Request, reqCount)
				for i := range reqs {
					reqs[i] = Request{Key: keys[i%len(keys)], Plan: "pro", Limit: "ingest"}
				}
				b.ReportAllocs()
				dst := make([]Decision, n)
				allowed := 0
				b.ResetTimer()
				for i, k := 0, 0; i < b.N; i += n {
					m := min(n, b.N-i, len(reqs)-k)
					if err := l.DecideManyInto(dst[:m], reqs[k:k+m]); err != nil {
						b.Fatal(err)
					}
					for j := range m {
						if dst[j].Allowed {
							allowed++
						}
					}
					if k += m; k == len(reqs) {
						k = 0
					}
				}
				if allowed == 0 {
					b.Fatal("nothing allowed")
				}
			})
		}
	}
}
