/* policy_load_status.c - the optional `status:` section (policy_status.h):
 *
 *   status:
 *     published: status_page.components      # published state of C: <published>.C
 *     observed_at: observed_at               # when the facts were exported (RFC 3339)
 *     max_age: 15m                           # older facts: every component unknown
 *     burn_rate_windows:                     # absent: the four below
 *       - {long: 1h, short: 5m, factor: 14.4, alert: page, state: partial_outage}
 *     components:
 *       ingest:
 *         maintenance: maintenance.ingest    # a boolean fact (optional)
 *         checks:
 *           - {name: ingest-health, health: ingest.health.status_code, expect: 200}
 *           - {name: ingest-success, burn_rate: ingest.success_rate,
 *              measures: success, objective: 99.9%}
 *           - {name: db-pool, threshold: db.pool.in_use, per: db.pool.size,
 *              over: [{value: 0.8, state: degraded_performance}]}
 *
 * Strict like every section: unknown keys, a key of another kind of check,
 * a window that is not a duration, a short window not shorter than its long
 * one, a bound out of order -- each is an error at its file:line:column. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "fact_tree.h"
#include "policy_load_facts.h"
#include "policy_load_status.h"
#include "policy_schema.h"
#include "policy_status.h"
#include "text.h"
#include "time_value.h"

/* The SRE workbook's pairs for a 30-day objective: 2% of the budget in an
 * hour or 5% in six hours page; 10% in a day or in three days opens a
 * ticket. */
static const struct {
    const char *long_window, *short_window, *factor, *alert;
    dayone_component_state state;
} g_default_pairs[] = {
    {"1h", "5m", "14.4", "page", DAYONE_COMPONENT_PARTIAL_OUTAGE},
    {"6h", "30m", "6", "page", DAYONE_COMPONENT_PARTIAL_OUTAGE},
    {"1d", "2h", "3", "ticket", DAYONE_COMPONENT_DEGRADED_PERFORMANCE},
    {"3d", "6h", "1", "ticket", DAYONE_COMPONENT_DEGRADED_PERFORMANCE},
};
#define NDEFAULT_PAIRS (sizeof g_default_pairs / sizeof g_default_pairs[0])

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

static int load_address(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out)
{
    int rc = dy_y_string(ctx, n, what, out);
    if (rc)
        return rc;
    if (dy_fact_address_valid(*out, strlen(*out)))
        return DAYONE_OK;
    return dy_y_error(ctx, n, "%s must be a fact address (keys separated by '.', each "
                      "followed by any [index]: api.health.status_code)", what);
}

/* A state a check can move a component to: not operational, and not
 * under_maintenance (only a maintenance fact says that). */
static int load_state(dy_yctx *ctx, const dy_ynode *n, const char *what,
                      dayone_component_state *out)
{
    int s = n->kind == DY_Y_SCALAR ? dy_component_state_parse(n->str) : -1;
    if (s <= (int)DAYONE_COMPONENT_UNDER_MAINTENANCE)
        return dy_y_error(ctx, n, "%s must be degraded_performance, partial_outage or "
                          "major_outage", what);
    *out = (dayone_component_state)s;
    return DAYONE_OK;
}

/* A decimal number (percent: a number followed by '%'). */
static int load_number(dy_yctx *ctx, const dy_ynode *n, const char *what, int percent,
                       dy_status_number *out)
{
    const char *why = NULL;
    int rc = dy_y_string(ctx, n, what, &out->text);
    if (rc)
        return rc;
    size_t len = strlen(out->text);
    int ok = percent ? dy_percent_parse(out->text, len, &out->value, &why)
                     : dy_number_parse(out->text, len, &out->value, &why);
    if (!ok)
        return dy_y_error(ctx, n, "%s must be %s: %s", what,
                          percent ? "a percentage (99.9%)" : "a decimal number",
                          why ? why : "malformed");
    return DAYONE_OK;
}

static int positive(const dy_decimal *d) { return d->ndigits && !d->negative; }

static int load_window(dy_yctx *ctx, const dy_ynode *n, const char *what, char **text,
                       int64_t *ns)
{
    const char *why = NULL;
    int rc = dy_y_string(ctx, n, what, text);
    if (rc)
        return rc;
    if (!dy_duration_parse(*text, strlen(*text), ns, &why) || *ns == 0)
        return dy_y_error(ctx, n, "%s must be a duration longer than zero (5m, 1h, 3d): %s",
                          what, why ? why : "zero");
    if (!dy_fact_key_valid(*text, strlen(*text)))
        return dy_y_error(ctx, n, "%s is also a fact key: write it without '.', '[' or ']' "
                          "(1h30m, not PT1.5H)", what);
    return DAYONE_OK;
}

static int load_pair(dy_yctx *ctx, const dy_ynode *n, dy_burn_pair *p)
{
    const dy_ynode *lw, *sw, *f, *a, *st;
    int64_t long_ns = 0, short_ns = 0;
    int rc;
    if ((rc = dy_y_expect_map(ctx, n, "a burn-rate window pair")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_burn_pair)) ||
        (rc = dy_y_require(ctx, n, "long", "burn-rate window pair", &lw)) ||
        (rc = dy_y_require(ctx, n, "short", "burn-rate window pair", &sw)) ||
        (rc = dy_y_require(ctx, n, "factor", "burn-rate window pair", &f)) ||
        (rc = dy_y_require(ctx, n, "alert", "burn-rate window pair", &a)) ||
        (rc = dy_y_require(ctx, n, "state", "burn-rate window pair", &st)) ||
        (rc = load_window(ctx, lw, "long", &p->long_window, &long_ns)) ||
        (rc = load_window(ctx, sw, "short", &p->short_window, &short_ns)) ||
        (rc = load_number(ctx, f, "factor", 0, &p->factor)) ||
        (rc = load_state(ctx, st, "state", &p->state)))
        return rc;
    if (short_ns >= long_ns)
        return dy_y_error(ctx, sw, "the short window must be shorter than the long one");
    if (!positive(&p->factor.value))
        return dy_y_error(ctx, f, "factor must be above zero");
    if (a->kind != DY_Y_SCALAR || (strcmp(a->str, "page") && strcmp(a->str, "ticket")))
        return dy_y_error(ctx, a, "alert must be page or ticket");
    return (p->alert = dy_strdup(a->str)) ? DAYONE_OK : oom(ctx);
}

static int default_pairs(dy_yctx *ctx, dy_status_conf *s)
{
    if (!(s->pairs = dy_calloc(NDEFAULT_PAIRS, sizeof *s->pairs)))
        return oom(ctx);
    for (size_t i = 0; i < NDEFAULT_PAIRS; i++) {
        dy_burn_pair *p = &s->pairs[s->npairs++];
        const char *why = NULL;
        p->state = g_default_pairs[i].state;
        if (!(p->long_window = dy_strdup(g_default_pairs[i].long_window)) ||
            !(p->short_window = dy_strdup(g_default_pairs[i].short_window)) ||
            !(p->alert = dy_strdup(g_default_pairs[i].alert)) ||
            !(p->factor.text = dy_strdup(g_default_pairs[i].factor)))
            return oom(ctx);
        if (!dy_number_parse(p->factor.text, strlen(p->factor.text), &p->factor.value, &why))
            return dy_fail(ctx->err, DAYONE_EPOLICY, "built-in burn-rate factor: %s", why);
    }
    return DAYONE_OK;
}

static int load_pairs(dy_yctx *ctx, dy_status_conf *s, const dy_ynode *n)
{
    int rc;
    if (!n)
        return default_pairs(ctx, s);
    if ((rc = dy_y_expect_seq(ctx, n, "burn_rate_windows")))
        return rc;
    if (n->n == 0)
        return dy_y_error(ctx, n, "burn_rate_windows needs at least one pair (leave it out "
                          "for the SRE workbook's four)");
    if (n->n > 64)
        return dy_y_error(ctx, n, "too many burn-rate window pairs (at most 64)");
    if (!(s->pairs = dy_calloc(n->n, sizeof *s->pairs)))
        return oom(ctx);
    for (size_t i = 0; i < n->n; i++)
        if ((rc = load_pair(ctx, n->vals[i], &s->pairs[s->npairs++])))
            return rc;
    return DAYONE_OK;
}

/* A key that belongs to another kind of check. */
static int foreign(dy_yctx *ctx, const dy_ynode *m, const char *const *keys, const char *kind)
{
    for (size_t i = 0; keys[i]; i++) {
        const dy_ynode *v = dy_y_get(m, keys[i]);
        if (v)
            return dy_y_error(ctx, v, "%s does not apply to a %s check", keys[i], kind);
    }
    return DAYONE_OK;
}

static int load_health(dy_yctx *ctx, const dy_ynode *m, dy_status_check *c)
{
    static const char *const other[] = {"measures", "objective", "per", "over", NULL};
    const dy_ynode *v;
    int rc;
    if ((rc = foreign(ctx, m, other, "health")))
        return rc;
    c->kind = DY_STATUS_HEALTH;
    c->state = DAYONE_COMPONENT_MAJOR_OUTAGE;
    if ((v = dy_y_get(m, "expect")) ? (rc = dy_y_string(ctx, v, "expect", &c->expect))
                                    : !(c->expect = dy_strdup("200")))
        return rc ? rc : oom(ctx);
    if ((v = dy_y_get(m, "state")) && (rc = load_state(ctx, v, "state", &c->state)))
        return rc;
    return load_address(ctx, dy_y_get(m, "health"), "health", &c->fact);
}

static int load_burn_rate(dy_yctx *ctx, const dy_ynode *m, dy_status_check *c)
{
    static const char *const other[] = {"expect", "state", "per", "over", NULL};
    const dy_ynode *meas, *obj;
    int rc;
    if ((rc = foreign(ctx, m, other, "burn_rate")) ||
        (rc = dy_y_require(ctx, m, "measures", "burn_rate check", &meas)) ||
        (rc = dy_y_require(ctx, m, "objective", "burn_rate check", &obj)) ||
        (rc = load_address(ctx, dy_y_get(m, "burn_rate"), "burn_rate", &c->fact)) ||
        (rc = load_number(ctx, obj, "objective", 1, &c->objective)))
        return rc;
    c->kind = DY_STATUS_BURN_RATE;
    if (meas->kind != DY_Y_SCALAR || (strcmp(meas->str, "success") && strcmp(meas->str, "errors")))
        return dy_y_error(ctx, meas, "measures must be success or errors");
    c->measures_success = strcmp(meas->str, "success") == 0;
    dy_decimal hundred;
    const char *why = NULL;
    dy_number_parse("100", 3, &hundred, &why);
    if (!positive(&c->objective.value) || dy_decimal_cmp(&c->objective.value, &hundred) >= 0)
        return dy_y_error(ctx, obj, "objective must be above 0%% and below 100%% (99.9%%)");
    return DAYONE_OK;
}

static int load_threshold(dy_yctx *ctx, const dy_ynode *m, dy_status_check *c)
{
    static const char *const other[] = {"expect", "state", "measures", "objective", NULL};
    const dy_ynode *over, *v;
    int rc;
    if ((rc = foreign(ctx, m, other, "threshold")) ||
        (rc = dy_y_require(ctx, m, "over", "threshold check", &over)) ||
        (rc = load_address(ctx, dy_y_get(m, "threshold"), "threshold", &c->fact)) ||
        (rc = dy_y_expect_seq(ctx, over, "over")))
        return rc;
    c->kind = DY_STATUS_THRESHOLD;
    if ((v = dy_y_get(m, "per")) && (rc = load_address(ctx, v, "per", &c->per)))
        return rc;
    if (over->n == 0 || over->n > 16)
        return dy_y_error(ctx, over, "over needs 1 to 16 bounds");
    if (!(c->steps = dy_calloc(over->n, sizeof *c->steps)))
        return oom(ctx);
    for (size_t i = 0; i < over->n; i++) {
        const dy_ynode *s = over->vals[i], *val, *st;
        dy_status_step *step = &c->steps[c->nsteps++];
        if ((rc = dy_y_expect_map(ctx, s, "a threshold bound")) ||
            (rc = dy_schema_check_keys(ctx, s, &dy_schema_status_step)) ||
            (rc = dy_y_require(ctx, s, "value", "threshold bound", &val)) ||
            (rc = dy_y_require(ctx, s, "state", "threshold bound", &st)) ||
            (rc = load_number(ctx, val, "value", 0, &step->bound)) ||
            (rc = load_state(ctx, st, "state", &step->state)))
            return rc;
        if (i && dy_decimal_cmp(&step->bound.value, &c->steps[i - 1].bound.value) <= 0)
            return dy_y_error(ctx, val, "bounds must increase (each value above the one "
                              "before)");
        if (i && step->state < c->steps[i - 1].state)
            return dy_y_error(ctx, st, "a higher bound cannot mean a less severe state");
    }
    return DAYONE_OK;
}

static int load_check(dy_yctx *ctx, const dy_ynode *m, dy_status_check *c)
{
    const dy_ynode *name;
    int rc, kinds;
    if ((rc = dy_y_expect_map(ctx, m, "a status check")) ||
        (rc = dy_schema_check_keys(ctx, m, &dy_schema_status_check)) ||
        (rc = dy_y_require(ctx, m, "name", "status check", &name)) ||
        (rc = dy_y_string(ctx, name, "name", &c->name)))
        return rc;
    c->mark = m->mark;
    if (!*c->name)
        return dy_y_error(ctx, name, "a status check needs a name");
    kinds = (dy_y_get(m, "health") != NULL) + (dy_y_get(m, "burn_rate") != NULL) +
            (dy_y_get(m, "threshold") != NULL);
    if (kinds != 1)
        return dy_y_error(ctx, m, "a status check has exactly one of health, burn_rate, "
                          "threshold (%d given)", kinds);
    if (dy_y_get(m, "health"))
        return load_health(ctx, m, c);
    if (dy_y_get(m, "burn_rate"))
        return load_burn_rate(ctx, m, c);
    return load_threshold(ctx, m, c);
}

static int load_component(dy_yctx *ctx, const dy_ynode *k, const dy_ynode *v,
                          dy_status_component *c)
{
    const dy_ynode *checks, *mt;
    int rc;
    c->mark = k->mark;
    if (!(c->name = dy_strdup(k->str)))
        return oom(ctx);
    if (!dy_is_policy_word(k->str))
        return dy_y_error(ctx, k, "a component name is 1 to 64 of a-z, 0-9, '_' and '-'");
    if ((rc = dy_y_expect_map(ctx, v, "a status component")) ||
        (rc = dy_schema_check_keys(ctx, v, &dy_schema_status_component)) ||
        (rc = dy_y_require(ctx, v, "checks", "status component", &checks)) ||
        (rc = dy_y_expect_seq(ctx, checks, "checks")))
        return rc;
    if ((mt = dy_y_get(v, "maintenance")) &&
        (rc = load_address(ctx, mt, "maintenance", &c->maintenance)))
        return rc;
    if (checks->n == 0)
        return dy_y_error(ctx, checks, "component '%s' has no checks", c->name);
    if (checks->n > 256)
        return dy_y_error(ctx, checks, "too many checks (at most 256 per component)");
    if (!(c->checks = dy_calloc(checks->n, sizeof *c->checks)))
        return oom(ctx);
    for (size_t i = 0; i < checks->n; i++) {
        dy_status_check *chk = &c->checks[c->nchecks++];
        if ((rc = load_check(ctx, checks->vals[i], chk)))
            return rc;
        for (size_t j = 0; j + 1 < c->nchecks; j++)
            if (strcmp(c->checks[j].name, chk->name) == 0)
                return dy_y_error(ctx, dy_y_get(checks->vals[i], "name"),
                                  "check '%.64s' is named twice in component '%s'", chk->name,
                                  c->name);
    }
    return DAYONE_OK;
}

/* observed_at and max_age come together: facts without a time cannot be
 * judged fresh, and an age without the fact to measure it is a policy
 * mistake. Neither: no freshness check. */
static int load_freshness(dy_yctx *ctx, dy_status_conf *s, const dy_ynode *n)
{
    const dy_ynode *at = dy_y_get(n, "observed_at"), *age = dy_y_get(n, "max_age");
    int rc;
    if (!at && !age)
        return DAYONE_OK;
    if (!at)
        return dy_y_error(ctx, age, "max_age needs observed_at (the fact holding when the "
                          "facts were exported: observed_at: observed_at)");
    if (!age)
        return dy_y_error(ctx, at, "observed_at needs max_age (how old the facts may be: "
                          "max_age: 15m)");
    if ((rc = load_address(ctx, at, "observed_at", &s->observed_at)) ||
        (rc = dy_load_duration(ctx, age, "max_age", &s->max_age_ns, &s->max_age_text)))
        return rc;
    if (s->max_age_ns == 0)
        return dy_y_error(ctx, age, "max_age must be longer than zero");
    return DAYONE_OK;
}

int dy_load_status(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    const dy_ynode *comps, *v;
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "status")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_status)) ||
        (rc = dy_y_require(ctx, n, "components", "status", &comps)) ||
        (rc = dy_y_expect_map(ctx, comps, "status.components")))
        return rc;
    if (comps->n == 0)
        return dy_y_error(ctx, comps, "status.components names no component");
    if (comps->n > 256)
        return dy_y_error(ctx, comps, "too many components (at most 256)");
    dy_status_conf *s = dy_calloc(1, sizeof *s);
    if (!s)
        return oom(ctx);
    p->status = s;
    if ((v = dy_y_get(n, "published")) &&
        (rc = load_address(ctx, v, "published", &s->published)))
        return rc;
    if ((rc = load_freshness(ctx, s, n)) ||
        (rc = load_pairs(ctx, s, dy_y_get(n, "burn_rate_windows"))))
        return rc;
    if (!(s->components = dy_calloc(comps->n, sizeof *s->components)))
        return oom(ctx);
    for (size_t i = 0; i < comps->n; i++)
        if ((rc = load_component(ctx, comps->keys[i], comps->vals[i],
                                 &s->components[s->ncomponents++])))
            return rc;
    return DAYONE_OK;
}
