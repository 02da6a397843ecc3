/* test_limiter_backend.c - the limiter <-> backend seam (limiter_backend.h)
 * with a scripted in-memory backend, and the outcome table (outcome.h).
 *
 * The fake records every call and decides the steps a test tells it to,
 * leaving the others to the limiter; so these tests pin down what crosses
 * the seam (one batch per decide_many call, plain values, resolved
 * fallbacks) and that the limiter decides what the backend leaves. */
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "limiter.h"

static const char POLICY[] =
    "version: 1\n"
    "billing: {enforcement: strict}\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: {rps: 10, burst: 5, quota: events}\n"
    "      api: {rps: 1, burst: 2, on_backend_failure: fail_open}\n"
    "      bulk: unlimited\n"
    "    quotas: {events: 1000}\n"
    "    features: []\n"
    "  - name: pro\n"
    "    limits:\n"
    "      ingest: {rps: 100, burst: 50, quota: events}\n"
    "      api: {rps: 10, burst: 20, on_backend_failure: local}\n"
    "      bulk: unlimited\n"
    "    quotas: {events: 100000}\n"
    "    features: [exports]\n";

#define MAX_SEEN 64

typedef struct fake {
    int calls;                 /* decide calls */
    size_t last_n;             /* steps in the last call */
    dy_rate_step seen[MAX_SEEN];
    char keys[MAX_SEEN][32], limits[MAX_SEEN][32], quotas[MAX_SEEN][32];
    size_t nseen;
    unsigned decide_mask;      /* bit i: decide the i-th step of a call (DENY_RATE) */
    int freed;
} fake;

static void fake_decide(void *self, dy_rate_step *steps, size_t n)
{
    fake *f = self;
    f->calls++;
    f->last_n = n;
    for (size_t i = 0; i < n; i++) {
        if (f->nseen < MAX_SEEN) {
            size_t k = f->nseen++;
            f->seen[k] = steps[i];
            /* Copy the borrowed strings: they are only valid for the call. */
            snprintf(f->keys[k], sizeof f->keys[k], "%s", steps[i].key);
            snprintf(f->limits[k], sizeof f->limits[k], "%s", steps[i].limit);
            snprintf(f->quotas[k], sizeof f->quotas[k], "%s", steps[i].quota);
        }
        if (i < 32 && (f->decide_mask >> i) & 1) {
            dayone_decision *d = steps[i].d;
            d->outcome = DAYONE_DENY_RATE;
            d->allowed = dayone_outcome_allowed(DAYONE_DENY_RATE);
            d->status = dayone_outcome_status(DAYONE_DENY_RATE);
            d->retry_after_ns = 12345;
            snprintf(d->reason, sizeof d->reason, "fake");
            steps[i].decided = 1;
        } else {
            steps[i].decided = 0;
        }
    }
}

static void fake_status(const void *self, dayone_backend_status *out)
{
    const fake *f = self;
    out->round_trips = (uint64_t)f->calls;
    out->connected = 1;
}

static void fake_free(void *self)
{
    ((fake *)self)->freed++;
}

static const dy_backend_ops fake_ops = {fake_decide, fake_status, fake_free, NULL, NULL, NULL, NULL};

typedef struct fixture {
    dayone_policy *policy;
    dayone_limiter *lim;
    dayone_env *env;
    fake f;
} fixture;

static int setup(void **state)
{
    static fixture fx;
    memset(&fx, 0, sizeof fx);
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&fx.policy, POLICY, sizeof POLICY - 1, NULL,
                                               &err), DAYONE_OK);
    assert_int_equal(dayone_env_new(&fx.env), DAYONE_OK);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.env = fx.env; /* not the process's: its launch mode must not matter */
    assert_int_equal(dayone_limiter_new(&fx.lim, fx.policy, &o, &err), DAYONE_OK);
    assert_int_equal(dy_limiter_attach_backend(fx.lim, &fake_ops, &fx.f, &err), DAYONE_OK);
    *state = &fx;
    return 0;
}

static int teardown(void **state)
{
    fixture *fx = *state;
    dayone_limiter_free(fx->lim);
    assert_int_equal(fx->f.freed, 1); /* the limiter owns and frees its backend */
    dayone_env_free(fx->env);
    dayone_policy_free(fx->policy);
    return 0;
}

static dayone_request req(const char *key, const char *plan, const char *limit)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = key;
    r.plan = plan;
    r.limit = limit;
    r.now_ns = 1000000000;
    return r;
}

static void assert_table_holds(const dayone_decision *d)
{
    assert_int_equal(d->allowed, dayone_outcome_allowed(d->outcome));
    assert_int_equal(d->status, dayone_outcome_status(d->outcome));
}

/* decide_many sends every rate step of the call to the backend in one
 * call, in order; requests that never reach the rate step do not cross. */
static void test_one_batch_per_call_in_order(void **state)
{
    fixture *fx = *state;
    dayone_request r[6] = {req("t1", "free", "ingest"), req("t2", "pro", "api"),
                           req("t3", "free", "bulk"),   /* unlimited: no rate step */
                           req("t4", "free", "nosuch"), /* unknown: an error */
                           req("t5", "free", "api"), req("t6", "pro", "ingest")};
    r[5].feature = "exports";
    r[0].usage = 10;
    dayone_decision out[6];
    int st[6];
    assert_int_equal(dayone_limiter_decide_many(fx->lim, r, 6, out, st, NULL),
                     DAYONE_ENOTFOUND);
    assert_int_equal(fx->f.calls, 1);
    assert_int_equal(fx->f.last_n, 4);
    const char *keys[] = {"t1", "t2", "t5", "t6"};
    for (int i = 0; i < 4; i++)
        assert_string_equal(fx->f.keys[i], keys[i]);
    assert_int_equal(st[2], DAYONE_OK);
    assert_string_equal(out[2].reason, "unlimited");
    assert_int_equal(st[3], DAYONE_ENOTFOUND);
}

/* A step is described in plain values, with the fallback resolved. */
static void test_steps_are_plain_values(void **state)
{
    fixture *fx = *state;
    dayone_request r[3] = {req("a", "free", "ingest"), req("b", "free", "api"),
                           req("c", "pro", "api")};
    r[0].cost = 3;
    dayone_decision out[3];
    assert_int_equal(dayone_limiter_decide_many(fx->lim, r, 3, out, NULL, NULL), DAYONE_OK);
    const dy_rate_step *s = fx->f.seen;
    assert_string_equal(fx->f.limits[0], "ingest");
    assert_string_equal(fx->f.quotas[0], "events");
    assert_int_equal(s[0].emission_ns, 100000000);
    assert_int_equal(s[0].burst, 5);
    assert_int_equal(s[0].tolerance_ns, 500000000);
    assert_int_equal(s[0].cost, 3);
    assert_int_equal(s[0].quota_amount, 1000);
    assert_int_equal(s[0].usage, -1);
    assert_int_equal(s[0].now_ns, 1000000000);
    assert_int_equal(s[0].strict, 1);
    assert_int_equal(s[0].count_quota, 1);      /* usage unknown: the backend counts */
    assert_int_equal(s[0].fallback, DY_FALLBACK_CLOSED); /* default for a strict quota */
    assert_string_equal(fx->f.quotas[1], "");
    assert_int_equal(s[1].quota_amount, -1);
    assert_int_equal(s[1].count_quota, 0);
    assert_int_equal(s[1].fallback, DY_FALLBACK_OPEN);
    assert_int_equal(s[2].fallback, DY_FALLBACK_LOCAL);
}

/* Steps the backend decides keep its decision; the limiter decides the
 * rest in-process, as it would without a backend. */
static void test_left_steps_are_decided_locally(void **state)
{
    fixture *fx = *state;
    fx->f.decide_mask = 0x5; /* steps 0 and 2 */
    dayone_request r[4] = {req("k0", "pro", "api"), req("k1", "pro", "api"),
                           req("k2", "pro", "api"), req("k3", "pro", "api")};
    dayone_decision out[4];
    assert_int_equal(dayone_limiter_decide_many(fx->lim, r, 4, out, NULL, NULL), DAYONE_OK);
    for (int i = 0; i < 4; i++)
        assert_table_holds(&out[i]);
    assert_string_equal(out[0].reason, "fake");
    assert_int_equal(out[0].retry_after_ns, 12345);
    assert_string_equal(out[1].reason, "ok");
    assert_int_equal(out[1].outcome, DAYONE_ALLOW);
    assert_int_equal(out[1].remaining, 19); /* burst 20, one spent in-process */
    assert_string_equal(out[2].reason, "fake");
    assert_string_equal(out[3].reason, "ok");
    /* The local table holds the budget of what it decided: 20 more of k1's
     * requests in one batch exhaust it (one already spent). */
    dayone_request more[20];
    dayone_decision mout[20];
    for (int i = 0; i < 20; i++)
        more[i] = req("k1", "pro", "api");
    fx->f.decide_mask = 0;
    assert_int_equal(dayone_limiter_decide_many(fx->lim, more, 20, mout, NULL, NULL),
                     DAYONE_OK);
    assert_int_equal(mout[18].outcome, DAYONE_ALLOW);
    assert_int_equal(mout[19].outcome, DAYONE_DENY_RATE);
    assert_string_equal(mout[19].reason, "rate limited");
    assert_table_holds(&mout[19]);
}

/* A single decision is a batch of one. */
static void test_single_decision_is_a_batch_of_one(void **state)
{
    fixture *fx = *state;
    dayone_request r = req("solo", "free", "api");
    dayone_decision d;
    fx->f.decide_mask = 1;
    assert_int_equal(dayone_limiter_decide(fx->lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(fx->f.calls, 1);
    assert_int_equal(fx->f.last_n, 1);
    assert_string_equal(d.reason, "fake");
    fx->f.decide_mask = 0;
    assert_int_equal(dayone_limiter_decide(fx->lim, &r, &d, NULL), DAYONE_OK);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(fx->f.calls, 2);
}

/* Paywall and caller-supplied quota are the limiter's: nothing crosses. */
static void test_paywall_and_quota_stay_in_the_limiter(void **state)
{
    fixture *fx = *state;
    dayone_request r[2] = {req("p", "free", "ingest"), req("q", "free", "ingest")};
    r[0].feature = "exports";
    r[1].usage = 1000;
    dayone_decision out[2];
    assert_int_equal(dayone_limiter_decide_many(fx->lim, r, 2, out, NULL, NULL), DAYONE_OK);
    assert_int_equal(fx->f.calls, 0);
    assert_int_equal(out[0].outcome, DAYONE_DENY_PLAN);
    assert_int_equal(out[1].outcome, DAYONE_DENY_QUOTA);
    assert_table_holds(&out[0]);
    assert_table_holds(&out[1]);
}

static void test_status_and_second_attach(void **state)
{
    fixture *fx = *state;
    dayone_request r = req("s", "free", "api");
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(fx->lim, &r, &d, NULL), DAYONE_OK);
    dayone_backend_status bs;
    assert_int_equal(dayone_limiter_backend_status(fx->lim, &bs), DAYONE_OK);
    assert_int_equal(bs.attached, 1);
    assert_int_equal(bs.connected, 1);
    assert_int_equal(bs.round_trips, 1);
    dayone_error err = {0};
    fake other = {0};
    assert_int_equal(dy_limiter_attach_backend(fx->lim, &fake_ops, &other, &err),
                     DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "already attached"));
    assert_int_equal(other.freed, 0); /* still the caller's */
}

/* The outcome table, as documented in limiter.h. */
static void test_outcome_table(void **unused)
{
    (void)unused;
    static const struct { dayone_outcome o; const char *name; int allowed, status; } t[] = {
        {DAYONE_ALLOW, "allow", 1, 200},
        {DAYONE_ALLOW_OVERAGE, "allow_overage", 1, 200},
        {DAYONE_DENY_RATE, "deny_rate", 0, 429},
        {DAYONE_DENY_QUOTA, "deny_quota", 0, 402},
        {DAYONE_DENY_PLAN, "deny_plan", 0, 403},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        assert_string_equal(dayone_outcome_name(t[i].o), t[i].name);
        assert_int_equal(dayone_outcome_allowed(t[i].o), t[i].allowed);
        assert_int_equal(dayone_outcome_status(t[i].o), t[i].status);
    }
    assert_string_equal(dayone_outcome_name((dayone_outcome)99), "unknown");
    assert_int_equal(dayone_outcome_allowed((dayone_outcome)99), 0);
    assert_int_equal(dayone_outcome_status((dayone_outcome)-1), 0);
}

/* Without a backend, every decision the limiter makes follows the table. */
static void test_in_process_decisions_follow_the_table(void **unused)
{
    (void)unused;
    dayone_policy *p = NULL;
    dayone_limiter *lim = NULL;
    dayone_env *env = NULL;
    assert_int_equal(dayone_policy_load_string(&p, POLICY, sizeof POLICY - 1, NULL, NULL),
                     DAYONE_OK);
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.env = env;
    o.enforcement = DAYONE_ENFORCEMENT_SOFT;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, NULL), DAYONE_OK);
    dayone_request r[5] = {req("x", "free", "ingest"), req("x", "free", "ingest"),
                           req("y", "free", "bulk"), req("z", "free", "ingest"),
                           req("w", "free", "ingest")};
    r[1].cost = 5;            /* over the burst left: DENY_RATE */
    r[3].usage = 999;         /* over the quota under soft: ALLOW_OVERAGE */
    r[3].cost = 2;
    r[4].feature = "exports"; /* paywall: DENY_PLAN */
    dayone_decision out[5];
    assert_int_equal(dayone_limiter_decide_many(lim, r, 5, out, NULL, NULL), DAYONE_OK);
    const dayone_outcome want[5] = {DAYONE_ALLOW, DAYONE_DENY_RATE, DAYONE_ALLOW,
                                    DAYONE_ALLOW_OVERAGE, DAYONE_DENY_PLAN};
    for (int i = 0; i < 5; i++) {
        assert_int_equal(out[i].outcome, want[i]);
        assert_table_holds(&out[i]);
    }
    dayone_backend_status bs;
    assert_int_equal(dayone_limiter_backend_status(lim, &bs), DAYONE_OK);
    assert_int_equal(bs.attached, 0);
    dayone_limiter_free(lim);
    dayone_env_free(env);
    dayone_policy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_one_batch_per_call_in_order, setup, teardown),
        cmocka_unit_test_setup_teardown(test_steps_are_plain_values, setup, teardown),
        cmocka_unit_test_setup_teardown(test_left_steps_are_decided_locally, setup, teardown),
        cmocka_unit_test_setup_teardown(test_single_decision_is_a_batch_of_one, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_paywall_and_quota_stay_in_the_limiter, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_status_and_second_attach, setup, teardown),
        cmocka_unit_test(test_outcome_table),
        cmocka_unit_test(test_in_process_decisions_follow_the_table),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
