/* redis_decide.h - rate steps decided in Redis: the backend's `decide`
 * (limiter_backend.h) for a dy_redis. */
#ifndef DY_REDIS_DECIDE_H
#define DY_REDIS_DECIDE_H

#include <stddef.h>
#include "limiter_backend.h"

/* Near cache first; the rest in one pipeline of EVALSHAs (in order, so
 * Redis decides them as if one by one); a step Redis could not answer takes
 * its fallback - OPEN and CLOSED are decided here, LOCAL left undecided. */
void dy_redis_decide(void *self, dy_rate_step *steps, size_t n);

#endif
