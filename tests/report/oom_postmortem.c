/* oom_postmortem.c - the report linter survives every allocation failure:
 * for k = 0, 1, 2, ... the k-th allocation of a lint (and of a template)
 * fails, and each time the call either succeeds with every finding or
 * returns DAYONE_ENOMEM with *out NULL. Never a crash, never a leak (run
 * under valgrind or ASan by CMake), never a partial report.
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h, so the library's own
 * calls land in tests/common/failing_alloc.c (cmark-gfm's are malloc's). */
#include <stdio.h>
#include <string.h>
#include "dayone.h"
#include "failing_alloc.h"

#define CHECK(cond)                                                                  \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "oom_postmortem: fail_at=%ld: %s (line %d)\n", oom_fail_at, \
                    #cond, __LINE__);                                                \
            return 1;                                                                \
        }                                                                            \
    } while (0)

/* Every rule fires: a placeholder, a missing and an empty section, timeline
 * times and order, an unowned action in a list and in a table, a duplicate. */
static const char REPORT[] =
    "# Post-incident report: <fill>\n\n"
    "## Summary\n\nIngest was down for **40 minutes**.\n\n"
    "## Timeline\n\n- 14:05 alert\n- 2026-03-04T14:10Z published\n- 2026-03-04T14:00Z rollback\n"
    "- 14:20 verified\n\n| Time | Event |\n|---|---|\n| 2026-03-04T15:00Z | closed |\n\n"
    "## Mitigation\n\n"
    "## Preventative actions\n\n- Add a canary\n- CI check (owner: @alice)\n\n"
    "| Action | Owner |\n|---|---|\n| Load test | |\n| Runbook | @bob |\n\n"
    "## Summary\n\nAgain.\n";
#define REPORT_FINDINGS 8u

static int lint_round(const dayone_policy *p, int *complete)
{
    dayone_report *r = (dayone_report *)(void *)&r; /* not NULL: must be reset */
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_postmortem_lint(&r, p, REPORT, sizeof REPORT - 1, "pm.md", &err);
    *complete = 0;
    if (rc != DAYONE_OK) {
        CHECK(rc == DAYONE_ENOMEM && err.code == DAYONE_ENOMEM && r == NULL);
        return 0;
    }
    CHECK(dayone_report_count(r) == REPORT_FINDINGS && !dayone_report_ok(r));
    dayone_report_free(r);
    *complete = 1;
    return 0;
}

static int template_round(const dayone_policy *p, int *complete)
{
    char *out = (char *)"x";
    size_t len = 7;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_postmortem_template(&out, &len, p, &err);
    *complete = 0;
    if (rc != DAYONE_OK) {
        CHECK(rc == DAYONE_ENOMEM && out == NULL);
        return 0;
    }
    CHECK(out && strlen(out) == len && strstr(out, "## Root cause"));
    dayone_free(out);
    *complete = 1;
    return 0;
}

static int sweep(const dayone_policy *p, int (*round)(const dayone_policy *, int *),
                 const char *what)
{
    long rounds = 0;
    for (oom_fail_at = 0;; oom_fail_at++) {
        int complete = 0;
        oom_calls = 0;
        if (round(p, &complete))
            return 1;
        rounds++;
        if (oom_calls <= oom_fail_at) {
            CHECK(complete);
            break;
        }
        CHECK(oom_fail_at < 100000);
    }
    printf("oom_postmortem: %s: %ld allocation failures injected, all handled\n", what,
           rounds - 1);
    return 0;
}

int main(void)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    oom_fail_at = -1;
    if (dayone_policy_load_default(&p, &err) != DAYONE_OK) {
        fprintf(stderr, "oom_postmortem: %s\n", err.message);
        return 1;
    }
    int rc = sweep(p, lint_round, "lint") || sweep(p, template_round, "template");
    oom_fail_at = -1;
    dayone_policy_free(p);
    return rc;
}
