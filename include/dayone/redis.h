/*
 * dayone/redis.h - shared limiter state in Redis.
 *
 * A limiter with a Redis backend attached keeps every tenant's rate state
 * (and, when the caller does not pass usage, its monthly quota counter) in
 * Redis, so N instances of a service share one budget per tenant. The
 * decision semantics are those of dayone/limiter.h; what changes:
 *
 *   - Clock: Redis TIME. req->now_ns and the limiter's clock option are not
 *     used for decisions made in Redis (client clocks do not matter), unless
 *     the clock_from_request option says otherwise (tests, simulations).
 *   - One Lua script per decision (EVALSHA; after NOSCRIPT, EVAL of its text), GCRA
 *     in exact integer nanoseconds, the quota counter checked and debited
 *     atomically in the same script. dayone_limiter_decide_many() sends all
 *     of its requests in one round trip, as one script call per 256
 *     decisions that runs the same script for each, in order.
 *   - Keys: <prefix>{<tenant>}:r:<limit>:<interval_ns>:<burst> (rate) and
 *     <prefix>{<tenant>}:q:<quota>:<YYYYMM> (quota counter, when usage is
 *     unknown); the hash tag keeps one tenant's keys in one cluster slot.
 *     Every key expires when its state stops mattering.
 *   - Failure policy per limit (policy `on_backend_failure`): fail_open
 *     (allow, reason "backend unavailable: fail open"), fail_closed
 *     (DENY_RATE 429, reason "backend unavailable"), local (the in-process
 *     table). Defaults: local for rate limits, fail_closed for limits with a
 *     quota under strict enforcement. A decision waits for Redis at most
 *     command_timeout_ms in all - a busy pool, sending, every reply, a
 *     NOSCRIPT recovery - plus the connect when a reconnect is due (a host
 *     name's lookup is not bounded by connect_timeout_ms: docs/redis.md
 *     "Time bounds"); reconnects back off from 50 ms doubling to 2 s.
 *
 * See docs/redis.md for configuration, semantics and exactness.
 *
 * Ownership: the options and their strings are copied by attach; the
 * password is read from the environment variable named by password_env at
 * attach time and never appears in any message (at most the variable's name
 * and the value's length). The backend is freed with the limiter.
 *
 * Thread safety: attach before the limiter is shared between threads (it
 * must not race with decide). Afterwards decide, decide_many and
 * backend_status may be called from any thread: the backend holds a small
 * pool of connections, each used by one thread at a time (hiredis contexts
 * are not thread-safe); a thread takes a free connection or waits for one.
 *
 * Built without hiredis, these functions exist and return DAYONE_EBACKEND
 * ("built without Redis support").
 */
#ifndef DAYONE_REDIS_H
#define DAYONE_REDIS_H

#include "common.h"
#include "policy.h"
#include "limiter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DAYONE_REDIS_OPTIONS_VERSION 2

/** Options for dayone_limiter_attach_redis(); fields are only ever appended. */
typedef struct dayone_redis_options {
    unsigned int version;       /**< DAYONE_REDIS_OPTIONS_VERSION */
    const char *url;            /**< redis://host[:port][/db] or unix:///path/to/sock[?db=N];
                                     rediss:// is DAYONE_EINVAL (no TLS in this hiredis);
                                     no password in the URL (use password_env) */
    const char *password_env;   /**< NAME of the variable holding the password, or NULL */
    int db;                     /**< database; -1 = from the URL (default 0) */
    int connect_timeout_ms;     /**< connecting (AUTH and SELECT after it wait up to the
                                     command timeout each); 0 = 50 */
    int command_timeout_ms;     /**< a decision's whole wait for Redis, one deadline; 0 = 50 */
    int near_cache;             /**< 1: deny a key known to be over its limit locally
                                     until its retry-after, without a round trip */
    const char *key_prefix;     /**< NULL = "dayone:" */
    unsigned int pool_size;     /**< connections; 0 = 4 */
    int clock_from_request;     /**< 1: a request's non-zero now_ns is the clock instead
                                     of Redis TIME (tests and simulations only: every
                                     client must then supply the same clock) */
    int busy_poll_us;           /**< (version 2) after sending, poll the socket without
                                     blocking for up to this many microseconds (0..1000)
                                     before blocking for the reply: on a host with idle
                                     cores this saves the wake-up of the waiting thread;
                                     on a busy host it takes CPU from others. 0 = block at
                                     once (default). See docs/redis.md "Waiting for the
                                     reply". */
} dayone_redis_options;

#define DAYONE_REDIS_OPTIONS_INIT { DAYONE_REDIS_OPTIONS_VERSION, NULL, NULL, -1, 50, 50, 0, NULL, 0, 0, 0 }

/** Backend health for a service's health endpoint. Counters since attach. */
typedef struct dayone_backend_status {
    int attached;               /**< a backend is attached */
    int connected;              /**< the last command reached Redis */
    uint64_t round_trips;       /**< requests sent to Redis (a batch counts once) */
    uint64_t errors;            /**< failed commands and connection attempts */
    uint64_t fallbacks_local;   /**< decisions made in-process because Redis failed */
    uint64_t fallbacks_open;    /**< decisions allowed by fail_open */
    uint64_t fallbacks_closed;  /**< decisions denied by fail_closed */
    uint64_t reconnects;        /**< connections (re-)established after a failure */
    uint64_t near_cache_hits;   /**< denials answered by the near cache */
    uint64_t script_loads;      /**< scripts loaded: SCRIPT LOADs at attach, and one EVAL
                                     of a script's text per NOSCRIPT answered */
    uint64_t pool_wait_timeouts; /**< calls that gave up waiting for a busy pool's
                                      connection by their deadline (the command timeout;
                                      they fell back as for a failed command), or whose
                                      reply did not come in what that wait had left of
                                      it (the connection is dropped, the server is not
                                      marked down): pool_size too small */
} dayone_backend_status;

/**
 * Attach a Redis backend to `lim` (connects and loads the script; on failure
 * returns DAYONE_EBACKEND and leaves the limiter in-process, or DAYONE_EINVAL
 * for bad options). Attaching twice is DAYONE_EINVAL.
 */
DAYONE_EXTERN int dayone_limiter_attach_redis(dayone_limiter *lim,
                                              const dayone_redis_options *opts,
                                              dayone_error *err);

/** Health of the attached backend (all zero, attached = 0, without one). */
DAYONE_EXTERN int dayone_limiter_backend_status(const dayone_limiter *lim,
                                                dayone_backend_status *out);

/**
 * The policy's `backend: {redis: {...}}` section as options (strings
 * borrowed from the policy). DAYONE_ENOTFOUND when the policy has none.
 */
DAYONE_EXTERN int dayone_redis_options_from_policy(const dayone_policy *policy,
                                                   dayone_redis_options *out,
                                                   dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_REDIS_H */
