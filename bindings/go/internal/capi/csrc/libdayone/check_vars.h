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

#endif
