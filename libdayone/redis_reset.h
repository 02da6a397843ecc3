/* redis_reset.h - limit_reset on the Redis backend (the seam's `reset`,
 * limiter_backend.h): a tenant's TAT keys and quota counter of the current
 * period reset or credited by one script call. */
#ifndef DY_REDIS_RESET_H
#define DY_REDIS_RESET_H

#include <stddef.h>
#include <stdint.h>
#include "limiter_backend.h"

/* See dy_backend_ops.reset. Keys as the decision script's (redis_keys.h),
 * so under the key prefix and in the tenant's cluster slot. While Redis is
 * down or does not answer: DAYONE_EBACKEND, nothing changed. */
int dy_redis_reset(void *self, const dy_rate_step *steps, size_t n, int64_t credit, int rate,
                   int quota, dayone_error *err);

#endif
