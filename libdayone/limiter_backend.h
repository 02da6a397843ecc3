/* limiter_backend.h - the seam between the limiter and a shared-state
 * backend (Redis today): the types both sides share. The limiter's half
 * (attach, the calls) is in limiter.c, declared in limiter.h.
 *
 * The limiter validates and resolves each request and applies the paywall,
 * the caller-supplied quota and "cost exceeds burst" exactly as without a
 * backend (one behaviour, one place). What is left - the rate step, and the
 * quota counter when the caller did not pass usage - it describes as a
 * dy_rate_step in plain values (names, rate, burst, cost, what to do when
 * the backend cannot answer) and hands to the backend a whole batch at a
 * time: one step for dayone_limiter_decide(), every rate step of a
 * dayone_limiter_decide_many() call at once. For each step the backend
 * either decides (fills the decision, sets `decided`) or leaves it to the
 * limiter, which then runs its in-process rate step itself.
 *
 * So a backend never sees the policy model, the limiter's table or its
 * views, keeps no per-thread state and never calls back into the limiter. */
#ifndef DY_LIMITER_BACKEND_H
#define DY_LIMITER_BACKEND_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/banlist.h"
#include "dayone/limiter.h"
#include "dayone/redis.h"
#include "limiter_rates.h"

/* What a backend does with a step it cannot decide (the limit's
 * `on_backend_failure`, the default already resolved by the limiter). */
typedef enum dy_fallback {
    DY_FALLBACK_LOCAL = 0, /* leave it undecided: the limiter decides in-process */
    DY_FALLBACK_OPEN,      /* allow */
    DY_FALLBACK_CLOSED     /* deny (DENY_RATE) */
} dy_fallback;

/* One rate step. Strings are borrowed for the call. */
typedef struct dy_rate_step {
    const char *key;         /* tenant key */
    const char *limit;       /* limit name */
    const char *quota;       /* quota the limit counts against, "" for none */
    int64_t emission_ns, burst, tolerance_ns, cost;
    int64_t quota_amount;    /* the plan's quota for this limit, -1 none */
    int64_t usage;           /* the caller's usage, -1 unknown */
    int64_t now_ns;          /* the request's clock, 0 none */
    int strict;              /* enforcement is strict */
    int quota_applies;       /* usage given and checked by the limiter ... */
    int overage;             /* ... and over the quota under soft enforcement */
    int count_quota;         /* the backend keeps the quota counter (a quota,
                                usage unknown, enforcement not off) */
    int quota_day;           /* the quota counts per UTC day, not per month */
    int quota_anchored;      /* the quota counts per period anchored at the
                                tenant's date (dayone/quota.h) */
    int64_t period_start;    /* > 0: the quota's period as the limiter told it
                                (the request gave its wall time, or the quota is
                                anchored): its first second and the next's, */
    int64_t period_reset;    /* Unix s; 0 and 0: the backend tells the calendar
                                month or day from its own clock */
    dy_fallback fallback;
    dayone_decision *d;      /* in: the limiter's decision so far (limit, window,
                                burst, rate filled; no outcome yet); out when
                                decided, outcome set through outcome.h */
    int decided;             /* out: 1 when the backend filled *d */
    const dy_rate_desc *rates; /* a limit of several rates: each (rates[0] is the one
                                  above), all decided at once - none charged unless
                                  all allow (limiter_rates.h reports them); */
    size_t nrates;           /* else NULL and 0 */
} dy_rate_step;

typedef struct dy_backend_ops {
    /* Decide steps[0..n) in order, as if one by one. May block on the
     * network; called from any number of threads at once. */
    void (*decide)(void *self, dy_rate_step *steps, size_t n);
    /* Health counters; out is zeroed by the caller. */
    void (*status)(const void *self, dayone_backend_status *out);
    void (*free)(void *self);
    /* Shared bans (dayone/banlist.h), or NULL: bans stay in process. With
     * them, `decide` answers DENY_BANNED for a banned (key, limit) itself,
     * and the limiter hands bans, lifts and listings over. Durations are
     * relative: the backend's clock decides when a ban ends. */
    int (*ban)(void *self, const char *key, const char *limit, int64_t duration_ns,
               dayone_error *err);
    int (*unban)(void *self, const char *key, const char *limit, dayone_error *err);
    int (*bans)(void *self, dayone_ban *out, size_t cap, size_t *count, dayone_error *err);
    /* limit_reset (dayone/limit_reset.h) on the shared state, in one atomic
     * call, or NULL: the backend cannot, and the limiter refuses. steps[0]
     * is the plan's limit (every rate), steps[1], when n is 2, an override
     * in force (its one rate): described as a decision would describe them,
     * now_ns the reset's clock. rate: reset or credit each step's rate
     * states; quota: steps[0]'s quota counter of the current period.
     * credit 0 resets, N gives back N units (N emission intervals of each
     * rate, never beyond a full burst; N counted units, never below 0).
     * DAYONE_OK, or DAYONE_EBACKEND with nothing changed. */
    int (*reset)(void *self, const dy_rate_step *steps, size_t n, int64_t credit, int rate,
                 int quota, dayone_error *err);
} dy_backend_ops;

#endif
