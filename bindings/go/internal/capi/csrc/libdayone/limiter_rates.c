/* limiter_rates.c - choosing and reporting the tightest of a limit's rates
 * (limiter_rates.h). */
#include "limiter_rates.h"
#include <string.h>

void dy_rates_begin(dayone_decision *d, const dy_rate_desc *r, size_t n)
{
    d->nrates = (int)n;
    d->tightest = 0;
    for (size_t k = 0; k < n; k++) {
        dayone_rate_state *s = &d->rates[k];
        s->rate = r[k].rate_count;
        s->rate_period_ns = r[k].rate_period_ns;
        s->burst = r[k].burst;
        s->remaining = 0;
        s->reset_after_ns = 0;
        s->retry_after_ns = -1;
    }
    for (size_t k = n; k < DAYONE_LIMIT_RATES_MAX; k++) /* no stale entries past nrates */
        memset(&d->rates[k], 0, sizeof d->rates[k]);
}

void dy_rates_step(dayone_decision *d, size_t k, const dy_gcra_out *g)
{
    dayone_rate_state *s = &d->rates[k];
    s->remaining = g->remaining;
    s->reset_after_ns = g->reset_after_ns;
    s->retry_after_ns = g->allowed ? 0 : g->retry_after_ns;
}

void dy_rates_report(dayone_decision *d, const dy_rate_desc *r, size_t k)
{
    const dayone_rate_state *s = &d->rates[k];
    d->tightest = (int)k;
    d->remaining = s->remaining;
    d->reset_after_ns = s->reset_after_ns;
    d->retry_after_ns = s->retry_after_ns;
    d->limit = r[k].burst;
    d->window_ns = r[k].tolerance_ns;
    d->burst = r[k].burst;
    d->rate = r[k].rate_count;
    d->rate_period_ns = r[k].rate_period_ns;
}

/* Is rate a tighter than rate b? (Called with a after b in the policy's
 * order, so a tie keeps the first.) */
static int tighter(const dayone_rate_state *a, const dayone_rate_state *b)
{
    int a_denies = a->retry_after_ns > 0, b_denies = b->retry_after_ns > 0;
    if (a_denies != b_denies)
        return a_denies;
    if (a_denies) /* the longest wait: a retry must pass every rate */
        return a->retry_after_ns > b->retry_after_ns;
    if (a->remaining != b->remaining)
        return a->remaining < b->remaining;
    return a->reset_after_ns > b->reset_after_ns;
}

int dy_rates_settle(dayone_decision *d, const dy_rate_desc *r)
{
    size_t best = 0;
    int all = d->rates[0].retry_after_ns == 0;
    for (size_t k = 1; k < (size_t)d->nrates; k++) {
        all &= d->rates[k].retry_after_ns == 0;
        if (tighter(&d->rates[k], &d->rates[best]))
            best = k;
    }
    dy_rates_report(d, r, best);
    return all;
}
