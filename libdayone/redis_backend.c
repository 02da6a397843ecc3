/* redis_backend.c - the limiter's rate step (and unknown-usage quota
 * counter) in Redis; see dayone/redis.h for the contract and docs/redis.md.
 *
 * limiter.c hands over a prepared request (dy_backend_req): names resolved,
 * paywall and caller-supplied quota already decided. Here: build the keys,
 * EVALSHA the decision script (redis_script.c), turn its reply into a
 * decision, or apply the limit's failure policy when Redis cannot answer.
 *
 * Connections: a fixed pool; a thread takes a free one (trylock round the
 * pool, then waits on one), so hiredis contexts are never shared between
 * threads at once. A pool of a few connections serves two busy threads
 * without waiting; more threads queue on the mutexes (correct, slower).
 *
 * Outage: a failed command or connect marks the backend down until
 * now + backoff (50 ms doubling to 2 s); while down, decisions take the
 * failure policy at once, without touching the network. The next call after
 * the backoff tries again (a connect bounded by connect_timeout_ms, commands
 * by command_timeout_ms), and a success resets the backoff.
 *
 * Batches: dayone_limiter_decide_many() brackets its loop with batch_begin/
 * batch_end; requests reaching the rate step are queued on a thread-local
 * batch and sent as one pipeline (EVALSHAs in order, so Redis decides them
 * as if one by one). */
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "alloc.h"
#include "clock.h"
#include "dayone/redis.h"
#include "error.h"
#include "limiter_internal.h"
#include "limiter_table.h"
#include "redis_internal.h"

#define NS_PER_SEC INT64_C(1000000000)
#define NS_PER_MS INT64_C(1000000)
#define BACKOFF_MIN_NS (50 * NS_PER_MS)
#define BACKOFF_MAX_NS (2000 * NS_PER_MS)
#define FAIL_CLOSED_RETRY_NS NS_PER_SEC
#define NEAR_SLOTS 4096 /* power of two */
#define NEAR_STRIPES 64

typedef struct conn {
    pthread_mutex_t mu;
    redisContext *c;
} conn;

typedef struct near_slot {
    uint64_t hash;
    int64_t until_ns;   /* monotonic: denied until then */
    int64_t reset_ns;   /* monotonic: reset at */
    int64_t cost;       /* the denied cost: hits for requests at least as big */
    int64_t quota_remaining;
} near_slot;

struct dy_backend {
    char *host, *path;      /* TCP host or unix socket path */
    int port, db;
    char *password;         /* from the environment; never printed */
    size_t password_len;
    struct timeval connect_tv, command_tv;
    char *prefix;
    size_t prefix_len;
    char sha[41];
    conn *pool;
    unsigned npool;
    atomic_uint next;
    _Atomic int64_t down_until, backoff;
    atomic_int connected;
    atomic_uint_fast64_t round_trips, errors, fb_local, fb_open, fb_closed, reconnects,
        near_hits, script_loads;
    int near;
    int client_clock;       /* clock_from_request: tests and simulations */
    uint64_t near_seed;
    near_slot *near_tab;
    pthread_mutex_t near_mu[NEAR_STRIPES];
};

/* One queued rate step and, after the round trip, its result. */
typedef struct qent {
    dy_backend_req r;
    dayone_decision *d;
    uint64_t near_hash;
    int state;              /* Q_PENDING, Q_DONE, Q_FAILED */
} qent;
enum { Q_PENDING, Q_DONE, Q_FAILED };

typedef struct dy_batch {
    dy_backend *b;
    qent *q;
    size_t n, cap;
} dy_batch;

static _Thread_local dy_batch *tls_batch;
static _Thread_local int tls_bypass; /* deciding a fallback in-process */

/* ---- connections ----------------------------------------------------------- */

static void mark_down(dy_backend *b)
{
    int64_t bo = atomic_load(&b->backoff);
    atomic_store(&b->down_until, dy_monotonic_ns() + bo);
    atomic_store(&b->backoff, bo * 2 > BACKOFF_MAX_NS ? BACKOFF_MAX_NS : bo * 2);
    atomic_store(&b->connected, 0);
    atomic_fetch_add(&b->errors, 1);
}

static void mark_up(dy_backend *b)
{
    atomic_store(&b->backoff, BACKOFF_MIN_NS);
    atomic_store(&b->down_until, 0);
    atomic_store(&b->connected, 1);
}

/* A reply that is not an error reply, else NULL (freed). */
static redisReply *command_ok(redisContext *c, redisReply *r)
{
    (void)c;
    if (r && r->type == REDIS_REPLY_ERROR) {
        freeReplyObject(r);
        return NULL;
    }
    return r;
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

/* Connect, AUTH, SELECT. NULL with `why` filled on failure (no secrets: an
 * error code from the server, or hiredis' own text). */
static redisContext *open_conn(dy_backend *b, char *why, size_t whysize)
{
    redisContext *c = b->path ? redisConnectUnixWithTimeout(b->path, b->connect_tv)
                              : redisConnectWithTimeout(b->host, b->port, b->connect_tv);
    redisReply *r = NULL;
    if (!c || c->err) {
        snprintf(why, whysize, "cannot connect to %s%s%d: %s", b->path ? b->path : b->host,
                 b->path ? "" : ":", b->path ? 0 : b->port, c ? c->errstr : "out of memory");
        if (b->path) /* no port for a socket */
            snprintf(why, whysize, "cannot connect to %s: %s", b->path,
                     c ? c->errstr : "out of memory");
        goto fail;
    }
    if (redisSetTimeout(c, b->command_tv) != REDIS_OK) {
        snprintf(why, whysize, "cannot set the command timeout");
        goto fail;
    }
    if (b->password) {
        r = redisCommand(c, "AUTH %b", b->password, b->password_len);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            /* Only the reply's error code: servers and proxies quote the
             * arguments of a command they refuse ("unknown command 'AUTH',
             * with args beginning with: '<password>'"). */
            char code[24];
            reply_error_code(r, code, sizeof code);
            snprintf(why, whysize, "AUTH failed (password of %zu bytes): %s",
                     b->password_len, r ? code : c->errstr);
            goto fail;
        }
        freeReplyObject(r);
        r = NULL;
    }
    if (b->db > 0) {
        r = redisCommand(c, "SELECT %d", b->db);
        if (!r || r->type == REDIS_REPLY_ERROR) {
            char code[24];
            reply_error_code(r, code, sizeof code);
            snprintf(why, whysize, "SELECT %d failed: %s", b->db, r ? code : c->errstr);
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

/* SCRIPT LOAD; the SHA is the same every time (same text), so it is kept
 * only from the first load, at attach (other threads read it meanwhile). */
static int load_script(dy_backend *b, redisContext *c, int keep, char *why, size_t whysize)
{
    redisReply *r = command_ok(c, redisCommand(c, "SCRIPT LOAD %s", dy_redis_script));
    atomic_fetch_add(&b->script_loads, 1);
    if (!r || r->type != REDIS_REPLY_STRING || r->len != 40) {
        snprintf(why, whysize, "SCRIPT LOAD failed: %s", c->err ? c->errstr : "bad reply");
        if (r)
            freeReplyObject(r);
        return -1;
    }
    if (keep) {
        memcpy(b->sha, r->str, 40);
        b->sha[40] = '\0';
    }
    freeReplyObject(r);
    return 0;
}

/* Take a connection (locked). NULL while the backend is down or when a
 * (re)connect fails; the caller then applies the failure policy. */
static conn *acquire(dy_backend *b)
{
    unsigned start = atomic_fetch_add(&b->next, 1) % b->npool;
    conn *k = NULL;
    for (unsigned i = 0; i < b->npool && !k; i++)
        if (pthread_mutex_trylock(&b->pool[(start + i) % b->npool].mu) == 0)
            k = &b->pool[(start + i) % b->npool];
    if (!k) {
        k = &b->pool[start];
        pthread_mutex_lock(&k->mu);
    }
    int64_t until = atomic_load(&b->down_until);
    if (until && dy_monotonic_ns() < until)
        goto fail;
    if (!k->c) {
        char why[256];
        if (!(k->c = open_conn(b, why, sizeof why))) {
            mark_down(b);
            goto fail;
        }
        if (atomic_exchange(&b->connected, 1) == 0) /* was down: back up */
            atomic_fetch_add(&b->reconnects, 1);
    }
    return k;
fail:
    pthread_mutex_unlock(&k->mu);
    return NULL;
}

static void release(dy_backend *b, conn *k, int broken)
{
    if (broken) {
        redisFree(k->c);
        k->c = NULL;
        mark_down(b);
    } else {
        mark_up(b);
    }
    pthread_mutex_unlock(&k->mu);
}

/* ---- near cache ------------------------------------------------------------- */

static int near_get(dy_backend *b, uint64_t h, int64_t cost, int64_t now, near_slot *out)
{
    size_t i = h & (NEAR_SLOTS - 1);
    pthread_mutex_t *mu = &b->near_mu[i % NEAR_STRIPES];
    int hit = 0;
    pthread_mutex_lock(mu);
    const near_slot *s = &b->near_tab[i];
    if (s->hash == h && now < s->until_ns && cost >= s->cost) {
        *out = *s;
        hit = 1;
    }
    pthread_mutex_unlock(mu);
    return hit;
}

static void near_put(dy_backend *b, uint64_t h, const near_slot *v)
{
    size_t i = h & (NEAR_SLOTS - 1);
    pthread_mutex_t *mu = &b->near_mu[i % NEAR_STRIPES];
    pthread_mutex_lock(mu);
    b->near_tab[i] = *v;
    pthread_mutex_unlock(mu);
}

/* ---- decisions ------------------------------------------------------------ */

#define SET_REASON(d, lit) memcpy((d)->reason, (lit), sizeof(lit))

/* The quota counter lives in Redis when the limit has a quota that applies
 * and the caller did not pass usage. */
static int quota_in_redis(const dy_backend_req *r)
{
    return r->quota_amount >= 0 && r->req->usage < 0 &&
           r->enforcement != DAYONE_ENFORCEMENT_OFF;
}

static dy_on_failure on_failure(const dy_backend_req *r)
{
    const dy_plan_limit *pl = dy_plan_get_limit(&r->policy->plans[r->plan], r->limit);
    dy_on_failure f = pl ? pl->on_failure : DY_ON_FAILURE_DEFAULT;
    if (f != DY_ON_FAILURE_DEFAULT)
        return f;
    /* A strict quota counted only in Redis cannot be enforced in-process. */
    return quota_in_redis(r) && r->enforcement == DAYONE_ENFORCEMENT_STRICT
               ? DY_ON_FAILURE_CLOSED : DY_ON_FAILURE_LOCAL;
}

/* quota_remaining as the in-process limiter reports it for a caller's usage. */
static int64_t left(int64_t amount, int64_t used)
{
    return used < amount ? amount - used : 0;
}

/* Fill a decision from the script's reply (mirrors limiter.c's finish). */
static int from_reply(dy_backend *b, qent *e, const redisReply *rep)
{
    const dy_backend_req *r = &e->r;
    dayone_decision *d = e->d;
    if (rep->type != REDIS_REPLY_ARRAY || rep->elements != 6)
        return -1;
    long long v[6];
    for (int i = 0; i < 6; i++) {
        if (rep->element[i]->type != REDIS_REPLY_INTEGER)
            return -1;
        v[i] = rep->element[i]->integer;
    }
    int in_redis = quota_in_redis(r);
    int64_t used = in_redis ? v[5] : r->req->usage;
    int quota = in_redis || r->quota_applies;
    int64_t a = v[1] * NS_PER_SEC + v[2], z = v[3] * NS_PER_SEC + v[4];
    switch ((int)v[0]) {
    case DY_RS_DENY_QUOTA:
        d->outcome = DAYONE_DENY_QUOTA;
        d->allowed = 0;
        d->status = 402;
        d->retry_after_ns = -1;
        d->limit = r->quota_amount;
        d->quota_remaining = left(r->quota_amount, used);
        SET_REASON(d, "quota exceeded");
        return 0;
    case DY_RS_DENY_RATE:
        d->outcome = DAYONE_DENY_RATE;
        d->allowed = 0;
        d->status = 429;
        d->retry_after_ns = a;
        d->reset_after_ns = z;
        d->remaining = 0;
        if (quota)
            d->quota_remaining = left(r->quota_amount, used);
        SET_REASON(d, "rate limited");
        if (b->near && a > 0) {
            int64_t now = dy_monotonic_ns();
            near_slot s = {e->near_hash, now + a, now + z, r->cost, d->quota_remaining};
            near_put(b, e->near_hash, &s);
        }
        return 0;
    case DY_RS_ALLOW:
    case DY_RS_OVERAGE:
        d->reset_after_ns = z;
        d->remaining = a / r->emission_ns;
        if (v[0] == DY_RS_OVERAGE || r->overage) {
            d->outcome = DAYONE_ALLOW_OVERAGE;
            d->limit = r->quota_amount;
            d->quota_remaining = 0;
            SET_REASON(d, "quota overage");
            return 0;
        }
        if (quota)
            d->quota_remaining = r->quota_amount - used - r->cost;
        SET_REASON(d, "ok");
        return 0;
    default:
        return -1;
    }
}

/* Redis could not answer: the limit's failure policy. 1 = decide locally. */
static int fail_policy(dy_backend *b, qent *e)
{
    dayone_decision *d = e->d;
    const dy_backend_req *r = &e->r;
    switch (on_failure(r)) {
    case DY_ON_FAILURE_OPEN:
        atomic_fetch_add(&b->fb_open, 1);
        d->outcome = DAYONE_ALLOW;
        d->allowed = 1;
        d->status = 200;
        d->retry_after_ns = 0;
        d->remaining = 0;
        if (r->quota_applies)
            d->quota_remaining = r->overage ? 0 : r->quota_amount - r->req->usage - r->cost;
        SET_REASON(d, "backend unavailable: fail open");
        return 0;
    case DY_ON_FAILURE_CLOSED:
        atomic_fetch_add(&b->fb_closed, 1);
        d->outcome = DAYONE_DENY_RATE;
        d->allowed = 0;
        d->status = 429;
        d->retry_after_ns = FAIL_CLOSED_RETRY_NS;
        d->reset_after_ns = FAIL_CLOSED_RETRY_NS;
        d->remaining = 0;
        if (r->quota_applies)
            d->quota_remaining = left(r->quota_amount, r->req->usage);
        SET_REASON(d, "backend unavailable");
        return 0;
    default:
        atomic_fetch_add(&b->fb_local, 1);
        return 1;
    }
}

/* Append one EVALSHA for e to the connection's output buffer. */
static int append(dy_backend *b, redisContext *c, const qent *e)
{
    const dy_backend_req *r = &e->r;
    const char *tenant = r->req->key;
    const char *limit = r->policy->limit_names[r->limit];
    const dy_plan_limit *pl = dy_plan_get_limit(&r->policy->plans[r->plan], r->limit);
    const char *quota = pl && pl->quota != SIZE_MAX ? r->policy->quota_names[pl->quota] : "";
    size_t tl = strlen(tenant), need = b->prefix_len + tl + strlen(limit) + strlen(quota) + 64;
    char stack[512], *k1 = need <= sizeof stack / 2 ? stack : dy_malloc(2 * need);
    if (!k1)
        return -1;
    char *k2 = k1 + need;
    /* <prefix>{tenant}:r:<limit>:<interval>:<burst>, <prefix>{tenant}:q:<quota> */
    size_t l1 = 0, l2;
    memcpy(k1, b->prefix, b->prefix_len);
    l1 = b->prefix_len;
    k1[l1++] = '{';
    memcpy(k1 + l1, tenant, tl);
    l1 += tl;
    k1[l1++] = '}';
    memcpy(k2, k1, l1);
    l2 = l1;
    l1 += (size_t)snprintf(k1 + l1, need - l1, ":r:%s:%lld:%lld", limit,
                           (long long)r->emission_ns, (long long)r->burst);
    l2 += (size_t)snprintf(k2 + l2, need - l2, ":q:%s", quota);
    char num[11][24];
    int64_t inc = dy_gcra_sat_mul(r->emission_ns, r->cost);
    int64_t vals[6] = {r->emission_ns / NS_PER_SEC, r->emission_ns % NS_PER_SEC,
                       r->tolerance_ns / NS_PER_SEC, r->tolerance_ns % NS_PER_SEC,
                       inc / NS_PER_SEC, inc % NS_PER_SEC};
    for (int i = 0; i < 6; i++)
        snprintf(num[i], sizeof num[i], "%lld", (long long)vals[i]);
    snprintf(num[6], sizeof num[6], "%lld",
             quota_in_redis(r) ? (long long)r->quota_amount : -1LL);
    snprintf(num[7], sizeof num[7], "%lld", (long long)r->cost);
    snprintf(num[8], sizeof num[8], "%d", r->enforcement == DAYONE_ENFORCEMENT_STRICT);
    num[9][0] = num[10][0] = '\0';
    if (b->client_clock && r->req->now_ns > 0) {
        snprintf(num[9], sizeof num[9], "%lld", (long long)(r->req->now_ns / NS_PER_SEC));
        snprintf(num[10], sizeof num[10], "%lld", (long long)(r->req->now_ns % NS_PER_SEC));
    }
    const char *argv[16] = {"EVALSHA", b->sha, "2", k1, k2};
    size_t lens[16] = {7, 40, 1, l1, l2};
    for (int i = 0; i < 11; i++) {
        argv[5 + i] = num[i];
        lens[5 + i] = strlen(num[i]);
    }
    int rc = redisAppendCommandArgv(c, 16, argv, lens);
    if (k1 != stack)
        dy_free(k1);
    return rc == REDIS_OK ? 0 : -1;
}

static int is_noscript(const redisReply *r)
{
    return r && r->type == REDIS_REPLY_ERROR && strncmp(r->str, "NOSCRIPT", 8) == 0;
}

/* Send the pending entries of q[0..n) in one pipeline and read the replies;
 * NOSCRIPT (a restarted or flushed server) re-loads the script and re-sends
 * those entries once. Entries left without an answer become Q_FAILED. */
static void round_trip(dy_backend *b, qent *q, size_t n)
{
    conn *k = acquire(b);
    int broken = 0;
    if (!k)
        goto failed;
    for (int attempt = 0; attempt < 2; attempt++) {
        size_t sent = 0;
        for (size_t i = 0; i < n; i++)
            if (q[i].state == Q_PENDING) {
                if (append(b, k->c, &q[i]) != 0) {
                    broken = 1;
                    break;
                }
                sent++;
            }
        if (broken || sent == 0)
            break;
        atomic_fetch_add(&b->round_trips, 1);
        int noscript = 0;
        for (size_t i = 0; i < n && !broken; i++) {
            if (q[i].state != Q_PENDING)
                continue;
            void *rv = NULL;
            if (redisGetReply(k->c, &rv) != REDIS_OK || !rv) {
                broken = 1;
                break;
            }
            redisReply *rep = rv;
            if (is_noscript(rep)) {
                noscript = 1; /* stays pending for the retry */
            } else if (from_reply(b, &q[i], rep) == 0) {
                q[i].state = Q_DONE;
            } else {
                atomic_fetch_add(&b->errors, 1);
                q[i].state = Q_FAILED;
            }
            freeReplyObject(rep);
        }
        if (broken || !noscript)
            break;
        char why[256];
        if (attempt == 1 || load_script(b, k->c, 0, why, sizeof why) != 0) {
            broken = k->c->err != 0;
            if (!broken)
                atomic_fetch_add(&b->errors, 1);
            break;
        }
    }
    release(b, k, broken);
failed:
    for (size_t i = 0; i < n; i++)
        if (q[i].state == Q_PENDING)
            q[i].state = Q_FAILED;
}

/* Prepare an entry; 1 when the near cache answered it. */
static int near_check(dy_backend *b, qent *e)
{
    if (!b->near)
        return 0;
    const dy_backend_req *r = &e->r;
    uint64_t h = dy_hash_bytes(r->req->key, strlen(r->req->key), b->near_seed);
    const char *limit = r->policy->limit_names[r->limit];
    h = dy_hash_bytes(limit, strlen(limit),
                      h ^ dy_hash_final((uint64_t)r->emission_ns * 31 + (uint64_t)r->burst));
    e->near_hash = h;
    near_slot s;
    int64_t now = dy_monotonic_ns();
    if (!near_get(b, h, r->cost, now, &s))
        return 0;
    dayone_decision *d = e->d;
    d->outcome = DAYONE_DENY_RATE;
    d->allowed = 0;
    d->status = 429;
    d->retry_after_ns = s.until_ns - now;
    d->reset_after_ns = s.reset_ns > now ? s.reset_ns - now : 0;
    d->remaining = 0;
    if (r->quota_applies)
        d->quota_remaining = left(r->quota_amount, r->req->usage);
    else if (quota_in_redis(r))
        d->quota_remaining = s.quota_remaining;
    SET_REASON(d, "rate limited");
    atomic_fetch_add(&b->near_hits, 1);
    e->state = Q_DONE;
    return 1;
}

int dy_backend_decide(dy_backend *b, const dy_backend_req *r, dayone_decision *d,
                      dayone_error *err)
{
    (void)err;
    if (tls_bypass)
        return DY_BACKEND_LOCAL;
    qent e = {*r, d, 0, Q_PENDING};
    if (near_check(b, &e))
        return DAYONE_OK;
    dy_batch *bt = tls_batch;
    if (bt && bt->b == b) {
        if (bt->n == bt->cap) {
            size_t cap = bt->cap ? bt->cap * 2 : 64;
            qent *q = dy_realloc(bt->q, cap * sizeof *q);
            if (!q)
                goto now; /* decide this one on its own */
            bt->q = q;
            bt->cap = cap;
        }
        bt->q[bt->n++] = e;
        return DAYONE_OK; /* filled by dy_backend_batch_end */
    }
now:
    round_trip(b, &e, 1);
    if (e.state == Q_DONE)
        return DAYONE_OK;
    return fail_policy(b, &e) ? DY_BACKEND_LOCAL : DAYONE_OK;
}

void *dy_backend_batch_begin(dy_backend *b)
{
    if (tls_batch || tls_bypass)
        return NULL; /* nested (a fallback deciding): no batching */
    dy_batch *bt = dy_calloc(1, sizeof *bt);
    if (!bt)
        return NULL;
    bt->b = b;
    tls_batch = bt;
    return bt;
}

void dy_backend_batch_end(dayone_limiter *lim, void *batch)
{
    dy_batch *bt = batch;
    tls_batch = NULL;
    if (bt->n)
        round_trip(bt->b, bt->q, bt->n);
    for (size_t i = 0; i < bt->n; i++) {
        qent *e = &bt->q[i];
        if (e->state == Q_DONE || !fail_policy(bt->b, e))
            continue;
        /* Local fallback: the same request through the in-process path. */
        tls_bypass = 1;
        int rc = dayone_limiter_decide(lim, e->r.req, e->d, NULL);
        tls_bypass = 0;
        if (rc != DAYONE_OK) { /* e.g. a policy swap removed its plan meanwhile */
            e->r.enforcement = DAYONE_ENFORCEMENT_STRICT;
            memset(e->d, 0, sizeof *e->d);
            e->d->limit = e->r.burst;
            e->d->burst = e->r.burst;
            e->d->window_ns = e->r.tolerance_ns;
            e->d->quota_remaining = -1;
            e->d->outcome = DAYONE_DENY_RATE;
            e->d->status = 429;
            e->d->retry_after_ns = FAIL_CLOSED_RETRY_NS;
            SET_REASON(e->d, "backend unavailable");
        }
    }
    dy_free(bt->q);
    dy_free(bt);
}

/* ---- attach, status, free ------------------------------------------------- */

void dy_backend_free(dy_backend *b)
{
    if (!b)
        return;
    for (unsigned i = 0; i < b->npool; i++) {
        if (b->pool[i].c)
            redisFree(b->pool[i].c);
        pthread_mutex_destroy(&b->pool[i].mu);
    }
    for (int i = 0; i < NEAR_STRIPES; i++)
        pthread_mutex_destroy(&b->near_mu[i]);
    if (b->password) {
        dy_wipe(b->password, b->password_len); /* do not leave it in freed memory */
    }
    dy_free(b->password);
    dy_free(b->host);
    dy_free(b->path);
    dy_free(b->prefix);
    dy_free(b->pool);
    dy_free(b->near_tab);
    dy_free(b);
}

/* redis://host[:port][/db] or unix:///path[?db=N]. Never echoes the URL. */
static int parse_url(dy_backend *b, const char *url, dayone_error *err)
{
    if (strncmp(url, "rediss://", 9) == 0)
        return dy_fail(err, DAYONE_EINVAL, "TLS not supported by this hiredis build");
    if (strchr(url, '@'))
        return dy_fail(err, DAYONE_EINVAL, "the Redis URL must not carry credentials: "
                                           "name the password's variable in password_env");
    if (strncmp(url, "unix://", 7) == 0) {
        const char *p = url + 7, *q = strchr(p, '?');
        size_t n = q ? (size_t)(q - p) : strlen(p);
        if (n == 0 || p[0] != '/')
            return dy_fail(err, DAYONE_EINVAL, "unix:// needs an absolute socket path");
        if (!(b->path = dy_malloc(n + 1)))
            return dy_fail(err, DAYONE_ENOMEM, "out of memory");
        memcpy(b->path, p, n);
        b->path[n] = '\0';
        if (q) {
            char *end;
            if (strncmp(q, "?db=", 4) != 0 || (b->db = (int)strtol(q + 4, &end, 10)) < 0 ||
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
    if (!(b->host = dy_malloc((size_t)(e - h) + 1)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    memcpy(b->host, h, (size_t)(e - h));
    b->host[e - h] = '\0';
    b->port = 6379;
    char *end;
    if (*e == ':') {
        long port = strtol(e + 1, &end, 10);
        if (end == e + 1 || port < 1 || port > 65535 || (*end && *end != '/'))
            return dy_fail(err, DAYONE_EINVAL, "redis:// URL: bad port");
        b->port = (int)port;
        e = end;
    }
    if (*e == '/' && e[1]) {
        long db = strtol(e + 1, &end, 10);
        if (end == e + 1 || db < 0 || *end)
            return dy_fail(err, DAYONE_EINVAL, "redis:// URL: bad database number");
        b->db = (int)db;
    }
    return DAYONE_OK;
}

static struct timeval tv_ms(int ms)
{
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    return tv;
}

int dayone_limiter_attach_redis(dayone_limiter *lim, const dayone_redis_options *opts,
                                dayone_error *err)
{
    dy_backend *b = NULL;
    redisContext *c = NULL;
    int rc = DAYONE_OK;
    if (!lim || !opts || !opts->url)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_attach_redis: limiter, options "
                                           "and url are required");
    if (opts->version < 1)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_attach_redis: options version %u",
                       opts->version);
    dy_backend **slot = dy_limiter_backend_slot(lim);
    if (*slot)
        return dy_fail(err, DAYONE_EINVAL, "a backend is already attached");
    if (opts->connect_timeout_ms < 0 || opts->command_timeout_ms < 0 ||
        opts->connect_timeout_ms > 60000 || opts->command_timeout_ms > 60000)
        return dy_fail(err, DAYONE_EINVAL, "timeouts must be 0..60000 ms");
    if (!(b = dy_calloc(1, sizeof *b)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    for (int i = 0; i < NEAR_STRIPES; i++)
        pthread_mutex_init(&b->near_mu[i], NULL);
    if ((rc = parse_url(b, opts->url, err)) != DAYONE_OK)
        goto done;
    if (opts->db >= 0)
        b->db = opts->db;
    if (opts->password_env && opts->password_env[0]) {
        const char *pw = getenv(opts->password_env);
        if (!pw || !*pw) {
            rc = dy_fail(err, DAYONE_EINVAL, "password_env: %.128s is not set",
                         opts->password_env);
            goto done;
        }
        b->password_len = strlen(pw);
        if (!(b->password = dy_malloc(b->password_len + 1))) {
            rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
            goto done;
        }
        memcpy(b->password, pw, b->password_len + 1);
    }
    int cms = opts->connect_timeout_ms ? opts->connect_timeout_ms : 50;
    int tms = opts->command_timeout_ms ? opts->command_timeout_ms : 50;
    b->connect_tv = tv_ms(cms);
    b->command_tv = tv_ms(tms);
    const char *prefix = opts->key_prefix ? opts->key_prefix : "dayone:";
    b->prefix_len = strlen(prefix);
    if (b->prefix_len > 256 || strchr(prefix, '{')) {
        rc = dy_fail(err, DAYONE_EINVAL, "key_prefix: at most 256 bytes, without '{'");
        goto done;
    }
    b->npool = opts->pool_size ? opts->pool_size : 4;
    if (b->npool > 64) {
        rc = dy_fail(err, DAYONE_EINVAL, "pool_size: at most 64");
        goto done;
    }
    b->near = opts->near_cache != 0;
    b->client_clock = opts->clock_from_request != 0;
    b->prefix = dy_strdup(prefix);
    b->pool = dy_calloc(b->npool, sizeof *b->pool);
    b->near_tab = b->near ? dy_calloc(NEAR_SLOTS, sizeof *b->near_tab) : NULL;
    if (!b->prefix || !b->pool || (b->near && !b->near_tab)) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    for (unsigned i = 0; i < b->npool; i++)
        pthread_mutex_init(&b->pool[i].mu, NULL);
    b->near_seed = dy_hash_final((uint64_t)(uintptr_t)b ^ (uint64_t)dy_monotonic_ns());
    atomic_init(&b->backoff, BACKOFF_MIN_NS);
    char why[300];
    if (!(c = open_conn(b, why, sizeof why)) || load_script(b, c, 1, why, sizeof why) != 0) {
        rc = dy_fail(err, DAYONE_EBACKEND, "Redis: %s", why);
        goto done;
    }
    b->pool[0].c = c;
    c = NULL;
    mark_up(b);
    *slot = b;
    b = NULL;
done:
    if (c)
        redisFree(c);
    dy_backend_free(b);
    return rc;
}

int dayone_limiter_backend_status(const dayone_limiter *lim, dayone_backend_status *out)
{
    if (!lim || !out)
        return DAYONE_EINVAL;
    memset(out, 0, sizeof *out);
    const dy_backend *b = *dy_limiter_backend_slot(lim);
    if (!b)
        return DAYONE_OK;
    out->attached = 1;
    out->connected = atomic_load(&b->connected);
    out->round_trips = atomic_load(&b->round_trips);
    out->errors = atomic_load(&b->errors);
    out->fallbacks_local = atomic_load(&b->fb_local);
    out->fallbacks_open = atomic_load(&b->fb_open);
    out->fallbacks_closed = atomic_load(&b->fb_closed);
    out->reconnects = atomic_load(&b->reconnects);
    out->near_cache_hits = atomic_load(&b->near_hits);
    out->script_loads = atomic_load(&b->script_loads);
    return DAYONE_OK;
}
