/* policy_load_periods.c - billing.periods:
 *
 *   billing:
 *     periods: {monthly_events: month, daily_exports: day}
 *
 * The period each quota counts over, in the limiter's own count and in the
 * Redis backend's (dayone/quota.h): the UTC calendar month or day, or
 * `anchored` - monthly from each tenant's anchor, which every request
 * carries (dayone_request.period_anchor_unix_s). A quota not listed counts
 * per calendar month. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_periods.h"

int dy_load_quota_periods(dy_yctx *ctx, dayone_policy *p, const dy_ynode *billing)
{
    const dy_ynode *n = billing && billing->kind == DY_Y_MAP ? dy_y_get(billing, "periods") : NULL;
    int rc;
    if (p->nquota_names &&
        !(p->quota_periods = dy_calloc(p->nquota_names, sizeof *p->quota_periods)))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t q = 0; q < p->nquota_names; q++)
        p->quota_periods[q] = DAYONE_PERIOD_MONTH;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "billing.periods")))
        return rc;
    for (size_t i = 0; i < n->n; i++) {
        const dy_ynode *k = n->keys[i], *v = n->vals[i];
        size_t q = 0;
        while (q < p->nquota_names && strcmp(p->quota_names[q], k->str) != 0)
            q++;
        if (q == p->nquota_names)
            return dy_y_error(ctx, k, "billing.periods names quota '%.64s', which no plan sets",
                              k->str);
        dayone_period period;
        if (v->kind != DY_Y_SCALAR || dayone_period_parse(&period, v->str) != DAYONE_OK)
            return dy_y_error(ctx, v, "the period of quota '%.64s' must be month, day or anchored",
                              k->str);
        p->quota_periods[q] = period;
    }
    return DAYONE_OK;
}
