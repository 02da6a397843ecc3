/* test_limiter_rates.c - limits of several rates in process: the batch form
 * decides as one call at a time does, threads racing on one key never get
 * more than the tightest rate allows (a charge that loses a race is taken
 * back), and a limit's first rate keeps its state across a change of form.
 * The exact numbers are the conformance vectors' (multirate-*.json). */
#include <pthread.h>
#include <string.h>
#include "testutil.h"

#define MS INT64_C(1000000)
#define SEC INT64_C(1000000000)

static dayone_policy *load(const char *yaml)
{
    dayone_policy *p = NULL;
    dayone_error err = {0};
    if (dayone_policy_load_string(&p, yaml, strlen(yaml), "t.yaml", &err) != DAYONE_OK)
        fail_msg("policy: %s", err.message);
    return p;
}

static dayone_limiter *limiter(const dayone_policy *p)
{
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.enforcement = DAYONE_ENFORCEMENT_STRICT;
    o.capacity = 1000;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    return lim;
}

static const char POLICY[] =
    "version: 1\n"
    "plans:\n"
    "  - name: p\n"
    "    limits:\n"
    "      multi: [{rps: 2, burst: 3}, {rpm: 90, burst: 8}, {rph: 3600, burst: 20}]\n"
    "      one: {rps: 5, burst: 2}\n";

static void same(const dayone_decision *a, const dayone_decision *b, size_t i)
{
    if (a->outcome != b->outcome || a->remaining != b->remaining ||
        a->retry_after_ns != b->retry_after_ns || a->reset_after_ns != b->reset_after_ns ||
        a->nrates != b->nrates || a->tightest != b->tightest ||
        (a->nrates > 0 && memcmp(a->rates, b->rates, sizeof a->rates) != 0))
        fail_msg("request %zu: one by one %s remaining %lld tightest %d, batch %s remaining "
                 "%lld tightest %d", i, dayone_outcome_name(a->outcome),
                 (long long)a->remaining, a->tightest, dayone_outcome_name(b->outcome),
                 (long long)b->remaining, b->tightest);
}

static void test_batch_matches_one_by_one(void **state)
{
    (void)state;
    enum { N = 200 };
    dayone_policy *p = load(POLICY);
    dayone_limiter *one = limiter(p), *many = limiter(p);
    dayone_request reqs[N];
    dayone_decision a[N], b[N];
    int64_t now = 1000 * SEC;
    int kinds[3] = {0, 0, 0};
    for (size_t i = 0; i < N; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = i % 3 ? "a" : "b";
        r.plan = "p";
        r.limit = i % 5 == 4 ? "one" : "multi";
        r.cost = 1 + (int64_t)(i % 7 == 0);
        now += (int64_t)(i % 4) * 120 * MS;
        r.now_ns = now;
        reqs[i] = r;
    }
    for (size_t i = 0; i < N; i++)
        assert_int_equal(dayone_limiter_decide(one, &reqs[i], &a[i], NULL), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide_many(many, reqs, N, b, NULL, NULL), DAYONE_OK);
    for (size_t i = 0; i < N; i++) {
        same(&a[i], &b[i], i);
        if (a[i].nrates)
            kinds[a[i].allowed ? 0 : 1 + (a[i].tightest > 0)]++;
        else
            assert_int_equal(a[i].tightest, 0);
    }
    print_message("%d allowed, %d denied by the first rate, %d by a later one\n", kinds[0], kinds[1], kinds[2]);
    /* allowed, denied by the first rate, denied by a later one: all occur */
    assert_true(kinds[0] > 10 && kinds[1] > 5 && kinds[2] > 5);
    dayone_limiter_free(one);
    dayone_limiter_free(many);
    dayone_policy_free(p);
}

typedef struct racer {
    dayone_limiter *lim;
    int64_t now;
    int allowed;
} racer;

static void *race(void *arg)
{
    racer *r = arg;
    for (int i = 0; i < 400; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        dayone_decision d;
        q.key = "hot";
        q.plan = "p";
        q.limit = "pair";
        q.now_ns = r->now;
        if (dayone_limiter_decide(r->lim, &q, &d, NULL) == DAYONE_OK && d.allowed)
            r->allowed++;
    }
    return NULL;
}

/* Four threads, one key, one instant: exactly the smaller burst passes -
 * neither more (a rate charged twice for one slot) nor fewer (a charge
 * taken back too little) - and the rates afterwards are where exactly
 * that many charges put them. */
static void test_threads_never_exceed_the_tightest(void **state)
{
    (void)state;
    dayone_policy *p = load("version: 1\nplans:\n  - name: p\n    limits:\n"
                            "      pair: [{rps: 100, burst: 20}, {rpm: 1200, burst: 30}]\n");
    for (int round = 0; round < 5; round++) {
        dayone_limiter *lim = limiter(p);
        racer r[4];
        pthread_t th[4];
        for (int i = 0; i < 4; i++) {
            r[i] = (racer){lim, 1000 * SEC, 0};
            assert_int_equal(pthread_create(&th[i], NULL, race, &r[i]), 0);
        }
        int total = 0;
        for (int i = 0; i < 4; i++) {
            pthread_join(th[i], NULL);
            total += r[i].allowed;
        }
        assert_int_equal(total, 20);
        /* 50 ms later the per-second rate (10 ms a unit) has 5 back, the
         * per-minute one (50 ms a unit) 1: exactly 20 charges on each. */
        dayone_request q = DAYONE_REQUEST_INIT;
        dayone_decision d;
        q.key = "hot";
        q.plan = "p";
        q.limit = "pair";
        q.now_ns = 1000 * SEC + 50 * MS;
        assert_int_equal(dayone_limiter_decide(lim, &q, &d, NULL), DAYONE_OK);
        assert_true(d.allowed);
        assert_int_equal(d.rates[0].remaining, 20 - 20 + 5 - 1);
        assert_int_equal(d.rates[1].remaining, 30 - 20 + 1 - 1);
        assert_int_equal(d.tightest, 0);
        dayone_limiter_free(lim);
    }
    dayone_policy_free(p);
}

/* The first rate of a list keeps the state a limit of that one rate has:
 * a policy swap between the two forms keeps the tenant's budget. */
static void test_first_rate_survives_a_change_of_form(void **state)
{
    (void)state;
    dayone_policy *one = load("version: 1\nplans:\n  - name: p\n    limits:\n"
                              "      x: {rps: 10, burst: 4}\n");
    dayone_policy *two = load("version: 1\nplans:\n  - name: p\n    limits:\n"
                              "      x: [{rps: 10, burst: 4}, {rpm: 60, burst: 30}]\n");
    dayone_limiter *lim = limiter(one);
    dayone_request q = DAYONE_REQUEST_INIT;
    dayone_decision d;
    q.key = "t";
    q.plan = "p";
    q.limit = "x";
    q.now_ns = 1000 * SEC;
    for (int i = 0; i < 3; i++)
        assert_int_equal(dayone_limiter_decide(lim, &q, &d, NULL), DAYONE_OK);
    assert_int_equal(d.remaining, 1);
    assert_int_equal(dayone_limiter_swap_policy(lim, two, NULL), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide(lim, &q, &d, NULL), DAYONE_OK);
    assert_true(d.allowed);
    assert_int_equal(d.nrates, 2);
    assert_int_equal(d.rates[0].remaining, 0);  /* the fourth of the burst of 4 */
    assert_int_equal(d.rates[1].remaining, 29); /* a fresh per-minute rate */
    assert_int_equal(dayone_limiter_decide(lim, &q, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.tightest, 0);
    q.now_ns += 100 * MS; /* the per-second rate has one more; the per-minute rate
                             none, and 28 left after this request only if the
                             denial charged it nothing */
    assert_int_equal(dayone_limiter_decide(lim, &q, &d, NULL), DAYONE_OK);
    assert_true(d.allowed);
    assert_int_equal(d.rates[1].remaining, 28);
    dayone_limiter_free(lim);
    dayone_policy_free(one);
    dayone_policy_free(two);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_batch_matches_one_by_one),
        cmocka_unit_test(test_threads_never_exceed_the_tightest),
        cmocka_unit_test(test_first_rate_survives_a_change_of_form),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
