package dayone

import (
	"bytes"
	"encoding/binary"
	"sync"
	"unsafe"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// The Go side of a DecideMany batch, around dayone_shim_decide_many
// (bindings/shim/dayone_shim.h): pack writes the requests, the strings
// each followed by a NUL in one buffer and DAYONE_SHIM_REQ_WORDS int64
// words per request (its strings as offsets into that buffer); decode
// reads the decisions and statuses the call wrote into out.
//
// Both loops are written so that the usual request or decision runs
// through an inner loop that calls nothing: Go keeps no value in a
// register across a call, so a call on any path of a loop's body made it
// spill and reload its values on every request (the memmove of each key,
// the slow paths of the decoding).

// batch is the scratch memory of one DecideMany call (pooled).
type batch struct {
	strs []byte
	nums []int64
	out  []int64
}

var batchPool = sync.Pool{New: func() any { return new(batch) }}

// packer writes a batch's strings and counts them (see pack's hasNUL).
type packer struct {
	strs  []byte
	nstrs int // strings written, each followed by one NUL
}

// put appends s and its NUL and returns its offset.
func (p *packer) put(s string) int {
	off := len(p.strs)
	p.strs = append(append(p.strs, s...), 0)
	p.nstrs++
	return off
}

// strRef remembers where a string was last written into a batch.
type strRef struct {
	data *byte
	n    int // -1: nothing yet
	off  int
}

// is reports whether s is the very string (same memory) written last.
func (r *strRef) is(s string) bool {
	return unsafe.StringData(s) == r.data && len(s) == r.n
}

// offset returns the offset of s in the batch, appending it (and a NUL)
// unless it is the very string written last time.
func (r *strRef) offset(p *packer, s string) int {
	if !r.is(s) {
		r.data, r.n, r.off = unsafe.StringData(s), len(s), p.put(s)
	}
	return r.off
}

// pack writes reqs into b.strs and b.nums (requests whose Now is 0 get
// now) and returns the words. hasNUL reports a NUL byte inside some
// string: C would read the string only up to it, so such a batch must be
// decided one request at a time (which refuses it for the right request).
//
// The inner loop takes requests whose plan, limit and feature are the
// very strings of the request before (a plan or limit written once serves
// the batch) and whose key is 8 to 16 bytes, copied as two overlapping
// words instead of by memmove; the others go one at a time through
// packOne.
func (b *batch) pack(reqs []Request, now int64, runs *[]limitRun) (nums []int64, hasNUL bool) {
	n := len(reqs)
	if cap(b.nums) < n*capi.DAYONE_SHIM_REQ_WORDS {
		b.nums = make([]int64, n*capi.DAYONE_SHIM_REQ_WORDS)
	}
	nums = b.nums[:n*capi.DAYONE_SHIM_REQ_WORDS]
	// Room for n keys of the inner loop's longest (16 bytes and a NUL) and
	// a few names; a longer key goes through packOne, which grows strs.
	pk := packer{strs: b.strs[:0]}
	if room := n*17 + 256; cap(pk.strs) < room {
		pk.strs = make([]byte, 0, room)
	}
	plan, limit, feature := strRef{n: -1}, strRef{n: -1}, strRef{n: -1}
	// Request i's words are found by pointer arithmetic inside nums (sized
	// above): a checked re-slice per request cost ~15 instructions.
	numsAt := unsafe.Pointer(unsafe.SliceData(nums))
	for i := 0; i < n; {
		// The inner loop: strs has room for off+16 bytes (checked), so its
		// stores go through a pointer, unchecked.
		strsAt := unsafe.Pointer(unsafe.SliceData(pk.strs))
		off, room := len(pk.strs), cap(pk.strs)
		start := i
		for ; i < n; i++ {
			r := &reqs[i]
			kn := len(r.Key)
			if kn < 8 || kn > 16 || off+17 > room || !plan.is(r.Plan) || !limit.is(r.Limit) ||
				(r.Feature != "" && !feature.is(r.Feature)) {
				break
			}
			k := unsafe.Slice(unsafe.StringData(r.Key), kn)
			// Native order: the words are stored back as native uint64s,
			// so the bytes land as they were on any byte order.
			head, tail := binary.NativeEndian.Uint64(k), binary.NativeEndian.Uint64(k[kn-8:])
			*(*uint64)(unsafe.Add(strsAt, off)) = head
			*(*uint64)(unsafe.Add(strsAt, off+kn-8)) = tail
			*(*byte)(unsafe.Add(strsAt, off+kn)) = 0
			w := (*[capi.DAYONE_SHIM_REQ_WORDS]int64)(unsafe.Add(numsAt, i*capi.DAYONE_SHIM_REQ_WORDS*8))
			featureOff := -1
			if r.Feature != "" {
				featureOff = feature.off
			}
			putWords(w, r, now, off, plan.off, limit.off, featureOff)
			off += kn + 1
		}
		pk.strs = pk.strs[:off]
		pk.nstrs += i - start
		if i < n {
			w := (*[capi.DAYONE_SHIM_REQ_WORDS]int64)(unsafe.Add(numsAt, i*capi.DAYONE_SHIM_REQ_WORDS*8))
			packOne(w, &reqs[i], now, &pk, &plan, &limit, &feature, i, runs)
			i++
		}
	}
	b.strs = pk.strs
	// More NUL bytes than strings written means a NUL inside one. One
	// vectorised count here replaces a scan of every string.
	return nums, bytes.Count(pk.strs, nulByte) != pk.nstrs
}

// packOne writes request r (the batch's i-th) into its words w, its
// strings through pk (a name only when it is not the very string written
// last for it). With runs non-nil, a limit other than the last one's
// starts a run there (the inner loop takes only requests of the same
// limit, so every change comes through here).
func packOne(w *[capi.DAYONE_SHIM_REQ_WORDS]int64, r *Request, now int64, pk *packer,
	plan, limit, feature *strRef, i int, runs *[]limitRun) {
	if runs != nil && !limit.is(r.Limit) {
		*runs = append(*runs, limitRun{from: i, name: r.Limit})
	}
	key := pk.put(r.Key)
	planOff, limitOff, featureOff := plan.offset(pk, r.Plan), limit.offset(pk, r.Limit), -1
	if r.Feature != "" {
		featureOff = feature.offset(pk, r.Feature)
	}
	putWords(w, r, now, key, planOff, limitOff, featureOff)
}

// putWords writes request r's words, its strings already written at the
// offsets given (featureOff -1: none). Small enough to inline, so the
// inner packing loop still calls nothing.
func putWords(w *[capi.DAYONE_SHIM_REQ_WORDS]int64, r *Request, now int64,
	keyOff, planOff, limitOff, featureOff int) {
	w[capi.DAYONE_SHIM_REQ_KEY] = int64(keyOff)
	w[capi.DAYONE_SHIM_REQ_PLAN] = int64(planOff)
	w[capi.DAYONE_SHIM_REQ_LIMIT] = int64(limitOff)
	w[capi.DAYONE_SHIM_REQ_COST] = r.Cost
	w[capi.DAYONE_SHIM_REQ_FEATURE] = int64(featureOff)
	w[capi.DAYONE_SHIM_REQ_USAGE] = r.usage()
	w[capi.DAYONE_SHIM_REQ_NOW] = r.Now
	if r.Now == 0 {
		w[capi.DAYONE_SHIM_REQ_NOW] = now
	}
	w[capi.DAYONE_SHIM_REQ_ANCHOR] = r.PeriodAnchor
	w[capi.DAYONE_SHIM_REQ_WALL] = r.Wall
}

var nulByte = []byte{0}

// decode fills dst from the n = len(reqs) decisions and statuses in b.out
// (DAYONE_SHIM_MANY_WORDS(n): the header, the decisions, the int32
// statuses). It returns the per-request codes (nil when every request was
// decided) and the first failing index (-1: none). The inner loop takes
// the plain decisions (decodeCommon); the others, and failures, go one at
// a time through decodeOne.
func (b *batch) decode(dst []Decision, reqs []Request) (codes []Code, first int) {
	n := len(reqs)
	_, _ = dst[n-1], b.out[capi.DAYONE_SHIM_D_WORDS*n+(n+1)/2]
	decisionsAt := unsafe.Pointer(&b.out[1])
	statuses := unsafe.Slice((*int32)(unsafe.Pointer(&b.out[1+n*capi.DAYONE_SHIM_D_WORDS])), n)
	first = -1
	for i := 0; i < n; i++ {
		if i = decodePlain(dst, reqs, decisionsAt, statuses, i); i < n {
			c := (*cDecision)(unsafe.Add(decisionsAt, i*capi.DAYONE_SHIM_D_WORDS*8))
			codes, first = decodeOne(&dst[i], c, reqs[i].Limit, statuses, i, codes, first)
		}
	}
	return codes, first
}

// decodePlain decodes the plain decisions from i on (decodeCommon) and
// returns the index of the first other one, or len(reqs). Not inlined: in
// a function of its own, with no call, the loop keeps its values in
// registers (inlined into decode's loop, it reloaded eight a decision).
//
//go:noinline
func decodePlain(dst []Decision, reqs []Request, decisionsAt unsafe.Pointer, statuses []int32,
	i int) int {
	n := len(reqs)
	_, _ = dst[n-1], statuses[n-1]
	for ; i < n; i++ {
		c := (*cDecision)(unsafe.Add(decisionsAt, i*capi.DAYONE_SHIM_D_WORDS*8))
		if statuses[i] != 0 || !c.plain() {
			break
		}
		dst[i].decodeCommon(c, reqs[i].Limit)
	}
	return i
}

// decodeOne decodes decision i, or records its failure (status != 0) in
// codes (made on the first) and first, which it returns.
func decodeOne(d *Decision, c *cDecision, limit string, statuses []int32, i int, codes []Code,
	first int) ([]Code, int) {
	st := statuses[i]
	if st == 0 {
		d.decode(c, limit)
		return codes, first
	}
	if codes == nil {
		codes = make([]Code, len(statuses))
	}
	codes[i] = Code(st)
	if first < 0 {
		first = i
	}
	*d = Decision{}
	return codes, first
}
