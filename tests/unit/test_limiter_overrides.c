/* test_limiter_overrides.c - per-tenant overrides (dayone/overrides.h):
 * set, replace, clear and list through the API; the API's override over
 * the policy's; ends on the wall clock; validation; the bound; decide_many;
 * and set/clear racing with decisions (run under TSan by `make tsan`). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "dayone/overrides.h"

#define SEC INT64_C(1000000000)

static const char POLICY[] =
    "version: 1\n"
    "billing: {enforcement: strict}\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: {rpm: 60, burst: 2}\n"
    "      api: {rpm: 60, burst: 1}\n"
    "      bulk: none\n"
    "  - name: pro\n"
    "    limits:\n"
    "      ingest: {rps: 10, burst: 20}\n"
    "      api: unlimited\n"
    "      bulk: {rpm: 1, burst: 1}\n"
    "overrides:\n"
    "  - {tenant: vip, limit: ingest, rps: 1, burst: 5, reason: from the policy}\n";

static int64_t wall_ns = INT64_C(1800000000) * SEC; /* 2027-01-15 */
static int64_t wall_clock(void *ctx)
{
    (void)ctx;
    return wall_ns;
}

static dayone_limiter *limiter_of(const char *yaml)
{
    dayone_policy *p = NULL;
    dayone_error err = {0};
    if (dayone_policy_load_string(&p, yaml, strlen(yaml), "t", &err) != DAYONE_OK)
        fail_msg("policy: %s", err.message);
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = 100000;
    o.env = env;
    o.wall_clock = wall_clock;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    dayone_env_free(env);
    dayone_policy_free(p);
    return lim;
}

static dayone_limiter *limiter(void) { return limiter_of(POLICY); }

static dayone_decision decide_on(dayone_limiter *lim, const char *key, const char *plan,
                                 const char *limit, int64_t now)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = key;
    r.plan = plan;
    r.limit = limit;
    r.now_ns = now;
    dayone_decision d;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    return d;
}

static int set(dayone_limiter *lim, const char *tenant, const char *limit, int64_t rate,
               int64_t period, int64_t burst, const char *reason, int64_t expires,
               dayone_error *err)
{
    dayone_override_spec s = DAYONE_OVERRIDE_SPEC_INIT;
    s.tenant = tenant;
    s.limit = limit;
    s.rate = rate;
    s.rate_period_ns = period;
    s.burst = burst;
    s.reason = reason;
    s.expires_unix_s = expires;
    return dayone_limiter_override_set(lim, &s, err);
}

/* How many requests at one instant pass: the burst in force. */
static int passes(dayone_limiter *lim, const char *key, const char *plan, const char *limit,
                  int64_t now)
{
    int n = 0;
    while (n < 1000 && decide_on(lim, key, plan, limit, now).allowed)
        n++;
    return n;
}

static void test_set_replace_clear(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    int64_t t = 100 * SEC;
    assert_int_equal(passes(lim, "t1", "free", "ingest", t), 2);

    assert_int_equal(set(lim, "t1", "ingest", 600, 60 * SEC, 7, "SUP-1 trial", 0, &err),
                     DAYONE_OK);
    dayone_decision d = decide_on(lim, "t1", "free", "ingest", t);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_API);
    assert_string_equal(d.override_reason, "SUP-1 trial");
    assert_int_equal(d.burst, 7);
    assert_int_equal(d.rate, 600);
    assert_int_equal(d.rate_period_ns, 60 * SEC);
    assert_int_equal(d.remaining, 6);
    assert_int_equal(passes(lim, "t1", "free", "ingest", t), 6);
    /* Another tenant and another limit keep the plan's. */
    d = decide_on(lim, "t2", "free", "ingest", t);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_NONE);
    assert_string_equal(d.override_reason, "");
    assert_int_equal(d.burst, 2);
    assert_int_equal(decide_on(lim, "t1", "free", "api", t).burst, 1);

    /* Replacing starts the new rate's own state: a full burst of 3. */
    assert_int_equal(set(lim, "t1", "ingest", 1, SEC, 3, NULL, 0, &err), DAYONE_OK);
    d = decide_on(lim, "t1", "free", "ingest", t);
    assert_int_equal(d.burst, 3);
    assert_string_equal(d.override_reason, "");
    assert_int_equal(passes(lim, "t1", "free", "ingest", t), 2);

    /* Cleared: the plan's rate, whose state was left where it was (spent). */
    assert_int_equal(dayone_limiter_override_clear(lim, "t1", "ingest", &err), DAYONE_OK);
    d = decide_on(lim, "t1", "free", "ingest", t);
    assert_false(d.allowed);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_NONE);
    assert_int_equal(d.burst, 2);
    assert_int_equal(dayone_limiter_override_clear(lim, "t1", "ingest", &err), DAYONE_ENOTFOUND);
    dayone_limiter_free(lim);
}

static void test_plan_kinds_stay(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    assert_int_equal(set(lim, "t1", "api", 1, SEC, 9, "x", 0, &err), DAYONE_OK);
    assert_int_equal(set(lim, "t1", "bulk", 1, SEC, 9, "x", 0, &err), DAYONE_OK);
    dayone_decision d = decide_on(lim, "t1", "pro", "api", SEC);
    assert_string_equal(d.reason, "unlimited");
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_NONE);
    d = decide_on(lim, "t1", "free", "bulk", SEC);
    assert_int_equal(d.outcome, DAYONE_DENY_PLAN);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_NONE);
    d = decide_on(lim, "t1", "pro", "bulk", SEC);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_API);
    assert_int_equal(d.burst, 9);

    dayone_effective_limit e;
    assert_int_equal(dayone_limiter_effective_limit(lim, "t1", "pro", "api", &e, &err),
                     DAYONE_OK);
    assert_int_equal(e.kind, 1);
    assert_int_equal(dayone_limiter_effective_limit(lim, "t1", "free", "bulk", &e, &err),
                     DAYONE_OK);
    assert_int_equal(e.kind, 2);
    assert_int_equal(dayone_limiter_effective_limit(lim, "t1", "gold", "api", &e, &err),
                     DAYONE_ENOTFOUND);
    dayone_limiter_free(lim);
}

static void test_api_over_policy_and_list(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    dayone_decision d = decide_on(lim, "vip", "free", "ingest", SEC);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_POLICY);
    assert_string_equal(d.override_reason, "from the policy");
    assert_int_equal(d.burst, 5);

    dayone_effective_limit e;
    assert_int_equal(dayone_limiter_effective_limit(lim, "vip", "pro", "ingest", &e, &err),
                     DAYONE_OK);
    assert_int_equal(e.kind, 0);
    assert_int_equal(e.source, DAYONE_OVERRIDE_POLICY);
    assert_int_equal(e.burst, 5);
    assert_int_equal(e.plan_burst, 20);
    assert_int_equal(e.plan_rate, 10);

    assert_int_equal(set(lim, "vip", "ingest", 100, SEC, 50, "api", 0, &err), DAYONE_OK);
    d = decide_on(lim, "vip", "free", "ingest", SEC);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_API);
    assert_int_equal(d.burst, 50);

    dayone_override list[4];
    size_t n = 0;
    assert_int_equal(dayone_limiter_overrides(lim, list, 4, &n, &err), DAYONE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(list[0].source, DAYONE_OVERRIDE_API);
    assert_string_equal(list[0].tenant, "vip");
    assert_string_equal(list[0].limit, "ingest");
    assert_int_equal(list[0].burst, 50);
    assert_true(list[0].in_force);
    assert_int_equal(list[1].source, DAYONE_OVERRIDE_POLICY);
    assert_int_equal(list[1].burst, 5);
    assert_int_equal(list[1].rate_period_ns, SEC);
    assert_false(list[1].in_force); /* the API's replaces it */
    assert_int_equal(dayone_limiter_overrides(lim, NULL, 0, &n, &err), DAYONE_OK);
    assert_int_equal(n, 2);

    assert_int_equal(dayone_limiter_override_clear(lim, "vip", "ingest", &err), DAYONE_OK);
    assert_int_equal(decide_on(lim, "vip", "free", "ingest", 2 * SEC).override_source,
                     DAYONE_OVERRIDE_POLICY);
    /* The policy's cannot be cleared through the API. */
    assert_int_equal(dayone_limiter_override_clear(lim, "vip", "ingest", &err), DAYONE_ENOTFOUND);
    dayone_limiter_free(lim);
}

static void test_ends_on_the_wall_clock(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    int64_t now_s = wall_ns / SEC;
    assert_int_equal(set(lim, "t1", "ingest", 1, SEC, 9, "until tomorrow", now_s + 10, &err),
                     DAYONE_OK);
    assert_int_equal(decide_on(lim, "t1", "free", "ingest", SEC).override_source,
                     DAYONE_OVERRIDE_API);
    wall_ns += 9 * SEC;
    assert_int_equal(decide_on(lim, "t1", "free", "ingest", SEC).override_source,
                     DAYONE_OVERRIDE_API);
    wall_ns += SEC; /* the end second itself: no longer */
    assert_int_equal(decide_on(lim, "t1", "free", "ingest", SEC).override_source,
                     DAYONE_OVERRIDE_NONE);
    dayone_override o;
    size_t n;
    assert_int_equal(dayone_limiter_overrides(lim, &o, 1, &n, &err), DAYONE_OK);
    assert_int_equal(n, 2);
    assert_int_equal(o.source, DAYONE_OVERRIDE_API);
    assert_false(o.in_force);
    wall_ns -= 10 * SEC;
    dayone_limiter_free(lim);
}

static void test_validation(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    char long_key[200];
    memset(long_key, 'k', sizeof long_key - 1);
    long_key[sizeof long_key - 1] = '\0';
    assert_int_equal(set(lim, "t", "nope", 1, SEC, 1, NULL, 0, &err), DAYONE_ENOTFOUND);
    assert_int_equal(set(lim, "t", "ingest", 0, SEC, 1, NULL, 0, &err), DAYONE_EINVAL);
    assert_int_equal(set(lim, "t", "ingest", 1, 2 * SEC, 1, NULL, 0, &err), DAYONE_EINVAL);
    assert_int_equal(set(lim, "t", "ingest", 1, SEC, 0, NULL, 0, &err), DAYONE_EINVAL);
    assert_int_equal(set(lim, "t", "ingest", 1, 3600 * SEC, 1000000000, NULL, 0, &err),
                     DAYONE_EINVAL);
    assert_int_equal(set(lim, "", "ingest", 1, SEC, 1, NULL, 0, &err), DAYONE_EINVAL);
    assert_int_equal(set(lim, long_key, "ingest", 1, SEC, 1, NULL, 0, &err), DAYONE_EINVAL);
    assert_int_equal(set(lim, "t", "ingest", 1, SEC, 1, "two\nlines", 0, &err), DAYONE_EINVAL);
    assert_int_equal(set(lim, "t", "ingest", 1, SEC, 1, NULL, -1, &err), DAYONE_EINVAL);
    static const char secretish[] =
        "sk_live_0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghij";
    assert_int_equal(set(lim, "t", "ingest", 1, SEC, 1, secretish, 0, &err), DAYONE_EINVAL);
    assert_null(strstr(err.message, "sk_live"));
    assert_int_equal(dayone_limiter_override_set(lim, NULL, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_override_clear(lim, NULL, "ingest", &err), DAYONE_EINVAL);
    size_t n;
    assert_int_equal(dayone_limiter_overrides(lim, NULL, 1, &n, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_overrides(lim, NULL, 0, &n, &err), DAYONE_OK);
    assert_int_equal(n, 1); /* the policy's */
    dayone_limiter_free(lim);
}

static void test_bounded_and_lookups_after_removals(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    char key[32];
    for (int i = 0; i < DAYONE_OVERRIDES_MAX; i++) {
        snprintf(key, sizeof key, "k%d", i);
        assert_int_equal(set(lim, key, "ingest", 1, SEC, 1 + i, NULL, 0, &err), DAYONE_OK);
    }
    assert_int_equal(set(lim, "one-more", "ingest", 1, SEC, 1, NULL, 0, &err), DAYONE_ELIMIT);
    assert_int_equal(set(lim, "k5", "ingest", 1, SEC, 77, NULL, 0, &err), DAYONE_OK);
    /* Remove every third: the others must still be found (the table shifts
     * entries back on removal), the removed ones not. */
    for (int i = 0; i < DAYONE_OVERRIDES_MAX; i += 3) {
        snprintf(key, sizeof key, "k%d", i);
        assert_int_equal(dayone_limiter_override_clear(lim, key, "ingest", &err), DAYONE_OK);
    }
    for (int i = 0; i < DAYONE_OVERRIDES_MAX; i++) {
        snprintf(key, sizeof key, "k%d", i);
        dayone_effective_limit e;
        assert_int_equal(dayone_limiter_effective_limit(lim, key, "free", "ingest", &e, &err),
                         DAYONE_OK);
        if (i % 3 == 0) {
            assert_int_equal(e.source, DAYONE_OVERRIDE_NONE);
            assert_int_equal(e.burst, 2);
        } else {
            assert_int_equal(e.source, DAYONE_OVERRIDE_API);
            assert_int_equal(e.burst, i == 5 ? 77 : 1 + i);
        }
    }
    assert_int_equal(set(lim, "one-more", "ingest", 1, SEC, 1, NULL, 0, &err), DAYONE_OK);
    dayone_limiter_free(lim);
}

static void test_decide_many(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    dayone_error err = {0};
    enum { N = 64 };
    char keys[N][16];
    dayone_request reqs[N];
    dayone_decision outs[N];
    for (int i = 0; i < N; i++) {
        snprintf(keys[i], sizeof keys[i], "m%d", i % 8);
        if (i % 8 < 4)
            assert_int_equal(set(lim, keys[i], "ingest", 1, SEC, 10 + i % 8, "batch", 0, &err),
                             DAYONE_OK);
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = keys[i];
        r.plan = "free";
        r.limit = "ingest";
        r.now_ns = SEC;
        reqs[i] = r;
    }
    assert_int_equal(dayone_limiter_decide_many(lim, reqs, N, outs, NULL, &err), DAYONE_OK);
    for (int i = 0; i < N; i++) {
        int with = i % 8 < 4;
        assert_int_equal(outs[i].override_source, with ? DAYONE_OVERRIDE_API : 0);
        assert_int_equal(outs[i].burst, with ? 10 + i % 8 : 2);
        assert_string_equal(outs[i].override_reason, with ? "batch" : "");
        /* Each key is seen 8 times: all pass under its override's burst
         * (10 and up), the plan's burst of 2 lets only two through. */
        assert_int_equal(outs[i].allowed, with || i / 8 < 2);
    }
    dayone_limiter_free(lim);
}

typedef struct racer {
    dayone_limiter *lim;
    char key[16];
    _Atomic int *stop;
    _Atomic long decided;
} racer;

/* A decision under set/clear must be wholly the override's or wholly the
 * plan's: its burst, rate and reason agree with its override_source. */
static void *race_decide(void *arg)
{
    racer *r = arg;
    int64_t now = SEC;
    while (!atomic_load(r->stop)) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = r->key;
        q.plan = "free";
        q.limit = "ingest";
        q.now_ns = (now += SEC);
        dayone_decision d;
        if (dayone_limiter_decide(r->lim, &q, &d, NULL) != DAYONE_OK)
            return (void *)"decide failed";
        if (d.override_source == DAYONE_OVERRIDE_API) {
            /* Set with (4/s, 40, "race") or (8/s, 80, "race-8"); a neighbour
             * holds (5/s, 50, "neighbour"): any mix is a torn read. */
            int a = d.burst == 40 && d.rate == 4 && strcmp(d.override_reason, "race") == 0;
            int b = d.burst == 80 && d.rate == 8 && strcmp(d.override_reason, "race-8") == 0;
            if (!a && !b)
                return (void *)"a torn override";
        } else if (d.override_source != DAYONE_OVERRIDE_NONE || d.burst != 2 || d.rate != 60 ||
                   d.override_reason[0] != '\0') {
            return (void *)"a torn plan rate";
        }
        atomic_fetch_add(&r->decided, 1);
    }
    return NULL;
}

static void test_set_clear_race_with_decisions(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    _Atomic int stop = 0;
    pthread_t th[3];
    racer r[3];
    for (int i = 0; i < 3; i++) {
        r[i].lim = lim;
        r[i].stop = &stop;
        atomic_init(&r[i].decided, 0);
        snprintf(r[i].key, sizeof r[i].key, "r%d", i);
        assert_int_equal(pthread_create(&th[i], NULL, race_decide, &r[i]), 0);
    }
    char key[16];
    /* Until every racer has decided a good many times under the churn
     * (a busy machine may start them late), within a bound. */
    for (long i = 0; i < 3000 || (i < 3000000 && (atomic_load(&r[0].decided) < 2000 ||
                                                  atomic_load(&r[1].decided) < 2000 ||
                                                  atomic_load(&r[2].decided) < 2000));
         i++) {
        /* Neighbours too, so removals shift the racers' entries around. */
        snprintf(key, sizeof key, "r%ld", i % 3);
        if (i % 2)
            set(lim, key, "ingest", 4, SEC, 40, "race", 0, NULL);
        else
            set(lim, key, "ingest", 8, SEC, 80, "race-8", 0, NULL);
        snprintf(key, sizeof key, "n%ld", i % 50);
        set(lim, key, "ingest", 5, SEC, 50, "neighbour", 0, NULL);
        snprintf(key, sizeof key, "r%ld", (i + 1) % 3);
        dayone_limiter_override_clear(lim, key, "ingest", NULL);
        snprintf(key, sizeof key, "n%ld", (i + 7) % 50);
        dayone_limiter_override_clear(lim, key, "ingest", NULL);
    }
    atomic_store(&stop, 1);
    for (int i = 0; i < 3; i++) {
        void *bad = NULL;
        pthread_join(th[i], &bad);
        if (bad)
            fail_msg("%s", (const char *)bad);
        assert_true(atomic_load(&r[i].decided) >= 2000);
    }
    dayone_limiter_free(lim);
}

/* A limit of several rates: an override's one rate replaces them all (in
 * the decision and in effective_limit, which lists every rate). */
static void test_several_rates(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_of("version: 1\n"
                                     "plans:\n"
                                     "  - name: p\n"
                                     "    limits:\n"
                                     "      ingest: [{rps: 10, burst: 5}, {rpm: 20, burst: 8}]\n"
                                     "overrides:\n"
                                     "  - {tenant: big, limit: ingest, rpd: 1000, burst: 100}\n");
    dayone_error err = {0};
    dayone_effective_limit e;
    assert_int_equal(dayone_limiter_effective_limit(lim, "nobody", "p", "ingest", &e, &err),
                     DAYONE_OK);
    assert_int_equal(e.source, DAYONE_OVERRIDE_NONE);
    assert_int_equal(e.nrates, 2);
    assert_int_equal(e.plan_nrates, 2);
    assert_int_equal(e.rates[0].rate, 10);
    assert_int_equal(e.rates[0].rate_period_ns, SEC);
    assert_int_equal(e.rates[0].burst, 5);
    assert_int_equal(e.rates[1].rate, 20);
    assert_int_equal(e.rates[1].rate_period_ns, 60 * SEC);
    assert_int_equal(e.rates[1].burst, 8);
    assert_int_equal(e.rate, 10);
    assert_memory_equal(e.rates, e.plan_rates, sizeof e.rates);

    assert_int_equal(dayone_limiter_effective_limit(lim, "big", "p", "ingest", &e, &err),
                     DAYONE_OK);
    assert_int_equal(e.source, DAYONE_OVERRIDE_POLICY);
    assert_int_equal(e.nrates, 1);
    assert_int_equal(e.rates[0].rate, 1000);
    assert_int_equal(e.rates[0].rate_period_ns, 86400 * SEC);
    assert_int_equal(e.rates[0].burst, 100);
    assert_int_equal(e.rates[1].rate, 0);
    assert_int_equal(e.plan_nrates, 2);
    assert_int_equal(e.plan_rates[1].rate, 20);

    /* 100 at once: neither of the plan's rates (5 at once, 8 a minute) applies */
    dayone_decision d;
    for (int i = 0; i < 100; i++) {
        d = decide_on(lim, "big", "p", "ingest", SEC);
        assert_int_equal(d.outcome, DAYONE_ALLOW);
    }
    assert_int_equal(d.nrates, 0);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_POLICY);
    assert_int_equal(d.rate_period_ns, 86400 * SEC);
    assert_int_equal(decide_on(lim, "big", "p", "ingest", SEC).outcome, DAYONE_DENY_RATE);

    /* the API takes a daily rate too, and its one rate replaces the set */
    assert_int_equal(set(lim, "small", "ingest", 3, 86400 * SEC, 3, NULL, 0, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_effective_limit(lim, "small", "p", "ingest", &e, &err),
                     DAYONE_OK);
    assert_int_equal(e.source, DAYONE_OVERRIDE_API);
    assert_int_equal(e.nrates, 1);
    assert_int_equal(e.rates[0].rate, 3);
    d = decide_on(lim, "small", "p", "ingest", SEC);
    assert_int_equal(d.override_source, DAYONE_OVERRIDE_API);
    assert_int_equal(d.nrates, 0);
    assert_int_equal(d.burst, 3);
    assert_int_equal(set(lim, "small", "ingest", 3, 7 * SEC, 3, NULL, 0, &err), DAYONE_EINVAL);
    dayone_limiter_free(lim);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_set_replace_clear),
        cmocka_unit_test(test_plan_kinds_stay),
        cmocka_unit_test(test_api_over_policy_and_list),
        cmocka_unit_test(test_ends_on_the_wall_clock),
        cmocka_unit_test(test_validation),
        cmocka_unit_test(test_bounded_and_lookups_after_removals),
        cmocka_unit_test(test_decide_many),
        cmocka_unit_test(test_set_clear_race_with_decisions),
        cmocka_unit_test(test_several_rates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
