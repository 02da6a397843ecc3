/* redis_conn.c - connections to Redis and the back-off while it is down
 * (see redis_conn.h). */
#include "redis_conn.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sched.h>
#include <sys/socket.h>
#include <time.h>
#include "alloc.h"
#include "clock.h"
#include "error.h"
#include "redis_script.h"

#define NS_PER_MS INT64_C(1000000)
#define NS_PER_SEC INT64_C(1000000000)
#define BACKOFF_MIN_NS (50 * NS_PER_MS)
#define BACKOFF_MAX_NS (2000 * NS_PER_MS)

/* Whether the C library has pthread_mutex_clocklock: CMake's check says
 * (libdayone/CMakeLists.txt, 1 or 0); a build without it (the Go module's
 * cgo) asks glibc's version, and any other C library waits on the wall
 * clock, as POSIX offers nothing else. */
#ifndef DY_HAVE_PTHREAD_MUTEX_CLOCKLOCK
#if defined(__GLIBC__) && defined(__GLIBC_PREREQ)
#if __GLIBC_PREREQ(2, 30)
#define DY_HAVE_PTHREAD_MUTEX_CLOCKLOCK 1
#endif
#endif
#endif
#ifndef DY_HAVE_PTHREAD_MUTEX_CLOCKLOCK
#define DY_HAVE_PTHREAD_MUTEX_CLOCKLOCK 0
#endif

#if DY_HAVE_PTHREAD_MUTEX_CLOCKLOCK
const clockid_t dy_redis_pool_wait_clock = CLOCK_MONOTONIC;
#else
const clockid_t dy_redis_pool_wait_clock = CLOCK_REALTIME;
#endif

/* A socket timeout within this of what remains is left as it is: setting
 * it costs a system call per read, and the kernel counts it in scheduler
 * ticks (1-4 ms) anyway. */
#define TIMEOUT_SLACK_NS NS_PER_MS

static int64_t tv_ns(struct timeval tv)
{
    return (int64_t)tv.tv_sec * NS_PER_SEC + (int64_t)tv.tv_usec * 1000;
}

static void mark_down(dy_redis_pool *p)
{
    int64_t bo = atomic_load(&p->backoff);
    atomic_store(&p->down_until, dy_monotonic_ns() + bo);
    atomic_store(&p->backoff, bo * 2 > BACKOFF_MAX_NS ? BACKOFF_MAX_NS : bo * 2);
    atomic_store(&p->connected, 0);
    atomic_fetch_add(&p->errors, 1);
}

void dy_redis_mark_up(dy_redis_pool *p)
{
    atomic_store(&p->backoff, BACKOFF_MIN_NS);
    atomic_store(&p->down_until, 0);
    atomic_store(&p->connected, 1);
}

void dy_redis_count_error(dy_redis_pool *p)
{
    atomic_fetch_add(&p->errors, 1);
}

/* The leading error code of an error reply ("WRONGPASS", "NOAUTH", "ERR"):
 * upper-case letters only, never the rest of the text, which may quote the
 * command's arguments. */
static void reply_error_code(const redisReply *r, char *out, size_t size)
{
    size_t n = 0;
    if (r && r->type == REDIS_REPLY_ERROR && r->str)
        while (n + 1 < size && r->str[n] >= 'A' && r->str[n] <= 'Z') {
            out[n] = r->str[n];
            n++;
        }
    if (n == 0)
        snprintf(out, size, "error reply");
    else
        out[n] = '\0';
}

redisContext *dy_redis_open(dy_redis_pool *p, char *why, size_t whysize)
{
    redisContext *c = p->path ? redisConnectUnixWithTimeout(p->path, p->connect_tv)
                              : redisConnectWithTimeout(p->host, p->port, p->connect_tv);
    redisReply *r = NULL;
    if (!c || c->err) {
        if (p->path) /* no port for a socket */
            snprintf(why, whysize, "cannot connect to %s: %s", p->path,
                     c ? c->errstr : "out of memory");
        else
            snprintf(why, whysize, "cannot connect to %s:%d: %s", p->host, p->port,
                     c ? c->errstr : "out of memory");
        goto fail;
    }
    if (redisSetTimeout(c, p->command_tv) != REDIS_OK) {
        snprintf(why, whysize, "cannot set the command timeout");
        goto fail;
    }
    if (p->password) {
        r = redisCommand(c, "AUTH %b", p->password, p->password_len);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            /* Only the reply's error code: servers and proxies quote the
             * arguments of a command they refuse ("unknown command 'AUTH',
             * with args beginning with: '<password>'"). */
            char code[24];
            reply_error_code(r, code, sizeof code);
            snprintf(why, whysize, "AUTH failed (password of %zu bytes): %s",
                     p->password_len, r ? code : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
        r = NULL;
    }
    if (p->db > 0) {
        r = redisCommand(c, "SELECT %d", p->db);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            char code[24];
            reply_error_code(r, code, sizeof code);
            snprintf(why, whysize, "SELECT %d failed: %s", p->db, r ? code : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
        r = NULL;
    }
    return c;
fail:
    if (r)
        freeReplyObject(r);
    if (c)
        redisFree(c);
    return NULL;
}

int dy_redis_load_script(dy_redis_pool *p, redisContext *c, char *why, size_t whysize)
{
    redisReply *r = redisCommand(c, "SCRIPT LOAD %s", dy_redis_script);
    atomic_fetch_add(&p->script_loads, 1);
    if (!r || r->type != REDIS_REPLY_STRING || r->len != 40) {
        snprintf(why, whysize, "SCRIPT LOAD failed: %s", c->err ? c->errstr : "bad reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    memcpy(p->sha, r->str, 40);
    p->sha[40] = '\0';
    freeReplyObject(r);
    return 0;
}

int64_t dy_redis_deadline(const dy_redis_pool *p)
{
    return dy_monotonic_ns() + tv_ns(p->command_tv);
}

/* Lock k->mu, waiting until `until` (monotonic ns) at most. 0, or an
 * error number (ETIMEDOUT). */
static int lock_by(dy_redis_conn *k, int64_t until)
{
    struct timespec at;
#if DY_HAVE_PTHREAD_MUTEX_CLOCKLOCK
    at.tv_sec = (time_t)(until / NS_PER_SEC);
    at.tv_nsec = (long)(until % NS_PER_SEC);
    return pthread_mutex_clocklock(&k->mu, CLOCK_MONOTONIC, &at);
#else
    /* The same wait on the wall clock: what remains, from now. */
    int64_t left = until - dy_monotonic_ns();
    clock_gettime(CLOCK_REALTIME, &at);
    int64_t ns = (int64_t)at.tv_nsec + (left > 0 ? left : 0);
    at.tv_sec += (time_t)(ns / NS_PER_SEC);
    at.tv_nsec = (long)(ns % NS_PER_SEC);
    return pthread_mutex_timedlock(&k->mu, &at);
#endif
}

dy_redis_conn *dy_redis_acquire_by(dy_redis_pool *p, int64_t *until)
{
    unsigned start = atomic_fetch_add(&p->next, 1) % p->nconns;
    dy_redis_conn *k = NULL;
    for (unsigned i = 0; i < p->nconns && !k; i++)
        if (pthread_mutex_trylock(&p->conns[(start + i) % p->nconns].mu) == 0)
            k = &p->conns[(start + i) % p->nconns];
    if (!k) {
        /* Every connection busy: wait for one, but only until the
         * deadline, so a decision stays within its configured timeout; the
         * caller then falls back as for a failed command. The server is not
         * down, only busy, so this marks nothing. */
        k = &p->conns[start];
        if (lock_by(k, *until) != 0) {
            atomic_fetch_add(&p->pool_wait_timeouts, 1);
            return NULL;
        }
        /* Got it with (almost) nothing left: no exchange could finish, and
         * failing one would drop a good connection. */
        if (*until - dy_monotonic_ns() < TIMEOUT_SLACK_NS) {
            atomic_fetch_add(&p->pool_wait_timeouts, 1);
            pthread_mutex_unlock(&k->mu);
            return NULL;
        }
    }
    int64_t until_down = atomic_load(&p->down_until);
    if (until_down && dy_monotonic_ns() < until_down)
        goto fail;
    if (!k->c) {
        char why[256];
        int64_t t0 = dy_monotonic_ns();
        if (!(k->c = dy_redis_open(p, why, sizeof why))) {
            mark_down(p);
            goto fail;
        }
        /* A new socket carries the command timeout (dy_redis_open). */
        k->rcv_ns = k->snd_ns = tv_ns(p->command_tv);
        *until += dy_monotonic_ns() - t0; /* the connect is bounded on its own */
        if (atomic_exchange(&p->connected, 1) == 0) /* was down: back up */
            atomic_fetch_add(&p->reconnects, 1);
    }
    return k;
fail:
    pthread_mutex_unlock(&k->mu);
    return NULL;
}

dy_redis_conn *dy_redis_acquire(dy_redis_pool *p)
{
    int64_t until = dy_redis_deadline(p);
    return dy_redis_acquire_by(p, &until);
}

/* Keep the socket's timeout `opt` (SO_RCVTIMEO or SO_SNDTIMEO, last set to
 * *cur) within TIMEOUT_SLACK_NS of `left`, never 0 (which waits forever). */
static int fit_timeout(redisContext *c, int opt, int64_t *cur, int64_t left)
{
    if (*cur - left <= TIMEOUT_SLACK_NS && left - *cur <= TIMEOUT_SLACK_NS)
        return 0;
    if (left < 1000)
        left = 1000;
    struct timeval tv = {(time_t)(left / NS_PER_SEC), (suseconds_t)(left % NS_PER_SEC / 1000)};
    if (setsockopt(c->fd, SOL_SOCKET, opt, &tv, sizeof tv) != 0)
        return -1;
    *cur = left;
    return 0;
}

int dy_redis_flush_by(dy_redis_conn *k, int64_t until)
{
    int done = 0;
    do {
        int64_t left = until - dy_monotonic_ns();
        if (left <= 0 || fit_timeout(k->c, SO_SNDTIMEO, &k->snd_ns, left) != 0 ||
            redisBufferWrite(k->c, &done) != REDIS_OK)
            return -1;
    } while (!done);
    return 0;
}

int dy_redis_read_by(dy_redis_conn *k, int64_t until, void **reply)
{
    *reply = NULL;
    for (;;) {
        /* What has come already first: one read often brings several
         * replies of a pipeline. */
        if (redisReaderGetReply(k->c->reader, reply) != REDIS_OK)
            return -1;
        if (*reply)
            return 0;
        int64_t left = until - dy_monotonic_ns();
        if (left <= 0 || fit_timeout(k->c, SO_RCVTIMEO, &k->rcv_ns, left) != 0 ||
            redisBufferRead(k->c) != REDIS_OK)
            return -1;
    }
}

int dy_redis_send_and_poll(const dy_redis_pool *p, dy_redis_conn *k, int64_t until)
{
    if (dy_redis_flush_by(k, until) != 0)
        return -1;
    if (p->busy_poll_ns <= 0)
        return 0;
    int64_t now = dy_monotonic_ns(), stop = now + p->busy_poll_ns;
    if (stop > until)
        stop = until;
    struct pollfd pfd = {k->c->fd, POLLIN, 0};
    /* Readable, hung up or failed: the read that follows tells which. */
    while (poll(&pfd, 1, 0) == 0 && dy_monotonic_ns() < stop)
        sched_yield(); /* a busy CPU runs others first */
    return 0;
}

int dy_redis_failure(const dy_redis_pool *p, int64_t sent_at, int64_t until)
{
    int64_t now = dy_monotonic_ns();
    if (now < until - TIMEOUT_SLACK_NS || now - sent_at >= tv_ns(p->command_tv) / 2)
        return DY_REDIS_BROKEN;
    return DY_REDIS_DROPPED;
}

void dy_redis_release(dy_redis_pool *p, dy_redis_conn *k, int broken)
{
    if (broken) {
        redisFree(k->c);
        k->c = NULL;
        if (broken == DY_REDIS_DROPPED)
            atomic_fetch_add(&p->pool_wait_timeouts, 1);
        else
            mark_down(p);
    } else {
        /* The next holder's commands wait the command timeout again; a
         * socket that cannot be told so is dropped (the next holder
         * reconnects) rather than left with a shorter bound. */
        int64_t full = tv_ns(p->command_tv);
        if (k->rcv_ns != full || k->snd_ns != full) {
            if (redisSetTimeout(k->c, p->command_tv) == REDIS_OK) {
                k->rcv_ns = k->snd_ns = full;
            } else {
                redisFree(k->c);
                k->c = NULL;
            }
        }
        dy_redis_mark_up(p);
    }
    pthread_mutex_unlock(&k->mu);
}

int dy_redis_pool_init(dy_redis_pool *p, unsigned n)
{
    if (!(p->conns = dy_calloc(n, sizeof *p->conns)))
        return DAYONE_ENOMEM;
    p->nconns = n;
    for (unsigned i = 0; i < n; i++)
        pthread_mutex_init(&p->conns[i].mu, NULL);
    atomic_init(&p->backoff, BACKOFF_MIN_NS);
    return DAYONE_OK;
}

void dy_redis_pool_adopt(dy_redis_pool *p, redisContext *c)
{
    p->conns[0].c = c;
    p->conns[0].rcv_ns = p->conns[0].snd_ns = tv_ns(p->command_tv);
}

void dy_redis_pool_free(dy_redis_pool *p)
{
    for (unsigned i = 0; i < p->nconns; i++) {
        if (p->conns[i].c)
            redisFree(p->conns[i].c);
        pthread_mutex_destroy(&p->conns[i].mu);
    }
    if (p->password) { /* not left in freed memory */
        volatile char *w = p->password;
        for (size_t i = 0; i < p->password_len; i++)
            w[i] = 0;
    }
    dy_free(p->password);
    dy_free(p->host);
    dy_free(p->path);
    dy_free(p->conns);
}

int dy_redis_pool_parse_url(dy_redis_pool *p, const char *url, dayone_error *err)
{
    if (strncmp(url, "rediss://", 9) == 0)
        return dy_fail(err, DAYONE_EINVAL, "TLS not supported by this hiredis build");
    if (strchr(url, '@'))
        return dy_fail(err, DAYONE_EINVAL, "the Redis URL must not carry credentials: "
                                           "name the password's variable in password_env");
    if (strncmp(url, "unix://", 7) == 0) {
        const char *s = url + 7, *q = strchr(s, '?');
        size_t n = q ? (size_t)(q - s) : strlen(s);
        if (n == 0 || s[0] != '/')
            return dy_fail(err, DAYONE_EINVAL, "unix:// needs an absolute socket path");
        if (!(p->path = dy_malloc(n + 1)))
            return dy_fail(err, DAYONE_ENOMEM, "out of memory");
        memcpy(p->path, s, n);
        p->path[n] = '\0';
        if (q) {
            char *end;
            if (strncmp(q, "?db=", 4) != 0 || (p->db = (int)strtol(q + 4, &end, 10)) < 0 ||
                *end || end == q + 4)
                return dy_fail(err, DAYONE_EINVAL, "unix:// URL: the only query is ?db=N");
        }
        return DAYONE_OK;
    }
    if (strncmp(url, "redis://", 8) != 0)
        return dy_fail(err, DAYONE_EINVAL, "unsupported Redis URL scheme (expected redis:// "
                                           "or unix://)");
    const char *h = url + 8, *e = h + strcspn(h, ":/");
    if (e == h)
        return dy_fail(err, DAYONE_EINVAL, "redis:// URL without a host");
    if (!(p->host = dy_malloc((size_t)(e - h) + 1)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    memcpy(p->host, h, (size_t)(e - h));
    p->host[e - h] = '\0';
    p->port = 6379;
    char *end;
    if (*e == ':') {
        long port = strtol(e + 1, &end, 10);
        if (end == e + 1 || port < 1 || port > 65535 || (*end && *end != '/'))
            return dy_fail(err, DAYONE_EINVAL, "redis:// URL: bad port");
        p->port = (int)port;
        e = end;
    }
    if (*e == '/' && e[1]) {
        long db = strtol(e + 1, &end, 10);
        if (end == e + 1 || db < 0 || *end)
            return dy_fail(err, DAYONE_EINVAL, "redis:// URL: bad database number");
        p->db = (int)db;
    }
    return DAYONE_OK;
}
