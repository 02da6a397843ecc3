/* oom_policy.c - loading a policy survives every allocation failure: for
 * k = 0, 1, 2, ... the k-th allocation of the loader fails, and each time the
 * load returns an error with *out NULL (never a crash, never a leak, never a
 * half-built policy), until k passes the number of allocations and the load
 * succeeds. Run under valgrind (or LeakSanitizer) by CMake.
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h, so the library's own
 * calls land in tests/common/failing_alloc.c. */
#include <stdio.h>
#include <string.h>
#include "dayone.h"
#include "alloc.h"
#include "failing_alloc.h"
#include "policy.h"
#include "policy_rules.h"

/* Load `path` (NULL = the default policy) with the k-th allocation failing,
 * for every k until a load succeeds. Returns 0 when every round behaved. */
static int sweep(const char *path)
{
    for (oom_fail_at = 0;; oom_fail_at++) {
        dayone_policy *p = (dayone_policy *)0x1;
        dayone_error err;
        dayone_error_clear(&err);
        oom_calls = 0;
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
            if (oom_calls > oom_fail_at)
                continue; /* the failure was optional (a JIT compile): still whole */
            printf("oom_policy: %s: %ld allocation failures survived\n",
                   path ? path : "<default>", oom_fail_at);
            return 0;
        }
        /* A failed allocation inside PCRE2 surfaces as a pattern that did not
         * compile ("... memory ..."); anything else must be ENOMEM. */
        int ok = p == NULL && (rc == DAYONE_ENOMEM ||
                               (rc == DAYONE_EPOLICY && strstr(err.message, "memory")));
        if (!ok) {
            fprintf(stderr, "oom_policy: %s: k=%ld: %s: %s\n", path ? path : "<default>",
                    oom_fail_at, dayone_status_name(rc), err.message);
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
