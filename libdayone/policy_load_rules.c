/* policy_load_rules.c - loading posture rules, required secrets (both are
 * dy_rule with dy_checks), distinct groups and waivers. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "formats.h"
#include "pattern.h"
#include "policy_load_facts.h"
#include "policy_load_fact_more.h"
#include "policy_load_profiles.h"
#include "policy_load_sequence.h"
#include "policy_sequence.h"
#include "policy_load_cond.h"
#include "policy_load_rules.h"
#include "policy_rules.h"
#include "policy_schema.h"

#define DY_MAX_LENGTH_LIMIT (1 << 30)

/* Rule ids the check engine emits itself; waivers may name them. */
static const char *const g_builtin_ids[] = {
    "secret-required", "secret-min-length", "secret-max-length", "secret-format",
    "secret-placeholder", "secret-entropy", "secret-pattern", "secret-stripe-mode",
    "secret-file", "flag-not-boolean", "environment-unknown",
    "fact-missing", "fact-format", "fact-stale", "fact-threshold", "fact-order",
    "fact-gap", "fact-overdue", "fact-contains", "fact-distinct", "fact-hours", NULL
};


static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

static int unknown_format(dy_yctx *ctx, const dy_ynode *v)
{
    dy_y_names list = DY_Y_NAMES_INIT;
    for (int f = DY_FMT_URL; f <= DY_FMT_LAST; f++)
        dy_y_names_add(&list, dy_format_name((dy_format)f));
    return dy_y_error(ctx, v, "unknown format '%.64s' (expected one of: %s)", v->str,
                      list.text);
}

static int load_format(dy_yctx *ctx, const dy_ynode *v, dy_checks *c)
{
    const char *name = NULL;
    int rc = dy_y_text(ctx, v, "format", &name);
    if (rc)
        return rc;
    c->format = dy_format_from_name(name);
    return c->format == DY_FMT_NONE ? unknown_format(ctx, v) : DAYONE_OK;
}

static int load_pattern(dy_yctx *ctx, const dy_ynode *v, dy_checks *c)
{
    char msg[256];
    size_t off = 0;
    int rc = dy_y_string(ctx, v, "pattern", &c->pattern_src);
    if (rc)
        return rc;
    c->pattern = dy_pattern_compile_lazy(c->pattern_src, msg, sizeof msg, &off);
    if (!c->pattern)
        return dy_y_error(ctx, v, "pattern does not compile: %s", msg);
    return DAYONE_OK;
}

/* A parameter that only makes sense with some formats. */
static int needs_format(dy_yctx *ctx, const dy_ynode *v, const char *key, const dy_checks *c,
                        const dy_format *ok, size_t nok, const char *names)
{
    for (size_t i = 0; i < nok; i++)
        if (c->format == ok[i])
            return DAYONE_OK;
    return dy_y_error(ctx, v, "%s only applies with format: %s", key, names);
}

/* The value checks shared by posture rules and secrets. `c` already holds
 * the section's defaults. */
static int load_checks(dy_yctx *ctx, const dy_ynode *m, dy_checks *c)
{
    static const dy_format f_url[] = {DY_FMT_URL, DY_FMT_DATABASE_URL};
    static const dy_format f_bytes[] = {DY_FMT_BASE64, DY_FMT_BASE64URL, DY_FMT_HEX, DY_FMT_KEY};
    static const dy_format f_int[] = {DY_FMT_INTEGER};
    static const dy_format f_enum[] = {DY_FMT_ENUM};
    static const dy_format f_stripe[] = {DY_FMT_STRIPE_SECRET_KEY};
    const dy_ynode *v;
    int64_t i64;
    int rc = DAYONE_OK;

    if ((v = dy_y_get(m, "required")) && (rc = dy_y_bool(ctx, v, "required", &c->required)))
        return rc;
    if ((v = dy_y_get(m, "min_length"))) {
        if ((rc = dy_y_int(ctx, v, "min_length", 0, DY_MAX_LENGTH_LIMIT, &i64)))
            return rc;
        c->min_length = (size_t)i64;
    }
    if ((v = dy_y_get(m, "max_length"))) {
        if ((rc = dy_y_int(ctx, v, "max_length", 1, DY_MAX_LENGTH_LIMIT, &i64)))
            return rc;
        c->max_length = (size_t)i64;
        if (c->max_length < c->min_length)
            return dy_y_error(ctx, v, "max_length is smaller than min_length");
    }
    if ((v = dy_y_get(m, "min_entropy")) &&
        (rc = dy_y_number(ctx, v, "min_entropy", 0, 1e6, &c->min_entropy_bits)))
        return rc;
    if ((v = dy_y_get(m, "placeholders")) &&
        (rc = dy_y_bool(ctx, v, "placeholders", &c->reject_placeholders)))
        return rc;
    if ((v = dy_y_get(m, "format")) && (rc = load_format(ctx, v, c)))
        return rc;
    if ((v = dy_y_get(m, "schemes")) &&
        ((rc = needs_format(ctx, v, "schemes", c, f_url, 2, "url or database_url")) ||
         (rc = dy_y_string_list(ctx, v, "schemes", 0, &c->schemes, &c->nschemes))))
        return rc;
    if ((v = dy_y_get(m, "decoded_bytes"))) {
        if ((rc = needs_format(ctx, v, "decoded_bytes", c, f_bytes, 4,
                               "base64, base64url, hex or key")) ||
            (rc = dy_y_int(ctx, v, "decoded_bytes", 1, 65536, &i64)))
            return rc;
        c->decoded_bytes = (size_t)i64;
    }
    /* min/max of number and percent are decimals (policy_load_facts.c). */
    const int decimal = c->format == DY_FMT_NUMBER || c->format == DY_FMT_PERCENT;
    if ((v = dy_y_get(m, "min")) && !decimal) {
        if ((rc = needs_format(ctx, v, "min", c, f_int, 1, "integer, number or percent")) ||
            (rc = dy_y_int(ctx, v, "min", INT64_MIN, INT64_MAX, &c->int_min)))
            return rc;
        c->has_min = 1;
    }
    if ((v = dy_y_get(m, "max")) && !decimal) {
        if ((rc = needs_format(ctx, v, "max", c, f_int, 1, "integer, number or percent")) ||
            (rc = dy_y_int(ctx, v, "max", INT64_MIN, INT64_MAX, &c->int_max)))
            return rc;
        c->has_max = 1;
        if (c->has_min && c->int_max < c->int_min)
            return dy_y_error(ctx, v, "max is smaller than min");
    }
    const dy_ynode *vals = dy_y_get(m, "values"), *one_of = dy_y_get(m, "one_of");
    if (vals && one_of)
        return dy_y_error(ctx, one_of, "one_of and values cannot be combined");
    if (vals && ((rc = needs_format(ctx, vals, "values", c, f_enum, 1, "enum")) ||
                 (rc = dy_y_string_list(ctx, vals, "values", 0, &c->values, &c->nvalues))))
        return rc;
    if (one_of) {
        if (c->format == DY_FMT_ENUM)
            return dy_y_error(ctx, one_of, "format: enum takes values, not one_of");
        if ((rc = dy_y_string_list(ctx, one_of, "one_of", 0, &c->values, &c->nvalues)))
            return rc;
    }
    if (c->format == DY_FMT_ENUM && !vals)
        return dy_y_error(ctx, dy_y_get(m, "format"), "format: enum needs values: [...]");
    if ((v = dy_y_get(m, "pattern")) && (rc = load_pattern(ctx, v, c)))
        return rc;
    if ((v = dy_y_get(m, "stripe_mode")) &&
        ((rc = needs_format(ctx, v, "stripe_mode", c, f_stripe, 1, "stripe_secret_key")) ||
         (rc = dy_y_bool(ctx, v, "stripe_mode", &c->stripe_mode))))
        return rc;
    if ((v = dy_y_get(m, "equals"))) {
        if (one_of)
            return dy_y_error(ctx, v, "equals and one_of cannot be combined");
        if ((rc = dy_y_string(ctx, v, "equals", &c->equals)))
            return rc;
    }
    if ((v = dy_y_get(m, "is"))) {
        if (c->equals || one_of)
            return dy_y_error(ctx, v, "is cannot be combined with equals or one_of");
        if ((rc = dy_y_bool(ctx, v, "is", &c->expect_bool)))
            return rc;
    }
    return DAYONE_OK;
}

static int checks_something(const dy_checks *c)
{
    return c->required || c->min_length || c->max_length || c->min_entropy_bits > 0 ||
           c->reject_placeholders || c->format != DY_FMT_NONE || c->nvalues || c->equals ||
           c->expect_bool >= 0 || c->pattern || c->stripe_mode || c->sequence;
}

/* A fact rule's findings carry the fact-* ids: its key is an address, or
 * it uses a check only facts, time and numbers have. Such a rule is
 * required unless it says otherwise: a daily rule on a fact nobody handed
 * over fails closed. */
static void mark_fact_rule(dy_rule *r, const dy_ynode *m)
{
    const dy_format f = r->checks.format;
    r->fact_rule = r->key_is_address || r->facts || r->checks.sequence ||
                   f == DY_FMT_TIMESTAMP || f == DY_FMT_DURATION || f == DY_FMT_NUMBER ||
                   f == DY_FMT_PERCENT;
    /* A deadline judges an absent value itself (due, overdue). */
    if (r->fact_rule && !dy_y_get(m, "required"))
        r->checks.required = !(r->checks.sequence && r->checks.sequence->deadline.after);
}

static int load_element(dy_yctx *ctx, dayone_policy *p, const dy_ynode *m, dy_rule *parent);

/* The checks of a rule or an each: element, with the fact checks. */
static int load_value_checks(dy_yctx *ctx, dayone_policy *p, const dy_ynode *m, dy_rule *r)
{
    const dy_ynode *each;
    int rc;
    if ((rc = load_checks(ctx, m, &r->checks)) || (rc = dy_load_fact_checks(ctx, m, r)) ||
        (rc = dy_load_sequence_checks(ctx, m, r)) ||
        (rc = dy_load_fact_more(ctx, m, r)))
        return rc;
    if ((each = dy_y_get(m, "each")) && (rc = load_element(ctx, p, each, r)))
        return rc;
    mark_fact_rule(r, m);
    return DAYONE_OK;
}

/* each: {key: status, one_of: [...]} -- checks for every element of a list,
 * the key relative to the element (absent: the element itself). The
 * element rule shares the parent's id, severity and texts at check time. */
static int load_element(dy_yctx *ctx, dayone_policy *p, const dy_ynode *m, dy_rule *parent)
{
    const dy_ynode *v;
    int rc;
    if ((rc = dy_y_expect_map(ctx, m, "each")) ||
        (rc = dy_schema_check_keys(ctx, m, &dy_schema_each)))
        return rc;
    dy_rule *e = parent->facts->each = dy_calloc(1, sizeof *e);
    if (!e)
        return oom(ctx);
    e->checks.expect_bool = -1;
    e->mark = m->mark;
    e->secret = parent->secret;
    if ((v = dy_y_get(m, "key"))) {
        if ((rc = dy_load_fact_key(ctx, v, "key", &e->key, &e->key_is_address)))
            return rc;
    } else if (!(e->key = dy_strdup(""))) {
        return oom(ctx);
    }
    e->key_is_address = 1;   /* relative to the element: only the facts hold it */
    if (!(e->id = dy_strdup(parent->id)))
        return oom(ctx);
    /* when: inside each reads facts relative to the element. */
    if ((v = dy_y_get(m, "when"))) {
        if (!(e->when = dy_calloc(1, sizeof *e->when)))
            return oom(ctx);
        if ((rc = dy_load_cond(ctx, p, v, e->when)))
            return rc;
    }
    if ((rc = load_value_checks(ctx, p, m, e)))
        return rc;
    e->fact_rule = 1;
    if (!dy_y_get(m, "required"))
        e->checks.required = !(e->checks.sequence && e->checks.sequence->deadline.after);
    if (!checks_something(&e->checks) && !e->facts)
        return dy_y_error(ctx, m, "each checks nothing (add required, format or a check)");
    return DAYONE_OK;
}

static int is_builtin_id(const char *id)
{
    for (size_t i = 0; g_builtin_ids[i]; i++)
        if (g_builtin_ids[i][0] == id[0] && strcmp(g_builtin_ids[i], id) == 0)
            return 1;
    return 0;
}

static int load_rule(dy_yctx *ctx, dayone_policy *p, const dy_ynode *m, int secret, dy_rule *r)
{
    const char *what = secret ? "secret" : "posture rule";
    const dy_ynode *v;
    int rc;

    r->secret = secret;
    r->checks.expect_bool = -1;
    r->checks.required = secret;
    r->checks.reject_placeholders = secret;
    r->severity = DAYONE_SEVERITY_ERROR;
    if ((rc = dy_y_expect_map(ctx, m, what)))
        return rc;
    r->mark = m->mark;
    if ((rc = dy_schema_check_keys(ctx, m, secret ? &dy_schema_secret : &dy_schema_posture_rule)) ||
        (rc = dy_y_require(ctx, m, "key", what, &v)) ||
        (rc = dy_load_fact_key(ctx, v, "key", &r->key, &r->key_is_address)) ||
        (rc = dy_load_rule_profiles(ctx, p, dy_y_get(m, "profiles"), &r->profiles)))
        return rc;
    if (secret) {
        /* Secrets report the fixed secret-* ids; the key names the rule. */
        if (!(r->id = dy_strdup(r->key)))
            return oom(ctx);
    } else {
        if ((rc = dy_y_require(ctx, m, "id", what, &v)) || (rc = dy_y_string(ctx, v, "id", &r->id)))
            return rc;
        if (!*r->id || strcspn(r->id, " \t\r\n") != strlen(r->id))
            return dy_y_error(ctx, v, "id must be non-empty and contain no blanks");
        if (is_builtin_id(r->id))
            return dy_y_error(ctx, v, "id '%s' is reserved for the built-in checks", r->id);
    }
    if ((v = dy_y_get(m, "when"))) {
        if (!(r->when = dy_calloc(1, sizeof *r->when)))
            return oom(ctx);
        if ((rc = dy_load_cond(ctx, p, v, r->when)))
            return rc;
    }
    if ((v = dy_y_get(m, "severity"))) {
        const char *s = NULL;
        if ((rc = dy_y_text(ctx, v, "severity", &s)))
            return rc;
        int ok = 1;
        if (strcmp(s, "warning") == 0)
            r->severity = DAYONE_SEVERITY_WARNING;
        else if (strcmp(s, "error") != 0)
            ok = 0;
        if (!ok)
            return dy_y_error(ctx, v, "severity must be error or warning");
    }
    if ((v = dy_y_get(m, "message")) && (rc = dy_y_string(ctx, v, "message", &r->message)))
        return rc;
    if ((v = dy_y_get(m, "hint")) && (rc = dy_y_string(ctx, v, "hint", &r->hint)))
        return rc;
    if ((rc = load_value_checks(ctx, p, m, r)))
        return rc;
    if (!secret && !checks_something(&r->checks) && !r->facts)
        return dy_y_error(ctx, m, "posture rule '%s' checks nothing (add is, equals, one_of, "
                          "required or a value check)", r->id);
    return DAYONE_OK;
}

static int cmp_rule_id(const void *a, const void *b)
{
    const dy_rule *x = *(const dy_rule *const *)a, *y = *(const dy_rule *const *)b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x < y ? -1 : x > y);
}

/* Duplicate posture ids, found by sorting so 10,000 rules stay fast. The
 * error names the first repeat in file order, at its id. */
static int check_duplicate_ids(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *posture)
{
    size_t n = p->nrules, dup = SIZE_MAX, first = 0;
    if (n < 2)
        return DAYONE_OK;
    const dy_rule **v = dy_malloc(n * sizeof *v);
    if (!v)
        return oom(ctx);
    for (size_t i = 0; i < n; i++)
        v[i] = &p->rules[i];
    qsort(v, n, sizeof *v, cmp_rule_id);
    for (size_t i = 1; i < n; i++)
        if (strcmp(v[i]->id, v[i - 1]->id) == 0 && (size_t)(v[i] - p->rules) < dup) {
            dup = (size_t)(v[i] - p->rules);
            first = (size_t)(v[i - 1] - p->rules);
        }
    dy_free(v);
    if (dup == SIZE_MAX)
        return DAYONE_OK;
    return dy_y_error(ctx, dy_y_get(posture->vals[dup], "id"),
                      "duplicate rule id '%s' (first at line %u)", p->rules[dup].id,
                      p->rules[first].mark.line);
}

int dy_load_rules(dy_yctx *ctx, dayone_policy *p, const dy_ynode *posture,
                  const dy_ynode *secrets)
{
    const dy_ynode *sec[2] = {posture, secrets};
    const char *names[2] = {"posture", "secrets"};
    size_t total = 0;
    int rc;
    for (int s = 0; s < 2; s++) {
        if (!sec[s] || dy_y_is_null(sec[s]))
            continue;
        if ((rc = dy_y_expect_seq(ctx, sec[s], names[s])))
            return rc;
        total += sec[s]->n;
        if (total > DY_POLICY_MAX_RULES)
            return dy_y_too_many(ctx, sec[s], "rules (posture and secrets)");
    }
    if (!total)
        return DAYONE_OK;
    if (!(p->rules = dy_calloc(total, sizeof *p->rules)))
        return oom(ctx);
    for (int s = 0; s < 2; s++) {
        if (!sec[s] || dy_y_is_null(sec[s]))
            continue;
        for (size_t i = 0; i < sec[s]->n; i++) {
            dy_rule *r = &p->rules[p->nrules];
            rc = load_rule(ctx, p, sec[s]->vals[i], s == 1, r);
            p->nrules++; /* counted even on error so destroy frees it */
            if (rc)
                return rc;
            /* stripe_mode judges live/test keys by launch mode and production:
             * without an environment section it could never fire. */
            if (r->checks.stripe_mode && !p->environment.production)
                return dy_error_set(ctx->err, DAYONE_EPOLICY, ctx->name, r->mark.line,
                                    r->mark.column, "stripe_mode needs an environment: "
                                    "section with production: (which variable names the "
                                    "environment and which value is production)");
        }
        if (s == 0 && (rc = check_duplicate_ids(ctx, p, sec[0])))
            return rc;
    }
    return DAYONE_OK;
}

/* ---- distinct ------------------------------------------------------------ */

static int load_group(dy_yctx *ctx, const dy_ynode *m, dy_distinct *d)
{
    const dy_ynode *keys_node = m;
    int rc;
    d->mark = m->mark;
    if (m->kind == DY_Y_MAP) {
        if ((rc = dy_schema_check_keys(ctx, m, &dy_schema_distinct)) ||
            (rc = dy_y_require(ctx, m, "keys", "distinct group", &keys_node)))
            return rc;
        const dy_ynode *id = dy_y_get(m, "id");
        if (id && (rc = dy_y_string(ctx, id, "id", &d->id)))
            return rc;
    } else if (m->kind != DY_Y_SEQ) {
        return dy_y_error(ctx, m, "a distinct group must be a mapping {id, keys} or a "
                          "list of keys, not %s", dy_y_describe(m));
    }
    if (!d->id && !(d->id = dy_strdup("secrets-distinct")))
        return oom(ctx);
    if ((rc = dy_y_expect_seq(ctx, keys_node, "keys")))
        return rc;
    if (keys_node->n < 2)
        return dy_y_error(ctx, keys_node, "a distinct group needs at least two keys");
    if (!(d->keys = dy_calloc(keys_node->n, sizeof *d->keys)))
        return oom(ctx);
    for (size_t i = 0; i < keys_node->n; i++) {
        const dy_ynode *k = keys_node->vals[i];
        if ((rc = dy_y_env_name(ctx, k, "keys", &d->keys[i])))
            return rc;
        d->nkeys++;
        for (size_t j = 0; j < i; j++)
            if (strcmp(d->keys[j], d->keys[i]) == 0)
                return dy_y_error(ctx, k, "key '%s' is listed twice in the group", d->keys[i]);
    }
    return DAYONE_OK;
}

int dy_load_distinct(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_seq(ctx, n, "distinct")))
        return rc;
    if (n->n > DY_POLICY_MAX_RULES)
        return dy_y_too_many(ctx, n, "distinct groups");
    if (!(p->distinct = dy_calloc(n->n, sizeof *p->distinct)))
        return oom(ctx);
    for (size_t i = 0; i < n->n; i++) {
        rc = load_group(ctx, n->vals[i], &p->distinct[p->ndistinct++]);
        if (rc)
            return rc;
    }
    return DAYONE_OK;
}

/* ---- waivers --------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The ids a waiver may name besides the built-in ones, sorted for bsearch. */
static const char **waivable_ids(const dayone_policy *p, size_t *n)
{
    const char **v = dy_malloc((p->nrules + p->ndistinct) * sizeof *v);
    *n = 0;
    if (!v)
        return NULL;
    for (size_t i = 0; i < p->nrules; i++)
        if (!p->rules[i].secret)
            v[(*n)++] = p->rules[i].id;
    for (size_t i = 0; i < p->ndistinct; i++)
        v[(*n)++] = p->distinct[i].id;
    qsort(v, *n, sizeof *v, cmp_str);
    return v;
}

static int known_rule(const char **ids, size_t n, const char *id)
{
    return is_builtin_id(id) || bsearch(&id, ids, n, sizeof *ids, cmp_str) != NULL;
}

static int load_waiver(dy_yctx *ctx, const char **ids, size_t nids, const dy_ynode *m,
                       dy_waiver *w)
{
    const dy_ynode *rule, *key, *reason, *exp;
    int is_address = 0, rc;
    if ((rc = dy_y_expect_map(ctx, m, "a waiver")))
        return rc;
    w->mark = m->mark;
    if ((rc = dy_schema_check_keys(ctx, m, &dy_schema_waiver)) ||
        (rc = dy_y_require(ctx, m, "rule", "waiver", &rule)) ||
        (rc = dy_y_require(ctx, m, "key", "waiver", &key)) ||
        (rc = dy_y_require(ctx, m, "reason", "waiver", &reason)) ||
        (rc = dy_y_require(ctx, m, "expires", "waiver", &exp)) ||
        (rc = dy_y_string(ctx, rule, "rule", &w->rule)) ||
        (rc = dy_load_fact_key(ctx, key, "key", &w->key, &is_address)) ||
        (rc = dy_y_string(ctx, reason, "reason", &w->reason)) ||
        (rc = dy_y_string(ctx, exp, "expires", &w->expires_text)))
        return rc;
    if (!known_rule(ids, nids, w->rule))
        return dy_y_error(ctx, rule, "waiver for unknown rule '%.64s' (expected a posture "
                          "rule id, a distinct group id or a built-in secret-* id)", w->rule);
    if (strspn(w->reason, " \t") == strlen(w->reason))
        return dy_y_error(ctx, reason, "a waiver needs a reason");
    w->expires_day = dy_parse_date(w->expires_text);
    if (w->expires_day < 0)
        return dy_y_error(ctx, exp, "expires must be a date YYYY-MM-DD (1970 or later)");
    return DAYONE_OK;
}

int dy_load_waivers(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    const char **ids = NULL;
    size_t nids = 0;
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_seq(ctx, n, "waivers")))
        return rc;
    if (n->n > DY_POLICY_MAX_RULES)
        return dy_y_too_many(ctx, n, "waivers");
    if (!(p->waivers = dy_calloc(n->n, sizeof *p->waivers)) || !(ids = waivable_ids(p, &nids)))
        return oom(ctx);
    for (size_t i = 0; i < n->n && !rc; i++)
        rc = load_waiver(ctx, ids, nids, n->vals[i], &p->waivers[p->nwaivers++]);
    dy_free(ids);
    return rc;
}
