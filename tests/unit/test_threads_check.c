/* test_threads_check.c - many threads on one shared policy, snapshot and
 * report (run it under the tsan preset: ctest --preset tsan).
 *
 * Thread-safety as the headers state it: a loaded policy, a built snapshot
 * and a returned report are read-only and shareable; dayone_check and
 * dayone_explain may run concurrently on them. The threads start together
 * behind a barrier so the library's lazy one-time state (the cached default
 * policy, the compiled format regexes, per-thread PCRE2 match data) is first
 * touched by all of them at once. Every thread's results must equal the
 * single-threaded reference exactly. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <valgrind/valgrind.h>
#include "testutil.h"

#define NTHREADS 8

static const char *const g_custom =
    "version: 1\n"
    "flags:\n  beta: {env: BETA, default: true}\n"
    "posture:\n"
    "  - {id: env-known, key: ENVIRONMENT, one_of: [production, staging]}\n"
    "secrets:\n"
    "  - {key: TOKEN, pattern: '^tok_[a-z0-9]{8,}$', min_length: 12}\n"
    "  - {key: EVIL, pattern: '^(a+)+$'}\n"
    "  - {key: WORDS, pattern: '^[\\p{L} ]+$'}\n"
    "  - {key: URL, format: url, schemes: [https], when: {flag: beta}}\n"
    "  - {key: KEY, format: key, decoded_bytes: 32}\n"
    "  - {key: PORT, format: port}\n"
    "  - {key: SECRET_KEY, min_length: 32, min_entropy: 96}\n"
    "distinct:\n  - {id: d, keys: [TOKEN, SECRET_KEY, KEY]}\n";

typedef struct shared {
    const dayone_policy *policy;     /* NULL: the default (lazily cached) */
    const dayone_env *env;
    const dayone_report *report;     /* a report read by every thread */
    char *ref_render[4];             /* single-threaded renders of `report` */
    char *ref_check;                 /* JSON of a reference check */
    char *ref_explain;
    const char *explain_key;
    pthread_barrier_t *barrier;
    int iterations;
} shared;

typedef struct worker {
    const shared *sh;
    int failures;
    char first[256];
} worker;

static void fail_once(worker *w, const char *what)
{
    if (w->failures++ == 0)
        snprintf(w->first, sizeof w->first, "%s", what);
}

static char *check_json(const dayone_policy *p, const dayone_env *env)
{
    dayone_report *r = NULL;
    char *out = NULL;
    if (dayone_check(&r, p, env, NULL, NULL) == DAYONE_OK)
        dayone_report_render(&out, NULL, r, DAYONE_FORMAT_JSON, 0, NULL);
    dayone_report_free(r);
    return out;
}

static void *worker_main(void *arg)
{
    worker *w = arg;
    const shared *sh = w->sh;
    pthread_barrier_wait(sh->barrier);
    for (int i = 0; i < sh->iterations; i++) {
        char *json = check_json((dayone_policy *)sh->policy, sh->env);
        if (!json || strcmp(json, sh->ref_check) != 0)
            fail_once(w, "check differs from the reference");
        dayone_free(json);

        char *text = NULL;
        if (dayone_explain(&text, sh->policy, sh->env, sh->explain_key, NULL, NULL) != DAYONE_OK ||
            strcmp(text, sh->ref_explain) != 0)
            fail_once(w, "explain differs from the reference");
        dayone_free(text);

        int f = i % 4;
        char *out = NULL;
        if (dayone_report_render(&out, NULL, sh->report, (dayone_format)f, 0, NULL) != DAYONE_OK ||
            strcmp(out, sh->ref_render[f]) != 0)
            fail_once(w, "render of the shared report differs");
        dayone_free(out);

        /* readers of the shared report and snapshot */
        size_t n = dayone_report_count(sh->report);
        for (size_t k = 0; k < n; k++)
            if (!dayone_report_get(sh->report, k)->message[0])
                fail_once(w, "empty finding message");
        if (!dayone_env_has(sh->env, "SECRET_KEY"))
            fail_once(w, "snapshot lost SECRET_KEY");
    }
    return NULL;
}

static void run_threads(const dayone_policy *policy, const dayone_env *env, const char *key,
                        int iterations)
{
    shared sh;
    memset(&sh, 0, sizeof sh);
    sh.policy = policy;
    sh.env = env;
    sh.explain_key = key;
    sh.iterations = iterations;
    pthread_barrier_t barrier;
    assert_int_equal(pthread_barrier_init(&barrier, NULL, NTHREADS), 0);
    sh.barrier = &barrier;

    dayone_report *report = NULL;
    assert_int_equal(dayone_check(&report, policy, env, NULL, NULL), DAYONE_OK);
    sh.report = report;
    for (int f = 0; f < 4; f++)
        assert_int_equal(dayone_report_render(&sh.ref_render[f], NULL, report, (dayone_format)f, 0, NULL),
                         DAYONE_OK);
    sh.ref_check = check_json((dayone_policy *)policy, env);
    assert_non_null(sh.ref_check);
    assert_int_equal(dayone_explain(&sh.ref_explain, policy, env, key, NULL, NULL), DAYONE_OK);

    pthread_t th[NTHREADS];
    worker w[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        memset(&w[i], 0, sizeof w[i]);
        w[i].sh = &sh;
        assert_int_equal(pthread_create(&th[i], NULL, worker_main, &w[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        if (w[i].failures)
            fail_msg("thread %d: %d failures, first: %s", i, w[i].failures, w[i].first);
    }
    pthread_barrier_destroy(&barrier);
    for (int f = 0; f < 4; f++)
        dayone_free(sh.ref_render[f]);
    dayone_free(sh.ref_check);
    dayone_free(sh.ref_explain);
    dayone_report_free(report);
}

static int iterations(void)
{
    return RUNNING_ON_VALGRIND ? 5 : 200;
}

static dayone_env *default_env(void)
{
    static const char *const kv[] = {
        "ENVIRONMENT", "production", "LAUNCH_MODE", "true", "BILLING_ENABLED", "true",
        "SECRET_KEY", "short", "DATABASE_URL", "mysql://db.internal/app",
        "INTEGRATION_ENCRYPTION_KEY", "0011223344556677889900112233445566778899001122334455667788990011",
        "STRIPE_SECRET_KEY", "sk_test_FAKEdayonepP9ujrmF4i52PRqz2Vuv4ire",
        "STRIPE_WEBHOOK_SECRET", "changeme", "DEMO_SEED_ENABLED", "maybe", NULL};
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    for (size_t i = 0; kv[i]; i += 2)
        assert_int_equal(dayone_env_set(env, kv[i], kv[i + 1], strlen(kv[i + 1]), NULL), DAYONE_OK);
    return env;
}

/* Cold start: the first check of the process, with the default policy
 * (NULL: loaded lazily and cached) and its format regexes (compiled on
 * first use), is made by all threads at once. */
typedef struct cold {
    const dayone_env *env;
    pthread_barrier_t *barrier;
    char *json;
} cold;

static void *cold_main(void *arg)
{
    cold *c = arg;
    pthread_barrier_wait(c->barrier);
    c->json = check_json(NULL, c->env);
    return NULL;
}

static void test_cold_start(void **state)
{
    (void)state;
    dayone_env *env = default_env();
    pthread_barrier_t barrier;
    assert_int_equal(pthread_barrier_init(&barrier, NULL, NTHREADS), 0);
    pthread_t th[NTHREADS];
    cold c[NTHREADS];
    for (int i = 0; i < NTHREADS; i++) {
        c[i].env = env;
        c[i].barrier = &barrier;
        c[i].json = NULL;
        assert_int_equal(pthread_create(&th[i], NULL, cold_main, &c[i]), 0);
    }
    for (int i = 0; i < NTHREADS; i++)
        pthread_join(th[i], NULL);
    char *ref = check_json(NULL, env);
    assert_non_null(ref);
    assert_non_null(strstr(ref, "secret-stripe-mode"));
    for (int i = 0; i < NTHREADS; i++) {
        assert_non_null(c[i].json);
        assert_string_equal(c[i].json, ref);
        dayone_free(c[i].json);
    }
    dayone_free(ref);
    pthread_barrier_destroy(&barrier);
    dayone_env_free(env);
}

/* dayone_check_vars on a freshly loaded policy, from every thread at once:
 * the names its check can read are gathered on first use and kept with
 * the policy (one compare-and-swap; the losers free theirs). Every report
 * equals the snapshot's. */
typedef struct vars_worker {
    const dayone_policy *policy;
    const dayone_var *vars;
    size_t n;
    pthread_barrier_t *barrier;
    char *json;
} vars_worker;

static void *vars_main(void *arg)
{
    vars_worker *w = arg;
    dayone_report *r = NULL;
    pthread_barrier_wait(w->barrier);
    if (dayone_check_vars(&r, w->policy, w->vars, w->n, NULL, NULL) == DAYONE_OK)
        dayone_report_render(&w->json, NULL, r, DAYONE_FORMAT_JSON, 0, NULL);
    dayone_report_free(r);
    return NULL;
}

static void test_check_vars_first_use(void **state)
{
    (void)state;
    static const dayone_var vars[] = {
        { "ENVIRONMENT", 11, "production", 10 }, { "LAUNCH_MODE", 11, "true", 4 },
        { "SECRET_KEY", 10, "short", 5 }, { "OTHER_THING", 11, "x", 1 },
        { "BILLING_ENABLED", 15, "true", 4 }, { "STRIPE_SECRET_KEY", 17, "sk_test_x", 9 },
    };
    const size_t n = sizeof vars / sizeof vars[0];
    for (int round = 0; round < (RUNNING_ON_VALGRIND ? 2 : 20); round++) {
        dayone_policy *p = NULL;
        assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
        pthread_barrier_t barrier;
        assert_int_equal(pthread_barrier_init(&barrier, NULL, NTHREADS), 0);
        pthread_t th[NTHREADS];
        vars_worker w[NTHREADS];
        for (int i = 0; i < NTHREADS; i++) {
            w[i] = (vars_worker){ p, vars, n, &barrier, NULL };
            assert_int_equal(pthread_create(&th[i], NULL, vars_main, &w[i]), 0);
        }
        for (int i = 0; i < NTHREADS; i++)
            pthread_join(th[i], NULL);
        dayone_env *env = NULL;
        assert_int_equal(dayone_env_new(&env), DAYONE_OK);
        assert_int_equal(dayone_env_set_many(env, vars, n, NULL), DAYONE_OK);
        char *ref = check_json(p, env);
        assert_non_null(ref);
        for (int i = 0; i < NTHREADS; i++) {
            assert_non_null(w[i].json);
            assert_string_equal(w[i].json, ref);
            dayone_free(w[i].json);
        }
        dayone_free(ref);
        dayone_env_free(env);
        pthread_barrier_destroy(&barrier);
        dayone_policy_free(p);
    }
}

/* The default policy passed as NULL, shared by every thread. */
static void test_default_policy_threads(void **state)
{
    (void)state;
    dayone_env *env = default_env();
    run_threads(NULL, env, "STRIPE_SECRET_KEY", iterations());
    dayone_env_free(env);
}

/* A custom policy with patterns (per-thread match data, the match limit). */
static void test_custom_policy_threads(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    if (dayone_policy_load_string(&p, g_custom, strlen(g_custom), "threads.yaml", &err) != DAYONE_OK)
        fail_msg("%u:%u %s", err.line, err.column, err.message);
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    char evil[64];
    memset(evil, 'a', 40);
    memcpy(evil + 40, "!", 2);
    static const char *const kv[] = {
        "ENVIRONMENT", "qa", "TOKEN", "tok_abcdefgh12", "WORDS", "h\xc3\xa9llo w\xc3\xb6rld",
        "URL", "http://x.example", "KEY", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "PORT", "65536", "SECRET_KEY", "tok_abcdefgh12", "BETA", "yes", NULL};
    for (size_t i = 0; kv[i]; i += 2)
        assert_int_equal(dayone_env_set(env, kv[i], kv[i + 1], strlen(kv[i + 1]), NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "EVIL", evil, strlen(evil), NULL), DAYONE_OK);
    run_threads(p, env, "TOKEN", iterations());
    /* the policy outlives the caller's handle while a limiter holds it */
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, NULL), DAYONE_OK);
    dayone_policy_free(p);
    dayone_limiter_free(lim);
    dayone_env_free(env);
}

/* Loading policies and building snapshots in many threads at once: each
 * thread owns its objects (no shared mutable state in the loader/parser). */
static void *loader_main(void *arg)
{
    int *bad = arg;
    for (int i = 0; i < 50; i++) {
        dayone_policy *p = NULL;
        if (dayone_policy_load_string(&p, g_custom, strlen(g_custom), NULL, NULL) != DAYONE_OK)
            (*bad)++;
        dayone_policy_free(p);
        if (dayone_policy_load_default(&p, NULL) != DAYONE_OK)
            (*bad)++;
        dayone_policy_free(p);
        dayone_env *env = NULL;
        static const char text[] = "A=1\nexport B='two'\nC=\"three\\n\"\n";
        if (dayone_env_new(&env) != DAYONE_OK ||
            dayone_env_add_string(env, text, sizeof text - 1, NULL, NULL) != DAYONE_OK ||
            dayone_env_count(env) != 3)
            (*bad)++;
        dayone_env_free(env);
    }
    return NULL;
}

static void test_loaders_threads(void **state)
{
    (void)state;
    pthread_t th[NTHREADS];
    int bad[NTHREADS] = {0};
    for (int i = 0; i < NTHREADS; i++)
        assert_int_equal(pthread_create(&th[i], NULL, loader_main, &bad[i]), 0);
    for (int i = 0; i < NTHREADS; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(bad[i], 0);
    }
}

int main(void)
{
    /* the cold-start test must run first */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cold_start),
        cmocka_unit_test(test_check_vars_first_use),
        cmocka_unit_test(test_default_policy_threads),
        cmocka_unit_test(test_custom_policy_threads),
        cmocka_unit_test(test_loaders_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
