/* outcome.h - the one table from a decision's outcome to what it means to
 * the caller: allowed or not, and the HTTP status to answer with.
 *
 * Every place that decides (the in-process limiter, a shared-state backend,
 * a backend's failure policy) sets the outcome through dy_decision_outcome(),
 * so the pair (allowed, status) can never disagree with the outcome. The
 * public dayone_outcome_allowed() / _status() / _name() read the same table,
 * and the bindings take it from there. The functions are inline so that the
 * hot path, which always passes a constant, folds to two stores. */
#ifndef DY_OUTCOME_H
#define DY_OUTCOME_H

#include <string.h>
#include "dayone/limiter.h"

/* Outcomes are 0 .. DY_OUTCOME_COUNT - 1 (counters index by them). */
#define DY_OUTCOME_COUNT DAYONE_OUTCOME_COUNT

static inline int dy_outcome_allowed(dayone_outcome o)
{
    return o == DAYONE_ALLOW || o == DAYONE_ALLOW_OVERAGE || o == DAYONE_ALLOW_SHADOW ||
           o == DAYONE_ALLOW_UNTRACKED;
}

/* The HTTP status answering a decision; 0 for a value that is no outcome. */
static inline int dy_outcome_status(dayone_outcome o)
{
    switch (o) {
    case DAYONE_ALLOW:
    case DAYONE_ALLOW_OVERAGE:
    case DAYONE_ALLOW_SHADOW:
    case DAYONE_ALLOW_UNTRACKED: return 200;
    case DAYONE_DENY_RATE: return 429;  /* Too Many Requests */
    case DAYONE_DENY_QUOTA: return 402; /* Payment Required */
    case DAYONE_DENY_PLAN: return 403;  /* Forbidden: not in the plan */
    case DAYONE_DENY_BANNED: return 403; /* Forbidden: the key is banned */
    }
    return 0;
}

/* Set outcome, allowed, status and reason together. `reason` is a string
 * literal (DY_DECISION_OUTCOME below measures it at compile time). */
static inline void dy_decision_set_outcome(dayone_decision *d, dayone_outcome o,
                                           const char *reason, size_t reason_len)
{
    d->outcome = o;
    d->allowed = dy_outcome_allowed(o);
    d->status = dy_outcome_status(o);
    memcpy(d->reason, reason, reason_len + 1);
}

/* Change a decision's outcome, keeping its reason (a shadow limit's
 * allowance says why it would have denied). */
static inline void dy_decision_reoutcome(dayone_decision *d, dayone_outcome o)
{
    d->outcome = o;
    d->allowed = dy_outcome_allowed(o);
    d->status = dy_outcome_status(o);
}

#define dy_decision_outcome(d, o, lit) \
    dy_decision_set_outcome((d), (o), "" lit, sizeof(lit) - 1)

#endif
