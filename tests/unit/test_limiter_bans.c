/* test_limiter_bans.c - the banlist: bans from the API, fail2ban-style
 * escalation from a limit's `ban:` policy, deny_banned first in the
 * decision with Retry-After = the ban's remaining time, bounded memory. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "dayone/banlist.h"
#include "dayone/stats.h"

#define SEC INT64_C(1000000000)

static const char POLICY[] =
    "version: 1\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: {rpm: 60, burst: 1, ban: {max_denials: 3, find_time_s: 60, ban_time_s: 10,\n"
    "               ban_factor: 3, max_ban_time_s: 50, ignore: [friend]}}\n"
    "      api: {rpm: 60, burst: 1}\n"
    "      bulk: none\n";

static dayone_limiter *limiter(void)
{
    dayone_policy *p = NULL;
    dayone_error err = {0};
    if (dayone_policy_load_string(&p, POLICY, sizeof POLICY - 1, "t", &err) != DAYONE_OK)
        fail_msg("policy: %s", err.message);
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = 10000;
    o.env = env;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, &o, &err), DAYONE_OK);
    dayone_env_free(env);
    dayone_policy_free(p);
    return lim;
}

static dayone_decision decide(dayone_limiter *lim, const char *key, const char *limit,
                              int64_t now)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = key;
    r.plan = "free";
    r.limit = limit;
    r.now_ns = now;
    dayone_decision d;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    return d;
}

static void test_api_ban_is_checked_first(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    int64_t t = 100 * SEC;
    dayone_error err = {0};
    assert_int_equal(dayone_limiter_ban(lim, "abuser", "api", 30 * SEC, t, &err), DAYONE_OK);
    dayone_decision d = decide(lim, "abuser", "api", t + 5 * SEC);
    assert_int_equal(d.outcome, DAYONE_DENY_BANNED);
    assert_int_equal(d.status, 403);
    assert_false(d.allowed);
    assert_string_equal(d.reason, "banned");
    assert_int_equal(d.retry_after_ns, 25 * SEC);
    char buf[64];
    assert_int_equal(dayone_decision_retry_after(&d, buf, sizeof buf), 2);
    assert_string_equal(buf, "25");
    assert_int_equal(dayone_decision_ratelimit(&d, "api", buf, sizeof buf), DAYONE_ENOTFOUND);
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "api", buf, sizeof buf),
                     DAYONE_ENOTFOUND);
    /* before anything else: even a limit the plan does not offer */
    assert_int_equal(dayone_limiter_ban(lim, "abuser", "bulk", 30 * SEC, t, &err), DAYONE_OK);
    assert_int_equal(decide(lim, "abuser", "bulk", t).outcome, DAYONE_DENY_BANNED);
    /* other keys and other limits are untouched; a ban consumes nothing */
    assert_true(decide(lim, "other", "api", t).allowed);
    assert_true(decide(lim, "abuser", "ingest", t).allowed);

    dayone_ban bans[4];
    size_t n = 0;
    assert_int_equal(dayone_limiter_bans(lim, t + SEC, bans, 4, &n, &err), DAYONE_OK);
    assert_int_equal(n, 2);
    assert_string_equal(bans[0].key, "abuser");
    assert_int_equal(bans[0].remaining_ns, 29 * SEC);
    assert_int_equal(bans[0].bans, 1);

    /* lifted: allowed again, with the burst it never spent */
    assert_int_equal(dayone_limiter_unban(lim, "abuser", "api", t, &err), DAYONE_OK);
    assert_true(decide(lim, "abuser", "api", t + 6 * SEC).allowed);
    assert_int_equal(dayone_limiter_unban(lim, "abuser", "api", t, &err), DAYONE_ENOTFOUND);
    /* a ban ends by itself */
    assert_int_equal(decide(lim, "abuser", "bulk", t + 30 * SEC).outcome, DAYONE_DENY_PLAN);
    assert_int_equal(dayone_limiter_bans(lim, t + 30 * SEC, NULL, 0, &n, &err), DAYONE_OK);
    assert_int_equal(n, 0);

    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, &err), DAYONE_OK);
    uint64_t banned = 0;
    for (size_t i = 0; i < s.nrows; i++)
        if (s.rows[i].outcome == DAYONE_DENY_BANNED)
            banned += s.rows[i].count;
    assert_int_equal(banned, 2);
    dayone_stats_release(&s);

    assert_int_equal(dayone_limiter_ban(lim, "k", "nope", SEC, t, &err), DAYONE_ENOTFOUND);
    assert_int_equal(dayone_limiter_ban(lim, "k", "api", 0, t, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_ban(lim, NULL, "api", SEC, t, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_bans(lim, t, NULL, 1, &n, &err), DAYONE_EINVAL);
    dayone_limiter_free(lim);
}

/* Deny until banned: burst 1, so at a fixed time every request after the
 * first is a rate denial. Returns the ban's length. */
static int64_t escalate(dayone_limiter *lim, const char *key, int64_t t)
{
    assert_true(decide(lim, key, "ingest", t).allowed);
    for (int i = 0; i < 3; i++)
        assert_int_equal(decide(lim, key, "ingest", t).outcome, DAYONE_DENY_RATE);
    dayone_decision d = decide(lim, key, "ingest", t);
    assert_int_equal(d.outcome, DAYONE_DENY_BANNED);
    return d.retry_after_ns;
}

static void test_escalation(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    int64_t t = 1000 * SEC;
    assert_int_equal(escalate(lim, "ip1", t), 10 * SEC);   /* ban_time */
    t += 100 * SEC;
    assert_int_equal(escalate(lim, "ip1", t), 30 * SEC);   /* x ban_factor */
    t += 100 * SEC;
    assert_int_equal(escalate(lim, "ip1", t), 50 * SEC);   /* 90, capped */
    t += 100 * SEC;
    assert_int_equal(escalate(lim, "ip1", t), 50 * SEC);

    /* denials spread wider than find_time never add up to a ban */
    for (int i = 0; i < 10; i++) {
        int64_t at = t + (int64_t)i * 40 * SEC;
        decide(lim, "slow", "ingest", at);
        assert_int_equal(decide(lim, "slow", "ingest", at).outcome, DAYONE_DENY_RATE);
    }
    /* ... nor do they for a key on the ignore list, or a limit with no ban: */
    for (int i = 0; i < 10; i++) {
        assert_int_not_equal(decide(lim, "friend", "ingest", t).outcome, DAYONE_DENY_BANNED);
        assert_int_not_equal(decide(lim, "ip9", "api", t).outcome, DAYONE_DENY_BANNED);
    }
    dayone_limiter_free(lim);
}

static void test_batch_checks_bans(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    int64_t t = SEC;
    assert_int_equal(dayone_limiter_ban(lim, "b", "api", 10 * SEC, t, NULL), DAYONE_OK);
    dayone_request r[3];
    const char *keys[3] = {"a", "b", "c"};
    for (int i = 0; i < 3; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = keys[i];
        q.plan = "free";
        q.limit = "api";
        q.now_ns = t;
        r[i] = q;
    }
    dayone_decision d[3];
    assert_int_equal(dayone_limiter_decide_many(lim, r, 3, d, NULL, NULL), DAYONE_OK);
    assert_true(d[0].allowed);
    assert_int_equal(d[1].outcome, DAYONE_DENY_BANNED);
    assert_int_equal(d[1].retry_after_ns, 10 * SEC);
    assert_true(d[2].allowed);
    dayone_limiter_free(lim);
}

static void test_bounded(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    size_t ok = 0, full = 0;
    char key[32];
    for (int i = 0; i < 6000; i++) {
        snprintf(key, sizeof key, "k%d", i);
        int rc = dayone_limiter_ban(lim, key, "api", 3600 * SEC, SEC, NULL);
        if (rc == DAYONE_OK)
            ok++;
        else if (rc == DAYONE_ELIMIT)
            full++;
        else
            fail_msg("ban %d: %d", i, rc);
    }
    size_t n = 0;
    assert_int_equal(dayone_limiter_bans(lim, SEC, NULL, 0, &n, NULL), DAYONE_OK);
    assert_int_equal(n, ok);
    assert_true(ok <= 4096);
    assert_true(full >= 6000 - 4096);
    /* a banned key stays banned: a full list evicts no live ban */
    assert_int_equal(decide(lim, "k0", "api", 2 * SEC).outcome, DAYONE_DENY_BANNED);
    dayone_limiter_free(lim);
}

/* Decisions on several threads while another bans and lifts: every
 * decision is one of the outcomes it can be, and the counters add up. */
typedef struct racer {
    dayone_limiter *lim;
    char key[8];
} racer;

static void *race_decide(void *arg)
{
    racer *r = arg;
    for (int i = 0; i < 20000; i++) {
        dayone_request q = DAYONE_REQUEST_INIT;
        q.key = r->key;
        q.plan = "free";
        q.limit = i % 2 ? "ingest" : "api";
        q.now_ns = SEC + i;
        dayone_decision d;
        if (dayone_limiter_decide(r->lim, &q, &d, NULL) != DAYONE_OK ||
            (d.outcome != DAYONE_ALLOW && d.outcome != DAYONE_DENY_RATE &&
             d.outcome != DAYONE_DENY_BANNED))
            return (void *)1;
    }
    return NULL;
}

static void test_bans_race_with_decisions(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter();
    pthread_t th[4];
    racer r[4];
    for (int i = 0; i < 4; i++) {
        r[i].lim = lim;
        snprintf(r[i].key, sizeof r[i].key, "k%d", i);
        assert_int_equal(pthread_create(&th[i], NULL, race_decide, &r[i]), 0);
    }
    for (int i = 0; i < 2000; i++) {
        dayone_limiter_ban(lim, r[i % 4].key, "api", SEC, SEC, NULL);
        dayone_limiter_unban(lim, r[(i + 1) % 4].key, "api", SEC, NULL);
        size_t n;
        dayone_limiter_bans(lim, SEC, NULL, 0, &n, NULL);
    }
    for (int i = 0; i < 4; i++) {
        void *bad = NULL;
        pthread_join(th[i], &bad);
        assert_null(bad);
    }
    dayone_stats s;
    assert_int_equal(dayone_limiter_stats(lim, &s, NULL), DAYONE_OK);
    assert_int_equal(s.decisions, 4 * 20000);
    dayone_stats_release(&s);
    dayone_limiter_free(lim);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_api_ban_is_checked_first),
        cmocka_unit_test(test_escalation),
        cmocka_unit_test(test_batch_checks_bans),
        cmocka_unit_test(test_bounded),
        cmocka_unit_test(test_bans_race_with_decisions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
