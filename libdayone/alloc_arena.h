/* alloc_arena.h - an allocation arena that alloc.h's functions draw from
 * while it is the calling thread's current arena: how a policy owns its
 * whole model in a few blocks instead of ~1,000 small allocations.
 *
 * While an arena is current on a thread (dy_arena_enter), dy_malloc,
 * dy_calloc, dy_realloc, dy_strdup and dy_strndup on that thread allocate
 * from it, and dy_free of a pointer it owns does nothing (the bytes go
 * when the arena is freed); dy_free of any other pointer frees it as
 * usual. So code written for malloc/free runs unchanged inside an arena,
 * and one dy_arena_free releases everything it allocated.
 *
 * Memory is zeroed, 16-byte aligned, and never moved except by dy_realloc.
 * Builds with AddressSanitizer or ThreadSanitizer (or DAYONE_ARENA_DEBUG) give every
 * allocation its own malloc, really freed by dy_free, so overruns and
 * uses after free are still found; dy_arena_free frees what is left.
 *
 * An arena is not thread-safe while it allocates; once filled and left it
 * is only read. Code that makes process-wide state on first use (PCRE2's
 * contexts) enters NULL around it so that state never lands in an arena. */
#ifndef DY_ALLOC_ARENA_H
#define DY_ALLOC_ARENA_H

#include <stddef.h>

typedef struct dy_alloc_arena dy_alloc_arena;

/* A new empty arena whose first block holds first_block bytes (0: a
 * default size), or NULL when out of memory. */
dy_alloc_arena *dy_arena_new(size_t first_block);
/* Free every block (and, in debug builds, every allocation left). NULL is a
 * no-op. The arena must not be current on any thread. */
void dy_arena_free(dy_alloc_arena *a);

/* Make a (or NULL: none) the calling thread's current arena; returns the
 * previous one, to be given back to dy_arena_leave. */
dy_alloc_arena *dy_arena_enter(dy_alloc_arena *a);
void dy_arena_leave(dy_alloc_arena *previous);
/* The calling thread's current arena, or NULL. */
dy_alloc_arena *dy_arena_current(void);

/* Used by alloc.c only, with a the current arena. */
void *dy_arena_alloc(dy_alloc_arena *a, size_t n);
void *dy_arena_realloc(dy_alloc_arena *a, void *p, size_t n);
/* 1 if p came from a (and, in debug builds, has been freed by this call). */
int dy_arena_release(dy_alloc_arena *a, void *p);

/* 1 when every allocation of a is in its blocks (always, but in debug
 * builds, where only an image is): freeing the arena frees them all, so a
 * walk of what they hold is not needed. */
int dy_arena_holds_all(const dy_alloc_arena *a);

/* The arena's single block, for a build-time snapshot: its start (16-byte
 * aligned) and the bytes handed out; NULL when the arena has grown past one
 * block (or in debug builds, which allocate one by one). */
const void *dy_arena_single_block(const dy_alloc_arena *a, size_t *used);

/* A new arena holding one block of exactly len bytes, all counted as used,
 * for a snapshot's image to be copied into; returns the block's start
 * (16-byte aligned) and the arena in *out, or NULL when out of memory.
 * Its bytes are released with the arena, in debug builds too. */
void *dy_arena_new_image(size_t len, dy_alloc_arena **out);

#endif
