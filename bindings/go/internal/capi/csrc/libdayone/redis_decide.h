/* redis_decide.h - the Redis backend object and its `decide` (the seam in
 * limiter_backend.h): rate steps decided in Redis. redis_backend.c
 * assembles the object (attach, status, free). */
#ifndef DY_REDIS_DECIDE_H
#define DY_REDIS_DECIDE_H

#include <stdatomic.h>
#include <stddef.h>
#include "limiter_backend.h"
#include "redis_conn.h"
#include "redis_near.h"

typedef struct dy_redis {
    dy_redis_pool pool;
    dy_redis_near near;
    int use_near;            /* the near_cache option */
    int client_clock;        /* clock_from_request: tests and simulations */
    char *prefix;            /* key prefix */
    size_t prefix_len;
    char batch_sha[41];      /* the batch script's SHA1 (redis_batch.h) */
    char *ban_index;         /* <prefix>{bans}:until (redis_bans.h) */
    size_t ban_index_len;
    /* dy_monotonic_ns() before which batches carry their ban keys (the
     * full form, redis_batch.h): the ban index's PTTL the last lean call
     * met; 0 at first */
    atomic_int_fast64_t bans_until;
    atomic_uint_fast64_t round_trips, fb_local, fb_open, fb_closed, near_hits;
} dy_redis;

/* Near cache first; the rest in one round trip: one EVALSHA for a single
 * step, batch script calls for several (in order, so Redis decides them as
 * if one by one, each atomic); a step Redis could not answer takes
 * its fallback - OPEN and CLOSED are decided here, LOCAL left undecided. */
void dy_redis_decide(void *self, dy_rate_step *steps, size_t n);

#endif
