/* check_fact_more.c - differs_from, hours and count_by (check_fact_more.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "check_fact_more.h"
#include "decimal.h"
#include "error.h"
#include "facts.h"
#include "facts_address.h"
#include "text.h"
#include "time_value.h"

#define KEY_MAX (DAYONE_FACTS_ADDRESS_MAX + 32)

void dy_fact_value(dy_value *v, const dy_fact *f)
{
    memset(v, 0, sizeof *v);
    v->source = "";
    v->path = "";
    if (!f)
        return;
    v->source = "facts";
    v->path = f->path ? f->path : "";
    v->line = f->line;
    v->column = f->column;
    if (f->kind == DY_FACT_MAP || f->kind == DY_FACT_SEQ) {
        v->state = DY_VALUE_SET;
        return;
    }
    if (f->kind == DY_FACT_NULL) {   /* null is no text: "is empty", not "is blank" */
        v->data = "";
        v->state = DY_VALUE_BLANK;
        return;
    }
    v->data = f->text ? f->text : "";
    v->len = f->text_len;
    v->state = dy_is_blank(v->data, v->len) ? DY_VALUE_BLANK : DY_VALUE_SET;
}

const dy_fact *dy_fact_other(const dy_check_ctx *ctx, const dy_fact *element,
                             const char *address)
{
    size_t len = strlen(address);
    const dy_fact *f = element ? dy_fact_find(element, address, len) : NULL;
    if (!f && ctx->facts)
        f = dy_facts_find(ctx->facts, address, len);
    return f;
}

static int say(dy_fact_more_sink sink, void *arg, const dy_rule *r, const char *key,
               const char *rule_id, const dy_value *where, const char *hint, const char *fmt,
               ...) DY_PRINTF(8, 9);
static int say(dy_fact_more_sink sink, void *arg, const dy_rule *r, const char *key,
               const char *rule_id, const dy_value *where, const char *hint, const char *fmt,
               ...)
{
    dy_failure f;
    f.rule = rule_id;
    f.severity = r->severity;
    va_list ap;
    va_start(ap, fmt);
    dy_failure_vsay(&f, r, hint, fmt, ap);
    va_end(ap);
    return sink(arg, key, &f, where);
}

/* Equal with blanks around them trimmed and ASCII case folded. */
static int same_text(const char *a, size_t alen, const char *b, size_t blen)
{
    dy_trim_blank(&a, &alen);
    dy_trim_blank(&b, &blen);
    if (alen != blen)
        return 0;
    for (size_t i = 0; i < alen; i++)
        if (dy_ascii_lower((unsigned char)a[i]) != dy_ascii_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

static int check_differs(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                         const dy_value *v, const dy_fact *element, dy_fact_more_sink sink,
                         void *arg)
{
    const char *other = r->facts->differs_from;
    const dy_fact *of = dy_fact_other(ctx, element, other);
    dy_value ov;
    dy_fact_value(&ov, of);
    if (ov.state != DY_VALUE_SET)
        return say(sink, arg, r, key, "fact-missing", v,
                   "Provide the fact in a facts document (--facts).",
                   "%s cannot be compared: %s is missing from the facts", key, other);
    if (of->kind == DY_FACT_MAP || of->kind == DY_FACT_SEQ)
        return say(sink, arg, r, key, "fact-format", &ov, "Point differs_from at a value.",
                   "%s cannot be compared: %s is not a single value", key, other);
    if (!same_text(v->data, v->len, ov.data, ov.len))
        return DAYONE_OK;
    char hint[DY_FAILURE_TEXT_MAX];
    snprintf(hint, sizeof hint, "Give %s and %s different values.", key, other);
    return say(sink, arg, r, key, "fact-distinct", v, hint,
               "%s is the same as %s; they must differ", key, other);
}

static int64_t floor_mod(int64_t a, int64_t m)
{
    int64_t r = a % m;
    return r < 0 ? r + m : r;
}

static int check_hours(const dy_rule *r, const char *key, const dy_value *v,
                       dy_fact_more_sink sink, void *arg)
{
    const dy_fact_checks *fc = r->facts;
    int64_t ns;
    const char *why = NULL;
    if (!dy_timestamp_parse(v->data, v->len, &ns, &why))
        return DAYONE_OK;               /* the format finding says it */
    /* Whole seconds, rounded down, at the window's offset. */
    int64_t s = ns / DY_NS_PER_SECOND - (ns % DY_NS_PER_SECOND < 0);
    int64_t tod = floor_mod(floor_mod(s, 86400) + fc->hours_offset_s, 86400);
    int inside = fc->hours_from_s < fc->hours_to_s
                     ? tod >= fc->hours_from_s && tod < fc->hours_to_s
                     : tod >= fc->hours_from_s || tod < fc->hours_to_s;
    if (inside)
        return DAYONE_OK;
    return say(sink, arg, r, key, "fact-hours", v,
               "Check why this happened outside the allowed hours, or widen them.",
               "%s is outside the allowed hours %s", key, fc->hours_text);
}

int dy_check_fact_more_value(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                             const dy_value *v, const dy_fact *element,
                             dy_fact_more_sink sink, void *arg)
{
    int rc = DAYONE_OK;
    if (!r->facts || v->state != DY_VALUE_SET)
        return DAYONE_OK;
    if (r->facts->differs_from)
        rc = check_differs(ctx, r, key, v, element, sink, arg);
    if (rc == DAYONE_OK && r->facts->has_hours)
        rc = check_hours(r, key, v, sink, arg);
    return rc;
}

/* ---- count_by ------------------------------------------------------------ */

typedef struct member {
    const dy_fact *value;   /* the element's fact at the key */
    size_t index;           /* the element's index */
} member;

static int cmp_member(const void *pa, const void *pb)
{
    const member *a = pa, *b = pb;
    size_t n = a->value->text_len < b->value->text_len ? a->value->text_len
                                                        : b->value->text_len;
    int c = memcmp(a->value->text, b->value->text, n);
    if (c)
        return c;
    if (a->value->text_len != b->value->text_len)
        return a->value->text_len < b->value->text_len ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* A group over the limit: its first element and its size. */
typedef struct group {
    member first;
    size_t size;
} group;

static int cmp_group(const void *pa, const void *pb)
{
    const group *a = pa, *b = pb;
    return a->first.index < b->first.index ? -1 : a->first.index > b->first.index;
}

/* The largest group allowed: max, or max times the `of` fact. 0 when it
 * cannot be known (a finding says why). */
static int group_limit(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                       const dy_fact *list, dy_fact_more_sink sink, void *arg,
                       dy_decimal *limit, int *rc)
{
    const dy_fact_checks *fc = r->facts;
    dy_decimal base;
    dy_value where, ov;
    const char *why = NULL;
    *limit = fc->count_max.value;
    if (!fc->count_of)
        return 1;
    dy_fact_value(&where, list);
    const dy_fact *of = dy_fact_other(ctx, NULL, fc->count_of);
    dy_fact_value(&ov, of);
    if (ov.state != DY_VALUE_SET) {
        *rc = say(sink, arg, r, key, "fact-missing", &where,
                  "Provide the fact in a facts document (--facts).",
                  "%s cannot be counted against %s: it is missing from the facts", key,
                  fc->count_of);
        return 0;
    }
    if (of->kind == DY_FACT_MAP || of->kind == DY_FACT_SEQ ||
        !dy_number_parse(ov.data, ov.len, &base, &why)) {
        *rc = say(sink, arg, r, key, "fact-format", &ov, "Correct the baseline fact.",
                  "%s cannot be counted against %s: it is not a decimal number", key,
                  fc->count_of);
        return 0;
    }
    if (base.ndigits == 0 || base.negative) {
        *rc = say(sink, arg, r, key, "fact-threshold", &ov, "Check the baseline fact.",
                  "%s cannot be counted against %s: it is not above zero", key, fc->count_of);
        return 0;
    }
    if (!dy_decimal_mul(&fc->count_max.value, &base, limit, &why)) {
        *rc = say(sink, arg, r, key, "fact-threshold", &ov, "Check the baseline fact.",
                  "%s cannot be counted against %s: max times it is out of range", key,
                  fc->count_of);
        return 0;
    }
    return 1;
}

static int report_group(const dy_rule *r, const char *key, const dy_fact *list,
                        const group *g, dy_fact_more_sink sink, void *arg)
{
    const dy_fact_checks *fc = r->facts;
    char gkey[KEY_MAX], bound[160];
    dy_value where;
    snprintf(gkey, sizeof gkey, "%s[%zu].%s", key, g->first.index, fc->count_by);
    dy_fact_value(&where, g->first.value);
    if (fc->count_of)
        snprintf(bound, sizeof bound, "%s x %s", fc->count_max.text, fc->count_of);
    else
        snprintf(bound, sizeof bound, "%s", fc->count_max.text);
    return say(sink, arg, r, gkey, "fact-threshold", &where,
               "Review these entries: a volume far above the baseline needs an explanation.",
               "%zu of the %zu items of %s have the same %s as this one; at most %s are "
               "allowed", g->size, list->n, key, fc->count_by, bound);
}

int dy_check_fact_more_list(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                            const dy_fact *list, dy_fact_more_sink sink, void *arg)
{
    const dy_fact_checks *fc = r->facts;
    dy_decimal limit, count;
    const char *why = NULL;
    member *m = NULL;
    group *over = NULL;
    size_t n = 0, nover = 0;
    int rc = DAYONE_OK;
    if (!fc || !fc->count_by || list->kind != DY_FACT_SEQ || list->n == 0)
        return DAYONE_OK;
    if (!group_limit(ctx, r, key, list, sink, arg, &limit, &rc))
        return rc;
    if (!(m = dy_malloc(list->n * sizeof *m)) || !(over = dy_malloc(list->n * sizeof *over))) {
        rc = DAYONE_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < list->n; i++) {
        const dy_fact *v = dy_fact_find(list->items[i], fc->count_by, strlen(fc->count_by));
        if (v && v->kind != DY_FACT_MAP && v->kind != DY_FACT_SEQ && v->kind != DY_FACT_NULL &&
            v->text && !dy_is_blank(v->text, v->text_len))
            m[n++] = (member){v, i};
    }
    /* Sorted by value then index: a group is a run, its first member first. */
    qsort(m, n, sizeof *m, cmp_member);
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && m[j].value->text_len == m[i].value->text_len &&
                        memcmp(m[j].value->text, m[i].value->text, m[i].value->text_len) == 0;
             j++)
            ;
        char digits[32];
        snprintf(digits, sizeof digits, "%zu", j - i);
        if (dy_number_parse(digits, strlen(digits), &count, &why) &&
            dy_decimal_cmp(&count, &limit) > 0)
            over[nover++] = (group){m[i], j - i};
    }
    qsort(over, nover, sizeof *over, cmp_group);   /* findings in list order */
    for (size_t g = 0; g < nover && rc == DAYONE_OK; g++)
        rc = report_group(r, key, list, &over[g], sink, arg);
done:
    dy_free(m);
    dy_free(over);
    return rc;
}
