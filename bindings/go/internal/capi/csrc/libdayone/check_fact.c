/* check_fact.c - judging fact rules (check_fact.h). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "check_fact.h"
#include "check_fact_more.h"
#include "check_file.h"
#include "check_sequence.h"
#include "condition.h"
#include "decimal.h"
#include "error.h"
#include "facts.h"
#include "facts_address.h"
#include "policy_sequence.h"
#include "text.h"
#include "time_value.h"

#define KEY_MAX (DAYONE_FACTS_ADDRESS_MAX + 32)

typedef struct judge {
    dy_check_ctx *ctx;
    dy_fact_sink sink;
    void *arg;
    int rc;
    const dy_fact *element;  /* the each: element being judged; NULL at the top */
} judge;

/* The value of `key`: from base (an element), else the environment for a
 * variable name, else the facts. *fact is the fact when it came from one. */
static int resolve(dy_check_ctx *ctx, const char *key, int is_address, const dy_fact *base,
                   dy_value *v, const dy_fact **fact)
{
    *fact = NULL;
    if (!base && !is_address) {
        dy_file_issue *issue = NULL;
        int rc = dy_check_resolve(ctx, key, v, &issue);
        if (rc != DAYONE_OK || v->state != DY_VALUE_UNSET)
            return rc;
    }
    *fact = base ? dy_fact_find(base, key, strlen(key))
                 : dy_facts_find(ctx->facts, key, strlen(key));
    dy_fact_value(v, *fact);
    return DAYONE_OK;
}

static void report(judge *j, const dy_rule *r, const char *key, const char *rule_id,
                   const dy_value *where, const char *hint, const char *fmt, ...)
    DY_PRINTF(7, 8);
static void report(judge *j, const dy_rule *r, const char *key, const char *rule_id,
                   const dy_value *where, const char *hint, const char *fmt, ...)
{
    if (j->rc != DAYONE_OK)
        return;
    dy_failure f;
    f.rule = rule_id;
    f.severity = r->severity;
    va_list ap;
    va_start(ap, fmt);
    dy_failure_vsay(&f, r, hint, fmt, ap);
    va_end(ap);
    j->rc = j->sink(j->arg, key, &f, where);
}

/* The other fact of not_before/not_after/ratio, as a timestamp or number. */
static int other_fact(judge *j, const dy_rule *r, const char *key, const dy_value *where,
                      const char *other, int timestamp, int64_t *ns, dy_decimal *d)
{
    dy_value ov;
    const dy_fact *of;
    const char *why = NULL;
    int is_address = !dy_is_identifier(other, strlen(other));
    /* Inside each:, the element's own fact of that name comes first. */
    if (j->element && (of = dy_fact_find(j->element, other, strlen(other))))
        dy_fact_value(&ov, of);
    else if ((j->rc = resolve(j->ctx, other, is_address, NULL, &ov, &of)) != DAYONE_OK)
        return 0;
    if (ov.state != DY_VALUE_SET) {
        report(j, r, key, "fact-missing", where,
               "Provide the fact in a facts document (--facts).",
               "%s cannot be compared: %s is missing from the facts", key, other);
        return 0;
    }
    int ok = of && (of->kind == DY_FACT_MAP || of->kind == DY_FACT_SEQ)
                 ? 0
                 : timestamp ? dy_timestamp_parse(ov.data, ov.len, ns, &why)
                             : dy_number_parse(ov.data, ov.len, d, &why);
    if (!ok)
        report(j, r, key, "fact-format", &ov, "Correct the other fact.",
               "%s cannot be compared: %s is not %s", key, other,
               timestamp ? "an RFC 3339 timestamp" : "a decimal number");
    return ok;
}

static void check_time(judge *j, const dy_rule *r, const char *key, const dy_value *v)
{
    const dy_fact_checks *fc = r->facts;
    int64_t t, other, bound;
    const char *why = NULL;
    char age[64], hint[DY_FAILURE_TEXT_MAX];
    if (!fc || !dy_timestamp_parse(v->data, v->len, &t, &why))
        return;
    if (fc->max_age_ns) {
        int64_t now = j->ctx->now_ns;
        /* The distance of two int64 instants can exceed INT64_MAX (1700 to
         * 2026); as uint64 it is exact, and a message says at most ~292y. */
        uint64_t apart = t > now ? (uint64_t)t - (uint64_t)now : (uint64_t)now - (uint64_t)t;
        int64_t shown = apart > (uint64_t)INT64_MAX ? INT64_MAX : (int64_t)apart;
        if (t > now) {
            dy_say_duration(age, sizeof age, shown);
            report(j, r, key, "fact-order", v, "Check the clock of whatever recorded it.",
                   "%s is %s in the future; a recorded time cannot be later than now", key,
                   age);
        } else if (apart > (uint64_t)fc->max_age_ns) {
            dy_say_duration(age, sizeof age, shown);
            snprintf(hint, sizeof hint, "Make sure what %s records ran in the last %s.", key,
                     fc->max_age_text);
            report(j, r, key, "fact-stale", v, hint, "%s is %s old; at most %s is allowed",
                   key, age, fc->max_age_text);
        }
    }
    const dy_fact_bound *b[2] = {&fc->not_before, &fc->not_after};
    for (int i = 0; i < 2 && j->rc == DAYONE_OK; i++) {
        if (!b[i]->fact || !other_fact(j, r, key, v, b[i]->fact, 1, &other, NULL))
            continue;
        if (!dy_time_add(other, b[i]->plus_ns, &bound, &why))
            bound = i == 0 ? INT64_MAX : INT64_MIN;   /* past the range: fails closed */
        int bad = i == 0 ? t < bound : t > bound;
        if (!bad)
            continue;
        char rel[DAYONE_FACTS_ADDRESS_MAX + 64];
        snprintf(rel, sizeof rel, "%s%s%s", b[i]->fact, b[i]->plus_text ? " + " : "",
                 b[i]->plus_text ? b[i]->plus_text : "");
        report(j, r, key, "fact-order", v, "Check the order of these events.",
               "%s is %s %s; it must not be", key, i == 0 ? "before" : "after", rel);
    }
}

static void check_number(judge *j, const dy_rule *r, const char *key, const dy_value *v)
{
    const dy_fact_checks *fc = r->facts;
    const int percent = r->checks.format == DY_FMT_PERCENT;
    dy_decimal d, other, bound;
    const char *why = NULL, *unit = percent ? "%" : "";
    if (!fc || !(percent ? dy_percent_parse(v->data, v->len, &d, &why)
                         : dy_number_parse(v->data, v->len, &d, &why)))
        return;
    if (fc->min.set && dy_decimal_cmp(&d, &fc->min.value) < 0)
        report(j, r, key, "fact-threshold", v, "Bring it within the policy's bounds.",
               "%s is below the minimum %s%s", key, fc->min.text,
               strchr(fc->min.text, '%') ? "" : unit);
    if (fc->max.set && dy_decimal_cmp(&d, &fc->max.value) > 0)
        report(j, r, key, "fact-threshold", v, "Bring it within the policy's bounds.",
               "%s is above the maximum %s%s", key, fc->max.text,
               strchr(fc->max.text, '%') ? "" : unit);
    if (!fc->ratio_of || j->rc != DAYONE_OK ||
        !other_fact(j, r, key, v, fc->ratio_of, 0, NULL, &other))
        return;
    if (other.ndigits == 0 || other.negative) {
        report(j, r, key, "fact-threshold", v, "Check the divisor fact.",
               "%s / %s is undefined: %s is not above zero", key, fc->ratio_of, fc->ratio_of);
        return;
    }
    /* a / b against c, exactly: a against c * b (b > 0). */
    const dy_decimal_bound *rb[2] = {&fc->ratio_min, &fc->ratio_max};
    for (int i = 0; i < 2; i++) {
        if (!rb[i]->set || !dy_decimal_mul(&rb[i]->value, &other, &bound, &why))
            continue;
        int c = dy_decimal_cmp(&d, &bound);
        if (i == 0 ? c < 0 : c > 0)
            report(j, r, key, "fact-threshold", v, "Bring the ratio within the policy's bounds.",
                   "%s / %s is %s %s", key, fc->ratio_of, i == 0 ? "below the minimum" :
                   "above the maximum", rb[i]->text);
    }
}

static void judge_rule(judge *j, const dy_rule *r, const char *key, const dy_fact *base);

static void check_list(judge *j, const dy_rule *r, const char *key, const dy_fact *f,
                       const dy_value *v)
{
    const dy_fact_checks *fc = r->facts;
    size_t n = f->n;
    if (r->checks.sequence &&
        (j->rc = dy_check_sequence_list(j->ctx, r, key, f, v, j->sink, j->arg)) != DAYONE_OK)
        return;
    if (!fc)
        return;
    if (fc->has_min_items && n < fc->min_items)
        report(j, r, key, "fact-threshold", v, "Check what the list should hold.",
               "%s has %zu items; at least %zu are required", key, n, fc->min_items);
    if (fc->has_max_items && n > fc->max_items)
        report(j, r, key, "fact-threshold", v, "Check what the list should hold.",
               "%s has %zu items; at most %zu are allowed", key, n, fc->max_items);
    if (fc->count_by && j->rc == DAYONE_OK)
        j->rc = dy_check_fact_more_list(j->ctx, r, key, f, j->sink, j->arg);
    if (!fc->each)
        return;
    const dy_rule *e = fc->each;
    for (size_t i = 0; i < n && j->rc == DAYONE_OK; i++) {
        char ekey[KEY_MAX];
        snprintf(ekey, sizeof ekey, "%s[%zu]%s%s", key, i, e->key[0] ? "." : "", e->key);
        if (e->when) {            /* each: {when: ...}: facts relative to the element */
            dy_cond_scope scope = {j->ctx->facts, f->items[i]};
            if (!dy_cond_eval_in(j->ctx->policy, j->ctx->env, &scope, e->when, NULL))
                continue;
        }
        dy_rule el = *e;          /* the element rule, named by its full address */
        el.severity = r->severity;
        if (!el.message)          /* and speaking with the rule's own texts */
            el.message = r->message;
        if (!el.hint)
            el.hint = r->hint;
        judge_rule(j, &el, ekey, f->items[i]);
    }
}

static int wants_list(const dy_rule *r)
{
    return (r->facts && (r->facts->has_min_items || r->facts->has_max_items || r->facts->each ||
                         r->facts->count_by)) ||
           dy_sequence_wants_list(r->checks.sequence);
}

/* key: how findings name the fact; base: the element for each:. */
static void judge_value(judge *j, const dy_rule *r, const char *key, const dy_fact *base);

/* A rule that asks nothing of its fact but its presence: a mapping or a
 * list is present too (each plan defines `ingest`, whatever its shape). */
static int only_required(const dy_rule *r)
{
    const dy_checks *c = &r->checks;
    return c->required && !r->facts && !c->min_length && !c->max_length &&
           c->min_entropy_bits <= 0 && !c->reject_placeholders && c->format == DY_FMT_NONE &&
           !c->nvalues && !c->equals && c->expect_bool < 0 && !c->pattern && !c->stripe_mode &&
           !c->sequence;
}

static void judge_rule(judge *j, const dy_rule *r, const char *key, const dy_fact *base)
{
    const dy_fact *outer = j->element;
    j->element = base;
    judge_value(j, r, key, base);
    j->element = outer;
}

static void judge_value(judge *j, const dy_rule *r, const char *key, const dy_fact *base)
{
    dy_value v;
    const dy_fact *f;
    dy_failures fl;
    if ((j->rc = resolve(j->ctx, r->key, r->key_is_address, base, &v, &f)) != DAYONE_OK)
        return;
    if (v.state == DY_VALUE_UNREADABLE)
        return;                         /* the secret-file finding says it */
    dy_rule named = *r;
    named.key = (char *)key;
    if (f && (f->kind == DY_FACT_MAP || f->kind == DY_FACT_SEQ) && only_required(r))
        return;                         /* "it is there" is all the rule asks */
    if (f && f->kind == DY_FACT_MAP) {
        report(j, r, key, "fact-format", &v, "Point the rule at a value, not a mapping.",
               "%s is a mapping; %s is expected", key,
               wants_list(r) ? "a list" : "a single value");
        return;
    }
    if (wants_list(r) && v.state == DY_VALUE_SET) {
        if (!f || f->kind != DY_FACT_SEQ)
            report(j, r, key, "fact-format", &v, "Give the fact as a list.",
                   "%s is not a list", key);
        else
            check_list(j, r, key, f, &v);
        return;
    }
    if (f && f->kind == DY_FACT_SEQ) {
        report(j, r, key, "fact-format", &v, "Point the rule at a value, not a list.",
               "%s is a list; a single value is expected", key);
        return;
    }
    fl.n = 0;
    dy_check_value(&named, &v, &j->ctx->ve, &fl);
    for (size_t i = 0; i < fl.n && j->rc == DAYONE_OK; i++)
        j->rc = j->sink(j->arg, key, &fl.f[i], &v);
    if (!fl.n && !j->ctx->ve.presence_only && r->checks.sequence &&
        (j->rc = dy_check_deadline(j->ctx, &named, key, &v, j->sink, j->arg)) != DAYONE_OK)
        return;
    if (fl.n || v.state != DY_VALUE_SET || j->ctx->ve.presence_only)
        return;                         /* missing, or not in the format: nothing to compare */
    if (r->checks.format == DY_FMT_TIMESTAMP)
        check_time(j, &named, key, &v);
    else if (r->checks.format == DY_FMT_NUMBER || r->checks.format == DY_FMT_PERCENT)
        check_number(j, &named, key, &v);
    if (j->rc == DAYONE_OK)
        j->rc = dy_check_fact_more_value(j->ctx, &named, key, &v, base, j->sink, j->arg);
}

int dy_check_fact_rule(dy_check_ctx *ctx, const dy_rule *rule, dy_fact_sink sink, void *arg,
                       dy_value *value)
{
    judge j = {ctx, sink, arg, DAYONE_OK, NULL};
    if (value) {
        const dy_fact *f;
        int rc = resolve(ctx, rule->key, rule->key_is_address, NULL, value, &f);
        if (rc != DAYONE_OK)
            return rc;
    }
    judge_rule(&j, rule, rule->key, NULL);
    return j.rc;
}

int dy_check_fact_fallback(const dy_check_ctx *ctx, const char *key, dy_value *v)
{
    const dy_fact *f = ctx->facts ? dy_facts_find(ctx->facts, key, strlen(key)) : NULL;
    if (!f || f->kind == DY_FACT_MAP || f->kind == DY_FACT_SEQ)
        return 0;
    dy_fact_value(v, f);
    return 1;
}
