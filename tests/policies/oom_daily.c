/* oom_daily.c - the daily profile of the default policy survives every
 * allocation failure: with a facts file loaded (argv[1]), for k = 0, 1, 2,
 * ... the k-th allocation of dayone_check() fails, and each time the check
 * returns DAYONE_ENOMEM with no report, or DAYONE_OK with exactly the
 * findings of an undisturbed run (a failure inside a fact check, such as
 * count_by's grouping, must not drop a finding silently). Never a crash or
 * a leak (valgrind or LeakSanitizer, by CMake).
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h, so the library's own
 * calls land in tests/common/failing_alloc.c. */
#include <stdio.h>
#include <string.h>
#include "dayone.h"
#include "dayone/facts.h"
#include "failing_alloc.h"

static const char *const g_daily[] = {"daily"};

static int check(dayone_report **r, const dayone_env *env, const dayone_facts *facts)
{
    dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT;
    dayone_error err;
    dayone_error_clear(&err);
    o.facts = facts;
    o.now_ns = INT64_C(1772442000) * 1000000000;   /* 2026-03-02T09:00:00Z */
    o.profiles = g_daily;
    o.nprofiles = 1;
    return dayone_check(r, NULL, env, &o, &err);
}

/* The findings as one comparable text: rule, key and severity of each. */
static void summarise(const dayone_report *r, char *buf, size_t size)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < dayone_report_count(r) && used < size; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        int n = snprintf(buf + used, size - used, "%s %s %d\n", f->rule, f->key,
                         (int)f->severity);
        if (n < 0)
            break;
        used += (size_t)n;
    }
}

int main(int argc, char **argv)
{
    static char want[8192], got[8192];
    dayone_env *env = NULL;
    dayone_facts *facts = NULL;
    dayone_report *r = NULL;
    int status = 1;
    if (argc != 2)
        return 2;
    oom_fail_at = -1;
    if (dayone_env_new(&env) != DAYONE_OK || dayone_facts_new(&facts) != DAYONE_OK ||
        dayone_facts_add_file(facts, argv[1], NULL) != DAYONE_OK)
        goto done;
    /* The reference run (and the default policy, loaded once per process). */
    if (check(&r, env, facts) != DAYONE_OK || dayone_report_count(r) == 0)
        goto done;
    summarise(r, want, sizeof want);
    dayone_report_free(r);
    r = NULL;
    for (oom_fail_at = 0;; oom_fail_at++) {
        oom_calls = 0;
        dayone_report *out = (dayone_report *)0x1;
        int rc = check(&out, env, facts);
        if (rc == DAYONE_ENOMEM && out == NULL)
            continue;
        if (rc != DAYONE_OK) {
            fprintf(stderr, "oom_daily: k=%ld: %s\n", oom_fail_at, dayone_status_name(rc));
            goto done;
        }
        summarise(out, got, sizeof got);
        dayone_report_free(out);
        if (strcmp(want, got) != 0) {
            fprintf(stderr, "oom_daily: k=%ld: findings differ:\n%s---\n%s", oom_fail_at, want,
                    got);
            goto done;
        }
        if (oom_calls <= oom_fail_at)
            break;   /* nothing failed: every allocation was covered */
    }
    printf("oom_daily: %ld allocation failures survived\n", oom_fail_at);
    status = 0;
done:
    oom_fail_at = -1;
    dayone_report_free(r);
    dayone_facts_free(facts);
    dayone_env_free(env);
    return status;
}
