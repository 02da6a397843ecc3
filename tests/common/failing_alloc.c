/* failing_alloc.c - the wrapped allocators behind failing_alloc.h. */
#include <stddef.h>
#include "failing_alloc.h"

long oom_fail_at = -1;
long oom_calls;

void *__real_dy_malloc(size_t n);
void *__real_dy_calloc(size_t count, size_t size);
void *__real_dy_realloc(void *p, size_t n);
char *__real_dy_strdup(const char *s);
char *__real_dy_strndup(const char *s, size_t n);
void *__wrap_dy_malloc(size_t n);
void *__wrap_dy_calloc(size_t count, size_t size);
void *__wrap_dy_realloc(void *p, size_t n);
char *__wrap_dy_strdup(const char *s);
char *__wrap_dy_strndup(const char *s, size_t n);

static int fail_now(void) { return oom_calls++ == oom_fail_at; }

void *__wrap_dy_malloc(size_t n) { return fail_now() ? NULL : __real_dy_malloc(n); }
void *__wrap_dy_calloc(size_t c, size_t s) { return fail_now() ? NULL : __real_dy_calloc(c, s); }
void *__wrap_dy_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_dy_realloc(p, n); }
char *__wrap_dy_strdup(const char *s) { return fail_now() ? NULL : __real_dy_strdup(s); }
char *__wrap_dy_strndup(const char *s, size_t n)
{
    return fail_now() ? NULL : __real_dy_strndup(s, n);
}
