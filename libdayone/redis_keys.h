/* redis_keys.h - the Redis keys of one rate step, built in one place for
 * the decision script (redis_decide.c) and limit_reset (redis_reset.c):
 *
 *   <prefix>{tenant}:r:<limit>:<interval ns>:<burst>       the first rate's TAT
 *   <prefix>{tenant}:r:<limit>:<interval ns>:<burst>:<period s>
 *                                                        each further rate's TAT
 *   <prefix>{tenant}:q:<quota>     the quota counter, without its period
 *                                  (the scripts add :YYYYMM, :YYYYMMDD or,
 *                                  anchored, :aYYYYMMDD: dy_redis_period_arg)
 *   <prefix>{tenant}:b:<limit>     the (tenant, limit) ban (redis_bans.h)
 *
 * The {tenant} hash tag keeps all of a tenant's keys in one cluster slot,
 * so one script may touch them all. */
#ifndef DY_REDIS_KEYS_H
#define DY_REDIS_KEYS_H

#include <stddef.h>
#include <stdint.h>
#include "limiter_backend.h"

typedef struct dy_redis_keys {
    size_t ntat;                               /* 1 + the step's extra rates */
    const char *tat[DAYONE_LIMIT_RATES_MAX];   /* the first rate's first */
    size_t tat_len[DAYONE_LIMIT_RATES_MAX];
    const char *quota, *ban;
    size_t quota_len, ban_len;
    char *heap;                                /* when stack is too small */
    char stack[1024];
} dy_redis_keys;

/* Fill k (which must stay where it is: its pointers may point into it) for
 * st under prefix. 0, or -1 out of memory. Release with dy_redis_keys_release. */
int dy_redis_keys_build(dy_redis_keys *k, const char *prefix, size_t prefix_len,
                        const dy_rate_step *st);
void dy_redis_keys_release(dy_redis_keys *k);

/* The (tenant, limit) ban key alone, as dy_redis_keys_build names it, for
 * the banlist's own calls (redis_bans.c): a dy_malloc'd string and its
 * length, or NULL out of memory. */
char *dy_redis_ban_key(const char *prefix, size_t prefix_len, const char *tenant,
                       const char *limit, size_t *len);

/* The prefix's ban index, <prefix>{bans}:until (redis_bans.h): a
 * dy_malloc'd string and its length (len may be NULL), or NULL out of
 * memory. */
char *dy_redis_ban_index_key(const char *prefix, size_t prefix_len, size_t *len);

/* The decimal digits of v (with '-' when negative) at out, which has room
 * for 20; their count. No terminator. Keys and script arguments are
 * written with it, not snprintf: it runs several times per decision. */
size_t dy_redis_put_int(char *out, int64_t v);

/* The scripts' period argument for st's quota (redis_script.h,
 * quota_period): "d" or "m" for a calendar period the script tells by its
 * clock, or "p<reset>:<suffix>" for one the limiter told; the suffix names
 * the period by its first day, so a new period (or another anchor) counts
 * from 0. `size` of at least 32 holds any. */
void dy_redis_period_arg(char *out, size_t size, const dy_rate_step *st);

#endif
