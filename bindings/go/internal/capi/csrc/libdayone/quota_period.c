/* quota_period.c - quota periods: calendar day, calendar month, and months
 * anchored on a subscription's day (dayone/quota.h). */
#include <string.h>
#include "civil.h"
#include "error.h"
#include "quota_period.h"

static const char *const g_period_names[] = {"month", "day", "anchored"};

int dayone_period_parse(dayone_period *out, const char *name)
{
    for (int i = 0; out && name && i < 3; i++)
        if (strcmp(name, g_period_names[i]) == 0) {
            *out = (dayone_period)i;
            return DAYONE_OK;
        }
    return DAYONE_EINVAL;
}

const char *dayone_period_name(dayone_period period)
{
    return (unsigned)period < 3 ? g_period_names[period] : "unknown";
}

/* The first second of the anchored period starting in month (y, m). */
static int64_t anchored_start(int64_t y, unsigned m, unsigned anchor_day)
{
    unsigned last = dy_days_in_month(y, m);
    return dy_days_from_civil(y, m, anchor_day < last ? anchor_day : last) * 86400;
}

void dy_period_bounds(dayone_period period, int64_t anchor_unix_s, int64_t now_unix_s,
                      int64_t *start_unix_s, int64_t *reset_unix_s)
{
    int64_t day = now_unix_s / 86400, y;
    unsigned m, d;
    if (period == DAYONE_PERIOD_DAY) {
        *start_unix_s = day * 86400;
        *reset_unix_s = (day + 1) * 86400;
        return;
    }
    dy_civil_from_days(day, &y, &m, &d);
    if (period == DAYONE_PERIOD_MONTH) {
        *start_unix_s = dy_days_from_civil(y, m, 1) * 86400;
        *reset_unix_s = dy_days_from_civil(m == 12 ? y + 1 : y, m == 12 ? 1 : m + 1, 1) * 86400;
        return;
    }
    int64_t ay;
    unsigned am, ad;
    dy_civil_from_days(anchor_unix_s / 86400, &ay, &am, &ad);
    /* The period starting this month, if it has started; else last month's. */
    int64_t sy = y;
    unsigned sm = m;
    if (now_unix_s < anchored_start(y, m, ad)) {
        sy = m == 1 ? y - 1 : y;
        sm = m == 1 ? 12 : m - 1;
    }
    *start_unix_s = anchored_start(sy, sm, ad);
    *reset_unix_s = anchored_start(sm == 12 ? sy + 1 : sy, sm == 12 ? 1 : sm + 1, ad);
}

int dayone_period_bounds(int64_t *start_unix_s, int64_t *reset_unix_s, dayone_period period,
                         int64_t anchor_unix_s, int64_t now_unix_s)
{
    if (!start_unix_s || !reset_unix_s || (unsigned)period > DAYONE_PERIOD_ANCHORED)
        return DAYONE_EINVAL;
    if (now_unix_s < 0 || now_unix_s > DY_PERIOD_TIME_MAX || anchor_unix_s < 0 ||
        anchor_unix_s > DY_PERIOD_TIME_MAX ||
        (period != DAYONE_PERIOD_ANCHORED && anchor_unix_s != 0))
        return DAYONE_EINVAL;
    dy_period_bounds(period, anchor_unix_s, now_unix_s, start_unix_s, reset_unix_s);
    return DAYONE_OK;
}
