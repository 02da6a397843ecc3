/* counters.h - the limiter's decision counters: one count per
 * (plan, limit, outcome) of one policy view, kept without a lock on the
 * decision path and summed on read.
 *
 * Striping: each thread owns a stripe (a whole copy of the counts) while it
 * lives, claimed from a process-wide pool of DY_COUNTER_STRIPES - 1 on its
 * first count and handed back when it exits. A stripe with one writer is
 * bumped with a relaxed load and store: no lock prefix, no shared cache
 * line, exact. Threads beyond the pool share the last stripe and bump it
 * with an atomic add. A read sums every stripe with relaxed loads: each
 * count it returns was true at some moment during the read (monotonic, never
 * torn), though counts read together need not be from the same instant.
 *
 * The set also keeps the names it counts under (borrowed from the policy,
 * which the view that owns the set holds) and which (plan, limit) pairs the
 * policy defines, so a reader can name every row without the policy model.
 *
 * Thread safety: dy_counters_add() from any thread at once, alongside
 * dy_counters_get(); new/free not concurrently with either. */
#ifndef DY_COUNTERS_H
#define DY_COUNTERS_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include "outcome.h"
#include "policy.h"

#define DY_COUNTER_STRIPES 64 /* 63 owned by one thread each + 1 shared */

typedef struct dy_counters {
    size_t nplans, nlimits;
    size_t per_stripe;            /* nplans * nlimits * DY_OUTCOME_COUNT, padded to a line */
    char *const *plan_names;      /* borrowed from the policy */
    char *const *limit_names;
    unsigned char *defined;       /* [plan * nlimits + limit]: the plan sets the limit */
    _Atomic uint64_t *counts;     /* [stripe][slot * DY_OUTCOME_COUNT + outcome] */
} dy_counters;

/* Counters for every (plan, limit) of `policy` (names borrowed: the caller
 * keeps the policy alive as long as the set). NULL when out of memory. */
dy_counters *dy_counters_new(const dayone_policy *policy);
void dy_counters_free(dy_counters *c);

/* This thread's stripe: claimed on first use, released at thread exit. */
unsigned dy_counters_claim_stripe(void);

/* The sum over all stripes of one slot's count for `outcome`. */
uint64_t dy_counters_get(const dy_counters *c, size_t slot, dayone_outcome outcome);

/* A thread-local the decision path reads: initial-exec, so a read is one
 * load, not a call (the limiter's per-thread hints use it too). */
#if defined(__GNUC__) || defined(__clang__)
#define DY_TLS __attribute__((tls_model("initial-exec"))) _Thread_local
#else
#define DY_TLS _Thread_local
#endif
/* This thread's stripe + 1, or 0 before its first count. */
extern DY_TLS unsigned dy_counters_stripe_plus1;

/* Count one decision of `outcome` for slot = plan * nlimits + limit. */
static inline void dy_counters_add(dy_counters *c, size_t slot, dayone_outcome outcome)
{
    unsigned s = dy_counters_stripe_plus1;
    if (s == 0)
        s = dy_counters_claim_stripe() + 1;
    _Atomic uint64_t *n = &c->counts[(size_t)(s - 1) * c->per_stripe +
                                     slot * DY_OUTCOME_COUNT + (size_t)outcome];
    if (s == DY_COUNTER_STRIPES) { /* the shared stripe */
        atomic_fetch_add_explicit(n, 1, memory_order_relaxed);
        return;
    }
    /* Only this thread writes its stripe: a plain increment is exact. */
    atomic_store_explicit(n, atomic_load_explicit(n, memory_order_relaxed) + 1,
                          memory_order_relaxed);
}

#endif
