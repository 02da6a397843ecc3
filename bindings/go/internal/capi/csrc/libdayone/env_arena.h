/* env_arena.h - where a snapshot keeps its names and value copies: bump
 * allocation in a few chunks, so setting 200 variables costs a handful of
 * mallocs, not 400, and freeing is one wipe per chunk.
 *
 * Bytes handed out are never moved or freed one by one; the snapshot
 * abandons a replaced value (after wiping it) and compacts into a fresh
 * arena when abandoned bytes outweigh live ones (env.c). Every chunk's used
 * bytes are wiped before it is freed. Not thread-safe: an arena belongs to
 * one snapshot. */
#ifndef DY_ENV_ARENA_H
#define DY_ENV_ARENA_H

#include <stddef.h>

/* One chunk: data[0..used) has been handed out, the rest never written. */
typedef struct dy_arena_chunk {
    struct dy_arena_chunk *next;
    size_t used, cap;
    char data[];
} dy_arena_chunk;

/* Zero-initialised = empty. */
typedef struct dy_env_arena {
    dy_arena_chunk *chunks;  /* head: the chunk bump allocation draws from */
    size_t nchunks;
} dy_env_arena;

/* Make the head chunk have n free bytes (a new head if need be; the old
 * head's never-written tail is simply left). DAYONE_OK or DAYONE_ENOMEM;
 * changes nothing handed out. */
int dy_env_arena_reserve(dy_env_arena *a, size_t n);

/* n bytes from the head chunk, which the caller has reserved. Inline: the
 * snapshot takes two pieces per variable it commits. */
static inline char *dy_env_arena_take(dy_env_arena *a, size_t n)
{
    char *p = a->chunks->data + a->chunks->used;
    a->chunks->used += n;
    return p;
}

/* dy_env_arena_alloc when the head chunk is short of n bytes. */
char *dy_env_arena_alloc_slow(dy_env_arena *a, size_t n);

/* n bytes, or NULL (then nothing changed). A large request gets a chunk of
 * its own behind the head, so the head keeps its free space. The common
 * case (room in the head) is inline: dayone_env_set calls this once per
 * variable. */
static inline char *dy_env_arena_alloc(dy_env_arena *a, size_t n)
{
    if (a->chunks && a->chunks->cap - a->chunks->used >= n)
        return dy_env_arena_take(a, n);
    return dy_env_arena_alloc_slow(a, n);
}

/* Start an empty arena with one chunk of exactly cap bytes (compaction
 * knows how much it will copy). DAYONE_OK or DAYONE_ENOMEM. */
int dy_env_arena_start(dy_env_arena *a, size_t cap);

/* Wipe the used bytes of every chunk, free them, and leave a empty. */
void dy_env_arena_release(dy_env_arena *a);

#endif
