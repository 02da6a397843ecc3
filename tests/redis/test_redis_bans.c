/* test_redis_bans.c - bans shared through Redis: two limiters on one
 * redis-server (the ctest fixture's; its socket path is in the file named
 * by argv[1]) and one key prefix see each other's bans, from the API and by
 * escalation; a lift on either ends it everywhere; listings agree; the
 * shared banlist is bounded; bans end on time; batches see them. */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>
#include <hiredis/hiredis.h>
#include "dayone/banlist.h"
#include "dayone/limiter.h"
#include "dayone/redis.h"

#define MS INT64_C(1000000)
#define SEC INT64_C(1000000000)

static char g_url[400];

static const char *POLICY =
    "version: 1\n"
    "billing: {enforcement: strict}\n"
    "plans:\n"
    "  - name: p\n"
    "    limits:\n"
    "      api: {rpm: 60, burst: 2,\n"
    "            ban: {max_denials: 3, find_time_s: 60, ban_time_s: 30, max_ban_time_s: 600}}\n"
    "      other: {rps: 1000, burst: 1000}\n";

typedef struct pair {
    dayone_limiter *a, *b;
    dayone_policy *policy;
    char prefix[64];
} pair;

static dayone_limiter *attached(const dayone_policy *p, const char *prefix)
{
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    dayone_limiter_options lo = DAYONE_LIMITER_OPTIONS_INIT;
    lo.enforcement = DAYONE_ENFORCEMENT_STRICT;
    assert_int_equal(dayone_limiter_new(&lim, p, &lo, &err), DAYONE_OK);
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = g_url;
    o.key_prefix = prefix;
    o.command_timeout_ms = 2000; /* room for a slow, shared machine */
    o.connect_timeout_ms = 2000;
    if (dayone_limiter_attach_redis(lim, &o, &err) != DAYONE_OK)
        fail_msg("attach: %s", err.message);
    return lim;
}

/* Two limiters - two service instances - on one fresh prefix. */
static pair two_limiters(void)
{
    static int n;
    char prefix[64];
    snprintf(prefix, sizeof prefix, "bans%d:%d:", (int)getpid(), ++n);
    pair p;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p.policy, POLICY, strlen(POLICY), "bans.yaml",
                                               &err), DAYONE_OK);
    p.a = attached(p.policy, prefix);
    p.b = attached(p.policy, prefix);
    memcpy(p.prefix, prefix, sizeof prefix);
    return p;
}

static void pair_free(pair *p)
{
    dayone_limiter_free(p->a);
    dayone_limiter_free(p->b);
    dayone_policy_free(p->policy);
}

static dayone_decision decide(dayone_limiter *lim, const char *key, const char *limit)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = key;
    r.plan = "p";
    r.limit = limit;
    dayone_decision d;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    return d;
}

static size_t ban_count(dayone_limiter *lim)
{
    size_t n = 99;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_bans(lim, 0, NULL, 0, &n, &err), DAYONE_OK);
    return n;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    nanosleep(&ts, NULL);
}

static void test_api_ban_seen_listed_and_lifted_by_both(void **state)
{
    (void)state;
    pair p = two_limiters();
    dayone_error err = {0};
    assert_int_equal(decide(p.b, "abuser", "api").outcome, DAYONE_ALLOW);
    assert_int_equal(dayone_limiter_ban(p.a, "abuser", "api", 5 * SEC, 0, &err), DAYONE_OK);
    for (int i = 0; i < 2; i++) {
        dayone_decision d = decide(i ? p.a : p.b, "abuser", "api");
        assert_int_equal(d.outcome, DAYONE_DENY_BANNED);
        assert_int_equal(d.status, 403);
        assert_string_equal(d.reason, "banned");
        assert_true(d.retry_after_ns > 4 * SEC && d.retry_after_ns <= 5 * SEC);
        assert_int_equal(d.limit, 0); /* no rate values: no RateLimit headers */
    }
    /* Only that pair: another key, another limit pass. */
    assert_int_equal(decide(p.b, "someone", "api").outcome, DAYONE_ALLOW);
    assert_int_equal(decide(p.b, "abuser", "other").outcome, DAYONE_ALLOW);
    /* Both list it, from Redis. */
    for (int i = 0; i < 2; i++) {
        dayone_ban bans[4];
        size_t n = 0;
        assert_int_equal(dayone_limiter_bans(i ? p.a : p.b, 0, bans, 4, &n, &err), DAYONE_OK);
        assert_int_equal(n, 1);
        assert_string_equal(bans[0].key, "abuser");
        assert_string_equal(bans[0].limit, "api");
        assert_true(bans[0].remaining_ns > 4 * SEC && bans[0].remaining_ns <= 5 * SEC);
        assert_int_equal(bans[0].bans, 1);
    }
    /* A shorter ban keeps the longer one in place. */
    assert_int_equal(dayone_limiter_ban(p.b, "abuser", "api", 1 * SEC, 0, &err), DAYONE_OK);
    assert_true(decide(p.a, "abuser", "api").retry_after_ns > 4 * SEC);
    /* Lifted on B: A lets the key through at once. */
    assert_int_equal(dayone_limiter_unban(p.b, "abuser", "api", 0, &err), DAYONE_OK);
    assert_int_equal(decide(p.a, "abuser", "api").outcome, DAYONE_ALLOW);
    assert_int_equal(ban_count(p.a), 0);
    assert_int_equal(dayone_limiter_unban(p.a, "abuser", "api", 0, &err), DAYONE_ENOTFOUND);
    /* An unknown limit is refused before Redis is asked. */
    assert_int_equal(dayone_limiter_ban(p.a, "abuser", "nope", SEC, 0, &err), DAYONE_ENOTFOUND);
    pair_free(&p);
}

static void test_escalation_on_one_bans_on_both(void **state)
{
    (void)state;
    pair p = two_limiters();
    dayone_error err = {0};
    /* Burst 2, then 3 denials on A: the third escalates into a 30 s ban. */
    for (int i = 0; i < 2; i++)
        assert_int_equal(decide(p.a, "flood", "api").outcome, DAYONE_ALLOW);
    for (int i = 0; i < 3; i++)
        assert_int_equal(decide(p.a, "flood", "api").outcome, DAYONE_DENY_RATE);
    for (int i = 0; i < 2; i++) {
        dayone_decision d = decide(i ? p.a : p.b, "flood", "api");
        assert_int_equal(d.outcome, DAYONE_DENY_BANNED);
        assert_true(d.retry_after_ns > 29 * SEC && d.retry_after_ns <= 30 * SEC);
    }
    /* The ban lives in Redis only: one ban, listed alike by both. */
    assert_int_equal(ban_count(p.a), 1);
    assert_int_equal(ban_count(p.b), 1);
    /* Lifted on B: A no longer says banned (the rate budget still applies). */
    assert_int_equal(dayone_limiter_unban(p.b, "flood", "api", 0, &err), DAYONE_OK);
    assert_int_equal(decide(p.a, "flood", "api").outcome, DAYONE_DENY_RATE);
    assert_int_equal(ban_count(p.a), 0);
    pair_free(&p);
}

static void test_bans_end_on_time(void **state)
{
    (void)state;
    pair p = two_limiters();
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_ban(p.a, "brief", "api", 300 * MS, 0, &err), DAYONE_OK);
    assert_int_equal(decide(p.b, "brief", "api").outcome, DAYONE_DENY_BANNED);
    sleep_ms(450);
    assert_int_equal(decide(p.b, "brief", "api").outcome, DAYONE_ALLOW);
    assert_int_equal(ban_count(p.a), 0);
    assert_int_equal(dayone_limiter_unban(p.a, "brief", "api", 0, &err), DAYONE_ENOTFOUND);
    pair_free(&p);
}

/* Two decisions of "other" in one batch on lim, into out; the round trips
 * they took. */
static uint64_t batch_of_two(dayone_limiter *lim, const char *k1, const char *k2,
                             dayone_decision out[2])
{
    dayone_request r[2] = {DAYONE_REQUEST_INIT, DAYONE_REQUEST_INIT};
    r[0].key = k1;
    r[1].key = k2;
    for (int i = 0; i < 2; i++) {
        r[i].plan = "p";
        r[i].limit = "other";
    }
    dayone_backend_status before, after;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_backend_status(lim, &before), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide_many(lim, r, 2, out, NULL, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_backend_status(lim, &after), DAYONE_OK);
    return after.round_trips - before.round_trips;
}

/* Batches leave the ban keys out while the prefix has no ban index (the
 * lean form: one round trip); a ban set on the other limiter sends A's
 * next batch again with its ban keys (two), and the ones after it in full
 * at once (one); a ban lifted or ended ends in batches as in single calls.
 * The ban key ends with its index entry. Once the index is gone, a lean
 * call is still turned away for two minutes after one met it (the order of a
 * pipeline's calls): a third limiter's first batch takes two. */
static void test_batches_see_the_other_limiters_bans(void **state)
{
    (void)state;
    pair p = two_limiters();
    dayone_error err = {0};
    dayone_decision d[2];
    assert_int_equal(batch_of_two(p.a, "x", "y", d), 1);
    assert_int_equal(d[0].outcome, DAYONE_ALLOW);
    assert_int_equal(d[1].outcome, DAYONE_ALLOW);
    assert_int_equal(dayone_limiter_ban(p.b, "x", "other", 300 * MS, 0, &err), DAYONE_OK);
    assert_int_equal(batch_of_two(p.a, "x", "y", d), 2);
    assert_int_equal(d[0].outcome, DAYONE_DENY_BANNED);
    assert_true(d[0].retry_after_ns > 0 && d[0].retry_after_ns <= 300 * MS);
    assert_int_equal(d[1].outcome, DAYONE_ALLOW);
    assert_int_equal(batch_of_two(p.a, "y", "x", d), 1);
    assert_int_equal(d[0].outcome, DAYONE_ALLOW);
    assert_int_equal(d[1].outcome, DAYONE_DENY_BANNED);
    /* lifted on B: A's batch lets x through at once */
    assert_int_equal(dayone_limiter_unban(p.b, "x", "other", 0, &err), DAYONE_OK);
    assert_int_equal(batch_of_two(p.a, "x", "y", d), 1);
    assert_int_equal(d[0].outcome, DAYONE_ALLOW);
    /* a ban that ends on its own ends in batches on time */
    assert_int_equal(dayone_limiter_ban(p.b, "y", "other", 200 * MS, 0, &err), DAYONE_OK);
    assert_int_equal(batch_of_two(p.a, "x", "y", d), 1);
    assert_int_equal(d[1].outcome, DAYONE_DENY_BANNED);
    sleep_ms(300);
    assert_int_equal(batch_of_two(p.a, "x", "y", d), 1);
    assert_int_equal(d[1].outcome, DAYONE_ALLOW);
    /* the index outlives its last ban by a second */
    sleep_ms(1100);
    assert_int_equal(batch_of_two(p.a, "y", "x", d), 1);
    assert_int_equal(d[0].outcome, DAYONE_ALLOW);
    assert_int_equal(d[1].outcome, DAYONE_ALLOW);
    dayone_limiter *c = attached(p.policy, p.prefix);
    assert_int_equal(batch_of_two(c, "y", "x", d), 2);
    assert_int_equal(d[0].outcome, DAYONE_ALLOW);
    assert_int_equal(d[1].outcome, DAYONE_ALLOW);
    assert_int_equal(batch_of_two(c, "y", "x", d), 1);
    dayone_limiter_free(c);
    pair_free(&p);
}

/* The invariant the lean batch trusts: a live ban key always has the
 * prefix's index beside it - written, lengthened and lifted in one script,
 * the key expiring no later than the index. */
static long long pttl_of(redisContext *c, const char *key)
{
    redisReply *r = redisCommand(c, "PTTL %s", key);
    assert_non_null(r);
    assert_int_equal(r->type, REDIS_REPLY_INTEGER);
    long long v = r->integer;
    freeReplyObject(r);
    return v;
}

static void test_ban_key_never_outlives_its_index(void **state)
{
    (void)state;
    pair p = two_limiters();
    dayone_error err = {0};
    redisContext *c = redisConnectUnix(g_url + strlen("unix://"));
    assert_true(c && !c->err);
    char key[160], index[160];
    snprintf(key, sizeof key, "%s{x}:b:api", p.prefix);
    snprintf(index, sizeof index, "%s{bans}:until", p.prefix);
    assert_int_equal(pttl_of(c, key), -2);
    assert_int_equal(dayone_limiter_ban(p.a, "x", "api", 30 * SEC, 0, &err), DAYONE_OK);
    long long k = pttl_of(c, key), i = pttl_of(c, index);
    assert_true(k > 29000 && k <= 30000);
    assert_true(i >= k); /* the index ends a second after its latest ban */
    assert_int_equal(dayone_limiter_ban(p.b, "x", "api", 90 * SEC, 0, &err), DAYONE_OK);
    k = pttl_of(c, key);
    i = pttl_of(c, index);
    assert_true(k > 89000 && k <= 90000);
    assert_true(i >= k);
    assert_int_equal(dayone_limiter_unban(p.a, "x", "api", 0, &err), DAYONE_OK);
    assert_int_equal(pttl_of(c, key), -2);
    redisFree(c);
    pair_free(&p);
}

static void test_shared_banlist_is_bounded(void **state)
{
    (void)state;
    pair p = two_limiters();
    dayone_error err = {0};
    char key[32];
    int rc = DAYONE_OK, banned = 0;
    for (int i = 0; i < 5000 && rc == DAYONE_OK; i++) {
        snprintf(key, sizeof key, "k%d", i);
        rc = dayone_limiter_ban(i % 2 ? p.a : p.b, key, "api", 60 * SEC, 0, &err);
        banned += rc == DAYONE_OK;
    }
    assert_int_equal(rc, DAYONE_ELIMIT);
    assert_non_null(strstr(err.message, "4096"));
    assert_int_equal(banned, 4096);
    assert_int_equal(ban_count(p.a), 4096);
    /* A listing fills what room it is given and counts the rest. */
    dayone_ban some[10];
    size_t n = 0;
    assert_int_equal(dayone_limiter_bans(p.b, 0, some, 10, &n, &err), DAYONE_OK);
    assert_int_equal(n, 4096);
    assert_int_equal(strncmp(some[9].key, "k", 1), 0);
    /* A key already banned may still be banned longer; a lift makes room. */
    assert_int_equal(dayone_limiter_ban(p.a, "k0", "api", 120 * SEC, 0, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_unban(p.a, "k1", "api", 0, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_ban(p.b, "newcomer", "api", SEC, 0, &err), DAYONE_OK);
    assert_int_equal(decide(p.a, "newcomer", "api").outcome, DAYONE_DENY_BANNED);
    pair_free(&p);
}

/* Threads escalating different keys on one limiter at once (the decision
 * path writes bans to Redis from each thread): every key ends up banned
 * for both limiters, once. A TSan workload too. */
typedef struct flood_arg {
    dayone_limiter *lim;
    char key[16];
    int banned; /* decisions answered deny_banned */
    int errors;
} flood_arg;

static void *flood_key(void *p)
{
    flood_arg *a = p;
    for (int i = 0; i < 40; i++) {
        dayone_request r = DAYONE_REQUEST_INIT;
        r.key = a->key;
        r.plan = "p";
        r.limit = "api";
        dayone_decision d;
        if (dayone_limiter_decide(a->lim, &r, &d, NULL) != DAYONE_OK)
            a->errors++;
        else if (d.outcome == DAYONE_DENY_BANNED)
            a->banned++;
    }
    return NULL;
}

static void test_threads_escalate_at_once(void **state)
{
    (void)state;
    pair p = two_limiters();
    enum { N = 6 };
    flood_arg args[N];
    pthread_t th[N];
    for (int i = 0; i < N; i++) {
        memset(&args[i], 0, sizeof args[i]);
        args[i].lim = p.a;
        snprintf(args[i].key, sizeof args[i].key, "thr%d", i);
        assert_int_equal(pthread_create(&th[i], NULL, flood_key, &args[i]), 0);
    }
    for (int i = 0; i < N; i++)
        assert_int_equal(pthread_join(th[i], NULL), 0);
    for (int i = 0; i < N; i++) {
        assert_int_equal(args[i].errors, 0);
        /* 2 allowed (burst), 3 denied (the third escalates), then banned;
         * a refill (1/s) on a very slow machine may allow one or two more. */
        assert_true(args[i].banned <= 40 - 5 && args[i].banned >= 40 - 7);
        assert_int_equal(decide(p.b, args[i].key, "api").outcome, DAYONE_DENY_BANNED);
    }
    assert_int_equal(ban_count(p.b), N);
    pair_free(&p);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s FILE-HOLDING-THE-REDIS-SOCKET-PATH\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    char sock[300] = "";
    if (!f || !fgets(sock, sizeof sock, f)) {
        fprintf(stderr, "%s: no socket path (is the redis.server.start fixture up?)\n", argv[1]);
        return 1;
    }
    fclose(f);
    sock[strcspn(sock, "\r\n")] = '\0';
    snprintf(g_url, sizeof g_url, "unix://%s", sock);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_api_ban_seen_listed_and_lifted_by_both),
        cmocka_unit_test(test_escalation_on_one_bans_on_both),
        cmocka_unit_test(test_bans_end_on_time),
        cmocka_unit_test(test_batches_see_the_other_limiters_bans),
        cmocka_unit_test(test_ban_key_never_outlives_its_index),
        cmocka_unit_test(test_shared_banlist_is_bounded),
        cmocka_unit_test(test_threads_escalate_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
