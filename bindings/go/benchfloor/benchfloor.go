// Package benchfloor is support for libdayone's benchmarks, not part of its
// API (no compatibility promise): the floor under Limiter.DecideManyInto,
// the C batch through the cgo crossing with nothing decoded, timed on the
// same limiter and requests (bench/peers/go-dayone's "C batch through the
// cgo crossing" row of make bench).
package benchfloor

import (
	dayone "github.com/libdayone/libdayone/bindings/go"
	"github.com/libdayone/libdayone/bindings/go/internal/floorhook"
)

// Batch is a set of requests packed once, as DecideManyInto packs each
// batch it is given. Not safe for concurrent use (one Batch a goroutine).
type Batch struct {
	decide func(from, n int) (int, error)
}

// New packs reqs for lim once. A request holding a NUL byte is refused
// (ErrInvalid): DecideManyInto decides such a batch one request at a time.
func New(lim *dayone.Limiter, reqs []dayone.Request) (*Batch, error) {
	d, err := floorhook.NewBatch(lim, reqs)
	if err != nil {
		return nil, err
	}
	return &Batch{decide: d}, nil
}

// Decide decides requests [from, from+n) of the packed set in one crossing
// (dayone_shim_decide_many, inside the limiter's gate) and returns how many
// were allowed; it reads nothing else of the decisions. A request that
// fails fails the call (its error).
func (b *Batch) Decide(from, n int) (allowed int, err error) {
	return b.decide(from, n)
}
