/* policy_load_facts.c - fact keys and fact-only checks (policy_load_facts.h). */
#include <string.h>
#include "dayone/facts.h"
#include "alloc.h"
#include "decimal.h"
#include "error.h"
#include "formats.h"
#include "policy_schema.h"
#include "policy_load_facts.h"
#include "text.h"
#include "time_value.h"

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

static int key_char(unsigned char c)
{
    return c > 0x20 && c != 0x7f && c != '.' && c != '[' && c != ']';
}

int dy_fact_address_valid(const char *a, size_t len)
{
    size_t i = 0;
    if (len == 0 || len > DAYONE_FACTS_ADDRESS_MAX)
        return 0;
    for (;;) {
        size_t start = i;
        while (i < len && key_char((unsigned char)a[i]))
            i++;
        if (i == start || i - start > DAYONE_FACTS_KEY_MAX)
            return 0;
        while (i < len && a[i] == '[') {
            size_t digits = 0;
            for (i++; i < len && a[i] >= '0' && a[i] <= '9'; i++)
                digits++;
            if (digits == 0 || digits > 9 || (digits > 1 && a[i - digits] == '0') || i >= len ||
                a[i] != ']')
                return 0;
            i++;
        }
        if (i == len)
            return 1;
        if (a[i] != '.')
            return 0;
        i++;
    }
}

int dy_load_fact_key(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out,
                     int *is_address)
{
    int rc = dy_y_string(ctx, n, what, out);
    if (rc)
        return rc;
    size_t len = strlen(*out);
    *is_address = !dy_is_identifier(*out, len);
    /* An address has a '.' or an [index]: a lone word that is no variable
     * name is more likely a value pasted in the wrong place. */
    if (!*is_address ||
        (strpbrk(*out, ".[") && dy_fact_address_valid(*out, len)))
        return DAYONE_OK;
    dy_free(*out);
    *out = NULL;
    return dy_y_error(ctx, n, "%s must be an environment variable name or a fact address "
                      "(keys separated by '.', each followed by any [index]: "
                      "incident.updates[2].status)", what);
}

int dy_load_duration(dy_yctx *ctx, const dy_ynode *n, const char *what, int64_t *ns,
                     char **text)
{
    const char *why = NULL;
    int rc = dy_y_string(ctx, n, what, text);
    if (rc)
        return rc;
    if (!dy_duration_parse(*text, strlen(*text), ns, &why))
        return dy_y_error(ctx, n, "%s must be a duration (90s, 30m, 26h, 31d, 1h30m or "
                          "ISO 8601 PT30M): %s", what, why ? why : "not a duration");
    return DAYONE_OK;
}

/* A decimal bound; percent formats accept a trailing '%' too. */
static int load_decimal(dy_yctx *ctx, const dy_ynode *n, const char *what, int percent,
                        dy_decimal_bound *b)
{
    const char *why = NULL;
    int rc = dy_y_string(ctx, n, what, &b->text);
    if (rc)
        return rc;
    size_t len = strlen(b->text);
    int ok = percent && len && b->text[len - 1] == '%'
                 ? dy_percent_parse(b->text, len, &b->value, &why)
                 : dy_number_parse(b->text, len, &b->value, &why);
    if (!ok)
        return dy_y_error(ctx, n, "%s must be a decimal number%s: %s", what,
                          percent ? " (of percent)" : "", why ? why : "not a number");
    b->set = 1;
    return DAYONE_OK;
}

static int load_bound(dy_yctx *ctx, const dy_ynode *n, const char *what, dy_fact_bound *b)
{
    const dy_ynode *fact, *plus;
    int is_address = 0, rc;
    if ((rc = dy_y_expect_map(ctx, n, what)) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_fact_bound)) ||
        (rc = dy_y_require(ctx, n, "fact", what, &fact)) ||
        (rc = dy_load_fact_key(ctx, fact, "fact", &b->fact, &is_address)))
        return rc;
    if ((plus = dy_y_get(n, "plus")) &&
        (rc = dy_load_duration(ctx, plus, "plus", &b->plus_ns, &b->plus_text)))
        return rc;
    return DAYONE_OK;
}

static int load_ratio(dy_yctx *ctx, const dy_ynode *n, dy_fact_checks *f)
{
    const dy_ynode *of, *v;
    int is_address = 0, rc;
    if ((rc = dy_y_expect_map(ctx, n, "ratio")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_ratio)) ||
        (rc = dy_y_require(ctx, n, "of", "ratio", &of)) ||
        (rc = dy_load_fact_key(ctx, of, "of", &f->ratio_of, &is_address)))
        return rc;
    if ((v = dy_y_get(n, "min")) && (rc = load_decimal(ctx, v, "min", 0, &f->ratio_min)))
        return rc;
    if ((v = dy_y_get(n, "max")) && (rc = load_decimal(ctx, v, "max", 0, &f->ratio_max)))
        return rc;
    if (!f->ratio_min.set && !f->ratio_max.set)
        return dy_y_error(ctx, n, "ratio needs min, max or both");
    if (f->ratio_min.set && f->ratio_max.set &&
        dy_decimal_cmp(&f->ratio_max.value, &f->ratio_min.value) < 0)
        return dy_y_error(ctx, dy_y_get(n, "max"), "max is smaller than min");
    return DAYONE_OK;
}

/* The format a check needs: implied when the rule names none, an error when
 * it names another. */
static int need_format(dy_yctx *ctx, const dy_ynode *at, const char *key, dy_rule *r,
                       dy_format want, const char *name)
{
    if (r->checks.format == DY_FMT_NONE)
        r->checks.format = want;
    if (r->checks.format == want)
        return DAYONE_OK;
    return dy_y_error(ctx, at, "%s only applies with format: %s", key, name);
}

static int items(dy_yctx *ctx, const dy_ynode *n, const char *what, size_t *out)
{
    int64_t v;
    int rc = dy_y_int(ctx, n, what, 0, DAYONE_FACTS_COUNT_MAX, &v);
    if (!rc)
        *out = (size_t)v;
    return rc;
}

int dy_load_fact_checks(dy_yctx *ctx, const dy_ynode *m, dy_rule *r)
{
    static const char *const fact_keys[] = {"max_age", "not_before", "not_after", "ratio",
                                            "min_items", "max_items", "each", NULL};
    const dy_format fmt = r->checks.format;
    const int decimal = fmt == DY_FMT_NUMBER || fmt == DY_FMT_PERCENT;
    const dy_ynode *v;
    int any = decimal && (dy_y_get(m, "min") || dy_y_get(m, "max")), rc;
    for (size_t i = 0; fact_keys[i] && !any; i++)
        any = dy_y_get(m, fact_keys[i]) != NULL;
    if (!any)
        return DAYONE_OK;
    dy_fact_checks *f = r->facts = dy_calloc(1, sizeof *f);
    if (!f)
        return oom(ctx);
    if (decimal) {
        if ((v = dy_y_get(m, "min")) &&
            (rc = load_decimal(ctx, v, "min", fmt == DY_FMT_PERCENT, &f->min)))
            return rc;
        if ((v = dy_y_get(m, "max")) &&
            (rc = load_decimal(ctx, v, "max", fmt == DY_FMT_PERCENT, &f->max)))
            return rc;
        if (f->min.set && f->max.set && dy_decimal_cmp(&f->max.value, &f->min.value) < 0)
            return dy_y_error(ctx, dy_y_get(m, "max"), "max is smaller than min");
    }
    if ((v = dy_y_get(m, "max_age"))) {
        if ((rc = need_format(ctx, v, "max_age", r, DY_FMT_TIMESTAMP, "timestamp")) ||
            (rc = dy_load_duration(ctx, v, "max_age", &f->max_age_ns, &f->max_age_text)))
            return rc;
        if (f->max_age_ns == 0)
            return dy_y_error(ctx, v, "max_age must be longer than zero");
    }
    if ((v = dy_y_get(m, "not_before")) &&
        ((rc = need_format(ctx, v, "not_before", r, DY_FMT_TIMESTAMP, "timestamp")) ||
         (rc = load_bound(ctx, v, "not_before", &f->not_before))))
        return rc;
    if ((v = dy_y_get(m, "not_after")) &&
        ((rc = need_format(ctx, v, "not_after", r, DY_FMT_TIMESTAMP, "timestamp")) ||
         (rc = load_bound(ctx, v, "not_after", &f->not_after))))
        return rc;
    if ((v = dy_y_get(m, "ratio")) &&
        ((rc = need_format(ctx, v, "ratio", r, DY_FMT_NUMBER, "number")) ||
         (rc = load_ratio(ctx, v, f))))
        return rc;
    const dy_ynode *lo = dy_y_get(m, "min_items"), *hi = dy_y_get(m, "max_items");
    const dy_ynode *each = dy_y_get(m, "each");
    if ((lo || hi || each) && r->checks.format != DY_FMT_NONE)
        return dy_y_error(ctx, lo ? lo : hi ? hi : each,
                          "%s applies to a list; format: %s cannot be combined with it",
                          lo ? "min_items" : hi ? "max_items" : "each",
                          dy_format_name(r->checks.format));
    if (lo && (rc = items(ctx, lo, "min_items", &f->min_items)))
        return rc;
    f->has_min_items = lo != NULL;
    if (hi && (rc = items(ctx, hi, "max_items", &f->max_items)))
        return rc;
    f->has_max_items = hi != NULL;
    if (lo && hi && f->max_items < f->min_items)
        return dy_y_error(ctx, hi, "max_items is smaller than min_items");
    return DAYONE_OK;
}
