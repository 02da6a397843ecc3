/* policy_patterns.h - whether checking environment variables against a
 * policy can run a user `pattern:` regex. Such a match may take
 * milliseconds (its limits are generous: docs/policy.md), so a caller
 * holding a lock it would rather not hold that long - the Python binding's
 * GIL - asks before checking in place. Needs no PCRE2; read-only, safe from
 * any thread once the policy is loaded. */
#ifndef DY_POLICY_PATTERNS_H
#define DY_POLICY_PATTERNS_H

#include "dayone/policy.h"

/* 1 when a rule that can read an environment variable (a plain name, not a
 * fact address) has a `pattern:` check, else 0 (also for NULL). Patterns
 * that only facts reach (a fact address's rule, a list element's `each:`)
 * do not count: a check of variables has no facts to match. */
int dy_policy_env_patterns(const dayone_policy *policy);

/* The same found by walking the rules: the loader stores it in the model
 * once (policy->env_patterns), so a binding's every check reads a flag. */
int dy_policy_scan_env_patterns(const dayone_policy *policy);

#endif
