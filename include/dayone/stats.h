/*
 * dayone/stats.h - what the limiter has decided, for metrics: decision
 * counters per (plan, limit, outcome), the state table's occupancy,
 * evictions and refusals, the backend's health and fallbacks, and a
 * renderer of them in the Prometheus text exposition format (0.0.4).
 *
 * Counting costs the decision path no lock: each thread bumps its own
 * stripe of the counters; a snapshot sums the stripes. Counts are kept per
 * policy view and survive a policy swap (a (plan, limit) pair that a swap
 * removed keeps its last counts in every later snapshot), so every counter
 * is monotonic for the limiter's lifetime. A decision is counted once it is
 * final (after the backend, if one is attached, answered); a request that
 * fails with an error (bad argument, unknown plan) is no decision and is
 * not counted. Each count in a snapshot was exact at some instant during
 * the snapshot; decisions made while it is taken may be in some counts and
 * not in others.
 *
 * Thread safety: dayone_limiter_stats() and dayone_limiter_metrics() may be
 * called from any thread alongside decisions and policy swaps (they sum the
 * counters, O(stripes x plans x limits) - for a metrics scrape, not the
 * request path). A snapshot is plain data, owned by the caller.
 */
#ifndef DAYONE_STATS_H
#define DAYONE_STATS_H

#include "common.h"
#include "limiter.h"
#include "redis.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Decisions for one (plan, limit, outcome). The names are borrowed from
 *  the limiter's policies and stay valid until the limiter is freed. */
typedef struct dayone_decision_count {
    const char *plan;
    const char *limit;
    dayone_outcome outcome;
    uint64_t count;
} dayone_decision_count;

/** A snapshot of the limiter's counters. Release with dayone_stats_release. */
typedef struct dayone_stats {
    uint64_t decisions;           /**< every counted decision: the sum of rows[].count */
    uint64_t denied;              /**< those whose outcome is not allowed */
    uint64_t table_capacity;      /**< most (tenant, limit) pairs tracked at once */
    uint64_t table_occupied;      /**< places holding a pair now (live or expired state) */
    uint64_t table_evictions;     /**< expired pairs whose place was reused or emptied */
    uint64_t table_refusals;      /**< new pairs refused for want of room
                                       ("limiter at capacity") */
    dayone_backend_status backend;/**< as dayone_limiter_backend_status() */
    size_t nrows;
    dayone_decision_count *rows;  /**< owned: one per (plan, limit, outcome) of every
                                       (plan, limit) a policy of the limiter defined,
                                       current policy first, in policy order */
} dayone_stats;

/**
 * Take a snapshot of `limiter`'s counters into *out (overwritten; release it
 * with dayone_stats_release). DAYONE_EINVAL for NULL arguments,
 * DAYONE_ENOMEM when the rows cannot be allocated (*out is then empty).
 */
DAYONE_EXTERN int dayone_limiter_stats(const dayone_limiter *limiter, dayone_stats *out,
                                       dayone_error *err);

/** Row i of a snapshot, or NULL past the end (for the bindings). */
DAYONE_EXTERN const dayone_decision_count *dayone_stats_row(const dayone_stats *stats,
                                                            size_t i);

/** Free a snapshot's rows and zero it. NULL is a no-op. */
DAYONE_EXTERN void dayone_stats_release(dayone_stats *stats);

/**
 * The limiter's counters in the Prometheus text exposition format, version
 * 0.0.4 (Content-Type: text/plain; version=0.0.4), each family with its HELP
 * and TYPE lines:
 *
 *   dayone_decisions_total{plan,limit,outcome}   counter
 *   dayone_limiter_table_capacity                gauge
 *   dayone_limiter_table_occupied                gauge
 *   dayone_limiter_table_evictions_total         counter
 *   dayone_limiter_table_refusals_total          counter
 *   dayone_backend_attached, dayone_backend_up   gauge (0 or 1)
 *   dayone_backend_round_trips_total, dayone_backend_errors_total,
 *   dayone_backend_reconnects_total              counter
 *   dayone_backend_fallbacks_total{mode}         counter, mode local|open|closed
 *
 * Label values are escaped as the format requires (\\, \" and \n). No tenant
 * key ever appears (the counters have none). *out is owned by the caller
 * (dayone_free), *len its length without the NUL (len may be NULL).
 */
DAYONE_EXTERN int dayone_limiter_metrics(char **out, size_t *len, const dayone_limiter *limiter,
                                         dayone_error *err);

/** The same text for a snapshot already taken. */
DAYONE_EXTERN int dayone_stats_prometheus(char **out, size_t *len, const dayone_stats *stats,
                                          dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_STATS_H */
