/* oom_status.c - evaluating and rendering the status survives every
 * allocation failure: for k = 0, 1, 2, ... the k-th allocation of
 * dayone_status_evaluate (default policy, examples/ops/health.json) and of
 * its JSON and text renderings fails, and each time the call returns
 * DAYONE_ENOMEM with *out NULL -- never a crash, never a leak (valgrind or
 * LeakSanitizer, by CMake), never a half-built result -- until k passes the
 * number of allocations and everything succeeds. Twice: at a now when the
 * example's facts are fresh (every check runs) and one when they are stale
 * (the status-stale reason goes to every component).
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h, so the library's own
 * calls land in tests/common/failing_alloc.c. */
#include <stdio.h>
#include "dayone.h"
#include "failing_alloc.h"

/* 1 when every call behaved, with *complete set once a round succeeded. */
static int round_trip(const dayone_policy *p, const dayone_facts *facts, int64_t now_ns,
                      int *complete)
{
    dayone_status_result *r = (dayone_status_result *)0x1;
    dayone_status_options opts = DAYONE_STATUS_OPTIONS_INIT;
    opts.now_ns = now_ns;
    *complete = 0;
    int rc = dayone_status_evaluate_with(&r, p, facts, &opts, NULL);
    if (rc != DAYONE_OK)
        return rc == DAYONE_ENOMEM && r == NULL;
    if (!r || dayone_status_count(r) != 6)
        return 0;
    int all = 1;
    for (int fmt = DAYONE_FORMAT_TEXT; fmt <= DAYONE_FORMAT_JSON; fmt++) {
        char *out = (char *)0x1;
        rc = dayone_status_render(&out, NULL, r, (dayone_format)fmt, 0, NULL);
        if (rc == DAYONE_OK) {
            dayone_free(out);
            continue;
        }
        if (rc != DAYONE_ENOMEM || out != NULL) {
            dayone_status_free(r);
            return 0;
        }
        all = 0;
    }
    dayone_status_free(r);
    *complete = all;
    return 1;
}

int main(int argc, char **argv)
{
    dayone_policy *p = NULL;
    dayone_facts *facts = NULL;
    if (argc != 2 || dayone_policy_load_default(&p, NULL) != DAYONE_OK ||
        dayone_facts_new(&facts) != DAYONE_OK ||
        dayone_facts_add_file(facts, argv[1], NULL) != DAYONE_OK) {
        fprintf(stderr, "usage: oom_status HEALTH.json\n");
        return 2;
    }
    /* the example was observed at 2026-03-02T06:00:00Z; max_age is 15m */
    static const int64_t nows[] = {INT64_C(1772431500) * 1000000000,   /* +5m: fresh */
                                   INT64_C(1772435600) * 1000000000};  /* +1h13m: stale */
    int rc = 1;
    for (size_t n = 0; n < sizeof nows / sizeof nows[0]; n++) {
        for (oom_fail_at = 0;; oom_fail_at++) {
            int complete = 0;
            oom_calls = 0;
            if (!round_trip(p, facts, nows[n], &complete)) {
                fprintf(stderr, "oom_status: now %zu, k=%ld misbehaved\n", n, oom_fail_at);
                goto done;
            }
            if (complete && oom_calls <= oom_fail_at) {
                printf("oom_status: now %zu, %ld allocation failures survived\n", n,
                       oom_fail_at);
                break;
            }
        }
    }
    rc = 0;
done:
    dayone_facts_free(facts);
    dayone_policy_free(p);
    return rc;
}
