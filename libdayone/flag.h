/* flag.h - reading a policy flag (flags: NAME: {env: VAR, default: ...})
 * from a snapshot. A flag is on when its variable parses as a true boolean
 * (dy_parse_bool); unset, blank or non-boolean values count as the flag's
 * default. Conditions, launch mode and the check all read flags here.
 * Thread-safe: reads only. */
#ifndef DY_FLAG_H
#define DY_FLAG_H

#include <stddef.h>
#include "env.h"
#include "policy.h"

/* State of flag `flag` (index into policy->flags): 1 on, 0 off. *is_default
 * (may be NULL) is set to 1 when the default was used (unset, blank or not a
 * boolean). */
int dy_flag_state(const dayone_policy *p, const dayone_env *env, size_t flag,
                  int *is_default);

/* The same from the flag's entry already looked up (e: NULL when unset). */
int dy_flag_state_of(const dy_flag *f, const dy_env_entry *e, int *is_default);

#endif
