/* metrics_prometheus.h - the limiter's counters in the Prometheus text
 * exposition format (the public dayone_limiter_metrics() and
 * dayone_stats_prometheus() of dayone/stats.h). No library-internal
 * functions of its own. */
#ifndef DY_METRICS_PROMETHEUS_H
#define DY_METRICS_PROMETHEUS_H

#include "dayone/stats.h"

#endif
