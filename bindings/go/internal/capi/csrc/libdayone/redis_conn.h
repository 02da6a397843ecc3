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
#include <time.h>
#include "dayone/common.h"

typedef struct dy_redis_conn {
    pthread_mutex_t mu;
    redisContext *c;         /* NULL until (re)connected */
    /* The socket's SO_RCVTIMEO and SO_SNDTIMEO as last set (ns): the
     * command timeout, or less while a round trip's deadline nears. */
    int64_t rcv_ns, snd_ns;
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

/* The clock the wait for a busy pool's connection is measured on:
 * CLOCK_MONOTONIC where the C library has pthread_mutex_clocklock (glibc
 * 2.30 and later), else CLOCK_REALTIME (pthread_mutex_timedlock), whose
 * wait a wall clock stepped back lengthens and one stepped forward cuts. */
extern const clockid_t dy_redis_pool_wait_clock;

/* redis://host[:port][/db] or unix:///path[?db=N] into host/path, port and
 * db. Never echoes the URL (it could carry a password). */
int dy_redis_pool_parse_url(dy_redis_pool *p, const char *url, dayone_error *err);

/* Allocate n connections (not yet connected). DAYONE_OK or DAYONE_ENOMEM. */
int dy_redis_pool_init(dy_redis_pool *p, unsigned n);
void dy_redis_pool_free(dy_redis_pool *p);

/* Hand c, connected with the command timeout on its socket (attach's
 * connection), to the pool as its first connection. */
void dy_redis_pool_adopt(dy_redis_pool *p, redisContext *c);

/* Connect, AUTH, SELECT. NULL with `why` filled on failure (no secrets:
 * an error code from the server, or hiredis' own text). */
redisContext *dy_redis_open(dy_redis_pool *p, char *why, size_t whysize);

/* SCRIPT LOAD on c and keep the SHA (at attach, before sharing). */
int dy_redis_load_script(dy_redis_pool *p, redisContext *c, char *why, size_t whysize);

/* The monotonic time (dy_monotonic_ns) the command timeout from now ends:
 * a round trip's deadline, set before it takes a connection. */
int64_t dy_redis_deadline(const dy_redis_pool *p);

/* Take a connection (locked), connecting when needed. NULL while the server
 * is down, when a (re)connect fails, or when every connection stayed busy
 * until *until or so close to it that no exchange fits (a dy_redis_deadline;
 * counted in pool_wait_timeouts). When
 * it had to connect, *until moves later by the time that took, so what
 * follows still has what was left of the command timeout. */
dy_redis_conn *dy_redis_acquire_by(dy_redis_pool *p, int64_t *until);

/* dy_redis_acquire_by with a deadline of the command timeout from now:
 * for a caller of one command, which then reads as hiredis does. */
dy_redis_conn *dy_redis_acquire(dy_redis_pool *p);

/* How a connection goes back (dy_redis_release's `broken`). */
enum {
    DY_REDIS_WHOLE = 0,   /* reused as it is */
    DY_REDIS_BROKEN = 1,  /* dropped, and the server marked down */
    DY_REDIS_DROPPED = 2  /* dropped (a half-read pipeline), the server not blamed:
                             counted in pool_wait_timeouts */
};

/* Give it back as `broken` says. A connection given back whole has the
 * command timeout on its socket again (after a round trip that lowered it). */
void dy_redis_release(dy_redis_pool *p, dy_redis_conn *k, int broken);

/* After an exchange begun at `sent_at` (monotonic ns, when its write
 * began) failed, with its deadline `until`: DY_REDIS_BROKEN when the
 * connection failed before its time, or when the server had at least half
 * the command timeout to answer and did not; DY_REDIS_DROPPED when the time
 * ran out because waiting for the pool (or the connect) had already spent
 * most of it - a busy pool is no sign of a server gone, and marking it down
 * would send every other decision to the fallback too. */
int dy_redis_failure(const dy_redis_pool *p, int64_t sent_at, int64_t until);

/* Write k's output buffer to the socket (blocking), no write waiting past
 * `until` (monotonic ns). 0, or -1 when that failed or the time ran out
 * (the connection is then unusable). */
int dy_redis_flush_by(dy_redis_conn *k, int64_t until);

/* The next reply on k into *reply, waiting no later than `until`
 * (monotonic ns) however the reply trickles in: each read of the socket
 * waits at most what remains (SO_RCVTIMEO set lower when it must be). 0,
 * or -1 when the time ran out, the connection failed or the reply is not
 * RESP; the connection is then unusable (release it broken). */
int dy_redis_read_by(dy_redis_conn *k, int64_t until, void **reply);

/* Write k's output buffer to the socket (dy_redis_flush_by), then, with
 * a busy_poll_ns bound, poll the socket for the reply without blocking,
 * yielding the CPU between polls, until it is readable, the bound has
 * passed or `until` has come; the reply is then read as usual
 * (dy_redis_read_by blocks only if it has not come yet). A thread that
 * blocks at once sleeps until the reply wakes it, and on an otherwise idle
 * host that wake-up of a halted CPU can cost more than the round trip
 * itself (docs/redis.md, "Waiting for the reply"). 0, or -1 when the write
 * failed (k->c->err says why). */
int dy_redis_send_and_poll(const dy_redis_pool *p, dy_redis_conn *k, int64_t until);

/* A command failed without breaking the connection. */
void dy_redis_count_error(dy_redis_pool *p);

/* The server answered: reset the backoff (attach, after its first load). */
void dy_redis_mark_up(dy_redis_pool *p);

#endif
