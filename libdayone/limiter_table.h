/* limiter_table.h - the limiter's bounded, striped state table.
 *
 * A fixed-size, set-associative table of (tag, TAT) slots, allocated once:
 * memory never grows, however many distinct keys arrive. Each key is a 64-bit
 * hash of (tenant key bytes, limit identity); its slot is 16 bytes.
 *
 * Layout: buckets of DY_TABLE_WAYS slots in 128 bytes (two cache lines: the
 * lock and the seven tags in the first, the seven TATs in the second). Each
 * bucket has its own spinlock (C11 atomics): lock striping at the finest
 * grain, no global lock, and the lock shares a cache line with the tags it
 * guards. A key may live in one of two buckets (two-choice hashing), which
 * lets the table run at high load without a bucket overflowing early; the
 * slot count is the capacity plus 50% headroom, about 27 bytes per key.
 *
 * Insertion reuses a slot whose TAT is at or before `now` (its state carries
 * no information, so forgetting it changes no decision). When both buckets
 * are full of live state the new key is refused (dy_table_update returns 0
 * with the time until the earliest slot there expires): live state is never
 * evicted, so no tracked tenant can get more than its plan by being pushed
 * out by a flood of other keys.
 *
 * Collision caveat: two different (tenant, limit) pairs whose 64-bit hashes
 * are equal share one state. For n live keys the chance that any pair
 * collides is about n^2 / 2^65 (3e-8 at one million keys); the hash is keyed
 * by a per-table random seed, so collisions cannot be aimed at from outside.
 */
#ifndef DY_LIMITER_TABLE_H
#define DY_LIMITER_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "gcra.h"

#define DY_TABLE_WAYS 7
#define DY_TABLE_CAPACITY_MAX ((size_t)1 << 31)

typedef struct dy_table dy_table;

/* A table for about `capacity` live keys (1 .. DY_TABLE_CAPACITY_MAX).
 * Returns DAYONE_OK, DAYONE_EINVAL or DAYONE_ENOMEM. */
int dy_table_new(dy_table **out, size_t capacity);
void dy_table_free(dy_table *t);

/* The per-table random seed mixed into every key hash. */
uint64_t dy_table_seed(const dy_table *t);

/* Apply one GCRA step to the key's state under its bucket lock: the stored
 * TAT (or `now` for a key not tracked) is stepped with (emission, tolerance,
 * increment) and, when allowed, the new TAT is stored. Returns 1 with *out
 * filled, or 0 when the key is new and both its buckets are full of live
 * state: then out->allowed = 0 and out->retry_after_ns is the time until the
 * earliest of those slots expires. emission_inv = dy_gcra_inverse(emission_ns). */
int dy_table_update(dy_table *t, uint64_t hash, int64_t now, int64_t emission_ns,
                    uint64_t emission_inv, int64_t tolerance_ns, int64_t increment_ns,
                    dy_gcra_out *out);

/* Start loading the key's buckets into the cache (no lock, no effect on
 * state): a batch calls it for requests it will decide shortly. */
void dy_table_prefetch(const dy_table *t, uint64_t hash);

/* Keys with live state (TAT after `now`). Locks each bucket in turn. */
size_t dy_table_tracked(dy_table *t, int64_t now);
/* Total slots, and bytes allocated for them (constant after creation). */
size_t dy_table_slots(const dy_table *t);
size_t dy_table_memory(const dy_table *t);

/* 64-bit keyed hash of a byte string: 16 bytes at a time, each pair of words
 * folded in with a 64x64->128 multiply; the tail read with fixed-size loads;
 * then a strong finaliser (the avalanche step of splitmix64). The length is
 * mixed in, so overlapping tail loads cannot make two lengths collide
 * systematically. Written for this table; not a cryptographic hash. */
static inline uint64_t dy_hash_mix(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
    uint64_t r = a * b;
    return r ^ (r >> 31) ^ ((a >> 32) * (b >> 32));
#endif
}

static inline uint64_t dy_hash_final(uint64_t h)
{
    h ^= h >> 30;
    h *= UINT64_C(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h *= UINT64_C(0x94d049bb133111eb);
    h ^= h >> 31;
    return h;
}

static inline uint64_t dy_hash_load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t dy_hash_load32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* The last 1..16 bytes as two words, with fixed-size (possibly
 * overlapping) loads instead of a variable-length copy. */
static inline void dy_hash_tail(const unsigned char *p, size_t len, uint64_t *a, uint64_t *b)
{
    if (len > 8) {
        *a = dy_hash_load64(p);
        *b = dy_hash_load64(p + len - 8);
    } else if (len >= 4) {
        *a = dy_hash_load32(p);
        *b = dy_hash_load32(p + len - 4);
    } else if (len > 0) {
        *a = ((uint64_t)p[0] << 16) | ((uint64_t)p[len / 2] << 8) | p[len - 1];
        *b = 0;
    } else {
        *a = *b = 0;
    }
}

static inline uint64_t dy_hash_bytes(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = (const unsigned char *)data;
    const uint64_t k1 = UINT64_C(0x9e3779b97f4a7c15), k2 = UINT64_C(0xd6e8feb86659fd93);
    uint64_t h = seed ^ (len * k2);
    size_t n = len;
    while (n > 16) {
        h = dy_hash_mix(dy_hash_load64(p) ^ h ^ k1, dy_hash_load64(p + 8) ^ k2) ^
            (h << 7 | h >> 57);
        p += 16;
        n -= 16;
    }
    uint64_t a, b;
    dy_hash_tail(p, n, &a, &b);
    h = dy_hash_mix(a ^ h ^ k1, b ^ k2 ^ (uint64_t)len) ^ h;
    return dy_hash_final(h);
}

#endif
