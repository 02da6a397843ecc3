/* override_table.c - the per-tenant override table (override_table.h). */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "dayone/common.h"
#include "override_table.h"

#define RELAXED memory_order_relaxed

int dy_override_table_init(dy_override_table *t, size_t max_live)
{
    memset(t, 0, sizeof *t);
    if (max_live < 1 || max_live > ((size_t)1 << 20))
        return DAYONE_EINVAL;
    size_t n = 2;
    while (n < 2 * max_live)
        n <<= 1;
    t->max_live = max_live;
    t->mask = n - 1;
    t->slots = dy_calloc(n, sizeof *t->slots);
    t->tenants = dy_calloc(n, sizeof *t->tenants);
    t->limits = dy_calloc(n, sizeof *t->limits);
    if (!t->slots || !t->tenants || !t->limits || pthread_mutex_init(&t->lock, NULL) != 0) {
        dy_free(t->slots);
        dy_free(t->tenants);
        dy_free(t->limits);
        memset(t, 0, sizeof *t);
        return DAYONE_ENOMEM;
    }
    t->initialized = 1;
    atomic_init(&t->seq, 0);
    atomic_init(&t->live, 0);
    return DAYONE_OK;
}

void dy_override_table_destroy(dy_override_table *t)
{
    if (!t || !t->initialized)
        return;
    pthread_mutex_destroy(&t->lock);
    dy_free(t->slots);
    dy_free(t->tenants);
    dy_free(t->limits);
    memset(t, 0, sizeof *t);
}

dy_override_table *dy_override_table_new(size_t max_live)
{
    dy_override_table *t = dy_calloc(1, sizeof *t);
    if (t && dy_override_table_init(t, max_live) != DAYONE_OK) {
        dy_free(t);
        t = NULL;
    }
    return t;
}

void dy_override_table_free(dy_override_table *t)
{
    dy_override_table_destroy(t);
    dy_free(t);
}

/* A hash of 0 marks an empty slot: keys use the hash with bit 0 set. */
static inline uint64_t tag_of(uint64_t hash) { return hash | 1; }

static void slot_store(dy_ov_slot *s, uint64_t tag, const dy_override_value *v)
{
    uint64_t words[DY_OV_REASON_WORDS];
    memcpy(words, v->reason, sizeof words);
    atomic_store_explicit(&s->rate_count, v->rate_count, RELAXED);
    atomic_store_explicit(&s->rate_period_ns, v->rate_period_ns, RELAXED);
    atomic_store_explicit(&s->burst, v->burst, RELAXED);
    atomic_store_explicit(&s->expires_unix_s, v->expires_unix_s, RELAXED);
    for (size_t i = 0; i < DY_OV_REASON_WORDS; i++)
        atomic_store_explicit(&s->reason[i], words[i], RELAXED);
    atomic_store_explicit(&s->hash, tag, RELAXED);
}

static void slot_load(const dy_ov_slot *s, dy_override_value *v)
{
    dy_ov_slot *m = (dy_ov_slot *)s; /* atomic loads take non-const in C11 */
    uint64_t words[DY_OV_REASON_WORDS];
    v->rate_count = atomic_load_explicit(&m->rate_count, RELAXED);
    v->rate_period_ns = atomic_load_explicit(&m->rate_period_ns, RELAXED);
    v->burst = atomic_load_explicit(&m->burst, RELAXED);
    v->expires_unix_s = atomic_load_explicit(&m->expires_unix_s, RELAXED);
    for (size_t i = 0; i < DY_OV_REASON_WORDS; i++)
        words[i] = atomic_load_explicit(&m->reason[i], RELAXED);
    memcpy(v->reason, words, sizeof words);
    v->reason[DY_OV_REASON_MAX - 1] = '\0'; /* a torn read is retried, but stay terminated */
}

static inline uint64_t slot_hash(const dy_ov_slot *s)
{
    return atomic_load_explicit(&((dy_ov_slot *)s)->hash, RELAXED);
}

/* Writers bracket every change: readers seeing an odd or changed sequence
 * read again. */
static void write_begin(dy_override_table *t)
{
    uint64_t s = atomic_load_explicit(&t->seq, RELAXED);
    atomic_store_explicit(&t->seq, s + 1, RELAXED);
    atomic_thread_fence(memory_order_release);
}

static void write_end(dy_override_table *t)
{
    uint64_t s = atomic_load_explicit(&t->seq, RELAXED);
    atomic_store_explicit(&t->seq, s + 1, memory_order_release);
}

/* The slot holding tag, or the empty slot ending its probe sequence. */
static size_t probe(const dy_override_table *t, uint64_t tag)
{
    size_t i = (size_t)tag & t->mask;
    for (;;) {
        uint64_t h = slot_hash(&t->slots[i]);
        if (h == 0 || h == tag)
            return i;
        i = (i + 1) & t->mask;
    }
}

int dy_override_table_put(dy_override_table *t, uint64_t hash, const char *tenant,
                          const char *limit, const dy_override_value *v)
{
    uint64_t tag = tag_of(hash);
    int rc = DAYONE_OK;
    pthread_mutex_lock(&t->lock);
    size_t i = probe(t, tag);
    int fresh = slot_hash(&t->slots[i]) == 0;
    if (fresh && atomic_load_explicit(&t->live, RELAXED) >= t->max_live) {
        rc = DAYONE_ELIMIT;
        goto done;
    }
    write_begin(t);
    slot_store(&t->slots[i], tag, v);
    write_end(t);
    snprintf(t->tenants[i], sizeof t->tenants[i], "%s", tenant);
    snprintf(t->limits[i], sizeof t->limits[i], "%s", limit);
    if (fresh)
        atomic_fetch_add_explicit(&t->live, 1, RELAXED);
done:
    pthread_mutex_unlock(&t->lock);
    return rc;
}

/* Does slot j's entry (home k) have to move back into the hole at i? It
 * does unless its home lies cyclically in (i, j]. */
static int must_move(size_t i, size_t j, size_t k)
{
    return i <= j ? (k <= i || k > j) : (k <= i && k > j);
}

int dy_override_table_remove(dy_override_table *t, uint64_t hash)
{
    uint64_t tag = tag_of(hash);
    int found = 0;
    pthread_mutex_lock(&t->lock);
    size_t i = probe(t, tag);
    if (slot_hash(&t->slots[i]) == 0)
        goto done;
    found = 1;
    write_begin(t);
    /* Backward shift: pull later entries of the run into the hole so
     * every probe sequence stays unbroken. */
    for (size_t j = (i + 1) & t->mask;; j = (j + 1) & t->mask) {
        uint64_t h = slot_hash(&t->slots[j]);
        if (h == 0)
            break;
        if (!must_move(i, j, (size_t)h & t->mask))
            continue;
        dy_override_value v;
        slot_load(&t->slots[j], &v);
        slot_store(&t->slots[i], h, &v);
        memcpy(t->tenants[i], t->tenants[j], sizeof t->tenants[i]);
        memcpy(t->limits[i], t->limits[j], sizeof t->limits[i]);
        i = j;
    }
    atomic_store_explicit(&t->slots[i].hash, 0, RELAXED);
    t->tenants[i][0] = t->limits[i][0] = '\0';
    write_end(t);
    atomic_fetch_sub_explicit(&t->live, 1, RELAXED);
done:
    pthread_mutex_unlock(&t->lock);
    return found;
}

static inline void relax(void)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    __builtin_ia32_pause();
#elif defined(__aarch64__) && (defined(__GNUC__) || defined(__clang__))
    __asm__ volatile("yield");
#endif
}

int dy_override_table_get(const dy_override_table *t, uint64_t hash, dy_override_value *out)
{
    dy_override_table *m = (dy_override_table *)t;
    uint64_t tag = tag_of(hash);
    for (;;) {
        uint64_t s1 = atomic_load_explicit(&m->seq, memory_order_acquire);
        if (s1 & 1) { /* a writer is at work: a few dozen stores */
            relax();
            continue;
        }
        int found = 0;
        size_t i = (size_t)tag & t->mask;
        /* Bounded: a torn view could lack the empty slot that ends a run. */
        for (size_t n = 0; n <= t->mask; n++, i = (i + 1) & t->mask) {
            uint64_t h = slot_hash(&t->slots[i]);
            if (h == 0)
                break;
            if (h == tag) {
                slot_load(&t->slots[i], out);
                found = 1;
                break;
            }
        }
        atomic_thread_fence(memory_order_acquire);
        if (atomic_load_explicit(&m->seq, RELAXED) == s1)
            return found;
    }
}

size_t dy_override_table_list(dy_override_table *t, dy_override_row *out, size_t cap)
{
    size_t n = 0;
    pthread_mutex_lock(&t->lock);
    for (size_t i = 0; i <= t->mask; i++) {
        if (slot_hash(&t->slots[i]) == 0)
            continue;
        if (n < cap) {
            memcpy(out[n].tenant, t->tenants[i], sizeof out[n].tenant);
            memcpy(out[n].limit, t->limits[i], sizeof out[n].limit);
            slot_load(&t->slots[i], &out[n].value);
        }
        n++;
    }
    pthread_mutex_unlock(&t->lock);
    return n;
}
