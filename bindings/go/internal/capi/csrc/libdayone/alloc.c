/* alloc.c - allocation and wiping (see alloc.h). */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"

void *dy_malloc(size_t n) { return malloc(n ? n : 1); }

void *dy_calloc(size_t count, size_t size)
{
    return calloc(count ? count : 1, size ? size : 1);
}

void *dy_realloc(void *p, size_t n) { return realloc(p, n ? n : 1); }

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

void dy_free(void *p) { free(p); }

void dy_wipe(void *p, size_t n)
{
    if (p && n)
        explicit_bzero(p, n);
}

void dy_free_secret(char *s)
{
    if (s) {
        dy_wipe(s, strlen(s));
        free(s);
    }
}
