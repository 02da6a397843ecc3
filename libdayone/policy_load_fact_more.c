/* policy_load_fact_more.c - differs_from, hours and count_by
 * (policy_load_fact_more.h). */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "decimal.h"
#include "error.h"
#include "formats.h"
#include "policy_load_facts.h"
#include "policy_load_fact_more.h"
#include "policy_schema.h"

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

/* "HH:MM" (00:00 to 24:00; 24:00 only as an end) as seconds. */
static int clock_time(const char *s, int allow_24, int32_t *out)
{
    if (strlen(s) != 5 || s[2] != ':')
        return 0;
    for (int i = 0; i < 5; i++)
        if (i != 2 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allow_24)))
        return 0;
    *out = (int32_t)(h * 3600 + m * 60);
    return 1;
}

/* "+HH:MM" or "-HH:MM", at most 18 hours; "Z" is +00:00. */
static int utc_offset(const char *s, int32_t *out)
{
    int32_t t;
    if (strcmp(s, "Z") == 0) {
        *out = 0;
        return 1;
    }
    if ((s[0] != '+' && s[0] != '-') || !clock_time(s + 1, 0, &t) || t > 18 * 3600)
        return 0;
    *out = s[0] == '-' ? -t : t;
    return 1;
}

static int load_hours(dy_yctx *ctx, const dy_ynode *n, dy_rule *r, dy_fact_checks *f)
{
    const dy_ynode *from, *to, *off;
    char *a = NULL, *b = NULL, *o = NULL;
    int rc;
    if (r->checks.format == DY_FMT_NONE)
        r->checks.format = DY_FMT_TIMESTAMP;
    if (r->checks.format != DY_FMT_TIMESTAMP)
        return dy_y_error(ctx, n, "hours only applies with format: timestamp");
    if ((rc = dy_y_expect_map(ctx, n, "hours")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_hours)) ||
        (rc = dy_y_require(ctx, n, "from", "hours", &from)) ||
        (rc = dy_y_require(ctx, n, "to", "hours", &to)) ||
        (rc = dy_y_string(ctx, from, "from", &a)) || (rc = dy_y_string(ctx, to, "to", &b)))
        goto done;
    if (!clock_time(a, 0, &f->hours_from_s)) {
        rc = dy_y_error(ctx, from, "from must be a time of day HH:MM (00:00 to 23:59)");
        goto done;
    }
    if (!clock_time(b, 1, &f->hours_to_s)) {
        rc = dy_y_error(ctx, to, "to must be a time of day HH:MM (00:00 to 24:00)");
        goto done;
    }
    if (f->hours_from_s == f->hours_to_s % 86400) {
        rc = dy_y_error(ctx, to, "to equals from: the window is empty (or, with 24:00, "
                        "the whole day: then leave hours out)");
        goto done;
    }
    if ((off = dy_y_get(n, "offset"))) {
        if ((rc = dy_y_string(ctx, off, "offset", &o)))
            goto done;
        if (!utc_offset(o, &f->hours_offset_s)) {
            rc = dy_y_error(ctx, off, "offset must be Z or +HH:MM / -HH:MM (at most 18 hours)");
            goto done;
        }
    }
    char text[64];
    snprintf(text, sizeof text, "%s-%s UTC%s", a, b, f->hours_offset_s ? o : "");
    if (!(f->hours_text = dy_strdup(text)))
        rc = oom(ctx);
    else
        f->has_hours = 1;
done:
    dy_free(a);
    dy_free(b);
    dy_free(o);
    return rc;
}

static int load_count_by(dy_yctx *ctx, const dy_ynode *n, dy_rule *r, dy_fact_checks *f)
{
    const dy_ynode *key, *max, *of;
    const char *why = NULL;
    int is_address = 0, rc;
    if (r->checks.format != DY_FMT_NONE)
        return dy_y_error(ctx, n, "count_by applies to a list; format: %s cannot be combined "
                          "with it", dy_format_name(r->checks.format));
    if ((rc = dy_y_expect_map(ctx, n, "count_by")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_count_by)) ||
        (rc = dy_y_require(ctx, n, "key", "count_by", &key)) ||
        (rc = dy_y_require(ctx, n, "max", "count_by", &max)) ||
        (rc = dy_load_fact_key(ctx, key, "key", &f->count_by, &is_address)) ||
        (rc = dy_y_string(ctx, max, "max", &f->count_max.text)))
        return rc;
    if (!dy_number_parse(f->count_max.text, strlen(f->count_max.text), &f->count_max.value,
                         &why) || f->count_max.value.negative)
        return dy_y_error(ctx, max, "max must be a decimal number, zero or more%s%s",
                          why ? ": " : "", why ? why : "");
    f->count_max.set = 1;
    if ((of = dy_y_get(n, "of")) &&
        (rc = dy_load_fact_key(ctx, of, "of", &f->count_of, &is_address)))
        return rc;
    return DAYONE_OK;
}

int dy_load_fact_more(dy_yctx *ctx, const dy_ynode *m, dy_rule *r)
{
    const dy_ynode *differs = dy_y_get(m, "differs_from"), *hours = dy_y_get(m, "hours");
    const dy_ynode *count = dy_y_get(m, "count_by");
    int is_address = 0, rc;
    if (!differs && !hours && !count)
        return DAYONE_OK;
    const dy_ynode *list = count ? count : dy_y_get(m, "each") ? dy_y_get(m, "each")
                           : dy_y_get(m, "min_items") ? dy_y_get(m, "min_items")
                                                      : dy_y_get(m, "max_items");
    if (list && (differs || hours))
        return dy_y_error(ctx, differs ? differs : hours, "%s applies to one value; this rule "
                          "checks a list", differs ? "differs_from" : "hours");
    if (!r->facts && !(r->facts = dy_calloc(1, sizeof *r->facts)))
        return oom(ctx);
    dy_fact_checks *f = r->facts;
    if (differs && (rc = dy_load_fact_key(ctx, differs, "differs_from", &f->differs_from,
                                          &is_address)))
        return rc;
    if (hours && (rc = load_hours(ctx, hours, r, f)))
        return rc;
    if (count && (rc = load_count_by(ctx, count, r, f)))
        return rc;
    return DAYONE_OK;
}
