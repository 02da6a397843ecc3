/* limiter_stats.h - snapshots of the limiter's counters (the public
 * dayone_limiter_stats() of dayone/stats.h): decision counts summed over
 * stripes and merged over policy views, with the table's and the backend's
 * counters. No library-internal functions of its own. */
#ifndef DY_LIMITER_STATS_H
#define DY_LIMITER_STATS_H

#include "dayone/stats.h"

#endif
