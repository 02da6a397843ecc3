/* policy_load_plans.c - loading billing, the feature catalogue and plans
 * with their limits, quotas and features, and precomputing what the
 * limiter's hot path needs (emission intervals, name -> index tables).
 *
 * The plan ladder is checked for gaps: every plan must say something about
 * every limit any plan defines - a rate, `unlimited` or `none`. A plan that
 * is silent about a limit would otherwise turn each such request into an
 * error (DAYONE_ENOTFOUND) instead of a decision. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_plans.h"
#include "policy_rules.h"
#include "policy_schema.h"
#include "sf_string.h"

#define NS_PER_SEC INT64_C(1000000000)
#define DY_MAX_QUOTA (INT64_MAX / 2)

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

/* Index of name in *names, appending it when new. SIZE_MAX on ENOMEM. */
static size_t intern(char ***names, size_t *n, const char *name)
{
    for (size_t i = 0; i < *n; i++)
        if (strcmp((*names)[i], name) == 0)
            return i;
    char **v = dy_realloc(*names, (*n + 1) * sizeof *v);
    if (!v)
        return SIZE_MAX;
    *names = v;
    if (!(v[*n] = dy_strdup(name)))
        return SIZE_MAX;
    return (*n)++;
}

/* The names billing.enforcement takes, exactly. */
static const struct { const char *name; dayone_enforcement mode; } billing_modes[] = {
    {"strict", DAYONE_ENFORCEMENT_STRICT},
    {"soft", DAYONE_ENFORCEMENT_SOFT},
    {"off", DAYONE_ENFORCEMENT_OFF},
};
#define NBILLING_MODES (sizeof billing_modes / sizeof billing_modes[0])

/* The modes a value of the billing variable may not select (rules are
 * loaded before billing): those an unconditional `format: enum` rule on the
 * variable leaves out, so the limiter never honours a value the check
 * reports as invalid. */
static unsigned env_refused(const dayone_policy *p)
{
    unsigned refused = 0;
    for (size_t r = 0; r < p->nrules; r++) {
        const dy_rule *rule = &p->rules[r];
        if (rule->when || rule->checks.format != DY_FMT_ENUM ||
            strcmp(rule->key, p->enforcement_env) != 0)
            continue;
        for (size_t m = 0; m < NBILLING_MODES; m++) {
            int listed = 0;
            for (size_t v = 0; v < rule->checks.nvalues && !listed; v++)
                listed = strcmp(rule->checks.values[v], billing_modes[m].name) == 0;
            if (!listed)
                refused |= 1u << billing_modes[m].mode;
        }
    }
    return refused;
}

int dy_load_billing(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    const dy_ynode *v;
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "billing")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_billing)))
        return rc;
    if ((v = dy_y_get(n, "enforcement"))) {
        char *s = NULL;
        if ((rc = dy_y_string(ctx, v, "enforcement", &s)))
            return rc;
        size_t m = 0;
        while (m < NBILLING_MODES && strcmp(s, billing_modes[m].name) != 0)
            m++;
        if (m < NBILLING_MODES)
            p->enforcement_default = billing_modes[m].mode;
        else
            rc = dy_y_error(ctx, v, "enforcement must be strict, soft or off");
        dy_free(s);
        if (rc)
            return rc;
    }
    if ((v = dy_y_get(n, "env")) && (rc = dy_y_env_name(ctx, v, "env", &p->enforcement_env)))
        return rc;
    if (p->enforcement_env)
        p->enforcement_env_refused = env_refused(p);
    return DAYONE_OK;
}

static int load_catalogue(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_seq(ctx, n, "features")))
        return rc;
    if (n->n > DY_POLICY_MAX_RULES)
        return dy_y_too_many(ctx, n, "features");
    for (size_t i = 0; i < n->n; i++) {
        const char *name = NULL;
        if ((rc = dy_y_text(ctx, n->vals[i], "features", &name)))
            return rc;
        size_t before = p->nfeature_names;
        size_t idx = intern(&p->feature_names, &p->nfeature_names, name);
        if (idx == SIZE_MAX)
            return oom(ctx);
        if (idx < before)
            return dy_y_error(ctx, n->vals[i], "feature '%.64s' is listed twice",
                              n->vals[i]->str);
    }
    return DAYONE_OK;
}

static int load_quotas(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n, dy_plan *pl)
{
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "quotas")))
        return rc;
    if (!(pl->quotas = dy_calloc(n->n, sizeof *pl->quotas)))
        return oom(ctx);
    for (size_t i = 0; i < n->n; i++) {
        dy_plan_quota *q = &pl->quotas[i];
        if ((rc = dy_y_int(ctx, n->vals[i], "a quota", 0, DY_MAX_QUOTA, &q->amount)))
            return rc;
        q->mark = n->vals[i]->mark;
        q->quota = intern(&p->quota_names, &p->nquota_names, n->keys[i]->str);
        if (q->quota == SIZE_MAX)
            return oom(ctx);
        pl->nquotas++;
    }
    return DAYONE_OK;
}

/* The units a rate is written in, and their periods. */
static const char *const rate_units[] = {"rpm", "rps", "rph", "rpd"};
static const int64_t rate_periods[] = {60 * NS_PER_SEC, NS_PER_SEC, 3600 * NS_PER_SEC,
                                       86400 * NS_PER_SEC};
#define NRATE_UNITS (sizeof rate_units / sizeof rate_units[0])

int dy_load_rate(dy_yctx *ctx, const dy_ynode *m, dy_plan_rate *r)
{
    const dy_ynode *found = NULL, *v;
    int rc;
    r->mark = m->mark;
    r->burst = 1;
    r->burst_mark = m->mark;
    for (size_t i = 0; i < NRATE_UNITS; i++) {
        v = dy_y_get(m, rate_units[i]);
        if (!v)
            continue;
        if (found) { /* name the one written second */
            if (v->mark.line < found->mark.line ||
                (v->mark.line == found->mark.line && v->mark.column < found->mark.column))
                v = found;
            return dy_y_error(ctx, v, "a limit takes only one of rpm, rps, rph, rpd");
        }
        found = v;
        if ((rc = dy_y_int(ctx, v, rate_units[i], 1, NS_PER_SEC, &r->rate_count)))
            return rc;
        r->rate_period_ns = rate_periods[i];
        r->rate_mark = v->mark;
    }
    if (!found)
        return dy_y_error(ctx, m, "a limit needs a rate: one of rpm, rps, rph, rpd");
    r->emission_ns = r->rate_period_ns / r->rate_count;
    if (r->emission_ns < 1)
        r->emission_ns = 1;
    if ((v = dy_y_get(m, "burst"))) {
        if ((rc = dy_y_int(ctx, v, "burst", 1, NS_PER_SEC, &r->burst)))
            return rc;
        r->burst_mark = v->mark;
        if (r->burst > DY_MAX_TOLERANCE_NS / r->emission_ns)
            return dy_y_error(ctx, v, "burst is too large for this rate (burst times the "
                              "interval between requests must stay under 36 years)");
    }
    return DAYONE_OK;
}

static void use_rate(dy_plan_limit *l, const dy_plan_rate *r)
{
    l->emission_ns = r->emission_ns;
    l->burst = r->burst;
    l->rate_count = r->rate_count;
    l->rate_period_ns = r->rate_period_ns;
    l->rate_mark = r->rate_mark;
    l->burst_mark = r->burst_mark;
}

static const char *unit_of(const dy_plan_rate *r)
{
    for (size_t i = 0; i < NRATE_UNITS; i++)
        if (rate_periods[i] == r->rate_period_ns)
            return rate_units[i];
    return "?";
}

/* b can never be the rate that denies when a is as slow and no larger at
 * once: every sequence a admits, b admits (a token bucket with less room
 * that fills no faster). Such a list is a mistake - refused. */
static int never_denies(const dy_plan_rate *b, const dy_plan_rate *a)
{
    return a->emission_ns >= b->emission_ns && a->burst <= b->burst;
}

/* A limit of several rates: `seq`, a list of rate mappings. */
static int load_rates(dy_yctx *ctx, const dy_ynode *seq, dy_plan_limit *l)
{
    int rc;
    if ((rc = dy_y_expect_seq(ctx, seq, "rates")))
        return rc;
    if (seq->n == 0)
        return dy_y_error(ctx, seq, "a limit's list of rates must not be empty");
    if (seq->n > DY_LIMIT_RATES_MAX)
        return dy_y_error(ctx, seq->vals[DY_LIMIT_RATES_MAX],
                          "a limit takes at most %d rates", DY_LIMIT_RATES_MAX);
    dy_plan_rate r[DY_LIMIT_RATES_MAX];
    for (size_t i = 0; i < seq->n; i++) {
        const dy_ynode *m = seq->vals[i];
        if ((rc = dy_y_expect_map(ctx, m, "a rate")) ||
            (rc = dy_schema_check_keys(ctx, m, &dy_schema_rate)) ||
            (rc = dy_load_rate(ctx, m, &r[i])))
            return rc;
        for (size_t j = 0; j < i; j++) {
            if (r[j].rate_period_ns == r[i].rate_period_ns)
                return dy_y_error(ctx, m, "a limit takes one rate per period: %s is already "
                                  "given at %u:%u", unit_of(&r[i]), r[j].mark.line,
                                  r[j].mark.column);
            const dy_plan_rate *loose = never_denies(&r[i], &r[j]) ? &r[i]
                                        : never_denies(&r[j], &r[i]) ? &r[j] : NULL;
            if (loose) {
                const dy_plan_rate *tight = loose == &r[i] ? &r[j] : &r[i];
                return dy_y_error(ctx, m, "%s: %lld (burst %lld, at %u:%u) can never deny: "
                                  "%s: %lld (burst %lld, at %u:%u) is as slow and allows no "
                                  "more at once; drop the first or loosen the second",
                                  unit_of(loose), (long long)loose->rate_count,
                                  (long long)loose->burst, loose->mark.line, loose->mark.column,
                                  unit_of(tight), (long long)tight->rate_count,
                                  (long long)tight->burst, tight->mark.line, tight->mark.column);
            }
        }
    }
    use_rate(l, &r[0]);
    if (seq->n == 1)
        return DAYONE_OK;
    if (!(l->rates = dy_calloc(seq->n, sizeof *l->rates)))
        return oom(ctx);
    memcpy(l->rates, r, seq->n * sizeof *r);
    l->nrates = seq->n;
    return DAYONE_OK;
}

/* A limit's `ban:` mapping (policy_plans.h: dy_ban_policy). */
static int load_ban(dy_yctx *ctx, const dy_ynode *m, dy_ban_policy *b)
{
    static const char *const secs[] = {"find_time_s", "ban_time_s", "max_ban_time_s"};
    int64_t s[3] = {DY_BAN_DEFAULT_FIND_TIME_S, DY_BAN_DEFAULT_BAN_TIME_S,
                    DY_BAN_DEFAULT_MAX_BAN_TIME_S};
    const dy_ynode *v;
    int rc;
    if ((rc = dy_y_expect_map(ctx, m, "ban")) ||
        (rc = dy_schema_check_keys(ctx, m, &dy_schema_ban)))
        return rc;
    b->status = 403;
    if ((v = dy_y_get(m, "status"))) {
        if ((rc = dy_y_int(ctx, v, "status", 403, 429, &s[0])))
            return rc;
        if (s[0] != 403 && s[0] != 429)
            return dy_y_error(ctx, v, "status must be 403 or 429 (a ban answers one of them)");
        b->status = (int)s[0];
        s[0] = DY_BAN_DEFAULT_FIND_TIME_S;
        if (m->n == 1) /* `ban: {status: 429}`: how bans answer, no escalation */
            return DAYONE_OK;
    }
    b->enabled = 1;
    b->max_denials = DY_BAN_DEFAULT_MAX_DENIALS;
    b->factor = DY_BAN_DEFAULT_FACTOR;
    if ((v = dy_y_get(m, "max_denials")) &&
        (rc = dy_y_int(ctx, v, "max_denials", 1, 1000000, &b->max_denials)))
        return rc;
    if ((v = dy_y_get(m, "ban_factor")) &&
        (rc = dy_y_int(ctx, v, "ban_factor", 1, 100, &b->factor)))
        return rc;
    for (int i = 0; i < 3; i++)
        if ((v = dy_y_get(m, secs[i])) &&
            (rc = dy_y_int(ctx, v, secs[i], 1, i == 0 ? 2592000 : 31536000, &s[i])))
            return rc;
    if (s[2] < s[1])
        return dy_y_error(ctx, dy_y_get(m, "max_ban_time_s") ? dy_y_get(m, "max_ban_time_s") : m,
                          "max_ban_time_s (%lld) is shorter than ban_time_s (%lld)",
                          (long long)s[2], (long long)s[1]);
    b->find_time_ns = s[0] * NS_PER_SEC;
    b->ban_time_ns = s[1] * NS_PER_SEC;
    b->max_ban_time_ns = s[2] * NS_PER_SEC;
    if ((v = dy_y_get(m, "ignore")) && !dy_y_is_null(v)) {
        if ((rc = dy_y_expect_seq(ctx, v, "ignore")))
            return rc;
        if (!(b->ignore = dy_calloc(v->n + 1, sizeof *b->ignore)))
            return oom(ctx);
        for (size_t i = 0; i < v->n; i++) {
            if (v->vals[i]->kind != DY_Y_SCALAR || dy_y_is_null(v->vals[i]))
                return dy_y_error(ctx, v->vals[i], "ignore must be a list of keys");
            if (!(b->ignore[b->nignore++] = dy_strdup(v->vals[i]->str)))
                return oom(ctx);
        }
    }
    return DAYONE_OK;
}

static int load_limit(dy_yctx *ctx, const dy_ynode *k, const dy_ynode *m, const dayone_policy *p,
                      const dy_plan *pl, dy_plan_limit *l)
{
    const dy_ynode *v;
    int rc;
    l->mark = k->mark;
    l->burst_mark = k->mark;
    l->burst = 1;
    l->quota = SIZE_MAX;
    if (m->kind == DY_Y_SCALAR && !dy_y_is_null(m)) {
        if (strcmp(m->str, "unlimited") == 0)
            l->kind = DY_LIMIT_UNLIMITED;
        else if (strcmp(m->str, "none") == 0)
            l->kind = DY_LIMIT_NONE;
        else
            return dy_y_error(ctx, m, "a limit is a mapping with a rate (rpm, rps, rph or "
                              "rpd), a list of rates, or unlimited, or none");
        return DAYONE_OK;
    }
    if (m->kind == DY_Y_SEQ) /* the short form of {rates: [...]} */
        return load_rates(ctx, m, l);
    if ((rc = dy_y_expect_map(ctx, m, "a limit")) ||
        (rc = dy_schema_check_keys(ctx, m, &dy_schema_limit)))
        return rc;
    if ((v = dy_y_get(m, "rates"))) {
        for (size_t i = 0; i < NRATE_UNITS; i++)
            if (dy_y_get(m, rate_units[i]))
                return dy_y_error(ctx, dy_y_get(m, rate_units[i]), "a limit takes either "
                                  "rates: or one rate (%s), not both", rate_units[i]);
        if (dy_y_get(m, "burst"))
            return dy_y_error(ctx, dy_y_get(m, "burst"), "with rates:, each rate takes its "
                              "own burst");
        if ((rc = load_rates(ctx, v, l)))
            return rc;
    } else {
        dy_plan_rate r;
        if ((rc = dy_load_rate(ctx, m, &r)))
            return rc;
        use_rate(l, &r);
        if (!dy_y_get(m, "burst")) /* defaulted: the lint points at the limit's name */
            l->burst_mark = k->mark;
    }
    if ((v = dy_y_get(m, "quota"))) {
        if (v->kind != DY_Y_SCALAR || dy_y_is_null(v))
            return dy_y_error(ctx, v, "quota must be the name of a quota of the plan");
        for (size_t i = 0; i < pl->nquotas; i++)
            if (strcmp(p->quota_names[pl->quotas[i].quota], v->str) == 0)
                l->quota = pl->quotas[i].quota;
        if (l->quota == SIZE_MAX)
            return dy_y_error(ctx, v, "limit '%.64s' refers to undefined quota '%.64s' (define "
                              "it under quotas: of plan '%.64s')", k->str, v->str, pl->name);
    }
    if ((v = dy_y_get(m, "on_backend_failure"))) {
        if (v->kind != DY_Y_SCALAR)
            return dy_y_error(ctx, v, "on_backend_failure must be fail_open, fail_closed or local");
        if (strcmp(v->str, "fail_open") == 0)
            l->on_failure = DY_ON_FAILURE_OPEN;
        else if (strcmp(v->str, "fail_closed") == 0)
            l->on_failure = DY_ON_FAILURE_CLOSED;
        else if (strcmp(v->str, "local") == 0)
            l->on_failure = DY_ON_FAILURE_LOCAL;
        else
            return dy_y_error(ctx, v, "on_backend_failure must be fail_open, fail_closed or local");
    }
    if ((v = dy_y_get(m, "ban")) && (rc = load_ban(ctx, v, &l->ban)))
        return rc;
    if ((v = dy_y_get(m, "shadow")) && (rc = dy_y_bool(ctx, v, "shadow", &l->shadow)))
        return rc;
    if ((v = dy_y_get(m, "at_capacity"))) {
        if (v->kind != DY_Y_SCALAR || dy_y_is_null(v) ||
            (strcmp(v->str, "deny") != 0 && strcmp(v->str, "admit") != 0))
            return dy_y_error(ctx, v, "at_capacity must be deny or admit");
        l->admit_at_capacity = strcmp(v->str, "admit") == 0;
    }
    return DAYONE_OK;
}

static int load_features(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n, dy_plan *pl)
{
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_seq(ctx, n, "features")))
        return rc;
    pl->features_mark = n->mark;
    if (!(pl->features = dy_calloc(n->n, sizeof *pl->features)))
        return oom(ctx);
    for (size_t i = 0; i < n->n; i++) {
        const dy_ynode *v = n->vals[i];
        if (v->kind != DY_Y_SCALAR || dy_y_is_null(v))
            return dy_y_error(ctx, v, "features must be a list of names");
        size_t idx = intern(&p->feature_names, &p->nfeature_names, v->str);
        if (idx == SIZE_MAX)
            return oom(ctx);
        if (dy_plan_has_feature(pl, idx))
            return dy_y_error(ctx, v, "feature '%.64s' is listed twice in plan '%.64s'",
                              v->str, pl->name);
        pl->features[pl->nfeatures++] = idx;
    }
    return DAYONE_OK;
}

static int load_plan(dy_yctx *ctx, dayone_policy *p, const dy_ynode *m, dy_plan *pl)
{
    const dy_ynode *v, *limits;
    int rc;
    if ((rc = dy_y_expect_map(ctx, m, "a plan")))
        return rc;
    pl->mark = m->mark;
    pl->features_mark = m->mark;
    if ((rc = dy_schema_check_keys(ctx, m, &dy_schema_plan)) ||
        (rc = dy_y_require(ctx, m, "name", "plan", &v)) ||
        (rc = dy_y_string(ctx, v, "name", &pl->name)))
        return rc;
    if (!*pl->name)
        return dy_y_error(ctx, v, "a plan name must not be empty");
    if (dy_policy_find_plan(p, pl->name) != SIZE_MAX)
        return dy_y_error(ctx, v, "duplicate plan '%.64s'", pl->name);
    const char *desc = NULL;
    if ((v = dy_y_get(m, "description")) && (rc = dy_y_text(ctx, v, "description", &desc)))
        return rc;
    /* Quotas before limits: a limit's quota must name one of them. */
    if ((rc = load_quotas(ctx, p, dy_y_get(m, "quotas"), pl)) ||
        (rc = load_features(ctx, p, dy_y_get(m, "features"), pl)))
        return rc;
    limits = dy_y_get(m, "limits");
    if (!limits || dy_y_is_null(limits))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, limits, "limits")))
        return rc;
    if (!(pl->limits = dy_calloc(limits->n, sizeof *pl->limits)))
        return oom(ctx);
    for (size_t i = 0; i < limits->n; i++) {
        dy_plan_limit *l = &pl->limits[i];
        size_t bad;
        /* The RateLimit headers quote the name as an RFC 9651 String. */
        if (!dy_sf_string_ok(limits->keys[i]->str, &bad))
            return dy_y_error(ctx, limits->keys[i], "limit name has byte 0x%02X at offset %zu: "
                              "the RateLimit headers carry a limit name as a structured-field "
                              "String (RFC 9651), which allows printable ASCII only",
                              (unsigned char)limits->keys[i]->str[bad], bad);
        if ((rc = load_limit(ctx, limits->keys[i], limits->vals[i], p, pl, l)))
            return rc;
        l->limit = intern(&p->limit_names, &p->nlimit_names, limits->keys[i]->str);
        if (l->limit == SIZE_MAX)
            return oom(ctx);
        pl->nlimits++;
    }
    return DAYONE_OK;
}

/* Every plan names every limit of the policy (rate, unlimited or none). The
 * error is at the silent plan and names a plan that defines the limit. */
static int check_ladder_gaps(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *plans)
{
    for (size_t l = 0; l < p->nlimit_names; l++) {
        size_t definer = SIZE_MAX;
        for (size_t i = 0; i < p->nplans && definer == SIZE_MAX; i++)
            if (dy_plan_get_limit(&p->plans[i], l))
                definer = i;
        for (size_t i = 0; i < p->nplans; i++)
            if (!dy_plan_get_limit(&p->plans[i], l))
                return dy_y_error(ctx, plans->vals[i],
                                  "plan '%.64s' does not define limit '%.64s' that plan "
                                  "'%.64s' defines (give it a rate, or write '%.64s: "
                                  "unlimited' or '%.64s: none')",
                                  p->plans[i].name, p->limit_names[l],
                                  p->plans[definer].name, p->limit_names[l],
                                  p->limit_names[l]);
    }
    return DAYONE_OK;
}

int dy_load_plans(dy_yctx *ctx, dayone_policy *p, const dy_ynode *features,
                  const dy_ynode *plans)
{
    int rc;
    if ((rc = load_catalogue(ctx, p, features)))
        return rc;
    if (!plans || dy_y_is_null(plans))
        return DAYONE_OK;
    if ((rc = dy_y_expect_seq(ctx, plans, "plans")))
        return rc;
    if (plans->n > DY_POLICY_MAX_RULES)
        return dy_y_too_many(ctx, plans, "plans");
    if (!(p->plans = dy_calloc(plans->n, sizeof *p->plans)))
        return oom(ctx);
    for (size_t i = 0; i < plans->n; i++) {
        /* Counted even on error so the half-built plan is freed with the policy. */
        dy_plan *pl = &p->plans[p->nplans];
        rc = load_plan(ctx, p, plans->vals[i], pl);
        p->nplans++;
        if (rc)
            return rc;
    }
    return check_ladder_gaps(ctx, p, plans);
}
