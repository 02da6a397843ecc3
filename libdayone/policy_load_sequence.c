/* policy_load_sequence.c - sequence, intervals and deadline
 * (policy_load_sequence.h). */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "formats.h"
#include "policy_load_facts.h"
#include "policy_load_sequence.h"
#include "policy_schema.h"
#include "policy_sequence.h"
#include "time_value.h"

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

/* A duration longer than zero (the sequence checks' intervals and windows). */
static int load_duration(dy_yctx *ctx, const dy_ynode *n, const char *what, int64_t *ns,
                         char **text)
{
    int rc = dy_load_duration(ctx, n, what, ns, text);
    if (rc == DAYONE_OK && *ns == 0)
        return dy_y_error(ctx, n, "%s must be longer than zero", what);
    return rc;
}

/* The element key: relative to each element, absent = the element itself. */
static int element_key(dy_yctx *ctx, const dy_ynode *m, char **out)
{
    const dy_ynode *k = dy_y_get(m, "key");
    int is_address = 0;
    if (k)
        return dy_load_fact_key(ctx, k, "key", out, &is_address);
    return (*out = dy_strdup("")) ? DAYONE_OK : oom(ctx);
}

static int listed(char **v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(v[i], s) == 0)
            return 1;
    return 0;
}

/* Words of `list` that must also be words of `order` (when it is given). */
static int within_order(dy_yctx *ctx, const dy_ynode *list, const dy_sequence_order *s,
                        char **v, size_t n)
{
    for (size_t i = 0; s->norder && i < n; i++)
        if (!listed(s->order, s->norder, v[i]))
            return dy_y_error(ctx, list->vals[i], "'%.64s' is not in this sequence's order",
                              v[i]);
    return DAYONE_OK;
}

static int load_order(dy_yctx *ctx, const dy_ynode *n, dy_sequence_order *s)
{
    const dy_ynode *order = dy_y_get(n, "order"), *inc = dy_y_get(n, "includes"),
                   *any = dy_y_get(n, "includes_any");
    int rc;
    if ((rc = dy_y_expect_map(ctx, n, "sequence")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_sequence)) ||
        (rc = element_key(ctx, n, &s->key)))
        return rc;
    if (!order && !inc && !any)
        return dy_y_error(ctx, n, "sequence needs order, includes or includes_any");
    if (order && (rc = dy_y_string_list(ctx, order, "order", 0, &s->order, &s->norder)))
        return rc;
    for (size_t i = 0; i < s->norder; i++)
        if (listed(s->order, i, s->order[i]))
            return dy_y_error(ctx, order->vals[i], "'%.64s' is listed twice in order",
                              s->order[i]);
    if (inc && inc->kind == DY_Y_SEQ && inc->n > DY_SEQUENCE_INCLUDES_MAX)
        return dy_y_error(ctx, inc, "includes lists at most %d values", DY_SEQUENCE_INCLUDES_MAX);
    if (inc && ((rc = dy_y_string_list(ctx, inc, "includes", 0, &s->includes, &s->nincludes)) ||
                (rc = within_order(ctx, inc, s, s->includes, s->nincludes))))
        return rc;
    if (any && ((rc = dy_y_string_list(ctx, any, "includes_any", 0, &s->includes_any,
                                       &s->nincludes_any)) ||
                (rc = within_order(ctx, any, s, s->includes_any, s->nincludes_any))))
        return rc;
    return DAYONE_OK;
}

static int load_intervals(dy_yctx *ctx, const dy_ynode *n, dy_sequence_intervals *s)
{
    const dy_ynode *max, *v;
    int rc;
    s->gaps = 1;
    if ((rc = dy_y_expect_map(ctx, n, "intervals")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_intervals)) ||
        (rc = dy_y_require(ctx, n, "max", "intervals", &max)) ||
        (rc = element_key(ctx, n, &s->key)) ||
        (rc = load_duration(ctx, max, "max", &s->limits.max_ns, &s->limits.max_text)))
        return rc;
    if ((v = dy_y_get(n, "warn"))) {
        if ((rc = load_duration(ctx, v, "warn", &s->limits.warn_ns, &s->limits.warn_text)))
            return rc;
        if (s->limits.warn_ns >= s->limits.max_ns)
            return dy_y_error(ctx, v, "warn must be shorter than max (a warning comes first)");
    }
    if ((v = dy_y_get(n, "gaps")) && (rc = dy_y_bool(ctx, v, "gaps", &s->gaps)))
        return rc;
    if ((v = dy_y_get(n, "to_now")) && (rc = dy_y_bool(ctx, v, "to_now", &s->to_now)))
        return rc;
    if (!s->gaps && !s->to_now)
        return dy_y_error(ctx, n, "intervals checks nothing with gaps: false and no to_now");
    return DAYONE_OK;
}

static int load_deadline(dy_yctx *ctx, const dy_ynode *n, dy_deadline *d)
{
    const dy_ynode *after, *within, *v;
    int is_address = 0, rc;
    if ((rc = dy_y_expect_map(ctx, n, "deadline")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_deadline)) ||
        (rc = dy_y_require(ctx, n, "after", "deadline", &after)) ||
        (rc = dy_y_require(ctx, n, "within", "deadline", &within)) ||
        (rc = dy_load_fact_key(ctx, after, "after", &d->after, &is_address)) ||
        (rc = load_duration(ctx, within, "within", &d->within_ns, &d->within_text)))
        return rc;
    if ((v = dy_y_get(n, "warn"))) {
        if ((rc = load_duration(ctx, v, "warn", &d->warn_ns, &d->warn_text)))
            return rc;
        if (d->warn_ns >= d->within_ns)
            return dy_y_error(ctx, v, "warn must be shorter than within");
    }
    return DAYONE_OK;
}

int dy_load_sequence_checks(dy_yctx *ctx, const dy_ynode *m, dy_rule *r)
{
    const dy_ynode *seq = dy_y_get(m, "sequence"), *iv = dy_y_get(m, "intervals"),
                   *dl = dy_y_get(m, "deadline");
    int rc;
    if (!seq && !iv && !dl)
        return DAYONE_OK;
    const dy_ynode *list = seq ? seq : iv;
    if (list && r->checks.format != DY_FMT_NONE)
        return dy_y_error(ctx, list, "%s applies to a list; format: %s cannot be combined "
                          "with it", seq ? "sequence" : "intervals",
                          dy_format_name(r->checks.format));
    if (list && dl)
        return dy_y_error(ctx, dl, "deadline applies to a timestamp; it cannot be combined "
                          "with %s, which applies to a list", seq ? "sequence" : "intervals");
    if (dl && r->facts && (r->facts->has_min_items || r->facts->has_max_items || r->facts->each))
        return dy_y_error(ctx, dl, "deadline applies to a timestamp; it cannot be combined "
                          "with min_items, max_items or each");
    if (dl && r->checks.format != DY_FMT_NONE && r->checks.format != DY_FMT_TIMESTAMP)
        return dy_y_error(ctx, dl, "deadline only applies with format: timestamp");
    dy_sequence_checks *s = r->checks.sequence = dy_calloc(1, sizeof *s);
    if (!s)
        return oom(ctx);
    if (seq && (rc = load_order(ctx, seq, &s->sequence)))
        return rc;
    if (iv && (rc = load_intervals(ctx, iv, &s->intervals)))
        return rc;
    if (dl) {
        if ((rc = load_deadline(ctx, dl, &s->deadline)))
            return rc;
        r->checks.format = DY_FMT_TIMESTAMP;
    }
    return DAYONE_OK;
}
