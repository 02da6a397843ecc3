/* check_ctx.c - what one check shares between its stages (check_ctx.h):
 * the policy, the snapshots, today, launch mode and production, waivers,
 * and the default policy a NULL policy stands for. */
#include <stdatomic.h>
#include <string.h>
#include <time.h>
#include "check_ctx.h"
#include "environment.h"

void dy_check_ctx_init(dy_check_ctx *ctx, const dayone_policy *p, const dayone_env *env,
                       const dayone_check_options *opts)
{
    memset(ctx, 0, sizeof *ctx);
    ctx->policy = p;
    ctx->env = env;
    if (opts) {
        ctx->flags = opts->flags;
        ctx->example = opts->example;
        ctx->today = opts->today;
    }
    if (ctx->today == 0)
        ctx->today = (int64_t)(time(NULL) / 86400);
    ctx->ve.presence_only = (ctx->flags & DAYONE_CHECK_PRESENCE_ONLY) != 0;

    ctx->ve.production = dy_environment_production(p, env) != DY_NOT_PRODUCTION;
    ctx->ve.launch = dy_environment_launch(p, env, ctx->ve.launch_why,
                                           sizeof ctx->ve.launch_why);
    ctx->ve.environment = &p->environment;
}

const dy_waiver *dy_check_waiver(const dy_check_ctx *ctx, const char *rule, const char *key,
                                 int *active)
{
    const dayone_policy *p = ctx->policy;
    const dy_waiver *expired = NULL;
    *active = 0;
    for (size_t i = 0; i < p->nwaivers; i++) {
        const dy_waiver *w = &p->waivers[i];
        if (strcmp(w->rule, rule) != 0 || strcmp(w->key, key) != 0)
            continue;
        if (ctx->today <= w->expires_day) {
            *active = 1;
            return w;
        }
        if (!expired)
            expired = w;
    }
    return expired;
}

size_t dy_check_next_rule(const dayone_policy *p, const char *key, size_t from)
{
    for (size_t i = from; i < p->nrules; i++)
        if (strcmp(p->rules[i].key, key) == 0)
            return i;
    return SIZE_MAX;
}

static _Atomic(dayone_policy *) default_policy_cache;

int dy_check_default_policy(const dayone_policy **out, dayone_error *err)
{
    dayone_policy *p = atomic_load(&default_policy_cache);
    if (!p) {
        int rc = dayone_policy_load_default(&p, err);
        if (rc != DAYONE_OK)
            return rc;
        dayone_policy *expected = NULL;
        if (!atomic_compare_exchange_strong(&default_policy_cache, &expected, p)) {
            dayone_policy_free(p);      /* another thread won the race */
            p = expected;
        }
    }
    *out = p;
    return DAYONE_OK;
}
