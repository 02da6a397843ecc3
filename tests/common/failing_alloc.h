/* failing_alloc.h - allocation-failure injection for the OOM sweeps
 * (tests/policies, tests/report, tests/pattern_oom).
 *
 * A sweep binary is linked (dayone_add_oom_test in oom.cmake) with
 * -Wl,--wrap for each allocator of libdayone/alloc.h, so the library's calls
 * to dy_malloc, dy_calloc, dy_realloc, dy_strdup and dy_strndup land in
 * failing_alloc.c. Each counts as one allocation in oom_calls; the one whose
 * 0-based index is oom_fail_at returns NULL. A sweep sets oom_fail_at = k and
 * oom_calls = 0, runs the code under test, and repeats for k = 0, 1, 2, ...
 * until oom_calls <= oom_fail_at (nothing failed: every allocation covered). */
#ifndef DAYONE_TESTS_FAILING_ALLOC_H
#define DAYONE_TESTS_FAILING_ALLOC_H

extern long oom_fail_at;   /* index of the allocation to fail; -1 none */
extern long oom_calls;     /* allocations counted since the sweep reset it */

#endif
