/* limiter_rates.h - the decision over a limit of several rates: each
 * rate's step recorded in the decision, then the tightest chosen and
 * reported in the decision's own rate fields (dayone/limiter.h, "Several
 * rates"). The in-process limiter and the Redis backend both go through
 * these, so they report the same rate. Pure functions on the decision. */
#ifndef DY_LIMITER_RATES_H
#define DY_LIMITER_RATES_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/limiter.h"
#include "gcra.h"

/* One rate of a limit, in the limiter's terms. */
typedef struct dy_rate_desc {
    int64_t rate_count, rate_period_ns, burst;
    int64_t emission_ns, tolerance_ns;   /* T and T * burst (saturated) */
} dy_rate_desc;

/* Start a decision over r[0..n) (2 <= n <= DAYONE_LIMIT_RATES_MAX): nrates,
 * each rate as written, and every step "not run" (remaining 0, reset 0,
 * retry -1) until dy_rates_step records it; the entries past n zeroed. */
void dy_rates_begin(dayone_decision *d, const dy_rate_desc *r, size_t n);

/* Record rate k's GCRA step. */
void dy_rates_step(dayone_decision *d, size_t k, const dy_gcra_out *g);

/* Report rate k in the decision's rate fields (remaining, reset_after_ns,
 * retry_after_ns, limit, window_ns, burst, rate, rate_period_ns) and
 * `tightest`. */
void dy_rates_report(dayone_decision *d, const dy_rate_desc *r, size_t k);

/* After every step is recorded: report the tightest rate; 1 when every
 * rate allowed, else 0. */
int dy_rates_settle(dayone_decision *d, const dy_rate_desc *r);

#endif
