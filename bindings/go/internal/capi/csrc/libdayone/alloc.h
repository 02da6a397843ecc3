/* alloc.h - the one place the library allocates and wipes memory.
 * Every allocation goes through these so tests can count them and secrets
 * can be wiped on free - except the limiter's large state tables, which
 * limiter_table.c maps directly (fresh pages, so huge pages can back them;
 * they hold no secret). */
#ifndef DY_ALLOC_H
#define DY_ALLOC_H

#include <stddef.h>

void *dy_malloc(size_t n);
void *dy_calloc(size_t count, size_t size);
void *dy_realloc(void *p, size_t n);
char *dy_strdup(const char *s);
char *dy_strndup(const char *s, size_t n);
void dy_free(void *p);

/* Overwrite n bytes with zeros in a way the compiler may not elide. */
void dy_wipe(void *p, size_t n);
/* Wipe then free a NUL-terminated string (secrets). NULL is a no-op. */
void dy_free_secret(char *s);

#endif
