/*
 * dayone/quota.h - quota periods: when a quota's count starts over.
 *
 * A quota counts usage per period, in UTC:
 *   "month"     the calendar month: from the 1st, 00:00:00, to the 1st of
 *               the next month (what the Redis backend's counter uses);
 *   "day"       the calendar day: from 00:00:00 to the next midnight;
 *   "anchored"  monthly from an anchor date the caller supplies (a
 *               subscription's start): each period starts at 00:00:00 on
 *               the anchor's day of the month, or on the month's last day
 *               when the month is shorter (anchor on the 31st: ... Jan 31,
 *               Feb 28 (29 in a leap year), Mar 31, Apr 30 ...). Only the
 *               anchor's date counts, not its time of day; the periods run
 *               on the same grid before the anchor as after it.
 *
 * dayone_period_bounds() gives the period holding `now`: its first second
 * and the second it resets (the next period's first; start <= now < reset).
 * A service that keeps its own usage store resets its count at `reset`.
 *
 * Errors (DAYONE_EINVAL): a NULL out pointer, an unknown period, an anchor
 * given for month or day (it must be 0) or a negative one, a time before
 * 1970 or from the year 10000 on. No state: safe from any thread.
 */
#ifndef DAYONE_QUOTA_H
#define DAYONE_QUOTA_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dayone_period {
    DAYONE_PERIOD_MONTH = 0,    /**< calendar month, UTC */
    DAYONE_PERIOD_DAY = 1,      /**< calendar day, UTC */
    DAYONE_PERIOD_ANCHORED = 2  /**< monthly from the anchor's day of the month */
} dayone_period;

/** Parse "month", "day", "anchored"; DAYONE_EINVAL otherwise. */
DAYONE_EXTERN int dayone_period_parse(dayone_period *out, const char *name);

/** The name of a period ("month", "day", "anchored"), or "unknown". */
DAYONE_EXTERN const char *dayone_period_name(dayone_period period);

/**
 * The period holding now_unix_s (seconds since 1970 UTC): *start_unix_s its
 * first second, *reset_unix_s the next period's first. anchor_unix_s is
 * the anchor (any second of its day) for DAYONE_PERIOD_ANCHORED, else 0.
 */
DAYONE_EXTERN int dayone_period_bounds(int64_t *start_unix_s, int64_t *reset_unix_s,
                                       dayone_period period, int64_t anchor_unix_s,
                                       int64_t now_unix_s);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_QUOTA_H */
