/* check_vars.h - dayone_check_vars (dayone/check.h): a check straight from
 * the caller's variables, copying only the ones the policy can read. */
#ifndef DY_CHECK_VARS_H
#define DY_CHECK_VARS_H

#include "dayone/check.h"

/* The variable names a check of `policy` (not NULL) can look up, as a
 * snapshot used as a set (values empty): gathered on first use and kept
 * with the policy (thread-safe). NULL when memory ran out. Tests restrict
 * a snapshot to it (dy_env_restrict) to prove a policy's check never
 * strays outside it. */
const dayone_env *dy_check_vars_names(const dayone_policy *policy);

/* The rules of `policy` a start-up check runs, in policy order (*n of
 * them), once dy_check_vars_names has gathered the policy's names (a
 * binding's check, a check of the process environment); NULL before then,
 * or when memory ran out: the caller then tests every rule's profiles. */
const struct dy_rule *const *dy_check_startup_rules(const dayone_policy *policy, size_t *n);

/* One check of a source of variables (a caller's pairs, the process
 * environment) into a snapshot holding only the names in `only`, or every
 * variable when `only` is NULL; *strayed says whether the restricted
 * snapshot was asked for a name it may lack. `arg` is the source. */
typedef int (*dy_check_source_fn)(dayone_report **out, const dayone_policy *policy,
                                  const dayone_env *only, const dayone_check_options *opts,
                                  void *arg, int *strayed, dayone_error *err);

/* The check of a source restricted to the policy's names, run again on
 * every variable when it strayed, so the answer is always the whole
 * snapshot's. `out` must not be NULL (the caller says so in its own
 * words); a NULL policy is the default one. */
int dy_check_restricted(dayone_report **out, const dayone_policy *policy,
                        const dayone_check_options *opts, dy_check_source_fn once, void *arg,
                        dayone_error *err);

#endif
