/* check_sequence.c - list and deadline checks (check_sequence.h). */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "check_sequence.h"
#include "error.h"
#include "facts.h"
#include "facts_address.h"
#include "policy_sequence.h"
#include "text.h"
#include "time_value.h"

#define KEY_MAX (DAYONE_FACTS_ADDRESS_MAX + 32)

typedef struct out {
    const dy_rule *r;
    dy_sequence_sink sink;
    void *arg;
    int rc;
} out;

static void say(out *o, const char *key, const char *rule_id, dayone_severity sev,
                const dy_value *where, const char *hint, const char *fmt, ...)
    DY_PRINTF(7, 8);
static void say(out *o, const char *key, const char *rule_id, dayone_severity sev,
                const dy_value *where, const char *hint, const char *fmt, ...)
{
    if (o->rc != DAYONE_OK)
        return;
    dy_failure f;
    f.rule = rule_id;
    f.severity = sev == DAYONE_SEVERITY_WARNING ? sev : o->r->severity;
    va_list ap;
    va_start(ap, fmt);
    dy_failure_vsay(&f, o->r, hint, fmt, ap);
    va_end(ap);
    o->rc = o->sink(o->arg, key, &f, where);
}

void dy_say_duration(char *buf, size_t size, int64_t ns)
{
    int64_t s = ns / DY_NS_PER_SECOND;
    int64_t d = s / 86400, h = s / 3600 % 24, m = s / 60 % 60, sec = s % 60;
    size_t used = 0;
    buf[0] = '\0';
    if (d)
        used += (size_t)snprintf(buf + used, size - used, "%" PRId64 "d", d);
    if (h && used < size)
        used += (size_t)snprintf(buf + used, size - used, "%" PRId64 "h", h);
    if (m && used < size)
        used += (size_t)snprintf(buf + used, size - used, "%" PRId64 "m", m);
    if ((sec || !used) && used < size)
        snprintf(buf + used, size - used, "%" PRId64 "s", sec);
}

/* later - earlier (later >= earlier) without overflow: timestamps span the
 * whole int64 range, so the difference saturates at INT64_MAX. */
static int64_t span_ns(int64_t later, int64_t earlier)
{
    uint64_t d = (uint64_t)later - (uint64_t)earlier;
    return d > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)d;
}

/* A fact as the place a finding cites (its value is never printed). */
static void where_of(dy_value *v, const dy_fact *f, const dy_value *fallback)
{
    if (!f) {
        *v = *fallback;
        return;
    }
    memset(v, 0, sizeof *v);
    v->state = DY_VALUE_SET;
    v->source = "facts";
    v->path = f->path ? f->path : "";
    v->line = f->line;
    v->column = f->column;
}

/* Element i's value at the relative key, and the key as findings name it. */
static const dy_fact *element_value(const char *key, const dy_fact *list, size_t i,
                                    const char *rel, char *name, size_t size)
{
    snprintf(name, size, "%s[%zu]%s%s", key, i, rel[0] ? "." : "", rel);
    const dy_fact *el = dy_fact_element(list, i);
    return el ? dy_fact_find(el, rel, strlen(rel)) : NULL;
}

static size_t index_of(char *const *v, size_t n, const char *text, size_t len)
{
    for (size_t i = 0; i < n; i++)
        if (strlen(v[i]) == len && memcmp(v[i], text, len) == 0)
            return i;
    return SIZE_MAX;
}

static void check_order(out *o, const dy_sequence_order *s, const char *key,
                        const dy_fact *list, const dy_value *where)
{
    char name[KEY_MAX], prev_name[KEY_MAX];
    unsigned char seen_inc[DY_SEQUENCE_INCLUDES_MAX] = {0};
    int seen_any = 0;
    size_t prev = SIZE_MAX;
    dy_value w;
    for (size_t i = 0; i < list->n && o->rc == DAYONE_OK; i++) {
        const dy_fact *f = element_value(key, list, i, s->key, name, sizeof name);
        const char *text = NULL;
        size_t len = 0;
        dy_fact_kind kind;
        where_of(&w, f, where);
        if (!f || !dy_fact_scalar(f, &text, &len, &kind) || kind == DY_FACT_NULL ||
            dy_is_blank(text, len)) {
            if (s->norder)
                say(o, name, "fact-missing", DAYONE_SEVERITY_ERROR, &w,
                    "Give every element its value.",
                    "%s is missing; each element of %s needs one", name, key);
            continue;
        }
        for (size_t k = 0; k < s->nincludes && k < sizeof seen_inc; k++)
            if (strlen(s->includes[k]) == len && memcmp(s->includes[k], text, len) == 0)
                seen_inc[k] = 1;
        if (index_of(s->includes_any, s->nincludes_any, text, len) != SIZE_MAX)
            seen_any = 1;
        if (!s->norder)
            continue;
        size_t at = index_of(s->order, s->norder, text, len);
        if (at == SIZE_MAX) {
            say(o, name, "fact-format", DAYONE_SEVERITY_ERROR, &w,
                "Use one of the values the policy's order lists.",
                "%s is not one of the %zu values of the policy's order", name, s->norder);
            continue;
        }
        if (prev != SIZE_MAX && at < prev)
            say(o, name, "fact-order", DAYONE_SEVERITY_ERROR, &w,
                "Record the elements in time order; a later one never goes back.",
                "%s goes back to a value before that of %s; %s only moves forward", name,
                prev_name, key);
        if (prev == SIZE_MAX || at > prev) {
            prev = at;
            snprintf(prev_name, sizeof prev_name, "%s", name);
        }
    }
    for (size_t k = 0; k < s->nincludes && o->rc == DAYONE_OK; k++)
        if (k >= sizeof seen_inc || !seen_inc[k])
            say(o, key, "fact-contains", DAYONE_SEVERITY_ERROR, where,
                "Record the missing step, or find out why it was skipped.",
                "%s never has %s %s", key, s->key[0] ? s->key : "the value",
                s->includes[k]);
    if (s->nincludes_any && !seen_any && o->rc == DAYONE_OK) {
        char list_text[DY_FAILURE_TEXT_MAX / 2];
        size_t used = 0;
        list_text[0] = '\0';
        for (size_t k = 0; k < s->nincludes_any && used < sizeof list_text; k++)
            used += (size_t)snprintf(list_text + used, sizeof list_text - used, "%s%.32s",
                                     k ? ", " : "", s->includes_any[k]);
        say(o, key, "fact-contains", DAYONE_SEVERITY_ERROR, where,
            "Name what is affected.", "%s names none of: %s", key, list_text);
    }
}

/* One interval against the limits: fact-gap / fact-stale, error or warning. */
static void judge_interval(out *o, const dy_time_limits *l, const char *name,
                           const dy_value *w, const char *rule_id, const char *what,
                           int64_t ns)
{
    char d[64];
    const char *limit = NULL;
    dayone_severity sev = DAYONE_SEVERITY_ERROR;
    if (ns > l->max_ns) {
        limit = l->max_text;
    } else if (l->warn_ns && ns > l->warn_ns) {
        limit = l->warn_text;
        sev = DAYONE_SEVERITY_WARNING;
    }
    if (!limit)
        return;
    dy_say_duration(d, sizeof d, ns);
    if (sev == DAYONE_SEVERITY_WARNING)
        say(o, name, rule_id, sev, w, "Post updates at the policy's cadence.",
            "%s %s %s; more than %s (at most %s is allowed)", name, what, d, limit,
            l->max_text);
    else
        say(o, name, rule_id, sev, w, "Post updates at the policy's cadence.",
            "%s %s %s; at most %s is allowed", name, what, d, limit);
}

static void check_intervals(out *o, dy_check_ctx *ctx, const dy_sequence_intervals *s,
                            const char *key, const dy_fact *list, const dy_value *where)
{
    char name[KEY_MAX], last_name[KEY_MAX];
    int64_t prev = 0, t;
    int have_prev = 0;
    dy_value w, last_w;
    for (size_t i = 0; i < list->n && o->rc == DAYONE_OK; i++) {
        const dy_fact *f = element_value(key, list, i, s->key, name, sizeof name);
        const char *text = NULL, *why = NULL;
        size_t len = 0;
        dy_fact_kind kind;
        where_of(&w, f, where);
        if (!f || !dy_fact_scalar(f, &text, &len, &kind) || kind == DY_FACT_NULL ||
            dy_is_blank(text, len)) {
            say(o, name, "fact-missing", DAYONE_SEVERITY_ERROR, &w,
                "Give every element its timestamp.",
                "%s is missing; the intervals of %s cannot be measured", name, key);
            continue;
        }
        if (!dy_timestamp_parse(text, len, &t, &why)) {
            say(o, name, "fact-format", DAYONE_SEVERITY_ERROR, &w,
                "Write an RFC 3339 timestamp with an offset.",
                "%s is not an RFC 3339 timestamp (%s)", name, why ? why : "malformed");
            continue;
        }
        if (have_prev && t < prev) {
            say(o, name, "fact-order", DAYONE_SEVERITY_ERROR, &w,
                "Record the elements in time order.",
                "%s is earlier than %s; the elements must be in time order", name, last_name);
            continue;
        }
        if (have_prev && s->gaps)
            judge_interval(o, &s->limits, name, &w, "fact-gap", "comes after a gap of",
                           span_ns(t, prev));
        prev = t;
        have_prev = 1;
        last_w = w;
        snprintf(last_name, sizeof last_name, "%s", name);
    }
    if (!s->to_now || !have_prev || o->rc != DAYONE_OK)
        return;
    if (prev > ctx->now_ns) {
        char d[64];
        dy_say_duration(d, sizeof d, span_ns(prev, ctx->now_ns));
        say(o, last_name, "fact-order", DAYONE_SEVERITY_ERROR, &last_w,
            "Check the clock of whatever recorded it.",
            "%s is %s in the future; a recorded time cannot be later than now", last_name, d);
        return;
    }
    judge_interval(o, &s->limits, last_name, &last_w, "fact-stale",
                   "is the latest; its age is", span_ns(ctx->now_ns, prev));
}

int dy_check_sequence_list(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                           const dy_fact *list, const dy_value *where, dy_sequence_sink sink,
                           void *arg)
{
    out o = {r, sink, arg, DAYONE_OK};
    const dy_sequence_checks *s = r->checks.sequence;
    if (!s || !list || list->kind != DY_FACT_SEQ)
        return DAYONE_OK;
    if (s->sequence.key)
        check_order(&o, &s->sequence, key, list, where);
    if (s->intervals.key && o.rc == DAYONE_OK)
        check_intervals(&o, ctx, &s->intervals, key, list, where);
    return o.rc;
}

int dy_check_deadline(dy_check_ctx *ctx, const dy_rule *r, const char *key, const dy_value *v,
                      dy_sequence_sink sink, void *arg)
{
    out o = {r, sink, arg, DAYONE_OK};
    const dy_deadline *d = r->checks.sequence ? &r->checks.sequence->deadline : NULL;
    const char *why = NULL, *text = NULL;
    size_t len = 0;
    dy_fact_kind kind;
    int64_t from, due, t;
    char rel[DAYONE_FACTS_ADDRESS_MAX + 64], span[64];
    if (!d || !d->after)
        return DAYONE_OK;
    const dy_fact *af = ctx->facts ? dy_facts_find(ctx->facts, d->after, strlen(d->after))
                                   : NULL;
    dy_value aw;
    where_of(&aw, af, v);
    if (!af || !dy_fact_scalar(af, &text, &len, &kind) || kind == DY_FACT_NULL ||
        dy_is_blank(text, len)) {
        say(&o, key, "fact-missing", DAYONE_SEVERITY_ERROR, v,
            "Provide the fact in a facts document (--facts).",
            "%s cannot be judged against its deadline: %s is missing from the facts", key,
            d->after);
        return o.rc;
    }
    if (!dy_timestamp_parse(text, len, &from, &why)) {
        say(&o, key, "fact-format", DAYONE_SEVERITY_ERROR, &aw, "Correct the other fact.",
            "%s cannot be judged against its deadline: %s is not an RFC 3339 timestamp", key,
            d->after);
        return o.rc;
    }
    if (!dy_time_add(from, d->within_ns, &due, &why))
        due = INT64_MAX;
    snprintf(rel, sizeof rel, "%s + %s", d->after, d->within_text);
    if (v->state == DY_VALUE_SET) {
        if (dy_timestamp_parse(v->data, v->len, &t, &why) && t > due)
            say(&o, key, "fact-order", DAYONE_SEVERITY_ERROR, v,
                "Meet the deadline next time; say why it was missed.",
                "%s is after its deadline %s", key, rel);
        return o.rc;
    }
    /* Absent: the finding cites the fact the deadline counts from. */
    if (ctx->now_ns > due) {
        dy_say_duration(span, sizeof span, span_ns(ctx->now_ns, due));
        say(&o, key, "fact-overdue", DAYONE_SEVERITY_ERROR, &aw,
            "Publish it now and record when.",
            "%s is missing and overdue by %s (due %s)", key, span, rel);
    } else if (d->warn_ns && span_ns(due, ctx->now_ns) < d->warn_ns) {
        dy_say_duration(span, sizeof span, span_ns(due, ctx->now_ns));
        say(&o, key, "fact-overdue", DAYONE_SEVERITY_WARNING, &aw,
            "Publish it before the deadline.",
            "%s is missing and due in %s (%s)", key, span, rel);
    }
    return o.rc;
}
