/* redis_batch.h - many decisions in one script call: the batch script (the
 * decision function of redis_script.h run once per decision, in order), its
 * loading, and the EVALSHA command that carries a batch (redis_batch.c).
 *
 * The command is EVALSHA <batch sha> <all keys> KEYS... then, per decision,
 * its number of keys, its number of values and the values: exactly the keys
 * and values the single-decision EVALSHA would carry. The reply is an array
 * with one element per decision: the single script's reply, or an error
 * reply for a decision whose script failed (the others still answer).
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

typedef struct dy_redis_batch {
    dy_strbuf keys;       /* the decisions' keys, each a RESP bulk string */
    dy_strbuf vals;       /* per decision: key count, value count, values */
    size_t nkeys, nvals;  /* bulk strings in each */
    size_t decisions;     /* decisions added since the last send */
} dy_redis_batch;

#define DY_REDIS_BATCH_INIT {DY_STRBUF_INIT, DY_STRBUF_INIT, 0, 0, 0}

/* SCRIPT LOAD the batch script on c; with sha non-NULL, store its SHA1
 * there (at attach, before the backend is shared). 0, or -1 with `why`. */
int dy_redis_batch_load(dy_redis_pool *p, redisContext *c, char sha[41], char *why,
                        size_t whysize);

/* Add one decision: argv[0..nkeys) its keys, argv[nkeys..argc) its values
 * (the single EVALSHA's arguments after the key count). 0, or -1 when out
 * of memory. */
int dy_redis_batch_add(dy_redis_batch *bt, size_t nkeys, size_t argc, const char **argv,
                       const size_t *lens);

/* Append the EVALSHA of the decisions added so far to c's output buffer
 * and start an empty batch. 0, or -1 when out of memory. */
int dy_redis_batch_send(dy_redis_batch *bt, redisContext *c, const char *sha);

void dy_redis_batch_free(dy_redis_batch *bt);

#endif
