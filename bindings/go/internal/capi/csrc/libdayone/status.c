/* status.c - dayone_status_evaluate and the result it hands back
 * (include/dayone/status.h; the rules are in policy_status.h).
 *
 * First the facts' freshness (the section's observed_at and max_age): facts
 * too old, from the future or without a readable time say nothing about
 * the platform now, so that one finding is also the first reason of EVERY
 * component and every component is unknown (its checks still run).
 * Then for each component, in policy order:
 *   1. its maintenance fact (true: under_maintenance; malformed: unknown);
 *   2. every check (status_check.c); each verdict is a reason and a finding,
 *      and the component takes the most severe state a check asks for;
 *   3. its state: unknown when any of its facts could not be read (fail
 *      closed), else under_maintenance when the maintenance fact is true,
 *      else the most severe state asked for (operational when none);
 *   4. its published state (<published>.<name>): status-drift when it is
 *      less severe than the computed one. An unreadable published state is
 *      a status-fact finding but does not make the component unknown. */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "clock.h"
#include "error.h"
#include "facts.h"
#include "policy.h"
#include "policy_status.h"
#include "report.h"
#include "status.h"
#include "status_check.h"

static const char *const g_hints[][2] = {
    {"status-fact", "Export the fact from monitoring into the facts document (--facts); "
                    "docs/status.md lists the facts each component reads."},
    {"status-drift", "Update the status page: publish at least the computed state."},
    {"status-stale", "Export the facts from monitoring again (and check that the export "
                     "runs); the status cannot be judged from old facts."},
    {"status-maintenance", "Publish the maintenance on the status page; set the fact to "
                           "false when it ends."},
};

static const char *hint_of(const char *rule)
{
    for (size_t i = 0; i < sizeof g_hints / sizeof g_hints[0]; i++)
        if (strcmp(g_hints[i][0], rule) == 0)
            return g_hints[i][1];
    return "Investigate the component and publish its state on the status page.";
}

dayone_indicator dy_status_indicator_of(dayone_component_state s)
{
    switch (s) {
    case DAYONE_COMPONENT_OPERATIONAL:
    case DAYONE_COMPONENT_UNDER_MAINTENANCE: return DAYONE_INDICATOR_NONE;
    case DAYONE_COMPONENT_DEGRADED_PERFORMANCE: return DAYONE_INDICATOR_MINOR;
    case DAYONE_COMPONENT_PARTIAL_OUTAGE: return DAYONE_INDICATOR_MAJOR;
    case DAYONE_COMPONENT_MAJOR_OUTAGE: return DAYONE_INDICATOR_CRITICAL;
    case DAYONE_COMPONENT_UNKNOWN: break;
    }
    return DAYONE_INDICATOR_UNKNOWN;
}

/* ---- building ------------------------------------------------------------- */

typedef struct build {
    dayone_status_result *r;
    dayone_component *comp;         /* the component being evaluated */
    size_t cap;                     /* of comp->reasons */
    const char *check;              /* the check being run, for reasons */
    int reasons;                    /* verdicts are reasons (not for the published state) */
    int unknown;                    /* a fact of the component could not be read */
    dayone_component_state worst;
    /* the facts' freshness verdict, when they are not fresh: the first
     * reason of every component */
    int stale;
    dy_status_verdict staleness;
    char stale_fact[DAYONE_FACTS_ADDRESS_MAX + 1];
    char stale_message[512];
} build;

static void reason_free(dayone_status_reason *x)
{
    dy_free((char *)x->check);
    dy_free((char *)x->fact);
    dy_free((char *)x->message);
    dy_free((char *)x->path);
}

static int add_finding(build *b, const char *rule, dayone_severity sev, const char *fact,
                       const dy_fact *at, const char *message)
{
    char because[256];
    snprintf(because, sizeof because, "component %s, check %s", b->comp->name, b->check);
    dayone_finding *f = dy_report_add(b->r->report, rule, fact, sev, hint_of(rule), because,
                                      "%s", message);
    if (!f)
        return DAYONE_ENOMEM;
    if (at && at->path) {
        dy_finding_set_source(b->r->report, f, "facts", at->path, at->line);
        f->source_column = at->column;
    }
    return DAYONE_OK;
}

static int add_reason(build *b, const char *rule, const dy_status_verdict *v)
{
    dayone_component *c = b->comp;
    if (c->nreasons == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4;
        dayone_status_reason *grown = dy_realloc((void *)c->reasons, cap * sizeof *grown);
        if (!grown)
            return DAYONE_ENOMEM;
        c->reasons = grown;
        b->cap = cap;
    }
    dayone_status_reason *x = (dayone_status_reason *)&c->reasons[c->nreasons];
    memset(x, 0, sizeof *x);
    x->rule = rule;   /* a static rule id */
    x->state = v->state;
    x->check = dy_strdup(b->check);
    x->fact = dy_strdup(v->fact);
    x->message = dy_strdup(v->message);
    x->path = dy_strdup(v->at && v->at->path ? v->at->path : "");
    if (v->at) {
        x->line = v->at->line;
        x->column = v->at->column;
    }
    c->nreasons++;
    return x->check && x->fact && x->message && x->path ? DAYONE_OK : DAYONE_ENOMEM;
}

/* The rule ids as static strings, so a reason can borrow them. */
static const char *static_rule(const char *rule)
{
    static const char *const ids[] = {"status-health", "status-burn-rate", "status-threshold",
                                      "status-fact", "status-maintenance", "status-drift",
                                      "status-stale"};
    for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++)
        if (strcmp(ids[i], rule) == 0)
            return ids[i];
    return "status-fact";
}

static int on_verdict(void *arg, const dy_status_verdict *v)
{
    build *b = arg;
    int error = v->state == DAYONE_COMPONENT_UNKNOWN;
    const char *rule = static_rule(v->rule);
    int rc = add_finding(b, rule, error ? DAYONE_SEVERITY_ERROR : DAYONE_SEVERITY_WARNING,
                         v->fact, v->at, v->message);
    if (rc || !b->reasons)
        return rc;
    if (error)
        b->unknown = 1;
    else if (v->state > b->worst)
        b->worst = v->state;
    return add_reason(b, rule, v);
}

/* The freshness verdict: one finding, kept for every component's reasons. */
static int on_staleness(void *arg, const dy_status_verdict *v)
{
    build *b = arg;
    b->stale = 1;
    b->staleness = *v;
    b->staleness.rule = static_rule(v->rule);
    snprintf(b->stale_fact, sizeof b->stale_fact, "%s", v->fact);
    snprintf(b->stale_message, sizeof b->stale_message, "%s", v->message);
    b->staleness.fact = b->stale_fact;
    b->staleness.message = b->stale_message;
    dayone_finding *f = dy_report_add(b->r->report, b->staleness.rule, v->fact,
                                      DAYONE_SEVERITY_ERROR, hint_of(b->staleness.rule),
                                      "every component: the facts' time", "%s", v->message);
    if (!f)
        return DAYONE_ENOMEM;
    if (v->at && v->at->path) {
        dy_finding_set_source(b->r->report, f, "facts", v->at->path, v->at->line);
        f->source_column = v->at->column;
    }
    return DAYONE_OK;
}

static int drift(build *b, const char *address, const dy_fact *at)
{
    char message[512];
    dayone_component *c = b->comp;
    snprintf(message, sizeof message, "the status page shows %s as %s, but its health says %s",
             c->name, dayone_component_state_name(c->published),
             dayone_component_state_name(c->state));
    b->check = "published";
    return add_finding(b, "status-drift", DAYONE_SEVERITY_ERROR, address, at, message);
}

static int evaluate_component(build *b, const dy_status_conf *conf,
                              const dy_status_component *sc, const dayone_facts *facts)
{
    dayone_component *c = b->comp;
    int maintenance = 0, rc;
    b->cap = 0;
    b->unknown = 0;
    b->worst = DAYONE_COMPONENT_OPERATIONAL;
    b->reasons = 1;
    if (!(c->name = dy_strdup(sc->name)))
        return DAYONE_ENOMEM;
    if (b->stale) {
        b->check = "observed_at";
        b->unknown = 1;
        if ((rc = add_reason(b, b->staleness.rule, &b->staleness)))
            return rc;
    }
    if (sc->maintenance) {
        b->check = "maintenance";
        if ((rc = dy_status_flag(facts, sc->maintenance, &maintenance, on_verdict, b)))
            return rc;
        if (maintenance == 1) {
            char message[256];
            const dy_fact *at =
                facts ? dy_facts_find(facts, sc->maintenance, strlen(sc->maintenance)) : NULL;
            dy_status_verdict v = {"status-maintenance", sc->maintenance, at,
                                   DAYONE_COMPONENT_UNDER_MAINTENANCE, message};
            snprintf(message, sizeof message, "%s is true: %s is under maintenance",
                     sc->maintenance, sc->name);
            if ((rc = on_verdict(b, &v)))
                return rc;
        }
    }
    for (size_t i = 0; i < sc->nchecks; i++) {
        b->check = sc->checks[i].name;
        if ((rc = dy_status_judge(conf, &sc->checks[i], facts, on_verdict, b)))
            return rc;
    }
    c->state = b->unknown ? DAYONE_COMPONENT_UNKNOWN
             : maintenance == 1 ? DAYONE_COMPONENT_UNDER_MAINTENANCE
             : b->worst;
    c->indicator = dy_status_indicator_of(c->state);
    if (!conf->published)
        return DAYONE_OK;
    /* the published state: <published>.<component> */
    char address[DAYONE_FACTS_ADDRESS_MAX + 1];
    const dy_fact *at = NULL;
    int published = -1;
    snprintf(address, sizeof address, "%s.%s", conf->published, sc->name);
    b->reasons = 0;
    b->check = "published";
    if ((rc = dy_status_published(facts, address, &at, &published, on_verdict, b)))
        return rc;
    if (published < 0)
        return DAYONE_OK;
    c->has_published = 1;
    c->published = (dayone_component_state)published;
    if (c->state != DAYONE_COMPONENT_UNKNOWN && c->published < c->state)
        return drift(b, address, at);
    return DAYONE_OK;
}

/* ---- the public calls ----------------------------------------------------- */

void dayone_status_free(dayone_status_result *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->ncomponents; i++) {
        dayone_component *c = &r->components[i];
        for (size_t j = 0; j < c->nreasons; j++)
            reason_free((dayone_status_reason *)&c->reasons[j]);
        dy_free((void *)c->reasons);
        dy_free((char *)c->name);
    }
    dy_free(r->components);
    dayone_report_free(r->report);
    dy_free(r);
}

int dayone_status_evaluate(dayone_status_result **out, const dayone_policy *policy,
                           const dayone_facts *facts, dayone_error *err)
{
    return dayone_status_evaluate_with(out, policy, facts, NULL, err);
}

int dayone_status_evaluate_with(dayone_status_result **out, const dayone_policy *policy,
                                const dayone_facts *facts, const dayone_status_options *opts,
                                dayone_error *err)
{
    dayone_policy *loaded = NULL;
    dayone_status_result *r = NULL;
    int rc = DAYONE_OK;
    if (out)
        *out = NULL;
    if (!out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_status_evaluate: out must not be NULL");
    if (opts && (opts->version == 0 || opts->version > DAYONE_STATUS_OPTIONS_VERSION))
        return dy_fail(err, DAYONE_EINVAL, "dayone_status_options: version %u is not one this "
                       "library knows (1 to %d)", opts->version,
                       DAYONE_STATUS_OPTIONS_VERSION);
    int64_t now_ns = opts && opts->now_ns ? opts->now_ns : dy_wall_ns();
    if (!policy) {
        if ((rc = dayone_policy_load_default(&loaded, err)))
            return rc;
        policy = loaded;
    }
    const dy_status_conf *conf = policy->status;
    if (!conf) {
        rc = dy_fail(err, DAYONE_EINVAL, "the policy '%s' has no status: section (it names "
                     "the components and their checks: docs/status.md)", policy->name);
        goto done;
    }
    if (!(r = dy_calloc(1, sizeof *r)) || !(r->report = dy_report_new(policy->name)) ||
        !(r->components = dy_calloc(conf->ncomponents, sizeof *r->components))) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    dy_report_set_files(r->report, policy->from_file ? policy->name : NULL, NULL);
    dy_report_set_verdict(r->report, "OK", "NEEDS ATTENTION");
    build b;
    memset(&b, 0, sizeof b);
    b.r = r;
    if (conf->observed_at && (rc = dy_status_observed(conf, facts, now_ns, on_staleness, &b))) {
        rc = dy_fail(err, rc, "out of memory");
        goto done;
    }
    for (size_t i = 0; i < conf->ncomponents; i++) {
        b.comp = &r->components[r->ncomponents++];
        if ((rc = evaluate_component(&b, conf, &conf->components[i], facts))) {
            rc = dy_fail(err, rc, "the status could not be evaluated: %s",
                         rc == DAYONE_ENOMEM ? "out of memory" : dayone_status_name(rc));
            goto done;
        }
        if (b.comp->indicator > r->indicator)
            r->indicator = b.comp->indicator;
    }
    if (r->report->oom) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    *out = r;
    r = NULL;
done:
    dayone_status_free(r);
    dayone_policy_free(loaded);
    return rc;
}

size_t dayone_status_count(const dayone_status_result *r) { return r ? r->ncomponents : 0; }

const dayone_component *dayone_status_get(const dayone_status_result *r, size_t i)
{
    return r && i < r->ncomponents ? &r->components[i] : NULL;
}

dayone_indicator dayone_status_indicator(const dayone_status_result *r)
{
    return r ? r->indicator : DAYONE_INDICATOR_UNKNOWN;
}

int dayone_status_ok(const dayone_status_result *r)
{
    return r && dayone_report_ok(r->report);
}

const dayone_report *dayone_status_report(const dayone_status_result *r)
{
    return r ? r->report : NULL;
}
