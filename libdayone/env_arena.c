/* env_arena.c - a snapshot's bump allocator (env_arena.h). */
#include <stdint.h>
#include "alloc.h"
#include "dayone/common.h"
#include "env_arena.h"

/* Chunk sizes double from ARENA_FIRST to ARENA_MAX; a request over a
 * quarter of the next chunk size gets a chunk of its own. */
#define ARENA_FIRST 4096u
#define ARENA_MAX (64u * 1024u)

static size_t next_chunk_size(const dy_env_arena *a)
{
    size_t sz = ARENA_FIRST;
    for (size_t i = 0; i < a->nchunks && sz < ARENA_MAX; i++)
        sz *= 2;
    return sz;
}

static dy_arena_chunk *chunk_new(size_t cap)
{
    if (cap > SIZE_MAX - sizeof(dy_arena_chunk))
        return NULL;
    dy_arena_chunk *c = dy_malloc(sizeof *c + cap);
    if (c) {
        c->next = NULL;
        c->used = 0;
        c->cap = cap;
    }
    return c;
}

static size_t head_free(const dy_env_arena *a)
{
    return a->chunks ? a->chunks->cap - a->chunks->used : 0;
}

int dy_env_arena_reserve(dy_env_arena *a, size_t n)
{
    if (head_free(a) >= n)
        return DAYONE_OK;
    size_t sz = next_chunk_size(a);
    dy_arena_chunk *c = chunk_new(n > sz ? n : sz);
    if (!c)
        return DAYONE_ENOMEM;
    c->next = a->chunks;
    a->chunks = c;
    a->nchunks++;
    return DAYONE_OK;
}

char *dy_env_arena_alloc_slow(dy_env_arena *a, size_t n)
{
    if (head_free(a) >= n)
        return dy_env_arena_take(a, n);
    if (a->chunks && n > next_chunk_size(a) / 4) {
        dy_arena_chunk *c = chunk_new(n);
        if (!c)
            return NULL;
        c->used = n;
        c->next = a->chunks->next;
        a->chunks->next = c;
        a->nchunks++;
        return c->data;
    }
    if (dy_env_arena_reserve(a, n) != DAYONE_OK)
        return NULL;
    return dy_env_arena_take(a, n);
}

int dy_env_arena_start(dy_env_arena *a, size_t cap)
{
    dy_arena_chunk *c = chunk_new(cap);
    if (!c)
        return DAYONE_ENOMEM;
    a->chunks = c;
    a->nchunks = 1;
    return DAYONE_OK;
}

void dy_env_arena_release(dy_env_arena *a)
{
    dy_arena_chunk *c = a->chunks;
    while (c) {
        dy_arena_chunk *next = c->next;
        dy_wipe(c->data, c->used); /* values (and names) */
        dy_free(c);
        c = next;
    }
    a->chunks = NULL;
    a->nchunks = 0;
}
