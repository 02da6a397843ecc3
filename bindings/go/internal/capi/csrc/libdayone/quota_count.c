/* quota_count.c - in-process quota counters (quota_count.h).
 *
 * 16 bytes a counter: a 32-bit tag of the pair's hash (its other bits
 * choose the buckets), its period (first day and length), the count. Each
 * pair
 * may live in one of two buckets of 8 (two-choice hashing keeps the table
 * usable to well over 90% full), both locked in index order. */
#include <stdatomic.h>
#include "alloc.h"
#include "quota_count.h"

#define WAYS 8

typedef struct qentry {
    uint32_t tag;           /* 0: empty */
    uint32_t period;        /* PERIOD_PACK(first day, days) */
    int64_t used;
} qentry;

/* A period as days since 1970 of its first second (22 bits reach past the
 * year 9999) and its length in days, 1..32 (a day, or a month). */
#define PERIOD_PACK(first, days) ((uint32_t)(first) | ((uint32_t)((days) - 1) << 22))
#define PERIOD_FIRST(p) ((int32_t)((p) & 0x3FFFFFu))
#define PERIOD_END(p) (PERIOD_FIRST(p) + (int32_t)((p) >> 22) + 1)

struct dy_quota_counts {
    qentry *e;              /* nbuckets * WAYS */
    atomic_flag *locks;     /* one per bucket */
    size_t nbuckets;
};

dy_quota_counts *dy_quota_counts_new(size_t capacity)
{
    dy_quota_counts *q = dy_calloc(1, sizeof *q);
    if (!q)
        return NULL;
    q->nbuckets = capacity / WAYS + 2;
    q->e = dy_calloc(q->nbuckets * WAYS, sizeof *q->e);
    q->locks = dy_calloc(q->nbuckets, sizeof *q->locks);
    if (!q->e || !q->locks) {
        dy_quota_counts_free(q);
        return NULL;
    }
    for (size_t i = 0; i < q->nbuckets; i++)
        atomic_flag_clear(&q->locks[i]);
    return q;
}

void dy_quota_counts_free(dy_quota_counts *q)
{
    if (!q)
        return;
    dy_free(q->e);
    dy_free(q->locks);
    dy_free(q);
}

size_t dy_quota_counts_memory(const dy_quota_counts *q)
{
    return q ? sizeof *q + q->nbuckets * (WAYS * sizeof *q->e + sizeof *q->locks) : 0;
}

typedef struct pair {
    size_t b[2];            /* the two buckets, b[0] <= b[1] */
    uint32_t tag;
} pair;

static pair locate(const dy_quota_counts *q, uint64_t hash)
{
    pair p;
    size_t x = (size_t)(hash % q->nbuckets), y = (size_t)((hash >> 20) % q->nbuckets);
    p.b[0] = x < y ? x : y;
    p.b[1] = x < y ? y : x;
    p.tag = (uint32_t)(hash >> 32) | 1u;
    return p;
}

static void lock(dy_quota_counts *q, const pair *p)
{
    for (int i = 0; i < 2; i++) {
        if (i && p->b[1] == p->b[0])
            break;
        while (atomic_flag_test_and_set_explicit(&q->locks[p->b[i]], memory_order_acquire))
            ;
    }
}

static void unlock(dy_quota_counts *q, const pair *p)
{
    if (p->b[1] != p->b[0])
        atomic_flag_clear_explicit(&q->locks[p->b[1]], memory_order_release);
    atomic_flag_clear_explicit(&q->locks[p->b[0]], memory_order_release);
}

/* The pair's counter for `period`: found (reset when it held another
 * period), else an empty one or one whose period ended by the time this
 * one began; NULL when full. Another pair's counter of an earlier period
 * may still be live - periods anchored on different days overlap - so
 * only an ended one is taken: taking a live one would hand both pairs a
 * fresh count. */
static qentry *find(dy_quota_counts *q, const pair *p, uint32_t period)
{
    qentry *spare = NULL;
    int32_t first = PERIOD_FIRST(period);
    for (int i = 0; i < 2; i++)
        for (int w = 0; w < WAYS; w++) {
            qentry *e = &q->e[p->b[i] * WAYS + w];
            if (e->tag == p->tag) {
                if (e->period != period) {
                    e->period = period;
                    e->used = 0;
                }
                return e;
            }
            if (!spare && (e->tag == 0 || PERIOD_END(e->period) <= first))
                spare = e;
        }
    if (spare) {
        spare->tag = p->tag;
        spare->period = period;
        spare->used = 0;
    }
    return spare;
}

static uint32_t period_of(int64_t start, int64_t reset)
{
    int64_t first = start / 86400, days = (reset - start) / 86400;
    return PERIOD_PACK(first, days < 1 ? 1 : days > 32 ? 32 : days);
}

int dy_quota_take(dy_quota_counts *q, uint64_t hash, int64_t period_start,
                  int64_t period_reset, int64_t amount, int64_t cost, int count_over,
                  int64_t *used)
{
    pair p = locate(q, hash);
    int rc = DY_QUOTA_FULL;
    lock(q, &p);
    qentry *e = find(q, &p, period_of(period_start, period_reset));
    *used = 0;
    if (e) {
        *used = e->used;
        rc = e->used > amount - cost ? DY_QUOTA_OVER : DY_QUOTA_TAKEN;
        if (rc == DY_QUOTA_TAKEN || (count_over && e->used <= INT64_MAX / 2))
            e->used += cost;
    }
    unlock(q, &p);
    return rc;
}

void dy_quota_refund(dy_quota_counts *q, uint64_t hash, int64_t period_start, int64_t cost)
{
    pair p = locate(q, hash);
    int32_t day = (int32_t)(period_start / 86400);
    lock(q, &p);
    for (int i = 0; i < 2; i++)
        for (int w = 0; w < WAYS; w++) {
            qentry *e = &q->e[p.b[i] * WAYS + w];
            if (e->tag == p.tag && (period_start < 0 || PERIOD_FIRST(e->period) == day)) {
                e->used = e->used > cost ? e->used - cost : 0;
                i = 2;
                break;
            }
        }
    unlock(q, &p);
}
