package dayone

import "github.com/libdayone/libdayone/bindings/go/internal/capi"

// DecisionCount is the number of decisions with one outcome for one
// (plan, limit) (dayone_decision_count of dayone/stats.h).
type DecisionCount struct {
	Plan    string
	Limit   string
	Outcome Outcome
	Count   uint64
}

// Stats is a snapshot of what a limiter has decided (dayone_stats): every
// counter is monotonic over the limiter's life, across policy swaps.
type Stats struct {
	Decisions      uint64          // every counted decision: the sum of Counts
	Denied         uint64          // those whose outcome is not allowed
	TableCapacity  uint64          // most (tenant, limit) pairs tracked at once
	TableOccupied  uint64          // places holding a pair now
	TableEvictions uint64          // expired pairs whose place was reused or emptied
	TableRefusals  uint64          // new pairs refused for want of room
	Counts         []DecisionCount // per (plan, limit, outcome), current policy first
	Backend        BackendStatus
}

// Stats returns a snapshot of the limiter's counters (dayone_limiter_stats).
func (l *Limiter) Stats() (Stats, error) {
	if l == nil {
		return Stats{}, ErrClosed
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return Stats{}, ErrClosed
	}
	st := capi.NewDayone_stats()
	if st.Swigcptr() == 0 {
		return Stats{}, &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	defer capi.DeleteDayone_stats(st)
	ce := newCError()
	defer ce.free()
	if err := ce.err(capi.Dayone_limiter_stats(l.h, st, ce.e)); err != nil {
		return Stats{}, err
	}
	defer capi.Dayone_stats_release(st)
	out := Stats{
		Decisions:      st.GetDecisions(),
		Denied:         st.GetDenied(),
		TableCapacity:  st.GetTable_capacity(),
		TableOccupied:  st.GetTable_occupied(),
		TableEvictions: st.GetTable_evictions(),
		TableRefusals:  st.GetTable_refusals(),
		Counts:         make([]DecisionCount, 0, int(st.GetNrows())),
		Backend:        backendStatusOf(st.GetBackend()),
	}
	for i := int64(0); i < st.GetNrows(); i++ {
		r := capi.Dayone_stats_row(st, i)
		out.Counts = append(out.Counts, DecisionCount{
			Plan: r.GetPlan(), Limit: r.GetLimit(), Outcome: Outcome(r.GetOutcome()),
			Count: r.GetCount(),
		})
	}
	return out, nil
}

// Metrics returns the limiter's counters in the Prometheus text exposition
// format 0.0.4 (dayone_limiter_metrics), for a /metrics endpoint served with
// Content-Type "text/plain; version=0.0.4".
func (l *Limiter) Metrics() (string, error) {
	if l == nil {
		return "", ErrClosed
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return "", ErrClosed
	}
	ce := newCError()
	defer ce.free()
	text := capi.Dy_go_limiter_metrics(l.h, ce.e)
	if rc := ce.e.GetCode(); rc != 0 {
		return "", ce.err(rc)
	}
	return text, nil
}
