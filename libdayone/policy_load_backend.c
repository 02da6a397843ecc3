/* policy_load_backend.c - the optional `backend:` section:
 *
 *   backend:
 *     redis: {url: "redis://127.0.0.1:6379/0", password_env: REDIS_PASSWORD,
 *             db: 0, connect_timeout_ms: 50, command_timeout_ms: 50,
 *             near_cache: true, key_prefix: "dayone:"}
 *
 * The policy names the variable holding the password, never the password.
 * Loading only records the settings; dayone_limiter_attach_redis() uses
 * them (dayone_redis_options_from_policy). */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "dayone/redis.h"
#include "error.h"
#include "policy_load_backend.h"
#include "policy_schema.h"

static int copy_string(dy_yctx *ctx, const dy_ynode *v, const char *what, char *out,
                       size_t size)
{
    char *s = NULL;
    int rc = dy_y_string(ctx, v, what, &s);
    if (rc)
        return rc;
    if (strlen(s) >= size)
        rc = dy_y_error(ctx, v, "%s is longer than %zu bytes", what, size - 1);
    else
        memcpy(out, s, strlen(s) + 1);
    dy_free(s);
    return rc;
}

static int load_ms(dy_yctx *ctx, const dy_ynode *m, const char *key, int *out)
{
    const dy_ynode *v = dy_y_get(m, key);
    int64_t x;
    int rc;
    if (!v)
        return DAYONE_OK;
    if ((rc = dy_y_int(ctx, v, key, 1, 60000, &x)))
        return rc;
    *out = (int)x;
    return DAYONE_OK;
}

int dy_load_backend(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    const dy_ynode *r, *v;
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "backend")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_backend)) ||
        (rc = dy_y_require(ctx, n, "redis", "backend", &r)) ||
        (rc = dy_y_expect_map(ctx, r, "backend.redis")) ||
        (rc = dy_schema_check_keys(ctx, r, &dy_schema_redis)) ||
        (rc = dy_y_require(ctx, r, "url", "backend.redis", &v)))
        return rc;
    dy_redis_conf *c = dy_calloc(1, sizeof *c);
    if (!c)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    p->redis = c;
    c->db = -1;
    c->connect_timeout_ms = 50;
    c->command_timeout_ms = 50;
    if ((rc = copy_string(ctx, v, "url", c->url, sizeof c->url)))
        return rc;
    if (strchr(c->url, '@')) /* never echo it: it may hold a password */
        return dy_y_error(ctx, v, "url must not carry credentials: name the password's "
                                  "variable in password_env");
    if ((v = dy_y_get(r, "password_env"))) {
        char *name = NULL;
        if ((rc = dy_y_env_name(ctx, v, "password_env", &name)))
            return rc;
        rc = strlen(name) < sizeof c->password_env ? DAYONE_OK
             : dy_y_error(ctx, v, "password_env is too long");
        if (!rc)
            memcpy(c->password_env, name, strlen(name) + 1);
        dy_free(name);
        if (rc)
            return rc;
    }
    if ((v = dy_y_get(r, "db"))) {
        int64_t db;
        if ((rc = dy_y_int(ctx, v, "db", 0, 1000000, &db)))
            return rc;
        c->db = (int)db;
    }
    if ((rc = load_ms(ctx, r, "connect_timeout_ms", &c->connect_timeout_ms)) ||
        (rc = load_ms(ctx, r, "command_timeout_ms", &c->command_timeout_ms)))
        return rc;
    if ((v = dy_y_get(r, "near_cache")) && (rc = dy_y_bool(ctx, v, "near_cache", &c->near_cache)))
        return rc;
    if ((v = dy_y_get(r, "key_prefix"))) {
        if ((rc = copy_string(ctx, v, "key_prefix", c->key_prefix, sizeof c->key_prefix)))
            return rc;
        c->has_key_prefix = 1;
    }
    return DAYONE_OK;
}

int dayone_redis_options_from_policy(const dayone_policy *policy, dayone_redis_options *out,
                                     dayone_error *err)
{
    if (!policy || !out)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_redis_options_from_policy: policy and out are required");
    const dy_redis_conf *c = policy->redis;
    if (!c)
        return dy_fail(err, DAYONE_ENOTFOUND, "the policy has no backend.redis section");
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = c->url;
    o.password_env = c->password_env[0] ? c->password_env : NULL;
    o.db = c->db;
    o.connect_timeout_ms = c->connect_timeout_ms;
    o.command_timeout_ms = c->command_timeout_ms;
    o.near_cache = c->near_cache;
    o.key_prefix = c->has_key_prefix ? c->key_prefix : NULL;
    *out = o;
    return DAYONE_OK;
}
