/* test_limiter_handle.c - deciding on a resolved (plan, limit, feature):
 * the same decisions and state as by name, across policy swaps (or a
 * closed failure when the names are gone), and refusal of bad keys and
 * foreign limiters. Every decision vector also runs through handles
 * (test_conformance_decide.c). */
#include <stdlib.h>
#include <string.h>
#include "testutil.h"

#define SEC INT64_C(1000000000)

static const char POLICY_A[] =
    "version: 1\n"
    "features: [sso]\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: {rpm: 60, burst: 3}\n"
    "  - name: pro\n"
    "    features: [sso]\n"
    "    limits:\n"
    "      ingest: {rpm: 600, burst: 10}\n";

/* ingest keeps its rate and burst on free; pro is gone. */
static const char POLICY_B[] =
    "version: 1\n"
    "plans:\n"
    "  - name: free\n"
    "    limits:\n"
    "      ingest: {rpm: 60, burst: 3}\n"
    "      export: {rpm: 60, burst: 1}\n";

static dayone_policy *load(const char *text)
{
    dayone_policy *p = NULL;
    dayone_error err;
    assert_int_equal(dayone_policy_load_string(&p, text, strlen(text), "<test>", &err),
                     DAYONE_OK);
    return p;
}

static dayone_limiter *limiter_for(const char *text)
{
    dayone_policy *p = load(text);
    dayone_limiter *lim = NULL;
    dayone_error err;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    dayone_policy_free(p);
    return lim;
}

static dayone_decision by_handle(dayone_limiter *lim, const dayone_limit_handle *h,
                                 const char *key, int64_t now, int expect_rc)
{
    dayone_decision d;
    dayone_error err;
    memset(&d, 0, sizeof d);
    assert_int_equal(dayone_limiter_decide_handle(lim, h, key, strlen(key), 1, -1, now, &d, &err),
                     expect_rc);
    return d;
}

static dayone_decision by_name(dayone_limiter *lim, const char *key, const char *plan,
                               const char *limit, int64_t now)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_decision d;
    dayone_error err;
    r.key = key;
    r.plan = plan;
    r.limit = limit;
    r.now_ns = now;
    memset(&d, 0, sizeof d); /* compared whole, padding included */
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    return d;
}

/* A handle's decisions and a by-name call share the tenant's state, and
 * each equals what the other form would have answered. */
static void test_handle_decides_as_by_name(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for(POLICY_A);
    dayone_limiter *twin = limiter_for(POLICY_A);
    dayone_limit_handle *h = NULL;
    dayone_error err;
    assert_int_equal(dayone_limiter_resolve(lim, "free", "ingest", NULL, &h, &err), DAYONE_OK);
    int64_t now = 10 * SEC;
    for (int i = 0; i < 5; i++) {
        /* alternate the forms on one limiter; its twin decides by name only */
        dayone_decision d = i % 2 ? by_name(lim, "t1", "free", "ingest", now)
                                  : by_handle(lim, h, "t1", now, DAYONE_OK);
        dayone_decision want = by_name(twin, "t1", "free", "ingest", now);
        assert_int_equal(memcmp(&d, &want, sizeof d), 0);
    }
    /* burst 3: the fourth and fifth were denied, whichever form asked */
    assert_int_equal(by_handle(lim, h, "t1", now, DAYONE_OK).outcome, DAYONE_DENY_RATE);
    assert_int_equal(by_handle(lim, h, "t2", now, DAYONE_OK).outcome, DAYONE_ALLOW);
    dayone_limit_handle_free(h);
    dayone_limiter_free(twin);
    dayone_limiter_free(lim);
}

/* The key is pointer and length: only key_len bytes count, a NUL inside is
 * refused, and a key longer than the stack copy still decides. */
static void test_handle_key_bytes(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for(POLICY_A);
    dayone_limit_handle *h = NULL;
    dayone_decision d;
    dayone_error err;
    assert_int_equal(dayone_limiter_resolve(lim, "free", "ingest", "", &h, &err), DAYONE_OK);
    int64_t now = 10 * SEC;
    /* "abcXYZ" cut at 3 is tenant "abc" */
    for (int i = 0; i < 3; i++)
        assert_int_equal(dayone_limiter_decide_handle(lim, h, "abcXYZ", 3, 1, -1, now, &d, &err),
                         DAYONE_OK);
    assert_int_equal(by_name(lim, "abc", "free", "ingest", now).outcome, DAYONE_DENY_RATE);
    assert_int_equal(dayone_limiter_decide_handle(lim, h, "ab\0c", 4, 1, -1, now, &d, &err),
                     DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "NUL"));
    char *big = malloc(5000);
    memset(big, 'k', 4999);
    big[4999] = '\0';
    for (int i = 0; i < 3; i++)
        assert_int_equal(dayone_limiter_decide_handle(lim, h, big, 4999, 1, -1, now, &d, &err),
                         DAYONE_OK);
    assert_int_equal(by_name(lim, big, "free", "ingest", now).outcome, DAYONE_DENY_RATE);
    free(big);
    /* a bad cost is refused as by name */
    assert_int_equal(dayone_limiter_decide_handle(lim, h, "c", 1, -1, -1, now, &d, &err),
                     DAYONE_EINVAL);
    dayone_limit_handle_free(h);
    dayone_limiter_free(lim);
}

/* A NUL byte anywhere in a key of any length is refused; bytes that are
 * not 0 (0x01, 0x7f, 0x80, 0xff: the edges of a search by words) are not.
 * Each accepted key is the tenant a by-name call sees: 3 handle decisions
 * spend its burst. Lengths 1 to 40 cover every way a key is read (1-3
 * bytes, 4-8, 9-16, and 16-byte blocks before a tail). */
static void test_handle_key_nul_any_length(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for(POLICY_A);
    dayone_limit_handle *h = NULL;
    dayone_decision d;
    dayone_error err;
    assert_int_equal(dayone_limiter_resolve(lim, "free", "ingest", NULL, &h, &err), DAYONE_OK);
    static const unsigned char edge[] = {0x01, 0x7f, 0x80, 0xff, 'k'};
    int64_t now = 10 * SEC;
    for (size_t len = 1; len <= 40; len++) {
        char key[48];
        for (size_t i = 0; i < len; i++)
            key[i] = (char)edge[(i + len) % sizeof edge];
        key[len] = '\0';
        for (size_t j = 0; j < len; j++) {
            char bad[48];
            memcpy(bad, key, len);
            bad[j] = '\0';
            assert_int_equal(dayone_limiter_decide_handle(lim, h, bad, len, 1, -1, now, &d, &err),
                             DAYONE_EINVAL);
            assert_non_null(strstr(err.message, "NUL"));
        }
        for (int i = 0; i < 3; i++) {
            assert_int_equal(dayone_limiter_decide_handle(lim, h, key, len, 1, -1, now, &d, &err),
                             DAYONE_OK);
            assert_int_equal(d.outcome, DAYONE_ALLOW);
        }
        assert_int_equal(by_name(lim, key, "free", "ingest", now).outcome, DAYONE_DENY_RATE);
    }
    dayone_limit_handle_free(h);
    dayone_limiter_free(lim);
}

/* Single calls that switch limit on every call (each is hashed first under
 * the previous call's state seed, a wrong guess here) decide as calls that
 * never switch: the same decisions, whole, as a twin limiter deciding one
 * limit at a time. */
static void test_by_name_alternating_limits(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for(POLICY_B);
    dayone_limiter *twin = limiter_for(POLICY_B);
    static const char *const limits[] = {"ingest", "export"};
    static const char *const keys[] = {"t1", "tenant-with-a-longer-name-0001"};
    int64_t now = 10 * SEC;
    dayone_decision got[2][2][5], want[2][2][5];
    for (int i = 0; i < 5; i++)
        for (int k = 0; k < 2; k++)
            for (int l = 0; l < 2; l++)
                got[k][l][i] = by_name(lim, keys[k], "free", limits[l], now + i);
    for (int l = 0; l < 2; l++)
        for (int k = 0; k < 2; k++)
            for (int i = 0; i < 5; i++)
                want[k][l][i] = by_name(twin, keys[k], "free", limits[l], now + i);
    assert_int_equal(memcmp(got, want, sizeof got), 0);
    /* ingest has a burst of 3, export of 1 */
    assert_int_equal(got[1][0][2].outcome, DAYONE_ALLOW);
    assert_int_equal(got[1][0][3].outcome, DAYONE_DENY_RATE);
    assert_int_equal(got[1][1][0].outcome, DAYONE_ALLOW);
    assert_int_equal(got[1][1][1].outcome, DAYONE_DENY_RATE);
    dayone_limiter_free(twin);
    dayone_limiter_free(lim);
}

/* Unknown names do not resolve (as a decision by name would fail), and a
 * handle is refused by a limiter it was not resolved for. */
static void test_resolve_errors(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for(POLICY_A), *other = limiter_for(POLICY_A);
    dayone_limit_handle *h = NULL;
    dayone_decision d;
    dayone_error err;
    assert_int_equal(dayone_limiter_resolve(lim, "gold", "ingest", NULL, &h, &err),
                     DAYONE_ENOTFOUND);
    assert_null(h);
    assert_int_equal(dayone_limiter_resolve(lim, "free", "export", NULL, &h, &err),
                     DAYONE_ENOTFOUND);
    assert_int_equal(dayone_limiter_resolve(lim, "free", "ingest", "audit", &h, &err),
                     DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "audit"));
    assert_int_equal(dayone_limiter_resolve(lim, NULL, "ingest", NULL, &h, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_resolve(lim, "pro", "ingest", "sso", &h, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide_handle(other, h, "t", 1, 1, -1, SEC, &d, &err),
                     DAYONE_EINVAL);
    assert_int_equal(dayone_limiter_decide_handle(lim, NULL, "t", 1, 1, -1, SEC, &d, &err),
                     DAYONE_EINVAL);
    /* the paywall applies on a handle: free lacks sso */
    dayone_limit_handle *hf = NULL;
    assert_int_equal(dayone_limiter_resolve(lim, "free", "ingest", "sso", &hf, &err), DAYONE_OK);
    assert_int_equal(by_handle(lim, hf, "t", SEC, DAYONE_OK).outcome, DAYONE_DENY_PLAN);
    assert_string_equal(by_handle(lim, hf, "t", SEC, DAYONE_OK).upgrade_plan, "pro");
    assert_int_equal(by_handle(lim, h, "t", SEC, DAYONE_OK).outcome, DAYONE_ALLOW);
    dayone_limit_handle_free(hf);
    dayone_limit_handle_free(h);
    dayone_limit_handle_free(NULL);
    dayone_limiter_free(other);
    dayone_limiter_free(lim);
}

/* After a swap a handle decides by the new policy (state of an unchanged
 * limit survives, as by name); once its plan is gone it fails closed. */
static void test_handle_across_swaps(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for(POLICY_A);
    dayone_limit_handle *hfree = NULL, *hpro = NULL;
    dayone_error err;
    assert_int_equal(dayone_limiter_resolve(lim, "free", "ingest", NULL, &hfree, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_resolve(lim, "pro", "ingest", NULL, &hpro, &err), DAYONE_OK);
    int64_t now = 10 * SEC;
    for (int i = 0; i < 3; i++)
        assert_int_equal(by_handle(lim, hfree, "t", now, DAYONE_OK).outcome, DAYONE_ALLOW);
    assert_int_equal(by_handle(lim, hpro, "t", now, DAYONE_OK).outcome, DAYONE_ALLOW);

    dayone_policy *b = load(POLICY_B);
    assert_int_equal(dayone_limiter_swap_policy(lim, b, &err), DAYONE_OK);
    dayone_policy_free(b);
    /* free ingest unchanged: the tenant's spent burst survived the swap */
    dayone_decision d = by_handle(lim, hfree, "t", now, DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.retry_after_ns, 1 * SEC);
    assert_int_equal(by_handle(lim, hfree, "u", now, DAYONE_OK).remaining, 2);
    /* pro is gone: refused, never allowed */
    d = by_handle(lim, hpro, "t", now, DAYONE_ENOTFOUND);
    assert_int_equal(dayone_limiter_decide_handle(lim, hpro, "t", 1, 1, -1, now, &d, &err),
                     DAYONE_ENOTFOUND);
    assert_non_null(strstr(err.message, "pro"));
    /* resolved anew on the new policy */
    dayone_limit_handle *hexp = NULL;
    assert_int_equal(dayone_limiter_resolve(lim, "free", "export", NULL, &hexp, &err), DAYONE_OK);
    assert_int_equal(by_handle(lim, hexp, "t", now, DAYONE_OK).outcome, DAYONE_ALLOW);
    assert_int_equal(by_handle(lim, hexp, "t", now, DAYONE_OK).outcome, DAYONE_DENY_RATE);
    dayone_limit_handle_free(hexp);
    dayone_limit_handle_free(hpro);
    dayone_limit_handle_free(hfree);
    dayone_limiter_free(lim);
}

/* A handle takes no period anchor: on a quota counted per anchored period
 * its decisions fail closed, as a request without its anchor does. */
static void test_handle_anchored_quota_fails_closed(void **state)
{
    (void)state;
    static const char yaml[] =
        "version: 1\n"
        "billing: {enforcement: strict, periods: {monthly: anchored}}\n"
        "plans:\n"
        "  - name: p\n"
        "    limits:\n"
        "      api: {rpm: 60, burst: 5, quota: monthly}\n"
        "    quotas: {monthly: 100}\n";
    dayone_limiter *lim = limiter_for(yaml);
    dayone_limit_handle *h = NULL;
    dayone_decision d;
    dayone_error err;
    assert_int_equal(dayone_limiter_resolve(lim, "p", "api", NULL, &h, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide_handle(lim, h, "t", 1, 1, -1, SEC, &d, &err),
                     DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "anchor"));
    /* by name, with the tenant's anchor, it decides */
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = "t";
    r.plan = "p";
    r.limit = "api";
    r.now_ns = SEC;
    r.period_anchor_unix_s = 1700000000;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    dayone_limit_handle_free(h);
    dayone_limiter_free(lim);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_handle_decides_as_by_name),
        cmocka_unit_test(test_handle_key_bytes),
        cmocka_unit_test(test_handle_key_nul_any_length),
        cmocka_unit_test(test_by_name_alternating_limits),
        cmocka_unit_test(test_resolve_errors),
        cmocka_unit_test(test_handle_across_swaps),
        cmocka_unit_test(test_handle_anchored_quota_fails_closed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
