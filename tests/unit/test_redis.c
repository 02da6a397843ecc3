/* test_redis.c - the Redis backend against a real redis-server (no mocks).
 *
 * Each test starts its own redis-server on a unix socket in a temporary
 * directory (`--port 0 --save '' --appendonly no`), because some tests kill
 * it with SIGKILL and start a new one on the same socket. Without
 * redis-server the suite FAILS, naming the package to install.
 *
 *   - the policy's backend.redis section, URL and option errors
 *   - every decide conformance vector, exactly, with the request clock
 *     (clock_from_request) - the same verdicts as the in-process limiter
 *   - a same-instant burst with Redis TIME (the default clock)
 *   - the quota counter in Redis when usage is unknown, keys expire
 *   - the batch form: one round trip, same verdicts as one by one; one
 *     script call per bounded batch, repeated keys and several cluster slots
 *     in one call, a ban and a failing key inside a batch
 *   - a TAT key holding no number: the limit's on_backend_failure decides
 *   - a limit of several rates: one trace, in process and in Redis, alike
 *   - two processes share one budget
 *   - kill -9 mid-run: failure policy per limit, bounded latency, recovery
 *   - SCRIPT FLUSH: NOSCRIPT recovers; AUTH with the password from env
 *   - the near cache */
#include "testutil.h"
#include <errno.h>
#include <dirent.h>
#include <fcntl.h>
#include <hiredis/hiredis.h>
#include <pthread.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/un.h>
#include <sys/socket.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <yaml.h>
#include "dayone.h"
#include "policy.h"
#include "redis_batch.h"
#include "redis_reply.h"
#include "redis_script.h"
#include "redis_server.h"

/* ---- a private redis-server ------------------------------------------------ */

static test_redis_server g_srv;
static char g_url[320];
static int g_prefix_n;

static int64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* A connection for the test's own commands, every reply bounded too: a
 * stopped or lost server fails the test instead of hanging it. */
enum { ADMIN_TIMEOUT_S = 5 };

static redisContext *admin(void)
{
    struct timeval tv = {ADMIN_TIMEOUT_S, 0};
    redisContext *c = redisConnectUnixWithTimeout(g_srv.sock, tv);
    if (c && !c->err && redisSetTimeout(c, tv) != REDIS_OK) {
        redisFree(c);
        return NULL;
    }
    return c;
}

/* Start redis-server on g_srv.sock (optionally with a password). echo_auth:
 * rename AUTH away, so the server answers "unknown command 'AUTH', with
 * args beginning with: '<password>'" - a reply that quotes the secret. */
static void server_start_with(const char *password, int echo_auth)
{
    const char *no_auth[] = {"--rename-command", "AUTH", "", NULL};
    const char *with_password[] = {"--requirepass", password, NULL};
    test_redis_server_start(&g_srv, echo_auth ? no_auth : password ? with_password : NULL);
    snprintf(g_url, sizeof g_url, "unix://%s", g_srv.sock);
}

static void server_start(const char *password)
{
    server_start_with(password, 0);
}

static void server_kill(void)
{
    test_redis_server_stop(&g_srv);
}

/* Signal the private server. Never kill(0, sig) for a server that is not
 * running: that would signal the test's whole process group. */
static void server_signal(int sig)
{
    if (g_srv.pid <= 0)
        fail_msg("redis-server is not running: cannot send it signal %d", sig);
    assert_int_equal(kill(g_srv.pid, sig), 0);
}

/* Teardown of a test that stops the server: resumed even when the test
 * failed while it was stopped, or every later test would fail on it. */
static int server_resume(void **state)
{
    (void)state;
    if (g_srv.pid > 0)
        kill(g_srv.pid, SIGCONT);
    return 0;
}

static int setup(void **state)
{
    (void)state;
    server_start(NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    server_kill();
    return 0;
}

static redisReply *admin_cmd(const char *fmt, const char *arg)
{
    redisContext *c = admin();
    if (!c || c->err)
        fail_msg("cannot connect to redis-server on %s: %s", g_srv.sock,
                 c ? c->errstr : "out of memory");
    redisReply *r = redisCommand(c, fmt, arg);
    char why[128];
    snprintf(why, sizeof why, "%s", c->errstr);
    redisFree(c);
    if (!r)
        fail_msg("redis-server did not answer '%s' within %d s: %s", fmt, ADMIN_TIMEOUT_S, why);
    return r;
}

/* A fresh key prefix per limiter, so tests never see each other's state. */
static const char *fresh_prefix(char *buf, size_t size)
{
    snprintf(buf, size, "t%d:%d:", (int)getpid(), ++g_prefix_n);
    return buf;
}

static dayone_policy *policy_from(const char *yaml)
{
    dayone_policy *p = NULL;
    dayone_error err = {0};
    int rc = dayone_policy_load_string(&p, yaml, strlen(yaml), "test.yaml", &err);
    if (rc != DAYONE_OK)
        fail_msg("policy: %s", err.message);
    return p;
}

static dayone_limiter *redis_limiter(const dayone_policy *p, dayone_enforcement enf,
                                     dayone_redis_options *o)
{
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    dayone_limiter_options lo = DAYONE_LIMITER_OPTIONS_INIT;
    lo.enforcement = enf;
    assert_int_equal(dayone_limiter_new(&lim, p, &lo, &err), DAYONE_OK);
    char prefix[64];
    dayone_redis_options def = DAYONE_REDIS_OPTIONS_INIT;
    /* Tests that are not about latency get room for a slow machine: under
     * ThreadSanitizer beside other suites, SCRIPT LOAD can take longer than
     * the 50 ms default. The outage tests set their own short timeouts. */
    def.command_timeout_ms = 2000;
    def.connect_timeout_ms = 2000;
    if (!o)
        o = &def;
    if (!o->url)
        o->url = g_url;
    if (!o->key_prefix)
        o->key_prefix = fresh_prefix(prefix, sizeof prefix);
    int rc = dayone_limiter_attach_redis(lim, o, &err);
    if (rc != DAYONE_OK)
        fail_msg("attach: %s", err.message);
    o->key_prefix = NULL;
    return lim;
}

/* A limiter on Redis under a fresh key prefix, written to `prefix`: for
 * tests that write its keys themselves. */
static dayone_limiter *limiter_under_prefix(const dayone_policy *p, char *prefix, size_t size)
{
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    o.key_prefix = fresh_prefix(prefix, size);
    return redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
}

/* The three limiters a parity test compares, all on the request's clock:
 * in process, through Redis one decision a call (polling for the reply
 * `busy_poll_us` first), and through Redis in batches. */
static void parity_limiters(const dayone_policy *p, int busy_poll_us, dayone_limiter **in,
                            dayone_limiter **one, dayone_limiter **many)
{
    dayone_error err = {0};
    dayone_limiter_options lo = DAYONE_LIMITER_OPTIONS_INIT;
    *in = NULL;
    assert_int_equal(dayone_limiter_new(in, p, &lo, &err), DAYONE_OK);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.clock_from_request = 1;
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    o.busy_poll_us = busy_poll_us;
    *one = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    o.busy_poll_us = 0;
    *many = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
}

static dayone_backend_status status_of(const dayone_limiter *lim)
{
    dayone_backend_status s;
    assert_int_equal(dayone_limiter_backend_status(lim, &s), DAYONE_OK);
    return s;
}

static const char *POLICY =
    "version: 1\n"
    "billing: {enforcement: strict, periods: {daily: day}}\n"
    "plans:\n"
    "  - name: p\n"
    "    limits:\n"
    "      api: {rps: 100, burst: 10}\n"
    "      odd: {rpm: 7, burst: 3}\n"
    "      open: {rps: 1, burst: 2, on_backend_failure: fail_open}\n"
    "      closed: {rps: 1, burst: 2, on_backend_failure: fail_closed}\n"
    "      local: {rps: 1, burst: 2, on_backend_failure: local}\n"
    "      events: {rps: 1000, burst: 1000, quota: monthly}\n"
    "      exports: {rps: 1000, burst: 1000, quota: daily}\n"
    "      free: unlimited\n"
    "      gone: none\n"
    "    quotas: {monthly: 5, daily: 2}\n";

static int decide(dayone_limiter *lim, const char *key, const char *limit, int64_t usage,
                  dayone_decision *d)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_error err = {0};
    r.key = key;
    r.plan = "p";
    r.limit = limit;
    r.usage = usage;
    memset(d, 0, sizeof *d);
    return dayone_limiter_decide(lim, &r, d, &err);
}

/* ---- policy and options -------------------------------------------------- */

static void test_policy_section(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(
        "version: 1\n"
        "backend:\n"
        "  redis: {url: \"redis://127.0.0.1:6390/2\", password_env: REDIS_PW, db: 3,\n"
        "          connect_timeout_ms: 20, command_timeout_ms: 30, near_cache: true,\n"
        "          key_prefix: \"app:\"}\n");
    dayone_redis_options o;
    dayone_error err = {0};
    assert_int_equal(dayone_redis_options_from_policy(p, &o, &err), DAYONE_OK);
    assert_string_equal(o.url, "redis://127.0.0.1:6390/2");
    assert_string_equal(o.password_env, "REDIS_PW");
    assert_int_equal(o.db, 3);
    assert_int_equal(o.connect_timeout_ms, 20);
    assert_int_equal(o.command_timeout_ms, 30);
    assert_int_equal(o.near_cache, 1);
    assert_string_equal(o.key_prefix, "app:");
    dayone_policy_free(p);

    p = policy_from("version: 1\n");
    assert_int_equal(dayone_redis_options_from_policy(p, &o, &err), DAYONE_ENOTFOUND);
    dayone_policy_free(p);

    const char *bad[] = {
        "version: 1\nbackend: {redis: {url: \"redis://u:hunter2secret@h\"}}\n",
        "version: 1\nbackend: {redis: {}}\n",
        "version: 1\nbackend: {memcached: {}}\n",
        "version: 1\nbackend: {redis: {url: x, password_env: \"not a name\"}}\n",
        "version: 1\nbackend: {redis: {url: x, command_timeout_ms: 0}}\n",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dayone_policy *q = NULL;
        memset(&err, 0, sizeof err);
        assert_int_equal(dayone_policy_load_string(&q, bad[i], strlen(bad[i]), "b.yaml", &err),
                         DAYONE_EPOLICY);
        assert_null(strstr(err.message, "hunter2"));
        assert_true(err.line > 0);
    }
}

static void test_url_errors(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    struct { const char *url; int rc; const char *msg; } cases[] = {
        {"rediss://h:6379", DAYONE_EINVAL, "TLS not supported by this hiredis build"},
        {"redis://user:s3cretpass@h:6379", DAYONE_EINVAL, "password_env"},
        {"http://h", DAYONE_EINVAL, "scheme"},
        {"redis://h:99999", DAYONE_EINVAL, "port"},
        {"unix://relative", DAYONE_EINVAL, "absolute"},
        {"unix:///nonexistent/dir/sock", DAYONE_EBACKEND, "/nonexistent/dir/sock"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
        o.url = cases[i].url;
        memset(&err, 0, sizeof err);
        assert_int_equal(dayone_limiter_attach_redis(lim, &o, &err), cases[i].rc);
        if (!strstr(err.message, cases[i].msg))
            fail_msg("%s: message \"%s\"", cases[i].url, err.message);
        assert_null(strstr(err.message, "s3cret"));
    }
    /* Still in-process after failed attaches. */
    dayone_backend_status s = status_of(lim);
    assert_int_equal(s.attached, 0);
    dayone_decision d;
    assert_int_equal(decide(lim, "k", "api", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* busy_poll_us: 0..1000, read only from options of version 2 on. */
static void test_busy_poll_option(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    static const int bad[] = {-1, 1001};
    for (size_t i = 0; i < 2; i++) {
        dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
        o.url = g_url;
        o.busy_poll_us = bad[i];
        assert_int_equal(dayone_limiter_attach_redis(lim, &o, &err), DAYONE_EINVAL);
        assert_non_null(strstr(err.message, "busy_poll_us: 0..1000"));
    }
    assert_int_equal(status_of(lim).attached, 0);
    dayone_limiter_free(lim);
    /* A version-1 caller's struct has no such field: whatever lies there is
     * not read. */
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.version = 1;
    o.busy_poll_us = -7;
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    dayone_decision d;
    assert_int_equal(decide(lim, "v1", "api", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(status_of(lim).round_trips, 1);
    dayone_limiter_free(lim);
    /* Polling for at most 1 ms, decisions are those of Redis, as without. */
    o = (dayone_redis_options)DAYONE_REDIS_OPTIONS_INIT;
    o.busy_poll_us = 1000;
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    int64_t t0 = mono_ns();
    for (int i = 0; i < 10; i++) { /* burst 10 */
        assert_int_equal(decide(lim, "polled", "api", -1, &d), DAYONE_OK);
        assert_int_equal(d.outcome, DAYONE_ALLOW);
    }
    assert_int_equal(decide(lim, "polled", "api", -1, &d), DAYONE_OK);
    if (mono_ns() - t0 < 9000000) /* the 11th before a token refilled */
        assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(status_of(lim).round_trips, 11);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* ---- conformance vectors ----------------------------------------------- */

typedef struct vec {
    yaml_document_t doc;
    char fail[2048];
} vec;

static yaml_node_t *vnode(vec *v, int id) { return yaml_document_get_node(&v->doc, id); }

static yaml_node_t *vget(vec *v, yaml_node_t *m, const char *key)
{
    if (!m || m->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        yaml_node_t *k = vnode(v, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp((char *)k->data.scalar.value, key) == 0)
            return vnode(v, p->value);
    }
    return NULL;
}

static const char *vstr(yaml_node_t *n)
{
    if (!n || n->type != YAML_SCALAR_NODE)
        return NULL;
    const char *s = (const char *)n->data.scalar.value;
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE && strcmp(s, "null") == 0)
        return NULL;
    return s;
}

static int64_t vnum(yaml_node_t *n, int64_t def)
{
    const char *s = vstr(n);
    return s ? strtoll(s, NULL, 10) : def;
}

static void vfail(vec *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void vfail(vec *v, const char *fmt, ...)
{
    size_t n = strlen(v->fail);
    if (n > sizeof v->fail - 64)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->fail + n, sizeof v->fail - n, fmt, ap);
    va_end(ap);
}

/* `headers` (tests/conformance/decide/README.md): the exact header set, as
 * the bindings build it - Retry-After only on a denial, a writer's
 * DAYONE_ENOTFOUND left out, any other failure reported. */
static void vheaders(vec *v, size_t idx, yaml_node_t *want, const dayone_decision *d,
                     const char *limit)
{
    static const char *const names[] = {"Retry-After", "RateLimit", "RateLimit-Policy"};
    char buf[3][256];
    int rc[3] = {dayone_decision_retry_after(d, buf[0], sizeof buf[0]),
                 dayone_decision_ratelimit(d, limit, buf[1], sizeof buf[1]),
                 dayone_decision_ratelimit_policy(d, limit, buf[2], sizeof buf[2])};
    if (d->allowed && rc[0] >= 0)
        rc[0] = DAYONE_ENOTFOUND;
    for (int i = 0; i < 3; i++) {
        const char *w = vstr(vget(v, want, names[i]));
        const char *got = rc[i] >= 0 ? buf[i] : rc[i] == DAYONE_ENOTFOUND ? NULL : "<error>";
        if ((w == NULL) != (got == NULL) || (w && strcmp(w, got) != 0))
            vfail(v, "step %zu: %s %s, expected %s; ", idx, names[i], got ? got : "absent",
                  w ? w : "absent");
    }
}

/* `rates` (tests/conformance/decide/README.md): each rate of a limit of
 * several, all six fields, in order. */
static void vrates(vec *v, size_t idx, yaml_node_t *want, const dayone_decision *d)
{
    static const char *const names[] = {"rate", "rate_period_ns", "burst", "remaining",
                                        "reset_after_ns", "retry_after_ns"};
    long n = want && want->type == YAML_SEQUENCE_NODE
                 ? (long)(want->data.sequence.items.top - want->data.sequence.items.start)
                 : -1;
    if (n != d->nrates) {
        vfail(v, "step %zu: %d rates, expected %ld; ", idx, d->nrates, n);
        return;
    }
    for (long k = 0; k < n; k++) {
        yaml_node_t *o = vnode(v, want->data.sequence.items.start[k]);
        const dayone_rate_state *r = &d->rates[k];
        const int64_t got[6] = {r->rate, r->rate_period_ns, r->burst, r->remaining,
                                r->reset_after_ns, r->retry_after_ns};
        for (int f = 0; f < 6; f++) {
            int64_t w = vnum(vget(v, o, names[f]), INT64_MIN);
            if (w != got[f])
                vfail(v, "step %zu: rates[%ld].%s %lld, expected %lld; ", idx, k, names[f],
                      (long long)got[f], (long long)w);
        }
    }
}

/* Compare the fields of `exp` with a decision. A step without usage on a
 * limit with a quota is counted in Redis, and its quota_remaining must be
 * what the vector says the in-process count gives: the two agree. */
static void vcheck(vec *v, size_t idx, yaml_node_t *exp, int rc, const dayone_decision *d,
                   const char *limit)
{
    const char *want_err = vstr(vget(v, exp, "error"));
    if (want_err || rc != DAYONE_OK) {
        if (!want_err || strcmp(want_err, dayone_status_name(rc)) != 0)
            vfail(v, "step %zu: error %s, expected %s; ", idx, dayone_status_name(rc),
                  want_err ? want_err : "none");
        return;
    }
    for (yaml_node_pair_t *p = exp->data.mapping.pairs.start; p < exp->data.mapping.pairs.top; p++) {
        const char *k = vstr(vnode(v, p->key));
        yaml_node_t *val = vnode(v, p->value);
        if (!k || strcmp(k, "error") == 0)
            continue;
        if (strcmp(k, "outcome") == 0) {
            if (strcmp(vstr(val), dayone_outcome_name(d->outcome)) != 0)
                vfail(v, "step %zu: outcome %s, expected %s; ", idx,
                      dayone_outcome_name(d->outcome), vstr(val));
            continue;
        }
        if (strcmp(k, "upgrade_plan") == 0 || strcmp(k, "reason") == 0 ||
            strcmp(k, "override_reason") == 0) {
            const char *want = vstr(val) ? vstr(val) : "";
            const char *got = k[0] == 'u' ? d->upgrade_plan
                              : k[0] == 'r' ? d->reason : d->override_reason;
            if (strcmp(want, got) != 0)
                vfail(v, "step %zu: %s \"%s\", expected \"%s\"; ", idx, k, got, want);
            continue;
        }
        if (strcmp(k, "headers") == 0) {
            vheaders(v, idx, val, d, limit);
            continue;
        }
        if (strcmp(k, "rates") == 0) {
            vrates(v, idx, val, d);
            continue;
        }
        int64_t got = 0, want = vnum(val, 0);
        if (strcmp(k, "status") == 0) got = d->status;
        else if (strcmp(k, "allowed") == 0) got = d->allowed;
        else if (strcmp(k, "retry_after_ns") == 0) got = d->retry_after_ns;
        else if (strcmp(k, "reset_after_ns") == 0) got = d->reset_after_ns;
        else if (strcmp(k, "remaining") == 0) got = d->remaining;
        else if (strcmp(k, "limit") == 0) got = d->limit;
        else if (strcmp(k, "burst") == 0) got = d->burst;
        else if (strcmp(k, "window_ns") == 0) got = d->window_ns;
        else if (strcmp(k, "rate") == 0) got = d->rate;
        else if (strcmp(k, "rate_period_ns") == 0) got = d->rate_period_ns;
        else if (strcmp(k, "quota_remaining") == 0) got = d->quota_remaining;
        else if (strcmp(k, "quota_reset_unix_s") == 0) got = d->quota_reset_unix_s;
        else if (strcmp(k, "tightest") == 0) got = d->tightest;
        else if (strcmp(k, "override_source") == 0) got = d->override_source;
        else {
            vfail(v, "step %zu: unknown field %s; ", idx, k);
            continue;
        }
        if (got != want)
            vfail(v, "step %zu: %s %lld, expected %lld; ", idx, k, (long long)got,
                  (long long)want);
    }
}

/* A `limit_reset` step (tests/conformance/decide/README.md) on Redis: the
 * same status, decision and audit event as in process. */
static void vreset(vec *v, size_t idx, dayone_limiter *lim, yaml_node_t *m, yaml_node_t *exp)
{
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    dayone_limit_reset rs = DAYONE_LIMIT_RESET_INIT;
    dayone_access_decision ad;
    dayone_error err = {0};
    char *event = NULL;
    a.actor = vstr(vget(v, m, "actor"));
    a.role = vstr(vget(v, m, "role"));
    a.tenant = vstr(vget(v, m, "tenant"));
    a.action = vget(v, m, "action") ? vstr(vget(v, m, "action")) : "limit_reset";
    a.reason = vstr(vget(v, m, "reason"));
    a.ticket = vstr(vget(v, m, "ticket"));
    a.now_unix_s = vnum(vget(v, m, "now"), 0);
    rs.plan = vstr(vget(v, m, "plan"));
    rs.limit = vstr(vget(v, m, "limit"));
    rs.credit = vnum(vget(v, m, "credit"), 0);
    rs.now_ns = vnum(vget(v, m, "now_ns"), 0);
    rs.period_anchor_unix_s = vnum(vget(v, m, "period_anchor_unix_s"), 0);
    rs.wall_ns = vnum(vget(v, m, "wall_ns"), 0);
    const char *what = vstr(vget(v, m, "what"));
    rs.what = !what || strcmp(what, "both") == 0 ? 0
              : strcmp(what, "rate") == 0        ? DAYONE_RESET_RATE
              : strcmp(what, "quota") == 0       ? DAYONE_RESET_QUOTA
                                                 : 4u;
    int rc = dayone_limiter_limit_reset(lim, &a, &rs, &ad, &event, &err);
    const char *want_err = vstr(vget(v, exp, "error"));
    if (want_err ? strcmp(want_err, dayone_status_name(rc)) != 0 : rc != DAYONE_OK) {
        vfail(v, "step %zu: limit_reset %s (%s), expected %s; ", idx, dayone_status_name(rc),
              err.message, want_err ? want_err : "ok");
    } else if (rc == DAYONE_OK) {
        const char *al = vstr(vget(v, exp, "allowed"));
        const char *code = vstr(vget(v, exp, "code"));
        const char *ev = vstr(vget(v, exp, "event"));
        if (al && ad.allowed != (strcmp(al, "true") == 0))
            vfail(v, "step %zu: limit_reset allowed %d; ", idx, ad.allowed);
        if (code && strcmp(code, ad.code) != 0)
            vfail(v, "step %zu: limit_reset code %s, expected %s; ", idx, ad.code, code);
        if (ev && strcmp(ev, event) != 0)
            vfail(v, "step %zu: limit_reset event %s, expected %s; ", idx, event, ev);
    }
    dayone_free(event);
}

static void run_vector(vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    dayone_policy *policy = NULL;
    dayone_error err = {0};
    const char *text = vstr(vget(v, root, "policy"));
    int rc = text ? dayone_policy_load_string(&policy, text, strlen(text), "vector", &err)
                  : dayone_policy_load_default(&policy, &err);
    if (rc != DAYONE_OK) {
        vfail(v, "policy: %s; ", err.message);
        return;
    }
    dayone_enforcement enf = DAYONE_ENFORCEMENT_POLICY;
    const char *es = vstr(vget(v, root, "enforcement"));
    if (es && strcmp(es, "policy") != 0)
        assert_int_equal(dayone_enforcement_parse(&enf, es), DAYONE_OK);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.clock_from_request = 1;
    /* Not a latency test: room for a slow machine (as redis_limiter gives
     * when passed no options), or a stall under a sanitizer times a step
     * out and it falls back. */
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    dayone_limiter *lim = redis_limiter(policy, enf, &o);
    yaml_node_t *steps = vget(v, root, "steps");
    size_t idx = 0;
    for (yaml_node_item_t *it = steps->data.sequence.items.start;
         it < steps->data.sequence.items.top; it++, idx++) {
        yaml_node_t *s = vnode(v, *it);
        if (vget(v, s, "limit_reset")) {
            vreset(v, idx, lim, vget(v, s, "limit_reset"), vget(v, s, "expect"));
            continue;
        }
        yaml_node_t *ov_set = vget(v, s, "override_set"), *ov_clear = vget(v, s, "override_clear");
        if (ov_set || ov_clear) {
            if (ov_set) {
                dayone_override_spec ov = DAYONE_OVERRIDE_SPEC_INIT;
                ov.tenant = vstr(vget(v, ov_set, "tenant"));
                ov.limit = vstr(vget(v, ov_set, "limit"));
                ov.rate = vnum(vget(v, ov_set, "rate"), 0);
                ov.rate_period_ns = vnum(vget(v, ov_set, "rate_period_ns"), 0);
                ov.burst = vnum(vget(v, ov_set, "burst"), 0);
                ov.reason = vstr(vget(v, ov_set, "reason"));
                ov.expires_unix_s = vnum(vget(v, ov_set, "expires_unix_s"), 0);
                rc = dayone_limiter_override_set(lim, &ov, &err);
            } else {
                rc = dayone_limiter_override_clear(lim, vstr(vget(v, ov_clear, "tenant")),
                                                   vstr(vget(v, ov_clear, "limit")), &err);
            }
            const char *want = vstr(vget(v, vget(v, s, "expect"), "error"));
            if (want ? strcmp(want, dayone_status_name(rc)) != 0 : rc != DAYONE_OK)
                vfail(v, "step %zu: override: %s, expected %s; ", idx, dayone_status_name(rc),
                      want ? want : "ok");
            continue;
        }
        dayone_request r = DAYONE_REQUEST_INIT;
        r.now_ns = vnum(vget(v, s, "now_ns"), 0);
        r.key = vstr(vget(v, s, "key"));
        r.plan = vstr(vget(v, s, "plan"));
        r.limit = vstr(vget(v, s, "limit"));
        r.cost = vnum(vget(v, s, "cost"), 1);
        r.feature = vstr(vget(v, s, "feature"));
        r.usage = vnum(vget(v, s, "usage"), -1);
        r.wall_ns = vnum(vget(v, s, "wall_ns"), 0);
        r.period_anchor_unix_s = vnum(vget(v, s, "period_anchor_unix_s"), 0);
        int64_t repeat = vnum(vget(v, s, "repeat"), 1);
        for (int64_t i = 0; i < repeat; i++) {
            dayone_decision d;
            memset(&d, 0, sizeof d);
            rc = dayone_limiter_decide(lim, &r, &d, &err);
            yaml_node_t *all = vget(v, s, "expect_all");
            if (all)
                vcheck(v, idx, all, rc, &d, r.limit);
            if (i == repeat - 1)
                vcheck(v, idx, vget(v, s, "expect"), rc, &d, r.limit);
        }
    }
    dayone_backend_status st = status_of(lim);
    if (st.fallbacks_local || st.fallbacks_open || st.fallbacks_closed || st.errors)
        vfail(v, "backend fell back (%llu errors); ", (unsigned long long)st.errors);
    dayone_limiter_free(lim);
    dayone_policy_free(policy);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_conformance_vectors(void **state)
{
    (void)state;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s", tu_src("tests/conformance/decide"));
    DIR *dp = opendir(dir);
    assert_non_null(dp);
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dp)) && n < 256) {
        size_t l = strlen(e->d_name);
        if (l > 5 && strcmp(e->d_name + l - 5, ".json") == 0)
            names[n++] = strdup(e->d_name);
    }
    closedir(dp);
    qsort(names, n, sizeof names[0], by_name);
    assert_true(n >= 20);
    int failed = 0;
    for (size_t i = 0; i < n; i++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len;
        char *text = tu_read_file(path, &len);
        assert_non_null(text);
        vec v;
        memset(&v, 0, sizeof v);
        yaml_parser_t parser;
        yaml_parser_initialize(&parser);
        yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
        assert_true(yaml_parser_load(&parser, &v.doc));
        yaml_parser_delete(&parser);
        free(text);
        yaml_node_t *only = vget(&v, yaml_document_get_root_node(&v.doc), "in_process_only");
        if (only && vstr(only) && strcmp(vstr(only), "true") == 0) {
            printf("not run against Redis (in-process table only): %s\n", names[i]);
        } else {
            run_vector(&v);
            printf("%s redis %s%s\n", v.fail[0] ? "FAIL" : "ok  ", names[i], v.fail);
        }
        failed += v.fail[0] != 0;
        yaml_document_delete(&v.doc);
        free(names[i]);
    }
    printf("%zu decide vectors against Redis, %d failed\n", n, failed);
    assert_int_equal(failed, 0);
}

/* ---- Redis TIME, quota counter, expiry ------------------------------------ */

static void test_burst_with_redis_time(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, NULL);
    dayone_decision d;
    /* rps 100 burst 10: T = 10 ms. The burst passes at once (well within T). */
    int64_t t0 = mono_ns();
    for (int i = 0; i < 10; i++) {
        assert_int_equal(decide(lim, "burst", "api", -1, &d), DAYONE_OK);
        assert_int_equal(d.outcome, DAYONE_ALLOW);
    }
    assert_int_equal(decide(lim, "burst", "api", -1, &d), DAYONE_OK);
    int64_t el = mono_ns() - t0;
    if (el < 9000000) { /* the 11th comes before the first token refilled */
        assert_int_equal(d.outcome, DAYONE_DENY_RATE);
        assert_string_equal(d.reason, "rate limited");
        assert_true(d.retry_after_ns > 10000000 - el - 1000000);
        assert_true(d.retry_after_ns <= 10000000);
        assert_true(d.reset_after_ns <= 100000000 && d.reset_after_ns > 100000000 - el - 1000000);
    }
    /* The rate key expires with its state. */
    char key[128];
    dayone_backend_status s = status_of(lim);
    assert_true(s.connected);
    assert_true(s.round_trips >= 11);
    snprintf(key, sizeof key, "t%d:%d:{burst}:r:api:10000000:10", (int)getpid(), g_prefix_n);
    redisReply *r = admin_cmd("PTTL %s", key);
    assert_int_equal(r->type, REDIS_REPLY_INTEGER);
    assert_true(r->integer > 0 && r->integer <= 101);
    freeReplyObject(r);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

static void test_quota_counter(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, NULL);
    dayone_decision d;
    for (int i = 0; i < 5; i++) {
        assert_int_equal(decide(lim, "q", "events", -1, &d), DAYONE_OK);
        assert_int_equal(d.outcome, DAYONE_ALLOW);
        assert_int_equal(d.quota_remaining, 4 - i);
    }
    assert_int_equal(decide(lim, "q", "events", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    assert_int_equal(d.status, 402);
    assert_int_equal(d.retry_after_ns, -1);
    assert_int_equal(d.limit, 5);
    assert_int_equal(d.quota_remaining, 0);
    /* A caller's usage wins: checked in-process, the counter is not used. */
    assert_int_equal(decide(lim, "q", "events", 1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 3);
    /* The counter key is this UTC month's and expires after it. */
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char key[128];
    snprintf(key, sizeof key, "t%d:%d:{q}:q:monthly:%04d%02d", (int)getpid(), g_prefix_n,
             tm.tm_year + 1900, tm.tm_mon + 1);
    redisReply *r = admin_cmd("GET %s", key);
    assert_int_equal(r->type, REDIS_REPLY_STRING);
    assert_string_equal(r->str, "5");
    freeReplyObject(r);
    r = admin_cmd("TTL %s", key);
    assert_true(r->integer > 3600 && r->integer <= 32 * 86400);
    freeReplyObject(r);
    dayone_limiter_free(lim);

    /* Soft enforcement: over the counter is an overage, still counted. */
    lim = redis_limiter(p, DAYONE_ENFORCEMENT_SOFT, NULL);
    for (int i = 0; i < 7; i++)
        assert_int_equal(decide(lim, "q", "events", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW_OVERAGE);
    assert_string_equal(d.reason, "quota overage");
    assert_int_equal(d.quota_remaining, 0);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* A quota counted per day (billing.periods): its Redis key is this UTC
 * day's and expires an hour after the day ends, as the in-process count
 * restarts at midnight (dayone/quota.h). */
static void test_quota_counter_per_day(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, NULL);
    dayone_decision d;
    for (int i = 0; i < 2; i++) {
        assert_int_equal(decide(lim, "qd", "exports", -1, &d), DAYONE_OK);
        assert_int_equal(d.outcome, DAYONE_ALLOW);
        assert_int_equal(d.quota_remaining, 1 - i);
    }
    assert_int_equal(decide(lim, "qd", "exports", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char key[128];
    snprintf(key, sizeof key, "t%d:%d:{qd}:q:daily:%04d%02d%02d", (int)getpid(), g_prefix_n,
             tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    redisReply *r = admin_cmd("GET %s", key);
    assert_int_equal(r->type, REDIS_REPLY_STRING);
    assert_string_equal(r->str, "2");
    freeReplyObject(r);
    r = admin_cmd("TTL %s", key);
    assert_true(r->integer > 3600 && r->integer <= 86400 + 3600);
    freeReplyObject(r);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* A quota counted per anchored period: its Redis key names the period's
 * first day (the anchor's day, or the month's last), so two tenants with
 * different anchors count apart and a new period starts from 0; it expires
 * an hour after the period ends. The request's wall time places it. */
static void test_quota_counter_anchored(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "billing: {enforcement: strict, periods: {billing: anchored}}\n"
        "plans:\n"
        "  - name: p\n"
        "    limits:\n"
        "      events: {rps: 1000, burst: 1000, quota: billing}\n"
        "    quotas: {billing: 2}\n"
        "support:\n"
        "  reason_min_length: 10\n"
        "  roles:\n"
        "    engineer: {actions: [limit_reset], max_minutes: 60}\n";
    dayone_policy *p = policy_from(yaml);
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, NULL);
    dayone_decision d;
    dayone_error err = {0};
    dayone_request r = DAYONE_REQUEST_INIT;
    r.plan = "p";
    r.limit = "events";
    /* Now plus a day, anchored on a 31st: the period began on the 31st or
     * on a shorter month's last day, and ends within a month. */
    int64_t wall = (int64_t)time(NULL) + 86400, start, reset;
    int64_t anchor = 1706659200; /* 2024-01-31T00:00:00Z */
    assert_int_equal(dayone_period_bounds(&start, &reset, DAYONE_PERIOD_ANCHORED, anchor, wall),
                     DAYONE_OK);
    r.wall_ns = wall * INT64_C(1000000000);
    r.key = "qa";
    r.period_anchor_unix_s = anchor;
    for (int i = 0; i < 3; i++) {
        memset(&d, 0, sizeof d);
        assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
        assert_int_equal(d.outcome, i < 2 ? DAYONE_ALLOW : DAYONE_DENY_QUOTA);
        assert_int_equal(d.quota_reset_unix_s, reset);
    }
    /* Another tenant, anchored on the 15th, has its own count. */
    r.key = "qb";
    r.period_anchor_unix_s = 1705276800; /* 2024-01-15 */
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 1);
    /* The next period of the first tenant starts from 0. */
    r.key = "qa";
    r.period_anchor_unix_s = anchor;
    r.wall_ns = reset * INT64_C(1000000000);
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 1);
    /* Without an anchor: refused before Redis is asked. */
    r.period_anchor_unix_s = 0;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "'billing'"));
    time_t st = (time_t)start;
    struct tm tm;
    gmtime_r(&st, &tm);
    char key[128];
    snprintf(key, sizeof key, "t%d:%d:{qa}:q:billing:a%04d%02d%02d", (int)getpid(), g_prefix_n,
             tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    redisReply *rep = admin_cmd("GET %s", key);
    assert_int_equal(rep->type, REDIS_REPLY_STRING);
    assert_string_equal(rep->str, "2");
    freeReplyObject(rep);
    rep = admin_cmd("EXPIRETIME %s", key);
    if (rep->type == REDIS_REPLY_INTEGER) /* Redis 7; older servers lack the command */
        assert_int_equal(rep->integer, reset + 3600);
    freeReplyObject(rep);
    rep = admin_cmd("TTL %s", key);
    assert_true(rep->integer > 3600 && rep->integer <= reset + 3600 - (int64_t)time(NULL));
    freeReplyObject(rep);
    /* A staff reset of the count names the anchor, as the requests do:
     * without it, refused and nothing changed; with it, that period's key
     * (the same the decisions use) goes. */
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    a.actor = "ana@dayone-test.invalid";
    a.role = "engineer";
    a.tenant = "qa";
    a.action = "limit_reset";
    a.reason = "Customer lost a day of events to our bug";
    dayone_limit_reset rs = DAYONE_LIMIT_RESET_INIT;
    rs.plan = "p";
    rs.limit = "events";
    rs.what = DAYONE_RESET_QUOTA;
    rs.wall_ns = wall * INT64_C(1000000000);
    dayone_access_decision ad;
    char *event = NULL;
    assert_int_equal(dayone_limiter_limit_reset(lim, &a, &rs, &ad, &event, &err), DAYONE_EINVAL);
    assert_null(event);
    rep = admin_cmd("GET %s", key);
    assert_int_equal(rep->type, REDIS_REPLY_STRING);
    freeReplyObject(rep);
    rs.period_anchor_unix_s = anchor;
    assert_int_equal(dayone_limiter_limit_reset(lim, &a, &rs, &ad, &event, &err), DAYONE_OK);
    assert_true(ad.allowed);
    dayone_free(event);
    rep = admin_cmd("EXISTS %s", key);
    assert_int_equal(rep->integer, 0);
    freeReplyObject(rep);
    r.period_anchor_unix_s = anchor;
    r.wall_ns = wall * INT64_C(1000000000);
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 1);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* ---- batch ----------------------------------------------------------------- */

/* A limit of several rates: one pseudo-random trace (three rates with a
 * counted quota, costs 1..3, several keys, same-instant bursts and gaps)
 * decided in process and through Redis - one at a time, then in batches -
 * gives the same decisions, field by field, with no fallback. */
static const char MULTI_POLICY[] =
    "version: 1\n"
    "billing: {enforcement: strict}\n"
    "plans:\n"
    "  - name: p\n"
    "    quotas: {calls: 25}\n"
    "    limits:\n"
    "      ingest:\n"
    "        rates: [{rps: 10, burst: 4}, {rpm: 120, burst: 12}, {rph: 900, burst: 40}]\n"
    "        quota: calls\n"
    "      odd: [{rps: 3, burst: 2}, {rpm: 7, burst: 5}]\n";

static void same_decision(const dayone_decision *a, const dayone_decision *b, size_t i)
{
    if (a->outcome != b->outcome || a->retry_after_ns != b->retry_after_ns ||
        a->reset_after_ns != b->reset_after_ns || a->remaining != b->remaining ||
        a->limit != b->limit || a->window_ns != b->window_ns || a->burst != b->burst ||
        a->rate != b->rate || a->rate_period_ns != b->rate_period_ns ||
        a->quota_remaining != b->quota_remaining || a->nrates != b->nrates ||
        a->tightest != b->tightest || strcmp(a->reason, b->reason) != 0 ||
        (a->nrates > 0 && memcmp(a->rates, b->rates, sizeof a->rates) != 0))
        fail_msg("request %zu: in process %s (%s) retry %lld remaining %lld tightest %d, "
                 "Redis %s (%s) retry %lld remaining %lld tightest %d", i,
                 dayone_outcome_name(a->outcome), a->reason, (long long)a->retry_after_ns,
                 (long long)a->remaining, a->tightest, dayone_outcome_name(b->outcome),
                 b->reason, (long long)b->retry_after_ns, (long long)b->remaining,
                 b->tightest);
}

static void test_several_rates_trace_parity(void **state)
{
    (void)state;
    enum { N = 480, BATCH = 16 };
    static const char *const keys[] = {"k1", "k2", "k3"};
    static dayone_request reqs[N];
    static dayone_decision local[N], remote[N], batched[N];
    uint64_t x = 0x9e3779b97f4a7c15u;
    int64_t now = 5000000000000;
    for (int i = 0; i < N; i++) {
        x = x * 6364136223846793005u + 1442695040888963407u;
        unsigned r = (unsigned)(x >> 33);
        if (r % 4 == 0) /* else the same instant: bursts */
            now += (int64_t)(r % 700) * 1000000;
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = keys[(r >> 8) % 3];
        q.plan = "p";
        q.limit = (r >> 12) % 3 ? "ingest" : "odd";
        q.cost = 1 + (int64_t)((r >> 16) % 3);
        q.now_ns = now;
        reqs[i] = q;
    }
    dayone_policy *p = policy_from(MULTI_POLICY);
    dayone_error err = {0};
    dayone_limiter *in, *one, *many;
    parity_limiters(p, 0, &in, &one, &many);
    int seen[3] = {0, 0, 0}; /* allowed, denied by a rate, denied by the quota */
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(dayone_limiter_decide(in, &reqs[i], &local[i], &err), DAYONE_OK);
        assert_int_equal(dayone_limiter_decide(one, &reqs[i], &remote[i], &err), DAYONE_OK);
        same_decision(&local[i], &remote[i], i);
        seen[local[i].allowed ? 0 : local[i].outcome == DAYONE_DENY_QUOTA ? 2 : 1]++;
    }
    for (size_t i = 0; i < N; i += BATCH)
        assert_int_equal(dayone_limiter_decide_many(many, &reqs[i], BATCH, &batched[i], NULL,
                                                    &err), DAYONE_OK);
    for (size_t i = 0; i < N; i++)
        same_decision(&local[i], &batched[i], i);
    printf("trace: %d allowed, %d denied by a rate, %d by the quota\n", seen[0], seen[1], seen[2]);
    /* The trace exercises each way out, and the tightest is not always the first rate. */
    assert_true(seen[0] > 50 && seen[1] > 50 && seen[2] > 10);
    int later = 0;
    for (size_t i = 0; i < N; i++)
        later += local[i].nrates > 0 && local[i].tightest > 0;
    assert_true(later > 20);
    dayone_backend_status s1 = status_of(one), s2 = status_of(many);
    assert_int_equal(s1.errors + s1.fallbacks_local + s1.fallbacks_open + s1.fallbacks_closed, 0);
    assert_int_equal(s2.errors + s2.fallbacks_local + s2.fallbacks_open + s2.fallbacks_closed, 0);
    dayone_limiter_free(in);
    dayone_limiter_free(one);
    dayone_limiter_free(many);
    dayone_policy_free(p);
}

static void test_batch_one_round_trip(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, NULL);
    enum { N = 40 };
    dayone_request reqs[N];
    dayone_decision outs[N];
    int st[N];
    for (int i = 0; i < N; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = i % 2 ? "b1" : "b2";
        r.plan = "p";
        r.limit = "odd"; /* rpm 7, burst 3: exact arithmetic on a 8571428571 ns interval */
        reqs[i] = r;
    }
    reqs[7].plan = "nope"; /* an error in the middle: the others are still decided */
    dayone_backend_status before = status_of(lim);
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_decide_many(lim, reqs, N, outs, st, &err), DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "request 7"));
    dayone_backend_status after = status_of(lim);
    assert_int_equal(after.round_trips - before.round_trips, 1);
    int allowed[2] = {0, 0};
    for (int i = 0; i < N; i++) {
        if (i == 7) {
            assert_int_equal(st[i], DAYONE_ENOTFOUND);
            continue;
        }
        assert_int_equal(st[i], DAYONE_OK);
        allowed[i % 2] += outs[i].allowed;
        if (!outs[i].allowed) {
            assert_string_equal(outs[i].reason, "rate limited");
            /* 8571428571 ns per token: the 4th waits about one interval. */
            assert_true(outs[i].retry_after_ns > 8400000000LL &&
                        outs[i].retry_after_ns <= 8571428571LL);
        }
    }
    assert_int_equal(allowed[0], 3);
    assert_int_equal(allowed[1], 3);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* ---- batches in one script call ------------------------------------------- */

static const char BATCH_POLICY[] =
    "version: 1\n"
    "billing: {enforcement: strict, periods: {daily: day, billing: anchored}}\n"
    "plans:\n"
    "  - name: p\n"
    "    quotas: {calls: 60, daily: 50, billing: 45}\n"
    "    limits:\n"
    "      ingest:\n"
    "        rates: [{rps: 10, burst: 4}, {rpm: 120, burst: 12}]\n"
    "        quota: calls\n"
    "      one: {rps: 5, burst: 3}\n"
    "      day: {rps: 20, burst: 6, quota: daily}\n"
    "      sub: {rps: 20, burst: 6, quota: billing}\n";

/* The Redis Cluster slot of a key's hash tag: CRC16 (XMODEM) mod 16384. */
static unsigned cluster_slot(const char *tag)
{
    unsigned crc = 0;
    for (const char *c = tag; *c; c++) {
        crc ^= (unsigned)(unsigned char)*c << 8;
        for (int b = 0; b < 8; b++)
            crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    return crc % 16384;
}

/* EVALSHA calls the server has run so far (INFO commandstats). */
/* How many times the server ran a command ("evalsha", "eval",
 * "script|load"), from INFO commandstats. */
static long long command_calls(const char *name)
{
    char field[64];
    snprintf(field, sizeof field, "cmdstat_%s:calls=", name);
    redisReply *r = admin_cmd("INFO %s", "commandstats");
    assert_int_equal(r->type, REDIS_REPLY_STRING);
    const char *at = strstr(r->str, field);
    long long n = at ? atoll(at + strlen(field)) : 0;
    freeReplyObject(r);
    return n;
}

static long long evalsha_calls(void)
{
    return command_calls("evalsha");
}

/* One trace, three ways: in process, in Redis one decision per call, and in
 * Redis in batches of many sizes - one of them bigger than one script call
 * takes - with the same keys many times in a batch, across several cluster
 * slots, single rates, several rates and quota counters per month, day and
 * anchored period. Every
 * decision alike, bit for bit, and a batch is one round trip. */
static void test_batch_script_matches_one_by_one(void **state)
{
    (void)state;
    enum { N = 1500 };
    static const char *const keys[] = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot"};
    static const char *const limits[] = {"ingest", "one", "day", "sub"};
    static const size_t sizes[] = {600, 1, 2, 7, 290, 3, 597};
    static dayone_request reqs[N];
    static dayone_decision local[N], single[N], batched[N];
    unsigned slots[6];
    size_t distinct = 0;
    for (size_t i = 0; i < 6; i++) {
        unsigned sl = cluster_slot(keys[i]);
        size_t j = 0;
        while (j < distinct && slots[j] != sl)
            j++;
        if (j == distinct)
            slots[distinct++] = sl;
    }
    assert_true(distinct >= 4); /* a batch spans several slots */
    uint64_t x = 0x2545f4914f6cdd1dULL;
    int64_t now = INT64_C(1750000000) * 1000000000; /* 2025-06-15 */
    for (int i = 0; i < N; i++) {
        x = x * 6364136223846793005u + 1442695040888963407u;
        unsigned r = (unsigned)(x >> 33);
        if (r % 5 == 0)
            now += (int64_t)(r % 60) * 1000000;
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = keys[(r >> 8) % 6];
        q.plan = "p";
        q.limit = limits[(r >> 12) % 4];
        q.cost = 1 + (int64_t)((r >> 16) % 2);
        q.now_ns = now;
        q.wall_ns = now;
        /* two anchors: tenants count in periods of their own */
        q.period_anchor_unix_s = (r >> 8) % 2 ? 1704067200 : 1705276800; /* Jan 1st, 15th */
        reqs[i] = q;
    }
    dayone_policy *p = policy_from(BATCH_POLICY);
    dayone_error err = {0};
    dayone_limiter *in, *one, *many;
    /* one by one: each reply waited for by polling first */
    parity_limiters(p, 200, &in, &one, &many);
    int seen[3] = {0, 0, 0}; /* allowed, denied by a rate, denied by a quota */
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(dayone_limiter_decide(in, &reqs[i], &local[i], &err), DAYONE_OK);
        assert_int_equal(dayone_limiter_decide(one, &reqs[i], &single[i], &err), DAYONE_OK);
        same_decision(&local[i], &single[i], i);
        seen[local[i].allowed ? 0 : local[i].outcome == DAYONE_DENY_QUOTA ? 2 : 1]++;
    }
    size_t at = 0;
    for (size_t b = 0; at < N; b++) {
        size_t n = sizes[b % (sizeof sizes / sizeof sizes[0])];
        if (n > N - at)
            n = N - at;
        dayone_backend_status before = status_of(many);
        long long calls = evalsha_calls();
        assert_int_equal(dayone_limiter_decide_many(many, &reqs[at], n, &batched[at], NULL,
                                                    &err), DAYONE_OK);
        /* one round trip; one script call per DY_REDIS_BATCH_MAX decisions */
        assert_int_equal(status_of(many).round_trips - before.round_trips, 1);
        assert_int_equal(evalsha_calls() - calls,
                         (long long)((n + DY_REDIS_BATCH_MAX - 1) / DY_REDIS_BATCH_MAX));
        at += n;
    }
    for (size_t i = 0; i < N; i++)
        same_decision(&local[i], &batched[i], i);
    printf("batch trace: %d allowed, %d denied by a rate, %d by a quota\n", seen[0], seen[1],
           seen[2]);
    assert_true(seen[0] > 100 && seen[1] > 100 && seen[2] > 50);
    dayone_backend_status s = status_of(many);
    assert_int_equal(s.errors + s.fallbacks_local + s.fallbacks_open + s.fallbacks_closed, 0);
    dayone_limiter_free(in);
    dayone_limiter_free(one);
    dayone_limiter_free(many);
    dayone_policy_free(p);
}

/* The script decides on single doubles only while a limit's tolerance and
 * increment and a TAT's distance from now are below 2^52 ns; else on limbs.
 * Both sides of each boundary, decided in process, through Redis one by
 * one and in batches, give the same decisions: a TAT exactly 2^52 ns after
 * now, one less, 2^53 + 1 (no double holds it), and a random trace with
 * jumps of months either way (the request's clock) over limits whose
 * tolerance is just under 2^52 ns, just over it, over 2^53 ns (with costs
 * as big as its burst), and a limit of two rates mixing a small and a huge
 * one. */
static const char FAR_POLICY[] =
    "version: 1\n"
    "plans:\n"
    "  - name: p\n"
    "    limits:\n"
    "      small: {rps: 10, burst: 4}\n"
    "      below: {rpd: 1, burst: 52}\n"  /* 52 days: 4.49e15 ns < 2^52 */
    "      above: {rpd: 1, burst: 53}\n"  /* 53 days: 4.58e15 ns > 2^52 */
    /* over 2^53 ns and odd (86400e9 / 7 rounds down to an odd interval):
     * no double holds it, nor the increment of a cost of 801 */
    "      huge: {rpd: 7, burst: 801}\n"
    "      mixed: [{rps: 10, burst: 4}, {rpd: 7, burst: 801}]\n";

static void test_far_times_parity(void **state)
{
    (void)state;
    enum { N = 700, EDGE = 6 };
    static const char *const keys[] = {"k1", "k2", "k3"};
    static const char *const limits[] = {"small", "below", "above", "huge", "mixed"};
    static const size_t sizes[] = {1, 5, 64, 300, 2};
    static dayone_request reqs[N];
    static dayone_decision local[N], single[N], batched[N];
    const int64_t p52 = INT64_C(1) << 52, p53 = INT64_C(1) << 53;
    const int64_t t0 = INT64_C(1750000000) * 1000000000 + 12345, tat = t0 + 100000000;
    /* "edge" on `small` (increment 1e8, tolerance 4e8): allowed at t0, its
     * TAT t0 + 1e8; then asked at times putting that TAT 2^52, 2^52 - 1,
     * 2^53 + 1 and 2^53 - 1 ns after now, and at t0 again */
    const int64_t edge_now[EDGE] = {t0, tat - p52, tat - p52 + 1, tat - p53 - 1,
                                    tat - p53 + 1, t0};
    for (int i = 0; i < EDGE; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = "edge";
        q.plan = "p";
        q.limit = "small";
        q.now_ns = edge_now[i];
        reqs[i] = q;
    }
    uint64_t x = 0x853c49e6748fea9bULL;
    int64_t now = t0;
    for (int i = EDGE; i < N; i++) {
        x = x * 6364136223846793005u + 1442695040888963407u;
        unsigned r = (unsigned)(x >> 33);
        int64_t day = INT64_C(86400) * 1000000000;
        if (r % 16 == 0) /* months ahead or back */
            now += (r & 16 ? 1 : -1) * (int64_t)(r % 200) * day + (int64_t)(r % 1000003);
        else if (r % 3 == 0) /* an odd number of ns: TATs at odd distances */
            now += (int64_t)(r % 7) * day / 3 + 2 * (int64_t)(r % 999) + 1;
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = keys[(r >> 8) % 3];
        q.plan = "p";
        q.limit = limits[(r >> 12) % 5];
        q.cost = 1 + (int64_t)((r >> 16) % 3);
        if (strcmp(q.limit, "huge") == 0 && (r >> 18) % 4 == 0)
            q.cost = 801 - (int64_t)((r >> 20) % 2);
        q.now_ns = now;
        reqs[i] = q;
    }
    dayone_policy *p = policy_from(FAR_POLICY);
    dayone_error err = {0};
    dayone_limiter *in, *one, *many;
    parity_limiters(p, 0, &in, &one, &many);
    int allowed = 0, denied = 0, far = 0, over53 = 0;
    for (size_t i = 0; i < N; i++) {
        assert_int_equal(dayone_limiter_decide(in, &reqs[i], &local[i], &err), DAYONE_OK);
        assert_int_equal(dayone_limiter_decide(one, &reqs[i], &single[i], &err), DAYONE_OK);
        same_decision(&local[i], &single[i], i);
        allowed += local[i].allowed;
        denied += !local[i].allowed;
        far += local[i].reset_after_ns >= p52;
        over53 += local[i].retry_after_ns > p53;
    }
    /* the edge: allowed, then denied with the exact retry, then allowed */
    assert_true(local[0].allowed && local[EDGE - 1].allowed);
    assert_int_equal(local[1].retry_after_ns, p52 + 100000000 - 400000000);
    assert_int_equal(local[2].retry_after_ns, p52 - 1 + 100000000 - 400000000);
    assert_int_equal(local[3].retry_after_ns, p53 + 1 + 100000000 - 400000000);
    assert_int_equal(local[4].retry_after_ns, p53 - 1 + 100000000 - 400000000);
    size_t at = 0;
    for (size_t b = 0; at < N; b++) {
        size_t n = sizes[b % (sizeof sizes / sizeof sizes[0])];
        if (n > N - at)
            n = N - at;
        assert_int_equal(dayone_limiter_decide_many(many, &reqs[at], n, &batched[at], NULL,
                                                    &err), DAYONE_OK);
        at += n;
    }
    for (size_t i = 0; i < N; i++)
        same_decision(&local[i], &batched[i], i);
    printf("far trace: %d allowed, %d denied, %d TATs 2^52 ns or more ahead, "
           "%d retries over 2^53 ns\n", allowed, denied, far, over53);
    assert_true(allowed > 100 && denied > 100 && far > 20 && over53 > 5);
    dayone_backend_status s1 = status_of(one), s2 = status_of(many);
    assert_int_equal(s1.errors + s1.fallbacks_local + s1.fallbacks_open + s1.fallbacks_closed, 0);
    assert_int_equal(s2.errors + s2.fallbacks_local + s2.fallbacks_open + s2.fallbacks_closed, 0);
    dayone_limiter_free(in);
    dayone_limiter_free(one);
    dayone_limiter_free(many);
    dayone_policy_free(p);
}

/* Decisions of a batch with the same values share one set of values, which
 * the script reads once; each decision names its set, in order. */
static void test_batch_shares_value_sets(void **state)
{
    (void)state;
    dy_redis_batch bt = DY_REDIS_BATCH_INIT;
    static const char *const a[] = {"ka", "kq", "kb", "1", "2", "m"};
    static const char *const b[] = {"kb", "kq", "kb", "1", "3", "m"};
    static const char *const c[] = {"kc", "kq", "kb", "10", "2", "m"};
    const char *const *order[] = {a, b, a, c, b, a};
    size_t lens[6];
    for (size_t i = 0; i < 6; i++) {
        for (size_t j = 0; j < 6; j++)
            lens[j] = strlen(order[i][j]);
        assert_int_equal(dy_redis_batch_add(&bt, 3, 6, (const char **)order[i], lens), 0);
    }
    assert_int_equal(bt.decisions, 6);
    assert_int_equal(bt.nkeys, 18);
    assert_int_equal(bt.nsets, 3); /* a, b, c */
    assert_int_equal(bt.nsetvals, 3 * 4);
    static const char picks[] = "$1\r\n1\r\n$1\r\n2\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\n2\r\n$1\r\n1\r\n";
    assert_int_equal(bt.picks.len, sizeof picks - 1);
    assert_memory_equal(bt.picks.data, picks, sizeof picks - 1);
    static const char sets[] = "$1\r\n3\r\n$1\r\n1\r\n$1\r\n2\r\n$1\r\nm\r\n"
                               "$1\r\n3\r\n$1\r\n1\r\n$1\r\n3\r\n$1\r\nm\r\n"
                               "$1\r\n3\r\n$2\r\n10\r\n$1\r\n2\r\n$1\r\nm\r\n";
    assert_int_equal(bt.sets.len, sizeof sets - 1);
    assert_memory_equal(bt.sets.data, sets, sizeof sets - 1);
    /* Sent: EVALSHA sha numkeys, 18 keys, the set count, 3 sets of 4, 6
     * picks (40 arguments); with one set (three times a), no picks (17). The script answers
     * each decision (here with an error: these values are no decision's). */
    redisContext *conn = admin();
    assert_non_null(conn);
    dy_redis_pool pool;
    memset(&pool, 0, sizeof pool);
    char sha[41], why[256];
    assert_int_equal(dy_redis_batch_load(&pool, conn, sha, why, sizeof why), 0);
    static const char *const heads[] = {"*40\r\n", "*17\r\n"};
    for (int k = 0; k < 2; k++) {
        if (k == 1)
            for (size_t i = 0; i < 3; i++) {
                for (size_t j = 0; j < 6; j++)
                    lens[j] = strlen(a[j]);
                assert_int_equal(dy_redis_batch_add(&bt, 3, 6, (const char **)a, lens), 0);
            }
        assert_int_equal(dy_redis_batch_send(&bt, conn, sha), 0);
        assert_memory_equal(conn->obuf, heads[k], 5);
        void *rv = NULL;
        assert_int_equal(redisGetReply(conn, &rv), REDIS_OK);
        redisReply *r = rv;
        assert_int_equal(r->type, REDIS_REPLY_ARRAY);
        assert_int_equal(r->elements, k == 0 ? 6 : 3);
        freeReplyObject(r);
    }
    redisFree(conn);
    dy_redis_batch_free(&bt);
}

/* A decision whose reply is the one before's is answered with 0 alone:
 * three fresh keys of one limit at one instant (Redis TIME) answer once in
 * full and twice with 0; the first key again is answered in full (its TAT
 * has moved). */
static void test_batch_repeats_equal_replies(void **state)
{
    (void)state;
    char prefix[64], keys[4][3][96];
    fresh_prefix(prefix, sizeof prefix);
    static const char *const tenant[4] = {"a", "b", "c", "a"};
    /* tolerance 1 s, increment 0.1 s, no quota, cost 1, TIME, monthly */
    static const char *const values[10] = {"1", "0", "0", "100000000", "-1", "1", "0",
                                           "", "", "m"};
    dy_redis_batch bt = DY_REDIS_BATCH_INIT;
    for (int i = 0; i < 4; i++) {
        const char *argv[13];
        size_t lens[13];
        snprintf(keys[i][0], sizeof keys[i][0], "%s{%s}:r:api", prefix, tenant[i]);
        snprintf(keys[i][1], sizeof keys[i][1], "%s{%s}:q:api", prefix, tenant[i]);
        snprintf(keys[i][2], sizeof keys[i][2], "%s{%s}:b:api", prefix, tenant[i]);
        for (int j = 0; j < 13; j++) {
            argv[j] = j < 3 ? keys[i][j] : values[j - 3];
            lens[j] = strlen(argv[j]);
        }
        assert_int_equal(dy_redis_batch_add(&bt, 3, 13, argv, lens), 0);
    }
    /* one rate, no quota counter: the quota keys, never read, are not sent */
    assert_int_equal(bt.nkeys, 4 * 2);
    for (size_t i = 0; i + 6 <= bt.keys.len; i++)
        assert_false(memcmp(bt.keys.data + i, ":q:api", 6) == 0);
    redisContext *conn = admin();
    assert_non_null(conn);
    dy_redis_pool pool;
    memset(&pool, 0, sizeof pool);
    char sha[41], why[256];
    assert_int_equal(dy_redis_batch_load(&pool, conn, sha, why, sizeof why), 0);
    assert_int_equal(dy_redis_batch_send(&bt, conn, sha), 0);
    void *rv = NULL;
    assert_int_equal(redisGetReply(conn, &rv), REDIS_OK);
    redisReply *r = rv;
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    assert_int_equal(r->elements, 7 + 1 + 1 + 7);
    static const long long want[16] = {6, 0, 0, 900000000, 0, 100000000, -1, 0, 0,
                                       6, 0, 0, 800000000, 0, 200000000, -1};
    for (size_t i = 0; i < 16; i++) {
        assert_int_equal(r->element[i]->type, REDIS_REPLY_INTEGER);
        assert_int_equal(r->element[i]->integer, want[i]);
    }
    size_t offs[4];
    assert_int_equal(dy_redis_batch_reply_split(r, 4, offs), 0);
    dy_redis_reply d;
    assert_int_equal(dy_redis_batch_reply_decode(r, offs[2], &d), 0);
    assert_int_equal(d.code, DY_RS_ALLOW);
    assert_int_equal(d.z_ns, 100000000);
    freeReplyObject(r);
    redisFree(conn);
    dy_redis_batch_free(&bt);
}

/* In one batch call, with Redis TIME: a banned key is refused (the ban read
 * in the script), a key Redis cannot decide (its rate key holds a hash)
 * fails alone and takes its fallback, and the decisions after it are still
 * answered by Redis, in order. The batch's lean form (no ban keys) meets
 * the prefix's ban index and is sent again in full; calls right after go
 * in full at once. */
static void test_batch_ban_and_failed_decision(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(BATCH_POLICY);
    char prefix[64];
    dayone_limiter *lim = limiter_under_prefix(p, prefix, sizeof prefix);
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_ban(lim, "bad", "one", 60000000000LL, 0, &err), DAYONE_OK);
    char key[160];
    snprintf(key, sizeof key, "%s{broken}:r:one:200000000:3", prefix);
    redisReply *r = admin_cmd("HSET %s f 1", key);
    freeReplyObject(r);
    static const char *const who[] = {"good", "bad", "good", "broken", "good", "other"};
    enum { N = 6 };
    dayone_request reqs[N];
    dayone_decision outs[N];
    for (int i = 0; i < N; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = who[i];
        q.plan = "p";
        q.limit = "one";
        reqs[i] = q;
    }
    dayone_backend_status before = status_of(lim);
    assert_int_equal(dayone_limiter_decide_many(lim, reqs, N, outs, NULL, &err), DAYONE_OK);
    dayone_backend_status after = status_of(lim);
    /* the lean form met the ban index and decided nothing; the full form
     * (every ban key) decided */
    assert_int_equal(after.round_trips - before.round_trips, 2);
    assert_int_equal(outs[1].outcome, DAYONE_DENY_BANNED);
    assert_true(outs[1].retry_after_ns > 50000000000LL && outs[1].retry_after_ns <= 60000000000LL);
    /* "good" three times in order: burst 3 leaves 2, 1, 0 */
    assert_int_equal(outs[0].outcome, DAYONE_ALLOW);
    assert_int_equal(outs[0].remaining, 2);
    assert_int_equal(outs[2].remaining, 1);
    assert_int_equal(outs[4].remaining, 0);
    assert_int_equal(outs[5].remaining, 2);
    /* the broken key: decided in process (on_backend_failure: local) */
    assert_int_equal(outs[3].outcome, DAYONE_ALLOW);
    assert_int_equal(after.errors - before.errors, 1);
    assert_int_equal(after.fallbacks_local - before.fallbacks_local, 1);
    r = admin_cmd("TYPE %s", key); /* the script left it alone */
    assert_string_equal(r->str, "hash");
    freeReplyObject(r);
    /* while the index lives, batches go in the full form at once: one
     * round trip, the ban still seen */
    dayone_request again[2] = {reqs[5], reqs[1]};
    before = status_of(lim);
    assert_int_equal(dayone_limiter_decide_many(lim, again, 2, outs, NULL, &err), DAYONE_OK);
    after = status_of(lim);
    assert_int_equal(after.round_trips - before.round_trips, 1);
    assert_int_equal(outs[0].outcome, DAYONE_ALLOW);
    assert_int_equal(outs[0].remaining, 1);
    assert_int_equal(outs[1].outcome, DAYONE_DENY_BANNED);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* A server that refuses writes (maxmemory reached, noeviction) still turns
 * a lean batch away when the prefix has a ban: the lean form's marker is
 * its first write, and were its refusal to fail the call, every decision
 * in it would take its fallback - an allow for a banned tenant under
 * on_backend_failure: local, whose in-process state knows no Redis ban.
 * Sent again in the full form, the ban is read (no write needed to deny);
 * the other decision's write is refused and takes its fallback. */
static void test_lean_batch_sees_bans_when_writes_are_refused(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(BATCH_POLICY);
    char prefix[64];
    dayone_limiter *banner = limiter_under_prefix(p, prefix, sizeof prefix);
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_ban(banner, "bad", "one", 60000000000LL, 0, &err), DAYONE_OK);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    o.key_prefix = prefix;
    dayone_limiter *fresh = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o); /* lean first */
    dayone_request reqs[2];
    dayone_decision outs[2];
    static const char *const who[] = {"bad", "good"};
    for (int i = 0; i < 2; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = who[i];
        q.plan = "p";
        q.limit = "one";
        reqs[i] = q;
    }
    freeReplyObject(admin_cmd("CONFIG SET maxmemory-policy %s", "noeviction"));
    freeReplyObject(admin_cmd("CONFIG SET maxmemory %s", "1"));
    dayone_backend_status before = status_of(fresh);
    int rc = dayone_limiter_decide_many(fresh, reqs, 2, outs, NULL, &err);
    dayone_backend_status after = status_of(fresh);
    freeReplyObject(admin_cmd("CONFIG SET maxmemory %s", "0"));
    assert_int_equal(rc, DAYONE_OK);
    assert_int_equal(outs[0].outcome, DAYONE_DENY_BANNED);
    assert_int_equal(after.round_trips - before.round_trips, 2);
    assert_int_equal(after.fallbacks_local - before.fallbacks_local, 1); /* "good" alone */
    dayone_limiter_free(fresh);
    dayone_limiter_free(banner);
    dayone_policy_free(p);
}

/* A TAT key holding text that is no number (written by hand, or by another
 * program sharing the prefix) fails its decision - single and in a batch -
 * and the limit's on_backend_failure decides, never an allow as if the key
 * were fresh. The script leaves the text alone. A TAT below 1e9 ns (no
 * digits before its last nine) still reads as a number. "slow" has a
 * tolerance above 2^52 ns: its TAT is read on limbs; "multi" has two
 * rates, both keys holding the text. */
static const char *GARBAGE_POLICY =
    "version: 1\n"
    "plans:\n"
    "  - name: p\n"
    "    limits:\n"
    "      open: {rps: 1, burst: 2, on_backend_failure: fail_open}\n"
    "      closed: {rps: 1, burst: 2, on_backend_failure: fail_closed}\n"
    "      local: {rps: 1, burst: 2, on_backend_failure: local}\n"
    "      slow: {rpd: 1, burst: 100, on_backend_failure: fail_closed}\n"
    "      multi: {rates: [{rps: 1, burst: 2}, {rpm: 30, burst: 5}],\n"
    "              on_backend_failure: fail_closed}\n";

/* Every rate key of `who` under prefix: set to text (set) or checked to
 * hold it. */
static void tat_keys_text(const char *prefix, const char *who, const char *text, int set)
{
    char pattern[200];
    snprintf(pattern, sizeof pattern, "%s{%s}:r:*", prefix, who);
    redisReply *keys = admin_cmd("KEYS %s", pattern);
    assert_int_equal(keys->type, REDIS_REPLY_ARRAY);
    assert_true(keys->elements >= 1);
    redisContext *c = admin();
    assert_non_null(c);
    for (size_t i = 0; i < keys->elements; i++) {
        redisReply *r = set ? redisCommand(c, "SET %s %s", keys->element[i]->str, text)
                            : redisCommand(c, "GET %s", keys->element[i]->str);
        assert_non_null(r);
        if (set) {
            assert_int_equal(r->type, REDIS_REPLY_STATUS);
        } else {
            assert_int_equal(r->type, REDIS_REPLY_STRING);
            assert_string_equal(r->str, text);
        }
        freeReplyObject(r);
    }
    redisFree(c);
    freeReplyObject(keys);
}

/* d is the fallback of `limit` (GARBAGE_POLICY), one more of its kind
 * counted between before and after, and one error. */
static void assert_fell_back(const char *limit, const dayone_decision *d,
                             const dayone_backend_status *before,
                             const dayone_backend_status *after, unsigned long long times)
{
    assert_int_equal(after->errors - before->errors, times);
    if (strcmp(limit, "open") == 0) {
        assert_int_equal(d->outcome, DAYONE_ALLOW);
        assert_string_equal(d->reason, "backend unavailable: fail open");
        assert_int_equal(after->fallbacks_open - before->fallbacks_open, times);
    } else if (strcmp(limit, "local") == 0) {
        /* in process: rps 1 burst 2, from this key's first fallback on */
        assert_true(strcmp(d->reason, "ok") == 0 || strcmp(d->reason, "rate limited") == 0);
        assert_int_equal(after->fallbacks_local - before->fallbacks_local, times);
    } else {
        assert_int_equal(d->outcome, DAYONE_DENY_RATE);
        assert_int_equal(d->status, 429);
        assert_string_equal(d->reason, "backend unavailable");
        assert_int_equal(after->fallbacks_closed - before->fallbacks_closed, times);
    }
}

static void test_garbage_tat_fails(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(GARBAGE_POLICY);
    char prefix[64];
    dayone_limiter *lim = limiter_under_prefix(p, prefix, sizeof prefix);
    static const char *const limits[] = {"open", "closed", "local", "slow", "multi"};
    /* nan and inf: Lua's tonumber (strtod) reads them as numbers */
    static const char *const garbage[] = {"abc", "12x4567890123", "1234567890abc", "",
                                          "nan", "inf", "-inf", "1234567890inf"};
    int n = 0;
    for (size_t l = 0; l < sizeof limits / sizeof *limits; l++) {
        for (size_t g = 0; g < sizeof garbage / sizeof *garbage; g++) {
            const char *limit = limits[l];
            char bad[32], good[32];
            snprintf(bad, sizeof bad, "bad%d", n);
            snprintf(good, sizeof good, "good%d", n++);
            dayone_decision d;
            assert_int_equal(decide(lim, bad, limit, -1, &d), DAYONE_OK);
            assert_string_equal(d.reason, "ok");
            tat_keys_text(prefix, bad, garbage[g], 1);

            dayone_backend_status before = status_of(lim);
            assert_int_equal(decide(lim, bad, limit, -1, &d), DAYONE_OK);
            dayone_backend_status after = status_of(lim);
            assert_fell_back(limit, &d, &before, &after, 1);
            tat_keys_text(prefix, bad, garbage[g], 0);

            /* batched: each bad decision fails alone, the good ones after
             * it are answered by Redis, in order (burst 2: 1 left, then 0) */
            enum { N = 4 };
            const char *who[N] = {bad, good, bad, good};
            dayone_request reqs[N];
            dayone_decision outs[N];
            for (int i = 0; i < N; i++) {
                dayone_request q = DAYONE_REQUEST_INIT;
                q.key = who[i];
                q.plan = "p";
                q.limit = limit;
                reqs[i] = q;
            }
            before = status_of(lim);
            assert_int_equal(dayone_limiter_decide_many(lim, reqs, N, outs, NULL, NULL),
                             DAYONE_OK);
            after = status_of(lim);
            assert_int_equal(after.round_trips - before.round_trips, 1);
            assert_fell_back(limit, &outs[0], &before, &after, 2);
            assert_fell_back(limit, &outs[2], &before, &after, 2);
            assert_string_equal(outs[1].reason, "ok");
            assert_string_equal(outs[3].reason, "ok");
            if (strcmp(limit, "slow") != 0 && strcmp(limit, "multi") != 0) {
                assert_int_equal(outs[1].remaining, 1);
                assert_int_equal(outs[3].remaining, 0);
            }
            tat_keys_text(prefix, bad, garbage[g], 0);
        }
    }

    /* A TAT below 1e9 ns, long past: a number, the key fresh again. */
    for (size_t l = 0; l < sizeof limits / sizeof *limits; l++) {
        char who[32];
        snprintf(who, sizeof who, "small%zu", l);
        dayone_decision d;
        assert_int_equal(decide(lim, who, limits[l], -1, &d), DAYONE_OK);
        tat_keys_text(prefix, who, "5", 1);
        dayone_backend_status before = status_of(lim);
        assert_int_equal(decide(lim, who, limits[l], -1, &d), DAYONE_OK);
        assert_string_equal(d.reason, "ok");
        tat_keys_text(prefix, who, "5", 1);
        dayone_request reqs[2];
        dayone_decision outs[2];
        for (int i = 0; i < 2; i++) {
            dayone_request q = DAYONE_REQUEST_INIT;
            q.key = who;
            q.plan = "p";
            q.limit = limits[l];
            reqs[i] = q;
        }
        assert_int_equal(dayone_limiter_decide_many(lim, reqs, 2, outs, NULL, NULL), DAYONE_OK);
        assert_string_equal(outs[0].reason, "ok");
        dayone_backend_status after = status_of(lim);
        assert_int_equal(after.errors - before.errors, 0);
        assert_int_equal(after.fallbacks_open + after.fallbacks_closed + after.fallbacks_local,
                         before.fallbacks_open + before.fallbacks_closed +
                             before.fallbacks_local);
    }
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* ---- two processes, one budget ------------------------------------------- */

/* Wait for n (at most 8) children of the test, at most timeout_s in all:
 * on a timeout every child still running is killed and the test fails,
 * naming `what`. */
static void wait_children(const pid_t *kids, int *status, int n, int timeout_s, const char *what)
{
    const int64_t deadline = mono_ns() + (int64_t)timeout_s * 1000000000;
    int reaped[8] = {0}, left = n;
    assert_true(n <= 8);
    while (left > 0) {
        for (int k = 0; k < n; k++) {
            int st;
            if (!reaped[k] && waitpid(kids[k], &st, WNOHANG) == kids[k]) {
                status[k] = st;
                reaped[k] = 1;
                left--;
            }
        }
        if (left == 0)
            break;
        if (mono_ns() > deadline) {
            for (int k = 0; k < n; k++)
                if (!reaped[k]) {
                    kill(kids[k], SIGKILL);
                    waitpid(kids[k], NULL, 0);
                }
            fail_msg("%d of %d %s still running after %d s: killed", left, n, what, timeout_s);
        }
        usleep(10000);
    }
}

/* A forked child runs no cmocka code: a crash kills it (the parent sees
 * the signal) instead of jumping back into a copy of the test runner. */
static void child_signals_default(void)
{
    const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGSYS}; /* cmocka's */
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
        signal(sigs[i], SIG_DFL);
}

static void test_two_processes_share_budget(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    char prefix[64];
    fresh_prefix(prefix, sizeof prefix);
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    const int64_t run_ns = 1000000000;
    int64_t t0 = mono_ns();
    pid_t kids[2];
    for (int k = 0; k < 2; k++) {
        kids[k] = fork();
        assert_true(kids[k] >= 0);
        if (kids[k] == 0) {
            child_signals_default();
            dayone_limiter *lim = NULL;
            dayone_error err = {0};
            dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
            o.url = g_url;
            o.key_prefix = prefix;
            if (dayone_limiter_new(&lim, p, NULL, &err) ||
                dayone_limiter_attach_redis(lim, &o, &err))
                _exit(2);
            long admitted = 0;
            int64_t start = mono_ns();
            dayone_decision d;
            while (mono_ns() - start < run_ns) {
                if (decide(lim, "shared", "api", -1, &d) != DAYONE_OK ||
                    strcmp(d.reason, d.allowed ? "ok" : "rate limited") != 0)
                    _exit(3);
                admitted += d.allowed;
            }
            /* A command that timed out (a loaded machine) was decided in
             * process (on_backend_failure local, the default): at most one
             * admission each outside the shared budget. */
            dayone_backend_status bs;
            if (dayone_limiter_backend_status(lim, &bs) != DAYONE_OK)
                _exit(5);
            long counts[2] = {admitted, (long)bs.fallbacks_local};
            if (write(fds[1], counts, sizeof counts) != sizeof counts)
                _exit(4);
            dayone_limiter_free(lim);
            _exit(0);
        }
    }
    close(fds[1]);
    int wst[2];
    /* Each runs 1 s of decisions, each bounded by the 50 ms timeouts. */
    wait_children(kids, wst, 2, 60, "deciding processes");
    long total = 0, local = 0;
    for (int k = 0; k < 2; k++) {
        if (!WIFEXITED(wst[k]) || WEXITSTATUS(wst[k]) != 0)
            fail_msg("deciding process %d: %s %d", k, WIFEXITED(wst[k]) ? "exit" : "signal",
                     WIFEXITED(wst[k]) ? WEXITSTATUS(wst[k]) : WTERMSIG(wst[k]));
        long a[2];
        assert_int_equal(read(fds[0], a, sizeof a), sizeof a);
        assert_true(a[0] > 0); /* both took part */
        total += a[0];
        local += a[1];
    }
    close(fds[0]);
    double el = (double)(mono_ns() - t0) / 1e9;
    /* burst 10 + 100/s over the run: one shared budget, not two. */
    printf("two processes: %ld admitted in %.3f s (expected %.0f..%.0f), %ld decided in "
           "process after a timeout\n", total, el, 10 + 100 * 1.0 - 3, 10 + 100 * el + 1, local);
    /* The upper bound is the claim: two budgets would admit about twice as
     * much. The lower bound only says the run was not starved outright; a
     * loaded CI machine may deschedule either process for a while. */
    assert_true(total >= 10 + 50);
    assert_true(total - local <= (long)(10 + 100 * el) + 1);
    dayone_policy_free(p);
}

/* ---- outage --------------------------------------------------------------- */

/* A limiter for the outage tests: 50 ms command and connect timeouts, so
 * a dead or stopped server costs each decision a bounded, short wait. */
static dayone_limiter *outage_limiter(const dayone_policy *p)
{
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.command_timeout_ms = 50;
    o.connect_timeout_ms = 50;
    return redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
}

/* Bans while Redis is down (tests/redis/test_redis_bans.c has them
 * shared): the API says it cannot ban rather than pretending; an escalation
 * stays in this limiter, and a lift clears it once Redis is back. */
static void test_bans_while_redis_is_down(void **state)
{
    (void)state;
    dayone_policy *p = policy_from("version: 1\n"
                                   "plans:\n"
                                   "  - name: p\n"
                                   "    limits:\n"
                                   "      local: {rps: 1, burst: 1, on_backend_failure: local,\n"
                                   "              ban: {max_denials: 2, ban_time_s: 60}}\n");
    dayone_limiter *lim = outage_limiter(p);
    dayone_error err = {0};
    dayone_decision d;
    server_kill();
    assert_int_equal(dayone_limiter_ban(lim, "x", "local", 1000000000LL, 0, &err), DAYONE_EBACKEND);
    assert_non_null(strstr(err.message, "Redis is unavailable"));
    size_t n = 0;
    assert_int_equal(dayone_limiter_bans(lim, 0, NULL, 0, &n, &err), DAYONE_EBACKEND);
    assert_int_equal(decide(lim, "x", "local", -1, &d), DAYONE_OK); /* local fallback */
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    for (int i = 0; i < 2; i++) {
        assert_int_equal(decide(lim, "x", "local", -1, &d), DAYONE_OK);
        assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    }
    assert_int_equal(decide(lim, "x", "local", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_BANNED); /* kept here: Redis could not take it */
    server_start(NULL);
    int rc = DAYONE_EBACKEND;
    for (int i = 0; i < 300 && rc == DAYONE_EBACKEND; i++) { /* past the backoff */
        rc = dayone_limiter_unban(lim, "x", "local", 0, &err);
        if (rc == DAYONE_EBACKEND)
            usleep(10000);
    }
    assert_int_equal(rc, DAYONE_OK);
    assert_int_equal(decide(lim, "x", "local", -1, &d), DAYONE_OK);
    assert_int_not_equal(d.outcome, DAYONE_DENY_BANNED);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* ---- limit_reset ----------------------------------------------------------- */

static const char *RESET_POLICY =
    "version: 1\n"
    "billing: {enforcement: strict}\n"
    "plans:\n"
    "  - name: p\n"
    "    limits:\n"
    "      ingest: {rates: [{rpm: 6, burst: 2}, {rph: 30, burst: 3}], quota: monthly}\n"
    "    quotas: {monthly: 5}\n"
    "support:\n"
    "  reason_min_length: 20\n"
    "  roles:\n"
    "    engineer: {actions: [limit_reset], max_minutes: 60}\n";

static int reset_as_engineer(dayone_limiter *lim, const char *tenant, int64_t credit,
                             unsigned what, char **event, dayone_error *err)
{
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    dayone_limit_reset r = DAYONE_LIMIT_RESET_INIT;
    dayone_access_decision d;
    a.actor = "ana@dayone-test.invalid";
    a.role = "engineer";
    a.tenant = tenant;
    a.action = "limit_reset";
    a.reason = "Customer lost a day of events to our bug";
    r.plan = "p";
    r.limit = "ingest";
    r.credit = credit;
    r.what = what;
    return dayone_limiter_limit_reset(lim, &a, &r, &d, event, err);
}

/* This month's quota counter of `tenant` under prefix: `want`, or absent (NULL). */
static void assert_quota_count(const char *prefix, const char *tenant, const char *want)
{
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    char key[200];
    snprintf(key, sizeof key, "%s{%s}:q:monthly:%04d%02d", prefix, tenant, tm.tm_year + 1900,
             tm.tm_mon + 1);
    redisReply *r = admin_cmd("GET %s", key);
    if (want) {
        assert_int_equal(r->type, REDIS_REPLY_STRING);
        assert_string_equal(r->str, want);
    } else {
        assert_int_equal(r->type, REDIS_REPLY_NIL);
    }
    freeReplyObject(r);
}

/* Admitted requests of `tenant` on ingest until the first denial (at most 10). */
static int admitted(dayone_limiter *lim, const char *tenant, dayone_decision *last)
{
    int n = 0;
    for (; n < 10; n++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        dayone_error err = {0};
        r.key = tenant;
        r.plan = "p";
        r.limit = "ingest";
        assert_int_equal(dayone_limiter_decide(lim, &r, last, &err), DAYONE_OK);
        if (!last->allowed)
            break;
    }
    return n;
}

/* A reset through one limiter is the budget every limiter on the same Redis
 * and prefix sees: every rate of the limit and this month's quota count,
 * under the prefix and the tenant's hash tag; a credit gives back exactly
 * its units; another tenant is untouched. */
static void test_limit_reset_shared(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(RESET_POLICY);
    char prefix[64];
    fresh_prefix(prefix, sizeof prefix);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.command_timeout_ms = o.connect_timeout_ms = 2000;
    o.key_prefix = prefix;
    dayone_limiter *a = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    o.key_prefix = prefix;
    dayone_limiter *b = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    dayone_decision d;
    dayone_error err = {0};
    char *event = NULL;
    /* burst 2 of the per-minute rate: two, then denied (on both limiters) */
    assert_int_equal(admitted(a, "t1", &d), 2);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(admitted(b, "t1", &d), 0);
    assert_int_equal(admitted(b, "t2", &d), 2); /* another tenant: its own budget */
    char key[160];
    snprintf(key, sizeof key, "%s{t1}:r:ingest:10000000000:2", prefix);
    redisReply *r = admin_cmd("EXISTS %s", key);
    assert_int_equal(r->integer, 1);
    freeReplyObject(r);

    assert_int_equal(reset_as_engineer(a, "t1", 0, 0, &event, &err), DAYONE_OK);
    assert_non_null(strstr(event, "\"applied\":true"));
    dayone_free(event);
    r = admin_cmd("EXISTS %s", key); /* the key the decisions use is gone */
    assert_int_equal(r->integer, 0);
    freeReplyObject(r);
    /* The other limiter sees the full budget again: both rates and the
     * quota (5 a month: 2 counted before the reset, none after). */
    assert_int_equal(admitted(b, "t1", &d), 2);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(admitted(b, "t2", &d), 0); /* t2 was not reset */
    assert_quota_count(prefix, "t1", "2");

    /* A credit of 1 on the rates gives back one request, not the burst
     * (the per-minute rate is the tighter: it had 2 of 2 used). */
    assert_int_equal(reset_as_engineer(b, "t1", 1, DAYONE_RESET_RATE, &event, &err), DAYONE_OK);
    dayone_free(event);
    assert_int_equal(admitted(a, "t1", &d), 1);
    assert_quota_count(prefix, "t1", "3");

    /* The quota alone: a credit of 2 gives back two units of the count, and
     * a credit beyond it stops at 0 (the key goes). */
    assert_int_equal(reset_as_engineer(a, "t1", 2, DAYONE_RESET_QUOTA, &event, &err), DAYONE_OK);
    dayone_free(event);
    assert_quota_count(prefix, "t1", "1");
    assert_int_equal(admitted(b, "t1", &d), 0); /* the rates were left alone */
    assert_int_equal(reset_as_engineer(b, "t1", 7, DAYONE_RESET_QUOTA, &event, &err), DAYONE_OK);
    dayone_free(event);
    assert_quota_count(prefix, "t1", NULL);
    dayone_limiter_free(a);
    dayone_limiter_free(b);
    dayone_policy_free(p);
}

/* While Redis is down a reset fails closed: DAYONE_EBACKEND, no audit
 * event (none may claim a reset that did not happen), nothing changed; a
 * denied action still gets its event (no Redis needed to refuse it). */
static void test_limit_reset_while_redis_is_down(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(RESET_POLICY);
    dayone_limiter *lim = outage_limiter(p);
    dayone_decision d;
    dayone_error err = {0};
    char *event = NULL;
    assert_int_equal(admitted(lim, "t1", &d), 2);
    server_kill();
    assert_int_equal(reset_as_engineer(lim, "t1", 0, 0, &event, &err), DAYONE_EBACKEND);
    assert_null(event);
    assert_non_null(strstr(err.message, "nothing was reset"));
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    dayone_limit_reset r = DAYONE_LIMIT_RESET_INIT;
    dayone_access_decision ad;
    a.actor = "bob@dayone-test.invalid";
    a.role = "support"; /* not a role of the policy: denied */
    a.tenant = "t1";
    a.action = "limit_reset";
    a.reason = "Customer lost a day of events to our bug";
    r.plan = "p";
    r.limit = "ingest";
    assert_int_equal(dayone_limiter_limit_reset(lim, &a, &r, &ad, &event, &err), DAYONE_OK);
    assert_false(ad.allowed);
    assert_non_null(strstr(event, "\"applied\":false"));
    dayone_free(event);
    event = NULL;
    server_start(NULL);
    /* Back up (a fresh server: the state went with the old one), the same
     * reset goes through once past the backoff. */
    int rc = DAYONE_EBACKEND;
    for (int i = 0; i < 300 && rc == DAYONE_EBACKEND; i++) {
        rc = reset_as_engineer(lim, "t1", 0, 0, &event, &err);
        if (rc == DAYONE_EBACKEND)
            usleep(10000);
    }
    assert_int_equal(rc, DAYONE_OK);
    assert_non_null(strstr(event, "\"applied\":true"));
    dayone_free(event);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

static void test_kill9_failure_policy_and_recovery(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = outage_limiter(p);
    dayone_decision d;
    assert_int_equal(decide(lim, "k9", "closed", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");

    server_kill();
    const int64_t bound = (50 + 50 + 50) * 1000000LL; /* command + connect + slack */
    int64_t worst = 0;
    for (int i = 0; i < 200; i++) {
        const char *limit = i % 4 == 0 ? "open" : i % 4 == 1 ? "closed" : i % 4 == 2 ? "local"
                                                                                     : "events";
        int64_t t = mono_ns();
        assert_int_equal(decide(lim, "k9", limit, -1, &d), DAYONE_OK);
        t = mono_ns() - t;
        worst = t > worst ? t : worst;
        switch (i % 4) {
        case 0:
            assert_int_equal(d.outcome, DAYONE_ALLOW);
            assert_string_equal(d.reason, "backend unavailable: fail open");
            break;
        case 1:
        case 3: /* events: a strict quota counted in Redis fails closed by default */
            assert_int_equal(d.outcome, DAYONE_DENY_RATE);
            assert_int_equal(d.status, 429);
            assert_string_equal(d.reason, "backend unavailable");
            assert_true(d.retry_after_ns > 0);
            break;
        default: /* in-process: rps 1 burst 2 */
            assert_true(strcmp(d.reason, "ok") == 0 || strcmp(d.reason, "rate limited") == 0);
            break;
        }
        usleep(1000);
    }
    printf("outage: worst decision %.2f ms\n", (double)worst / 1e6);
    assert_true(worst < bound);
    /* unlimited and none need no state: decided without Redis, no fallback. */
    assert_int_equal(decide(lim, "k9", "free", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_string_equal(d.reason, "unlimited");
    assert_int_equal(decide(lim, "k9", "gone", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_PLAN);
    assert_int_equal(d.status, 403);
    assert_string_equal(d.reason, "limit not in plan");
    dayone_backend_status s = status_of(lim);
    assert_int_equal(s.connected, 0);
    assert_true(s.errors >= 1);
    assert_int_equal(s.fallbacks_open, 50);
    assert_int_equal(s.fallbacks_closed, 100);
    assert_int_equal(s.fallbacks_local, 50);

    /* A batch during the outage: same policies, no crash. */
    dayone_request reqs[3];
    const char *limits[3] = {"open", "closed", "local"};
    for (int i = 0; i < 3; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = "k9b";
        r.plan = "p";
        r.limit = limits[i];
        reqs[i] = r;
    }
    dayone_decision outs[3];
    assert_int_equal(dayone_limiter_decide_many(lim, reqs, 3, outs, NULL, NULL), DAYONE_OK);
    assert_string_equal(outs[0].reason, "backend unavailable: fail open");
    assert_string_equal(outs[1].reason, "backend unavailable");
    assert_string_equal(outs[2].reason, "ok");

    /* A new server on the same socket: decisions come from Redis again
     * (after the backoff, at most 2 s), the script re-loaded (NOSCRIPT). */
    server_start(NULL);
    int64_t t0 = mono_ns();
    int back = 0;
    while (mono_ns() - t0 < 5000000000LL) {
        assert_int_equal(decide(lim, "k9", "closed", -1, &d), DAYONE_OK);
        if (strcmp(d.reason, "ok") == 0) {
            back = 1;
            break;
        }
        usleep(10000);
    }
    assert_true(back);
    s = status_of(lim);
    assert_int_equal(s.connected, 1);
    assert_true(s.reconnects >= 1);
    assert_true(s.script_loads >= 2);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

static void test_script_flush_recovers(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, NULL);
    dayone_decision d;
    assert_int_equal(decide(lim, "f", "odd", -1, &d), DAYONE_OK);
    dayone_backend_status s0 = status_of(lim);
    redisReply *r = admin_cmd("SCRIPT FLUSH", NULL);
    freeReplyObject(r);
    long long sha0 = command_calls("evalsha"), eval0 = command_calls("eval"),
              load0 = command_calls("script|load");
    assert_int_equal(decide(lim, "f", "odd", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(d.remaining, 1); /* the state survived: second of 3 (rpm 7) */
    dayone_backend_status s1 = status_of(lim);
    assert_int_equal(s1.script_loads, s0.script_loads + 1);
    assert_int_equal(s1.fallbacks_local, 0);
    assert_int_equal(s1.round_trips, s0.round_trips + 2);
    /* NOSCRIPT, then one EVAL of the text that both answered and cached
     * it: no SCRIPT LOAD. */
    assert_int_equal(command_calls("evalsha"), sha0 + 1);
    assert_int_equal(command_calls("eval"), eval0 + 1);
    assert_int_equal(command_calls("script|load"), load0);
    /* Cached: the next decision is one EVALSHA again. */
    assert_int_equal(decide(lim, "f2", "odd", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(command_calls("evalsha"), sha0 + 2);
    assert_int_equal(command_calls("eval"), eval0 + 1);
    /* The same in a batch. */
    r = admin_cmd("SCRIPT FLUSH", NULL);
    freeReplyObject(r);
    sha0 = command_calls("evalsha");
    eval0 = command_calls("eval");
    dayone_request reqs[2] = {DAYONE_REQUEST_INIT, DAYONE_REQUEST_INIT};
    for (int i = 0; i < 2; i++) {
        reqs[i].key = "f";
        reqs[i].plan = "p";
        reqs[i].limit = "odd";
    }
    dayone_decision outs[2];
    assert_int_equal(dayone_limiter_decide_many(lim, reqs, 2, outs, NULL, NULL), DAYONE_OK);
    assert_int_equal(outs[0].allowed, 1);
    assert_int_equal(outs[0].remaining, 0);
    assert_int_equal(outs[1].outcome, DAYONE_DENY_RATE);
    assert_int_equal(status_of(lim).script_loads, s0.script_loads + 2);
    assert_int_equal(command_calls("evalsha"), sha0 + 1);
    assert_int_equal(command_calls("eval"), eval0 + 1);
    assert_int_equal(command_calls("script|load"), load0);
    /* and cached: the next batch is one EVALSHA */
    assert_int_equal(dayone_limiter_decide_many(lim, reqs, 2, outs, NULL, NULL), DAYONE_OK);
    assert_int_equal(outs[0].outcome, DAYONE_DENY_RATE);
    assert_int_equal(command_calls("evalsha"), sha0 + 2);
    assert_int_equal(command_calls("eval"), eval0 + 1);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

static void test_auth_password_from_env(void **state)
{
    (void)state;
    const char *pw = "correct-horse-battery-staple-42";
    server_kill();
    server_start(pw);
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = g_url;
    o.command_timeout_ms = o.connect_timeout_ms = 2000; /* not about latency */
    /* no password: the server refuses */
    assert_int_equal(dayone_limiter_attach_redis(lim, &o, &err), DAYONE_EBACKEND);
    /* variable unset */
    unsetenv("DY_TEST_REDIS_PW");
    o.password_env = "DY_TEST_REDIS_PW";
    assert_int_equal(dayone_limiter_attach_redis(lim, &o, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "DY_TEST_REDIS_PW"));
    /* wrong password: the message names neither value */
    setenv("DY_TEST_REDIS_PW", "wrong-password-value", 1);
    assert_int_equal(dayone_limiter_attach_redis(lim, &o, &err), DAYONE_EBACKEND);
    assert_null(strstr(err.message, "wrong-password"));
    assert_null(strstr(err.message, pw));
    setenv("DY_TEST_REDIS_PW", pw, 1);
    if (dayone_limiter_attach_redis(lim, &o, &err) != DAYONE_OK)
        fail_msg("attach: %s", err.message);
    dayone_decision d;
    assert_int_equal(decide(lim, "a", "api", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(status_of(lim).fallbacks_local, 0);
    unsetenv("DY_TEST_REDIS_PW");
    dayone_limiter_free(lim);
    dayone_policy_free(p);
    server_kill();
    server_start(NULL);
}

/* A server that quotes the refused command's arguments must not get the
 * password into the error. */
static void test_auth_error_never_quotes_password(void **state)
{
    (void)state;
    const char *pw = "PLANTEDredisPW-7f3a9c21e4";
    server_kill();
    server_start_with(NULL, 1);
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = g_url;
    o.password_env = "DY_TEST_REDIS_PW";
    setenv("DY_TEST_REDIS_PW", pw, 1);
    assert_int_equal(dayone_limiter_attach_redis(lim, &o, &err), DAYONE_EBACKEND);
    assert_non_null(strstr(err.message, "AUTH failed"));
    tu_assert_no_piece_of(err.message, pw, "attach error message");
    tu_assert_no_piece_of(err.path, pw, "attach error path");
    unsetenv("DY_TEST_REDIS_PW");
    dayone_limiter_free(lim);
    dayone_policy_free(p);
    server_kill();
    server_start(NULL);
}

static void test_near_cache(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.near_cache = 1;
    o.command_timeout_ms = o.connect_timeout_ms = 2000; /* not about latency */
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    dayone_decision d;
    for (int i = 0; i < 2; i++) /* rps 1 burst 2 */
        assert_int_equal(decide(lim, "n", "local", -1, &d), DAYONE_OK);
    assert_int_equal(decide(lim, "n", "local", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    dayone_backend_status s0 = status_of(lim);
    for (int i = 0; i < 10; i++) {
        assert_int_equal(decide(lim, "n", "local", -1, &d), DAYONE_OK);
        assert_int_equal(d.outcome, DAYONE_DENY_RATE);
        assert_string_equal(d.reason, "rate limited");
        assert_true(d.retry_after_ns > 0 && d.retry_after_ns <= 1000000000);
    }
    dayone_backend_status s1 = status_of(lim);
    assert_int_equal(s1.round_trips, s0.round_trips);
    assert_int_equal(s1.near_cache_hits, 10);
    /* Another tenant is not affected. */
    assert_int_equal(decide(lim, "m", "local", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    /* After the retry-after, Redis is asked again and admits. */
    usleep(1000000);
    assert_int_equal(decide(lim, "n", "local", -1, &d), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}


/* ---- a busy pool ---------------------------------------------------------- */

/* A relay between the limiter and the real server that delays every reply
 * by `delay_ms` (a slow network), or with `slices` > 1 passes each chunk of
 * replies on in that many pieces, each `delay_ms` after the one before (a
 * reply trickling in): one connection, for a pool of one. Both may change
 * while it runs. */
typedef struct relay {
    char path[320];
    int lfd;
    atomic_int delay_ms, slices;
    atomic_int requests;    /* chunks forwarded to the server */
    atomic_int stop;        /* set by relay_stop: the thread ends within 100 ms */
    pthread_t thread;
} relay;

static int write_all(int fd, const char *buf, ssize_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, buf, (size_t)n);
        if (w <= 0)
            return -1;
        buf += w;
        n -= w;
    }
    return 0;
}

static void *relay_run(void *arg)
{
    relay *rl = arg;
    int cfd = -1, sfd = socket(AF_UNIX, SOCK_STREAM, 0);
    struct pollfd lp = {rl->lfd, POLLIN, 0};
    while (!atomic_load(&rl->stop) && cfd < 0)
        if (poll(&lp, 1, 100) > 0)
            cfd = accept(rl->lfd, NULL, NULL);
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    int fits = snprintf(sa.sun_path, sizeof sa.sun_path, "%s", g_srv.sock) < (int)sizeof sa.sun_path;
    if (cfd < 0 || sfd < 0 || !fits || connect(sfd, (struct sockaddr *)&sa, sizeof sa) != 0)
        goto done;
    char buf[65536];
    while (!atomic_load(&rl->stop)) {
        struct pollfd pf[2] = {{cfd, POLLIN, 0}, {sfd, POLLIN, 0}};
        if (poll(pf, 2, 100) < 0)
            break;
        if (pf[0].revents) {
            ssize_t n = read(cfd, buf, sizeof buf);
            if (n <= 0 || write_all(sfd, buf, n) != 0)
                break;
            atomic_fetch_add(&rl->requests, 1);
        }
        if (pf[1].revents) {
            ssize_t n = read(sfd, buf, sizeof buf);
            if (n <= 0)
                break;
            int slices = atomic_load(&rl->slices) > 1 ? atomic_load(&rl->slices) : 1, sent = 0;
            for (int i = 0; i < slices && sent == i; i++) {
                usleep((useconds_t)atomic_load(&rl->delay_ms) * 1000);
                ssize_t from = n * i / slices, to = n * (i + 1) / slices;
                sent += write_all(cfd, buf + from, to - from) == 0;
            }
            if (sent < slices)
                break;
        }
    }
done:
    if (cfd >= 0)
        close(cfd);
    if (sfd >= 0)
        close(sfd);
    return NULL;
}

static void relay_start(relay *rl, int delay_ms)
{
    memset(rl, 0, sizeof *rl);
    atomic_store(&rl->delay_ms, delay_ms);
    snprintf(rl->path, sizeof rl->path, "%s/relay.sock", g_srv.dir);
    unlink(rl->path);
    struct sockaddr_un sa = {.sun_family = AF_UNIX};
    assert_true(snprintf(sa.sun_path, sizeof sa.sun_path, "%s", rl->path) <
                (int)sizeof sa.sun_path);
    rl->lfd = socket(AF_UNIX, SOCK_STREAM, 0);
    assert_true(rl->lfd >= 0);
    assert_int_equal(bind(rl->lfd, (struct sockaddr *)&sa, sizeof sa), 0);
    assert_int_equal(listen(rl->lfd, 4), 0);
    assert_int_equal(pthread_create(&rl->thread, NULL, relay_run, rl), 0);
}

static void relay_stop(relay *rl)
{
    atomic_store(&rl->stop, 1);
    assert_int_equal(pthread_join(rl->thread, NULL), 0);
    close(rl->lfd);
    unlink(rl->path);
}

/* Wait until the holder thread t's command has reached the relay (its
 * request count moved past `before`), 10 s at most. */
static void wait_for_holder(relay *rl, int before, pthread_t t)
{
    int64_t asked = mono_ns();
    while (atomic_load(&rl->requests) == before) {
        if (mono_ns() - asked > INT64_C(10) * 1000000000) {
            pthread_join(t, NULL);
            fail_msg("the holder's decision did not reach the relay within 10 s");
        }
        usleep(1000);
    }
}

typedef struct holder_arg {
    dayone_limiter *lim;
    dayone_decision d;
    int rc;
} holder_arg;

/* A ban through Redis: two commands (the index script, then the ban
 * key), each with the command timeout. */
static void *hold_the_pool(void *arg)
{
    holder_arg *h = arg;
    dayone_error err = {0};
    h->rc = dayone_limiter_ban(h->lim, "holder", "local", 60000000000LL, 0, &err);
    return NULL;
}

/* A pool of one connection held busy longer than the command timeout (a
 * ban, two slow replies): a decision gives up waiting for it at the
 * command timeout, falls back, and is counted in pool_wait_timeouts - in
 * backend_status and on /metrics. (A decision cannot hold the pool that
 * long: its own round trip ends at the same timeout.) */
static void test_pool_wait_timeouts_counted(void **state)
{
    (void)state;
    const int timeout_ms = 300, delay_ms = 180; /* 3 x 180 > 300 + margin */
    static relay rl; /* static: a thread left by a failure writes nothing on a dead stack */
    relay_start(&rl, delay_ms);
    char url[400];
    snprintf(url, sizeof url, "unix://%s", rl.path);
    dayone_policy *p = policy_from(POLICY);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = url;
    o.pool_size = 1;
    o.command_timeout_ms = o.connect_timeout_ms = timeout_ms;
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    assert_int_equal(status_of(lim).pool_wait_timeouts, 0);
    int before = atomic_load(&rl.requests);
    holder_arg h = {.lim = lim};
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, hold_the_pool, &h), 0);
    wait_for_holder(&rl, before, t);
    dayone_decision d;
    int64_t t0 = mono_ns();
    assert_int_equal(decide(lim, "waiter", "local", -1, &d), DAYONE_OK);
    int64_t waited = mono_ns() - t0;
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_equal(h.rc, DAYONE_OK); /* the holder was answered by Redis */
    assert_true(d.allowed);            /* the waiter fell back in process */
    assert_true(waited >= INT64_C(250) * 1000000);
    dayone_backend_status st = status_of(lim);
    assert_int_equal(st.pool_wait_timeouts, 1);
    assert_int_equal(st.fallbacks_local, 1);
    char *text = NULL;
    size_t len = 0;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_metrics(&text, &len, lim, &err), DAYONE_OK);
    assert_non_null(strstr(text, "# TYPE dayone_backend_pool_wait_timeouts_total counter\n"
                                 "dayone_backend_pool_wait_timeouts_total 1\n"));
    dayone_free(text);
    dayone_limiter_free(lim);
    relay_stop(&rl);
    dayone_policy_free(p);
}

/* A limiter whose one connection goes through rl (pool of one), with
 * `timeout_ms` for commands; attach's loads pass at once. */
static dayone_limiter *relayed_limiter(const dayone_policy *p, relay *rl, int timeout_ms)
{
    static char url[400]; /* read by the attach alone */
    snprintf(url, sizeof url, "unix://%s", rl->path);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = url;
    o.pool_size = 1;
    o.command_timeout_ms = timeout_ms;
    o.connect_timeout_ms = 1000;
    return redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
}

typedef struct decider_arg {
    dayone_limiter *lim;
    const char *key;
    dayone_decision d;
    int rc;
} decider_arg;

static void *decide_in_thread(void *arg)
{
    decider_arg *a = arg;
    a->rc = decide(a->lim, a->key, "open", -1, &a->d);
    return NULL;
}

/* A decision that waited for a busy pool most of its deadline, and whose
 * reply then comes too late for what is left, falls back - but the server
 * is not marked down: it was the local wait that spent the time, not the
 * server. Pool of one through a relay delaying every reply 250 ms, command
 * timeout 400 ms: the holder's decision takes 250 ms (answered by Redis);
 * the waiter gets the connection with ~150 ms left, less than half the
 * timeout, and its reply needs 250. Marking the server down here would send
 * every decision to the fallback for the backoff. */
static void test_pool_wait_does_not_mark_the_server_down(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    static relay rl; /* static: a thread left by a failure writes nothing on a dead stack */
    relay_start(&rl, 0);
    dayone_limiter *lim = relayed_limiter(p, &rl, 400);
    atomic_store(&rl.delay_ms, 250);
    int before = atomic_load(&rl.requests);
    static decider_arg holder;
    holder = (decider_arg){.lim = lim, .key = "holder"};
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, decide_in_thread, &holder), 0);
    wait_for_holder(&rl, before, t);
    dayone_decision d;
    assert_int_equal(decide(lim, "waiter", "open", -1, &d), DAYONE_OK);
    assert_int_equal(pthread_join(t, NULL), 0);
    assert_int_equal(holder.rc, DAYONE_OK);
    assert_string_equal(holder.d.reason, "ok"); /* the holder was answered by Redis */
    assert_string_equal(d.reason, "backend unavailable: fail open");
    dayone_backend_status st = status_of(lim);
    print_message("waiter: pool_wait_timeouts %llu, errors %llu, connected %d\n",
                  (unsigned long long)st.pool_wait_timeouts, (unsigned long long)st.errors,
                  st.connected);
    assert_int_equal(st.pool_wait_timeouts, 1); /* counted as the wait it was */
    assert_int_equal(st.errors, 0);
    assert_int_equal(st.connected, 1); /* not marked down */
    dayone_limiter_free(lim);
    relay_stop(&rl);
    dayone_policy_free(p);
}

/* n decisions of limit "open" (fail_open) on keys <who>0.., in one call
 * (one decision: dayone_limiter_decide; more: decide_many); the
 * milliseconds it took. */
static double decide_open(dayone_limiter *lim, const char *who, size_t n, dayone_decision *outs)
{
    dayone_request reqs[8];
    char keys[8][32];
    assert_true(n >= 1 && n <= 8);
    for (size_t i = 0; i < n; i++) {
        snprintf(keys[i], sizeof keys[i], "%s%zu", who, i);
        reqs[i] = (dayone_request)DAYONE_REQUEST_INIT;
        reqs[i].key = keys[i];
        reqs[i].plan = "p";
        reqs[i].limit = "open";
    }
    dayone_error err = {0};
    int64_t t0 = mono_ns();
    int rc = n == 1 ? dayone_limiter_decide(lim, &reqs[0], &outs[0], &err)
                    : dayone_limiter_decide_many(lim, reqs, n, outs, NULL, &err);
    double took = (double)(mono_ns() - t0) / 1e6;
    assert_int_equal(rc, DAYONE_OK);
    return took;
}

/* Replies trickling in: the relay passes each chunk of replies on in eight
 * pieces 40 ms apart, with a 50 ms command timeout. Each read alone is
 * within the timeout - a bound per read would wait all 320 ms and take
 * Redis' answer - but the decision has one deadline: it gives up at about
 * 50 ms and takes its fallback (fail_open), for one decision and for a
 * batch of four. (200 ms of slack under the bound: loaded sanitizer runs.) */
static void test_trickling_reply_ends_at_the_deadline(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    static relay rl; /* static: a thread left by a failure writes nothing on a dead stack */
    for (size_t n = 1; n <= 4; n += 3) {
        relay_start(&rl, 0);
        dayone_limiter *lim = relayed_limiter(p, &rl, 50);
        atomic_store(&rl.slices, 8);
        atomic_store(&rl.delay_ms, 40);
        dayone_decision outs[4];
        double took = decide_open(lim, "trickle", n, outs);
        print_message("%zu decision(s), replies trickling in: %.1f ms\n", n, took);
        for (size_t i = 0; i < n; i++)
            assert_string_equal(outs[i].reason, "backend unavailable: fail open");
        assert_int_equal(status_of(lim).fallbacks_open, n);
        assert_true(took >= 45.0);
        assert_true(took < 250.0); /* not the 320 ms the slices take */
        dayone_limiter_free(lim);
        relay_stop(&rl);
    }
    dayone_policy_free(p);
}

/* SCRIPT FLUSH behind a slow network (every reply 300 ms late) with an 850
 * ms command timeout: the recovery's two round trips (NOSCRIPT, then an
 * EVAL of the script's text that answers and caches it) fit in the
 * decision's one deadline, where SCRIPT LOAD and EVALSHA after it took
 * three (900 ms or more, past the timeout). Redis answers, for one decision
 * and for a batch, within the timeout. (Long delays: the 250 ms of slack
 * absorb a loaded machine's scheduling under ThreadSanitizer, which took
 * 117 ms of a 110 ms slack once.) */
static void test_script_flush_recovers_within_the_timeout(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    static relay rl; /* static: a thread left by a failure writes nothing on a dead stack */
    relay_start(&rl, 0);
    dayone_limiter *lim = relayed_limiter(p, &rl, 850);
    atomic_store(&rl.delay_ms, 300);
    for (size_t n = 1; n <= 2; n++) {
        redisReply *r = admin_cmd("SCRIPT FLUSH", NULL);
        freeReplyObject(r);
        dayone_decision outs[2];
        double took = decide_open(lim, n == 1 ? "flushed" : "flushed-batch", n, outs);
        print_message("%zu decision(s) after SCRIPT FLUSH, replies 300 ms late: %.1f ms\n", n,
                      took);
        for (size_t i = 0; i < n; i++)
            assert_string_equal(outs[i].reason, "ok");
        assert_true(took < 855.0); /* the 850 ms timeout, and no third round trip */
        dayone_backend_status st = status_of(lim);
        assert_int_equal(st.fallbacks_open, 0);
        assert_int_equal(st.errors, 0);
        assert_int_equal(st.script_loads, 2 + n); /* attach's two, one per flush */
    }
    dayone_limiter_free(lim);
    relay_stop(&rl);
    dayone_policy_free(p);
}

/* A server that stops answering (SIGSTOP: connections still accepted, no
 * replies): each decision returns within the command timeout plus slack,
 * then without touching the network during the backoff; SIGCONT recovers. */
static void test_unresponsive_server_bounded_latency(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_limiter *lim = outage_limiter(p);
    dayone_decision d;
    assert_int_equal(decide(lim, "s", "open", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    server_signal(SIGSTOP); /* server_resume (the teardown) resumes it if this fails */
    int64_t worst = 0, t0 = mono_ns();
    int n = 0;
    while (mono_ns() - t0 < 1500000000LL) {
        int64_t t = mono_ns();
        assert_int_equal(decide(lim, "s", "open", -1, &d), DAYONE_OK);
        t = mono_ns() - t;
        worst = t > worst ? t : worst;
        assert_string_equal(d.reason, "backend unavailable: fail open");
        n++;
        usleep(2000);
    }
    printf("unresponsive server: %d decisions, worst %.2f ms\n", n, (double)worst / 1e6);
    assert_true(worst < 150 * 1000000LL); /* 50 ms command + 50 ms connect + slack */
    dayone_backend_status s = status_of(lim);
    assert_int_equal(s.connected, 0);
    assert_true(s.errors >= 1 && s.errors < 20); /* backoff: not one attempt per call */
    server_signal(SIGCONT);
    t0 = mono_ns();
    int back = 0;
    while (!back && mono_ns() - t0 < 5000000000LL) {
        assert_int_equal(decide(lim, "s2", "open", -1, &d), DAYONE_OK);
        back = strcmp(d.reason, "ok") == 0;
        usleep(10000);
    }
    assert_true(back);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* Several threads on one limiter (a pool of 2 connections): one budget. */
typedef struct thr_arg {
    dayone_limiter *lim;
    long admitted;
    int bad;
} thr_arg;

static void *thr_main(void *arg)
{
    thr_arg *a = arg;
    dayone_decision d;
    for (int i = 0; i < 300; i++) {
        if (decide(a->lim, "thr", "odd", -1, &d) != DAYONE_OK ||
            strcmp(d.reason, d.allowed ? "ok" : "rate limited") != 0)
            a->bad++;
        a->admitted += d.allowed;
    }
    return NULL;
}

static void test_threads_share_pool(void **state)
{
    (void)state;
    dayone_policy *p = policy_from(POLICY);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.pool_size = 2;
    o.near_cache = 1;
    o.command_timeout_ms = o.connect_timeout_ms = 2000; /* not about latency */
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    pthread_t t[4];
    thr_arg a[4];
    for (int i = 0; i < 4; i++) {
        a[i].lim = lim;
        a[i].admitted = 0;
        a[i].bad = 0;
        assert_int_equal(pthread_create(&t[i], NULL, thr_main, &a[i]), 0);
    }
    long total = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(a[i].bad, 0);
        total += a[i].admitted;
    }
    assert_int_equal(total, 3); /* rpm 7, burst 3: the burst, nothing more */
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}


/* Keeps the server busy for `ms` milliseconds (a Lua loop on a connection
 * of its own), from a thread: started is 1 once the loop was sent, -1 when
 * it could not be. The thread makes no cmocka assertion (a failure there
 * would jump into the main thread's stack): it writes `why`, and
 * busy_server_join fails the test with it. */
typedef struct busy_server {
    pthread_t thread;
    int ms;
    atomic_int started;
    char why[160];
} busy_server;

static void *busy_server_run(void *arg)
{
    busy_server *b = arg;
    redisContext *c = admin(); /* its replies bounded by ADMIN_TIMEOUT_S */
    if (!c || c->err) {
        snprintf(b->why, sizeof b->why, "cannot connect: %.80s", c ? c->errstr : "out of memory");
        atomic_store(&b->started, -1);
        redisFree(c);
        return NULL;
    }
    redisAppendCommand(c, "EVAL %s 0 %d",
                       "local t = redis.call('TIME') local s = t[1] * 1000000 + t[2] "
                       "repeat t = redis.call('TIME') until t[1] * 1000000 + t[2] - s "
                       "> tonumber(ARGV[1]) * 1000 return 1",
                       b->ms);
    int done = 0;
    while (!done)
        if (redisBufferWrite(c, &done) != REDIS_OK) {
            snprintf(b->why, sizeof b->why, "cannot send the loop: %.80s", c->errstr);
            atomic_store(&b->started, -1);
            redisFree(c);
            return NULL;
        }
    atomic_store(&b->started, 1);
    void *reply = NULL;
    if (redisGetReply(c, &reply) != REDIS_OK)
        snprintf(b->why, sizeof b->why, "no reply to the %d ms loop within %d s: %.80s", b->ms,
                 ADMIN_TIMEOUT_S, c->errstr);
    freeReplyObject(reply);
    redisFree(c);
    return NULL;
}

static void busy_server_join(busy_server *b)
{
    assert_int_equal(pthread_join(b->thread, NULL), 0);
    if (b->why[0])
        fail_msg("busy server: %s", b->why);
}

static void busy_server_start(busy_server *b, int ms)
{
    assert_true(ms < ADMIN_TIMEOUT_S * 1000); /* its reply comes within the admin bound */
    b->ms = ms;
    b->why[0] = '\0';
    atomic_store(&b->started, 0);
    assert_int_equal(pthread_create(&b->thread, NULL, busy_server_run, b), 0);
    const int64_t t0 = mono_ns();
    while (atomic_load(&b->started) == 0) {
        if (mono_ns() - t0 > INT64_C(10) * 1000000000)
            fail_msg("the busy-server thread did not send its loop within 10 s");
        usleep(1000);
    }
    if (atomic_load(&b->started) < 0)
        busy_server_join(b); /* fails, with the thread's reason */
    usleep(20000); /* the server reads the loop and runs it */
}

/* Attach loads the scripts with up to 1 s, not the decisions' 50 ms: a
 * server busy for 400 ms delays a start but does not fail it. The
 * connection then keeps the 50 ms: a decision during the next busy spell
 * falls back within it. */
static void test_attach_waits_for_a_busy_server(void **state)
{
    (void)state;
    server_kill();
    server_start(NULL); /* no scripts cached: attach must load them */
    dayone_policy *p = policy_from(POLICY);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.command_timeout_ms = 50;
    o.connect_timeout_ms = 1000;
    static busy_server b; /* static: a thread left by a failure writes nothing on a dead stack */
    busy_server_start(&b, 400);
    int64_t t0 = mono_ns();
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    int64_t waited = mono_ns() - t0;
    busy_server_join(&b);
    print_message("attach beside a busy server: %.1f ms\n", (double)waited / 1e6);
    assert_true(waited >= 100 * 1000000LL); /* it did wait on the busy server */
    assert_int_equal(status_of(lim).script_loads, 2);

    dayone_decision d;
    assert_int_equal(decide(lim, "busy", "open", -1, &d), DAYONE_OK);
    assert_true(d.allowed);
    assert_int_equal(status_of(lim).fallbacks_open, 0);
    busy_server_start(&b, 600);
    t0 = mono_ns();
    assert_int_equal(decide(lim, "busy", "open", -1, &d), DAYONE_OK);
    int64_t took = mono_ns() - t0;
    busy_server_join(&b);
    print_message("a decision beside a busy server: %.1f ms\n", (double)took / 1e6);
    assert_true(d.allowed);
    assert_int_equal(status_of(lim).fallbacks_open, 1);
    assert_true(took < 400 * 1000000LL); /* the 50 ms, not attach's 1 s */
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* redis://host:port/db over TCP: a second server on a free loopback port;
 * the keys land in the URL's database. The server is stopped by the
 * test's teardown, failed or not: a server left running would hold the
 * test runner's output open. */
static test_redis_server g_tcp;

static int tcp_server_remove(void **state)
{
    (void)state;
    test_redis_server_remove(&g_tcp);
    memset(&g_tcp, 0, sizeof g_tcp);
    return 0;
}

static void test_tcp_url_and_db(void **state)
{
    (void)state;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in sa;
    socklen_t sl = sizeof sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    assert_int_equal(bind(fd, (struct sockaddr *)&sa, sizeof sa), 0);
    assert_int_equal(getsockname(fd, (struct sockaddr *)&sa, &sl), 0);
    int port = ntohs(sa.sin_port);
    close(fd);
    g_tcp.port = port; /* taken meanwhile by another process: the start fails, saying so */
    test_redis_server_start(&g_tcp, NULL);
    struct timeval tv = {ADMIN_TIMEOUT_S, 0};
    redisContext *c = redisConnectWithTimeout("127.0.0.1", port, tv);
    if (!c || c->err || redisSetTimeout(c, tv) != REDIS_OK)
        fail_msg("cannot connect to redis-server on 127.0.0.1:%d: %s", port,
                 c ? c->errstr : "out of memory");
    dayone_policy *p = policy_from(POLICY);
    char url[64];
    snprintf(url, sizeof url, "redis://127.0.0.1:%d/1", port);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = url;
    o.command_timeout_ms = o.connect_timeout_ms = 2000; /* not about latency */
    dayone_limiter *lim = redis_limiter(p, DAYONE_ENFORCEMENT_POLICY, &o);
    dayone_decision d;
    assert_int_equal(decide(lim, "tcp", "api", -1, &d), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(status_of(lim).fallbacks_local, 0);
    redisReply *r = redisCommand(c, "DBSIZE");
    assert_non_null(r);
    assert_int_equal(r->integer, 0); /* db 0 untouched */
    freeReplyObject(r);
    r = redisCommand(c, "SELECT 1");
    assert_non_null(r);
    freeReplyObject(r);
    r = redisCommand(c, "DBSIZE");
    assert_non_null(r);
    assert_int_equal(r->integer, 1);
    freeReplyObject(r);
    redisFree(c);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

int main(void)
{
    signal(SIGPIPE, SIG_IGN);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_policy_section),
        cmocka_unit_test(test_url_errors),
        cmocka_unit_test(test_busy_poll_option),
        cmocka_unit_test(test_conformance_vectors),
        cmocka_unit_test(test_burst_with_redis_time),
        cmocka_unit_test(test_quota_counter),
        cmocka_unit_test(test_quota_counter_per_day),
        cmocka_unit_test(test_quota_counter_anchored),
        cmocka_unit_test(test_batch_one_round_trip),
        cmocka_unit_test(test_several_rates_trace_parity),
        cmocka_unit_test(test_batch_script_matches_one_by_one),
        cmocka_unit_test(test_batch_shares_value_sets),
        cmocka_unit_test(test_far_times_parity),
        cmocka_unit_test(test_batch_repeats_equal_replies),
        cmocka_unit_test(test_batch_ban_and_failed_decision),
        cmocka_unit_test(test_lean_batch_sees_bans_when_writes_are_refused),
        cmocka_unit_test(test_garbage_tat_fails),
        cmocka_unit_test(test_two_processes_share_budget),
        cmocka_unit_test(test_limit_reset_shared),
        cmocka_unit_test(test_script_flush_recovers),
        cmocka_unit_test(test_near_cache),
        cmocka_unit_test(test_auth_password_from_env),
        cmocka_unit_test(test_auth_error_never_quotes_password),
        cmocka_unit_test(test_threads_share_pool),
        cmocka_unit_test(test_pool_wait_timeouts_counted),
        cmocka_unit_test(test_pool_wait_does_not_mark_the_server_down),
        cmocka_unit_test(test_trickling_reply_ends_at_the_deadline),
        cmocka_unit_test(test_script_flush_recovers_within_the_timeout),
        cmocka_unit_test_teardown(test_tcp_url_and_db, tcp_server_remove),
        cmocka_unit_test(test_attach_waits_for_a_busy_server),
        cmocka_unit_test_teardown(test_unresponsive_server_bounded_latency, server_resume),
        cmocka_unit_test(test_bans_while_redis_is_down),
        cmocka_unit_test(test_limit_reset_while_redis_is_down),
        cmocka_unit_test(test_kill9_failure_policy_and_recovery),
    };
    int rc = cmocka_run_group_tests(tests, setup, teardown);
    test_redis_server_remove(&g_srv);
    return rc;
}
