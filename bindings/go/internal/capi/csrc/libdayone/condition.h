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
#include "environment.h"
#include "condition_fact.h"

/* 1 if the condition holds (NULL holds), 0 if not. Fact conditions
 * ({fact: ...}) read nothing here: the fact counts as unset. */
int dy_cond_eval(const dayone_policy *p, const dayone_env *env, const dy_cond *c);

/* What conditions read of one snapshot, remembered across the conditions of
 * one check (a check evaluates dozens; each flag and the environment's
 * classification is then read once, not once per condition). Belongs to one
 * call on one thread, for one (policy, snapshot) pair: the snapshot must not
 * change while it is used. Flags past DY_COND_MEMO_FLAGS are read each time. */
#define DY_COND_MEMO_FLAGS 64
typedef struct dy_cond_memo {
    signed char production;                 /* dy_env_production; -1 not read yet */
    signed char flag[DY_COND_MEMO_FLAGS];   /* dy_flag_state; -1 not read yet */
    /* The variable a condition read last and its entry (NULL: unset): the
     * conditions of one group of rules test one variable over and over
     * (SSO_PROTOCOL), each a snapshot lookup otherwise. var NULL: none. */
    const char *var;
    const dy_env_entry *var_entry;
} dy_cond_memo;

void dy_cond_memo_init(dy_cond_memo *m);

/* dy_environment_production and dy_flag_state through the memo. */
dy_env_production dy_cond_production(const dayone_policy *p, const dayone_env *env,
                                     dy_cond_memo *m);
int dy_cond_flag(const dayone_policy *p, const dayone_env *env, size_t flag, dy_cond_memo *m);

/* Remember flag's state (dy_flag_state's answer), read by the caller. */
void dy_cond_memo_set_flag(dy_cond_memo *m, size_t flag, int state);

/* dy_cond_eval through the memo (m may be NULL: read everything afresh). */
int dy_cond_eval_memo(const dayone_policy *p, const dayone_env *env, const dy_cond *c,
                      dy_cond_memo *m);

/* The same, with the facts fact conditions read (condition_fact.h; scope
 * and m may be NULL). Environment conditions evaluate exactly as above. */
int dy_cond_eval_in(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                    const dy_cond *c, dy_cond_memo *m);

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
