/* alloc.c - allocation and wiping (see alloc.h). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "alloc_arena.h"

/* Each entry point first asks whether the thread is filling an arena
 * (alloc_arena.h): a policy's model is allocated that way. */
void *dy_malloc(size_t n)
{
    dy_alloc_arena *a = dy_arena_current();
    return a ? dy_arena_alloc(a, n) : malloc(n ? n : 1);
}

void *dy_calloc(size_t count, size_t size)
{
    dy_alloc_arena *a = dy_arena_current();
    if (a) {
        if (size && count > SIZE_MAX / size)
            return NULL;
        return dy_arena_alloc(a, count * size);   /* arena memory is zeroed */
    }
    return calloc(count ? count : 1, size ? size : 1);
}

void *dy_realloc(void *p, size_t n)
{
    dy_alloc_arena *a = dy_arena_current();
    return a ? dy_arena_realloc(a, p, n) : realloc(p, n ? n : 1);
}

char *dy_strndup(const char *s, size_t n)
{
    char *d = dy_malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *dy_strdup(const char *s) { return s ? dy_strndup(s, strlen(s)) : NULL; }

void dy_free(void *p)
{
    dy_alloc_arena *a = dy_arena_current();
    if (p && !(a && dy_arena_release(a, p)))
        free(p);
}

void dy_wipe(void *p, size_t n)
{
    if (p && n)
        explicit_bzero(p, n);
}

void dy_free_secret(char *s)
{
    if (s) {
        dy_wipe(s, strlen(s));
        dy_free(s);
    }
}
