/* redis_conn.c - connections to Redis and the back-off while it is down
 * (see redis_conn.h). */
#include "redis_conn.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <sched.h>
#include <time.h>
#include "alloc.h"
#include "clock.h"
#include "error.h"
#include "redis_script.h"

#define NS_PER_MS INT64_C(1000000)
#define BACKOFF_MIN_NS (50 * NS_PER_MS)
#define BACKOFF_MAX_NS (2000 * NS_PER_MS)

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

int dy_redis_load_script(dy_redis_pool *p, redisContext *c, int keep, char *why,
                         size_t whysize)
{
    redisReply *r = redisCommand(c, "SCRIPT LOAD %s", dy_redis_script);
    atomic_fetch_add(&p->script_loads, 1);
    if (!r || r->type != REDIS_REPLY_STRING || r->len != 40) {
        snprintf(why, whysize, "SCRIPT LOAD failed: %s", c->err ? c->errstr : "bad reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    /* The SHA is the same every time (same text): kept from the first load. */
    if (keep) {
        memcpy(p->sha, r->str, 40);
        p->sha[40] = '\0';
    }
    freeReplyObject(r);
    return 0;
}

dy_redis_conn *dy_redis_acquire(dy_redis_pool *p)
{
    unsigned start = atomic_fetch_add(&p->next, 1) % p->nconns;
    dy_redis_conn *k = NULL;
    for (unsigned i = 0; i < p->nconns && !k; i++)
        if (pthread_mutex_trylock(&p->conns[(start + i) % p->nconns].mu) == 0)
            k = &p->conns[(start + i) % p->nconns];
    if (!k) {
        /* Every connection busy: wait for one, but no longer than a command
         * may take, so a decision stays within its configured timeout; the
         * caller then falls back as for a failed command. The server is not
         * down, only busy, so this marks nothing. */
        k = &p->conns[start];
        struct timespec deadline;
        clock_gettime(CLOCK_REALTIME, &deadline);
        deadline.tv_sec += p->command_tv.tv_sec;
        deadline.tv_nsec += (long)p->command_tv.tv_usec * 1000L;
        if (deadline.tv_nsec >= 1000000000L) {
            deadline.tv_sec += 1;
            deadline.tv_nsec -= 1000000000L;
        }
        if (pthread_mutex_timedlock(&k->mu, &deadline) != 0) {
            atomic_fetch_add(&p->pool_wait_timeouts, 1);
            return NULL;
        }
    }
    int64_t until = atomic_load(&p->down_until);
    if (until && dy_monotonic_ns() < until)
        goto fail;
    if (!k->c) {
        char why[256];
        if (!(k->c = dy_redis_open(p, why, sizeof why))) {
            mark_down(p);
            goto fail;
        }
        if (atomic_exchange(&p->connected, 1) == 0) /* was down: back up */
            atomic_fetch_add(&p->reconnects, 1);
    }
    return k;
fail:
    pthread_mutex_unlock(&k->mu);
    return NULL;
}

int dy_redis_flush(redisContext *c)
{
    int done = 0;
    do
        if (redisBufferWrite(c, &done) != REDIS_OK)
            return -1;
    while (!done);
    return 0;
}

int dy_redis_send_and_poll(const dy_redis_pool *p, redisContext *c)
{
    if (dy_redis_flush(c) != 0)
        return -1;
    if (p->busy_poll_ns <= 0)
        return 0;
    int64_t until = dy_monotonic_ns() + p->busy_poll_ns;
    struct pollfd pfd = {c->fd, POLLIN, 0};
    /* Readable, hung up or failed: the read that follows tells which. */
    while (poll(&pfd, 1, 0) == 0 && dy_monotonic_ns() < until)
        sched_yield(); /* a busy CPU runs others first */
    return 0;
}

void dy_redis_release(dy_redis_pool *p, dy_redis_conn *k, int broken)
{
    if (broken) {
        redisFree(k->c);
        k->c = NULL;
        mark_down(p);
    } else {
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
