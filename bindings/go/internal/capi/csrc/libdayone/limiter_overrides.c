/* limiter_overrides.c - dayone_limiter_override_set / _clear / _overrides /
 * _effective_limit: validate, then hand over to the limiter's override
 * table (override_table.h) or read the policy's overrides. The decision
 * side is in limiter.c (apply_override). */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "limiter.h"
#include "limiter_overrides.h"
#include "override_table.h"
#include "policy.h"
#include "policy_load_plans.h"

#define NS_PER_SEC INT64_C(1000000000)
#define RATE_MAX INT64_C(1000000000)

_Static_assert(DAYONE_OVERRIDE_TENANT_MAX == DY_OV_TENANT_MAX &&
               DAYONE_OVERRIDE_LIMIT_MAX == DY_OV_LIMIT_MAX &&
               DAYONE_OVERRIDE_REASON_MAX == DY_OV_REASON_MAX,
               "the public override record holds what the table keeps");

static size_t limit_index(const dayone_policy *p, const char *name)
{
    for (size_t i = 0; i < p->nlimit_names; i++)
        if (strcmp(p->limit_names[i], name) == 0)
            return i;
    return SIZE_MAX;
}

static int one_line(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return 0;
    return 1;
}

int dayone_limiter_override_set(dayone_limiter *lim, const dayone_override_spec *spec,
                                dayone_error *err)
{
    if (!lim || !spec || spec->version < 1 || !spec->tenant || !spec->limit)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_override_set: limiter, spec, tenant "
                       "and limit are required");
    size_t tlen = strlen(spec->tenant);
    if (tlen == 0 || tlen >= DAYONE_OVERRIDE_TENANT_MAX)
        return dy_fail(err, DAYONE_EINVAL, "override: the tenant key must be 1..%d bytes "
                       "(it is %zu)", DAYONE_OVERRIDE_TENANT_MAX - 1, tlen);
    if (spec->rate < 1 || spec->rate > RATE_MAX)
        return dy_fail(err, DAYONE_EINVAL, "override: rate %lld is outside 1..%lld",
                       (long long)spec->rate, (long long)RATE_MAX);
    if (spec->rate_period_ns != NS_PER_SEC && spec->rate_period_ns != 60 * NS_PER_SEC &&
        spec->rate_period_ns != 3600 * NS_PER_SEC && spec->rate_period_ns != 86400 * NS_PER_SEC)
        return dy_fail(err, DAYONE_EINVAL, "override: rate_period_ns must be 1 s, 60 s, "
                       "3600 s or 86400 s (rps, rpm, rph, rpd)");
    if (spec->burst < 1 || spec->burst > RATE_MAX)
        return dy_fail(err, DAYONE_EINVAL, "override: burst %lld is outside 1..%lld",
                       (long long)spec->burst, (long long)RATE_MAX);
    int64_t emission = spec->rate_period_ns / spec->rate;
    if (emission < 1)
        emission = 1;
    if (spec->burst > DY_MAX_TOLERANCE_NS / emission)
        return dy_fail(err, DAYONE_EINVAL, "override: burst is too large for this rate (burst "
                       "times the interval between requests must stay under 36 years)");
    if (spec->reason && (strlen(spec->reason) >= DAYONE_OVERRIDE_REASON_MAX ||
                         !one_line(spec->reason)))
        return dy_fail(err, DAYONE_EINVAL, "override: the reason must be one line of at most "
                       "%d bytes (it has %zu)", DAYONE_OVERRIDE_REASON_MAX - 1,
                       strlen(spec->reason));
    if (spec->expires_unix_s < 0)
        return dy_fail(err, DAYONE_EINVAL, "override: expires_unix_s is negative");
    if (limit_index(dy_limiter_policy(lim), spec->limit) == SIZE_MAX)
        return dy_fail(err, DAYONE_ENOTFOUND, "unknown limit \"%.64s\"", spec->limit);

    dy_override_value v;
    memset(&v, 0, sizeof v);
    v.rate_count = spec->rate;
    v.rate_period_ns = spec->rate_period_ns;
    v.burst = spec->burst;
    v.expires_unix_s = spec->expires_unix_s;
    if (spec->reason)
        snprintf(v.reason, sizeof v.reason, "%s", spec->reason);
    uint64_t h = dy_limiter_override_hash(lim, spec->tenant, spec->limit);
    if (dy_override_table_put(dy_limiter_override_table(lim), h, spec->tenant, spec->limit,
                              &v) != DAYONE_OK)
        return dy_fail(err, DAYONE_ELIMIT, "%d overrides are set already: clear one first",
                       DAYONE_OVERRIDES_MAX);
    return DAYONE_OK;
}

int dayone_limiter_override_clear(dayone_limiter *lim, const char *tenant, const char *limit,
                                  dayone_error *err)
{
    if (!lim || !tenant || !limit)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_override_clear: limiter, tenant and "
                       "limit are required");
    uint64_t h = dy_limiter_override_hash(lim, tenant, limit);
    if (!dy_override_table_remove(dy_limiter_override_table(lim), h))
        return dy_fail(err, DAYONE_ENOTFOUND, "no override set through the API for that "
                       "tenant and limit \"%.64s\"", limit);
    return DAYONE_OK;
}

static int in_force(const dy_override_value *v, int64_t wall)
{
    return v->expires_unix_s == 0 || wall < v->expires_unix_s;
}

static void put_row(dayone_override *o, const char *tenant, const char *limit,
                    const dy_override_value *v, dayone_override_source src, int force)
{
    memset(o, 0, sizeof *o);
    snprintf(o->tenant, sizeof o->tenant, "%s", tenant);
    snprintf(o->limit, sizeof o->limit, "%s", limit);
    o->rate = v->rate_count;
    o->rate_period_ns = v->rate_period_ns;
    o->burst = v->burst;
    memcpy(o->reason, v->reason, sizeof o->reason);
    o->expires_unix_s = v->expires_unix_s;
    o->source = src;
    o->in_force = force;
}

static void value_of_policy(const dy_policy_override *po, dy_override_value *v)
{
    memset(v, 0, sizeof *v);
    v->rate_count = po->rate_count;
    v->rate_period_ns = po->rate_period_ns;
    v->burst = po->burst;
    v->expires_unix_s = po->expires_unix_s;
    snprintf(v->reason, sizeof v->reason, "%s", po->reason ? po->reason : "");
}

/* The API's override of (tenant, limit) in force now: 1 with *v filled. */
static int api_in_force(dayone_limiter *lim, const char *tenant, const char *limit,
                        int64_t wall, dy_override_value *v)
{
    return dy_override_table_get(dy_limiter_override_table(lim),
                                 dy_limiter_override_hash(lim, tenant, limit), v) &&
           in_force(v, wall);
}

int dayone_limiter_overrides(dayone_limiter *lim, dayone_override *out, size_t cap,
                             size_t *count, dayone_error *err)
{
    if (!lim || !count || (cap > 0 && !out))
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_overrides: limiter, count and room "
                       "for cap overrides are required");
    dy_override_row *rows = dy_calloc(DAYONE_OVERRIDES_MAX, sizeof *rows);
    if (!rows)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory listing overrides");
    int64_t wall = dy_limiter_wall_s(lim);
    size_t n = dy_override_table_list(dy_limiter_override_table(lim), rows,
                                      DAYONE_OVERRIDES_MAX);
    size_t total = 0;
    for (size_t i = 0; i < n && i < DAYONE_OVERRIDES_MAX; i++, total++)
        if (total < cap)
            put_row(&out[total], rows[i].tenant, rows[i].limit, &rows[i].value,
                    DAYONE_OVERRIDE_API, in_force(&rows[i].value, wall));
    dy_free(rows);
    const dayone_policy *p = dy_limiter_policy(lim);
    for (size_t i = 0; i < p->noverrides; i++, total++) {
        if (total >= cap)
            continue;
        const dy_policy_override *po = &p->overrides[i];
        const char *limit = p->limit_names[po->limit];
        dy_override_value v, api;
        value_of_policy(po, &v);
        int force = in_force(&v, wall) && !api_in_force(lim, po->tenant, limit, wall, &api);
        put_row(&out[total], po->tenant, limit, &v, DAYONE_OVERRIDE_POLICY, force);
    }
    *count = total;
    return DAYONE_OK;
}

int dayone_limiter_effective_limit(dayone_limiter *lim, const char *tenant, const char *plan,
                                   const char *limit, dayone_effective_limit *out,
                                   dayone_error *err)
{
    if (!lim || !tenant || !plan || !limit || !out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_effective_limit: limiter, tenant, "
                       "plan, limit and out are required");
    const dayone_policy *p = dy_limiter_policy(lim);
    size_t ip = dy_policy_find_plan(p, plan);
    if (ip == SIZE_MAX)
        return dy_fail(err, DAYONE_ENOTFOUND, "unknown plan \"%.64s\"", plan);
    size_t il = limit_index(p, limit);
    if (il == SIZE_MAX)
        return dy_fail(err, DAYONE_ENOTFOUND, "unknown limit \"%.64s\"", limit);
    const dy_plan_limit *pl = dy_plan_get_limit(&p->plans[ip], il);
    if (!pl)
        return dy_fail(err, DAYONE_ENOTFOUND, "plan \"%.64s\" has no limit \"%.64s\"", plan,
                       limit);
    memset(out, 0, sizeof *out);
    if (pl->kind != DY_LIMIT_RATE) {
        out->kind = pl->kind == DY_LIMIT_UNLIMITED ? 1 : 2;
        return DAYONE_OK;
    }
    out->rate = out->plan_rate = pl->rate_count;
    out->rate_period_ns = out->plan_rate_period_ns = pl->rate_period_ns;
    out->burst = out->plan_burst = pl->burst;
    if (pl->nrates > 1) {
        out->plan_nrates = (int)pl->nrates;
        for (size_t k = 0; k < pl->nrates; k++) {
            out->plan_rates[k].rate = pl->rates[k].rate_count;
            out->plan_rates[k].rate_period_ns = pl->rates[k].rate_period_ns;
            out->plan_rates[k].burst = pl->rates[k].burst;
        }
    } else {
        out->plan_nrates = 1;
        out->plan_rates[0].rate = pl->rate_count;
        out->plan_rates[0].rate_period_ns = pl->rate_period_ns;
        out->plan_rates[0].burst = pl->burst;
    }
    out->nrates = out->plan_nrates;
    memcpy(out->rates, out->plan_rates, sizeof out->rates);
    int64_t wall = dy_limiter_wall_s(lim);
    dy_override_value v;
    int found = api_in_force(lim, tenant, limit, wall, &v);
    if (found)
        out->source = DAYONE_OVERRIDE_API;
    for (size_t i = 0; !found && i < p->noverrides; i++) {
        const dy_policy_override *po = &p->overrides[i];
        if (po->limit != il || strcmp(po->tenant, tenant) != 0)
            continue;
        value_of_policy(po, &v);
        if ((found = in_force(&v, wall)))
            out->source = DAYONE_OVERRIDE_POLICY;
    }
    if (found) {
        out->rate = v.rate_count;
        out->rate_period_ns = v.rate_period_ns;
        out->burst = v.burst;
        /* the override's one rate replaces every rate of the plan's */
        memset(out->rates, 0, sizeof out->rates);
        out->nrates = 1;
        out->rates[0].rate = v.rate_count;
        out->rates[0].rate_period_ns = v.rate_period_ns;
        out->rates[0].burst = v.burst;
        memcpy(out->reason, v.reason, sizeof out->reason);
        out->expires_unix_s = v.expires_unix_s;
    }
    return DAYONE_OK;
}
