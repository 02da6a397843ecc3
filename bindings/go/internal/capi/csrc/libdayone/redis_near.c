/* redis_near.c - the near cache of recent Redis denials (redis_near.h). */
#include "redis_near.h"
#include <string.h>
#include "alloc.h"
#include "hash.h"
#include "outcome.h"

int dy_redis_near_init(dy_redis_near *n, uint64_t seed)
{
    n->seed = seed;
    if (!(n->slots = dy_calloc(DY_REDIS_NEAR_SLOTS, sizeof *n->slots)))
        return DAYONE_ENOMEM;
    for (int i = 0; i < DY_REDIS_NEAR_STRIPES; i++)
        pthread_mutex_init(&n->mu[i], NULL);
    return DAYONE_OK;
}

void dy_redis_near_free(dy_redis_near *n)
{
    if (!n->slots)
        return;
    for (int i = 0; i < DY_REDIS_NEAR_STRIPES; i++)
        pthread_mutex_destroy(&n->mu[i]);
    dy_free(n->slots);
    n->slots = NULL;
}

uint64_t dy_redis_near_hash(const dy_redis_near *n, const dy_rate_step *st)
{
    uint64_t h = dy_hash_bytes(st->key, strlen(st->key), n->seed);
    return dy_hash_bytes(st->limit, strlen(st->limit),
                         h ^ dy_hash_final((uint64_t)st->emission_ns * 31 +
                                           (uint64_t)st->burst));
}

int dy_redis_near_answer(dy_redis_near *n, uint64_t hash, const dy_rate_step *st,
                         int64_t now_ns)
{
    size_t i = hash & (DY_REDIS_NEAR_SLOTS - 1);
    pthread_mutex_t *mu = &n->mu[i % DY_REDIS_NEAR_STRIPES];
    dy_redis_near_slot s;
    int hit = 0;
    pthread_mutex_lock(mu);
    if (n->slots[i].hash == hash && now_ns < n->slots[i].until_ns &&
        st->cost >= n->slots[i].cost) {
        s = n->slots[i];
        hit = 1;
    }
    pthread_mutex_unlock(mu);
    if (!hit)
        return 0;
    dayone_decision *d = st->d;
    d->retry_after_ns = s.until_ns - now_ns;
    d->reset_after_ns = s.reset_ns > now_ns ? s.reset_ns - now_ns : 0;
    d->remaining = 0;
    if (st->quota_applies)
        d->quota_remaining = st->usage < st->quota_amount ? st->quota_amount - st->usage : 0;
    else if (st->count_quota)
        d->quota_remaining = s.quota_remaining;
    dy_decision_outcome(d, DAYONE_DENY_RATE, "rate limited");
    return 1;
}

void dy_redis_near_remember(dy_redis_near *n, uint64_t hash, const dy_rate_step *st,
                            int64_t now_ns)
{
    const dayone_decision *d = st->d;
    dy_redis_near_slot s = {hash, now_ns + d->retry_after_ns, now_ns + d->reset_after_ns,
                            st->cost, d->quota_remaining};
    size_t i = hash & (DY_REDIS_NEAR_SLOTS - 1);
    pthread_mutex_t *mu = &n->mu[i % DY_REDIS_NEAR_STRIPES];
    pthread_mutex_lock(mu);
    n->slots[i] = s;
    pthread_mutex_unlock(mu);
}
