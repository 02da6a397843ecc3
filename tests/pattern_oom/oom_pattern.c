/* oom_pattern.c - dy_pattern_compile / dy_pattern_matches / dy_format_matches
 * when an allocation fails. For k = 0, 1, 2, ... the k-th allocation of a
 * round fails; in that round a compile may fail (with a message that says
 * "memory"), a match may return -1 and a format may fail closed, but
 * nothing crashes or leaks. After every round, with allocations working
 * again, everything must give the right answer: lazily built process state
 * (PCRE2 contexts, the built-in regexes, per-thread match data) is retried,
 * never left broken for good.
 *
 * Linked with -Wl,--wrap for the allocators in alloc.h (tests/common/failing_alloc.c). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "alloc.h"
#include "failing_alloc.h"
#include "formats.h"
#include "pattern.h"

#define UUID "12345678-9abc-def0-fedc-ba9876543210"
#define PAT "^(?:ab|cd)+\\z"

static int format_ok(dy_format f, const char *v)
{
    dy_checks c;
    memset(&c, 0, sizeof c);
    c.format = f;
    return dy_format_matches(&c, v, strlen(v), NULL);
}

/* One round of work; with failures on, only the invariants are checked. */
static int round_ok(int failing)
{
    char err[200];
    size_t off;
    int bad = 0;
    pcre2_code *re = dy_pattern_compile(PAT, err, sizeof err, &off);

    if (!re) {
        bad |= !failing || !strstr(err, "memory");
    } else {
        int m = dy_pattern_matches(re, "abcdab", 6);
        bad |= failing ? !(m == 1 || m == -1) : m != 1;
        m = dy_pattern_matches(re, "abx", 3);
        bad |= failing ? !(m == 0 || m == -1) : m != 0;
        pcre2_code_free(re);
    }
    int u = format_ok(DY_FMT_UUID, UUID), p = format_ok(DY_FMT_PORT, "8080");
    int x = format_ok(DY_FMT_URL, "https://api.dayone.dev/v1");
    if (!failing)
        bad |= u != 1 || p != 1 || x != 1 || format_ok(DY_FMT_UUID, "x") != 0;
    return !bad;
}

/* Each k runs in a fresh child, so every allocation of the cold start
 * (contexts, probes, built-in regexes, match data) gets its turn to fail.
 * Exit status: 0 survived, 2 survived and no allocation was failed (k is past
 * the last one: done), anything else wrong (valgrind's 9 for a leak). */
static int run_child(long k)
{
    oom_calls = 0;
    oom_fail_at = k;
    int ok = round_ok(1);
    long used = oom_calls;
    oom_fail_at = -1;
    ok = ok && round_ok(0) && round_ok(0);
    if (!ok)
        fprintf(stderr, "oom_pattern: k=%ld: wrong result\n", k);
    return !ok ? 1 : used <= k ? 2 : 0;
}

int main(void)
{
    for (long k = 0; k < 10000; k++) {
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0)
            return 1;
        if (pid == 0)
            exit(run_child(k));
        int st = 0;
        if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
            return 1;
        if (WEXITSTATUS(st) == 2) {
            printf("oom_pattern: %ld allocation failures survived\n", k);
            return 0;
        }
        if (WEXITSTATUS(st) != 0)
            return 1;
    }
    return 1;
}
