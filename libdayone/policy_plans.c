/* policy_plans.c - the lookups the limiter makes in a plan, and freeing
 * plans (policy_plans.h). */
#include "alloc.h"
#include "policy_plans.h"

static void plan_clear(dy_plan *pl)
{
    dy_free(pl->name);
    for (size_t i = 0; pl->limits && i < pl->nlimits; i++) {
        for (size_t j = 0; j < pl->limits[i].ban.nignore; j++)
            dy_free(pl->limits[i].ban.ignore[j]);
        dy_free(pl->limits[i].ban.ignore);
        dy_free(pl->limits[i].rates);
    }
    dy_free(pl->limits);
    dy_free(pl->quotas);
    dy_free(pl->features);
}

const dy_plan_limit *dy_plan_get_limit(const dy_plan *plan, size_t limit)
{
    if (!plan)
        return NULL;
    for (size_t i = 0; i < plan->nlimits; i++)
        if (plan->limits[i].limit == limit)
            return &plan->limits[i];
    return NULL;
}

int dy_plan_has_feature(const dy_plan *plan, size_t feature)
{
    if (!plan)
        return 0;
    for (size_t i = 0; i < plan->nfeatures; i++)
        if (plan->features[i] == feature)
            return 1;
    return 0;
}

int64_t dy_plan_quota_amount(const dy_plan *plan, size_t quota)
{
    if (!plan)
        return -1;
    for (size_t i = 0; i < plan->nquotas; i++)
        if (plan->quotas[i].quota == quota)
            return plan->quotas[i].amount;
    return -1;
}

void dy_plans_free(dy_plan *plans, size_t n)
{
    for (size_t i = 0; plans && i < n; i++)
        plan_clear(&plans[i]);
    dy_free(plans);
}

void dy_policy_overrides_free(dy_policy_override *o, size_t n)
{
    for (size_t i = 0; o && i < n; i++) {
        dy_free(o[i].tenant);
        dy_free(o[i].reason);
        dy_free(o[i].expires_text);
    }
    dy_free(o);
}
