/* formats.h - the named value formats of the policy language (url, database_url,
 * key, stripe_secret_key, ...): matching a value against one, and their
 * names. Pure functions of the value; none of them copies or prints it.
 * `why` outputs are static strings describing the expectation (e.g. "an
 * https URL"), never the value. */
#ifndef DY_FORMATS_H
#define DY_FORMATS_H

#include <stddef.h>
#include "policy.h"
#include "policy_rules.h"

/* 1 if value matches c->format (with its schemes / decoded_bytes / min..max /
 * values parameters), 0 if not. On 0, *why (if non-NULL) gets a static
 * description of what was expected, e.g. "base64, base64url or hex decoding to
 * 32 bytes". DY_FMT_NONE always matches. */
int dy_format_matches(const dy_checks *c, const char *value, size_t len, const char **why);

/* Name of a format as written in the policy ("url", "database_url", ...), and
 * the reverse (DY_FMT_NONE if unknown). */
const char *dy_format_name(dy_format f);
dy_format dy_format_from_name(const char *name);

#endif
