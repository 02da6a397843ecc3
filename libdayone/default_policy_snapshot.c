/* default_policy_snapshot.c - no snapshot of the default policy (see
 * default_policy_snapshot.h): what the snapshot's generator itself and
 * builds without a generated one link. */
#include "default_policy_snapshot.h"

const dy_policy_snapshot dy_default_policy_snapshot = {0};
