/* override_table.h - a bounded table of per-tenant overrides of a limit's
 * rate and burst, read by decisions without a lock.
 *
 * An entry is keyed by a 64-bit hash of (tenant key, limit name) that the
 * limiter computes (seeded per limiter); two pairs whose hashes collide
 * (about n^2 / 2^65 for n overrides) would share an entry, as two keys
 * would share a rate state (dayone/limiter.h, "State identity").
 *
 * Layout: open addressing with linear probing over a power-of-two number
 * of slots, at least twice the most entries allowed, so a probe sequence
 * stays short; a removal shifts the entries after it back (no tombstones,
 * so a table that sees many set/clear cycles never slows down).
 *
 * Concurrency: writers (put, remove, list) take the table's mutex. Readers
 * (get) take no lock: the table carries one sequence number, odd while a
 * writer changes anything; a reader that saw it odd, or changed by the end
 * of its probe, reads again (a seqlock). Every field a reader touches is an
 * atomic read and written with relaxed order between the sequence's
 * release stores, so the scheme is data-race free in the C11 sense (and
 * under ThreadSanitizer). Writes are rare (an operator's action), so a
 * reader retries rarely and never waits on a lock.
 *
 * The tenant and limit names of an entry are kept beside it for listing
 * only; readers never look at them, writers and list hold the mutex.
 */
#ifndef DY_OVERRIDE_TABLE_H
#define DY_OVERRIDE_TABLE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#define DY_OV_TENANT_MAX 128   /* tenant key bytes + NUL */
#define DY_OV_LIMIT_MAX 64     /* limit name bytes + NUL */
#define DY_OV_REASON_MAX 64    /* reason bytes + NUL */
#define DY_OV_REASON_WORDS (DY_OV_REASON_MAX / 8)

/* What an override says: the limit's rate (rate_count per rate_period_ns)
 * and burst for one tenant, until expires_unix_s (0: no end), and why. */
typedef struct dy_override_value {
    int64_t rate_count, rate_period_ns, burst;
    int64_t expires_unix_s;
    char reason[DY_OV_REASON_MAX];   /* "" when none was given */
} dy_override_value;

/* One entry as listed. */
typedef struct dy_override_row {
    char tenant[DY_OV_TENANT_MAX];
    char limit[DY_OV_LIMIT_MAX];
    dy_override_value value;
} dy_override_row;

typedef struct dy_ov_slot {
    _Atomic uint64_t hash;              /* 0: empty */
    _Atomic int64_t rate_count, rate_period_ns, burst, expires_unix_s;
    _Atomic uint64_t reason[DY_OV_REASON_WORDS];
} dy_ov_slot;

typedef struct dy_override_table {
    _Atomic uint64_t seq;               /* odd while a writer is at work */
    _Atomic size_t live;                /* entries held */
    size_t max_live, mask;
    dy_ov_slot *slots;                  /* [mask + 1] */
    char (*tenants)[DY_OV_TENANT_MAX];  /* beside slots; writers and list only */
    char (*limits)[DY_OV_LIMIT_MAX];
    pthread_mutex_t lock;               /* writers */
    int initialized;                    /* init succeeded: destroy has work */
} dy_override_table;

/* A table for at most max_live (>= 1) entries; NULL when out of memory. */
dy_override_table *dy_override_table_new(size_t max_live);
void dy_override_table_free(dy_override_table *t);
/* The same in place (a table embedded in another struct, so the decision
 * path reads its count at a fixed offset): DAYONE_OK or DAYONE_ENOMEM;
 * destroy accepts a table whose init failed or never ran (zeroed). */
int dy_override_table_init(dy_override_table *t, size_t max_live);
void dy_override_table_destroy(dy_override_table *t);

/* Set (or replace) the entry for `hash` (non-zero). DAYONE_OK, or
 * DAYONE_ELIMIT when the table holds max_live other entries. */
int dy_override_table_put(dy_override_table *t, uint64_t hash, const char *tenant,
                          const char *limit, const dy_override_value *v);

/* Remove the entry for `hash`: 1 when there was one, else 0. */
int dy_override_table_remove(dy_override_table *t, uint64_t hash);

/* Entries held (a relaxed read: the decision path's "any override?"). */
static inline size_t dy_override_table_live(const dy_override_table *t)
{
    return atomic_load_explicit(&((dy_override_table *)t)->live, memory_order_relaxed);
}

/* The entry for `hash` into *out: 1 when there is one, else 0. No lock. */
int dy_override_table_get(const dy_override_table *t, uint64_t hash, dy_override_value *out);

/* Up to cap entries into out (any order); returns how many there are. */
size_t dy_override_table_list(dy_override_table *t, dy_override_row *out, size_t cap);

#endif
