/* redis_batch.h - many decisions in one script call: the batch script (the
 * decision function of redis_script.h run once per decision, in order), its
 * loading, and the EVALSHA command that carries a batch (redis_batch.c).
 *
 * The command is EVALSHA <batch sha> <all keys> KEYS... (each decision's
 * keys, in order, as its single EVALSHA would carry them, but for a limit
 * of one rate whose quota is not counted in Redis: its TAT and ban keys
 * only, the quota key it never reads left out), then the number
 * of value sets, the sets (each: its number of values, then the values, as
 * the single EVALSHA would carry them), then, when there are several sets,
 * per decision the number (from 1) of its set. Decisions with the same
 * values (the same limit, cost and period: most of a batch) share one set,
 * which the script reads once. The
 * reply is one flat array with an entry per decision, in order: the number
 * n of integers in the single script's reply, then those n integers; or 0
 * alone when those integers are the decision before's (fresh keys of one
 * limit at one instant: most of a batch of many tenants), which then are
 * not sent again; or an error reply for a decision whose script failed
 * (the others still answer). redis_reply.h reads it.
 *
 * The lean form leaves every decision's ban key out and sends the prefix's
 * ban index key (redis_bans.h) after the keys, with the count of sets
 * negative: the script decides only when that key does not exist - no ban
 * under the prefix can be live (redis_bans.c writes the index before and
 * with the ban) - and else replies the error "DAYONE_BANS <index PTTL ms>"
 * alone, having decided nothing, for the caller to send them again in the
 * full form. Most calls see no ban: their ban keys, about a tenth of the
 * server's work per decision, are neither sent nor looked up.
 *
 * A batch buffer belongs to one thread at a time. */
#ifndef DY_REDIS_BATCH_H
#define DY_REDIS_BATCH_H

#include <hiredis/hiredis.h>
#include <stddef.h>
#include "redis_conn.h"
#include "strbuf.h"

/* Decisions per script call. Redis runs a script to its end before anything
 * else, so a bounded batch keeps other clients' latency bounded (a few
 * hundred microseconds); bigger batches are split into several calls, sent
 * in the same pipeline. */
#define DY_REDIS_BATCH_MAX 256

/* Most bytes of one decision's values as RESP (a limit of the most rates,
 * the longest period argument, with room to spare). */
#define DY_REDIS_BATCH_SET_MAX 1024

/* The longest lean_index (a key prefix of at most 256 bytes, "{bans}:until"). */
#define DY_REDIS_LEAN_INDEX_MAX 300

/* One set of values: where its encoded values start in `sets`, their
 * length, and how many there are. */
typedef struct dy_redis_set {
    size_t off, len, na;
} dy_redis_set;

typedef struct dy_redis_batch {
    dy_strbuf keys;       /* the decisions' keys, each a RESP bulk string */
    dy_strbuf sets;       /* per set: its value count, its values */
    dy_strbuf picks;      /* per decision: its set's number */
    dy_redis_set set[DY_REDIS_BATCH_MAX];
    size_t nkeys, nsets, nsetvals;  /* keys, sets, bulk strings in `sets` */
    size_t decisions;     /* decisions added since the last send */
    /* The lean form, when not NULL: the prefix's ban index key (redis_bans.h),
     * sent in place of every decision's ban key. Set before the first add. */
    const char *lean_index;
    size_t lean_index_len;
} dy_redis_batch;

#define DY_REDIS_BATCH_INIT {DY_STRBUF_INIT, DY_STRBUF_INIT, DY_STRBUF_INIT, {{0, 0, 0}}, 0, 0, 0, 0, \
                             NULL, 0}

/* The batch script's text (tests/unit/test_redis_copies.c loads it with
 * its copies' conditions turned off, DY_REDIS_LUA_IF_*). */
extern const char dy_redis_batch_script[];

/* SCRIPT LOAD the batch script on c and store its SHA1 in sha (at
 * attach, before the backend is shared). 0, or -1 with `why`. */
int dy_redis_batch_load(dy_redis_pool *p, redisContext *c, char sha[41], char *why,
                        size_t whysize);

/* Add one decision: argv[0..nkeys) its keys, argv[nkeys..argc) its values
 * (the single EVALSHA's arguments after the key count). 0, or -1 when out
 * of memory (or with DY_REDIS_BATCH_MAX decisions already added, or values
 * longer than DY_REDIS_BATCH_SET_MAX: neither happens). */
int dy_redis_batch_add(dy_redis_batch *bt, size_t nkeys, size_t argc, const char **argv,
                       const size_t *lens);

/* Append the EVALSHA of the decisions added so far to c's output buffer
 * and start an empty batch; with sha NULL, an EVAL of the batch script's
 * text instead (after NOSCRIPT: Redis runs it and caches it, one round
 * trip). 0, or -1 when out of memory. */
int dy_redis_batch_send(dy_redis_batch *bt, redisContext *c, const char *sha);

void dy_redis_batch_free(dy_redis_batch *bt);

#endif
