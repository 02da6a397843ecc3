/* redis_bans.h - bans shared through Redis: the backend's `ban`, `unban`
 * and `bans` (the seam in limiter_backend.h), so that a ban set by any
 * limiter on a key prefix - from the API or by escalation - refuses the key
 * on every limiter sharing that prefix, and a lift on any of them ends it.
 *
 * Keys (the decision script checks the first, in the tenant's slot):
 *   <prefix>{<tenant>}:b:<limit>   the ban itself, PX = its remaining time
 *   <prefix>{bans}:until           index: member "<limit>\n<tenant>", score
 *                                  = the ban's end (Redis TIME, ms)
 *   <prefix>{bans}:n               member -> bans of the pair while indexed
 * The index holds at most DY_REDIS_BANS_MAX live bans (expired ones are
 * dropped first); a new ban beyond that is refused. Times are Redis TIME:
 * every limiter on the prefix agrees on when a ban ends. */
#ifndef DY_REDIS_BANS_H
#define DY_REDIS_BANS_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/banlist.h"

/* The same bound as the in-process banlist's. */
#define DY_REDIS_BANS_MAX 4096

/* Ban (key, limit) for duration_ns (> 0), keeping a longer ban in place.
 * DAYONE_EBACKEND when Redis cannot be reached, DAYONE_ELIMIT when the
 * index is full of live bans. */
int dy_redis_ban(void *self, const char *key, const char *limit, int64_t duration_ns,
                 dayone_error *err);

/* Lift the pair's ban: DAYONE_OK, DAYONE_ENOTFOUND when it had none,
 * DAYONE_EBACKEND when Redis cannot be reached. */
int dy_redis_unban(void *self, const char *key, const char *limit, dayone_error *err);

/* Up to cap live bans into out; *count = how many there are. */
int dy_redis_bans(void *self, dayone_ban *out, size_t cap, size_t *count, dayone_error *err);

#endif
