/* default_policy_snapshot.h - the default policy's model as an image
 * (policy_snapshot.h), made at build time by scripts/
 * default_policy_snapshot_gen.c from this build's own loader and linked
 * into the library as default_policy_snapshot_data.c. Builds that cannot
 * make one (sanitizers, the Go module, the fuzzers, a platform without
 * /proc/self/maps) link default_policy_snapshot.c instead: an empty image,
 * and dayone_policy_load_default() loads the tree. */
#ifndef DY_DEFAULT_POLICY_SNAPSHOT_H
#define DY_DEFAULT_POLICY_SNAPSHOT_H

#include "policy_snapshot.h"

extern const dy_policy_snapshot dy_default_policy_snapshot;

#endif
