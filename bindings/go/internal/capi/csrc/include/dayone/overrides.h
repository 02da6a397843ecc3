/*
 * dayone/overrides.h - per-tenant overrides of a limit's rate and burst.
 *
 * A tenant that needs more (or less) than its plan gives - an enterprise
 * trial, a launch week, an abuser held to a trickle - gets an override:
 * for one (tenant key, limit) pair, a rate and a burst that replace the
 * plan's, until an optional end. Overrides come from the policy
 * (`overrides:`, docs/policy.md) and from this API; for a pair that has
 * both, the API's wins while it is in force.
 *
 * What an override changes: a request for that limit, on a plan that gives
 * the limit a rate, is decided with the override's rate and burst (GCRA
 * exactly as in dayone/limiter.h), and its decision says so. On a plan that
 * gives the limit several rates, the override's one rate replaces them all
 * (the decision has nrates 0, as for a limit of one rate):
 * override_source is DAYONE_OVERRIDE_POLICY or DAYONE_OVERRIDE_API and
 * override_reason the override's reason; burst, rate, rate_period_ns, limit
 * and window_ns (so the RateLimit headers) are the override's. Everything
 * else is the plan's: the paywall, a limit the plan marks `unlimited` or
 * `none` (no override applies to them), the quota, `shadow`, bans.
 * The override's state is its own (a rate state is identified by the limit's
 * name, rate and burst): setting or clearing an override starts the tenant
 * on a full burst of the new rate, and its state under the plan's rate is
 * where it was.
 *
 * Ends: expires_unix_s is compared with the limiter's wall clock
 * (dayone_limiter_options.wall_clock, else CLOCK_REALTIME); from that
 * second on the override no longer applies (a policy's `expires:` date is
 * the last day it applies, UTC, so it ends at the next midnight). An ended
 * override stays listed (in_force 0) until cleared or the policy changes.
 *
 * Bounds: at most DAYONE_OVERRIDES_MAX overrides set through the API at
 * once (a further one is DAYONE_ELIMIT; replacing one is always possible);
 * a policy lists at most 4096. Memory for the API's table is allocated with
 * the limiter. Overrides are in process: each limiter has its own.
 *
 * Cost: a limiter with no override pays two loads and a branch per
 * decision. A decision whose limit has some override pays one more hash of
 * the tenant key and a lookup without a lock.
 *
 * Thread safety: every function here may be called from any thread,
 * alongside decisions (which never wait for them); set and clear are
 * serialized among themselves.
 */
#ifndef DAYONE_OVERRIDES_H
#define DAYONE_OVERRIDES_H

#include "common.h"
#include "limiter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DAYONE_OVERRIDE_TENANT_MAX 128 /**< tenant key bytes + NUL */
#define DAYONE_OVERRIDE_LIMIT_MAX 64   /**< limit name bytes + NUL */
#define DAYONE_OVERRIDES_MAX 1024      /**< overrides set through the API at once */

#define DAYONE_OVERRIDE_SPEC_VERSION 1

/** An override to set. Strings are borrowed for the call. */
typedef struct dayone_override_spec {
    unsigned int version;    /**< DAYONE_OVERRIDE_SPEC_VERSION */
    const char *tenant;      /**< the tenant key (1..127 bytes); required */
    const char *limit;       /**< a limit of the current policy; required */
    int64_t rate;            /**< units per rate_period_ns, 1..1e9 */
    int64_t rate_period_ns;  /**< 1 s, 60 s, 3600 s or 86400 s (rps, rpm, rph, rpd) */
    int64_t burst;           /**< 1..1e9; burst times the interval under 36 years */
    const char *reason;      /**< why, one line of at most 63 bytes, or NULL */
    int64_t expires_unix_s;  /**< when it stops applying (wall clock), 0 = never */
} dayone_override_spec;

#define DAYONE_OVERRIDE_SPEC_INIT { DAYONE_OVERRIDE_SPEC_VERSION, NULL, NULL, 0, 0, 0, NULL, 0 }

/** One override as listed. Plain data. */
typedef struct dayone_override {
    char tenant[DAYONE_OVERRIDE_TENANT_MAX];
    char limit[DAYONE_OVERRIDE_LIMIT_MAX];
    int64_t rate, rate_period_ns, burst;
    char reason[DAYONE_OVERRIDE_REASON_MAX];   /**< "" when none */
    int64_t expires_unix_s;                    /**< 0 = never */
    dayone_override_source source;             /**< POLICY or API */
    int in_force;  /**< 1 when it decides now: not ended, and (for a policy
                        one) no API override of the same pair is in force */
} dayone_override;

/**
 * Set (or replace) the API override of (tenant, limit). DAYONE_EINVAL for
 * a NULL or out-of-range field (the message names the field, never the
 * reason's text), DAYONE_ENOTFOUND for a limit the current policy does not
 * name, DAYONE_ELIMIT when DAYONE_OVERRIDES_MAX other pairs are set.
 */
DAYONE_EXTERN int dayone_limiter_override_set(dayone_limiter *limiter,
                                              const dayone_override_spec *spec,
                                              dayone_error *err);

/**
 * Clear the API override of (tenant, limit): the policy's (if any) or the
 * plan's rate applies again. DAYONE_ENOTFOUND when the API set none (a
 * policy's override is changed by changing the policy).
 */
DAYONE_EXTERN int dayone_limiter_override_clear(dayone_limiter *limiter, const char *tenant,
                                                const char *limit, dayone_error *err);

/**
 * The overrides: the API's first, then the current policy's, up to `cap`
 * into out (may be NULL when cap is 0); *count receives how many there are.
 */
DAYONE_EXTERN int dayone_limiter_overrides(dayone_limiter *limiter, dayone_override *out,
                                           size_t cap, size_t *count, dayone_error *err);

/** One rate as written: `rate` units per `rate_period_ns`, and its burst. */
typedef struct dayone_rate_spec {
    int64_t rate, rate_period_ns, burst;
} dayone_rate_spec;

/** What applies to one tenant's requests for one plan's limit now. A limit
 * of several rates lists them all in plan_rates (and in rates while no
 * override is in force); rate and plan_rate then hold its first. */
typedef struct dayone_effective_limit {
    int kind;                 /**< 0 a rate, 1 unlimited, 2 none (not in the plan) */
    int64_t rate, rate_period_ns, burst; /**< the rate that applies (kind 0), else 0 */
    int64_t plan_rate, plan_rate_period_ns, plan_burst; /**< the plan's own (kind 0) */
    dayone_override_source source;       /**< NONE: the plan's rate applies */
    char reason[DAYONE_OVERRIDE_REASON_MAX];
    int64_t expires_unix_s;
    int nrates;               /**< kind 0: how many rates apply (1 under an override) */
    dayone_rate_spec rates[DAYONE_LIMIT_RATES_MAX];      /**< [0, nrates), policy order */
    int plan_nrates;          /**< kind 0: how many rates the plan gives the limit */
    dayone_rate_spec plan_rates[DAYONE_LIMIT_RATES_MAX]; /**< [0, plan_nrates) */
} dayone_effective_limit;

/**
 * The rate that would decide `tenant`'s requests for `plan`'s `limit` now,
 * without deciding anything (for explain-style output and support tools).
 * DAYONE_ENOTFOUND for an unknown plan or limit, or a plan silent on it.
 */
DAYONE_EXTERN int dayone_limiter_effective_limit(dayone_limiter *limiter, const char *tenant,
                                                 const char *plan, const char *limit,
                                                 dayone_effective_limit *out,
                                                 dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_OVERRIDES_H */
