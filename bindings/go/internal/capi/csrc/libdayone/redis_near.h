/* redis_near.h - the Redis backend's near cache: keys Redis just denied,
 * remembered in-process until their retry-after, so a client hammering
 * past its limit is answered without a round trip.
 *
 * A fixed table of slots addressed by a seeded hash of (tenant, limit,
 * rate, burst); a newer denial overwrites whatever shared its slot, and a
 * slot answers only for its own hash, before its deadline and for a cost at
 * least as big as the one denied. Striped mutexes: any thread. */
#ifndef DY_REDIS_NEAR_H
#define DY_REDIS_NEAR_H

#include <pthread.h>
#include <stdint.h>
#include "limiter_backend.h"

#define DY_REDIS_NEAR_SLOTS 4096 /* power of two */
#define DY_REDIS_NEAR_STRIPES 64

typedef struct dy_redis_near_slot {
    uint64_t hash;
    int64_t until_ns;        /* monotonic: denied until then */
    int64_t reset_ns;        /* monotonic: reset at */
    int64_t cost;            /* the denied cost: hits for requests at least as big */
    int64_t quota_remaining;
} dy_redis_near_slot;

typedef struct dy_redis_near {
    uint64_t seed;
    dy_redis_near_slot *slots;
    pthread_mutex_t mu[DY_REDIS_NEAR_STRIPES];
} dy_redis_near;

int dy_redis_near_init(dy_redis_near *n, uint64_t seed);   /* DAYONE_OK or ENOMEM */
void dy_redis_near_free(dy_redis_near *n);

/* The step's slot hash. */
uint64_t dy_redis_near_hash(const dy_redis_near *n, const dy_rate_step *st);

/* 1 with st->d filled (a DENY_RATE) when the cache knows the key is still
 * denied at `now_ns`, else 0. */
int dy_redis_near_answer(dy_redis_near *n, uint64_t hash, const dy_rate_step *st,
                         int64_t now_ns);

/* Remember a denial Redis just made for st (its decision in st->d). */
void dy_redis_near_remember(dy_redis_near *n, uint64_t hash, const dy_rate_step *st,
                            int64_t now_ns);

#endif
