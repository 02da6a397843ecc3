/* env_sources.h - the process environment read for one check: only the
 * variables a policy can read (the public sources are in dayone/env.h). */
#ifndef DY_ENV_SOURCES_H
#define DY_ENV_SOURCES_H

#include "dayone/env.h"

/* dayone_env_add_process into a new, empty snapshot, keeping only the
 * names `only` holds (a set such as dy_check_vars_names') and every
 * NAME_FILE name (so dy_env_has_file_refs answers as for the whole
 * environment), and restricting the snapshot to `only` (dy_env_restrict):
 * a lookup of a name outside it marks the snapshot strayed, and the caller
 * must then read the whole environment instead. Every entry is still read
 * as dayone_env_add_process reads it (a value over DAYONE_ENV_VALUE_MAX
 * under an identifier is DAYONE_ELIMIT, whether kept or not); values are
 * copied only into the snapshot. Reads environ: not thread-safe against
 * setenv. */
int dy_env_add_process_only(dayone_env *env, const dayone_env *only);

#endif
