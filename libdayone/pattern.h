/* pattern.h - compiling and matching PCRE2 patterns with the library's options
 * and match limits: the custom `pattern:` checks and the built-in format
 * regexes. */
#ifndef DY_PATTERN_H
#define DY_PATTERN_H

#include <stdatomic.h>
#include <stddef.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Match a compiled custom pattern with the library's match and depth limits.
 * 1 match, 0 no match, -1 the match limit was hit (treated as a failure by
 * the check, reported as "pattern too expensive"). */
int dy_pattern_matches(const pcre2_code *re, const char *value, size_t len);

/* Compile a user pattern with the library's options and JIT it. Returns NULL
 * and fills errbuf (with PCRE2's message and the offset) on failure. */
pcre2_code *dy_pattern_compile(const char *src, char *errbuf, size_t errsize, size_t *erroffset);

/* A policy's patterns (`pattern:` checks, the support ticket) are compiled
 * when the policy loads, so that a bad pattern is still a load error with
 * its place, and JIT-compiled on their first match, so that a load does not
 * pay the JIT for patterns a run never uses.
 *
 * dy_pattern_compile_lazy: dy_pattern_compile() without the JIT step.
 * dy_pattern_matches_lazy: dy_pattern_matches() of such a pattern, which
 * first JIT-compiles it in place if *jit_tried (the pattern's own flag,
 * zero at load, owned beside it) is still 0. Every match, the first
 * included, runs on the JIT-compiled code when the platform has a JIT, so a
 * pattern never changes engine (limits, PCRE2 bugs) halfway. Thread-safe:
 * any number of threads may match the same pattern; the JIT step runs once,
 * under a lock, before any of them matches. */
pcre2_code *dy_pattern_compile_lazy(const char *src, char *errbuf, size_t errsize,
                                    size_t *erroffset);
int dy_pattern_matches_lazy(pcre2_code *re, atomic_int *jit_tried, const char *value,
                            size_t len);

#endif
