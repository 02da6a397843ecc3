/* environment.h - what the policy's `environment:` section says about a
 * snapshot: is it production, is it in launch mode, is its environment name
 * one the policy knows, and which known name did a typo mean.
 *
 * Production is judged leniently on purpose (fail closed): besides the exact
 * production name, any spelling that differs only in case or surrounding
 * blanks, and any production_like entry (case-insensitive; a trailing '*'
 * matches a prefix), counts as production. Exactness is checked separately
 * (the `environment-unknown` finding), so a lookalike both triggers every
 * production rule and is reported. Nothing here prints a value. */
#ifndef DY_ENVIRONMENT_H
#define DY_ENVIRONMENT_H

#include <stddef.h>
#include "policy.h"
#include "env.h"

typedef enum dy_env_production {
    DY_NOT_PRODUCTION = 0,   /* unset, blank, another name, or no section */
    DY_PRODUCTION = 1,       /* exactly the production name */
    DY_PRODUCTION_LIKE = 2   /* a spelling that counts as production */
} dy_env_production;

/* How the snapshot's environment variable reads under the policy. */
dy_env_production dy_environment_production(const dayone_policy *p, const dayone_env *env);

/* 1 if value (len bytes) is exactly one of the known names. */
int dy_environment_is_known(const dy_environment *e, const char *value, size_t len);

/* The known name a value most likely meant, or NULL: the production name for
 * a production-like spelling; a name equal but for case and blanks; else the
 * nearest by edit distance when it is close (at most a third of its length). */
const char *dy_environment_closest(const dy_environment *e, const char *value, size_t len);

/* Launch mode: the launch flag is on, or the environment counts as
 * production. Writes why into buf[size] (may be NULL/0), e.g.
 * "LAUNCH_MODE=true", "ENVIRONMENT=production",
 * "ENVIRONMENT counts as production"; "" when not in launch mode. */
int dy_environment_launch(const dayone_policy *p, const dayone_env *env, char *buf,
                          size_t size);

/* The same with the snapshot's classification already known (prod is
 * dy_environment_production(p, env)): a check classifies it once. */
int dy_environment_launch_known(const dayone_policy *p, const dayone_env *env,
                                dy_env_production prod, char *buf, size_t size);

#endif
