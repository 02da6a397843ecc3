/* check.c - dayone_check(): judge an environment snapshot against a policy.
 *
 * Semantics (also in tests/conformance/README.md):
 *  - Every rule is evaluated and every finding reported in one pass, in
 *    policy order: first `flag-not-boolean` for each flag whose variable is
 *    set to a non-boolean, then `environment-unknown`, then posture rules
 *    and secrets in file order,
 *    then distinct groups. A rule whose `when` is false is skipped. A flag
 *    whose value is unset, blank or not a boolean counts as its default.
 *  - A value that is unset, empty or whitespace-only is missing. A required
 *    rule reports it (secrets: `secret-required`; posture: the rule's id)
 *    and runs no further check. A missing value also fails `equals`,
 *    `one_of` and `is: true` (unset counts as false, so `is: false`
 *    passes); every other check passes on a missing, optional value
 *    (`format: enum` without `required` included).
 *  - A present value runs each configured check, one finding per failing
 *    check, in check_value.c's order. A placeholder (or a value equal to
 *    the same key's value in opts->example) is `secret-placeholder` and
 *    suppresses the length and entropy findings. `equals`, `one_of` and
 *    `is` on a secret report `secret-format`; on a posture rule every
 *    finding carries the rule's id.
 *  - Environment (environment.h): after flag-not-boolean, the policy's
 *    environment variable set to anything but one of its known names is
 *    environment-unknown. Production and launch mode come from the
 *    policy's environment: section; a production lookalike counts.
 *  - stripe_mode: a test-mode key in launch mode (the launch flag is on, or
 *    the environment counts as production) is an error; a live-mode key
 *    while it does not count as production is a warning.
 *  - NAME_FILE: for every key the policy mentions (rules, applying or not,
 *    and distinct groups), when NAME_FILE is set (non-blank), NAME's value
 *    is read from that file once per check (source "secret-file", path =
 *    the file). NAME set too is a `secret-file` error (NAME's own value is
 *    then checked); an unreadable file is a `secret-file` error naming the
 *    path, and the key's other checks are skipped. The secret-file finding
 *    comes at the key's first rule (or distinct group) in policy order,
 *    once. DAYONE_CHECK_NO_SECRET_FILES ignores
 *    NAME_FILE. DAYONE_CHECK_PRESENCE_ONLY only reports missing required
 *    values (a non-blank NAME_FILE counts as present and is not read): no
 *    flag-not-boolean, no value checks, no distinct groups.
 *  - distinct: each key of a group is compared (constant time for equal
 *    lengths) with the earlier keys; the first equal earlier key gives one
 *    finding with the group's id on the later key. Missing values and
 *    unreadable files are not compared.
 *  - Waivers: a finding whose (rule, key) has an unexpired waiver (today <=
 *    expires; today = opts->today or the current UTC date) is WAIVED with
 *    finding.waiver = the reason; with only an expired waiver it keeps its
 *    severity, records the reason, and its message says the waiver expired.
 *  - Conditional findings carry `because` (condition.h); messages name the
 *    key and the expectation, never the value.
 * The stages have their files: the context (check_ctx.c), NAME_FILE
 * resolution (check_file.c), one value's checks (check_value.c) and
 * turning failures into findings (check_emit.c).
 * Speed: no allocation per rule beyond the findings themselves (NAME_FILE
 * reads aside); regexes were compiled when the policy was loaded. */
#include <stdio.h>
#include <string.h>
#include "dayone/check.h"
#include "alloc.h"
#include "check_ctx.h"
#include "check_emit.h"
#include "check_fact.h"
#include "check_file.h"
#include "check_value.h"
#include "check_vars.h"
#include "condition.h"
#include "environment.h"
#include "error.h"
#include "text.h"
#include "report.h"

static int check_flags(dy_check_ctx *ctx, dayone_report *r)
{
    const dayone_policy *p = ctx->policy;
    for (size_t i = 0; i < p->nflags; i++) {
        const dy_flag *fl = &p->flags[i];
        const dy_env_entry *e = dy_env_get(ctx->env, fl->env);
        /* The conditions read this flag next: one lookup for both. A flag
         * at its default although set (not blank) holds no boolean: one
         * parse answers both questions. */
        int is_default = 0;
        dy_cond_memo_set_flag(&ctx->memo, i, dy_flag_state_of(fl, e, &is_default));
        if (!is_default || !e || dy_is_blank(e->value, e->value_len))
            continue;
        char msg[DY_FAILURE_TEXT_MAX], hint[DY_FAILURE_TEXT_MAX];
        ctx->decl = fl->mark;
        snprintf(msg, sizeof msg,
                 "%s is not a boolean (true/false, 1/0, yes/no, on/off); the flag %s counts as its default (%s)",
                 fl->env, fl->name, fl->default_value ? "true" : "false");
        snprintf(hint, sizeof hint, "Set %s to true or false.", fl->env);
        dy_value v;
        dy_value_from_entry(&v, e);
        int rc = dy_check_emit(ctx, r, "flag-not-boolean", fl->env, DAYONE_SEVERITY_ERROR, msg, hint, "", &v);
        if (rc != DAYONE_OK)
            return rc;
    }
    return DAYONE_OK;
}

/* The environment variable must name a known environment exactly. A
 * lookalike of production also counts as production (environment.h), so
 * its production rules have already applied; this says it is misspelt. */
static int check_environment(dy_check_ctx *ctx, dayone_report *r)
{
    const dy_environment *env = &ctx->policy->environment;
    if (!env->env)
        return DAYONE_OK;
    const dy_env_entry *e = dy_env_get(ctx->env, env->env);
    if (!e || dy_is_blank(e->value, e->value_len) ||
        dy_environment_is_known(env, e->value, e->value_len))
        return DAYONE_OK;
    /* Sized so no name is cut: names are at most 64 bytes (the loader). */
    char known[256], msg[1024], hint[512];
    size_t used = 0;
    known[0] = '\0';
    for (size_t i = 0; i < env->nvalues && used < sizeof known; i++)
        used += (size_t)snprintf(known + used, sizeof known - used, "%s%.64s", i ? ", " : "",
                                 env->values[i]);
    const char *closest = dy_environment_closest(env, e->value, e->value_len);
    int production = dy_environment_production(ctx->policy, ctx->env) != DY_NOT_PRODUCTION;
    if (production)
        snprintf(msg, sizeof msg,
                 "%.64s is not a known environment (%s); it counts as %.64s, so every %.64s "
                 "rule applies; did you mean %.64s?", env->env, known, env->production,
                 env->production, env->production);
    else if (closest)
        snprintf(msg, sizeof msg, "%.64s is not a known environment (%s); did you mean %.64s?",
                 env->env, known, closest);
    else
        snprintf(msg, sizeof msg, "%.64s is not a known environment (%s)", env->env, known);
    if (closest)
        snprintf(hint, sizeof hint, "Set %.64s=%.64s exactly.", env->env, closest);
    else
        snprintf(hint, sizeof hint, "Set %.64s to one of: %s.", env->env, known);
    dy_value v;
    dy_value_from_entry(&v, e);
    return dy_check_emit(ctx, r, "environment-unknown", env->env, DAYONE_SEVERITY_ERROR, msg, hint, "",
                &v);
}

typedef struct fact_emit {
    dy_check_ctx *ctx;
    dayone_report *r;
    const char *because;
} fact_emit;

static int emit_fact_failure(void *arg, const char *key, const dy_failure *f, const dy_value *where)
{
    fact_emit *e = arg;
    return dy_check_emit(e->ctx, e->r, f->rule, key, f->severity, f->message, f->hint,
                         e->because, where);
}

/* A fact rule (check_fact.h): failures carry the fact's place. */
static int check_fact(dy_check_ctx *ctx, dayone_report *r, const dy_rule *rule)
{
    char because[512];
    dy_cond_scope scope = {ctx->facts, NULL};
    dy_cond_because_in(ctx->policy, ctx->env, &scope, rule->when, 1, because, sizeof because);
    fact_emit e = {ctx, r, because};
    return dy_check_fact_rule(ctx, rule, emit_fact_failure, &e, NULL);
}

static int check_rule(dy_check_ctx *ctx, dayone_report *r, const dy_rule *rule)
{
    const dayone_policy *p = ctx->policy;
    dy_value v;
    dy_file_issue *issue = NULL;
    int rc;
    dy_cond_scope scope = {ctx->facts, NULL};
    ctx->decl = rule->mark;
    if (rule->when && !dy_cond_eval_in(p, ctx->env, &scope, rule->when, &ctx->memo)) {
        /* The rule is skipped, but a broken NAME_FILE reference for a key
         * the policy mentions is still a finding (none without a NAME_FILE
         * in the snapshot: no lookup then). */
        if (ctx->ve.presence_only || !ctx->file_refs || rule->key_is_address)
            return DAYONE_OK;
        if ((rc = dy_check_resolve(ctx, rule->key, &v, &issue)) != DAYONE_OK)
            return rc;
        return dy_check_emit_issue(ctx, r, rule->key, issue, "");
    }
    if (rule->fact_rule)
        return check_fact(ctx, r, rule);
    if ((rc = dy_check_resolve(ctx, rule->key, &v, &issue)) != DAYONE_OK)
        return rc;
    if (v.state == DY_VALUE_UNSET && ctx->facts)
        dy_check_fact_fallback(ctx, rule->key, &v);   /* unset here: the facts may hold it */
    dy_failures fl;
    fl.n = 0;
    dy_check_value(rule, &v, &ctx->ve, &fl);
    if (!fl.n && !(issue && !issue->reported))
        return DAYONE_OK;               /* the fast path: nothing to say */

    char because[512];
    dy_cond_because_in(p, ctx->env, &scope, rule->when, 1, because, sizeof because);
    rc = dy_check_emit_issue(ctx, r, rule->key, issue, because);
    for (size_t i = 0; i < fl.n && rc == DAYONE_OK; i++)
        rc = dy_check_emit(ctx, r, fl.f[i].rule, rule->key, fl.f[i].severity, fl.f[i].message,
                  fl.f[i].hint, because, &v);
    return rc;
}

static int check_distinct(dy_check_ctx *ctx, dayone_report *r, const dy_distinct *g)
{
    dy_value stackvals[16];
    dy_value *vals = stackvals;
    int rc = DAYONE_OK;
    ctx->decl = g->mark;
    if (g->nkeys > 16) {
        vals = dy_calloc(g->nkeys, sizeof *vals);
        if (!vals)
            return DAYONE_ENOMEM;
    }
    for (size_t j = 0; j < g->nkeys && rc == DAYONE_OK; j++) {
        dy_file_issue *issue = NULL;
        rc = dy_check_resolve(ctx, g->keys[j], &vals[j], &issue);
        if (rc == DAYONE_OK)
            rc = dy_check_emit_issue(ctx, r, g->keys[j], issue, "");
    }
    for (size_t j = 1; j < g->nkeys && rc == DAYONE_OK; j++) {
        if (vals[j].state != DY_VALUE_SET)
            continue;
        for (size_t i = 0; i < j; i++) {
            if (vals[i].state != DY_VALUE_SET || strcmp(g->keys[i], g->keys[j]) == 0)
                continue;
            if (!dy_values_equal(vals[i].data, vals[i].len, vals[j].data, vals[j].len))
                continue;
            char msg[DY_FAILURE_TEXT_MAX], hint[DY_FAILURE_TEXT_MAX];
            snprintf(msg, sizeof msg, "%s has the same value as %s; they must be different",
                     g->keys[j], g->keys[i]);
            snprintf(hint, sizeof hint, "Generate a separate random value for %s.", g->keys[j]);
            rc = dy_check_emit(ctx, r, g->id, g->keys[j], DAYONE_SEVERITY_ERROR, msg, hint, "", &vals[j]);
            break;
        }
    }
    if (vals != stackvals)
        dy_free(vals);
    return rc;
}

int dayone_check(dayone_report **out, const dayone_policy *policy, const dayone_env *env,
                 const dayone_check_options *opts, dayone_error *err)
{
    int rc = DAYONE_OK;
    dayone_report *r = NULL;
    dy_check_ctx ctx;
    int have_ctx = 0;

    if (out)
        *out = NULL;
    if (!out || !env)
        return dy_fail(err, DAYONE_EINVAL, "dayone_check: out and env must not be NULL");
    if (opts && opts->version < 1)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_check: options.version must be DAYONE_CHECK_OPTIONS_VERSION");
    if (!policy && (rc = dy_check_default_policy(&policy, err)) != DAYONE_OK)
        return rc;

    r = dy_report_new(policy->name);
    if (!r) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    dy_report_set_files(r, policy->from_file ? policy->name : NULL, dy_env_last_file(env));
    dy_check_ctx_init(&ctx, policy, env, opts);
    have_ctx = 1;
    if ((rc = dy_check_profiles(policy, opts, &ctx.profiles, err)) != DAYONE_OK)
        goto done;
    for (size_t i = 0; i < policy->nprofiles; i++)
        if (ctx.profiles & (1u << i))
            dy_report_add_profile(r, policy->profiles[i]);

    /* Flags, the environment and distinct groups are start-up checks. */
    const int startup = (ctx.profiles & (1u << DY_PROFILE_STARTUP)) != 0;
    if (startup && !ctx.ve.presence_only && ((rc = check_flags(&ctx, r)) != DAYONE_OK ||
                                             (rc = check_environment(&ctx, r)) != DAYONE_OK))
        goto oom;
    /* In locals: the calls below could change ctx and, for all the
     * compiler knows, the policy, so each skipped rule of another profile
     * would reload them. */
    const dy_rule *rules = policy->rules;
    const size_t nrules = policy->nrules;
    const uint32_t profiles = ctx.profiles;
    size_t nlisted = 0;
    const dy_rule *const *listed = profiles == 1u << DY_PROFILE_STARTUP
                                       ? dy_check_startup_rules(policy, &nlisted)
                                       : NULL;
    if (listed) { /* a start-up check of a policy whose list is made */
        for (size_t i = 0; i < nlisted; i++)
            if ((rc = check_rule(&ctx, r, listed[i])) != DAYONE_OK)
                goto oom;
    } else {
        for (size_t i = 0; i < nrules; i++)
            if ((rules[i].profiles & profiles) &&
                (rc = check_rule(&ctx, r, &rules[i])) != DAYONE_OK)
                goto oom;
    }
    for (size_t i = 0; i < policy->ndistinct && startup && !ctx.ve.presence_only; i++)
        if ((rc = check_distinct(&ctx, r, &policy->distinct[i])) != DAYONE_OK)
            goto oom;
    if (r->oom) {
        rc = DAYONE_ENOMEM;
        goto oom;
    }
    *out = r;
    r = NULL;
    goto done;
oom:
    rc = dy_fail(err, rc, "dayone_check: out of memory");
done:
    if (have_ctx)
        dy_check_files_release(&ctx);
    dayone_report_free(r);
    return rc;
}

int dayone_launch_mode(const dayone_policy *policy, const dayone_env *env, char *why,
                       size_t why_size, dayone_error *err)
{
    if (why && why_size)
        why[0] = '\0';
    if (!env)
        return dy_fail(err, DAYONE_EINVAL, "dayone_launch_mode: env must not be NULL");
    if (!policy) {
        int rc = dy_check_default_policy(&policy, err);
        if (rc != DAYONE_OK)
            return rc;
    }
    return dy_environment_launch(policy, env, why, why_size);
}
