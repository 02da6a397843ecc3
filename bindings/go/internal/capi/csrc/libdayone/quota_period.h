/* quota_period.h - the arithmetic of quota periods (dayone/quota.h) for the
 * limiter and its backends. */
#ifndef DY_QUOTA_PERIOD_H
#define DY_QUOTA_PERIOD_H

#include <stdint.h>
#include "dayone/quota.h"

/* The largest time a period may hold: 9999-12-31T23:59:59Z. */
#define DY_PERIOD_TIME_MAX INT64_C(253402300799)

/* dayone_period_bounds without argument checks: period valid, anchor and
 * now in [0, DY_PERIOD_TIME_MAX]. */
void dy_period_bounds(dayone_period period, int64_t anchor_unix_s, int64_t now_unix_s,
                      int64_t *start_unix_s, int64_t *reset_unix_s);

#endif
