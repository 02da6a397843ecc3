/* alloc_arena.c - allocation arenas (see alloc_arena.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "alloc_arena.h"

/* Sanitizer builds allocate one by one: ASan then sees every overrun, and
 * no build-time image is made where shadow memory maps most of the address
 * space (policy_snapshot.c refuses words that look like addresses). */
#if (defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)) && !defined(DAYONE_ARENA_DEBUG)
#define DAYONE_ARENA_DEBUG 1
#endif
#if defined(__has_feature)
#if (__has_feature(address_sanitizer) || __has_feature(thread_sanitizer)) && \
    !defined(DAYONE_ARENA_DEBUG)
#define DAYONE_ARENA_DEBUG 1
#endif
#endif

#define DY_ARENA_ALIGN 16u
#define DY_ARENA_DEFAULT_BLOCK (32u * 1024u)

/* Every allocation is preceded by its size (for dy_realloc), in the 8
 * bytes just before a 16-aligned address. */
typedef struct dy_alloc_block {
    struct dy_alloc_block *next;
    size_t cap, used;      /* data[0..used) handed out */
    size_t pad;            /* keeps data 16-aligned */
    unsigned char data[];
} dy_alloc_block;

struct dy_alloc_arena {
    dy_alloc_block *head;  /* the block allocation draws from */
    size_t next_cap;
    void *last;            /* the latest allocation, which may grow in place */
    void **live; size_t nlive, caplive;  /* debug builds: one malloc each */
    int debug;             /* allocates one by one (not an image) */
};

/* Initial-exec: one load per allocation, no __tls_get_addr call. glibc keeps
 * spare static TLS for libraries loaded later with dlopen (the Python
 * module), so 8 bytes of it are safe there; other C libraries may refuse
 * such a dlopen, so they get the default model. */
#if defined(__GLIBC__)
static _Thread_local dy_alloc_arena *tls_current __attribute__((tls_model("initial-exec")));
#else
static _Thread_local dy_alloc_arena *tls_current;
#endif

dy_alloc_arena *dy_arena_enter(dy_alloc_arena *a)
{
    dy_alloc_arena *prev = tls_current;
    tls_current = a;
    return prev;
}

void dy_arena_leave(dy_alloc_arena *previous) { tls_current = previous; }

dy_alloc_arena *dy_arena_current(void) { return tls_current; }

dy_alloc_arena *dy_arena_new(size_t first_block)
{
    dy_alloc_arena *a = calloc(1, sizeof *a);
    if (a) {
        a->next_cap = first_block ? first_block : DY_ARENA_DEFAULT_BLOCK;
#ifdef DAYONE_ARENA_DEBUG
        a->debug = 1;
#endif
    }
    return a;
}

void dy_arena_free(dy_alloc_arena *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->nlive; i++)
        free(a->live[i]);
    free(a->live);
    for (dy_alloc_block *b = a->head, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    free(a);
}

static dy_alloc_block *new_block(size_t cap)
{
    /* Not zeroed here: each allocation zeroes its own bytes as it is
     * handed out, padding included, so only what is used is written. */
    dy_alloc_block *b = malloc(sizeof *b + cap);
    if (!b)
        return NULL;
    b->next = NULL;
    b->cap = cap;
    b->pad = 0;
    b->used = 0;
    return b;
}

void *dy_arena_new_image(size_t len, dy_alloc_arena **out)
{
    dy_alloc_arena *a = dy_arena_new(0);
    dy_alloc_block *b = a ? new_block(len) : NULL;
    *out = NULL;
    if (!b) {
        free(a);
        return NULL;
    }
    b->used = len;
    a->head = b;
    a->debug = 0;     /* an image: no allocation of its own */
    *out = a;
    return b->data;
}

static int owns_block(const dy_alloc_arena *a, const void *p)
{
    uintptr_t x = (uintptr_t)p;
    for (const dy_alloc_block *b = a->head; b; b = b->next)
        if (x >= (uintptr_t)b->data && x < (uintptr_t)(b->data + b->used))
            return 1;
    return 0;
}

int dy_arena_holds_all(const dy_alloc_arena *a) { return a->nlive == 0 && !a->debug; }

const void *dy_arena_single_block(const dy_alloc_arena *a, size_t *used)
{
    *used = 0;
    if (!a->head || a->head->next || a->debug)
        return NULL;
    *used = a->head->used;
    return a->head->data;
}

#ifdef DAYONE_ARENA_DEBUG

static int track(dy_alloc_arena *a, void *p)
{
    if (a->nlive == a->caplive) {
        size_t cap = a->caplive ? a->caplive * 2 : 64;
        void **live = realloc(a->live, cap * sizeof *live);
        if (!live)
            return 0;
        a->live = live;
        a->caplive = cap;
    }
    a->live[a->nlive++] = p;
    return 1;
}

static size_t find_live(const dy_alloc_arena *a, const void *p)
{
    for (size_t i = a->nlive; i-- > 0;)
        if (a->live[i] == p)
            return i;
    return SIZE_MAX;
}

void *dy_arena_alloc(dy_alloc_arena *a, size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (p && !track(a, p)) {
        free(p);
        return NULL;
    }
    return p;
}

void *dy_arena_realloc(dy_alloc_arena *a, void *p, size_t n)
{
    if (!p)
        return dy_arena_alloc(a, n);
    size_t i = find_live(a, p);
    if (i == SIZE_MAX)
        return owns_block(a, p) ? NULL : realloc(p, n ? n : 1);
    void *q = realloc(p, n ? n : 1);
    if (q)
        a->live[i] = q;
    return q;
}

int dy_arena_release(dy_alloc_arena *a, void *p)
{
    if (owns_block(a, p))
        return 1;     /* an image's bytes (dy_arena_new_image) */
    size_t i = find_live(a, p);
    if (i == SIZE_MAX)
        return 0;
    free(p);
    a->live[i] = a->live[--a->nlive];
    return 1;
}

#else

static size_t round_up(size_t n) { return (n + DY_ARENA_ALIGN - 1) & ~(size_t)(DY_ARENA_ALIGN - 1); }

/* Bytes an allocation of n takes in a block: its size word, padded so that
 * the next allocation is 16-aligned too. */
static size_t footprint(size_t n) { return round_up(n + sizeof(size_t)); }

static dy_alloc_block *grow(dy_alloc_arena *a, size_t need)
{
    size_t cap = a->next_cap;
    while (cap < need + DY_ARENA_ALIGN)
        cap *= 2;
    dy_alloc_block *b = new_block(cap);
    if (!b)
        return NULL;
    /* The first size word sits at data[8], the first allocation at data[16]. */
    b->used = DY_ARENA_ALIGN - sizeof(size_t);
    memset(b->data, 0, b->used);
    b->next = a->head;
    a->head = b;
    a->next_cap = cap * 2;
    return b;
}

void *dy_arena_alloc(dy_alloc_arena *a, size_t n)
{
    if (n > SIZE_MAX / 2)
        return NULL;
    size_t need = footprint(n);
    dy_alloc_block *b = a->head;
    if (!b || b->cap - b->used < need) {
        if (!(b = grow(a, need)))
            return NULL;
    }
    unsigned char *at = b->data + b->used;
    memset(at, 0, need);
    memcpy(at, &n, sizeof n);
    b->used += need;
    a->last = at + sizeof(size_t);
    return a->last;
}

static size_t size_of(const void *p)
{
    size_t n;
    memcpy(&n, (const unsigned char *)p - sizeof n, sizeof n);
    return n;
}

void *dy_arena_realloc(dy_alloc_arena *a, void *p, size_t n)
{
    if (!p)
        return dy_arena_alloc(a, n);
    if (!owns_block(a, p))
        return realloc(p, n ? n : 1);   /* not ours: the heap's */
    size_t old = size_of(p);
    dy_alloc_block *b = a->head;
    /* The latest allocation grows in place while its block has room. */
    if (p == a->last && n <= SIZE_MAX / 2) {
        unsigned char *at = (unsigned char *)p - sizeof(size_t);
        size_t start = (size_t)(at - b->data);
        size_t had = footprint(old), need = footprint(n);
        if (b->cap - start >= need) {
            if (need > had)
                memset(at + had, 0, need - had);
            else
                memset((unsigned char *)p + n, 0, had - sizeof(size_t) - n);
            memcpy(at, &n, sizeof n);
            b->used = start + need;
            return p;
        }
    }
    void *q = dy_arena_alloc(a, n);
    if (q)
        memcpy(q, p, old < n ? old : n);
    return q;
}

int dy_arena_release(dy_alloc_arena *a, void *p) { return owns_block(a, p); }

#endif
