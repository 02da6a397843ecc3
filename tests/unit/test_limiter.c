/* test_limiter.c - the decision call on hand-built policies: order of checks,
 * exact GCRA numbers, quotas, paywall, errors, batch, swap, capacity, headers. */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include <pthread.h>
#include "alloc.h"
#include "policy.h"
#include "gcra.h"
#include "dayone/limit_reset.h"

#define MS INT64_C(1000000)
#define SEC INT64_C(1000000000)

/* ---- a policy built by hand (independent of the YAML loader) ---- */

static char **strv(const char *const *src, size_t n)
{
    char **v = dy_calloc(n + 1, sizeof *v);
    for (size_t i = 0; i < n; i++)
        v[i] = dy_strdup(src[i]);
    return v;
}

static void add_limit(dy_plan *pl, size_t limit, int64_t rpm, int64_t burst, size_t quota)
{
    pl->limits = dy_realloc(pl->limits, (pl->nlimits + 1) * sizeof *pl->limits);
    dy_plan_limit *l = &pl->limits[pl->nlimits++];
    memset(l, 0, sizeof *l);
    l->limit = limit;
    l->emission_ns = 60 * SEC / rpm;
    l->burst = burst;
    l->rate_count = rpm;
    l->rate_period_ns = 60 * SEC;
    l->quota = quota;
}

static void add_quota(dy_plan *pl, size_t quota, int64_t amount)
{
    pl->quotas = dy_realloc(pl->quotas, (pl->nquotas + 1) * sizeof *pl->quotas);
    pl->quotas[pl->nquotas].quota = quota;
    pl->quotas[pl->nquotas++].amount = amount;
}

static void add_feature(dy_plan *pl, size_t f)
{
    pl->features = dy_realloc(pl->features, (pl->nfeatures + 1) * sizeof *pl->features);
    pl->features[pl->nfeatures++] = f;
}

enum { L_INGEST, L_API, L_EXPORT };
enum { F_SSO, F_EXPORTS, F_AUDIT };

/* free: ingest free_rpm/100 (quota 1000), api 120/20; pro: ingest 6000/500
 * (quota 100000), api 600/60, export 60/5, [exports]; business: ingest
 * 60000/2000 (quota 1000000), api 600/60, [exports, sso]; enterprise: ingest
 * 600000/10000 (no quota), [exports, sso, audit_log]. */
static dayone_policy *test_policy(int64_t free_rpm, int64_t free_burst)
{
    static const char *const limits[] = {"ingest", "api", "export"};
    static const char *const quotas[] = {"monthly_events"};
    static const char *const features[] = {"sso", "exports", "audit_log"};
    static const char *const plans[] = {"free", "pro", "business", "enterprise"};
    dayone_policy *p = dy_calloc(1, sizeof *p);
    p->refcount = 1;
    p->name = dy_strdup("<test>");
    p->enforcement_default = DAYONE_ENFORCEMENT_STRICT;
    p->enforcement_env = dy_strdup("BILLING_ENFORCEMENT");
    p->limit_names = strv(limits, 3);
    p->nlimit_names = 3;
    p->quota_names = strv(quotas, 1);
    p->nquota_names = 1;
    p->feature_names = strv(features, 3);
    p->nfeature_names = 3;
    p->plans = dy_calloc(4, sizeof *p->plans);
    p->nplans = 4;
    for (size_t i = 0; i < 4; i++)
        p->plans[i].name = dy_strdup(plans[i]);
    dy_plan *fr = &p->plans[0], *pro = &p->plans[1], *biz = &p->plans[2], *ent = &p->plans[3];
    add_limit(fr, L_INGEST, free_rpm, free_burst, 0);
    add_limit(fr, L_API, 120, 20, SIZE_MAX);
    add_quota(fr, 0, 1000);
    add_limit(pro, L_INGEST, 6000, 500, 0);
    add_limit(pro, L_API, 600, 60, SIZE_MAX);
    add_limit(pro, L_EXPORT, 60, 5, SIZE_MAX);
    add_quota(pro, 0, 100000);
    add_feature(pro, F_EXPORTS);
    add_limit(biz, L_INGEST, 60000, 2000, 0);
    add_limit(biz, L_API, 600, 60, SIZE_MAX);
    add_limit(biz, L_EXPORT, 600, 50, SIZE_MAX);
    add_quota(biz, 0, 1000000);
    add_feature(biz, F_EXPORTS);
    add_feature(biz, F_SSO);
    add_limit(ent, L_INGEST, 600000, 10000, 0);
    add_limit(ent, L_API, 6000, 600, SIZE_MAX);
    add_limit(ent, L_EXPORT, 6000, 500, SIZE_MAX);
    add_feature(ent, F_EXPORTS);
    add_feature(ent, F_SSO);
    add_feature(ent, F_AUDIT);
    return p;
}

static int64_t g_now = 1000 * SEC;
static int64_t test_clock(void *ctx)
{
    (void)ctx;
    return g_now;
}

static dayone_limiter *new_limiter(dayone_policy *p, dayone_enforcement enf, size_t capacity)
{
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.enforcement = enf;
    o.capacity = capacity;
    o.clock = test_clock;
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    return lim;
}

static dayone_request req(const char *key, const char *plan, const char *limit, int64_t cost)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = key;
    r.plan = plan;
    r.limit = limit;
    r.cost = cost;
    return r;
}

static dayone_decision decide(dayone_limiter *lim, dayone_request r)
{
    dayone_decision d;
    dayone_error err = {0};
    memset(&d, 0xab, sizeof d);
    int rc = dayone_limiter_decide(lim, &r, &d, &err);
    if (rc != DAYONE_OK)
        fail_msg("decide failed: %s", err.message);
    return d;
}

/* A request whose usage the caller supplies (0), so that only the rate
 * table's state is involved: the capacity tests below measure that table,
 * not the quota counters (whose pairs live for their whole period). */
static dayone_request rate_only(dayone_request r)
{
    r.usage = 0;
    return r;
}

/* ---- tests ---- */

static void test_burst_then_deny_with_exact_retry_after(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100); /* T = 100 ms */
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_policy_free(p); /* the limiter holds its own reference */
    g_now = 1000 * SEC;
    for (int i = 0; i < 100; i++) {
        dayone_decision d = decide(lim, req("t1", "free", "ingest", 1));
        assert_int_equal(d.outcome, DAYONE_ALLOW);
        assert_int_equal(d.allowed, 1);
        assert_int_equal(d.status, 200);
        assert_int_equal(d.remaining, 99 - i);
        assert_int_equal(d.reset_after_ns, (i + 1) * 100 * MS);
        assert_int_equal(d.limit, 100);
        assert_int_equal(d.burst, 100);
        assert_int_equal(d.window_ns, 10 * SEC);
        assert_int_equal(d.quota_remaining, 999 - i); /* usage unknown: the limiter counts */
        assert_string_equal(d.reason, "ok");
        assert_string_equal(d.upgrade_plan, "");
    }
    dayone_decision d = decide(lim, req("t1", "free", "ingest", 1));
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.allowed, 0);
    assert_int_equal(d.status, 429);
    assert_int_equal(d.retry_after_ns, 100 * MS);
    assert_int_equal(d.reset_after_ns, 10 * SEC);
    assert_int_equal(d.remaining, 0);
    assert_string_equal(d.reason, "rate limited");

    /* Denials consume nothing: 99 ms later still 1 ms to wait. */
    g_now += 99 * MS;
    d = decide(lim, req("t1", "free", "ingest", 1));
    assert_int_equal(d.retry_after_ns, 1 * MS);
    g_now += 1 * MS;
    d = decide(lim, req("t1", "free", "ingest", 1));
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.remaining, 0);
    /* Refill: after 1 s, ten more. */
    g_now += 1 * SEC;
    for (int i = 0; i < 10; i++)
        assert_int_equal(decide(lim, req("t1", "free", "ingest", 1)).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, req("t1", "free", "ingest", 1)).outcome, DAYONE_DENY_RATE);
    dayone_limiter_free(lim);
}

static void test_cost_and_cost_exceeds_burst(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100);
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_policy_free(p);
    g_now = 5000 * SEC;
    dayone_decision d = decide(lim, req("c", "free", "ingest", 30));
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.remaining, 70);
    d = decide(lim, req("c", "free", "ingest", 0)); /* 0 means 1 */
    assert_int_equal(d.remaining, 69);
    d = decide(lim, req("c", "free", "ingest", 101));
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.retry_after_ns, -1);
    assert_string_equal(d.reason, "cost exceeds burst");
    d = decide(lim, req("c", "free", "ingest", 69));
    assert_int_equal(d.outcome, DAYONE_ALLOW); /* the denial consumed nothing */
    assert_int_equal(d.remaining, 0);
    d = decide(lim, req("c", "free", "ingest", 5));
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.retry_after_ns, 500 * MS);

    dayone_error err = {0};
    dayone_request r = req("c", "free", "ingest", -1);
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    r.cost = DY_GCRA_COST_MAX + 1;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    r.cost = 1;
    r.usage = -2;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    r.usage = -1;
    r.key = NULL;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_decide(NULL, &r, &d, &err), DAYONE_EINVAL);
    dayone_limiter_free(lim);
}

static void test_unknown_names_are_errors_without_the_key(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100);
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_policy_free(p);
    dayone_decision d;
    dayone_error err = {0};
    dayone_request r = req("tenant-secret-key-123", "platinum", "ingest", 1);
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "plan"));
    assert_non_null(strstr(err.message, "platinum"));
    assert_null(strstr(err.message, "tenant-secret-key-123"));
    r = req("tenant-secret-key-123", "free", "uploads", 1);
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "limit"));
    assert_non_null(strstr(err.message, "uploads"));
    r = req("tenant-secret-key-123", "free", "export", 1); /* free has no export limit */
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "free"));
    assert_non_null(strstr(err.message, "export"));
    r = req("tenant-secret-key-123", "free", "ingest", 1);
    r.feature = "teleport";
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "feature"));
    assert_null(strstr(err.message, "tenant-secret-key-123"));
    r.feature = ""; /* empty = none */
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    dayone_limiter_free(lim);
}

static void test_paywall_names_cheapest_plan(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100);
    dayone_enforcement modes[] = {DAYONE_ENFORCEMENT_STRICT, DAYONE_ENFORCEMENT_SOFT,
                                  DAYONE_ENFORCEMENT_OFF};
    for (int m = 0; m < 3; m++) {
        dayone_limiter *lim = new_limiter(p, modes[m], 0);
        dayone_request r = req("pw", "free", "ingest", 1);
        r.feature = "sso";
        dayone_decision d = decide(lim, r);
        if (modes[m] == DAYONE_ENFORCEMENT_OFF) {
            assert_int_equal(d.outcome, DAYONE_ALLOW);
        } else {
            assert_int_equal(d.outcome, DAYONE_DENY_PLAN);
            assert_int_equal(d.status, 403);
            assert_int_equal(d.retry_after_ns, -1);
            assert_string_equal(d.upgrade_plan, "business");
            assert_string_equal(d.reason, "feature not in plan");
            r.feature = "exports";
            assert_string_equal(decide(lim, r).upgrade_plan, "pro");
            r.feature = "audit_log";
            assert_string_equal(decide(lim, r).upgrade_plan, "enterprise");
            /* the denials consumed no rate budget */
            r.feature = NULL;
            assert_int_equal(decide(lim, r).remaining, 99);
        }
        r = req("pw", "business", "ingest", 1);
        r.feature = "sso";
        assert_int_equal(decide(lim, r).outcome, DAYONE_ALLOW);
        dayone_limiter_free(lim);
    }
    dayone_policy_free(p);
}

static void test_quota_strict_soft_off(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100);
    g_now = 9000 * SEC;
    /* strict */
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_request r = req("q", "free", "ingest", 1);
    r.usage = 998;
    dayone_decision d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 1);
    assert_int_equal(d.limit, 100);
    r.usage = 999;
    r.cost = 2;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    assert_int_equal(d.status, 402);
    assert_int_equal(d.limit, 1000);
    assert_int_equal(d.quota_remaining, 1);
    assert_int_equal(d.retry_after_ns, -1);
    assert_string_equal(d.reason, "quota exceeded");
    r.usage = 5000;
    r.cost = 1;
    assert_int_equal(decide(lim, r).quota_remaining, 0);
    /* usage unknown (-1): the limiter counts it itself, from 0 */
    r.usage = -1;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 999);
    assert_int_equal(d.remaining, 98); /* only the two allows consumed */
    /* a limit without a quota ignores usage (and names no reset); enterprise
     * has no quota */
    r = req("q", "free", "api", 1);
    r.usage = 1000000;
    assert_int_equal(decide(lim, r).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, r).quota_reset_unix_s, -1);
    r = req("q", "enterprise", "ingest", 1);
    r.usage = INT64_MAX;
    assert_int_equal(decide(lim, r).outcome, DAYONE_ALLOW);
    dayone_limiter_free(lim);

    /* soft: overage allowed, still rate limited; the rate deny wins */
    lim = new_limiter(p, DAYONE_ENFORCEMENT_SOFT, 0);
    r = req("q", "free", "ingest", 60);
    r.usage = 990;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_ALLOW_OVERAGE);
    assert_int_equal(d.allowed, 1);
    assert_int_equal(d.status, 200);
    assert_int_equal(d.limit, 1000);
    assert_int_equal(d.quota_remaining, 0);
    assert_int_equal(d.remaining, 40);
    assert_string_equal(d.reason, "quota overage");
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.quota_remaining, 10);
    assert_int_equal(d.retry_after_ns, 2 * SEC);
    dayone_limiter_free(lim);

    /* off: no quota at all */
    lim = new_limiter(p, DAYONE_ENFORCEMENT_OFF, 0);
    r = req("q", "free", "ingest", 1);
    r.usage = 1000000;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, -1);
    dayone_limiter_free(lim);

    /* POLICY: the policy's default (strict here, then soft) */
    lim = new_limiter(p, DAYONE_ENFORCEMENT_POLICY, 0);
    r.usage = 1000;
    assert_int_equal(decide(lim, r).outcome, DAYONE_DENY_QUOTA);
    dayone_limiter_free(lim);
    p->enforcement_default = DAYONE_ENFORCEMENT_SOFT;
    lim = new_limiter(p, DAYONE_ENFORCEMENT_POLICY, 0);
    assert_int_equal(decide(lim, r).outcome, DAYONE_ALLOW_OVERAGE);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* The wall clock of the quota periods (Unix ns), set by the test. */
static int64_t g_wall;
static int64_t wall_clock(void *ctx)
{
    (void)ctx;
    return g_wall;
}

/* Counted quotas restart with their period: a calendar day at UTC
 * midnight, a calendar month on the 1st (here across a leap day). */
static void test_quota_counted_per_period(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "billing: {enforcement: strict, periods: {daily: day}}\n"
        "plans:\n"
        "  - name: p\n"
        "    limits:\n"
        "      a: {rps: 1000, burst: 100, quota: daily}\n"
        "      b: {rps: 1000, burst: 100, quota: monthly}\n"
        "    quotas: {daily: 2, monthly: 3}\n";
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, yaml, sizeof yaml - 1, "t", &err), DAYONE_OK);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.clock = test_clock;
    o.wall_clock = wall_clock;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    dayone_policy_free(p);
    /* reset: when the period resets (2024-02-29, 03-01, 04-01 at 00:00Z) */
    struct { int64_t wall_s; const char *limit; dayone_outcome want; int64_t left, reset; } t[] = {
        {1709164799, "a", DAYONE_ALLOW, 1, 1709164800},      /* 2024-02-28T23:59:59Z */
        {1709164799, "a", DAYONE_ALLOW, 0, 1709164800},
        {1709164799, "a", DAYONE_DENY_QUOTA, 0, 1709164800},
        {1709164800, "a", DAYONE_ALLOW, 1, 1709251200},      /* 2024-02-29: a new day */
        {1709164800, "b", DAYONE_ALLOW, 2, 1709251200},
        {1709251199, "b", DAYONE_ALLOW, 1, 1709251200},      /* 2024-02-29T23:59:59Z */
        {1709251199, "b", DAYONE_ALLOW, 0, 1709251200},
        {1709251199, "b", DAYONE_DENY_QUOTA, 0, 1709251200},
        {1709251200, "b", DAYONE_ALLOW, 2, 1711929600},      /* 2024-03-01: a new month */
        {1709251200, "a", DAYONE_ALLOW, 1, 1709337600},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        g_wall = t[i].wall_s * SEC;
        g_now += SEC;
        dayone_decision d = decide(lim, req("w", "p", t[i].limit, 1));
        if (d.outcome != t[i].want || d.quota_remaining != t[i].left)
            print_error("step %zu: %s, %lld left\n", i, dayone_outcome_name(d.outcome),
                        (long long)d.quota_remaining);
        assert_int_equal(d.outcome, t[i].want);
        assert_int_equal(d.quota_remaining, t[i].left);
        assert_int_equal(d.quota_reset_unix_s, t[i].reset);
    }
    /* A wall clock before 1970 cannot place a period: an error, not a guess. */
    g_wall = -5 * SEC;
    dayone_request r = req("w", "p", "a", 1);
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    dayone_limiter_free(lim);
}

/* A quota counted per period anchored at the tenant's date, which each
 * request carries: the count restarts on the anchor's day (the month's
 * last when shorter), the decision says when; the request's wall time,
 * when given, wins over the limiter's wall clock; a request without an
 * anchor is refused, naming the quota; and a staff reset of the count
 * names the anchor too (without it: refused, nothing changed). */
static void test_quota_anchored_per_request(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "billing: {enforcement: strict, periods: {billing: anchored}}\n"
        "plans:\n"
        "  - name: p\n"
        "    limits:\n"
        "      a: {rps: 1000, burst: 100, quota: billing}\n"
        "      m: {rps: 1000, burst: 100, quota: monthly}\n"
        "    quotas: {billing: 2, monthly: 2}\n"
        "support:\n"
        "  reason_min_length: 10\n"
        "  roles:\n"
        "    engineer: {actions: [limit_reset], max_minutes: 60}\n";
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, yaml, sizeof yaml - 1, "t", &err), DAYONE_OK);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.clock = test_clock;
    o.wall_clock = wall_clock;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    dayone_policy_free(p);
    const int64_t jan31 = 1832889600 + 3600;   /* 2028-01-31T01:00:00Z: the day counts */
    const int64_t feb29 = 1835395200, mar31 = 1838073600;
    dayone_request r = req("w", "p", "a", 1);
    r.period_anchor_unix_s = jan31;
    /* By the limiter's wall clock: Feb 28, 2028, in the period from Jan 31. */
    g_wall = (feb29 - 1) * SEC;
    dayone_decision d;
    for (int i = 0; i < 3; i++) {
        g_now += SEC;
        d = decide(lim, r);
        assert_int_equal(d.outcome, i < 2 ? DAYONE_ALLOW : DAYONE_DENY_QUOTA);
        assert_int_equal(d.quota_reset_unix_s, feb29);
    }
    /* The request's own wall time wins: Feb 29 is a new period. */
    g_wall = -5 * SEC; /* a wall clock the request no longer needs */
    r.wall_ns = feb29 * SEC;
    g_now += SEC;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 1);
    assert_int_equal(d.quota_reset_unix_s, mar31);
    /* A batch decides each request in its own tenant's period. */
    dayone_request b[3] = {r, r, r};
    b[1].key = "v";
    b[1].period_anchor_unix_s = 1833580800; /* 2028-02-08 */
    b[2].period_anchor_unix_s = 0;
    dayone_decision outs[3];
    int st[3];
    assert_int_equal(dayone_limiter_decide_many(lim, b, 3, outs, st, &err), DAYONE_EINVAL);
    assert_int_equal(st[0], DAYONE_OK);
    assert_int_equal(outs[0].outcome, DAYONE_ALLOW);
    assert_int_equal(outs[0].quota_remaining, 0);
    assert_int_equal(st[1], DAYONE_OK);
    assert_int_equal(outs[1].quota_reset_unix_s, 1836086400); /* 2028-03-08 */
    assert_int_equal(outs[1].quota_remaining, 1);
    assert_int_equal(st[2], DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "request 2"));
    /* No anchor: refused, counted or with the caller's usage; nothing counted. */
    r.period_anchor_unix_s = 0;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "'billing'"));
    assert_non_null(strstr(err.message, "period_anchor_unix_s"));
    r.usage = 0;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    r.usage = -1;
    r.period_anchor_unix_s = -86400;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "outside"));
    /* A month quota ignores the anchor; a wall time before 1970 is refused. */
    dayone_request m = req("w", "p", "m", 1);
    m.period_anchor_unix_s = jan31;
    m.wall_ns = feb29 * SEC;
    d = decide(lim, m);
    assert_int_equal(d.quota_reset_unix_s, 1835481600); /* 2028-03-01 */
    r.period_anchor_unix_s = jan31;
    r.wall_ns = -1;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_EINVAL);
    /* A staff reset of the count needs the tenant's anchor, as a request does. */
    r.wall_ns = feb29 * SEC;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    a.actor = "ana";
    a.role = "engineer";
    a.tenant = "w";
    a.action = "limit_reset";
    a.reason = "our outage burned the quota";
    a.now_unix_s = feb29;
    dayone_limit_reset rs = DAYONE_LIMIT_RESET_INIT;
    rs.plan = "p";
    rs.limit = "a";
    rs.what = DAYONE_RESET_QUOTA;
    dayone_access_decision ad;
    char *event = NULL;
    assert_int_equal(dayone_limiter_limit_reset(lim, &a, &rs, &ad, &event, &err),
                     DAYONE_EINVAL);
    assert_null(event);
    assert_non_null(strstr(err.message, "period_anchor_unix_s"));
    g_now += SEC;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA); /* nothing was reset */
    /* Another period's reset (a month before) leaves this one's count. */
    rs.period_anchor_unix_s = jan31;
    rs.wall_ns = (feb29 - 86400) * SEC;
    assert_int_equal(dayone_limiter_limit_reset(lim, &a, &rs, &ad, &event, &err), DAYONE_OK);
    assert_true(ad.allowed);
    dayone_free(event);
    g_now += SEC;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    /* The period holding the request's wall time: cleared. */
    rs.wall_ns = r.wall_ns;
    assert_int_equal(dayone_limiter_limit_reset(lim, &a, &rs, &ad, &event, &err), DAYONE_OK);
    assert_true(ad.allowed);
    dayone_free(event);
    g_now += SEC;
    d = decide(lim, r);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.quota_remaining, 1);
    dayone_limiter_free(lim);
}

/* billing.periods: anchored is a period; another word is refused at its place. */
static void test_quota_periods_policy(void **state)
{
    (void)state;
    static const char bad[] =
        "version: 1\n"
        "billing: {periods: {billing: weekly}}\n"
        "plans:\n"
        "  - name: p\n"
        "    limits: {a: {rps: 1, quota: billing}}\n"
        "    quotas: {billing: 2}\n";
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, bad, sizeof bad - 1, "t.yaml", &err),
                     DAYONE_EPOLICY);
    assert_int_equal(err.line, 2);
    assert_int_equal(err.column, 30);
    assert_non_null(strstr(err.message, "month, day or anchored"));
}

/* Threads racing for the last units of one tenant's counted quota: the
 * count is exact, so exactly the quota is admitted, never one more. */
typedef struct quota_race {
    dayone_limiter *lim;
    int allowed;
} quota_race;

static void *quota_racer(void *arg)
{
    quota_race *r = arg;
    for (int i = 0; i < 2000; i++) {
        dayone_request q = req("racer", "p", "a", 1);
        q.now_ns = 1000 * SEC + i; /* the rate (1e9 rps, burst 1e9) never binds */
        dayone_decision d;
        dayone_error err = {0};
        if (dayone_limiter_decide(r->lim, &q, &d, &err) == DAYONE_OK && d.allowed)
            r->allowed++;
    }
    return NULL;
}

static void test_quota_counted_exact_under_threads(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "plans:\n"
        "  - name: p\n"
        "    limits:\n"
        "      a: {rps: 1000000000, burst: 1000000000, quota: q}\n"
        "    quotas: {q: 3001}\n";
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, yaml, sizeof yaml - 1, "t", &err), DAYONE_OK);
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    dayone_policy_free(p);
    pthread_t th[4];
    quota_race r[4];
    for (int i = 0; i < 4; i++) {
        r[i].lim = lim;
        r[i].allowed = 0;
        assert_int_equal(pthread_create(&th[i], NULL, quota_racer, &r[i]), 0);
    }
    int total = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        total += r[i].allowed;
    }
    assert_int_equal(total, 3001);
    dayone_limiter_free(lim);
}

static void test_tenants_and_limits_are_independent(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100);
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_policy_free(p);
    g_now = 100 * SEC;
    assert_int_equal(decide(lim, req("a", "free", "ingest", 100)).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, req("a", "free", "ingest", 1)).outcome, DAYONE_DENY_RATE);
    assert_int_equal(decide(lim, req("b", "free", "ingest", 1)).remaining, 99);
    assert_int_equal(decide(lim, req("a", "free", "api", 1)).remaining, 19);
    /* a key that is a prefix of another is a different tenant */
    assert_int_equal(decide(lim, req("a\x01", "free", "ingest", 1)).remaining, 99);
    assert_int_equal(decide(lim, req("", "free", "ingest", 1)).remaining, 99);
    /* plans are tiers: each plan's rate applies to its tenants */
    assert_int_equal(decide(lim, req("c", "pro", "ingest", 1)).remaining, 499);
    assert_int_equal(decide(lim, req("c", "enterprise", "ingest", 1)).remaining, 9999);
    dayone_limiter_free(lim);
}

static void test_supplied_now_overrides_clock(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 1);
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_policy_free(p);
    g_now = 50 * SEC;
    dayone_request r = req("n", "free", "ingest", 1);
    assert_int_equal(decide(lim, r).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, r).outcome, DAYONE_DENY_RATE); /* clock unchanged */
    r.now_ns = 50 * SEC + 100 * MS;
    assert_int_equal(decide(lim, r).outcome, DAYONE_ALLOW);
    r.now_ns = -5;
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, NULL), DAYONE_EINVAL);
    dayone_limiter_free(lim);

    /* the default clock is CLOCK_MONOTONIC: a fresh limiter allows */
    p = test_policy(600, 1);
    dayone_limiter *m = NULL;
    assert_int_equal(dayone_limiter_new(&m, p, NULL, NULL), DAYONE_OK);
    r.now_ns = 0;
    assert_int_equal(dayone_limiter_decide(m, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(dayone_limiter_decide(m, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_true(d.retry_after_ns > 0 && d.retry_after_ns <= 100 * MS);
    assert_int_equal(dayone_limiter_tracked(m), 1);
    dayone_limiter_free(m);
    dayone_policy_free(p);
}

static void test_decide_many_matches_one_by_one(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 10);
    dayone_limiter *a = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_limiter *b = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 0);
    g_now = 70 * SEC;
    dayone_request reqs[40];
    const char *keys[] = {"x", "y", "z"};
    for (int i = 0; i < 40; i++) {
        reqs[i] = req(keys[i % 3], i % 5 == 0 ? "pro" : "free", i % 7 == 0 ? "api" : "ingest", 1 + i % 2);
        reqs[i].now_ns = 70 * SEC + i * 10 * MS;
    }
    dayone_decision many[40];
    int statuses[40];
    assert_int_equal(dayone_limiter_decide_many(a, reqs, 40, many, statuses, NULL), DAYONE_OK);
    int denied = 0;
    for (int i = 0; i < 40; i++) {
        dayone_decision one = decide(b, reqs[i]);
        assert_int_equal(statuses[i], DAYONE_OK);
        assert_int_equal(one.outcome, many[i].outcome);
        assert_int_equal(one.retry_after_ns, many[i].retry_after_ns);
        assert_int_equal(one.remaining, many[i].remaining);
        assert_int_equal(one.reset_after_ns, many[i].reset_after_ns);
        denied += !one.allowed;
    }
    assert_true(denied > 0);

    /* errors: the rest is still decided, the first failure is reported */
    reqs[3].plan = "nope";
    reqs[5].limit = "nope";
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_decide_many(a, reqs, 8, many, statuses, &err),
                     DAYONE_ENOTFOUND);
    assert_int_equal(statuses[3], DAYONE_ENOTFOUND);
    assert_int_equal(statuses[5], DAYONE_ENOTFOUND);
    assert_int_equal(statuses[4], DAYONE_OK);
    assert_int_equal(many[3].status, 0);
    assert_true(many[4].status == 200 || many[4].status == 429);
    assert_non_null(strstr(err.message, "request 3"));
    assert_int_equal(dayone_limiter_decide_many(a, reqs, 0, NULL, NULL, NULL), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide_many(a, NULL, 2, many, NULL, NULL), DAYONE_EINVAL);
    dayone_limiter_free(a);
    dayone_limiter_free(b);
    dayone_policy_free(p);
}

static void test_swap_keeps_unchanged_limits(void **state)
{
    (void)state;
    dayone_policy *p1 = test_policy(600, 100);
    dayone_limiter *lim = new_limiter(p1, DAYONE_ENFORCEMENT_STRICT, 0);
    dayone_policy_free(p1);
    g_now = 300 * SEC;
    assert_int_equal(decide(lim, req("s", "free", "ingest", 100)).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, req("s", "free", "api", 20)).outcome, DAYONE_ALLOW);

    /* same api limit, different ingest rate */
    dayone_policy *p2 = test_policy(1200, 100);
    assert_int_equal(dayone_limiter_swap_policy(lim, p2, NULL), DAYONE_OK);
    dayone_policy_free(p2);
    dayone_decision d = decide(lim, req("s", "free", "api", 1));
    assert_int_equal(d.outcome, DAYONE_DENY_RATE); /* api state survived */
    assert_int_equal(d.retry_after_ns, 500 * MS);
    d = decide(lim, req("s", "free", "ingest", 1));
    assert_int_equal(d.outcome, DAYONE_ALLOW);     /* ingest changed: fresh */
    assert_int_equal(d.remaining, 99);
    assert_int_equal(d.window_ns, 5 * SEC);

    /* swap back: the first ingest state is still there (and still full) */
    dayone_policy *p3 = test_policy(600, 100);
    assert_int_equal(dayone_limiter_swap_policy(lim, p3, NULL), DAYONE_OK);
    dayone_policy_free(p3);
    assert_int_equal(decide(lim, req("s", "free", "ingest", 1)).outcome, DAYONE_DENY_RATE);
    assert_int_equal(dayone_limiter_swap_policy(lim, NULL, NULL), DAYONE_EINVAL);
    dayone_limiter_free(lim);
}

static void test_capacity_bounds_memory_and_never_evicts_live_state(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(60, 1); /* T = 1 s: state lives 1 s */
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, 10);
    dayone_policy_free(p);
    size_t mem = dayone_limiter_memory(lim);
    assert_true(mem > 0 && mem < 2048);
    g_now = 77 * SEC;
    assert_int_equal(decide(lim, rate_only(req("vip", "free", "ingest", 1))).outcome, DAYONE_ALLOW);
    int admitted = 1, refused = 0;
    char key[32];
    dayone_decision d;
    for (int i = 0; i < 200; i++) {
        snprintf(key, sizeof key, "flood-%d", i);
        d = decide(lim, rate_only(req(key, "free", "ingest", 1)));
        if (d.allowed) {
            admitted++;
        } else {
            refused++;
            assert_string_equal(d.reason, "limiter at capacity");
            assert_int_equal(d.status, 429);
            assert_true(d.retry_after_ns > 0 && d.retry_after_ns <= SEC);
        }
    }
    assert_int_equal(admitted, 10); /* exactly the capacity, never the spare slots */
    assert_true(refused > 0);
    assert_int_equal(dayone_limiter_tracked(lim), (size_t)admitted);
    assert_int_equal(dayone_limiter_memory(lim), mem);
    /* the tracked tenant kept its state: still limited */
    d = decide(lim, rate_only(req("vip", "free", "ingest", 1)));
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_string_equal(d.reason, "rate limited");
    /* once state expires, slots are reused */
    g_now += 2 * SEC;
    assert_int_equal(dayone_limiter_tracked(lim), 0);
    assert_int_equal(decide(lim, rate_only(req("newcomer", "free", "ingest", 1))).outcome, DAYONE_ALLOW);
    dayone_limiter_free(lim);
}

/* Fill a limiter of `capacity` with live pairs (T = 1 s, so all stay live
 * at a fixed clock), then offer `extra` more: tracked must reach the
 * capacity and never pass it; every extra pair is refused "at capacity"
 * with a retry-after in (0, 1 s]. Then, once everything has expired, a
 * whole new generation of keys fits again (slots are reclaimed, whether in
 * the newcomers' candidate buckets or by the sweep). */
static void check_capacity_exact(size_t capacity, size_t extra, int batch)
{
    dayone_policy *p = test_policy(60, 1);
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_STRICT, capacity);
    dayone_policy_free(p);
    g_now = 500 * SEC;
    char key[48];
    size_t admitted = 0, refused = 0;
    for (size_t i = 0; i < capacity + extra; i++) {
        snprintf(key, sizeof key, "gen1-%zu", i);
        dayone_decision d;
        dayone_request r = rate_only(req(key, "free", "ingest", 1));
        if (batch)
            assert_int_equal(dayone_limiter_decide_many(lim, &r, 1, &d, NULL, NULL), DAYONE_OK);
        else
            d = decide(lim, r);
        if (d.allowed) {
            admitted++;
            continue;
        }
        refused++;
        assert_string_equal(d.reason, "limiter at capacity");
        assert_int_equal(d.status, 429);
        /* until a slot seen expires (1 s), plus the sweep's 1 s grace when
         * the slot is outside the key's own buckets */
        assert_true(d.retry_after_ns > 0 && d.retry_after_ns <= 2 * SEC);
    }
    size_t tracked = dayone_limiter_tracked(lim);
    if (admitted != capacity || tracked != capacity || refused != extra)
        fail_msg("capacity %zu: admitted %zu, tracked %zu, refused %zu of %zu extra", capacity,
                 admitted, tracked, refused, extra);
    /* a tracked pair is still limited, not forgotten */
    dayone_decision d = decide(lim, rate_only(req("gen1-0", "free", "ingest", 1)));
    assert_string_equal(d.reason, "rate limited");

    /* Every pair expired: room for a new generation. A newcomer whose own
     * buckets hold no expired slot gets room from the sweep (which empties
     * the expired slots of the next 8 buckets), or is refused when those
     * hold none, so all the room is back within one round of the table
     * (memory / 64 buckets, 8 per sweep). */
    g_now += 2 * SEC;
    admitted = refused = 0;
    size_t rounds = dayone_limiter_memory(lim) / 64 / 8 + 2, offered = 0;
    while (admitted < capacity && refused <= rounds) {
        snprintf(key, sizeof key, "gen2-%zu", offered++);
        if (decide(lim, rate_only(req(key, "free", "ingest", 1))).allowed)
            admitted++;
        else
            refused++;
    }
    for (size_t i = 0; i < extra; i++) {
        snprintf(key, sizeof key, "gen2-extra-%zu", i);
        admitted += decide(lim, rate_only(req(key, "free", "ingest", 1))).allowed;
    }
    tracked = dayone_limiter_tracked(lim);
    if (getenv("DAYONE_TEST_VERBOSE"))
        printf("capacity %zu: second generation took %zu refusals\n", capacity, refused);
    if (admitted != capacity || tracked != capacity)
        fail_msg("capacity %zu, second generation: admitted %zu (%zu refusals on the way), "
                 "tracked %zu", capacity, admitted, refused, tracked);
    dayone_limiter_free(lim);
}

static void test_capacity_is_exact_small(void **state)
{
    (void)state;
    static const size_t caps[] = {1, 2, 5, 6, 7, 13, 64, 1000};
    for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
        check_capacity_exact(caps[i], 3 * caps[i] + 5, 0);
        check_capacity_exact(caps[i], 2, 1);
    }
}

static void test_capacity_is_exact_large(void **state)
{
    (void)state;
    check_capacity_exact(100000, 2000, 0);
}

/* unlimited and none through decide_many, mixed with rate limits in one
 * batch: the same decisions as one by one. */
static void test_unlimited_and_none_in_a_batch(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "plans:\n"
        "  - name: lite\n"
        "    limits: {api: {rpm: 60, burst: 2}, bulk: none}\n"
        "  - name: full\n"
        "    limits: {api: unlimited, bulk: {rph: 60, burst: 1}}\n";
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, yaml, sizeof yaml - 1, "t", &err), DAYONE_OK);
    dayone_limiter *lim = new_limiter(p, DAYONE_ENFORCEMENT_OFF, 100);
    dayone_policy_free(p);
    dayone_request r[6] = {req("a", "lite", "api", 1), req("a", "lite", "bulk", 1),
                           req("a", "full", "api", 1000), req("a", "full", "bulk", 1),
                           req("a", "lite", "api", 1),  req("a", "lite", "api", 1)};
    dayone_decision d[6];
    int st[6];
    assert_int_equal(dayone_limiter_decide_many(lim, r, 6, d, st, &err), DAYONE_OK);
    assert_string_equal(d[0].reason, "ok");
    assert_int_equal(d[1].outcome, DAYONE_DENY_PLAN);
    assert_string_equal(d[1].reason, "limit not in plan");
    assert_string_equal(d[1].upgrade_plan, "full");
    assert_int_equal(d[2].outcome, DAYONE_ALLOW);
    assert_string_equal(d[2].reason, "unlimited");
    assert_int_equal(d[2].burst, 0);
    assert_int_equal(d[2].window_ns, 0);
    char buf[64];
    assert_int_equal(dayone_decision_ratelimit(&d[2], "api", buf, sizeof buf), DAYONE_ENOTFOUND);
    assert_int_equal(dayone_decision_ratelimit_policy(&d[2], "api", buf, sizeof buf),
                     DAYONE_ENOTFOUND);
    assert_int_equal(dayone_decision_retry_after(&d[2], buf, sizeof buf), 1);
    assert_string_equal(d[3].reason, "ok");
    assert_string_equal(d[4].reason, "ok");
    assert_string_equal(d[5].reason, "rate limited"); /* burst 2 used by d[0], d[4] */
    /* no state kept for unlimited or none */
    assert_int_equal(dayone_limiter_tracked(lim), 2);
    dayone_limiter_free(lim);
}

static void test_options_validation(void **state)
{
    (void)state;
    dayone_policy *p = test_policy(600, 100);
    dayone_limiter *lim = NULL;
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    dayone_error err = {0};
    o.version = 0;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_EINVAL);
    o.version = DAYONE_LIMITER_OPTIONS_VERSION;
    o.enforcement = (dayone_enforcement)9;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_EINVAL);
    o.enforcement = DAYONE_ENFORCEMENT_STRICT;
    o.capacity = (size_t)1 << 40;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_new(&lim, NULL, NULL, &err), DAYONE_EINVAL);
    assert_null(lim);
    o.capacity = 0; /* default 100000 */
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    assert_true(dayone_limiter_memory(lim) / 100000 <= 64);
    assert_true(dayone_limiter_memory(lim) >= 100000 * 16);
    dayone_limiter_free(lim);
    dayone_limiter_free(NULL);
    assert_int_equal(dayone_limiter_tracked(NULL), 0);
    dayone_policy_free(p);
}

static void test_names_and_enforcement(void **state)
{
    (void)state;
    assert_string_equal(dayone_outcome_name(DAYONE_ALLOW), "allow");
    assert_string_equal(dayone_outcome_name(DAYONE_ALLOW_OVERAGE), "allow_overage");
    assert_string_equal(dayone_outcome_name(DAYONE_DENY_RATE), "deny_rate");
    assert_string_equal(dayone_outcome_name(DAYONE_DENY_QUOTA), "deny_quota");
    assert_string_equal(dayone_outcome_name(DAYONE_DENY_PLAN), "deny_plan");
    dayone_enforcement e;
    assert_int_equal(dayone_enforcement_parse(&e, "strict"), DAYONE_OK);
    assert_int_equal(e, DAYONE_ENFORCEMENT_STRICT);
    assert_int_equal(dayone_enforcement_parse(&e, " Soft "), DAYONE_OK);
    assert_int_equal(e, DAYONE_ENFORCEMENT_SOFT);
    assert_int_equal(dayone_enforcement_parse(&e, "OFF"), DAYONE_OK);
    assert_int_equal(e, DAYONE_ENFORCEMENT_OFF);
    assert_int_equal(dayone_enforcement_parse(&e, "hard"), DAYONE_EINVAL);
    assert_int_equal(dayone_enforcement_parse(&e, ""), DAYONE_EINVAL);
    assert_int_equal(dayone_enforcement_parse(&e, NULL), DAYONE_EINVAL);

    dayone_policy *p = test_policy(600, 100);
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_STRICT);
    assert_int_equal(dayone_env_set(env, "BILLING_ENFORCEMENT", "soft", 4, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_SOFT);
    assert_int_equal(dayone_env_set(env, "BILLING_ENFORCEMENT", "bogus", 5, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_STRICT);
    /* What the check calls invalid is not "soft" to the limiter either. */
    assert_int_equal(dayone_env_set(env, "BILLING_ENFORCEMENT", "Soft", 4, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_STRICT);
    assert_int_equal(dayone_env_set(env, "BILLING_ENFORCEMENT", "off", 3, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_OFF);
    assert_int_equal(dayone_policy_enforcement(p, NULL), DAYONE_ENFORCEMENT_STRICT);
    dayone_env_free(env);
    dayone_policy_free(p);
}

/* The values the limiter takes from the enforcement variable are those the
 * policy's own enum rule on it accepts, not a fixed list. */
static void test_enforcement_values_come_from_the_policy(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "posture:\n"
        "  - id: enforcement-valid\n"
        "    key: PAY_MODE\n"
        "    format: enum\n"
        "    values: [strict, soft]\n"
        "  - id: enforcement-in-launch\n"
        "    key: PAY_MODE\n"
        "    when: {var: STAGE, equals: live}\n"
        "    format: enum\n"
        "    values: [strict]\n"
        "billing: {enforcement: soft, env: PAY_MODE}\n"
        "plans:\n"
        "  - name: free\n"
        "    limits: {ingest: {rps: 1}}\n";
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, yaml, sizeof yaml - 1, NULL, &err),
                     DAYONE_OK);
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_SOFT);
    assert_int_equal(dayone_env_set(env, "PAY_MODE", "strict", 6, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_STRICT);
    /* A mode the policy's enum leaves out is invalid to the check: the
     * limiter stays on the default rather than turning enforcement off. */
    assert_int_equal(dayone_env_set(env, "PAY_MODE", "off", 3, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_SOFT);
    /* A conditional rule does not narrow the values everywhere. */
    assert_int_equal(dayone_env_set(env, "PAY_MODE", "soft", 4, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_enforcement(p, env), DAYONE_ENFORCEMENT_SOFT);
    dayone_env_free(env);
    dayone_policy_free(p);
}

static void test_header_values(void **state)
{
    (void)state;
    /* The header writers in full: tests/unit/test_ratelimit_headers.c. */
    dayone_decision d;
    memset(&d, 0, sizeof d);
    char buf[64];
    d.outcome = DAYONE_ALLOW;
    d.allowed = 1;
    d.remaining = 9;
    d.reset_after_ns = 5 * SEC + 1; /* T = 600 ms: the next unit in 200 ms + 1 ns */
    d.burst = 100;
    d.limit = 100;
    d.window_ns = 60 * SEC;
    d.rate = 100;
    d.rate_period_ns = 60 * SEC;
    assert_int_equal(dayone_decision_retry_after(&d, buf, sizeof buf), 1);
    assert_string_equal(buf, "0");
    assert_int_equal(dayone_decision_ratelimit(&d, "ingest", buf, sizeof buf), 16);
    assert_string_equal(buf, "\"ingest\";r=9;t=1");
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "ingest", buf, sizeof buf), 19);
    assert_string_equal(buf, "\"ingest\";q=100;w=60");
    d.limit = 1000; /* overage: limit holds the quota; q/w stay the rate */
    dayone_decision_ratelimit_policy(&d, "ingest", buf, sizeof buf);
    assert_string_equal(buf, "\"ingest\";q=100;w=60");

    d.outcome = DAYONE_DENY_RATE;
    d.allowed = 0;
    d.remaining = 0;
    d.retry_after_ns = 100 * MS;
    d.reset_after_ns = 10 * SEC;
    assert_int_equal(dayone_decision_retry_after(&d, buf, sizeof buf), 1);
    assert_string_equal(buf, "1");
    dayone_decision_ratelimit(&d, "ingest", buf, sizeof buf);
    assert_string_equal(buf, "\"ingest\";r=0;t=1");
    d.retry_after_ns = 3 * SEC;
    dayone_decision_retry_after(&d, buf, sizeof buf);
    assert_string_equal(buf, "3");

    /* escaping and refusal */
    dayone_decision_ratelimit(&d, "a\"b\\c", buf, sizeof buf);
    assert_string_equal(buf, "\"a\\\"b\\\\c\";r=0;t=3");
    assert_int_equal(dayone_decision_ratelimit(&d, "tab\there", buf, sizeof buf), DAYONE_EINVAL);
    assert_int_equal(dayone_decision_ratelimit(&d, "ingest", buf, 10), DAYONE_EINVAL);
    assert_int_equal(dayone_decision_retry_after(&d, buf, 1), DAYONE_EINVAL);
    d.retry_after_ns = -1; /* waiting does not help: no value, not an error */
    assert_int_equal(dayone_decision_retry_after(&d, buf, sizeof buf), DAYONE_ENOTFOUND);
    assert_int_equal(dayone_decision_ratelimit(&d, "ingest", buf, sizeof buf), DAYONE_ENOTFOUND);
    d.rate = 0;
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "ingest", buf, sizeof buf),
                     DAYONE_ENOTFOUND);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_burst_then_deny_with_exact_retry_after),
        cmocka_unit_test(test_cost_and_cost_exceeds_burst),
        cmocka_unit_test(test_unknown_names_are_errors_without_the_key),
        cmocka_unit_test(test_paywall_names_cheapest_plan),
        cmocka_unit_test(test_quota_strict_soft_off),
        cmocka_unit_test(test_quota_counted_per_period),
        cmocka_unit_test(test_quota_anchored_per_request),
        cmocka_unit_test(test_quota_periods_policy),
        cmocka_unit_test(test_quota_counted_exact_under_threads),
        cmocka_unit_test(test_tenants_and_limits_are_independent),
        cmocka_unit_test(test_supplied_now_overrides_clock),
        cmocka_unit_test(test_decide_many_matches_one_by_one),
        cmocka_unit_test(test_swap_keeps_unchanged_limits),
        cmocka_unit_test(test_capacity_bounds_memory_and_never_evicts_live_state),
        cmocka_unit_test(test_capacity_is_exact_small),
        cmocka_unit_test(test_capacity_is_exact_large),
        cmocka_unit_test(test_unlimited_and_none_in_a_batch),
        cmocka_unit_test(test_options_validation),
        cmocka_unit_test(test_names_and_enforcement),
        cmocka_unit_test(test_enforcement_values_come_from_the_policy),
        cmocka_unit_test(test_header_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
