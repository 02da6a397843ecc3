/* quota_count.h - the in-process quota counters: how much of its quota
 * each (tenant, quota) pair has used in the current period, so a limiter
 * without a usage store or a shared backend still enforces hard quotas.
 *
 * A fixed table of about `capacity` counters, 16 bytes each, sized at
 * creation (never grows), in buckets of 8 behind one-byte spin locks (the
 * critical section is a few loads and stores). A counter belongs to one
 * period; one from an earlier period is reset when its pair is next seen,
 * and, once its period has ended, may be reused for a new pair (not
 * before: periods anchored on different days overlap). A pair is known by
 * a 32-bit tag within its two buckets: two pairs that share both buckets and the tag
 * (about 16 / 2^32 per pair) would share a count. Thread-safe. */
#ifndef DY_QUOTA_COUNT_H
#define DY_QUOTA_COUNT_H

#include <stddef.h>
#include <stdint.h>

typedef struct dy_quota_counts dy_quota_counts;

/* dy_quota_take() results. */
enum {
    DY_QUOTA_TAKEN = 0, /* within the quota: the cost is counted */
    DY_QUOTA_OVER,      /* over it: counted only when `count_over` was set */
    DY_QUOTA_FULL       /* no place for a new counter: nothing counted */
};

/* A table for about `capacity` pairs (NULL when out of memory). */
dy_quota_counts *dy_quota_counts_new(size_t capacity);
void dy_quota_counts_free(dy_quota_counts *q);
size_t dy_quota_counts_memory(const dy_quota_counts *q);

/* Count `cost` against `amount` for the pair `hash` in the period from
 * `period_start` to `period_reset` (Unix s, whole days; at most 32 days).
 * *used gets the count before this request. Over the amount (used + cost >
 * amount) the cost is counted only when count_over (soft enforcement: the
 * overage is allowed and counted). */
int dy_quota_take(dy_quota_counts *q, uint64_t hash, int64_t period_start,
                  int64_t period_reset, int64_t amount, int64_t cost, int count_over,
                  int64_t *used);

/* Give back a cost taken in that period (the rate step then denied the
 * request, which consumes nothing). A period that has moved on is left.
 * period_start -1: whatever period the pair's counter holds. */
void dy_quota_refund(dy_quota_counts *q, uint64_t hash, int64_t period_start, int64_t cost);

#endif
