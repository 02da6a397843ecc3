/*
 * dayone/limiter.h - request-time enforcement: rate limits, quotas, paywall.
 *
 * One call answers "may this tenant, on this plan, do this now?":
 *
 *   1. the plan, limit and feature must exist in the policy (else
 *      DAYONE_ENOTFOUND - never a silent allow);
 *   2. a limit the plan marks `none` (not offered) is DENY_PLAN (403),
 *      reason "limit not in plan", in every enforcement mode (there is no
 *      rate to fall back on), with the cheapest plan that offers it;
 *      paywall: a feature the plan does not include is DENY_PLAN (403), with
 *      the cheapest plan that includes it and offers the limit (enforcement
 *      strict or soft);
 *      a limit the plan marks `unlimited` is then ALLOW, reason "unlimited",
 *      with no state kept, no quota and no rate: burst = window_ns = rate =
 *      rate_period_ns = 0, limit = remaining = -1, and the RateLimit /
 *      RateLimit-Policy helpers return DAYONE_ENOTFOUND (send no such
 *      header: there is no limit to state);
 *   3. quota: when the limit counts against a quota, usage + cost > quota
 *      is DENY_QUOTA (402) under strict enforcement, ALLOW_OVERAGE under
 *      soft, ignored under off. The usage is the caller's when it passes
 *      one (req->usage >= 0: its store is the truth); otherwise the
 *      limiter counts it (on Redis when attached, else in process), per
 *      tenant and quota over the quota's period (billing.periods: the UTC
 *      calendar month by default, or day, or anchored; dayone/quota.h and
 *      "Quota periods" below), placed by req->wall_ns or opts->wall_clock. A counted request the rate step denies is not
 *      counted. The in-process counters live in a fixed table sized from
 *      `capacity`; when it holds no place for a new pair, strict
 *      enforcement denies (DENY_RATE, "limiter at capacity") and soft lets
 *      the rate decide alone. A counter restarts with its period; counts
 *      are per limiter (one process), not shared - attach Redis for that;
 *   4. rate: GCRA in integer nanoseconds with the limit's rate and burst;
 *      over the limit is DENY_RATE (429) with an exact retry-after. A cost
 *      larger than the burst can never pass and is DENY_RATE with
 *      retry_after_ns = -1 and reason "cost exceeds burst".
 * A denied request consumes nothing.
 * Several rates: a limit may carry up to DAYONE_LIMIT_RATES_MAX rates (the
 * policy's `ingest: [{rps: 20, burst: 40}, {rpm: 600}]`). A request must pass
 * every one: each rate's GCRA step (above) is computed against its own state,
 * and only when all allow is any charged - a denial by one charges none.
 * (In process the states are read, then charged; a concurrent request that
 * takes a rate's last unit in between makes the charge fail, and the rates
 * already charged are refunded: still none charged, never more allowed.)
 * "cost exceeds burst" holds when the cost exceeds any rate's burst. The
 * decision's rate fields (remaining, reset_after_ns, retry_after_ns, limit,
 * window_ns, burst, rate, rate_period_ns) describe the tightest rate, whose
 * index is `tightest`: when some rate denies, the denying rate with the
 * longest retry-after (the first such in the policy's order on a tie), so
 * retry_after_ns is the maximum over the denying rates; when all allow, the
 * rate with the fewest remaining (on a tie, the longest reset_after_ns, then
 * the first). rates[] holds every rate's own step; the RateLimit-Policy
 * writer lists them all and RateLimit names the tightest.
 * Shadow: a limit marked `shadow: true` in the policy is decided as usual,
 * but a DENY_RATE or DENY_QUOTA becomes ALLOW_SHADOW (200, allowed; the
 * reason and the rate fields say what would have happened, retry_after_ns
 * is 0): the request is let through, consumes nothing, and is counted
 * under its own outcome - so a new limit can be tried in production.
 *
 * GCRA, exactly (integer ns; the arithmetic of go-redis/redis_rate):
 *   T = the limit's emission interval (period / count), tolerance = T * burst,
 *   tat = max(stored TAT, now), new_tat = tat + T * cost,
 *   allow_at = new_tat - tolerance.
 *   now <  allow_at: DENY_RATE, retry_after_ns = allow_at - now,
 *                    reset_after_ns = tat - now, remaining = 0.
 *   otherwise:       ALLOW, the TAT becomes new_tat,
 *                    remaining = (now - allow_at) / T, reset_after_ns = new_tat - now.
 * cost 0 means 1; a negative cost, a cost above 1e9 (DY_GCRA_COST_MAX) or a
 * usage below -1 is DAYONE_EINVAL. A feature of NULL or "" means "none".
 * Reasons: "ok", "unlimited", "rate limited", "cost exceeds burst",
 * "quota exceeded", "quota overage", "feature not in plan", "limit not in
 * plan", "limiter at capacity".
 * DENY_PLAN, DENY_QUOTA and "cost exceeds burst" have retry_after_ns = -1
 * (waiting does not help). quota_remaining is the quota left after this
 * request (a denied request uses none); -1 when no quota applied.
 *
 * State identity: a tenant's state for a limit is keyed by a 64-bit hash of
 * (tenant key, limit name, rate, burst). Plans giving a limit the same rate
 * and burst share it; a changed rate or burst starts fresh. Two different
 * keys whose hashes collide (about n^2 / 2^63 for n keys; the hash is seeded
 * per limiter) would share a budget.
 *
 * Clock: req->now_ns when non-zero, else opts->clock, else CLOCK_MONOTONIC
 * (read once per decide / decide_many call).
 *
 * Quota periods: the rate steps run on the monotonic clock above; a
 * quota's period is told from the wall time: req->wall_ns when non-zero
 * (Unix ns: a caller replaying a trace, or one whose clock is the truth),
 * else opts->wall_clock, else CLOCK_REALTIME. billing.periods gives each
 * quota its period (dayone/quota.h): the UTC calendar `month` (default) or
 * `day`, or `anchored` - monthly from the tenant's anchor, which the
 * caller passes with every request in req->period_anchor_unix_s (the
 * tenant's subscription start; the limiter stores none). The count of an
 * anchored quota belongs to the anchored period holding the wall time and
 * starts from 0 when that period moves on; decision.quota_reset_unix_s is
 * that period's end. Two tenants with different anchors count
 * independently. Fail closed: a request whose quota is checked (a limit
 * with a quota, enforcement not off, past the paywall) against an
 * `anchored` quota with no anchor (0), or one outside 1970..9999, is
 * DAYONE_EINVAL naming the quota - whether the limiter counts or the
 * caller passes usage, since the period's reset cannot be told. A month or
 * day quota ignores the anchor. The wall time must be within 1970..9999
 * for a counted quota (DAYONE_EINVAL otherwise; with usage given,
 * quota_reset_unix_s is then -1).
 *
 * Capacity: the limiter tracks at most `capacity` (tenant, limit) pairs at
 * once - dayone_limiter_tracked() never exceeds it. The state lives in one
 * table sized from `capacity` and allocated once; a count of the places in
 * use, changed only when a pair is created or an expired one is emptied,
 * keeps them to `capacity`. A place whose state carries no information (its
 * theoretical arrival time has passed) is reused first, the longest-expired
 * first; when `capacity` pairs are held, a new pair can only take an expired
 * place - one of the few it may live in, or one a short sweep further on
 * finds expired for at least a second. When there is none, the new pair is
 * denied (DENY_RATE, reason "limiter at capacity", retry_after_ns > 0 =
 * until the earliest of the places examined expires, plus that second for a
 * place swept) rather than admitted: live state is never evicted, so no
 * tracked tenant ever gets more than its plan allows, and a flood of new
 * keys cannot grow memory or reset anyone's budget.
 * At capacity, per limit: what that new pair sees is the limit's
 * `at_capacity` in the policy. `deny` (the default) is the denial above;
 * `admit` lets it through untracked: outcome ALLOW_UNTRACKED (200, allowed,
 * reason "limiter at capacity", retry_after_ns 0, the rate fields as the
 * denial's), consuming nothing and counted under its own outcome - for a
 * service that prefers serving a new tenant unmetered to refusing it. The
 * same holds when the in-process quota counters have no place for a new
 * (tenant, quota) under strict enforcement. Tracked tenants are unaffected
 * either way.
 * Near capacity a new pair can be refused while some expired state has not
 * been found yet; each refusal sweeps further, so it is found soon. A
 * request for an `unlimited` or `none` limit keeps no state.
 * ("Live" is judged at the time of the request that needs a place: callers
 * that supply now_ns should keep their times consistent across threads.)
 *
 * Ownership: dayone_limiter_new() takes its own reference on the policy; the
 * caller may free its policy handle right after. dayone_limiter_swap_policy()
 * replaces the policy atomically while other threads decide; state for
 * limits whose name, rate and burst are unchanged survives. Old policies are
 * retired, not freed, until the limiter is freed (swaps are rare). The
 * enforcement mode DAYONE_ENFORCEMENT_POLICY is re-resolved on each swap.
 *
 * Response headers: the dayone_decision_* writers below (RateLimit,
 * RateLimit-Policy, Retry-After), with how the GCRA state maps onto the
 * draft's quota, window, remaining and effective window.
 *
 * Thread safety: dayone_limiter_decide() and _decide_many() may be called
 * from any number of threads at once (a lock per slot, no global lock), as may
 * dayone_limiter_swap_policy(), _tracked() and _memory() alongside them.
 * dayone_limiter_free() must not race with any other call. The header
 * helpers, the outcome table (dayone_outcome_name, _allowed, _status) and
 * dayone_enforcement_parse() use no state; dayone_policy_enforcement() only
 * reads its arguments.
 */
#ifndef DAYONE_LIMITER_H
#define DAYONE_LIMITER_H

#include "common.h"
#include "policy.h"
#include "env.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dayone_limiter dayone_limiter;

typedef enum dayone_outcome {
    DAYONE_ALLOW         = 0, /**< 200 */
    DAYONE_ALLOW_OVERAGE = 1, /**< 200, over quota under soft enforcement */
    DAYONE_DENY_RATE     = 2, /**< 429 */
    DAYONE_DENY_QUOTA    = 3, /**< 402 */
    DAYONE_DENY_PLAN     = 4, /**< 403 */
    DAYONE_DENY_BANNED   = 5, /**< 403 (429 if the limit's `ban: {status: 429}`):
                                   the key is banned (dayone/banlist.h) */
    DAYONE_ALLOW_SHADOW  = 6, /**< 200: a `shadow: true` limit would have denied it */
    DAYONE_ALLOW_UNTRACKED = 7 /**< 200: the table is full and the limit says
                                    `at_capacity: admit` (not counted against a budget) */
} dayone_outcome;

/** Outcomes are 0 .. DAYONE_OUTCOME_COUNT - 1. */
#define DAYONE_OUTCOME_COUNT 8

typedef enum dayone_enforcement {
    DAYONE_ENFORCEMENT_POLICY = 0, /**< use the policy's billing.enforcement default */
    DAYONE_ENFORCEMENT_STRICT = 1,
    DAYONE_ENFORCEMENT_SOFT   = 2,
    DAYONE_ENFORCEMENT_OFF    = 3
} dayone_enforcement;

/** Monotonic clock in nanoseconds supplied by the caller (tests, simulations). */
typedef int64_t (*dayone_clock_fn)(void *ctx);

#define DAYONE_LIMITER_OPTIONS_VERSION 3

/**
 * Options for dayone_limiter_new(); fields are only ever appended.
 *
 * Launch mode means strict enforcement. When the environment the limiter
 * serves is in launch mode under the policy (dayone_launch_mode():
 * LAUNCH_MODE=true or ENVIRONMENT counting as production in the default
 * policy), an enforcement weaker than strict - from `enforcement` or from the
 * policy's billing.enforcement - makes dayone_limiter_new() fail with
 * DAYONE_EINVAL and a message naming the conflict; so does
 * dayone_limiter_swap_policy() to such a policy. `env` is that environment:
 * NULL reads the process environment (at creation, and again at each swap
 * until it is found in launch mode). Tests that need a soft or off limiter
 * pass a snapshot that is not in launch mode.
 */
typedef struct dayone_limiter_options {
    unsigned int version;          /**< DAYONE_LIMITER_OPTIONS_VERSION */
    size_t capacity;               /**< most (tenant, limit) pairs tracked at once
                                        (exact: a new pair beyond it is refused);
                                        0 = 100000 */
    dayone_enforcement enforcement;/**< billing enforcement mode */
    dayone_clock_fn clock;         /**< NULL = CLOCK_MONOTONIC */
    void *clock_ctx;               /**< passed to clock */
    const dayone_env *env;         /**< (version 2) the environment served, for the
                                        launch-mode rule; NULL = the process's.
                                        Borrowed for the call only. */
    dayone_clock_fn wall_clock;    /**< (version 3) Unix time in nanoseconds, for the
                                        calendar periods of quotas the limiter counts;
                                        NULL = CLOCK_REALTIME */
    void *wall_clock_ctx;          /**< passed to wall_clock */
} dayone_limiter_options;

#define DAYONE_LIMITER_OPTIONS_INIT { DAYONE_LIMITER_OPTIONS_VERSION, 0, DAYONE_ENFORCEMENT_POLICY, NULL, NULL, NULL, NULL, NULL }

/** One request to decide. Strings are borrowed for the duration of the call. */
typedef struct dayone_request {
    const char *key;      /**< tenant key (any bytes but NUL); required */
    const char *plan;     /**< plan name; required */
    const char *limit;    /**< limit name, e.g. "ingest"; required */
    int64_t cost;         /**< >= 1; 0 means 1 */
    const char *feature;  /**< feature needed, or NULL */
    int64_t usage;        /**< tenant's current usage of the limit's quota, or -1 if unknown */
    int64_t now_ns;       /**< clock reading to use, or 0 for the limiter's clock */
    int64_t period_anchor_unix_s; /**< the tenant's anchor (its subscription's start,
                                   any second of that day, Unix seconds) for a quota
                                   whose period is `anchored`; 0 = none. Ignored by
                                   month and day quotas. See "Quota periods" above */
    int64_t wall_ns;      /**< Unix time in ns that places the request in its quota
                               period, or 0 for the limiter's wall clock
                               (opts->wall_clock, else CLOCK_REALTIME) */
} dayone_request;

#define DAYONE_REQUEST_INIT { NULL, NULL, NULL, 1, NULL, -1, 0, 0, 0 }

#define DAYONE_PLAN_NAME_MAX 64
#define DAYONE_REASON_MAX 64
/** An override's reason, NUL included (dayone/overrides.h). */
#define DAYONE_OVERRIDE_REASON_MAX 64

/** Where the rate of a decision came from (dayone_decision.override_source). */
typedef enum dayone_override_source {
    DAYONE_OVERRIDE_NONE   = 0, /**< the plan's */
    DAYONE_OVERRIDE_POLICY = 1, /**< the policy's `overrides:` for this tenant and limit */
    DAYONE_OVERRIDE_API    = 2  /**< dayone_limiter_override_set() */
} dayone_override_source;

/** Most rates one limit may carry (the policy loader refuses more). */
#define DAYONE_LIMIT_RATES_MAX 4

/**
 * One rate of a limit of several, as its rate step found it. The rate as
 * written (rate per rate_period_ns, burst); remaining, reset_after_ns and
 * retry_after_ns as the decision's own fields would be for a limit of this
 * rate alone (retry_after_ns 0 when this rate allows, -1 when the rate step
 * never ran: DENY_PLAN, DENY_QUOTA, cost exceeds burst).
 */
typedef struct dayone_rate_state {
    int64_t rate, rate_period_ns, burst;
    int64_t remaining, reset_after_ns, retry_after_ns;
} dayone_rate_state;

/** A decision. Plain data, owned by the caller (usually on the stack). */
typedef struct dayone_decision {
    dayone_outcome outcome;
    int allowed;              /**< 1 for ALLOW, ALLOW_OVERAGE and ALLOW_SHADOW */
    int status;               /**< HTTP status: 200, 429, 402 or 403 */
    int64_t retry_after_ns;   /**< when a retry can succeed; 0 if allowed, -1 never */
    int64_t reset_after_ns;   /**< until the limiter is back to a full burst */
    int64_t remaining;        /**< requests of cost 1 still allowed now */
    int64_t limit;            /**< the burst (rate limit) or the quota (DENY_QUOTA / overage) */
    int64_t window_ns;        /**< the rate's period: burst * emission interval */
    int64_t quota_remaining;  /**< quota left after this request, or -1 if no quota applied */
    char upgrade_plan[DAYONE_PLAN_NAME_MAX]; /**< DENY_PLAN: cheapest plan with the feature */
    char reason[DAYONE_REASON_MAX];          /**< short machine-readable reason */
    int64_t burst;            /**< the rate limit's burst, even when `limit` holds a quota */
    int64_t rate;             /**< the limit's rate as written in the policy: `rate`
                                   units per `rate_period_ns` (600 rpm: 600 per 60 s);
                                   0 when the decision has no rate */
    int64_t rate_period_ns;   /**< 1 s, 60 s, 3600 s or 86400 s for rps, rpm, rph, rpd */
    int64_t quota_reset_unix_s; /**< when the request's quota was checked (a
                                   limit with a quota, enforcement not off, past
                                   the paywall): the Unix second its period
                                   resets, by the limiter's wall clock
                                   (dayone/quota.h); -1 otherwise */
    int nrates;               /**< a limit of several rates: how many (2 ..
                                   DAYONE_LIMIT_RATES_MAX), each in rates[] in the
                                   policy's order; 0 for a limit of one rate or none
                                   (the fields above say it all) */
    int tightest;             /**< nrates > 0: the index in rates[] of the rate the
                                   fields above describe (see "Several rates") */
    dayone_rate_state rates[DAYONE_LIMIT_RATES_MAX]; /**< [0, nrates) */
    int override_source;      /**< a dayone_override_source: not NONE when a per-tenant
                                   override's rate and burst decided (dayone/overrides.h);
                                   burst, rate, limit, window are then the override's */
    char override_reason[DAYONE_OVERRIDE_REASON_MAX]; /**< the override's reason, or "" */
} dayone_decision;

/** Create a limiter for `policy`. `opts` may be NULL. */
DAYONE_EXTERN int dayone_limiter_new(dayone_limiter **out, const dayone_policy *policy,
                                     const dayone_limiter_options *opts, dayone_error *err);

/** Release a limiter and the policies it holds. NULL is a no-op. */
DAYONE_EXTERN void dayone_limiter_free(dayone_limiter *limiter);

/** Decide one request. Fills *out on DAYONE_OK. */
DAYONE_EXTERN int dayone_limiter_decide(dayone_limiter *limiter, const dayone_request *req,
                                        dayone_decision *out, dayone_error *err);

/**
 * Decide `n` requests in order (as if decided one by one). `outs` has room
 * for n decisions; `statuses` (may be NULL) receives each request's status
 * code (DAYONE_OK or the DAYONE_E* error of that request; a failed request's
 * decision is zeroed). Returns DAYONE_OK when every request was decided,
 * else the first failing status (the others are still decided) with `err`
 * describing the first failure and its index ("request 3: ..."). The policy
 * and, when needed, the clock are read once for the whole batch.
 * `reqs` and the strings they point to are borrowed for the call and must
 * not change during it (requests sharing a plan or limit pointer have the
 * name resolved once). This is the fast form: it fetches each request's
 * state ahead of deciding it, so a batch costs less per decision than
 * single calls (figures: bench/README.md); with a backend attached,
 * one call to it decides the whole batch (one Redis round trip).
 */
DAYONE_EXTERN int dayone_limiter_decide_many(dayone_limiter *limiter,
                                             const dayone_request *reqs, size_t n,
                                             dayone_decision *outs, int *statuses,
                                             dayone_error *err);

/**
 * A (plan, limit, feature) resolved once, for callers that decide the same
 * triple again and again (the Go and Python bindings do, under the hood).
 * dayone_limiter_decide_handle() then skips the name lookups and takes the
 * key as pointer and length; its decisions are exactly those of
 * dayone_limiter_decide() for the same request.
 *
 * Policy swaps: a handle stays valid across dayone_limiter_swap_policy().
 * Resolved on the policy in force, it decides on it directly; after a swap
 * it resolves its names again in each call (as dayone_limiter_decide()
 * would: no faster, no less exact) until resolved anew. When the new policy
 * no longer has the plan, limit or feature, a decision on the handle fails
 * closed with DAYONE_ENOTFOUND, never an allow.
 *
 * Ownership: the handle keeps copies of the names; the caller frees it with
 * dayone_limit_handle_free() before freeing the limiter (a handle must not
 * outlive its limiter, nor be used with another one: DAYONE_EINVAL).
 * Thread safety: dayone_limiter_resolve() may run alongside decisions and
 * swaps; a handle is immutable once resolved, and any number of threads
 * may decide on it at once.
 */
typedef struct dayone_limit_handle dayone_limit_handle;

/**
 * Resolve (plan, limit, feature) for `limiter`: DAYONE_ENOTFOUND for an
 * unknown plan, limit or feature, or a plan without that limit (the
 * messages of dayone_limiter_decide()); feature NULL or "" means none.
 * *out is set on DAYONE_OK only.
 */
DAYONE_EXTERN int dayone_limiter_resolve(dayone_limiter *limiter, const char *plan,
                                         const char *limit, const char *feature,
                                         dayone_limit_handle **out, dayone_error *err);

/**
 * dayone_limiter_decide() for the handle's (plan, limit, feature) and the
 * tenant key key[0..key_len) (not NUL-terminated; a NUL byte inside is
 * DAYONE_EINVAL, as the key is in dayone_request), with cost, usage and
 * now_ns as in dayone_request. Fills *out on DAYONE_OK. The request has no
 * period anchor and takes its wall time from the limiter (period_anchor_unix_s
 * and wall_ns 0): a request that needs either goes through
 * dayone_limiter_decide() (on a handle, an anchored quota fails closed with
 * DAYONE_EINVAL, as a request without its anchor does).
 */
DAYONE_EXTERN int dayone_limiter_decide_handle(dayone_limiter *limiter,
                                               const dayone_limit_handle *handle,
                                               const char *key, size_t key_len, int64_t cost,
                                               int64_t usage, int64_t now_ns,
                                               dayone_decision *out, dayone_error *err);

/** Release a handle. NULL is a no-op. */
DAYONE_EXTERN void dayone_limit_handle_free(dayone_limit_handle *handle);

/** Atomically replace the policy; state of unchanged limits survives. */
DAYONE_EXTERN int dayone_limiter_swap_policy(dayone_limiter *limiter,
                                             const dayone_policy *policy,
                                             dayone_error *err);

/**
 * Number of (tenant, limit) pairs currently tracked: those whose state is
 * still live at the limiter's clock (opts->clock, else CLOCK_MONOTONIC);
 * never more than the capacity. Scans the table (O(capacity)); meant for
 * metrics, not the request path.
 */
DAYONE_EXTERN size_t dayone_limiter_tracked(const dayone_limiter *limiter);

/** Bytes of memory the limiter's state table uses: fixed at creation,
 *  proportional to the capacity, never growing with the number of keys seen. */
DAYONE_EXTERN size_t dayone_limiter_memory(const dayone_limiter *limiter);

/**
 * The outcome table, the one place that says what an outcome means; a
 * decision's `allowed` and `status` are always these of its `outcome`, and
 * bindings take them from here rather than keeping their own copy.
 *
 *   outcome        name             allowed  status
 *   ALLOW          "allow"          1        200
 *   ALLOW_OVERAGE  "allow_overage"  1        200
 *   DENY_RATE      "deny_rate"      0        429
 *   DENY_QUOTA     "deny_quota"     0        402
 *   DENY_PLAN      "deny_plan"      0        403
 *   DENY_BANNED    "deny_banned"    0        403 (*)
 *   ALLOW_SHADOW   "allow_shadow"   1        200
 *   ALLOW_UNTRACKED "allow_untracked" 1       200
 *
 * (*) The one status a policy may change: a decision of a limit whose
 * `ban:` mapping says `status: 429` answers 429; dayone_outcome_status()
 * gives the table's 403, the decision's `status` what to send.
 * A value that is no outcome: name "unknown", allowed 0, status 0.
 * No state; safe from any thread.
 */
DAYONE_EXTERN const char *dayone_outcome_name(dayone_outcome outcome);
DAYONE_EXTERN int dayone_outcome_allowed(dayone_outcome outcome);
DAYONE_EXTERN int dayone_outcome_status(dayone_outcome outcome);

/** Parse "strict", "soft", "off". */
DAYONE_EXTERN int dayone_enforcement_parse(dayone_enforcement *out, const char *name);

/**
 * Header values, per draft-ietf-httpapi-ratelimit-headers-11 (the newest
 * revision whose text we could read; -12 exists but was not available).
 * Each writes a NUL-terminated value (no header name, no CRLF) into
 * buf[size] and returns its length. Both RateLimit fields are one Item of
 * an RFC 9651 List whose bare item is an sf-string naming the limit
 * (`name`: printable ASCII, '"' and '\\' escaped; the policy loader refuses
 * any other limit name, so a loaded policy's names always fit). qu is not
 * sent (units are the request's cost; the draft's default is "requests"),
 * nor pk (a partition key would be the tenant key).
 *
 *   Retry-After:       whole seconds until a retry can succeed, rounded up
 *                      ("0" when allowed; callers send it only on denials).
 *   RateLimit-Policy:  "\"ingest\";q=600;w=60": q/w is the policy's rate
 *                      exactly, whatever the burst: q = the rate, w = its
 *                      period in seconds (10 rps: q=10;w=1; 600 rpm:
 *                      q=600;w=60; 1 rph: q=1;w=3600). The burst is not in
 *                      the field: r says what can be spent at once. (A
 *                      hand-made decision whose period is not whole seconds
 *                      gets the smallest w that keeps q/w exact.)
 *   RateLimit:         "\"ingest\";r=9;t=1", from the GCRA state:
 *                      r = remaining, the units that may be spent now;
 *                      t = the effective window, in seconds rounded up:
 *                      allowed: until the GCRA admits one unit more than r
 *                        (reset_after_ns mod the emission interval, or a
 *                        whole interval when that is 0) - not until the
 *                        bucket is full again, which can be far longer;
 *                      DENY_RATE: r = 0 and t = Retry-After, so Retry-After
 *                        never points before the end of the window.
 *
 * Returns, besides the length:
 *   DAYONE_ENOTFOUND  the decision has no such value, and the header should
 *                     be left out: Retry-After and RateLimit when waiting
 *                     does not help (retry_after_ns < 0: DENY_PLAN,
 *                     DENY_QUOTA, cost exceeds burst - the rate step never
 *                     ran), RateLimit and RateLimit-Policy without a rate
 *                     (an `unlimited` limit: burst, window and rate 0).
 *   DAYONE_EINVAL     a NULL argument, a name that is not printable ASCII,
 *                     negative counters, or a value that does not fit buf.
 *   DAYONE_ELIMIT     RateLimit-Policy for a rate no whole q and w of at
 *                     most 15 digits (RFC 9651 Integers) state exactly;
 *                     refused rather than rounded. Every rate a policy can
 *                     write (1..1e9 per second, minute or hour) fits.
 * On any error buf holds "". Never a partial or approximate value.
 */
DAYONE_EXTERN int dayone_decision_retry_after(const dayone_decision *d, char *buf, size_t size);
DAYONE_EXTERN int dayone_decision_ratelimit(const dayone_decision *d, const char *name,
                                            char *buf, size_t size);
DAYONE_EXTERN int dayone_decision_ratelimit_policy(const dayone_decision *d, const char *name,
                                                   char *buf, size_t size);

/**
 * Billing enforcement for a policy under an environment: the value of the
 * policy's billing env variable (BILLING_ENFORCEMENT in the default policy)
 * when set and valid, else the policy's default. Valid: it names a mode
 * exactly ("strict", "soft", "off") and every unconditional `format: enum`
 * rule of the policy on that variable lists it, so the check and the
 * limiter agree on what is invalid.
 */
DAYONE_EXTERN dayone_enforcement dayone_policy_enforcement(const dayone_policy *policy,
                                                           const dayone_env *env);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_LIMITER_H */
