/* value_checks.h - judging one value: named formats (PCRE2), placeholders,
 * entropy, Stripe key modes, custom patterns. Pure functions of the value;
 * none of them ever copies or prints it. `why` outputs are static strings
 * describing the expectation (e.g. "an https URL"), never the value. */
#ifndef DY_VALUE_CHECKS_H
#define DY_VALUE_CHECKS_H

#include <stddef.h>
#include "policy_internal.h"

/* 1 if value matches c->format (with its schemes / decoded_bytes / min..max /
 * values parameters), 0 if not. On 0, *why (if non-NULL) gets a static
 * description of what was expected, e.g. "base64, base64url or hex decoding to
 * 32 bytes". DY_FMT_NONE always matches. */
int dy_format_matches(const dy_checks *c, const char *value, size_t len, const char **why);

/* Name of a format as written in the policy ("url", "database_url", ...), and
 * the reverse (DY_FMT_NONE if unknown). */
const char *dy_format_name(dy_format f);
dy_format dy_format_from_name(const char *name);

/* 1 if value is a placeholder: empty after trimming, changeme, change-me,
 * <fill>, <...>, ${VAR}, TODO, xxx..., your-...-here, a single repeated
 * character, ...; *why gets which kind. 0 otherwise. */
int dy_is_placeholder(const char *value, size_t len, const char **why);

/* Estimated entropy in bits: length * Shannon entropy of the byte histogram. */
double dy_entropy_bits(const char *value, size_t len);

/* Stripe key mode: 1 live (sk_live_, rk_live_, whsec_ is neither), 0 test
 * (sk_test_, rk_test_), -1 not a recognisable Stripe secret key. */
int dy_stripe_key_mode(const char *value, size_t len);

/* Match a compiled custom pattern with the library's match and depth limits.
 * 1 match, 0 no match, -1 the match limit was hit (treated as a failure by
 * the check, reported as "pattern too expensive"). */
int dy_pattern_matches(const pcre2_code *re, const char *value, size_t len);

/* Compile a user pattern with the library's options and JIT it. Returns NULL
 * and fills errbuf (with PCRE2's message and the offset) on failure. */
pcre2_code *dy_pattern_compile(const char *src, char *errbuf, size_t errsize, size_t *erroffset);

/* dy_pattern_matches with match_limit 10000000 instead of 100000: only for
 * the library's own linear regexes (the formats), so that a valid value of
 * up to DAYONE_ENV_VALUE_MAX bytes is never "too expensive". */
int dy_pattern_matches_trusted(const pcre2_code *re, const char *value, size_t len);

/* The same in byte mode (no UTF) and without start-up optimisations: for the
 * built-in, anchored ASCII format regexes, where a byte >= 0x80 is just a
 * byte that no ASCII class matches. */
pcre2_code *dy_pattern_compile_bytes(const char *src, char *errbuf, size_t errsize,
                                     size_t *erroffset);

#endif
