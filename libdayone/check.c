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
 * Speed: no allocation per rule beyond the findings themselves (NAME_FILE
 * reads aside); regexes were compiled when the policy was loaded. */
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "dayone/check.h"
#include "alloc.h"
#include "check_value.h"
#include "condition.h"
#include "environment.h"
#include "error.h"
#include "text.h"
#include "report_internal.h"

struct dy_resolved {
    dy_resolved *next;
    const char *key;            /* borrowed from the policy */
    dy_value value;
    char *data;                 /* file content, wiped on release */
    int has_issue;
    dy_file_issue issue;
};

/* ------------------------------------------------------------------ */
/* Context                                                            */

static const char *entry_source(const dy_env_entry *e)
{
    const char *s = dy_env_source_name(e->source);
    return s ? s : "";
}

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

void dy_check_ctx_release(dy_check_ctx *ctx)
{
    dy_resolved *r = ctx->files;
    while (r) {
        dy_resolved *next = r->next;
        if (r->data) {
            dy_wipe(r->data, r->value.len);
            dy_free(r->data);
        }
        dy_free(r);
        r = next;
    }
    ctx->files = NULL;
}

static void value_from_entry(dy_value *v, const dy_env_entry *e)
{
    memset(v, 0, sizeof *v);
    v->source = "";
    v->path = "";
    if (!e)
        return;
    v->state = dy_is_blank(e->value, e->value_len) ? DY_VALUE_BLANK : DY_VALUE_SET;
    v->data = e->value;
    v->len = e->value_len;
    v->source = entry_source(e);
    v->path = e->path ? e->path : "";
    v->line = e->line;
}

/* Read NAME_FILE for key (fe is the NAME_FILE entry, e the NAME entry). */
static int resolve_file(dy_check_ctx *ctx, const char *key, const dy_env_entry *e,
                        const dy_env_entry *fe, dy_resolved **out)
{
    dy_resolved *node = dy_calloc(1, sizeof *node);
    if (!node)
        return DAYONE_ENOMEM;
    node->key = key;
    node->issue.source = entry_source(fe);
    node->issue.path = fe->path ? fe->path : "";
    node->issue.line = fe->line;
    if (e) {
        value_from_entry(&node->value, e);
        node->has_issue = 1;
        snprintf(node->issue.hint, sizeof node->issue.hint,
                 "Unset %s or %s_FILE.", key, key);
        snprintf(node->issue.message, sizeof node->issue.message,
                 "%.100s and %.100s_FILE are both set; set only one (%.100s is used)",
                 key, key, key);
    } else {
        dayone_error ferr;
        char *data = NULL;
        size_t len = 0;
        dayone_error_clear(&ferr);
        int rc = dy_read_secret_file(fe->value, &data, &len, &ferr);
        if (rc == DAYONE_ENOMEM) {
            dy_free(node);
            return rc;
        }
        if (rc != DAYONE_OK) {
            memset(&node->value, 0, sizeof node->value);
            node->value.state = DY_VALUE_UNREADABLE;
            node->value.source = "secret-file";
            node->value.path = fe->value;
            node->has_issue = 1;
            snprintf(node->issue.hint, sizeof node->issue.hint,
                     "Point %s_FILE at a readable file that holds the secret.", key);
            /* dy_read_secret_file's messages name the path, never content. */
            snprintf(node->issue.message, sizeof node->issue.message,
                     "%.100s_FILE names %.200s, which could not be read: %.150s", key,
                     ferr.path[0] ? ferr.path : fe->value, ferr.message);
        } else {
            node->data = data;
            node->value.state = dy_is_blank(data, len) ? DY_VALUE_BLANK : DY_VALUE_SET;
            node->value.data = data;
            node->value.len = len;
            node->value.source = "secret-file";
            node->value.path = fe->value;   /* the file's path, as configured */
            node->value.line = 0;
        }
    }
    node->next = ctx->files;
    ctx->files = node;
    *out = node;
    return DAYONE_OK;
}

int dy_check_resolve(dy_check_ctx *ctx, const char *key, dy_value *v, dy_file_issue **issue)
{
    const dy_env_entry *e = dy_env_get(ctx->env, key);
    *issue = NULL;
    ctx->ve.example = NULL;
    ctx->ve.example_len = 0;
    if (ctx->example) {
        const dy_env_entry *ex = dy_env_get(ctx->example, key);
        if (ex) {
            ctx->ve.example = ex->value;
            ctx->ve.example_len = ex->value_len;
        }
    }
    if (ctx->flags & DAYONE_CHECK_NO_SECRET_FILES) {
        value_from_entry(v, e);
        return DAYONE_OK;
    }
    for (dy_resolved *r = ctx->files; r; r = r->next) {
        if (strcmp(r->key, key) == 0) {
            *v = r->value;
            *issue = r->has_issue ? &r->issue : NULL;
            return DAYONE_OK;
        }
    }
    char stackname[128];
    char *fname = stackname;
    size_t klen = strlen(key);
    if (klen + sizeof "_FILE" > sizeof stackname) {
        fname = dy_malloc(klen + sizeof "_FILE");
        if (!fname)
            return DAYONE_ENOMEM;
    }
    memcpy(fname, key, klen);
    memcpy(fname + klen, "_FILE", sizeof "_FILE");
    const dy_env_entry *fe = dy_env_get(ctx->env, fname);
    if (fname != stackname)
        dy_free(fname);

    if (!fe || dy_is_blank(fe->value, fe->value_len) ||
        (e && ctx->ve.presence_only)) {
        value_from_entry(v, e);
        return DAYONE_OK;
    }
    if (ctx->ve.presence_only) {
        /* NAME_FILE counts as present; it is not read. */
        value_from_entry(v, fe);
        v->data = "";
        v->len = 0;
        v->state = DY_VALUE_SET;
        return DAYONE_OK;
    }
    dy_resolved *node = NULL;
    int rc = resolve_file(ctx, key, e, fe, &node);
    if (rc != DAYONE_OK)
        return rc;
    *v = node->value;
    *issue = node->has_issue ? &node->issue : NULL;
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

int dy_values_equal(const char *a, size_t alen, const char *b, size_t blen)
{
    if (alen != blen)
        return 0;
    /* No early exit: the time depends only on the length. Words at a time
     * (memcpy keeps the loads alignment-safe); one compiler barrier on the
     * accumulator at the end stops it from short-circuiting the loop, where
     * a volatile accumulator cost a store per byte (2 ms per MiB). */
    uint64_t diff = 0;
    size_t i = 0;
    for (; i + 8 <= alen; i += 8) {
        uint64_t x, y;
        memcpy(&x, a + i, 8);
        memcpy(&y, b + i, 8);
        diff |= x ^ y;
    }
    for (; i < alen; i++)
        diff |= (uint64_t)(unsigned char)(a[i] ^ b[i]);
#if defined(__GNUC__) || defined(__clang__)
    __asm__ volatile("" : "+r"(diff));
#endif
    return diff == 0;
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

/* ------------------------------------------------------------------ */
/* Findings                                                           */

/* For a value read through NAME_FILE, the .env entry that sets NAME_FILE
 * (where the finding should point, not the secret file); NULL otherwise.
 * A value from a .env file cites its own line (dy_finding_set_source). */
static const dy_env_entry *name_file_setting(const dy_check_ctx *ctx, const char *key,
                                             const dy_value *v)
{
    char name[300];
    const dy_env_entry *e = NULL;
    if (strcmp(v->source, "secret-file") != 0)
        return NULL;
    if (snprintf(name, sizeof name, "%s_FILE", key) < (int)sizeof name)
        e = dy_env_get(ctx->env, name);
    return e && e->source == DAYONE_SOURCE_FILE && e->path ? e : NULL;
}

/* Add one finding, applying waivers. message/hint are texts we built from
 * key names and policy text, passed as %s arguments. */
static int emit(dy_check_ctx *ctx, dayone_report *r, const char *rule, const char *key,
                dayone_severity sev, const char *message, const char *hint,
                const char *because, const dy_value *v)
{
    int active = 0;
    const dy_waiver *w = ctx->policy->nwaivers ? dy_check_waiver(ctx, rule, key, &active) : NULL;
    dayone_finding *f;
    if (w && active)
        f = dy_report_add(r, rule, key, DAYONE_SEVERITY_WAIVED, hint, because, "%s", message);
    else if (w)
        f = dy_report_add(r, rule, key, sev, hint, because,
                          "%s (the waiver for %s/%s expired on %s)", message, rule, key,
                          w->expires_text ? w->expires_text : "?");
    else
        f = dy_report_add(r, rule, key, sev, hint, because, "%s", message);
    if (!f)
        return DAYONE_ENOMEM;
    if (v && v->source && v->source[0])
        dy_finding_set_source(r, f, v->source, v->path, v->line);
    dy_finding_set_declaration(f, ctx->decl.line, ctx->decl.column);
    const dy_env_entry *setter = v && v->source ? name_file_setting(ctx, key, v) : NULL;
    if (setter)
        dy_finding_set_env_line(r, f, setter->path, setter->line);
    if (w)
        dy_finding_set_waiver(r, f, w->reason);
    return DAYONE_OK;
}

static int emit_issue(dy_check_ctx *ctx, dayone_report *r, const char *key,
                      dy_file_issue *issue, const char *because)
{
    if (!issue || issue->reported)
        return DAYONE_OK;
    issue->reported = 1;
    dy_value where = { DY_VALUE_UNSET, NULL, 0, issue->source, issue->path, issue->line };
    return emit(ctx, r, "secret-file", key, DAYONE_SEVERITY_ERROR, issue->message, issue->hint,
                because, &where);
}

static int check_flags(dy_check_ctx *ctx, dayone_report *r)
{
    const dayone_policy *p = ctx->policy;
    for (size_t i = 0; i < p->nflags; i++) {
        const dy_flag *fl = &p->flags[i];
        const dy_env_entry *e = dy_env_get(ctx->env, fl->env);
        if (!e || dy_is_blank(e->value, e->value_len) || dy_parse_bool(e->value, e->value_len) >= 0)
            continue;
        char msg[DY_FAILURE_TEXT_MAX], hint[DY_FAILURE_TEXT_MAX];
        ctx->decl = fl->mark;
        snprintf(msg, sizeof msg,
                 "%s is not a boolean (true/false, 1/0, yes/no, on/off); the flag %s counts as its default (%s)",
                 fl->env, fl->name, fl->default_value ? "true" : "false");
        snprintf(hint, sizeof hint, "Set %s to true or false.", fl->env);
        dy_value v;
        value_from_entry(&v, e);
        int rc = emit(ctx, r, "flag-not-boolean", fl->env, DAYONE_SEVERITY_ERROR, msg, hint, "", &v);
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
    value_from_entry(&v, e);
    return emit(ctx, r, "environment-unknown", env->env, DAYONE_SEVERITY_ERROR, msg, hint, "",
                &v);
}

static int check_rule(dy_check_ctx *ctx, dayone_report *r, const dy_rule *rule)
{
    const dayone_policy *p = ctx->policy;
    dy_value v;
    dy_file_issue *issue = NULL;
    int rc;
    ctx->decl = rule->mark;
    if (rule->when && !dy_cond_eval(p, ctx->env, rule->when)) {
        /* The rule is skipped, but a broken NAME_FILE reference for a key
         * the policy mentions is still a finding. */
        if (ctx->ve.presence_only || (ctx->flags & DAYONE_CHECK_NO_SECRET_FILES))
            return DAYONE_OK;
        if ((rc = dy_check_resolve(ctx, rule->key, &v, &issue)) != DAYONE_OK)
            return rc;
        return emit_issue(ctx, r, rule->key, issue, "");
    }
    if ((rc = dy_check_resolve(ctx, rule->key, &v, &issue)) != DAYONE_OK)
        return rc;
    dy_failures fl;
    fl.n = 0;
    dy_check_value(rule, &v, &ctx->ve, &fl);
    if (!fl.n && !(issue && !issue->reported))
        return DAYONE_OK;               /* the fast path: nothing to say */

    char because[512];
    dy_cond_because(p, ctx->env, rule->when, 1, because, sizeof because);
    rc = emit_issue(ctx, r, rule->key, issue, because);
    for (size_t i = 0; i < fl.n && rc == DAYONE_OK; i++)
        rc = emit(ctx, r, fl.f[i].rule, rule->key, fl.f[i].severity, fl.f[i].message,
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
            rc = emit_issue(ctx, r, g->keys[j], issue, "");
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
            rc = emit(ctx, r, g->id, g->keys[j], DAYONE_SEVERITY_ERROR, msg, hint, "", &vals[j]);
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

    if (!ctx.ve.presence_only && ((rc = check_flags(&ctx, r)) != DAYONE_OK ||
                                  (rc = check_environment(&ctx, r)) != DAYONE_OK))
        goto oom;
    for (size_t i = 0; i < policy->nrules; i++)
        if ((rc = check_rule(&ctx, r, &policy->rules[i])) != DAYONE_OK)
            goto oom;
    for (size_t i = 0; i < policy->ndistinct && !ctx.ve.presence_only; i++)
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
        dy_check_ctx_release(&ctx);
    dayone_report_free(r);
    return rc;
}
