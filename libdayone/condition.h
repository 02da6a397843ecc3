/* condition.h - evaluating a rule's `when:` against a snapshot, and saying
 * why it holds (the finding's `because`).
 *
 * Conditions read the snapshot directly (NAME_FILE is not consulted for the
 * variables a condition names). A flag is on when its variable parses as a
 * true boolean; unset, blank or non-boolean values count as the flag's
 * default. Var conditions compare the raw value byte for byte with the
 * policy's literals. The `because` text only ever prints flag states
 * (NAME=true/false) and the POLICY's literals, never an environment value. */
#ifndef DY_CONDITION_H
#define DY_CONDITION_H

#include <stddef.h>
#include "policy.h"
#include "policy_rules.h"
#include "env.h"
#include "flag.h"
#include "condition_fact.h"

/* 1 if the condition holds (NULL holds), 0 if not. Fact conditions
 * ({fact: ...}) read nothing here: the fact counts as unset. */
int dy_cond_eval(const dayone_policy *p, const dayone_env *env, const dy_cond *c);

/* The same, with the facts fact conditions read (condition_fact.h; scope
 * may be NULL). Environment conditions evaluate exactly as above. */
int dy_cond_eval_in(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                    const dy_cond *c);

/* Write into buf[size] (always NUL-terminated, truncated if needed) why `c`
 * evaluates to `holds` (which must be dy_cond_eval's result): e.g.
 * "BILLING_ENABLED=true", "ENVIRONMENT=production",
 * "LAUNCH_MODE=true and BILLING_ENABLED=true", or, for a condition that does
 * not hold, "BILLING_ENABLED=false", "ENVIRONMENT is not production".
 * Returns the length written. A NULL condition writes "". */
size_t dy_cond_because(const dayone_policy *p, const dayone_env *env, const dy_cond *c,
                       int holds, char *buf, size_t size);

/* dy_cond_because with the facts of dy_cond_eval_in. A fact condition
 * says "incident.severity is one of SEV-1, SEV-2" (the policy's literals). */
size_t dy_cond_because_in(const dayone_policy *p, const dayone_env *env,
                          const dy_cond_scope *scope, const dy_cond *c, int holds, char *buf,
                          size_t size);

#endif
