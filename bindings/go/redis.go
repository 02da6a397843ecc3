package dayone

import (
	"time"

	"github.com/libdayone/libdayone/bindings/go/internal/capi"
)

// RedisOptions configures AttachRedis (dayone_redis_options of
// dayone/redis.h). Only URL is required; the zero value of every other
// field is the library's default.
type RedisOptions struct {
	// URL is redis://host[:port][/db] or unix:///path/to/sock[?db=N].
	// rediss:// is ErrInvalid (no TLS); never put a password in the URL:
	// name its variable in PasswordEnv.
	URL string
	// PasswordEnv is the NAME of the environment variable holding the
	// password ("" for none). The library reads it when attaching; the
	// value never appears in any error (at most the name and its length).
	PasswordEnv string
	// DB selects the database; 0 takes the URL's (default 0).
	DB int
	// ConnectTimeout and CommandTimeout are rounded up to whole
	// milliseconds; 0 means 50 ms. While Redis is down every decision
	// returns within CommandTimeout (plus ConnectTimeout when a reconnect is
	// due).
	ConnectTimeout time.Duration
	CommandTimeout time.Duration
	// NearCache denies a key known to be over its limit locally, until its
	// retry-after, without a round trip.
	NearCache bool
	// KeyPrefix of every Redis key; "" means "dayone:".
	KeyPrefix string
	// PoolSize is the number of connections; 0 means 4.
	PoolSize int
	// BusyPoll, rounded up to whole microseconds (at most 1 ms; 0 means
	// none), polls for each reply that long before blocking: faster single
	// calls on an idle host, a core's worth of polling on a busy one
	// (docs/redis.md).
	BusyPoll time.Duration
	// ClockFromRequest makes a request's non-zero Now the clock instead of
	// Redis TIME. For tests and simulations only: every client must then
	// supply the same clock.
	ClockFromRequest bool
}

// BackendStatus is the health of a limiter's backend
// (dayone_backend_status), for a service's health endpoint. The counters
// run from the attach.
type BackendStatus struct {
	Attached        bool   // a backend is attached
	Connected       bool   // the last command reached Redis
	RoundTrips      uint64 // requests sent to Redis (a DecideMany batch counts once)
	Errors          uint64 // failed commands and connection attempts
	FallbacksLocal  uint64 // decisions made in-process because Redis failed
	FallbacksOpen   uint64 // decisions allowed by fail_open
	FallbacksClosed uint64 // decisions denied by fail_closed
	Reconnects      uint64 // connections (re-)established after a failure
	NearCacheHits   uint64 // denials answered by the near cache
	ScriptLoads     uint64 // SCRIPT LOADs (one per connection start and per NOSCRIPT)
	// PoolWaitTimeouts counts calls that gave up waiting for a busy pool's
	// connection after the command timeout (and fell back): the pool is too small.
	PoolWaitTimeouts uint64
}

// AttachRedis moves the limiter's state to Redis, so that every instance
// of a service attached to the same Redis shares one budget per tenant
// (dayone_limiter_attach_redis; semantics in docs/redis.md). It connects
// and loads the decision script before returning.
//
// A Redis that cannot be reached, or refuses the password, wraps
// ErrBackend, and the limiter keeps deciding in-process: the caller chooses
// between starting degraded and failing. Bad options wrap ErrInvalid, as
// does a second attach. AttachRedis waits for decisions in flight and holds
// off new ones while it connects, so it may be called on a limiter already
// in use, though attaching before sharing it is the usual way.
func (l *Limiter) AttachRedis(opts RedisOptions) error {
	if l == nil {
		return ErrClosed
	}
	db := int64(opts.DB)
	if db == 0 {
		db = -1 // C: from the URL
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.h == nil {
		return ErrClosed
	}
	// Attaching must not race with decisions: shut them out meanwhile.
	l.gate.close()
	defer l.gate.reopen()
	ce := newCError()
	defer ce.free()
	rc := capi.Dayone_shim_attach_redis(l.h, capi.SwigcptrDayone_policy(0), opts.URL, opts.PasswordEnv, opts.KeyPrefix,
		db, ceilMillis(opts.ConnectTimeout), ceilMillis(opts.CommandTimeout),
		int64(boolInt(opts.NearCache)), int64(opts.PoolSize), ceilMicros(opts.BusyPoll),
		boolInt(opts.ClockFromRequest), ce.e)
	return ce.err(rc)
}

// BackendStatus returns the health of the attached backend (the zero
// value, Attached false, without one).
func (l *Limiter) BackendStatus() (BackendStatus, error) {
	if l == nil {
		return BackendStatus{}, ErrClosed
	}
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.h == nil {
		return BackendStatus{}, ErrClosed
	}
	st := capi.NewDayone_backend_status()
	if st.Swigcptr() == 0 {
		return BackendStatus{}, &Error{Code: ErrNoMemory, Message: "out of memory"}
	}
	defer capi.DeleteDayone_backend_status(st)
	if rc := capi.Dayone_limiter_backend_status(l.h, st); rc != 0 {
		return BackendStatus{}, newError(rc, "", "", 0, 0)
	}
	return backendStatusOf(st), nil
}

// backendStatusOf copies a dayone_backend_status filled by the library.
func backendStatusOf(st capi.Dayone_backend_status) BackendStatus {
	return BackendStatus{
		Attached:         st.GetAttached() != 0,
		Connected:        st.GetConnected() != 0,
		RoundTrips:       st.GetRound_trips(),
		Errors:           st.GetErrors(),
		FallbacksLocal:   st.GetFallbacks_local(),
		FallbacksOpen:    st.GetFallbacks_open(),
		FallbacksClosed:  st.GetFallbacks_closed(),
		Reconnects:       st.GetReconnects(),
		NearCacheHits:    st.GetNear_cache_hits(),
		ScriptLoads:      st.GetScript_loads(),
		PoolWaitTimeouts: st.GetPool_wait_timeouts(),
	}
}

// RedisOptionsFromPolicy returns the policy's `backend: {redis: {...}}`
// section as options for AttachRedis
// (dayone_redis_options_from_policy). A policy without one wraps
// ErrNotFound. The policy names the password's variable, never the
// password.
func RedisOptionsFromPolicy(policy *Policy) (RedisOptions, error) {
	ce := newCError()
	defer ce.free()
	var o RedisOptions
	err := policy.use(func(p capi.Dayone_policy) error {
		c := capi.NewDayone_redis_options()
		if c.Swigcptr() == 0 {
			return &Error{Code: ErrNoMemory, Message: "out of memory"}
		}
		defer capi.DeleteDayone_redis_options(c)
		if rc := capi.Dayone_redis_options_from_policy(p, c, ce.e); rc != 0 {
			return ce.err(rc)
		}
		// The strings are the policy's: copied while it is held open.
		o = RedisOptions{
			URL:              c.GetUrl(),
			PasswordEnv:      c.GetPassword_env(),
			DB:               c.GetDb(),
			ConnectTimeout:   time.Duration(c.GetConnect_timeout_ms()) * time.Millisecond,
			CommandTimeout:   time.Duration(c.GetCommand_timeout_ms()) * time.Millisecond,
			NearCache:        c.GetNear_cache() != 0,
			KeyPrefix:        c.GetKey_prefix(),
			PoolSize:         int(c.GetPool_size()),
			ClockFromRequest: c.GetClock_from_request() != 0,
		}
		if o.DB < 0 {
			o.DB = 0 // C -1: from the URL
		}
		return nil
	})
	return o, err
}

// ceilMillis converts a timeout to whole milliseconds, rounding up so
// that a positive duration never becomes 0 (the default).
func ceilMillis(d time.Duration) int64 { return ceilUnits(d, time.Millisecond) }

func ceilMicros(d time.Duration) int64 { return ceilUnits(d, time.Microsecond) }

// ceilUnits is d in whole units, rounded up (a negative d is truncated and
// stays negative, for the library to refuse).
func ceilUnits(d, unit time.Duration) int64 {
	if d <= 0 {
		return int64(d / unit)
	}
	n := d / unit
	if d%unit != 0 {
		n++
	}
	return int64(n)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
