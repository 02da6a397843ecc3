/*
 * dayone/banlist.h - shutting out an abuser: banned (tenant key, limit)
 * pairs, checked before anything else in a decision.
 *
 * A request whose (key, limit) is banned is DENY_BANNED (403, reason
 * "banned"), whatever its plan says, with retry_after_ns = the ban's
 * remaining time (so Retry-After states it) and no rate or quota values
 * (the RateLimit headers are left out). It consumes nothing and is counted
 * under outcome "deny_banned" (dayone/stats.h).
 *
 * Bans come from this API or escalate, fail2ban style, from a limit's
 * `ban:` policy (docs/policy.md): max_denials rate denials ("rate limited")
 * of one key within find_time ban it for ban_time, each further ban of the
 * same pair ban_factor times longer, up to max_ban_time; keys listed in
 * `ignore` never escalate. For the ingest endpoint the key is a hash of the
 * client IP, as the tenant key is.
 *
 * Bounded memory: the banlist holds at most 4096 pairs (banned, or being
 * counted toward a ban), allocated with the limiter. A pair being counted
 * gives its place up before any live ban does; when every place its shard
 * offers holds a live ban, a new ban is refused (DAYONE_ELIMIT) and an
 * escalation is dropped. Without a backend bans are in-process: each
 * limiter has its own.
 *
 * Shared (dayone/redis.h): with a Redis backend attached, bans - from this
 * API and by escalation - live in Redis, with their expiry, and every
 * limiter on the same key prefix refuses a banned key; listing and lifting
 * go through Redis (any instance lists every ban, a lift anywhere ends it),
 * at most 4096 live bans there (DAYONE_ELIMIT beyond). Ban times are then
 * Redis TIME and now_ns is not used. While Redis cannot be reached, ban,
 * unban and bans return DAYONE_EBACKEND and change nothing; an escalation
 * that cannot be written stays in the escalating limiter's own list.
 * docs/redis.md, "Bans".
 *
 * Times are on the limiter's clock (opts->clock, else CLOCK_MONOTONIC);
 * `now_ns` 0 reads it, as in a request.
 *
 * Cost: with no ban set, a decision pays one relaxed load and a branch.
 *
 * Thread safety: every function here may be called from any thread,
 * alongside decisions.
 */
#ifndef DAYONE_BANLIST_H
#define DAYONE_BANLIST_H

#include "common.h"
#include "limiter.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DAYONE_BAN_KEY_MAX 64
#define DAYONE_BAN_LIMIT_MAX 64

/** One live ban. Plain data. */
typedef struct dayone_ban {
    char key[DAYONE_BAN_KEY_MAX];     /**< the tenant key (its first 63 bytes) */
    char limit[DAYONE_BAN_LIMIT_MAX]; /**< the limit name */
    int64_t remaining_ns;             /**< until the ban ends (> 0) */
    uint32_t bans;                    /**< bans of this pair remembered, this one included */
} dayone_ban;

/**
 * Ban (key, limit) for duration_ns (> 0) from now_ns. A longer ban already
 * in place is kept. DAYONE_EINVAL for a NULL argument or a duration <= 0,
 * DAYONE_ENOTFOUND for a limit the current policy does not name,
 * DAYONE_ELIMIT when the banlist has no room for it.
 */
DAYONE_EXTERN int dayone_limiter_ban(dayone_limiter *limiter, const char *key,
                                     const char *limit, int64_t duration_ns, int64_t now_ns,
                                     dayone_error *err);

/**
 * Lift the ban on (key, limit), and forget its denials and earlier bans.
 * DAYONE_ENOTFOUND when it had no live ban.
 */
DAYONE_EXTERN int dayone_limiter_unban(dayone_limiter *limiter, const char *key,
                                       const char *limit, int64_t now_ns, dayone_error *err);

/**
 * The live bans at now_ns: up to `cap` of them into out (may be NULL when
 * cap is 0); *count receives how many there are. Order unspecified.
 */
DAYONE_EXTERN int dayone_limiter_bans(dayone_limiter *limiter, int64_t now_ns, dayone_ban *out,
                                      size_t cap, size_t *count, dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_BANLIST_H */
