/* check_ctx.c - what one check shares between its stages (check_ctx.h):
 * the policy, the snapshots, today, launch mode and production, waivers,
 * and the default policy a NULL policy stands for. */
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "check_ctx.h"
#include "clock.h"
#include "environment.h"
#include "error.h"

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
    if (opts && opts->version >= 2) {
        ctx->facts = opts->facts;
        ctx->now_ns = opts->now_ns;
    }
    if (ctx->now_ns == 0)
        ctx->now_ns = dy_wall_ns();
    /* Waivers expire against the same now (floor: before 1970 too). */
    if (ctx->today == 0) {
        int64_t day_ns = INT64_C(86400) * 1000000000;
        ctx->today = ctx->now_ns / day_ns - (ctx->now_ns % day_ns < 0);
    }
    ctx->profiles = 1u << DY_PROFILE_STARTUP;
    ctx->ve.presence_only = (ctx->flags & DAYONE_CHECK_PRESENCE_ONLY) != 0;
    /* Asked once: every key's resolution starts with it. */
    ctx->file_refs = !(ctx->flags & DAYONE_CHECK_NO_SECRET_FILES) && dy_env_has_file_refs(env);

    dy_cond_memo_init(&ctx->memo);
    dy_env_production prod = dy_cond_production(p, env, &ctx->memo);
    ctx->ve.production = prod != DY_NOT_PRODUCTION;
    ctx->ve.launch = dy_environment_launch_known(p, env, prod, NULL, 0);
    ctx->ve.policy = p;
    ctx->ve.env = env;
    ctx->ve.production_kind = (int)prod;
    ctx->ve.environment = &p->environment;
}

int dy_check_profiles(const dayone_policy *p, const dayone_check_options *opts, uint32_t *mask,
                      dayone_error *err)
{
    *mask = 1u << DY_PROFILE_STARTUP;
    if (!opts || opts->version < 2 || !opts->profiles || !opts->nprofiles)
        return DAYONE_OK;
    *mask = 0;
    for (size_t i = 0; i < opts->nprofiles; i++) {
        const char *name = opts->profiles[i];
        size_t at = name ? dy_policy_find_profile(p, name) : SIZE_MAX;
        if (at == SIZE_MAX) {
            char known[512];
            size_t used = 0;
            known[0] = '\0';
            for (size_t k = 0; k < p->nprofiles && used < sizeof known; k++)
                used += (size_t)snprintf(known + used, sizeof known - used, "%s%.64s",
                                         k ? ", " : "", p->profiles[k]);
            return dy_fail(err, DAYONE_EINVAL, "unknown profile '%.64s' (the policy declares: %s)",
                           name ? name : "(null)", known);
        }
        *mask |= 1u << at;
    }
    return DAYONE_OK;
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
