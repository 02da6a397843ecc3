/* status_check.c - one status check against the facts (status_check.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "check_sequence.h"
#include "error.h"
#include "facts.h"
#include "status_check.h"
#include "time_value.h"

#define ADDRESS_MAX (DAYONE_FACTS_ADDRESS_MAX + 1)

static int say(dy_status_sink sink, void *arg, const char *rule, const char *fact,
               const dy_fact *at, dayone_component_state state, const char *fmt, ...)
    DY_PRINTF(7, 8);
static int say(dy_status_sink sink, void *arg, const char *rule, const char *fact,
               const dy_fact *at, dayone_component_state state, const char *fmt, ...)
{
    char message[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(message, sizeof message, fmt, ap);
    va_end(ap);
    dy_status_verdict v = {rule, fact, at, state, message};
    return sink(arg, &v);
}

static int missing(dy_status_sink sink, void *arg, const char *fact, const dy_fact *at)
{
    return say(sink, arg, "status-fact", fact, at, DAYONE_COMPONENT_UNKNOWN,
               "%s is %s in the facts: the component cannot be judged", fact,
               at ? "null" : "missing");
}

static int malformed(dy_status_sink sink, void *arg, const char *fact, const dy_fact *at,
                     const char *expected)
{
    return say(sink, arg, "status-fact", fact, at, DAYONE_COMPONENT_UNKNOWN,
               "%s is not %s: the component cannot be judged", fact, expected);
}

static const dy_fact *find(const dayone_facts *facts, const char *address)
{
    return facts ? dy_facts_find(facts, address, strlen(address)) : NULL;
}

static int absent(const dy_fact *f) { return !f || f->kind == DY_FACT_NULL; }

/* ---- health --------------------------------------------------------------- */

static int judge_health(const dy_status_check *c, const dayone_facts *facts,
                        dy_status_sink sink, void *arg)
{
    const dy_fact *f = find(facts, c->fact);
    if (absent(f))
        return missing(sink, arg, c->fact, f);
    if (f->kind == DY_FACT_MAP || f->kind == DY_FACT_SEQ)
        return malformed(sink, arg, c->fact, f, "a response code");
    if (f->text_len == strlen(c->expect) && memcmp(f->text, c->expect, f->text_len) == 0)
        return DAYONE_OK;
    return say(sink, arg, "status-health", c->fact, f, c->state,
               "%s is not %s: %s", c->fact, c->expect, dayone_component_state_name(c->state));
}

/* ---- burn rate ------------------------------------------------------------ */

/* A percentage fact in [0%, 100%]: 1 and *out; 0 after a verdict, or the
 * sink's error (negative). */
static int percent_fact(const dayone_facts *facts, const char *address, dy_decimal *out,
                        const dy_fact **at, dy_status_sink sink, void *arg)
{
    const dy_fact *f = *at = find(facts, address);
    const char *why = NULL;
    dy_decimal hundred;
    int rc;
    dy_number_parse("100", 3, &hundred, &why);
    if (absent(f))
        return (rc = missing(sink, arg, address, f)) ? rc : 0;
    if (f->kind != DY_FACT_STRING || !dy_percent_parse(f->text, f->text_len, out, &why) ||
        out->negative || dy_decimal_cmp(out, &hundred) > 0)
        return (rc = malformed(sink, arg, address, f, "a percentage from 0% to 100% "
                               "(such as 97.5%)")) ? rc : 0;
    return 1;
}

/* The error rate over one window, in percent: the fact itself, or 100% less
 * the success rate. */
static int error_rate(const dy_status_check *c, const dayone_facts *facts, const char *window,
                      dy_decimal *out, const dy_fact **at, dy_status_sink sink, void *arg)
{
    char address[ADDRESS_MAX];
    dy_decimal v, hundred;
    const char *why = NULL;
    int n = snprintf(address, sizeof address, "%s.%s", c->fact, window);
    if (n < 0 || (size_t)n >= sizeof address) {
        int rc = say(sink, arg, "status-fact", c->fact, NULL, DAYONE_COMPONENT_UNKNOWN,
                     "%s.%s is longer than a fact address may be", c->fact, window);
        return rc ? rc : 0;
    }
    int ok = percent_fact(facts, address, &v, at, sink, arg);
    if (ok != 1)
        return ok;
    if (!c->measures_success) {
        *out = v;
        return 1;
    }
    dy_number_parse("100", 3, &hundred, &why);
    v.negative = v.ndigits ? !v.negative : 0;
    return dy_decimal_add(&hundred, &v, out, &why) ? 1 : 0;
}

/* Windows already read by this check, so a window two pairs share (6h) is
 * read, and reported, once. */
typedef struct window_cache {
    const char *window[32];
    int ok[32];                 /* 1 read, 0 reported as unreadable */
    dy_decimal rate[32];
    const dy_fact *at[32];      /* the window's fact, for the reason's place */
    size_t n;
} window_cache;

static int window(const dy_status_check *c, const dayone_facts *facts, window_cache *wc,
                  const char *w, const dy_decimal **rate, const dy_fact **at,
                  dy_status_sink sink, void *arg)
{
    size_t i = 0;
    while (i < wc->n && strcmp(wc->window[i], w) != 0)
        i++;
    if (i == wc->n) {
        if (i == sizeof wc->window / sizeof wc->window[0])
            return DAYONE_ELIMIT;   /* 64 pairs may name more windows than are read */
        wc->at[i] = NULL;
        int ok = error_rate(c, facts, w, &wc->rate[i], &wc->at[i], sink, arg);
        if (ok < 0)
            return ok;
        wc->window[i] = w;
        wc->ok[i] = ok;
        wc->n++;
    }
    *rate = wc->ok[i] ? &wc->rate[i] : NULL;
    *at = wc->at[i];
    return DAYONE_OK;
}

static int judge_burn_rate(const dy_status_conf *conf, const dy_status_check *c,
                           const dayone_facts *facts, dy_status_sink sink, void *arg)
{
    window_cache wc;
    dy_decimal hundred, budget, objective = c->objective.value;
    const char *why = NULL;
    int rc;
    wc.n = 0;
    dy_number_parse("100", 3, &hundred, &why);
    objective.negative = !objective.negative;
    if (!dy_decimal_add(&hundred, &objective, &budget, &why))
        return say(sink, arg, "status-fact", c->fact, NULL, DAYONE_COMPONENT_UNKNOWN,
                   "the error budget of %s cannot be computed: %s", c->name, why);
    for (size_t i = 0; i < conf->npairs; i++) {
        const dy_burn_pair *p = &conf->pairs[i];
        const dy_decimal *lr = NULL, *sr = NULL;
        const dy_fact *long_at = NULL, *short_at = NULL;
        dy_decimal threshold;
        if ((rc = window(c, facts, &wc, p->long_window, &lr, &long_at, sink, arg)) ||
            (rc = window(c, facts, &wc, p->short_window, &sr, &short_at, sink, arg)))
            return rc;
        if (!lr || !sr)
            continue;
        if (!dy_decimal_mul(&p->factor.value, &budget, &threshold, &why))
            return say(sink, arg, "status-fact", c->fact, NULL, DAYONE_COMPONENT_UNKNOWN,
                       "the burn-rate threshold of %s cannot be computed: %s", c->name, why);
        /* Both windows strictly above factor x budget. */
        if (dy_decimal_cmp(lr, &threshold) > 0 && dy_decimal_cmp(sr, &threshold) > 0 &&
            (rc = say(sink, arg, "status-burn-rate", c->fact, long_at, p->state,
                      "%s burns its %s error budget faster than %sx over both %s and %s "
                      "(%s alert): %s", c->fact, c->objective.text, p->factor.text,
                      p->long_window, p->short_window, p->alert,
                      dayone_component_state_name(p->state))))
            return rc;
    }
    return DAYONE_OK;
}

/* ---- threshold ------------------------------------------------------------ */

/* A number fact, or a percentage read as its number of percent; *percent
 * says which. 1, 0 after a verdict, or the sink's error. */
static int number_fact(const dayone_facts *facts, const char *address, dy_decimal *out,
                       int *percent, const dy_fact **at, dy_status_sink sink, void *arg)
{
    const dy_fact *f = *at = find(facts, address);
    const char *why = NULL;
    int rc;
    if (absent(f))
        return (rc = missing(sink, arg, address, f)) ? rc : 0;
    *percent = f->kind == DY_FACT_STRING;
    if ((f->kind == DY_FACT_NUMBER && dy_number_parse(f->text, f->text_len, out, &why)) ||
        (f->kind == DY_FACT_STRING && dy_percent_parse(f->text, f->text_len, out, &why)))
        return 1;
    return (rc = malformed(sink, arg, address, f, "a number or a percentage")) ? rc : 0;
}

static int judge_threshold(const dy_status_check *c, const dayone_facts *facts,
                           dy_status_sink sink, void *arg)
{
    dy_decimal value, per;
    const dy_fact *at = NULL, *per_at = NULL;
    const char *why = NULL;
    int value_percent = 0, per_percent = 0, ok;
    if ((ok = number_fact(facts, c->fact, &value, &value_percent, &at, sink, arg)) != 1)
        return ok;
    if (c->per) {
        if ((ok = number_fact(facts, c->per, &per, &per_percent, &per_at, sink, arg)) != 1)
            return ok;
        if (per_percent != value_percent)
            return malformed(sink, arg, c->per, per_at, value_percent
                             ? "a percentage, as its numerator is"
                             : "a number, as its numerator is");
        if (!per.ndigits || per.negative)
            return say(sink, arg, "status-fact", c->per, per_at, DAYONE_COMPONENT_UNKNOWN,
                       "%s must be above zero to divide %s by it: the component cannot be "
                       "judged", c->per, c->fact);
    }
    const dy_status_step *hit = NULL;
    for (size_t i = 0; i < c->nsteps; i++) {
        dy_decimal bound = c->steps[i].bound.value;
        /* value / per > bound is decided exactly as value > bound * per */
        if (c->per && !dy_decimal_mul(&c->steps[i].bound.value, &per, &bound, &why))
            return say(sink, arg, "status-fact", c->per, per_at, DAYONE_COMPONENT_UNKNOWN,
                       "%s cannot be compared: %s", c->fact, why);
        if (dy_decimal_cmp(&value, &bound) > 0)
            hit = &c->steps[i];
    }
    if (!hit)
        return DAYONE_OK;
    if (c->per)
        return say(sink, arg, "status-threshold", c->fact, at, hit->state,
                   "%s is above %s times %s: %s", c->fact, hit->bound.text, c->per,
                   dayone_component_state_name(hit->state));
    return say(sink, arg, "status-threshold", c->fact, at, hit->state, "%s is above %s: %s",
               c->fact, hit->bound.text, dayone_component_state_name(hit->state));
}

int dy_status_judge(const dy_status_conf *conf, const dy_status_check *c,
                    const dayone_facts *facts, dy_status_sink sink, void *arg)
{
    switch (c->kind) {
    case DY_STATUS_HEALTH:
        return judge_health(c, facts, sink, arg);
    case DY_STATUS_BURN_RATE:
        return judge_burn_rate(conf, c, facts, sink, arg);
    case DY_STATUS_THRESHOLD:
        return judge_threshold(c, facts, sink, arg);
    }
    return DAYONE_EINVAL;
}

int dy_status_flag(const dayone_facts *facts, const char *address, int *on,
                   dy_status_sink sink, void *arg)
{
    const dy_fact *f = find(facts, address);
    *on = 0;
    if (absent(f))
        return DAYONE_OK;
    if (f->kind == DY_FACT_BOOL) {
        *on = f->text[0] == 't' || f->text[0] == 'T';
        return DAYONE_OK;
    }
    *on = -1;
    return malformed(sink, arg, address, f, "true or false");
}

int dy_status_published(const dayone_facts *facts, const char *address, const dy_fact **at,
                        int *state, dy_status_sink sink, void *arg)
{
    const dy_fact *f = *at = find(facts, address);
    *state = -1;
    if (absent(f))
        return missing(sink, arg, address, f);
    *state = f->kind == DY_FACT_STRING ? dy_component_state_parse(f->text) : -1;
    if (*state >= 0)
        return DAYONE_OK;
    return malformed(sink, arg, address, f, "a status-page state (operational, "
                     "degraded_performance, partial_outage, major_outage, under_maintenance)");
}

int dy_status_observed(const dy_status_conf *conf, const dayone_facts *facts, int64_t now_ns,
                       dy_status_sink sink, void *arg)
{
    const char *address = conf->observed_at, *why = NULL;
    const dy_fact *f = find(facts, address);
    char age[64];
    int64_t t;
    if (absent(f))
        return say(sink, arg, "status-fact", address, f, DAYONE_COMPONENT_UNKNOWN,
                   "%s is %s in the facts: their age cannot be told, so no component can be "
                   "judged", address, f ? "null" : "missing");
    if (f->kind != DY_FACT_STRING || !dy_timestamp_parse(f->text, f->text_len, &t, &why))
        return say(sink, arg, "status-fact", address, f, DAYONE_COMPONENT_UNKNOWN,
                   "%s is not an RFC 3339 timestamp (YYYY-MM-DDTHH:MM:SSZ): their age cannot "
                   "be told, so no component can be judged", address);
    /* Two int64 instants can be more than INT64_MAX apart; as uint64 the
     * distance is exact, and a message says at most ~292 years. */
    uint64_t apart = t > now_ns ? (uint64_t)t - (uint64_t)now_ns : (uint64_t)now_ns - (uint64_t)t;
    /* in whole seconds, rounded up: 1ns over a 15m max_age reads 15m1s */
    uint64_t shown = apart / DY_NS_PER_SECOND + (apart % DY_NS_PER_SECOND != 0);
    shown = shown > (uint64_t)(INT64_MAX / DY_NS_PER_SECOND) ? (uint64_t)INT64_MAX
                                                            : shown * DY_NS_PER_SECOND;
    dy_say_duration(age, sizeof age, (int64_t)shown);
    if (t > now_ns && apart > (uint64_t)DY_STATUS_CLOCK_SKEW_NS)
        return say(sink, arg, "status-fact", address, f, DAYONE_COMPONENT_UNKNOWN,
                   "%s is %s in the future (more than the 1m of clock skew allowed): a clock "
                   "is wrong, so no component can be judged", address, age);
    if (t < now_ns && apart > (uint64_t)conf->max_age_ns)
        return say(sink, arg, "status-stale", address, f, DAYONE_COMPONENT_UNKNOWN,
                   "%s is %s old; at most %s is allowed: the facts do not describe the "
                   "platform now, so no component can be judged", address, age,
                   conf->max_age_text);
    return DAYONE_OK;
}
