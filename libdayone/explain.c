/* explain.c - dayone_explain(): every rule that concerns one key, whether it
 * applies and why, and whether it passes. It runs the same code as the check
 * (dy_check_value, dy_check_resolve, dy_check_waiver, dy_check_profiles and,
 * for a fact rule, dy_check_fact_rule), so explain and check never
 * disagree. Like findings, the text never contains a value: at most
 * its length and where it came from. */
#include <string.h>
#include "dayone/check.h"
#include "alloc.h"
#include "check_ctx.h"
#include "check_fact.h"
#include "check_file.h"
#include "check_value.h"
#include "condition.h"
#include "error.h"
#include "text.h"
#include "strbuf.h"

static int cond_mentions(const dayone_policy *p, const dy_cond *c, const char *key)
{
    if (!c)
        return 0;
    switch (c->kind) {
    case DY_COND_FLAG:
        return strcmp(p->flags[c->flag].env, key) == 0;
    case DY_COND_EQUALS:
    case DY_COND_IN:
    case DY_COND_SET:
        return strcmp(c->var, key) == 0;
    case DY_COND_ALL:
    case DY_COND_ANY:
    case DY_COND_NOT:
        for (size_t i = 0; i < c->nchildren; i++)
            if (cond_mentions(p, &c->children[i], key))
                return 1;
        return 0;
    }
    return 0;
}

static void describe_value(dy_strbuf *b, const char *key, const dy_value *v)
{
    switch (v->state) {
    case DY_VALUE_UNSET:
        dy_strbuf_printf(b, "  value: %s is not set\n", key);
        return;
    case DY_VALUE_BLANK:
        dy_strbuf_printf(b, "  value: %s is %s\n", key,
                         v->len ? "blank (whitespace only)" : "empty");
        return;
    case DY_VALUE_UNREADABLE:
        dy_strbuf_printf(b, "  value: %s_FILE names a file that cannot be read\n", key);
        return;
    case DY_VALUE_SET:
        break;
    }
    if (!v->data)    /* a fact that is a mapping or a list: nothing to measure */
        dy_strbuf_printf(b, "  value: %s is a mapping or list (", key);
    else
        dy_strbuf_printf(b, "  value: %s is set (%zu bytes", key, v->len);
    if (v->source && v->source[0])
        dy_strbuf_printf(b, "%sfrom %s", v->data ? ", " : "", v->source);
    if (v->path && v->path[0])
        dy_strbuf_printf(b, " %s", v->path);
    if (v->line)
        dy_strbuf_printf(b, ":%u", v->line);
    if (v->line && v->column)
        dy_strbuf_printf(b, ":%u", v->column);
    dy_strbuf_puts(b, ")\n");
}

static void describe_finding(dy_strbuf *b, const dy_check_ctx *ctx, const char *rule,
                             const char *key, dayone_severity sev, const char *message,
                             const char *hint)
{
    int active = 0;
    const dy_waiver *w = dy_check_waiver(ctx, rule, key, &active);
    if (w && active)
        sev = DAYONE_SEVERITY_WAIVED;
    dy_strbuf_printf(b, "    %s %s: %s\n", dayone_severity_name(sev), rule, message);
    if (w)
        dy_strbuf_printf(b, "      waiver: %s (%s %s)\n", w->reason ? w->reason : "",
                         active ? "until" : "expired on", w->expires_text ? w->expires_text : "?");
    if (hint && hint[0])
        dy_strbuf_printf(b, "      hint: %s\n", hint);
}

/* The profiles in `mask`, comma-separated. */
static void put_profiles(dy_strbuf *b, const dayone_policy *p, uint32_t mask)
{
    const char *sep = "";
    for (size_t i = 0; i < p->nprofiles && i < 32; i++) {
        if (mask & (1u << i)) {
            dy_strbuf_printf(b, "%s%s", sep, p->profiles[i]);
            sep = ", ";
        }
    }
}

/* A fact rule's failures, gathered while the engine judges it so the
 * result line can come first. */
typedef struct fact_explain {
    const dy_check_ctx *ctx;
    dy_strbuf details;
    size_t errors, failures;
} fact_explain;

static int explain_fact_failure(void *arg, const char *key, const dy_failure *f,
                                const dy_value *where)
{
    fact_explain *fx = arg;
    int active = 0;
    const dy_waiver *w = dy_check_waiver(fx->ctx, f->rule, key, &active);
    fx->failures++;
    fx->errors += f->severity == DAYONE_SEVERITY_ERROR && !(w && active);
    describe_finding(&fx->details, fx->ctx, f->rule, key, f->severity, f->message, f->hint);
    if (where && where->path && where->path[0] && where->line)
        dy_strbuf_printf(&fx->details, "      at: %s:%u:%u\n", where->path, where->line,
                         where->column ? where->column : 1u);
    return DAYONE_OK;
}

/* A fact rule (check_fact.h) judged by the engine itself; failures of
 * `each:` elements name the element. */
static int explain_fact_rule(dy_strbuf *b, dy_check_ctx *ctx, const dy_rule *rule)
{
    fact_explain fx = {ctx, DY_STRBUF_INIT, 0, 0};
    dy_value v;
    int rc = dy_check_fact_rule(ctx, rule, explain_fact_failure, &fx, &v);
    if (rc == DAYONE_OK) {
        describe_value(b, rule->key, &v);
        if (!fx.failures)
            dy_strbuf_puts(b, "  result: passes\n");
        else
            dy_strbuf_printf(b, "  result: %s\n", fx.errors ? "fails" : "passes with warnings");
        if (dy_strbuf_failed(&fx.details))
            rc = DAYONE_ENOMEM;
        else if (fx.failures)
            dy_strbuf_append(b, fx.details.data, fx.details.len);
    }
    dy_strbuf_release(&fx.details);
    return rc;
}

static int explain_rule(dy_strbuf *b, dy_check_ctx *ctx, const dy_rule *rule)
{
    const dayone_policy *p = ctx->policy;
    char because[512];
    if (rule->secret)
        dy_strbuf_printf(b, "secret %s", rule->key);
    else
        dy_strbuf_printf(b, "posture rule %s", rule->id);
    if (rule->mark.line)
        dy_strbuf_printf(b, " (policy line %u)", rule->mark.line);
    dy_strbuf_puts(b, "\n");

    /* Profiles: a rule outside the ones this check runs is not evaluated. */
    const uint32_t startup_only = 1u << DY_PROFILE_STARTUP;
    if (rule->profiles != startup_only || ctx->profiles != startup_only) {
        dy_strbuf_puts(b, "  profiles: ");
        put_profiles(b, p, rule->profiles);
        dy_strbuf_puts(b, " (this check runs ");
        put_profiles(b, p, ctx->profiles);
        dy_strbuf_puts(b, ")\n");
    }
    if (!(rule->profiles & ctx->profiles)) {
        dy_strbuf_puts(b, "  applies: no, none of its profiles runs in this check\n");
        return DAYONE_OK;
    }

    dy_cond_scope scope = {ctx->facts, NULL};
    int applies = dy_cond_eval_in(p, ctx->env, &scope, rule->when, NULL);
    dy_cond_because_in(p, ctx->env, &scope, rule->when, applies, because, sizeof because);
    if (!rule->when)
        dy_strbuf_puts(b, "  applies: yes, always\n");
    else
        dy_strbuf_printf(b, "  applies: %s, because %s\n", applies ? "yes" : "no", because);

    if (rule->fact_rule && applies)
        return explain_fact_rule(b, ctx, rule);
    if (rule->key_is_address)
        return DAYONE_OK;    /* a skipped fact rule: nothing of it is read */

    dy_value v;
    dy_file_issue *issue = NULL;
    int rc = dy_check_resolve(ctx, rule->key, &v, &issue);
    if (rc != DAYONE_OK)
        return rc;
    if (v.state == DY_VALUE_UNSET && ctx->facts)
        dy_check_fact_fallback(ctx, rule->key, &v);   /* as the check: the facts may hold it */
    describe_value(b, rule->key, &v);
    if (!applies) {
        /* The check reports a broken NAME_FILE even for a skipped rule. */
        if (issue)
            describe_finding(b, ctx, "secret-file", rule->key, DAYONE_SEVERITY_ERROR,
                             issue->message, issue->hint);
        return DAYONE_OK;
    }

    dy_failures fl;
    fl.n = 0;
    dy_check_value(rule, &v, &ctx->ve, &fl);
    if (!fl.n && !issue) {
        dy_strbuf_puts(b, "  result: passes\n");
        return DAYONE_OK;
    }
    size_t errors = 0;
    for (size_t i = 0; i < fl.n; i++)
        errors += fl.f[i].severity == DAYONE_SEVERITY_ERROR;
    dy_strbuf_printf(b, "  result: %s\n", (errors || issue) ? "fails" : "passes with warnings");
    if (issue)
        describe_finding(b, ctx, "secret-file", rule->key, DAYONE_SEVERITY_ERROR,
                         issue->message, issue->hint);
    for (size_t i = 0; i < fl.n; i++)
        describe_finding(b, ctx, fl.f[i].rule, rule->key, fl.f[i].severity,
                         fl.f[i].message, fl.f[i].hint);
    return DAYONE_OK;
}

static int explain_distinct(dy_strbuf *b, dy_check_ctx *ctx, const dy_distinct *g, size_t k)
{
    dy_strbuf_printf(b, "distinct group %s (", g->id);
    for (size_t i = 0; i < g->nkeys; i++)
        dy_strbuf_printf(b, "%s%s", i ? ", " : "", g->keys[i]);
    dy_strbuf_puts(b, ")\n");
    dy_value mine;
    dy_file_issue *issue = NULL;
    int rc = dy_check_resolve(ctx, g->keys[k], &mine, &issue);
    if (rc != DAYONE_OK)
        return rc;
    if (mine.state != DY_VALUE_SET) {
        dy_strbuf_printf(b, "  result: not compared (%s has no readable value)\n", g->keys[k]);
        return DAYONE_OK;
    }
    size_t same = 0;
    for (size_t i = 0; i < g->nkeys; i++) {
        if (i == k || strcmp(g->keys[i], g->keys[k]) == 0)
            continue;
        dy_value other;
        if ((rc = dy_check_resolve(ctx, g->keys[i], &other, &issue)) != DAYONE_OK)
            return rc;
        if (other.state == DY_VALUE_SET &&
            dy_values_equal(mine.data, mine.len, other.data, other.len)) {
            dy_strbuf_printf(b, "  result: fails: %s has the same value as %s\n",
                             g->keys[k], g->keys[i]);
            same++;
        }
    }
    if (!same)
        dy_strbuf_printf(b, "  result: passes (%s differs from the others that are set)\n",
                         g->keys[k]);
    return DAYONE_OK;
}

int dayone_explain(char **out, const dayone_policy *policy, const dayone_env *env,
                   const char *key, const dayone_check_options *opts, dayone_error *err)
{
    dy_strbuf b = DY_STRBUF_INIT;
    dy_check_ctx ctx;
    int have_ctx = 0, rc = DAYONE_OK;
    size_t mentions = 0;

    if (out)
        *out = NULL;
    if (!out || !env || !key)
        return dy_fail(err, DAYONE_EINVAL, "dayone_explain: out, env and key must not be NULL");
    if (opts && opts->version < 1)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_explain: options.version must be DAYONE_CHECK_OPTIONS_VERSION");
    if (!policy && (rc = dy_check_default_policy(&policy, err)) != DAYONE_OK)
        return rc;
    dy_check_ctx_init(&ctx, policy, env, opts);
    have_ctx = 1;
    if ((rc = dy_check_profiles(policy, opts, &ctx.profiles, err)) != DAYONE_OK)
        goto done;

    dy_strbuf_printf(&b, "%s (policy %s)\n", key, policy->name ? policy->name : "");
    for (size_t i = 0; i < policy->nflags; i++) {
        const dy_flag *f = &policy->flags[i];
        if (strcmp(f->env, key) != 0)
            continue;
        int is_default = 0;
        int on = dy_flag_state(policy, env, i, &is_default);
        const dy_env_entry *e = dy_env_get(env, key);
        int bad = e && !dy_is_blank(e->value, e->value_len) &&
                  dy_parse_bool(e->value, e->value_len) < 0;
        dy_strbuf_printf(&b, "flag %s (default %s): %s%s\n", f->name,
                         f->default_value ? "true" : "false", on ? "on" : "off",
                         bad ? " (the value is not a boolean: flag-not-boolean error, default used)"
                          : (is_default ? " (unset: default used)" : ""));
        mentions++;
    }
    for (size_t i = 0; i < policy->nrules; i++) {
        const dy_rule *r = &policy->rules[i];
        if (strcmp(r->key, key) == 0) {
            if ((rc = explain_rule(&b, &ctx, r)) != DAYONE_OK)
                goto done;
            mentions++;
        } else if (cond_mentions(policy, r->when, key)) {
            dy_cond_scope scope = {ctx.facts, NULL};
            int applies = dy_cond_eval_in(policy, env, &scope, r->when, NULL);
            char because[512];
            dy_cond_because_in(policy, env, &scope, r->when, applies, because, sizeof because);
            dy_strbuf_printf(&b, "decides whether %s %s applies: %s, because %s\n",
                             r->secret ? "secret" : "posture rule", r->secret ? r->key : r->id,
                             applies ? "yes" : "no", because);
            mentions++;
        }
    }
    for (size_t i = 0; i < policy->ndistinct; i++) {
        const dy_distinct *g = &policy->distinct[i];
        for (size_t k = 0; k < g->nkeys; k++) {
            if (strcmp(g->keys[k], key) == 0) {
                if ((rc = explain_distinct(&b, &ctx, g, k)) != DAYONE_OK)
                    goto done;
                mentions++;
                break;
            }
        }
    }
    if (!mentions) {
        rc = dy_fail(err, DAYONE_ENOTFOUND, "no rule of policy %s mentions %s",
                     policy->name ? policy->name : "", key);
        goto done;
    }
    if (dy_strbuf_failed(&b)) {
        rc = dy_fail(err, DAYONE_ENOMEM, "dayone_explain: out of memory");
        goto done;
    }
    *out = dy_strbuf_detach(&b, NULL);
    if (!*out)
        rc = dy_fail(err, DAYONE_ENOMEM, "dayone_explain: out of memory");
done:
    if (have_ctx)
        dy_check_files_release(&ctx);
    dy_strbuf_release(&b);
    return rc;
}
