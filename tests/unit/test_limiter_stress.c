/* test_limiter_stress.c - many threads on shared keys (exact totals: the
 * slot locks make each step atomic), and a flood of unique keys against a
 * small capacity (memory is fixed, live state is never evicted). Run it
 * under ThreadSanitizer: cmake -DDAYONE_SANITIZE=thread. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "alloc.h"
#include "policy.h"

#define SEC INT64_C(1000000000)

#if defined(__SANITIZE_THREAD__)
#define SLOW_BUILD 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer) || __has_feature(address_sanitizer)
#define SLOW_BUILD 1
#endif
#endif
#ifndef SLOW_BUILD
#define SLOW_BUILD 0
#endif

/* One plan "p" with limits "a" (rpm, burst) and "b" (60/s, burst 10). */
static dayone_policy *stress_policy(int64_t rpm, int64_t burst)
{
    dayone_policy *p = dy_calloc(1, sizeof *p);
    p->refcount = 1;
    p->name = dy_strdup("<stress>");
    p->enforcement_default = DAYONE_ENFORCEMENT_STRICT;
    p->limit_names = dy_calloc(2, sizeof(char *));
    p->limit_names[0] = dy_strdup("a");
    p->limit_names[1] = dy_strdup("b");
    p->nlimit_names = 2;
    p->plans = dy_calloc(1, sizeof *p->plans);
    p->nplans = 1;
    p->plans[0].name = dy_strdup("p");
    p->plans[0].limits = dy_calloc(2, sizeof(dy_plan_limit));
    p->plans[0].nlimits = 2;
    dy_plan_limit *l = p->plans[0].limits;
    l[0].limit = 0;
    l[0].emission_ns = 60 * SEC / rpm;
    l[0].burst = burst;
    l[0].quota = SIZE_MAX;
    l[1].limit = 1;
    l[1].emission_ns = SEC / 60;
    l[1].burst = 10;
    l[1].quota = SIZE_MAX;
    return p;
}

enum { NKEYS = 16, BURST = 1000, NTHREADS = 4 };

typedef struct worker {
    dayone_limiter *lim;
    int id;
    int iterations;
    int swaps;                 /* thread 0 swaps the policy this many times */
    dayone_policy *swap_to[2];
    long allowed[NKEYS];
    int errors;
} worker;

static atomic_int go;

static void *run_worker(void *arg)
{
    worker *w = arg;
    char key[16];
    while (!atomic_load(&go))
        ;
    for (int i = 0; i < w->iterations; i++) {
        int k = (i * 7 + w->id) % NKEYS;
        snprintf(key, sizeof key, "tenant-%d", k);
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = key;
        r.plan = "p";
        r.limit = "a";
        r.now_ns = 1000 * SEC; /* time stands still: exactly BURST per key */
        dayone_decision d;
        if (dayone_limiter_decide(w->lim, &r, &d, NULL) != DAYONE_OK)
            w->errors++;
        else if (d.allowed)
            w->allowed[k]++;
        if (w->swaps && i % (w->iterations / w->swaps) == 0)
            if (dayone_limiter_swap_policy(w->lim, w->swap_to[(i / 7) & 1], NULL) != DAYONE_OK)
                w->errors++;
        if (i % 1024 == 0) {
            dayone_request batch[4];
            dayone_decision outs[4];
            for (int b = 0; b < 4; b++) {
                batch[b] = r;
                batch[b].limit = "b";
            }
            if (dayone_limiter_decide_many(w->lim, batch, 4, outs, NULL, NULL) != DAYONE_OK)
                w->errors++;
        }
    }
    return NULL;
}

static void test_threads_share_keys_exactly(void **state)
{
    (void)state;
    dayone_policy *p = stress_policy(60, BURST);
    /* Swaps between two equal policies keep the state: totals stay exact. */
    dayone_policy *q1 = stress_policy(60, BURST), *q2 = stress_policy(60, BURST);
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, NULL), DAYONE_OK);
    dayone_policy_free(p);
    worker w[NTHREADS];
    pthread_t th[NTHREADS];
    int iters = SLOW_BUILD ? 20000 : 200000;
    atomic_store(&go, 0);
    for (int t = 0; t < NTHREADS; t++) {
        memset(&w[t], 0, sizeof w[t]);
        w[t].lim = lim;
        w[t].id = t;
        w[t].iterations = iters;
        if (t == 0) {
            w[t].swaps = 20;
            w[t].swap_to[0] = q1;
            w[t].swap_to[1] = q2;
        }
        assert_int_equal(pthread_create(&th[t], NULL, run_worker, &w[t]), 0);
    }
    atomic_store(&go, 1);
    for (int t = 0; t < NTHREADS; t++)
        pthread_join(th[t], NULL);
    long total[NKEYS] = {0};
    for (int t = 0; t < NTHREADS; t++) {
        assert_int_equal(w[t].errors, 0);
        for (int k = 0; k < NKEYS; k++)
            total[k] += w[t].allowed[k];
    }
    for (int k = 0; k < NKEYS; k++)
        assert_int_equal(total[k], BURST);
    dayone_policy_free(q1);
    dayone_policy_free(q2);
    dayone_limiter_free(lim);
}

/* A full table, time standing still: keys spill out of their first bucket
 * into their others, and the rest are refused. Four threads insert the same
 * keys at once; each key must end up with exactly one state - its burst,
 * whoever asked - or none (refused every time): never two slots for a key,
 * which would admit twice its burst. */
enum { FULL_KEYS = 3000, FULL_CAPACITY = 1000, FULL_BURST = 20, FULL_ROUNDS = 30 };

typedef struct full_worker {
    dayone_limiter *lim;
    int id;
    int allowed[FULL_KEYS];
    int errors;
} full_worker;

static void *run_full(void *arg)
{
    full_worker *w = arg;
    char key[24];
    while (!atomic_load(&go))
        ;
    for (int round = 0; round < FULL_ROUNDS; round++)
        for (int i = 0; i < FULL_KEYS; i++) {
            int k = (i * 7 + w->id * 31 + round) % FULL_KEYS; /* threads collide on keys */
            snprintf(key, sizeof key, "spill-%d", k);
            dayone_request r = DAYONE_REQUEST_INIT;
            r.key = key;
            r.plan = "p";
            r.limit = "a";
            r.now_ns = 1000 * SEC;
            dayone_decision d;
            if (dayone_limiter_decide(w->lim, &r, &d, NULL) != DAYONE_OK)
                w->errors++;
            else if (d.allowed)
                w->allowed[k]++;
        }
    return NULL;
}

static int64_t clock_at_1000s(void *ctx)
{
    (void)ctx;
    return 1000 * SEC; /* the requests' time, for dayone_limiter_tracked */
}

static void test_full_table_one_state_per_key(void **state)
{
    (void)state;
    dayone_policy *p = stress_policy(60, FULL_BURST);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = FULL_CAPACITY;
    o.clock = clock_at_1000s;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, NULL), DAYONE_OK);
    dayone_policy_free(p);
    static full_worker w[NTHREADS];
    pthread_t th[NTHREADS];
    atomic_store(&go, 0);
    for (int t = 0; t < NTHREADS; t++) {
        memset(&w[t], 0, sizeof w[t]);
        w[t].lim = lim;
        w[t].id = t;
        assert_int_equal(pthread_create(&th[t], NULL, run_full, &w[t]), 0);
    }
    atomic_store(&go, 1);
    for (int t = 0; t < NTHREADS; t++)
        pthread_join(th[t], NULL);
    int tracked = 0;
    for (int k = 0; k < FULL_KEYS; k++) {
        int total = 0;
        for (int t = 0; t < NTHREADS; t++)
            total += w[t].allowed[k];
        if (total != 0 && total != FULL_BURST)
            fail_msg("key %d was allowed %d times (burst %d)", k, total, FULL_BURST);
        tracked += total == FULL_BURST;
    }
    for (int t = 0; t < NTHREADS; t++)
        assert_int_equal(w[t].errors, 0);
    assert_true(tracked >= FULL_CAPACITY);   /* at least the capacity fits */
    assert_true(tracked < FULL_KEYS);        /* and the table really was full */
    assert_int_equal(dayone_limiter_tracked(lim), (size_t)tracked);
    dayone_limiter_free(lim);
}

/* Eviction under contention: rounds separated by a barrier, each at one
 * time far enough after the last that all state has expired, so every
 * round reclaims slots while their old keys come back. 40 keys share 12
 * slots: in a round no key may be admitted more than its burst, and the
 * table admits no more than its slots hold. */
enum { ROUND_KEYS = 40, ROUND_BURST = 1, ROUND_REQS = 60 };

typedef struct round_worker {
    dayone_limiter *lim;
    int id, rounds;
    pthread_barrier_t *barrier;
    atomic_int *admitted;      /* [ROUND_KEYS], shared, reset each round */
    atomic_int *round_total;
    int violations, errors;
} round_worker;

static void *run_rounds(void *arg)
{
    round_worker *w = arg;
    uint64_t x = UINT64_C(0x9e3779b97f4a7c15) * (uint64_t)(w->id + 1);
    char key[16];
    for (int r = 0; r < w->rounds; r++) {
        int64_t now = (int64_t)(r + 1) * 1000 * SEC;
        pthread_barrier_wait(w->barrier);
        for (int q = 0; q < ROUND_REQS; q++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            int k = (int)(x % ROUND_KEYS);
            snprintf(key, sizeof key, "round-%d", k);
            dayone_request req = DAYONE_REQUEST_INIT;
            req.key = key;
            req.plan = "p";
            req.limit = "a";
            req.now_ns = now;
            dayone_decision d;
            if (dayone_limiter_decide(w->lim, &req, &d, NULL) != DAYONE_OK)
                w->errors++;
            else if (d.allowed) {
                atomic_fetch_add(&w->admitted[k], 1);
                atomic_fetch_add(w->round_total, 1);
            } else if (d.retry_after_ns <= 0) {
                w->errors++; /* a refusal must say when to retry */
            }
        }
        pthread_barrier_wait(w->barrier);
        if (w->id == 0) {
            for (int k = 0; k < ROUND_KEYS; k++) {
                w->violations += atomic_load(&w->admitted[k]) > ROUND_BURST;
                atomic_store(&w->admitted[k], 0);
            }
            w->violations += atomic_load(w->round_total) > 12 * ROUND_BURST;
            atomic_store(w->round_total, 0);
        }
        pthread_barrier_wait(w->barrier);
    }
    return NULL;
}

static void test_eviction_under_contention_never_exceeds_burst(void **state)
{
    (void)state;
    dayone_policy *p = stress_policy(60, ROUND_BURST); /* T = 1 s */
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = 1; /* the smallest table: 3 buckets, 12 slots */
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, NULL), DAYONE_OK);
    dayone_policy_free(p);
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, NTHREADS);
    static atomic_int admitted[ROUND_KEYS];
    static atomic_int round_total;
    round_worker w[NTHREADS];
    pthread_t th[NTHREADS];
    for (int t = 0; t < NTHREADS; t++) {
        w[t] = (round_worker){lim, t, SLOW_BUILD ? 500 : 3000, &barrier, admitted, &round_total,
                              0, 0};
        assert_int_equal(pthread_create(&th[t], NULL, run_rounds, &w[t]), 0);
    }
    for (int t = 0; t < NTHREADS; t++)
        pthread_join(th[t], NULL);
    for (int t = 0; t < NTHREADS; t++) {
        assert_int_equal(w[t].errors, 0);
        assert_int_equal(w[t].violations, 0);
    }
    pthread_barrier_destroy(&barrier);
    dayone_limiter_free(lim);
}

/* Threads with their own advancing clocks: no key ever gets more than
 * burst + elapsed / T. */
typedef struct tworker {
    dayone_limiter *lim;
    int id, iterations;
    long allowed;
} tworker;

static void *run_timed(void *arg)
{
    tworker *w = arg;
    for (int i = 0; i < w->iterations; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = "shared";
        r.plan = "p";
        r.limit = "a";
        r.now_ns = SEC + (int64_t)i * 1000000; /* 1 ms per step, 0..iterations ms */
        dayone_decision d;
        if (dayone_limiter_decide(w->lim, &r, &d, NULL) == DAYONE_OK && d.allowed)
            w->allowed++;
    }
    return NULL;
}

static void test_threads_never_exceed_rate(void **state)
{
    (void)state;
    dayone_policy *p = stress_policy(6000, 50); /* T = 10 ms */
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, NULL), DAYONE_OK);
    dayone_policy_free(p);
    tworker w[2];
    pthread_t th[2];
    int iters = SLOW_BUILD ? 20000 : 100000;
    for (int t = 0; t < 2; t++) {
        w[t] = (tworker){lim, t, iters, 0};
        pthread_create(&th[t], NULL, run_timed, &w[t]);
    }
    for (int t = 0; t < 2; t++)
        pthread_join(th[t], NULL);
    long total = w[0].allowed + w[1].allowed;
    long bound = 50 + (long)iters / 10 + 1; /* burst + span(ms) / 10 ms */
    assert_true(total <= bound);
    assert_true(total >= bound / 2);
    dayone_limiter_free(lim);
}

/* More live keys than capacity, time moving: every 10 ms a new group of
 * 100 keys is hammered far over its rate, then left to expire, so slots are
 * re-used while other threads look them up (the fast path's unlocked tag
 * reads race with re-use) and new keys are refused at capacity. A key is
 * active for 10 ms: it may never get more than burst + 10 ms / T + 1. */
enum { CHURN_GROUP = 100, CHURN_STEPS_PER_GROUP = 5000, CHURN_THREADS = 3, CHURN_MAX_GROUPS = 64 };
#define CHURN_STEP_NS 2000 /* 5000 steps = 10 ms */
static atomic_long churn_allowed[CHURN_GROUP * CHURN_MAX_GROUPS];

typedef struct churn {
    dayone_limiter *lim;
    int id, iterations;
    long refused;
} churn;

static void *run_churn(void *arg)
{
    churn *c = arg;
    char key[16];
    for (int i = 0; i < c->iterations; i++) {
        int group = i / CHURN_STEPS_PER_GROUP;
        int k = group * CHURN_GROUP + (i * 7 + c->id * 13) % CHURN_GROUP;
        snprintf(key, sizeof key, "c%d", k);
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = key;
        r.plan = "p";
        r.limit = "b"; /* 60 per second, burst 10 */
        r.now_ns = SEC + (int64_t)i * CHURN_STEP_NS;
        dayone_decision d;
        if (dayone_limiter_decide(c->lim, &r, &d, NULL) != DAYONE_OK)
            continue;
        if (d.allowed)
            atomic_fetch_add(&churn_allowed[k], 1);
        else if (strcmp(d.reason, "limiter at capacity") == 0)
            c->refused++;
    }
    return NULL;
}

static void test_churn_over_capacity_never_exceeds_rate(void **state)
{
    (void)state;
    dayone_policy *p = stress_policy(60, 5);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = 500;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, NULL), DAYONE_OK);
    dayone_policy_free(p);
    for (int k = 0; k < CHURN_GROUP * CHURN_MAX_GROUPS; k++)
        atomic_store(&churn_allowed[k], 0);
    churn c[CHURN_THREADS];
    pthread_t th[CHURN_THREADS];
    int iters = (SLOW_BUILD ? 32 : CHURN_MAX_GROUPS) * CHURN_STEPS_PER_GROUP;
    for (int t = 0; t < CHURN_THREADS; t++) {
        c[t] = (churn){lim, t, iters, 0};
        pthread_create(&th[t], NULL, run_churn, &c[t]);
    }
    long refused = 0;
    for (int t = 0; t < CHURN_THREADS; t++) {
        pthread_join(th[t], NULL);
        refused += c[t].refused;
    }
    long bound = 10 + (long)((int64_t)CHURN_STEPS_PER_GROUP * CHURN_STEP_NS / (SEC / 60)) + 1;
    long total = 0, keys_seen = 0;
    for (int k = 0; k < CHURN_GROUP * CHURN_MAX_GROUPS; k++) {
        long a = atomic_load(&churn_allowed[k]);
        if (a > bound)
            fail_msg("key c%d was allowed %ld times, more than %ld", k, a, bound);
        total += a;
        keys_seen += a > 0;
    }
    assert_true(keys_seen > 800);  /* more keys than slots (756): slots were re-used */
    assert_true(refused > 0);      /* and the table was really over capacity */
    assert_true(total > 0);
    dayone_limiter_free(lim);
}

/* Decimal key into buf; faster than snprintf for the flood. */
static size_t key_of(char *buf, uint64_t n)
{
    char tmp[24];
    size_t len = 0;
    do {
        tmp[len++] = (char)('0' + n % 10);
        n /= 10;
    } while (n);
    memcpy(buf, "k-", 2);
    for (size_t i = 0; i < len; i++)
        buf[2 + i] = tmp[len - 1 - i];
    buf[2 + len] = '\0';
    return 2 + len;
}

static void test_flood_of_unique_keys_keeps_memory_constant(void **state)
{
    (void)state;
    dayone_policy *p = stress_policy(60, 5); /* state lives 1 s per request */
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = 100000;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, NULL), DAYONE_OK);
    dayone_policy_free(p);
    size_t mem = dayone_limiter_memory(lim);
    assert_true(mem <= 64 * o.capacity);
    int64_t now = 100 * SEC;

    /* A tenant that used its burst before the flood. */
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = "victim";
    r.plan = "p";
    r.limit = "a";
    r.cost = 5;
    r.now_ns = now;
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);

    uint64_t n = SLOW_BUILD ? 1000000 : 10000000;
    uint64_t admitted = 0, refused = 0;
    char key[32];
    r.cost = 1;
    for (uint64_t i = 0; i < n; i++) {
        key_of(key, i);
        r.key = key;
        r.now_ns = now + (int64_t)(i / 1000000) * 10; /* nearly still: all live */
        assert_int_equal(dayone_limiter_decide(lim, &r, &d, NULL), DAYONE_OK);
        if (d.allowed)
            admitted++;
        else
            refused++;
        if ((i & 0xfffff) == 0)
            assert_int_equal(dayone_limiter_memory(lim), mem);
    }
    assert_int_equal(dayone_limiter_memory(lim), mem);
    /* The table filled to exactly its capacity (the victim holds one) and
     * refused the rest. */
    assert_int_equal(admitted + 1, o.capacity);
    assert_int_equal(refused, n - admitted);

    /* The victim's live state survived the flood: still limited. */
    r.key = "victim";
    r.now_ns = now + 200;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_string_equal(d.reason, "rate limited");

    /* After the state expires, new keys get in again (slots are reused). */
    r.key = "after";
    r.now_ns = now + 10 * SEC;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(dayone_limiter_memory(lim), mem);
    dayone_limiter_free(lim);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads_share_keys_exactly),
        cmocka_unit_test(test_threads_never_exceed_rate),
        cmocka_unit_test(test_full_table_one_state_per_key),
        cmocka_unit_test(test_eviction_under_contention_never_exceeds_burst),
        cmocka_unit_test(test_churn_over_capacity_never_exceeds_rate),
        cmocka_unit_test(test_flood_of_unique_keys_keeps_memory_constant),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
