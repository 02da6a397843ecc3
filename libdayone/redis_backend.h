/* redis_backend.h - the Redis backend object, assembled by redis_backend.c
 * (attach, status, free) and used by redis_decide.c. */
#ifndef DY_REDIS_BACKEND_H
#define DY_REDIS_BACKEND_H

#include <stdatomic.h>
#include "redis_conn.h"
#include "redis_near.h"

typedef struct dy_redis {
    dy_redis_pool pool;
    dy_redis_near near;
    int use_near;            /* the near_cache option */
    int client_clock;        /* clock_from_request: tests and simulations */
    char *prefix;            /* key prefix */
    size_t prefix_len;
    atomic_uint_fast64_t round_trips, fb_local, fb_open, fb_closed, near_hits;
} dy_redis;

#endif
