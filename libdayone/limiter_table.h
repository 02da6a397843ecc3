/* limiter_table.h - the limiter's bounded, lock-striped state table.
 *
 * A fixed-size, set-associative table of (tag, TAT) slots, allocated once:
 * memory never grows, however many distinct keys arrive. Each key is a 64-bit
 * hash of (tenant key bytes, limit identity); its slot is 16 bytes.
 *
 * Layout: buckets of DY_TABLE_WAYS = 4 slots, one 64-byte cache line each,
 * so a decision touches one line. A key may live in any of DY_TABLE_CHOICES
 * = 3 buckets (d-choice hashing), which lets the table run full without a
 * bucket overflowing early; a new key goes to its first bucket unless that
 * is nearly full, so most keys are found in the first line looked at. The
 * slot count is twice the capacity (at least 12): 32 bytes per key.
 *
 * Capacity: at most `capacity` slots hold a key at any time. An occupancy
 * counter counts them (plus reservations in flight); it changes only when
 * a key takes an empty slot (reserved first, by compare-and-swap below the
 * capacity) or a sweep empties an expired one - never on the fast path, and
 * not when a new key takes over an expired slot (one key out, one in). When
 * the counter is at the capacity a new key may take only an expired slot
 * among its candidates; failing that, a sweep examines the next
 * DY_TABLE_SWEEP buckets of the table (a shared cursor walks it round) and
 * empties the first expired slot it finds. If there is none, the key is
 * refused like a key whose candidates are all live, with the time until
 * the earliest expiry among the live slots examined. Since every tracked
 * (live) key holds a slot, tracked keys never exceed the capacity.
 *
 * Locking: each slot is its own lock - bit 0 of its tag - taken with one
 * compare-and-swap that also proves the slot still holds the key. No global
 * lock, no lock word: the finest striping there is. Creating a key's state
 * (the slow path) additionally holds one of DY_TABLE_STRIPES insert locks,
 * chosen by the key, so two threads never create one key's state twice;
 * and a slot taken from an expired key is locked as that key's until the
 * expiry is confirmed, so the key can never miss its slot and create a
 * second one meanwhile. One key, at most one slot.
 *
 * Insertion reuses a slot whose TAT is at or before `now` (its state carries
 * no information, so forgetting it changes no decision). When all the key's
 * buckets are full of live state the new key is refused (dy_table_update
 * returns 0 with the time until the earliest slot there expires): live
 * state is never evicted, so no tracked tenant can get more than its plan by
 * being pushed out by a flood of other keys.
 *
 * Collision caveat: two different (tenant, limit) pairs whose hashes agree
 * on the 62 bits kept in a tag share one state (a shared state admits less,
 * never more). For n live keys the chance that any pair collides is about
 * n^2 / 2^63 (1e-7 at one million keys); the hash is keyed by a per-table
 * random seed, so collisions cannot be aimed at from outside.
 *
 * Time: "expired" is judged at the `now` of the request that wants the
 * slot. Callers supplying their own times should keep them consistent
 * across threads; a request far in the future can free state that is still
 * live at the others' time (as it would for any expiry-based table).
 */
#ifndef DY_LIMITER_TABLE_H
#define DY_LIMITER_TABLE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "gcra.h"
#include "hash.h"

#define DY_TABLE_WAYS 4
#define DY_TABLE_CHOICES 3
#define DY_TABLE_CAPACITY_MAX ((size_t)1 << 31)

typedef struct dy_table dy_table;

/* A table for at most `capacity` keys (1 .. DY_TABLE_CAPACITY_MAX).
 * Returns DAYONE_OK, DAYONE_EINVAL or DAYONE_ENOMEM. */
int dy_table_new(dy_table **out, size_t capacity);
void dy_table_free(dy_table *t);

/* The per-table random seed mixed into every key hash. */
uint64_t dy_table_seed(const dy_table *t);

/* dy_table_update(t, hash, now, emission, inv, tolerance, increment, out):
 * apply one GCRA step to the key's state under its slot lock: the stored
 * TAT (or `now` for a key not tracked) is stepped with (emission, tolerance,
 * increment) and, when allowed, the new TAT is stored. Returns 1 with *out
 * filled, or 0 when the key is new and has no room - all its buckets are
 * full of live state, or the table holds `capacity` keys and no expired
 * slot was found: then out->allowed = 0 and out->retry_after_ns (> 0) is
 * the time until the earliest of the live slots examined expires.
 * inv = dy_gcra_inverse(emission).
 *
 * Defined below, inline: it is most of a decision, and a call would cost
 * the caller its registers. Only the slow path (a new key) is out of line. */
int dy_table_update_slow(dy_table *t, uint64_t hash, int64_t now, int64_t emission_ns,
                         uint64_t emission_inv, int64_t tolerance_ns, int64_t increment_ns,
                         dy_gcra_out *out);

/* limit_reset: the key's stored TAT, if it has one, moves back by
 * credit_ns (credit_ns < 0: all the way), never below min(TAT, now) - so
 * the key has that much more budget, at most a full burst. 1 when the key
 * was found, else 0 (nothing to give back: it has a full burst). */
int dy_table_credit(dy_table *t, uint64_t hash, int64_t now, int64_t credit_ns);
/* For a limit of several rates, which charges its rates only when all
 * allow: dy_table_peek() reads the key's stored TAT without locking or
 * creating state (0 when the key is not tracked) - an estimate, which the
 * charge (dy_table_update) then re-checks under the slot's lock; and
 * dy_table_refund() takes back a charge of `increment_ns` already stored
 * (the TAT moves back by it, never below 0; nothing when the key has no
 * slot). */
int64_t dy_table_peek(const dy_table *t, uint64_t hash);
void dy_table_refund(dy_table *t, uint64_t hash, int64_t increment_ns);

/* Keys with live state (TAT after `now`). Reads every slot without locking:
 * exact when no decision runs meanwhile, approximate otherwise. Never more
 * than the capacity. */
size_t dy_table_tracked(const dy_table *t, int64_t now);
/* The table's counters for metrics: capacity, slots holding a key (with
 * reservations in flight), expired keys evicted, new keys refused. */
typedef struct dy_table_counts {
    uint64_t capacity, occupied, evicted, refused;
} dy_table_counts;
void dy_table_get_counts(const dy_table *t, dy_table_counts *out);
/* Bytes allocated for the slots (constant after creation). */
size_t dy_table_memory(const dy_table *t);

/* ---- Internals, in the header only so the fast path inlines. ---- */

/* A slot: tag 0 = empty; else the key's hash with bit 1 set (never 0) and
 * bit 0 the slot's lock. The TAT is written only by the thread holding the
 * lock. Unlocked, relaxed reads of it only ever estimate: choosing a slot
 * to reuse (re-checked under the lock), the refusal's retry-after, and
 * dy_table_tracked(). */
typedef struct dy_slot {
    _Atomic uint64_t tag;
    _Atomic int64_t tat;
} dy_slot;

typedef struct dy_bucket {
    _Alignas(64) dy_slot slot[DY_TABLE_WAYS];
} dy_bucket;

_Static_assert(sizeof(dy_bucket) == 64, "a bucket is one cache line");

#define DY_TABLE_STRIPES 64 /* insert locks (slow path only) */

#define DY_TABLE_SWEEP 8     /* buckets a sweep examines (slow path, at capacity) */
/* A sweep takes only state expired at least this long ago (see sweep()). */
#define DY_TABLE_SWEEP_GRACE_NS INT64_C(1000000000)

struct dy_table {
    dy_bucket *buckets;    /* aligned view into `raw` */
    void *raw;
    uint64_t nbuckets;     /* >= DY_TABLE_CHOICES, < 2^32 */
    uint64_t seed;
    uint64_t capacity;     /* most slots holding a key at once */
    /* Keeps the fields below (written on the slow path) off the line of
     * the fields above (read by every decision), whatever the allocation's
     * alignment. */
    char gap[64];
    _Atomic uint64_t occupied;  /* slots holding a key + reservations */
    _Atomic uint64_t hand;      /* the sweep's next bucket (mod nbuckets) */
    _Atomic uint64_t evicted;   /* expired keys whose slot was taken or emptied */
    _Atomic uint64_t refused;   /* new keys refused for want of room */
    atomic_uint stripes[DY_TABLE_STRIPES];
    size_t raw_bytes;      /* allocated at `raw` */
    int raw_mapped;        /* `raw` is an mmap (large tables on Linux), else dy_calloc'd */
};

#define DY_SLOT_LOCKED UINT64_C(1)

static inline uint64_t dy_table_tag(uint64_t hash) { return (hash | 2) & ~DY_SLOT_LOCKED; }

static inline uint64_t dy_slot_tag(const dy_slot *s)
{
    return atomic_load_explicit(&s->tag, memory_order_relaxed);
}

static inline int64_t dy_slot_tat(const dy_slot *s)
{
    return atomic_load_explicit(&s->tat, memory_order_relaxed);
}

static inline void dy_cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

/* Lock slot s if it holds `tag` (locked or not: then wait). 1 when locked,
 * 0 when the slot holds something else (it changed owner meanwhile). */
static inline int dy_slot_lock(dy_slot *s, uint64_t tag)
{
    for (;;) {
        uint64_t seen = tag;
        if (atomic_compare_exchange_strong_explicit(&s->tag, &seen, tag | DY_SLOT_LOCKED,
                                                    memory_order_acquire,
                                                    memory_order_relaxed))
            return 1;
        if (seen != (tag | DY_SLOT_LOCKED))
            return 0;
        while (dy_slot_tag(s) == (tag | DY_SLOT_LOCKED))
            dy_cpu_relax();
    }
}

/* Release a slot locked by dy_slot_lock, now holding `tag`. */
static inline void dy_slot_unlock(dy_slot *s, uint64_t tag)
{
    atomic_store_explicit(&s->tag, tag, memory_order_release);
}

/* The slot holding `tag` in b (locked or not), or -1. All four compared
 * at once: which slot holds a key is random, and a loop that stops there
 * would mispredict its exit on most decisions (measured: 3 ns of a 28 ns
 * batched decision at 100k keys; a single hot key loses about as much). */
static inline int dy_bucket_find(const dy_bucket *b, uint64_t tag)
{
    /* (t ^ tag) <= 1: t is tag, locked or not (tag has bit 0 clear). */
    unsigned hit = (unsigned)((dy_slot_tag(&b->slot[0]) ^ tag) <= DY_SLOT_LOCKED) |
                   (unsigned)((dy_slot_tag(&b->slot[1]) ^ tag) <= DY_SLOT_LOCKED) << 1 |
                   (unsigned)((dy_slot_tag(&b->slot[2]) ^ tag) <= DY_SLOT_LOCKED) << 2 |
                   (unsigned)((dy_slot_tag(&b->slot[3]) ^ tag) <= DY_SLOT_LOCKED) << 3;
    if (!hit)
        return -1;
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctz(hit);
#else
    return (hit & 1) ? 0 : (hit & 2) ? 1 : (hit & 4) ? 2 : 3;
#endif
}

_Static_assert(DY_TABLE_WAYS == 4, "dy_bucket_find compares four slots");

/* Step the state in slot s (locked); store the new TAT when allowed. */
static inline void dy_slot_step(dy_slot *s, int64_t now, int64_t emission_ns, uint64_t inv,
                                int64_t tolerance_ns, int64_t increment_ns, dy_gcra_out *out)
{
    dy_gcra_step_inv(dy_slot_tat(s), now, emission_ns, inv, tolerance_ns, increment_ns, out);
    if (out->allowed)
        atomic_store_explicit(&s->tat, out->new_tat, memory_order_relaxed);
}

/* Prefetch one cache line for writing: the decision will lock and store
 * to it, and a line fetched shared would need a second trip to own it.
 * (PREFETCHW is a no-op hint on x86 CPUs that lack it.) */
static inline void dy_prefetch_write(const void *p)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __asm__ volatile("prefetchw %0" ::"m"(*(const char *)p));
#elif defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(p, 1, 3);
#else
    (void)p;
#endif
}

/* 32 bits of a hash reduced to a bucket index by multiply-shift (no
 * division). */
static inline uint64_t dy_table_index(const dy_table *t, uint64_t bits32)
{
    return (bits32 * t->nbuckets) >> 32;
}

/* The index of the key's first bucket, where most keys live. */
static inline uint64_t dy_table_first_index(const dy_table *t, uint64_t hash)
{
    return dy_table_index(t, hash & 0xffffffffu);
}

static inline dy_bucket *dy_table_first(const dy_table *t, uint64_t hash)
{
    return &t->buckets[dy_table_first_index(t, hash)];
}

/* Start loading the key's first bucket into the cache (no lock, no effect
 * on state): a batch calls it for requests it will decide shortly. */
static inline void dy_table_prefetch(const dy_table *t, uint64_t hash)
{
    dy_prefetch_write(dy_table_first(t, hash));
}

/* dy_table_update for a key whose first bucket the caller has already
 * prefetched (dy_table_prefetch, a few requests earlier). */
static inline int dy_table_update_prefetched(dy_table *t, uint64_t hash, int64_t now,
                                             int64_t emission_ns, uint64_t inv,
                                             int64_t tolerance_ns, int64_t increment_ns,
                                             dy_gcra_out *out)
{
    uint64_t tag = dy_table_tag(hash);
    dy_bucket *b = dy_table_first(t, hash);
    /* Find the key's slot without locking, then lock it with the CAS that
     * confirms it still holds the key: one atomic per decision. */
    int i = dy_bucket_find(b, tag);
    if (i >= 0 && dy_slot_lock(&b->slot[i], tag)) {
        dy_slot_step(&b->slot[i], now, emission_ns, inv, tolerance_ns, increment_ns, out);
        dy_slot_unlock(&b->slot[i], tag);
        return 1;
    }
    /* In another of its buckets, new, or moved meanwhile. */
    return dy_table_update_slow(t, hash, now, emission_ns, inv, tolerance_ns, increment_ns, out);
}

static inline int dy_table_update(dy_table *t, uint64_t hash, int64_t now, int64_t emission_ns,
                                  uint64_t inv, int64_t tolerance_ns, int64_t increment_ns,
                                  dy_gcra_out *out)
{
    /* Ask for the line in exclusive state at once: the lock will write it. */
    dy_prefetch_write(dy_table_first(t, hash));
    return dy_table_update_prefetched(t, hash, now, emission_ns, inv, tolerance_ns,
                                      increment_ns, out);
}

#endif
