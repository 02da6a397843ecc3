/* check_fact.h - judging a fact rule (policy_rules.h: fact_rule): a rule
 * whose key is a fact address, or that checks time, numbers or lists.
 *
 * The value: a key that is a variable name is read from the environment
 * (NAME_FILE included) and, when unset there, from the facts; an address
 * only from the facts, relative to the list element for `each:`. Failures,
 * in this order, each with a fact-* id:
 *   fact-missing    absent, null or blank and required (the default);
 *                   also the other fact of not_before/not_after/ratio
 *   fact-format     the value's checks (format, equals, one_of, pattern,
 *                   ...), a list where a value is expected or the reverse
 *   fact-stale      a timestamp older than now - max_age (exactly max_age
 *                   passes)
 *   fact-order      a timestamp after now (max_age), or before/after
 *                   another fact plus a duration
 *   fact-threshold  a number or percent outside min/max, a ratio outside
 *                   its bounds (or a divisor not above zero), a list's
 *                   length outside min_items/max_items
 * then every element's failures for `each:`. Messages name the fact, the
 * expectation and at most an age or a bound from the policy: never a value.
 * dayone_check() emits them; dayone_explain() prints them. */
#ifndef DY_CHECK_FACT_H
#define DY_CHECK_FACT_H

#include "check_ctx.h"
#include "check_value.h"

/* One failure for `key` (the fact's address, element index included),
 * located at `where`. Return DAYONE_OK to go on, anything else to stop
 * (and dy_check_fact_rule returns it). */
typedef int (*dy_fact_sink)(void *arg, const char *key, const dy_failure *f,
                            const dy_value *where);

/* Judge `rule` (applying) and pass each failure to sink. *value (may be
 * NULL) receives how the rule's own value was found, for explain. */
int dy_check_fact_rule(dy_check_ctx *ctx, const dy_rule *rule, dy_fact_sink sink, void *arg,
                       dy_value *value);

/* A plain rule's variable that is unset in the environment: its value
 * from the facts when a scalar fact has that name (*v set, 1), else 0. */
int dy_check_fact_fallback(const dy_check_ctx *ctx, const char *key, dy_value *v);

#endif
