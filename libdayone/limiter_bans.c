/* limiter_bans.c - dayone_limiter_ban / _unban / _bans: validate, read the
 * clock, and hand over to the banlist (banlist.h) - or, with a backend that
 * shares bans (Redis), to the backend, so that every limiter on it sees
 * them. Bans this limiter could not share (its escalations while the
 * backend was down) stay in its own banlist: a lift clears both, a listing
 * shows both. */
#include <string.h>
#include "alloc.h"
#include "banlist.h"
#include "error.h"
#include "limiter.h"
#include "limiter_bans.h"

_Static_assert(DAYONE_BAN_KEY_MAX == DY_BAN_KEY_MAX && DAYONE_BAN_LIMIT_MAX == DY_BAN_LIMIT_MAX,
               "the public ban record holds what the banlist keeps");

static int64_t now_of(const dayone_limiter *lim, int64_t now_ns)
{
    return now_ns > 0 ? now_ns : dy_limiter_now(lim);
}

int dayone_limiter_ban(dayone_limiter *lim, const char *key, const char *limit,
                       int64_t duration_ns, int64_t now_ns, dayone_error *err)
{
    if (!lim || !key || !limit || duration_ns <= 0 || now_ns < 0)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_ban: limiter, key, limit and a "
                       "positive duration are required");
    if (!dy_limiter_has_limit(lim, limit))
        return dy_fail(err, DAYONE_ENOTFOUND, "unknown limit \"%.64s\"", limit);
    void *self;
    const dy_backend_ops *shared = dy_limiter_ban_backend(lim, &self);
    if (shared)
        return shared->ban(self, key, limit, duration_ns, err);
    int64_t now = now_of(lim, now_ns);
    int64_t until = duration_ns > INT64_MAX - now ? INT64_MAX : now + duration_ns;
    if (dy_banlist_ban(dy_limiter_banlist(lim), key, limit, until, now) != DAYONE_OK)
        return dy_fail(err, DAYONE_ELIMIT, "the banlist is full of live bans here; "
                       "lift some or wait for them to end");
    return DAYONE_OK;
}

int dayone_limiter_unban(dayone_limiter *lim, const char *key, const char *limit,
                         int64_t now_ns, dayone_error *err)
{
    if (!lim || !key || !limit || now_ns < 0)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_unban: limiter, key and limit "
                       "are required");
    void *self;
    const dy_backend_ops *shared = dy_limiter_ban_backend(lim, &self);
    int rc = shared ? shared->unban(self, key, limit, err) : DAYONE_ENOTFOUND;
    if (rc != DAYONE_OK && rc != DAYONE_ENOTFOUND)
        return rc; /* Redis down: nothing changes, the caller may retry */
    int lifted = dy_banlist_lift(dy_limiter_banlist(lim), key, limit, now_of(lim, now_ns));
    if (rc == DAYONE_OK || lifted) {
        dayone_error_clear(err);
        return DAYONE_OK;
    }
    return dy_fail(err, DAYONE_ENOTFOUND, "no live ban on that key for limit \"%.64s\"", limit);
}

int dayone_limiter_bans(dayone_limiter *lim, int64_t now_ns, dayone_ban *out, size_t cap,
                        size_t *count, dayone_error *err)
{
    if (!lim || !count || (cap > 0 && !out) || now_ns < 0)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_bans: limiter, count and room "
                       "for cap bans are required");
    size_t first = 0;
    void *self;
    const dy_backend_ops *shared = dy_limiter_ban_backend(lim, &self);
    if (shared) {
        int rc = shared->bans(self, out, cap, &first, err);
        if (rc != DAYONE_OK)
            return rc;
        if (first < cap) { /* then this limiter's own, in the room left */
            out += first;
            cap -= first;
        } else {
            out = NULL;
            cap = 0;
        }
    }
    int64_t now = now_of(lim, now_ns);
    size_t room = cap < DY_BAN_SHARDS * DY_BAN_SHARD_WAYS ? cap : DY_BAN_SHARDS * DY_BAN_SHARD_WAYS;
    dy_ban_entry *all = room ? dy_calloc(room, sizeof *all) : NULL;
    if (room && !all)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory listing bans");
    size_t total = dy_banlist_list(dy_limiter_banlist(lim), now, all, room);
    for (size_t i = 0; i < total && i < room; i++) {
        memcpy(out[i].key, all[i].key, sizeof out[i].key);
        memcpy(out[i].limit, all[i].limit, sizeof out[i].limit);
        out[i].remaining_ns = all[i].until - now;
        out[i].bans = all[i].bans;
    }
    dy_free(all);
    *count = first + total;
    return DAYONE_OK;
}
