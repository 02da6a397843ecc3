/* oom_report.c - building and rendering a report survives every allocation
 * failure: for k = 0, 1, 2, ... the k-th allocation fails, and each time the
 * report either refuses to pass (dayone_report_ok() == 0, render ENOMEM) or
 * the render returns ENOMEM with *out NULL. Never a crash, never a leak (run
 * under valgrind or ASan by CMake), never a half-built report that says ok.
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h, so the library's own
 * calls land in tests/common/failing_alloc.c. */
#include <stdio.h>
#include <string.h>
#include "dayone.h"
#include "alloc.h"
#include "failing_alloc.h"
#include "report.h"

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "oom_report: fail_at=%ld: %s (line %d)\n", oom_fail_at, #cond, \
                    __LINE__);                                                       \
            return 1;                                                                \
        }                                                                            \
    } while (0)

/* One round: build a report with every kind of field, render every format. */
static int round_trip(int *complete)
{
    int built = 1;
    dayone_report *r = dy_report_new("oom");
    *complete = 0;
    if (!r)
        return 0; /* nothing to check, nothing to leak */
    /* Enough findings to grow the array past its first capacity. */
    for (int i = 0; i < 12; i++) {
        dayone_finding *f = dy_report_add(r, i % 2 ? "secret-min-length" : "posture-rule",
                                          "SECRET_KEY", (dayone_severity)(i % 3),
                                          "Use 32 random bytes.", "BILLING_ENABLED=true",
                                          "SECRET_KEY is %d characters", i);
        if (!f) {
            built = 0;
            continue;
        }
        dy_finding_set_source(r, f, "file", "/srv/app/.env", (unsigned)i + 1);
        if (i % 3 == 2)
            dy_finding_set_waiver(r, f, "rotating soon");
    }
    if (!built || r->oom) {
        /* A report that lost a finding must not pass or render. */
        CHECK(r->oom);
        CHECK(!dayone_report_ok(r));
        char *out = (char *)"x";
        CHECK(dayone_report_render(&out, NULL, r, DAYONE_FORMAT_JSON, 0, NULL) == DAYONE_ENOMEM);
        CHECK(out == NULL);
        dayone_report_free(r);
        return 0;
    }
    CHECK(dayone_report_count(r) == 12);
    int all = 1;
    for (int fmt = 0; fmt < 4; fmt++) {
        dayone_error err = {0};
        char *out = (char *)"x";
        size_t len = 7;
        int rc = dayone_report_render(&out, &len, r, (dayone_format)fmt, DAYONE_RENDER_COLOR, &err);
        if (rc == DAYONE_OK) {
            CHECK(out && strlen(out) == len && len > 0);
            dayone_free(out);
        } else {
            CHECK(rc == DAYONE_ENOMEM && err.code == DAYONE_ENOMEM);
            CHECK(out == NULL && len == 0);
            all = 0;
        }
    }
    dayone_report_free(r);
    *complete = all;
    return 0;
}

int main(void)
{
    long rounds = 0;
    for (oom_fail_at = 0;; oom_fail_at++) {
        int complete = 0;
        oom_calls = 0;
        if (round_trip(&complete))
            return 1;
        rounds++;
        if (oom_calls <= oom_fail_at) { /* no allocation failed: every path covered */
            if (!complete) {
                fprintf(stderr, "oom_report: clean run did not complete\n");
                return 1;
            }
            break;
        }
        if (oom_fail_at > 100000) {
            fprintf(stderr, "oom_report: runaway\n");
            return 1;
        }
    }
    printf("oom_report: %ld allocation failures injected, all handled\n", rounds - 1);
    return 0;
}
