/* test_limiter_stats.c - decision counters, table counters, snapshots across
 * policy swaps and threads, and the Prometheus text they render to. (The
 * text is also parsed by prometheus_client's own parser: tests/python.) */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "dayone/stats.h"

#define SEC INT64_C(1000000000)

static const char POLICY[] =
    "version: 1\n"
    "billing: {enforcement: strict}\n"
    "features: [exports]\n"
    "plans:\n"
    "  - name: free\n"
    "    limits: {ingest: {rpm: 60, burst: 2, quota: events}, export: none}\n"
    "    quotas: {events: 10}\n"
    "  - name: pro\n"
    "    features: [exports]\n"
    "    limits: {ingest: {rpm: 600, burst: 20, quota: events}, export: {rpm: 60, burst: 5}}\n"
    "    quotas: {events: 1000}\n";

static const char POLICY2[] =
    "version: 1\n"
    "plans:\n"
    "  - name: pro\n"
    "    limits: {ingest: {rpm: 600, burst: 20}}\n";

static dayone_policy *load(const char *yaml)
{
    dayone_policy *p = NULL;
    dayone_error err = {0};
    int rc = dayone_policy_load_string(&p, yaml, strlen(yaml), "t", &err);
    if (rc != DAYONE_OK)
        fail_msg("policy: %s", err.message);
    return p;
}

static dayone_limiter *limiter(const char *yaml, size_t capacity)
{
    dayone_policy *p = load(yaml);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = capacity;
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK); /* empty: not in launch mode */
    o.env = env;
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    dayone_env_free(env);
    dayone_policy_free(p);
    return lim;
}

static dayone_decision decide(dayone_limiter *lim, const char *key, const char *plan,
                              const char *limit, int64_t usage, int64_t now)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = key;
    r.plan = plan;
    r.limit = limit;
    r.usage = usage;
    r.now_ns = now;
    dayone_decision d;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    return d;
}

static uint64_t count_of(const dayone_stats *s, const char *plan, const char *limit,
                         dayone_outcome o)
{
    for (size_t i = 0; i < s->nrows; i++)
        if (strcmp(s->rows[i].plan, plan) == 0 && strcmp(s->rows[i].limit, limit) == 0 &&
            s->rows[i].outcome == o)
            return s->rows[i].count;
    fail_msg("no row %s/%s/%s", plan, limit, dayone_outcome_name(o));
    return 0;
}

static int has_row(const dayone_stats *s, const char *plan, const char *limit)
{
    for (size_t i = 0; i < s->nrows; i++)
        if (strcmp(s->rows[i].plan, plan) == 0 && strcmp(s->rows[i].limit, limit) == 0)
            return 1;
    return 0;
}

static void test_counts_each_outcome(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter(POLICY, 100);
    int64_t t = 10 * SEC;
    /* burst 2: two allowed, the third denied by rate */
    assert_int_equal(decide(lim, "a", "free", "ingest", -1, t).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, "a", "free", "ingest", -1, t).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, "a", "free", "ingest", -1, t).outcome, DAYONE_DENY_RATE);
    assert_int_equal(decide(lim, "b", "free", "ingest", 10, t).outcome, DAYONE_DENY_QUOTA);
    assert_int_equal(decide(lim, "a", "free", "export", -1, t).outcome, DAYONE_DENY_PLAN);
    assert_int_equal(decide(lim, "a", "pro", "export", -1, t).outcome, DAYONE_ALLOW);

    /* An error is no decision. */
    dayone_request bad = DAYONE_REQUEST_INIT;
    bad.key = "a";
    bad.plan = "gold";
    bad.limit = "ingest";
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(lim, &bad, &d, NULL), DAYONE_ENOTFOUND);

    dayone_stats s;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_stats(lim, &s, &err), DAYONE_OK);
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_ALLOW), 2);
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_DENY_RATE), 1);
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_DENY_QUOTA), 1);
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_ALLOW_OVERAGE), 0);
    assert_int_equal(count_of(&s, "free", "export", DAYONE_DENY_PLAN), 1);
    assert_int_equal(count_of(&s, "pro", "export", DAYONE_ALLOW), 1);
    assert_int_equal(s.decisions, 6);
    assert_int_equal(s.denied, 3);
    /* 2 plans x 2 limits, every one defined, x every outcome */
    assert_int_equal(s.nrows, 2 * 2 * DAYONE_OUTCOME_COUNT);
    assert_non_null(dayone_stats_row(&s, s.nrows - 1));
    assert_null(dayone_stats_row(&s, s.nrows));
    assert_int_equal(s.table_capacity, 100);
    assert_int_equal(s.table_occupied, 2); /* a/free/ingest, a/pro/export */
    assert_int_equal(s.backend.attached, 0);
    dayone_stats_release(&s);
    assert_null(s.rows);
    assert_int_equal(s.nrows, 0);
    dayone_limiter_free(lim);
}

static void test_batch_counts_like_single_calls(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter(POLICY, 100);
    dayone_request r[40];
    dayone_decision d[40];
    int st[40];
    for (int i = 0; i < 40; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = i % 2 ? "odd" : "even";
        q.plan = i % 5 == 4 ? "nope" : "free";
        q.limit = "ingest";
        q.now_ns = SEC;
        r[i] = q;
    }
    assert_int_equal(dayone_limiter_decide_many(lim, r, 40, d, st, NULL), DAYONE_ENOTFOUND);
    uint64_t allowed = 0, denied = 0;
    for (int i = 0; i < 40; i++)
        if (st[i] == DAYONE_OK)
            *(d[i].allowed ? &allowed : &denied) += 1;
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(allowed, 4); /* burst 2 for each of two keys */
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_ALLOW), allowed);
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_DENY_RATE), denied);
    assert_int_equal(s.decisions, 32); /* 8 of 40 named an unknown plan */
    dayone_stats_release(&s);
    dayone_limiter_free(lim);
}

static void test_counts_survive_a_swap(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter(POLICY, 100);
    decide(lim, "a", "free", "ingest", -1, SEC);
    decide(lim, "a", "pro", "ingest", -1, SEC);
    dayone_policy *p2 = load(POLICY2);
    assert_int_equal(dayone_limiter_swap_policy(lim, p2, NULL), DAYONE_OK);
    dayone_policy_free(p2);
    decide(lim, "a", "pro", "ingest", -1, SEC);
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    /* pro/ingest is one row, summed over both policies; free's rows stay */
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_ALLOW), 2);
    assert_int_equal(count_of(&s, "free", "ingest", DAYONE_ALLOW), 1);
    assert_true(has_row(&s, "free", "export"));
    assert_int_equal(s.decisions, 3);
    /* the current policy's rows come first */
    assert_string_equal(s.rows[0].plan, "pro");
    dayone_stats_release(&s);
    dayone_limiter_free(lim);
}

static void test_table_counters(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter(POLICY, 2);
    int64_t t = SEC;
    assert_true(decide(lim, "k1", "pro", "ingest", -1, t).allowed);
    assert_true(decide(lim, "k2", "pro", "ingest", -1, t).allowed);
    dayone_decision d = decide(lim, "k3", "pro", "ingest", -1, t);
    assert_string_equal(d.reason, "limiter at capacity");
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(s.table_occupied, 2);
    assert_int_equal(s.table_refusals, 1);
    assert_int_equal(s.table_evictions, 0);
    dayone_stats_release(&s);
    /* an hour on, both states expired: a new key takes an expired place */
    t += 3600 * SEC;
    assert_true(decide(lim, "k3", "pro", "ingest", -1, t).allowed);
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(s.table_evictions, 1);
    assert_int_equal(s.table_occupied, 2);
    dayone_stats_release(&s);
    dayone_limiter_free(lim);
}

/* More threads than owned stripes, so some share the last one: the sum is
 * still exact. */
#define THREADS 80
#define PER_THREAD 2000

typedef struct worker {
    dayone_limiter *lim;
    char key[16];
    pthread_barrier_t *start;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    pthread_barrier_wait(w->start);
    for (int i = 0; i < PER_THREAD; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = w->key;
        r.plan = "pro";
        r.limit = "export";
        r.now_ns = SEC + i;
        dayone_decision d;
        if (dayone_limiter_decide(w->lim, &r, &d, NULL) != DAYONE_OK)
            abort();
    }
    return NULL;
}

static void test_threads_sum_exactly(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter(POLICY, 1000);
    pthread_t th[THREADS];
    worker w[THREADS];
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, THREADS);
    for (int i = 0; i < THREADS; i++) {
        w[i].lim = lim;
        snprintf(w[i].key, sizeof w[i].key, "t%d", i);
        w[i].start = &start;
        assert_int_equal(pthread_create(&th[i], NULL, work, &w[i]), 0);
    }
    /* Snapshots while they run: monotonic. */
    uint64_t last = 0;
    for (int k = 0; k < 20; k++) {
        dayone_stats s;
        assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
        assert_true(s.decisions >= last);
        last = s.decisions;
        dayone_stats_release(&s);
    }
    for (int i = 0; i < THREADS; i++)
        pthread_join(th[i], NULL);
    pthread_barrier_destroy(&start);
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(s.decisions, (uint64_t)THREADS * PER_THREAD);
    assert_int_equal(count_of(&s, "pro", "export", DAYONE_ALLOW) +
                         count_of(&s, "pro", "export", DAYONE_DENY_RATE),
                     (uint64_t)THREADS * PER_THREAD);
    /* burst 5 per key, all within 2 us: five allowed per thread */
    assert_int_equal(count_of(&s, "pro", "export", DAYONE_ALLOW), (uint64_t)THREADS * 5);
    dayone_stats_release(&s);
    dayone_limiter_free(lim);
}

static void test_prometheus_text(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter(POLICY, 100);
    decide(lim, "a", "free", "ingest", -1, SEC);
    char *text = NULL;
    size_t len = 0;
    assert_int_equal(dayone_limiter_metrics(&text, &len, lim, NULL), DAYONE_OK);
    assert_int_equal(strlen(text), len);
    assert_non_null(strstr(text, "# HELP dayone_decisions_total "));
    assert_non_null(strstr(text, "# TYPE dayone_decisions_total counter\n"));
    assert_non_null(strstr(text,
        "dayone_decisions_total{plan=\"free\",limit=\"ingest\",outcome=\"allow\"} 1\n"));
    assert_non_null(strstr(text,
        "dayone_decisions_total{plan=\"pro\",limit=\"export\",outcome=\"deny_rate\"} 0\n"));
    assert_non_null(strstr(text, "# TYPE dayone_limiter_table_capacity gauge\n"
                                 "dayone_limiter_table_capacity 100\n"));
    assert_non_null(strstr(text, "dayone_backend_up 0\n"));
    assert_non_null(strstr(text, "dayone_backend_fallbacks_total{mode=\"closed\"} 0\n"));
    assert_int_equal(text[len - 1], '\n');
    dayone_free(text);

    /* Label values are escaped as the format says. */
    dayone_decision_count row = {"a\"b\\c\nd", "x", DAYONE_DENY_RATE, 7};
    dayone_stats s;
    memset(&s, 0, sizeof s);
    s.rows = &row;
    s.nrows = 1;
    assert_int_equal(dayone_stats_prometheus(&text, NULL, &s, NULL), DAYONE_OK);
    assert_non_null(strstr(text,
        "dayone_decisions_total{plan=\"a\\\"b\\\\c\\nd\",limit=\"x\",outcome=\"deny_rate\"} 7\n"));
    dayone_free(text);

    assert_int_equal(dayone_limiter_metrics(NULL, NULL, lim, NULL), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_stats(NULL, &s, NULL), DAYONE_EINVAL);
    dayone_limiter_free(lim);
}

/* A shadow limit's would-be denials are allowed and counted apart. */
static void test_shadow_counted_apart(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter("version: 1\n"
                                  "plans:\n"
                                  "  - name: pro\n"
                                  "    limits: {ingest: {rpm: 60, burst: 2, shadow: true}}\n",
                                  100);
    for (int i = 0; i < 5; i++) {
        dayone_decision d = decide(lim, "a", "pro", "ingest", -1, SEC);
        assert_true(d.allowed);
        assert_int_equal(d.outcome, i < 2 ? DAYONE_ALLOW : DAYONE_ALLOW_SHADOW);
    }
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_ALLOW), 2);
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_ALLOW_SHADOW), 3);
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_DENY_RATE), 0);
    assert_int_equal(s.denied, 0);
    dayone_stats_release(&s);
    dayone_limiter_free(lim);
}

/* at_capacity: admit - new keys the full tables cannot hold pass as
 * allow_untracked, counted apart, consuming nothing; the tracked key keeps
 * its exact budget. With a quota counted in process (strict, no usage), a
 * new key may find the quota table or the rate table full: both admit. */
static void test_untracked_counted_apart(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter("version: 1\n"
                                  "billing: {enforcement: strict}\n"
                                  "plans:\n"
                                  "  - name: pro\n"
                                  "    limits:\n"
                                  "      ingest: {rpm: 60, burst: 2, at_capacity: admit, quota: ev}\n"
                                  "      api: {rpm: 60, burst: 2}\n"
                                  "    quotas: {ev: 1000}\n",
                                  1);
    assert_int_equal(decide(lim, "a", "pro", "ingest", -1, SEC).outcome, DAYONE_ALLOW);
    uint64_t untracked = 0, tracked = 1;
    char key[16];
    for (int i = 0; i < 100; i++) {
        snprintf(key, sizeof key, "new%d", i);
        dayone_decision d = decide(lim, key, "pro", "ingest", -1, SEC);
        assert_true(d.allowed);
        assert_int_equal(d.status, 200);
        if (d.outcome == DAYONE_ALLOW_UNTRACKED) {
            assert_string_equal(d.reason, "limiter at capacity");
            assert_int_equal(d.retry_after_ns, 0);
            untracked++;
        } else {
            assert_int_equal(d.outcome, DAYONE_ALLOW);
            tracked++;
        }
    }
    assert_int_equal(tracked, 1); /* capacity 1: only "a" holds rate state */
    assert_int_equal(decide(lim, "a", "pro", "ingest", -1, SEC).outcome, DAYONE_ALLOW);
    assert_int_equal(decide(lim, "a", "pro", "ingest", -1, SEC).outcome, DAYONE_DENY_RATE);
    /* A limit without at_capacity still refuses. */
    dayone_decision d = decide(lim, "other", "pro", "api", -1, SEC);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_string_equal(d.reason, "limiter at capacity");
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_ALLOW), tracked + 1);
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_ALLOW_UNTRACKED), untracked);
    assert_int_equal(count_of(&s, "pro", "ingest", DAYONE_DENY_RATE), 1);
    assert_int_equal(count_of(&s, "pro", "api", DAYONE_DENY_RATE), 1);
    assert_int_equal(s.denied, 2);
    dayone_stats_release(&s);
    char *text = NULL;
    assert_int_equal(dayone_limiter_metrics(&text, NULL, lim, NULL), DAYONE_OK);
    assert_non_null(strstr(text, "dayone_decisions_total{plan=\"pro\",limit=\"ingest\","
                                 "outcome=\"allow_untracked\"} 100\n"));
    dayone_free(text);
    dayone_limiter_free(lim);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_counts_each_outcome),
        cmocka_unit_test(test_batch_counts_like_single_calls),
        cmocka_unit_test(test_counts_survive_a_swap),
        cmocka_unit_test(test_table_counters),
        cmocka_unit_test(test_threads_sum_exactly),
        cmocka_unit_test(test_prometheus_text),
        cmocka_unit_test(test_shadow_counted_apart),
        cmocka_unit_test(test_untracked_counted_apart),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
