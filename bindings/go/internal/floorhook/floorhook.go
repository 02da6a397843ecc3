// Package floorhook carries the batch floor from package dayone to package
// benchfloor, so that bench/peers/go-dayone can time it on the very limiter
// its DecideManyInto row uses, without the floor becoming part of
// dayone's API. Package dayone sets NewBatch when it is initialised.
package floorhook

// NewBatch packs reqs (a []dayone.Request) for lim (a *dayone.Limiter)
// once and returns decide, which decides requests [from, from+n) of them
// in one crossing into C and returns how many were allowed, decoding
// nothing else.
var NewBatch func(lim, reqs any) (decide func(from, n int) (allowed int, err error), err error)
