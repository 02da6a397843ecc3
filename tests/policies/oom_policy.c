/* oom_policy.c - loading a policy survives every allocation failure: for
 * k = 0, 1, 2, ... the k-th allocation of the loader fails, and each time the
 * load returns an error with *out NULL (never a crash, never a leak, never a
 * half-built policy), until k passes the number of allocations and the load
 * succeeds. Run under valgrind (or LeakSanitizer) by CMake.
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h, so the library's own
 * calls land in the __wrap_ functions below. */
#include <stdio.h>
#include <string.h>
#include "dayone.h"
#include "alloc.h"
#include "policy_internal.h"

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

static long fail_at = -1; /* index of the allocation to fail; -1 none */
static long calls;

static int fail_now(void) { return calls++ == fail_at; }

void *__wrap_dy_malloc(size_t n) { return fail_now() ? NULL : __real_dy_malloc(n); }
void *__wrap_dy_calloc(size_t c, size_t s) { return fail_now() ? NULL : __real_dy_calloc(c, s); }
void *__wrap_dy_realloc(void *p, size_t n) { return fail_now() ? NULL : __real_dy_realloc(p, n); }
char *__wrap_dy_strdup(const char *s) { return fail_now() ? NULL : __real_dy_strdup(s); }
char *__wrap_dy_strndup(const char *s, size_t n)
{
    return fail_now() ? NULL : __real_dy_strndup(s, n);
}

/* Load `path` (NULL = the default policy) with the k-th allocation failing,
 * for every k until a load succeeds. Returns 0 when every round behaved. */
static int sweep(const char *path)
{
    for (fail_at = 0;; fail_at++) {
        dayone_policy *p = (dayone_policy *)0x1;
        dayone_error err;
        dayone_error_clear(&err);
        calls = 0;
        int rc = path ? dayone_policy_load_file(&p, path, &err)
                      : dayone_policy_load_default(&p, &err);
        if (rc == DAYONE_OK) {
            if (!p)
                return 1;
            /* the built policy is whole: every plan has its name */
            for (size_t i = 0; i < p->nplans; i++)
                if (!p->plans[i].name)
                    return 1;
            dayone_policy_free(p);
            if (calls > fail_at)
                continue; /* the failure was optional (a JIT compile): still whole */
            printf("oom_policy: %s: %ld allocation failures survived\n",
                   path ? path : "<default>", fail_at);
            return 0;
        }
        /* A failed allocation inside PCRE2 surfaces as a pattern that did not
         * compile ("... memory ..."); anything else must be ENOMEM. */
        int ok = p == NULL && (rc == DAYONE_ENOMEM ||
                               (rc == DAYONE_EPOLICY && strstr(err.message, "memory")));
        if (!ok) {
            fprintf(stderr, "oom_policy: %s: k=%ld: %s: %s\n", path ? path : "<default>",
                    fail_at, dayone_status_name(rc), err.message);
            return 1;
        }
    }
}

int main(int argc, char **argv)
{
    /* Warm-up: process-wide lazy state (PCRE2 contexts) is created once,
     * outside the sweep. */
    dayone_policy *p = NULL;
    if (dayone_policy_load_default(&p, NULL) != DAYONE_OK)
        return 1;
    dayone_policy_free(p);
    if (sweep(NULL))
        return 1;
    for (int i = 1; i < argc; i++)
        if (sweep(argv[i]))
            return 1;
    return 0;
}
