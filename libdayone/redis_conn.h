/* redis_conn.h - the Redis backend's connections: where the server is, a
 * fixed pool of hiredis contexts, and the back-off while it is down.
 *
 * A thread takes a free connection (trylock round the pool, then waits on
 * one), so a hiredis context is never used by two threads at once. A failed
 * command or connect marks the server down until now + backoff (50 ms
 * doubling to 2 s); while down, dy_redis_acquire() answers NULL at once,
 * without touching the network. The next call after the backoff tries again
 * (connect bounded by the connect timeout, commands by the command timeout);
 * a success resets the backoff. */
#ifndef DY_REDIS_CONN_H
#define DY_REDIS_CONN_H

#include <hiredis/hiredis.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/time.h>
#include "dayone/common.h"

typedef struct dy_redis_conn {
    pthread_mutex_t mu;
    redisContext *c;         /* NULL until (re)connected */
} dy_redis_conn;

typedef struct dy_redis_pool {
    char *host, *path;       /* TCP host or unix socket path */
    int port, db;
    char *password;          /* from the environment; never printed; wiped on free */
    size_t password_len;
    struct timeval connect_tv, command_tv;
    int64_t busy_poll_ns;    /* dy_redis_send_and_poll's bound; 0 = none */
    char sha[41];            /* the script's SHA1, set by the first load */
    dy_redis_conn *conns;
    unsigned nconns;
    atomic_uint next;
    _Atomic int64_t down_until, backoff;
    atomic_int connected;
    atomic_uint_fast64_t errors, reconnects, script_loads;
    atomic_uint_fast64_t pool_wait_timeouts; /* no connection free within the command timeout */
} dy_redis_pool;

/* redis://host[:port][/db] or unix:///path[?db=N] into host/path, port and
 * db. Never echoes the URL (it could carry a password). */
int dy_redis_pool_parse_url(dy_redis_pool *p, const char *url, dayone_error *err);

/* Allocate n connections (not yet connected). DAYONE_OK or DAYONE_ENOMEM. */
int dy_redis_pool_init(dy_redis_pool *p, unsigned n);
void dy_redis_pool_free(dy_redis_pool *p);

/* Connect, AUTH, SELECT. NULL with `why` filled on failure (no secrets:
 * an error code from the server, or hiredis' own text). */
redisContext *dy_redis_open(dy_redis_pool *p, char *why, size_t whysize);

/* SCRIPT LOAD on c; keep = 1 stores the SHA (at attach, before sharing). */
int dy_redis_load_script(dy_redis_pool *p, redisContext *c, int keep, char *why,
                         size_t whysize);

/* Take a connection (locked), connecting when needed. NULL while the server
 * is down, when a (re)connect fails, or when every connection stayed busy
 * for the command timeout (counted in pool_wait_timeouts). */
dy_redis_conn *dy_redis_acquire(dy_redis_pool *p);

/* Give it back; broken = 1 drops the context and marks the server down. */
void dy_redis_release(dy_redis_pool *p, dy_redis_conn *k, int broken);

/* Write c's output buffer to the socket (blocking, bounded by the command
 * timeout). 0, or -1 when that failed (c->err says why). */
int dy_redis_flush(redisContext *c);

/* Write c's output buffer to the socket (blocking), then, with a
 * busy_poll_ns bound, poll the socket for the reply without blocking,
 * yielding the CPU between polls, until it is readable or the bound has
 * passed; the reply is then read as usual (redisGetReply blocks, bounded
 * by the command timeout, only if it has not come yet). A thread that
 * blocks at once sleeps until the reply wakes it, and on an otherwise idle
 * host that wake-up of a halted CPU can cost more than the round trip
 * itself (docs/redis.md, "Waiting for the reply"). 0, or -1 when the write
 * failed (c->err says why). */
int dy_redis_send_and_poll(const dy_redis_pool *p, redisContext *c);

/* A command failed without breaking the connection. */
void dy_redis_count_error(dy_redis_pool *p);

/* The server answered: reset the backoff (attach, after its first load). */
void dy_redis_mark_up(dy_redis_pool *p);

#endif
