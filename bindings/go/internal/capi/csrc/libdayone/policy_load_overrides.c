/* policy_load_overrides.c - the optional `overrides:` section:
 *
 *   overrides:
 *     - tenant: t-42                  # the tenant key, as requests give it
 *       limit: ingest                 # a limit some plan gives a rate
 *       rpm: 6000                     # exactly one of rpm, rps, rph, rpd
 *       burst: 500                    # required: an override states the whole rate
 *       reason: "launch week, SUP-1234"   # optional, at most 63 bytes
 *       expires: 2027-01-31           # optional: the last day it applies (UTC)
 *
 * The tenant's requests for that limit, on every plan that gives the limit
 * a rate, use this rate and burst instead (dayone/overrides.h); where the
 * limit has several rates, this one rate replaces them all. Each (tenant,
 * limit) at most once; every misuse is an error at its file:line:column. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_overrides.h"
#include "policy_load_plans.h"
#include "policy_schema.h"

#define TENANT_MAX 127 /* bytes; dayone/overrides.h: DAYONE_OVERRIDE_TENANT_MAX - 1 */
#define REASON_MAX 63  /* bytes; DAYONE_OVERRIDE_REASON_MAX - 1 */
#define SECONDS_PER_DAY INT64_C(86400)

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

static size_t find_limit(const dayone_policy *p, const char *name)
{
    for (size_t i = 0; i < p->nlimit_names; i++)
        if (strcmp(p->limit_names[i], name) == 0)
            return i;
    return SIZE_MAX;
}

/* Does some plan give the limit a rate (so an override can apply)? */
static int some_plan_rates(const dayone_policy *p, size_t limit)
{
    for (size_t i = 0; i < p->nplans; i++) {
        const dy_plan_limit *l = dy_plan_get_limit(&p->plans[i], limit);
        if (l && l->kind == DY_LIMIT_RATE)
            return 1;
    }
    return 0;
}

static int has_control(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || *s == 0x7f)
            return 1;
    return 0;
}

static int load_one(dy_yctx *ctx, dayone_policy *p, const dy_ynode *m, dy_policy_override *o)
{
    const dy_ynode *t, *l, *v;
    int rc;
    if ((rc = dy_y_expect_map(ctx, m, "an override")) ||
        (rc = dy_schema_check_keys(ctx, m, &dy_schema_override)) ||
        (rc = dy_y_require(ctx, m, "tenant", "override", &t)) ||
        (rc = dy_y_string(ctx, t, "tenant", &o->tenant)) ||
        (rc = dy_y_require(ctx, m, "limit", "override", &l)))
        return rc;
    o->mark = m->mark;
    if (!*o->tenant)
        return dy_y_error(ctx, t, "an override's tenant must not be empty");
    if (strlen(o->tenant) > TENANT_MAX)
        return dy_y_error(ctx, t, "an override's tenant is longer than %d bytes", TENANT_MAX);
    if (l->kind != DY_Y_SCALAR || dy_y_is_null(l))
        return dy_y_error(ctx, l, "an override's limit must be the name of a limit");
    if ((o->limit = find_limit(p, l->str)) == SIZE_MAX)
        return dy_y_error(ctx, l, "override for unknown limit '%.64s' (no plan defines it)",
                          l->str);
    if (!some_plan_rates(p, o->limit))
        return dy_y_error(ctx, l, "no plan gives limit '%.64s' a rate (it is unlimited or none "
                          "everywhere): the override would never apply", l->str);
    dy_plan_rate rate;
    memset(&rate, 0, sizeof rate);
    if ((rc = dy_load_rate(ctx, m, &rate)) ||
        (rc = dy_y_require(ctx, m, "burst", "override", &v)))
        return rc;
    o->rate_count = rate.rate_count;
    o->rate_period_ns = rate.rate_period_ns;
    o->burst = rate.burst;
    if ((v = dy_y_get(m, "reason")) && !dy_y_is_null(v)) {
        if ((rc = dy_y_string(ctx, v, "reason", &o->reason)))
            return rc;
        if (strlen(o->reason) > REASON_MAX || has_control(o->reason))
            return dy_y_error(ctx, v, "an override's reason must be one line of at most %d "
                              "bytes", REASON_MAX);
    }
    if ((v = dy_y_get(m, "expires")) && !dy_y_is_null(v)) {
        if ((rc = dy_y_string(ctx, v, "expires", &o->expires_text)))
            return rc;
        int64_t day = dy_parse_date(o->expires_text);
        if (day < 0)
            return dy_y_error(ctx, v, "expires must be a date YYYY-MM-DD (1970 or later)");
        o->expires_unix_s = (day + 1) * SECONDS_PER_DAY;
    }
    for (size_t i = 0; i < p->noverrides; i++)
        if (p->overrides[i].limit == o->limit && strcmp(p->overrides[i].tenant, o->tenant) == 0)
            return dy_y_error(ctx, t, "a second override for tenant '%.64s' and limit '%.64s' "
                              "(the first is at line %u)", o->tenant, l->str,
                              (unsigned)p->overrides[i].mark.line);
    return DAYONE_OK;
}

int dy_load_overrides(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_seq(ctx, n, "overrides")))
        return rc;
    if (n->n > DY_POLICY_OVERRIDES_MAX)
        return dy_y_error(ctx, n, "more than %d overrides", DY_POLICY_OVERRIDES_MAX);
    if (n->n && !(p->overrides = dy_calloc(n->n, sizeof *p->overrides)))
        return oom(ctx);
    for (size_t i = 0; i < n->n; i++) {
        dy_policy_override o;
        memset(&o, 0, sizeof o);
        rc = load_one(ctx, p, n->vals[i], &o);
        if (rc != DAYONE_OK) {
            dy_free(o.tenant);
            dy_free(o.reason);
            dy_free(o.expires_text);
            return rc;
        }
        p->overrides[p->noverrides++] = o;
    }
    return DAYONE_OK;
}
