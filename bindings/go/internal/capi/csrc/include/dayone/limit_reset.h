/*
 * dayone/limit_reset.h - resetting or crediting a tenant's budget, only as
 * a staff action with a reason, and never without an audit event.
 *
 * dayone_limiter_limit_reset() is the one way to give a tenant budget back
 * (a customer hit by a bug of ours, a migration that burned their quota).
 * It runs the staff action through dayone_access_decide() under the
 * limiter's current policy (action "limit_reset": the role must list it in
 * support.roles, with a real reason and, when the policy asks, a ticket -
 * dayone/access.h) and only when that allows it changes the tenant's state:
 *
 *   credit 0  reset: the rate state back to a full burst, the quota count
 *             of the current period back to 0;
 *   credit N  give back N units: the rate state N emission intervals
 *             (never beyond a full burst), the quota count N (never below 0).
 *
 * The current period is the one holding the reset's wall time (wall_ns,
 * else the limiter's wall clock), as a decision's is (dayone/limiter.h):
 * for a quota counted per anchored period the reset names the tenant's
 * anchor (period_anchor_unix_s, as its requests do); without one, resetting
 * that quota fails closed with DAYONE_EINVAL - which period to change
 * cannot be told - and nothing changes.
 * `what` picks the rate state (DAYONE_RESET_RATE), the quota count
 * (DAYONE_RESET_QUOTA) or both (0). The rate state is the tenant's under
 * the plan's rate - every rate of a limit of several, each credited N of
 * its own emission intervals - and, when a per-tenant override is in force
 * (dayone/overrides.h), under the override's too. A limit the plan marks
 * unlimited or none has no state: nothing changes. The state is the
 * limiter's in process or, with Redis attached (dayone/redis.h), the shared
 * state every limiter on that Redis and key prefix sees: the same keys the
 * decisions use, changed by one atomic script (docs/redis.md). While Redis
 * cannot answer, nothing changes and the call fails with DAYONE_EBACKEND
 * and no event: an event would have to say "applied", and none may claim a
 * reset that did not happen (log the error with the staff request). A
 * denied action needs no backend: its event is returned as always.
 *
 * The audit event is the access decision's (dayone/access.h) with four keys
 * added after "why", in this order: "plan", "limit" (the names given),
 * "credit" (the units asked, 0 = reset) and "applied" (true when the state
 * was changed, false when denied). It is written whether or not the action
 * is allowed: log it either way.
 *
 * Errors (no event, nothing changed): DAYONE_EINVAL for a NULL argument, an
 * action other than "limit_reset", a negative credit or one above 1e9,
 * unknown `what` bits, an anchored quota's reset without a valid anchor (or
 * a wall time outside 1970..9999), or any error dayone_access_decide() gives;
 * DAYONE_ENOTFOUND for a plan or limit the policy does not name (checked
 * before the access decision, so a typo is not logged as an action);
 * DAYONE_EBACKEND as above (an allowed action the shared backend could not
 * apply); DAYONE_ENOMEM.
 *
 * Ownership: strings are borrowed for the call; *event is the caller's,
 * released with dayone_free() (NULL on error).
 * Thread safety: may be called from any thread alongside decisions; a
 * decision running at the same moment sees the state before or after.
 */
#ifndef DAYONE_LIMIT_RESET_H
#define DAYONE_LIMIT_RESET_H

#include "common.h"
#include "access.h"
#include "limiter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DAYONE_RESET_RATE 1u  /**< the rate state */
#define DAYONE_RESET_QUOTA 2u /**< the quota count of the current period */

#define DAYONE_LIMIT_RESET_VERSION 2

/** What to reset, for whom: the tenant is the staff request's `tenant`. */
typedef struct dayone_limit_reset {
    unsigned int version;  /**< DAYONE_LIMIT_RESET_VERSION */
    const char *plan;      /**< the tenant's plan; required */
    const char *limit;     /**< the limit; required */
    int64_t credit;        /**< 0: reset; N (1..1e9): give back N units */
    unsigned int what;     /**< DAYONE_RESET_RATE | DAYONE_RESET_QUOTA; 0 = both */
    int64_t now_ns;        /**< the limiter's clock for the rate state; 0 = read it */
    int64_t period_anchor_unix_s; /**< (version 2) the tenant's anchor, for a quota
                                       counted per anchored period; 0 = none */
    int64_t wall_ns;       /**< (version 2) Unix time in ns telling the quota's
                                period; 0 = the limiter's wall clock */
} dayone_limit_reset;

#define DAYONE_LIMIT_RESET_INIT { DAYONE_LIMIT_RESET_VERSION, NULL, NULL, 0, 0, 0, 0, 0 }

/**
 * Decide the staff action `staff` (its action must be "limit_reset"; its
 * tenant is the tenant key) and, when allowed, apply `reset`. Returns
 * DAYONE_OK with *out and *event filled, allowed or not.
 */
DAYONE_EXTERN int dayone_limiter_limit_reset(dayone_limiter *limiter,
                                             const dayone_access_request *staff,
                                             const dayone_limit_reset *reset,
                                             dayone_access_decision *out, char **event,
                                             dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_LIMIT_RESET_H */
