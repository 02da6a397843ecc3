/* redis_backend.c - the limiter's shared state in Redis: attach, health and
 * release (see dayone/redis.h for the contract and docs/redis.md).
 *
 * The backend is assembled from one file per stage:
 *   redis_conn.c    where the server is, the connection pool, back-off
 *   redis_near.c    the near cache of recent denials
 *   redis_keys.c    a step's keys (TATs, quota counter, ban)
 *   redis_decide.c  rate steps in one round trip, fallbacks
 *   redis_batch.c   many decisions in one script call
 *   redis_reply.c   the script's reply, checked and made a decision
 *   redis_script.c  the Lua decision script
 *   redis_bans.c    bans shared by every limiter on the key prefix
 *   redis_reset.c   limit_reset: a tenant's keys reset in one script
 * and handed to the limiter through the seam in limiter_backend.h. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "clock.h"
#include "dayone/redis.h"
#include "error.h"
#include "hash.h"
#include "limiter.h"
#include "redis_bans.h"
#include "redis_batch.h"
#include "redis_decide.h"
#include "redis_keys.h"
#include "redis_reset.h"

static void redis_free(void *self)
{
    dy_redis *b = self;
    if (!b)
        return;
    dy_redis_pool_free(&b->pool);
    dy_redis_near_free(&b->near);
    dy_free(b->prefix);
    dy_free(b->ban_index);
    dy_free(b);
}

static void redis_status(const void *self, dayone_backend_status *out)
{
    const dy_redis *b = self;
    out->connected = atomic_load(&b->pool.connected);
    out->round_trips = atomic_load(&b->round_trips);
    out->errors = atomic_load(&b->pool.errors);
    out->fallbacks_local = atomic_load(&b->fb_local);
    out->fallbacks_open = atomic_load(&b->fb_open);
    out->fallbacks_closed = atomic_load(&b->fb_closed);
    out->reconnects = atomic_load(&b->pool.reconnects);
    out->near_cache_hits = atomic_load(&b->near_hits);
    out->script_loads = atomic_load(&b->pool.script_loads);
    out->pool_wait_timeouts = atomic_load(&b->pool.pool_wait_timeouts);
}

static const dy_backend_ops redis_ops = {dy_redis_decide, redis_status, redis_free,
                                         dy_redis_ban,    dy_redis_unban, dy_redis_bans,
                                         dy_redis_reset};
/* With clock_from_request (tests, simulations) a ban's end is on the
 * requests' clock, which Redis cannot keep: bans stay in process. */
static const dy_backend_ops redis_ops_client_clock = {dy_redis_decide, redis_status, redis_free,
                                                      NULL, NULL, NULL, dy_redis_reset};

/* How long attach waits for the scripts to load (see redis_attach). */
#define DY_REDIS_ATTACH_LOAD_MS 1000

static struct timeval tv_ms(int ms)
{
    struct timeval tv = {ms / 1000, (ms % 1000) * 1000};
    return tv;
}

/* The password from the variable named by password_env: copied, never shown. */
static int read_password(dy_redis_pool *p, const char *name, dayone_error *err)
{
    const char *pw = getenv(name);
    if (!pw || !*pw)
        return dy_fail(err, DAYONE_EINVAL, "password_env: %.128s is not set", name);
    p->password_len = strlen(pw);
    if (!(p->password = dy_malloc(p->password_len + 1)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    memcpy(p->password, pw, p->password_len + 1);
    return DAYONE_OK;
}

int dayone_limiter_attach_redis(dayone_limiter *lim, const dayone_redis_options *opts,
                                dayone_error *err)
{
    dy_redis *b = NULL;
    redisContext *c = NULL;
    int rc = DAYONE_OK;
    if (!lim || !opts || !opts->url)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_attach_redis: limiter, options "
                                           "and url are required");
    if (opts->version < 1)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_attach_redis: options version %u",
                       opts->version);
    if (dy_limiter_has_backend(lim))
        return dy_fail(err, DAYONE_EINVAL, "a backend is already attached");
    if (opts->connect_timeout_ms < 0 || opts->command_timeout_ms < 0 ||
        opts->connect_timeout_ms > 60000 || opts->command_timeout_ms > 60000)
        return dy_fail(err, DAYONE_EINVAL, "timeouts must be 0..60000 ms");
    if (!(b = dy_calloc(1, sizeof *b)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    dy_redis_pool *p = &b->pool;
    if ((rc = dy_redis_pool_parse_url(p, opts->url, err)) != DAYONE_OK)
        goto done;
    if (opts->db >= 0)
        p->db = opts->db;
    if (opts->password_env && opts->password_env[0] &&
        (rc = read_password(p, opts->password_env, err)) != DAYONE_OK)
        goto done;
    p->connect_tv = tv_ms(opts->connect_timeout_ms ? opts->connect_timeout_ms : 50);
    p->command_tv = tv_ms(opts->command_timeout_ms ? opts->command_timeout_ms : 50);
    const char *prefix = opts->key_prefix ? opts->key_prefix : "dayone:";
    b->prefix_len = strlen(prefix);
    if (b->prefix_len > 256 || strchr(prefix, '{')) {
        rc = dy_fail(err, DAYONE_EINVAL, "key_prefix: at most 256 bytes, without '{'");
        goto done;
    }
    unsigned npool = opts->pool_size ? opts->pool_size : 4;
    if (npool > 64) {
        rc = dy_fail(err, DAYONE_EINVAL, "pool_size: at most 64");
        goto done;
    }
    int busy_poll_us = opts->version >= 2 ? opts->busy_poll_us : 0; /* older callers: none */
    if (busy_poll_us < 0 || busy_poll_us > 1000) {
        rc = dy_fail(err, DAYONE_EINVAL, "busy_poll_us: 0..1000");
        goto done;
    }
    p->busy_poll_ns = (int64_t)busy_poll_us * 1000;
    b->use_near = opts->near_cache != 0;
    b->client_clock = opts->clock_from_request != 0;
    uint64_t seed = dy_hash_final((uint64_t)(uintptr_t)b ^ (uint64_t)dy_monotonic_ns());
    if (!(b->prefix = dy_strdup(prefix)) ||
        !(b->ban_index = dy_redis_ban_index_key(prefix, b->prefix_len, &b->ban_index_len)) ||
        dy_redis_pool_init(p, npool) != DAYONE_OK ||
        (b->use_near && dy_redis_near_init(&b->near, seed) != DAYONE_OK)) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    char why[300] = "";
    /* Loading the scripts compiles ~20 KB of Lua on the server once: at
     * attach (a start-up step) it may take up to DY_REDIS_ATTACH_LOAD_MS,
     * or the command timeout when that is longer - a busy server must not
     * fail a start that a decision's 50 ms bound was never meant for. */
    int load_ms = opts->command_timeout_ms > DY_REDIS_ATTACH_LOAD_MS ? opts->command_timeout_ms
                                                                     : DY_REDIS_ATTACH_LOAD_MS;
    if (!(c = dy_redis_open(p, why, sizeof why)) ||
        redisSetTimeout(c, tv_ms(load_ms)) != REDIS_OK ||
        dy_redis_load_script(p, c, why, sizeof why) != 0 ||
        dy_redis_batch_load(p, c, b->batch_sha, why, sizeof why) != 0 ||
        redisSetTimeout(c, p->command_tv) != REDIS_OK) {
        if (c && !why[0])
            snprintf(why, sizeof why, "cannot set the command timeout");
        rc = dy_fail(err, DAYONE_EBACKEND, "Redis: %s", why);
        goto done;
    }
    dy_redis_pool_adopt(p, c);
    c = NULL;
    dy_redis_mark_up(p);
    if ((rc = dy_limiter_attach_backend(lim, b->client_clock ? &redis_ops_client_clock : &redis_ops,
                                        b, err)) != DAYONE_OK)
        goto done;
    b = NULL;
done:
    if (c)
        redisFree(c);
    redis_free(b);
    return rc;
}
