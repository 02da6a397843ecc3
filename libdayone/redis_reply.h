/* redis_reply.h - the decision script's reply, checked and turned into a
 * decision, and the shared banlist's listing (redis_bans.c) checked and
 * turned into ban records. No I/O and no shared state: what the network
 * sent is judged here alone (tests/fuzz/fuzz_redis_reply.c feeds both
 * decoders hostile replies). */
#ifndef DY_REDIS_REPLY_H
#define DY_REDIS_REPLY_H

#include <hiredis/hiredis.h>
#include <stdint.h>
#include "dayone/banlist.h"
#include "limiter_backend.h"

/* A script reply that passed every check (see redis_script.c). */
typedef struct dy_redis_reply {
    int code;        /* DY_RS_* */
    int64_t a_ns;    /* allow: now - allow_at; deny rate: retry after */
    int64_t z_ns;    /* reset after */
    int64_t used;    /* the quota counter before the request, -1 none */
    int nrates;      /* a limit of several rates: how many, each below; else 0 */
    struct {
        int ok;          /* this rate allows */
        int64_t a_ns;    /* allows: now - allow_at; denies: retry after */
        int64_t z_ns;    /* reset after */
    } rates[DAYONE_LIMIT_RATES_MAX];
} dy_redis_reply;

/* 0 with *out filled when `rep` is a well-formed reply: an array of six
 * integers (or, for a limit of n = 2..DAYONE_LIMIT_RATES_MAX rates, six and
 * five per rate, each rate's `ok` 0 or 1, code 2 exactly when one is 0), a known code, durations whose limbs are non-negative and fit
 * int64 nanoseconds, a counter of -1..2^53 (a Lua number is exact only
 * that far). -1 for anything else - the caller then treats the command as
 * failed (the limit's failure policy), never as a decision. */
int dy_redis_reply_decode(const redisReply *rep, dy_redis_reply *out);

/* A batch call's reply (redis_batch.h: one flat array, per decision an
 * error reply, or a count n then n integers, or 0 for the integers of the
 * decision before): 0 with offs[0..count) the index of each decision's
 * entry (a 0's: the entry it repeats) when the array holds exactly `count`
 * well-formed entries (counts the script can send, inside the array, a 0
 * only after integers, no element left over); -1 otherwise - then no
 * decision in it is trusted. */
int dy_redis_batch_reply_split(const redisReply *rep, size_t count, size_t *offs);

/* The entry at `off` of a reply dy_redis_batch_reply_split() accepted:
 * 0 with *out filled as dy_redis_reply_decode() would; -1 for the
 * decision's error reply or integers it would refuse. */
int dy_redis_batch_reply_decode(const redisReply *rep, size_t off, dy_redis_reply *out);

/* Complete st->d (the limiter's decision so far) from a decoded reply,
 * as the in-process limiter would have decided it. */
void dy_redis_reply_to_decision(const dy_redis_reply *r, const dy_rate_step *st);

/* The listing script's reply {total, member, remaining ms, bans, ...}:
 * 0 with min(cap, total) bans in out and *count = total when every
 * element is what the script sends (members "<limit>\n<tenant>",
 * integers, exactly that many entries); -1 otherwise, out then partly
 * written. */
int dy_redis_bans_reply_decode(const redisReply *rep, dayone_ban *out, size_t cap,
                               size_t *count);

#endif
