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
#include "clock.h"
#include "dayone/common.h"
#include "limiter_table.h"

/* Test seam: tests/unit/test_limiter_table_race.c includes this file with
 * the hook defined, to pause a claim between its steps and replay a race. */
#ifndef DY_TABLE_CLAIM_HOOK
#define DY_TABLE_CLAIM_HOOK(step) ((void)0)
#endif

#define HUGE_PAGE ((size_t)2 << 20)
/* Slots per key of capacity. */
#define DY_TABLE_HEADROOM 2
/* A new key goes to its first bucket while that holds fewer live keys than
 * this; past it, to its least loaded bucket. Simulated with one million keys
 * at 100% of capacity: about 11% of keys then live outside their first
 * bucket, and none is refused (filling the first bucket completely instead
 * leaves fewer keys outside but refuses some before capacity). */
#define DY_TABLE_PREFER_FIRST 3

static uint64_t random_seed(const void *salt)
{
    uint64_t s = 0;
#if defined(__linux__)
    if (getrandom(&s, sizeof s, GRND_NONBLOCK) == (ssize_t)sizeof s)
        return s;
#endif
    s = (uint64_t)dy_monotonic_ns() ^ (uint64_t)(uintptr_t)salt;
    return dy_hash_final(s ^ UINT64_C(0x2545f4914f6cdd1d));
}

int dy_table_new(dy_table **out, size_t capacity)
{
    if (!out || capacity == 0 || capacity > DY_TABLE_CAPACITY_MAX)
        return DAYONE_EINVAL;
    *out = NULL;
    uint64_t slots = (uint64_t)capacity * DY_TABLE_HEADROOM;
    uint64_t nb = (slots + DY_TABLE_WAYS - 1) / DY_TABLE_WAYS;
    if (nb < DY_TABLE_CHOICES)
        nb = DY_TABLE_CHOICES;
    dy_table *t = dy_calloc(1, sizeof *t);
    if (!t)
        return DAYONE_ENOMEM;
    /* Large tables are aligned to 2 MiB and offered transparent huge pages:
     * lookups are random, and TLB misses (costly under virtualisation)
     * would otherwise add to every decision. On Linux they are mapped
     * fresh: calloc may hand back heap memory freed by an earlier table
     * (glibc raises its mmap threshold after such a free) and zero it,
     * touching every page before madvise could ask for huge ones (seen
     * in the Go benchmarks' process: not one huge page under its table). */
    size_t bytes = (size_t)nb * sizeof(dy_bucket);
    size_t align = bytes >= HUGE_PAGE ? HUGE_PAGE : 64;
    t->raw_bytes = bytes + align;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (align == HUGE_PAGE) {
        void *m = mmap(NULL, t->raw_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                       -1, 0);
        t->raw = m == MAP_FAILED ? NULL : m;
        t->raw_mapped = 1;
    } else
#endif
        t->raw = dy_calloc(1, t->raw_bytes);
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
    t->capacity = capacity;
    atomic_init(&t->occupied, 0);
    atomic_init(&t->hand, 0);
    atomic_init(&t->evicted, 0);
    atomic_init(&t->refused, 0);
    for (uint64_t i = 0; i < nb; i++)
        for (int s = 0; s < DY_TABLE_WAYS; s++) {
            atomic_init(&t->buckets[i].slot[s].tag, 0);
            atomic_init(&t->buckets[i].slot[s].tat, 0);
        }
    for (size_t i = 0; i < DY_TABLE_STRIPES; i++)
        atomic_init(&t->stripes[i], 0u);
    t->seed = random_seed(t);
    *out = t;
    return DAYONE_OK;
}

void dy_table_free(dy_table *t)
{
    if (!t)
        return;
#if defined(__linux__)
    if (t->raw_mapped)
        munmap(t->raw, t->raw_bytes);
    else
#endif
        dy_free(t->raw);
    dy_free(t);
}

uint64_t dy_table_seed(const dy_table *t) { return t->seed; }

size_t dy_table_memory(const dy_table *t)
{
    return (size_t)t->nbuckets * sizeof(dy_bucket) + sizeof *t;
}

void dy_table_get_counts(const dy_table *t, dy_table_counts *out)
{
    out->capacity = t->capacity;
    out->occupied = atomic_load_explicit(&t->occupied, memory_order_relaxed);
    out->evicted = atomic_load_explicit(&t->evicted, memory_order_relaxed);
    out->refused = atomic_load_explicit(&t->refused, memory_order_relaxed);
}

/* A slot holding live state (a key whose TAT is after now). */
static inline int slot_live(const dy_slot *s, int64_t now)
{
    return dy_slot_tag(s) != 0 && dy_slot_tat(s) > now;
}

size_t dy_table_tracked(const dy_table *t, int64_t now)
{
    size_t n = 0;
    for (uint64_t i = 0; i < t->nbuckets; i++)
        for (int s = 0; s < DY_TABLE_WAYS; s++)
            n += slot_live(&t->buckets[i].slot[s], now);
    return n;
}

/* Room for one more key below the capacity: 1 (reserved), or 0. */
static int reserve(dy_table *t)
{
    uint64_t n = atomic_load_explicit(&t->occupied, memory_order_relaxed);
    while (n < t->capacity)
        if (atomic_compare_exchange_weak_explicit(&t->occupied, &n, n + 1,
                                                  memory_order_relaxed, memory_order_relaxed))
            return 1;
    return 0;
}

static void unreserve(dy_table *t)
{
    atomic_fetch_sub_explicit(&t->occupied, 1, memory_order_relaxed);
}

static inline int bucket_live(const dy_bucket *b, int64_t now)
{
    int n = 0;
    for (int i = 0; i < DY_TABLE_WAYS; i++)
        n += slot_live(&b->slot[i], now);
    return n;
}

static void stripe_lock(atomic_uint *l)
{
    for (;;) {
        if (!atomic_exchange_explicit(l, 1u, memory_order_acquire))
            return;
        while (atomic_load_explicit(l, memory_order_relaxed))
            dy_cpu_relax();
    }
}

static void stripe_unlock(atomic_uint *l) { atomic_store_explicit(l, 0u, memory_order_release); }

/* The key's candidate buckets, first choice first (dy_table_first's):
 * distinct, from independent bits of the hash. */
static void table_choices(const dy_table *t, uint64_t hash, uint64_t idx[DY_TABLE_CHOICES])
{
    uint64_t nb = t->nbuckets;
    idx[0] = dy_table_first_index(t, hash);
    idx[1] = dy_table_index(t, hash >> 32);
    idx[2] = dy_table_index(t, (hash * UINT64_C(0x9e3779b97f4a7c15)) >> 32);
    if (idx[1] == idx[0])
        idx[1] = idx[0] + 1 == nb ? 0 : idx[0] + 1;
    while (idx[2] == idx[0] || idx[2] == idx[1])
        idx[2] = idx[2] + 1 == nb ? 0 : idx[2] + 1;
}

/* The key in one of its buckets (any but the first, which the fast path
 * tried): step it and return 1, or 0 if it is in none of them. */
static int update_if_present(dy_bucket *const b[DY_TABLE_CHOICES], int from, uint64_t tag,
                             int64_t now, int64_t emission_ns, uint64_t inv,
                             int64_t tolerance_ns, int64_t increment_ns, dy_gcra_out *out)
{
    for (int c = from; c < DY_TABLE_CHOICES; c++) {
        int i = dy_bucket_find(b[c], tag);
        if (i >= 0 && dy_slot_lock(&b[c]->slot[i], tag)) {
            dy_slot_step(&b[c]->slot[i], now, emission_ns, inv, tolerance_ns, increment_ns, out);
            dy_slot_unlock(&b[c]->slot[i], tag);
            return 1;
        }
    }
    return 0;
}

int dy_table_credit(dy_table *t, uint64_t hash, int64_t now, int64_t credit_ns)
{
    uint64_t tag = dy_table_tag(hash), idx[DY_TABLE_CHOICES];
    table_choices(t, hash, idx);
    for (int c = 0; c < DY_TABLE_CHOICES; c++) {
        dy_bucket *b = &t->buckets[idx[c]];
        int i = dy_bucket_find(b, tag);
        if (i < 0 || !dy_slot_lock(&b->slot[i], tag))
            continue;
        dy_slot *s = &b->slot[i];
        int64_t tat = dy_slot_tat(s), floor = tat < now ? tat : now;
        int64_t to = credit_ns < 0 || tat - floor <= credit_ns ? floor : tat - credit_ns;
        atomic_store_explicit(&s->tat, to, memory_order_relaxed);
        dy_slot_unlock(s, tag);
        return 1;
    }
    return 0;
}

/* Choosing the slot for a new key among its buckets: an empty slot first,
 * in the least loaded bucket (but the first bucket while it holds fewer
 * than DY_TABLE_PREFER_FIRST live keys, so most lookups end there); else
 * the expired slot that expired first. Expired state changes no decision,
 * but its key may come back soon: taking the longest-idle one keeps active
 * keys in place. (Taking any expired slot would make keys whose state
 * expires between their requests - most tenants - displace each other,
 * and every displaced key would take the slow path.) */
static dy_slot *choose_slot(dy_bucket *const b[DY_TABLE_CHOICES], int64_t now,
                            int allow_empty, uint64_t *old_tag)
{
    dy_slot *best = NULL;
    int64_t best_rank = INT64_MAX;
    for (int c = 0; c < DY_TABLE_CHOICES; c++) {
        int live = bucket_live(b[c], now);
        int64_t empty_rank = c == 0 && live < DY_TABLE_PREFER_FIRST ? INT64_MIN
                                                                   : INT64_MIN + 1 + live;
        for (int i = 0; i < DY_TABLE_WAYS; i++) {
            dy_slot *s = &b[c]->slot[i];
            uint64_t tag = dy_slot_tag(s);
            int64_t rank;
            if (tag == 0) {
                if (!allow_empty) /* at capacity: an empty slot would be one key too many */
                    continue;
                rank = empty_rank;
            }
            else if (!(tag & DY_SLOT_LOCKED) && dy_slot_tat(s) <= now)
                rank = dy_slot_tat(s);
            else
                continue;
            if (rank < best_rank) {
                best_rank = rank;
                best = s;
                *old_tag = tag;
            }
        }
    }
    return best;
}

/* Take slot s from its old owner (empty or expired) for `tag`, locked.
 * 0 if another thread changed it first, or its state is live again.
 *
 * An owned slot is locked as its owner first and only retagged once its
 * state is confirmed expired under that lock. Retagging first and checking
 * after would hide the slot from its owner for a moment: the owner, just
 * back, would find no slot, create a second one, and get its burst twice
 * when the first was handed back. Locked as the owner, the owner's own
 * lookups find it and wait for the lock instead. */
static int claim(dy_slot *s, uint64_t old_tag, uint64_t tag, int64_t now)
{
    uint64_t locked = old_tag == 0 ? tag | DY_SLOT_LOCKED : old_tag | DY_SLOT_LOCKED;
    DY_TABLE_CLAIM_HOOK(1);
    if (!atomic_compare_exchange_strong_explicit(&s->tag, &old_tag, locked,
                                                 memory_order_acquire, memory_order_relaxed))
        return 0;
    DY_TABLE_CLAIM_HOOK(2);
    if (old_tag != 0) {
        if (dy_slot_tat(s) > now) { /* its key came back meanwhile */
            dy_slot_unlock(s, old_tag);
            return 0;
        }
        atomic_store_explicit(&s->tag, tag | DY_SLOT_LOCKED, memory_order_relaxed);
    }
    return 1;
}

/* Empty slot s, which held `tag` with state expired at `now`: locked as
 * its owner first, as claim() does, so the owner waits and then finds it
 * gone (and creates fresh state) rather than missing it half-way. */
static int empty_expired(dy_slot *s, uint64_t tag, int64_t now)
{
    uint64_t seen = tag;
    if (!atomic_compare_exchange_strong_explicit(&s->tag, &seen, tag | DY_SLOT_LOCKED,
                                                 memory_order_acquire, memory_order_relaxed))
        return 0;
    if (dy_slot_tat(s) > now) { /* its key came back meanwhile */
        dy_slot_unlock(s, tag);
        return 0;
    }
    atomic_store_explicit(&s->tat, 0, memory_order_relaxed);
    dy_slot_unlock(s, 0);
    return 1;
}

/* At capacity: empty every slot of the next DY_TABLE_SWEEP buckets from
 * the shared cursor whose state expired DY_TABLE_SWEEP_GRACE_NS ago or
 * earlier, giving their room back; returns how many. All of them, not only
 * the longest-expired: the room of a table full of expired state must come
 * back within a round or two of the cursor, not one slot per refusal
 * (measured at 100k keys, all expired: 24 refusals in all to seat 100k new
 * keys, against 31,692 freeing one per sweep). An emptied key loses nothing
 * but its place: its state had expired. The grace is for callers' clocks
 * that disagree across threads (see the header): a slot a thread's clock
 * says just expired may be live at another's, and the sweep reaches far
 * more slots than a key's own candidates. Lowers *earliest to the earliest
 * time a slot seen becomes sweepable (live or within the grace). */
static int sweep(dy_table *t, int64_t now, int64_t *earliest)
{
    int freed = 0;
    uint64_t start = atomic_fetch_add_explicit(&t->hand, DY_TABLE_SWEEP, memory_order_relaxed);
    for (uint64_t k = 0; k < DY_TABLE_SWEEP; k++) {
        dy_bucket *b = &t->buckets[(start + k) % t->nbuckets];
        for (int i = 0; i < DY_TABLE_WAYS; i++) {
            dy_slot *s = &b->slot[i];
            uint64_t tag = dy_slot_tag(s);
            if (tag == 0 || (tag & DY_SLOT_LOCKED))
                continue;
            int64_t tat = dy_slot_tat(s);
            if (tat > now - DY_TABLE_SWEEP_GRACE_NS) {
                if (tat + DY_TABLE_SWEEP_GRACE_NS < *earliest)
                    *earliest = tat + DY_TABLE_SWEEP_GRACE_NS;
            } else if (empty_expired(s, tag, now - DY_TABLE_SWEEP_GRACE_NS)) {
                unreserve(t);
                atomic_fetch_add_explicit(&t->evicted, 1, memory_order_relaxed);
                freed++;
            }
        }
    }
    return freed;
}

int dy_table_update_slow(dy_table *t, uint64_t hash, int64_t now, int64_t emission_ns,
                         uint64_t inv, int64_t tolerance_ns, int64_t increment_ns,
                         dy_gcra_out *out)
{
    uint64_t tag = dy_table_tag(hash);
    uint64_t idx[DY_TABLE_CHOICES];
    table_choices(t, hash, idx);
    dy_bucket *b[DY_TABLE_CHOICES];
    for (int c = 0; c < DY_TABLE_CHOICES; c++)
        b[c] = &t->buckets[idx[c]];

    /* A key living outside its first bucket: no insert lock needed. */
    if (update_if_present(b, 1, tag, now, emission_ns, inv, tolerance_ns, increment_ns, out))
        return 1;

    /* Create the key's state, holding its insert lock so no other thread
     * creates it too; look again first, since one may just have. */
    atomic_uint *stripe = &t->stripes[idx[0] % DY_TABLE_STRIPES];
    stripe_lock(stripe);
    int rc = 1;
    for (;;) {
        if (update_if_present(b, 0, tag, now, emission_ns, inv, tolerance_ns, increment_ns,
                              out))
            break;
        dy_gcra_step_inv(now, now, emission_ns, inv, tolerance_ns, increment_ns, out);
        if (!out->allowed)
            break; /* a denied request stores nothing */
        uint64_t old_tag = 0;
        int full = atomic_load_explicit(&t->occupied, memory_order_relaxed) >= t->capacity;
        dy_slot *s = choose_slot(b, now, !full, &old_tag);
        if (!s) { /* no room: refuse, never evict live state */
            int64_t earliest = INT64_MAX;
            for (int c = 0; c < DY_TABLE_CHOICES; c++)
                for (int i = 0; i < DY_TABLE_WAYS; i++) {
                    int64_t tat = dy_slot_tat(&b[c]->slot[i]);
                    if (dy_slot_tag(&b[c]->slot[i]) != 0 && tat < earliest)
                        earliest = tat;
                }
            if (full && sweep(t, now, &earliest) > 0)
                continue; /* expired keys elsewhere made room */
            if (earliest <= now || earliest == INT64_MAX) {
                /* A slot that is free or expired but locked for a moment
                 * (its owner stepping it, or another insert claiming it),
                 * or, at capacity, a sweep that met no key yet: look again
                 * (the sweep moves on) rather than refuse with a
                 * retry-after that would be refused again. */
                dy_cpu_relax();
                continue;
            }
            out->allowed = 0;
            out->new_tat = now;
            out->retry_after_ns = earliest - now;
            out->reset_after_ns = earliest - now;
            out->remaining = 0;
            atomic_fetch_add_explicit(&t->refused, 1, memory_order_relaxed);
            rc = 0;
            break;
        }
        if (old_tag == 0 && !reserve(t))
            continue; /* the last room went meanwhile: choose again */
        if (!claim(s, old_tag, tag, now)) {
            if (old_tag == 0)
                unreserve(t);
            continue; /* raced with another thread: choose again */
        }
        if (old_tag != 0) /* an expired key's place taken over */
            atomic_fetch_add_explicit(&t->evicted, 1, memory_order_relaxed);
        atomic_store_explicit(&s->tat, out->new_tat, memory_order_relaxed);
        dy_slot_unlock(s, tag);
        break;
    }
    stripe_unlock(stripe);
    return rc;
}

/* ---- two-phase steps, for limits of several rates -------------------- */

int64_t dy_table_peek(const dy_table *t, uint64_t hash)
{
    uint64_t tag = dy_table_tag(hash);
    uint64_t idx[DY_TABLE_CHOICES];
    table_choices(t, hash, idx);
    for (int c = 0; c < DY_TABLE_CHOICES; c++) {
        const dy_bucket *b = &t->buckets[idx[c]];
        int i = dy_bucket_find(b, tag);
        if (i >= 0)
            return dy_slot_tat(&b->slot[i]);
    }
    return 0;
}

void dy_table_refund(dy_table *t, uint64_t hash, int64_t increment_ns)
{
    uint64_t tag = dy_table_tag(hash);
    uint64_t idx[DY_TABLE_CHOICES];
    table_choices(t, hash, idx);
    for (int c = 0; c < DY_TABLE_CHOICES; c++) {
        dy_bucket *b = &t->buckets[idx[c]];
        int i = dy_bucket_find(b, tag);
        if (i >= 0 && dy_slot_lock(&b->slot[i], tag)) {
            int64_t tat = dy_slot_tat(&b->slot[i]);
            atomic_store_explicit(&b->slot[i].tat, tat > increment_ns ? tat - increment_ns : 0,
                                  memory_order_relaxed);
            dy_slot_unlock(&b->slot[i], tag);
            return;
        }
    }
}
