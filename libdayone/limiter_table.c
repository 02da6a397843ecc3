/* limiter_table.c - bounded, lock-striped GCRA state (see limiter_table.h). */
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#if defined(__linux__)
#include <sys/mman.h>
#include <sys/random.h>
#endif
#include "alloc.h"
#include "dayone/common.h"
#include "limiter_table.h"

/* 128 bytes: line 1 = lock + 7 tags, line 2 = 7 TATs. Tag 0 = empty slot.
 * Tags are written only under the lock but read without it (relaxed) to
 * find which bucket to lock; TATs are only touched under the lock. */
typedef struct dy_bucket {
    _Alignas(64) atomic_uint lock;
    uint32_t unused;
    _Atomic uint64_t tag[DY_TABLE_WAYS];
    int64_t tat[DY_TABLE_WAYS];
    uint64_t pad;
} dy_bucket;

static inline uint64_t tag_at(const dy_bucket *b, int i)
{
    return atomic_load_explicit(&b->tag[i], memory_order_relaxed);
}

_Static_assert(sizeof(dy_bucket) == 128, "a bucket is two cache lines");

#define HUGE_PAGE ((size_t)2 << 20)
/* A new key goes to its first bucket while that holds fewer live keys than
 * this; past it, to the less loaded bucket. Simulated at 100% of capacity:
 * about 18% of keys then live in their second bucket and none is refused. */
#define DY_TABLE_PREFER_FIRST 4

struct dy_table {
    dy_bucket *buckets;    /* aligned view into `raw` */
    void *raw;
    uint64_t nbuckets;     /* >= 2, < 2^32 */
    uint64_t seed;
};

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

static inline void bucket_lock(dy_bucket *b)
{
    for (;;) {
        if (!atomic_exchange_explicit(&b->lock, 1u, memory_order_acquire))
            return;
        while (atomic_load_explicit(&b->lock, memory_order_relaxed))
            cpu_relax();
    }
}

static inline void bucket_unlock(dy_bucket *b)
{
    atomic_store_explicit(&b->lock, 0u, memory_order_release);
}

static inline int bucket_find(const dy_bucket *b, uint64_t tag)
{
    for (int i = 0; i < DY_TABLE_WAYS; i++)
        if (tag_at(b, i) == tag)
            return i;
    return -1;
}

/* Choosing the slot for a new key among its two buckets: an empty slot
 * first, in the less loaded bucket (but the first bucket while it holds
 * fewer than DY_TABLE_PREFER_FIRST live keys, so most lookups end there);
 * else the expired slot that expired first. Expired state changes no
 * decision, but its key may come back soon: taking the longest-idle one
 * keeps active keys in place. (Taking any expired slot would make keys
 * whose state expires between their requests - most tenants - displace
 * each other, and every displaced key would take the slow path.) */
typedef struct slot_choice {
    dy_bucket *bucket;
    int slot;
    int64_t rank;   /* lower is better */
} slot_choice;

static inline void consider(slot_choice *c, dy_bucket *b, int64_t now, int64_t empty_rank)
{
    for (int i = 0; i < DY_TABLE_WAYS; i++) {
        int64_t rank;
        if (tag_at(b, i) == 0)
            rank = empty_rank;
        else if (b->tat[i] <= now)
            rank = b->tat[i];
        else
            continue;
        if (rank < c->rank) {
            c->rank = rank;
            c->bucket = b;
            c->slot = i;
        }
    }
}

/* Slots holding live state (a TAT after now). */
static inline int bucket_live(const dy_bucket *b, int64_t now)
{
    int n = 0;
    for (int i = 0; i < DY_TABLE_WAYS; i++)
        n += tag_at(b, i) != 0 && b->tat[i] > now;
    return n;
}

static inline int64_t bucket_earliest(const dy_bucket *b)
{
    int64_t m = INT64_MAX;
    for (int i = 0; i < DY_TABLE_WAYS; i++)
        if (b->tat[i] < m)
            m = b->tat[i];
    return m;
}

static uint64_t random_seed(const void *salt)
{
    uint64_t s = 0;
#if defined(__linux__)
    if (getrandom(&s, sizeof s, GRND_NONBLOCK) == (ssize_t)sizeof s)
        return s;
#endif
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    s = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 32) ^ (uint64_t)(uintptr_t)salt;
    return dy_hash_final(s ^ UINT64_C(0x2545f4914f6cdd1d));
}

int dy_table_new(dy_table **out, size_t capacity)
{
    if (!out || capacity == 0 || capacity > DY_TABLE_CAPACITY_MAX)
        return DAYONE_EINVAL;
    *out = NULL;
    uint64_t slots = (uint64_t)capacity + (uint64_t)capacity / 2;
    uint64_t nb = (slots + DY_TABLE_WAYS - 1) / DY_TABLE_WAYS;
    if (nb < 2)
        nb = 2;
    dy_table *t = dy_calloc(1, sizeof *t);
    if (!t)
        return DAYONE_ENOMEM;
    /* Large tables are aligned to 2 MiB and offered transparent huge pages:
     * lookups are random, and TLB misses (costly under virtualisation)
     * would otherwise add to every decision. The extra alignment slack is
     * address space only; calloc'd pages are not touched until used. */
    size_t bytes = (size_t)nb * sizeof(dy_bucket);
    size_t align = bytes >= HUGE_PAGE ? HUGE_PAGE : 64;
    t->raw = dy_calloc(1, bytes + align);
    if (!t->raw) {
        dy_free(t);
        return DAYONE_ENOMEM;
    }
    uintptr_t p = ((uintptr_t)t->raw + align - 1) & ~(uintptr_t)(align - 1);
    t->buckets = (dy_bucket *)p;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (align == HUGE_PAGE)
        (void)madvise(t->buckets, (bytes + 4095) & ~(size_t)4095, MADV_HUGEPAGE);
#endif
    t->nbuckets = nb;
    for (uint64_t i = 0; i < nb; i++)
        atomic_init(&t->buckets[i].lock, 0u);
    t->seed = random_seed(t);
    *out = t;
    return DAYONE_OK;
}

void dy_table_free(dy_table *t)
{
    if (!t)
        return;
    dy_free(t->raw);
    dy_free(t);
}

uint64_t dy_table_seed(const dy_table *t) { return t->seed; }

size_t dy_table_slots(const dy_table *t) { return (size_t)t->nbuckets * DY_TABLE_WAYS; }

size_t dy_table_memory(const dy_table *t)
{
    return (size_t)t->nbuckets * sizeof(dy_bucket) + sizeof *t;
}

size_t dy_table_tracked(dy_table *t, int64_t now)
{
    size_t n = 0;
    for (uint64_t i = 0; i < t->nbuckets; i++) {
        dy_bucket *b = &t->buckets[i];
        bucket_lock(b);
        for (int s = 0; s < DY_TABLE_WAYS; s++)
            n += tag_at(b, s) != 0 && b->tat[s] > now;
        bucket_unlock(b);
    }
    return n;
}

/* Step the state in slot s of b; store the new TAT when allowed. */
static inline void step_slot(dy_bucket *b, int s, int64_t now, int64_t emission_ns,
                             uint64_t inv, int64_t tolerance_ns, int64_t increment_ns,
                             dy_gcra_out *out)
{
    dy_gcra_step_inv(b->tat[s], now, emission_ns, inv, tolerance_ns, increment_ns, out);
    if (out->allowed)
        b->tat[s] = out->new_tat;
}

/* The key's two buckets: from the low and high halves of the hash,
 * reduced by multiply-shift (no division), never the same bucket. */
static inline void bucket_pair(const dy_table *t, uint64_t hash, uint64_t *i1, uint64_t *i2)
{
    uint64_t nb = t->nbuckets;
    *i1 = ((hash & 0xffffffffu) * nb) >> 32;
    *i2 = ((hash >> 32) * nb) >> 32;
    if (*i2 == *i1)
        *i2 = *i1 + 1 == nb ? 0 : *i1 + 1;
}

static inline void prefetch_pair(const dy_bucket *b1, const dy_bucket *b2)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(b1, 1, 3);
    __builtin_prefetch((const char *)b1 + 64, 1, 3);
    __builtin_prefetch(b2, 1, 3);
    __builtin_prefetch((const char *)b2 + 64, 1, 3);
#else
    (void)b1;
    (void)b2;
#endif
}

void dy_table_prefetch(const dy_table *t, uint64_t hash)
{
    uint64_t i1, i2;
    bucket_pair(t, hash, &i1, &i2);
    prefetch_pair(&t->buckets[i1], &t->buckets[i2]);
}

int dy_table_update(dy_table *t, uint64_t hash, int64_t now, int64_t emission_ns,
                    uint64_t inv, int64_t tolerance_ns, int64_t increment_ns, dy_gcra_out *out)
{
    uint64_t tag = hash ? hash : 1;
    uint64_t i1, i2;
    bucket_pair(t, hash, &i1, &i2);
    dy_bucket *b1 = &t->buckets[i1], *b2 = &t->buckets[i2];
    int s;

    /* Start both buckets' cache misses now so they overlap. */
    prefetch_pair(b1, b2);

    /* Fast path: find the key's bucket without locking (relaxed reads of
     * both buckets' tags, their lines already on the way), then lock that
     * one bucket and confirm the slot still holds the key: one lock per
     * decision. Slots change owner only under their lock, so a confirmed
     * tag is exact; anything else falls through to the locked path. */
    dy_bucket *home = b1;
    if ((s = bucket_find(b1, tag)) < 0) {
        home = b2;
        s = bucket_find(b2, tag);
    }
    if (s >= 0) {
        bucket_lock(home);
        if (tag_at(home, s) == tag) {
            step_slot(home, s, now, emission_ns, inv, tolerance_ns, increment_ns, out);
            bucket_unlock(home);
            return 1;
        }
        bucket_unlock(home);
    }

    /* Slow path (a new key, or the fast path raced with a change): hold
     * both locks (lower index first, so no deadlock) and look again, since
     * another thread may have inserted the key meanwhile. */
    dy_bucket *lo = i1 < i2 ? b1 : b2, *hi = i1 < i2 ? b2 : b1;
    bucket_lock(lo);
    bucket_lock(hi);
    int rc = 1;
    home = b1;
    if ((s = bucket_find(b1, tag)) < 0 && (s = bucket_find(b2, tag)) >= 0)
        home = b2;
    if (s >= 0) {
        step_slot(home, s, now, emission_ns, inv, tolerance_ns, increment_ns, out);
        goto done;
    }
    dy_gcra_step_inv(now, now, emission_ns, inv, tolerance_ns, increment_ns, out);
    if (!out->allowed)
        goto done; /* a denied request stores nothing */
    int live1 = bucket_live(b1, now), live2 = bucket_live(b2, now);
    slot_choice c = {NULL, -1, INT64_MAX};
    int64_t rank1 = live1 < DY_TABLE_PREFER_FIRST ? INT64_MIN : INT64_MIN + 1 + live1;
    consider(&c, b1, now, rank1);
    consider(&c, b2, now, INT64_MIN + 1 + live2);
    home = c.bucket;
    s = c.slot;
    if (s < 0) {
        int64_t e1 = bucket_earliest(b1), e2 = bucket_earliest(b2);
        int64_t earliest = e1 < e2 ? e1 : e2;
        out->allowed = 0;
        out->new_tat = now;
        out->retry_after_ns = earliest - now;
        out->reset_after_ns = earliest - now;
        out->remaining = 0;
        rc = 0;
        goto done;
    }
    atomic_store_explicit(&home->tag[s], tag, memory_order_relaxed);
    home->tat[s] = out->new_tat;
done:
    bucket_unlock(hi);
    bucket_unlock(lo);
    return rc;
}
