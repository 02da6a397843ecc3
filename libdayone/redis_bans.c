/* redis_bans.c - bans shared through Redis (redis_bans.h). Bans are rare:
 * each call is one or two commands on a pooled connection, the index kept
 * by small Lua scripts (EVAL, atomic on the two index keys, which share the
 * {bans} slot, and the tenant's ban key, written and deleted with its
 * entry). */
#include "redis_bans.h"
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "redis_decide.h"
#include "redis_keys.h"
#include "redis_reply.h"

#define NS_PER_MS INT64_C(1000000)

/* Drop expired bans from the index (and their counts); `now` in ms. */
#define PRUNE                                                                        \
    "local t = redis.call('TIME')\n"                                                 \
    "local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)\n"        \
    "for _, m in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)) do\n"     \
    "  redis.call('HDEL', KEYS[2], m)\n"                                             \
    "end\n"                                                                          \
    "redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)\n"

/* The ban key (KEYS[3], in the tenant's slot: one Redis, not a cluster,
 * docs/redis.md) is written and deleted in the same script as its index
 * entry, and ends when its entry does (PEXPIREAT the entry's score): while a
 * ban key is live the index key exists, which the batch's lean form
 * (redis_batch.h) relies on to skip every ban key when the index is absent.
 * At the score's very millisecond the key's PTTL is 0, which the decision
 * reads as no ban, as the pruned index does. */

/* ARGV: member, ttl ms, cap. Reply {bans, ttl ms} or {-1, 0} when full. */
static const char ban_script[] =
    PRUNE
    "local old = redis.call('ZSCORE', KEYS[1], ARGV[1])\n"
    "if not old and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return {-1, 0} end\n"
    "local untl = now + tonumber(ARGV[2])\n"
    "if old and tonumber(old) > untl then untl = tonumber(old) end\n"
    "redis.call('ZADD', KEYS[1], untl, ARGV[1])\n"
    "local n = redis.call('HINCRBY', KEYS[2], ARGV[1], 1)\n"
    "local top = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2])\n"
    "redis.call('PEXPIREAT', KEYS[1], top + 1000)\n"
    "redis.call('PEXPIREAT', KEYS[2], top + 1000)\n"
    /* SET then PEXPIREAT rather than SET ... PXAT, which needs Redis 6.2 */
    "redis.call('SET', KEYS[3], '1')\n"
    "redis.call('PEXPIREAT', KEYS[3], untl)\n"
    "return {n, untl - now}\n";

/* ARGV: member. Reply 1 when it had a live ban (in the index or its key). */
static const char unban_script[] =
    PRUNE
    "local old = redis.call('ZSCORE', KEYS[1], ARGV[1])\n"
    "redis.call('ZREM', KEYS[1], ARGV[1])\n"
    "redis.call('HDEL', KEYS[2], ARGV[1])\n"
    "local had = redis.call('DEL', KEYS[3])\n"
    "if had > 0 or (old and tonumber(old) > now) then return 1 end\n"
    "return 0\n";

/* ARGV: cap. Reply {total, member, remaining ms, bans, ...}. */
static const char list_script[] =
    PRUNE
    "local out = {redis.call('ZCARD', KEYS[1])}\n"
    "local cap = tonumber(ARGV[1])\n"
    "if cap == 0 then return out end\n"
    "local r = redis.call('ZRANGE', KEYS[1], 0, cap - 1, 'WITHSCORES')\n"
    "for i = 1, #r, 2 do\n"
    "  out[#out + 1] = r[i]\n"
    "  out[#out + 1] = tonumber(r[i + 1]) - now\n"
    "  out[#out + 1] = tonumber(redis.call('HGET', KEYS[2], r[i]) or '1')\n"
    "end\n"
    "return out\n";

/* The keys of one call: the index pair and, for a pair, the tenant's ban
 * key and the index member. Owned by the caller (keys_free). */
typedef struct ban_keys {
    const char *until; /* the backend's own ban index key (dy_redis.ban_index) */
    char *count, *ban, *member;
    size_t ban_len, member_len;
} ban_keys;

static void keys_free(ban_keys *k)
{
    dy_free(k->count);
    dy_free(k->ban);
    dy_free(k->member);
}

static char *joined(const char *a, size_t al, const char *b, size_t bl, const char *c,
                    size_t *len)
{
    size_t cl = strlen(c);
    char *s = dy_malloc(al + bl + cl + 1);
    if (!s)
        return NULL;
    memcpy(s, a, al);
    memcpy(s + al, b, bl);
    memcpy(s + al + bl, c, cl + 1);
    if (len)
        *len = al + bl + cl;
    return s;
}

static int keys_make(const dy_redis *b, const char *key, const char *limit, ban_keys *k,
                     dayone_error *err)
{
    memset(k, 0, sizeof *k);
    k->until = b->ban_index;
    k->count = joined(b->prefix, b->prefix_len, "{bans}", 6, ":n", NULL);
    int ok = k->count != NULL;
    if (ok && key) {
        /* the key the decision script checks (redis_keys.h) */
        k->ban = dy_redis_ban_key(b->prefix, b->prefix_len, key, limit, &k->ban_len);
        k->member = joined(limit, strlen(limit), "\n", 1, key, &k->member_len);
        ok = k->ban && k->member;
    }
    if (!ok) {
        keys_free(k);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    return DAYONE_OK;
}

/* EVAL script on the index (and, for a pair, its ban key) with up to
 * three arguments. NULL on failure (the connection marked broken when it
 * is). */
static redisReply *eval_index(dy_redis_conn *c, int *broken, const char *script,
                              const ban_keys *k, const char *a1, size_t l1, const char *a2,
                              const char *a3)
{
    const char *argv[9] = {"EVAL", script, k->ban ? "3" : "2", k->until, k->count};
    size_t lens[9] = {4, strlen(script), 1, strlen(k->until), strlen(k->count)};
    int argc = 5;
    if (k->ban) {
        argv[argc] = k->ban;
        lens[argc++] = k->ban_len;
    }
    argv[argc] = a1;
    lens[argc++] = l1;
    if (a2) {
        argv[argc] = a2;
        lens[argc++] = strlen(a2);
    }
    if (a3) {
        argv[argc] = a3;
        lens[argc++] = strlen(a3);
    }
    redisReply *r = redisCommandArgv(c->c, argc, argv, lens);
    if (!r)
        *broken = 1;
    return r;
}

static int unreachable(dayone_error *err)
{
    return dy_fail(err, DAYONE_EBACKEND, "Redis is unavailable: the shared banlist cannot "
                   "be read or changed now");
}

static int bad_reply(dy_redis *b, redisReply *r, dayone_error *err)
{
    dy_redis_count_error(&b->pool);
    freeReplyObject(r);
    return dy_fail(err, DAYONE_EBACKEND, "Redis answered the banlist with something else");
}

int dy_redis_ban(void *self, const char *key, const char *limit, int64_t duration_ns,
                 dayone_error *err)
{
    dy_redis *b = self;
    ban_keys k;
    int rc = keys_make(b, key, limit, &k, err), broken = 0;
    if (rc != DAYONE_OK)
        return rc;
    dy_redis_conn *c = dy_redis_acquire(&b->pool);
    if (!c) {
        keys_free(&k);
        return unreachable(err);
    }
    int64_t ms = duration_ns / NS_PER_MS + (duration_ns % NS_PER_MS != 0);
    char ttl[24], cap[24];
    snprintf(ttl, sizeof ttl, "%lld", (long long)ms);
    snprintf(cap, sizeof cap, "%d", DY_REDIS_BANS_MAX);
    redisReply *r = eval_index(c, &broken, ban_script, &k, k.member, k.member_len, ttl, cap);
    if (!r) {
        rc = unreachable(err);
    } else if (r->type != REDIS_REPLY_ARRAY || r->elements != 2 ||
               r->element[0]->type != REDIS_REPLY_INTEGER ||
               r->element[1]->type != REDIS_REPLY_INTEGER) {
        rc = bad_reply(b, r, err);
    } else if (r->element[0]->integer < 0) {
        freeReplyObject(r);
        rc = dy_fail(err, DAYONE_ELIMIT, "the shared banlist holds %d live bans; lift some "
                     "or wait for them to end", DY_REDIS_BANS_MAX);
    } else {
        freeReplyObject(r); /* the ban key was written with its entry */
    }
    dy_redis_release(&b->pool, c, broken);
    keys_free(&k);
    return rc;
}

int dy_redis_unban(void *self, const char *key, const char *limit, dayone_error *err)
{
    dy_redis *b = self;
    ban_keys k;
    int rc = keys_make(b, key, limit, &k, err), broken = 0;
    if (rc != DAYONE_OK)
        return rc;
    dy_redis_conn *c = dy_redis_acquire(&b->pool);
    if (!c) {
        keys_free(&k);
        return unreachable(err);
    }
    int live = 0;
    redisReply *r = eval_index(c, &broken, unban_script, &k, k.member, k.member_len, NULL, NULL);
    if (!r) {
        rc = unreachable(err);
    } else if (r->type != REDIS_REPLY_INTEGER) {
        rc = bad_reply(b, r, err);
    } else {
        /* the ban key went with its entry, whatever the index said */
        live = r->integer == 1;
        freeReplyObject(r);
        if (!live)
            rc = dy_fail(err, DAYONE_ENOTFOUND, "no live ban on that key for limit "
                         "\"%.64s\"", limit);
    }
    dy_redis_release(&b->pool, c, broken);
    keys_free(&k);
    return rc;
}

int dy_redis_bans(void *self, dayone_ban *out, size_t cap, size_t *count, dayone_error *err)
{
    dy_redis *b = self;
    ban_keys k;
    int rc = keys_make(b, NULL, NULL, &k, err), broken = 0;
    if (rc != DAYONE_OK)
        return rc;
    dy_redis_conn *c = dy_redis_acquire(&b->pool);
    if (!c) {
        keys_free(&k);
        return unreachable(err);
    }
    char capn[24];
    snprintf(capn, sizeof capn, "%zu", cap < DY_REDIS_BANS_MAX ? cap : (size_t)DY_REDIS_BANS_MAX);
    redisReply *r = eval_index(c, &broken, list_script, &k, capn, strlen(capn), NULL, NULL);
    if (!r) {
        rc = unreachable(err);
    } else if (dy_redis_bans_reply_decode(r, out, cap, count) != 0) {
        rc = bad_reply(b, r, err);
    } else {
        freeReplyObject(r);
    }
    dy_redis_release(&b->pool, c, broken);
    keys_free(&k);
    return rc;
}
