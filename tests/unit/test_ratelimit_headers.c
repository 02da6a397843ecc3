/* test_ratelimit_headers.c - the RateLimit, RateLimit-Policy and Retry-After
 * values of a decision (include/dayone/limiter.h, libdayone/decision.c) and
 * the loader's refusal of limit names the headers cannot carry.
 *
 * The structured-field syntax itself is checked by a reference parser in
 * bindings/python/tests/test_ratelimit_headers.py; here the numbers. */
#include <stdio.h>
#include <string.h>
#include "testutil.h"

#define MS INT64_C(1000000)
#define SEC INT64_C(1000000000)
#define T0 (1000 * SEC)

/* A one-plan policy whose limit "x" has the given rate line, e.g.
 * "rps: 10, burst: 5"; and a limiter for it. */
static dayone_limiter *limiter_for(const char *rate)
{
    char yaml[256];
    snprintf(yaml, sizeof yaml, "version: 1\nplans:\n  - name: p\n    limits:\n      x: {%s}\n",
             rate);
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    if (dayone_policy_load_string(&p, yaml, strlen(yaml), "rate.yaml", &err) != DAYONE_OK)
        print_error("%s: %s\n", rate, err.message);
    assert_non_null(p);
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, &err), DAYONE_OK);
    dayone_policy_free(p);
    return lim;
}

static dayone_decision decide(dayone_limiter *lim, int64_t now, int64_t cost)
{
    dayone_request req = DAYONE_REQUEST_INIT;
    req.key = "tenant";
    req.plan = "p";
    req.limit = "x";
    req.cost = cost;
    req.now_ns = now;
    dayone_decision d;
    dayone_error err;
    assert_int_equal(dayone_limiter_decide(lim, &req, &d, &err), DAYONE_OK);
    return d;
}

static void expect_header(int (*fn)(const dayone_decision *, const char *, char *, size_t),
                          const dayone_decision *d, const char *want)
{
    char buf[128];
    int n = fn(d, "x", buf, sizeof buf);
    if (n < 0 || strcmp(buf, want) != 0)
        print_error("want %s, got %d '%s'\n", want, n, n < 0 ? "" : buf);
    assert_int_equal(n, (int)strlen(want));
    assert_string_equal(buf, want);
}

/* q/w is the policy's rate exactly, whatever the burst: the old w (burst
 * times the interval, rounded up) advertised 10 rps burst 5 as q=5;w=1. */
static void test_policy_advertises_the_rate(void **state)
{
    (void)state;
    static const struct { const char *rate; const char *want; } t[] = {
        {"rps: 10, burst: 5", "\"x\";q=10;w=1"},
        {"rps: 10", "\"x\";q=10;w=1"},
        {"rps: 7, burst: 3", "\"x\";q=7;w=1"},
        {"rps: 1000000000, burst: 1", "\"x\";q=1000000000;w=1"},
        {"rpm: 600, burst: 100", "\"x\";q=600;w=60"},
        {"rpm: 7, burst: 2", "\"x\";q=7;w=60"},
        {"rph: 1", "\"x\";q=1;w=3600"},
        {"rph: 7, burst: 3", "\"x\";q=7;w=3600"},
        {"rph: 1000000000, burst: 1000", "\"x\";q=1000000000;w=3600"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        dayone_limiter *lim = limiter_for(t[i].rate);
        dayone_decision d = decide(lim, T0, 1);
        expect_header(dayone_decision_ratelimit_policy, &d, t[i].want);
        dayone_limiter_free(lim);
    }
}

/* Allowed: r is what may be spent now, t the seconds (rounded up) until the
 * GCRA admits one more unit - not until the bucket is full again. */
static void test_ratelimit_allowed_t_is_next_unit(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for("rps: 10, burst: 5");
    dayone_decision d = decide(lim, T0, 1);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=4;t=1");
    dayone_limiter_free(lim);

    /* 7 rph, burst 3: T = 3600/7 s = 514.285714285 s (rounded down to ns). */
    lim = limiter_for("rph: 7, burst: 3");
    d = decide(lim, T0, 1);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=2;t=515");
    d = decide(lim, T0 + 100 * SEC, 1);
    /* Two units in flight: the bucket is full in 2T - 100 s (929 s), but the
     * next unit arrives T - 100 s from now. */
    assert_int_equal(d.remaining, 1);
    assert_true(d.reset_after_ns > 928 * SEC);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=1;t=415");
    /* ... and when that unit has arrived, r grows by one. */
    d = decide(lim, T0 + 100 * SEC + 415 * SEC, 1);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=1;t=514");
    dayone_limiter_free(lim);

    /* A cost of 3 on rps 10 burst 5: r counts units; t is still one unit. */
    lim = limiter_for("rps: 10, burst: 5");
    d = decide(lim, T0, 3);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=2;t=1");
    dayone_limiter_free(lim);

    /* 1 rph: nothing left, the next unit in an hour. */
    lim = limiter_for("rph: 1");
    d = decide(lim, T0, 1);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=0;t=3600");
    dayone_limiter_free(lim);
}

/* Denied: r = 0 and t = Retry-After, so Retry-After never points before the
 * end of the effective window (draft section 6). */
static void test_ratelimit_denied_t_is_retry_after(void **state)
{
    (void)state;
    dayone_limiter *lim = limiter_for("rpm: 6, burst: 2");
    decide(lim, T0, 1);
    decide(lim, T0, 1);
    dayone_decision d = decide(lim, T0 + 1 * SEC, 1);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_true(d.retry_after_ns == 9 * SEC);
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=0;t=9");
    char ra[32];
    assert_int_equal(dayone_decision_retry_after(&d, ra, sizeof ra), 1);
    assert_string_equal(ra, "9");
    d = decide(lim, T0 + 1 * SEC + 500 * MS, 1); /* 8.5 s: rounded up */
    expect_header(dayone_decision_ratelimit, &d, "\"x\";r=0;t=9");
    expect_header(dayone_decision_ratelimit_policy, &d, "\"x\";q=6;w=60");
    dayone_limiter_free(lim);
}

/* A value the decision does not have is DAYONE_ENOTFOUND (the caller omits
 * the header); a value that cannot be written is an error, never "". */
static void test_no_value_vs_error(void **state)
{
    (void)state;
    char buf[64];
    dayone_limiter *lim = limiter_for("rps: 10, burst: 5");
    dayone_decision d = decide(lim, T0, 6); /* cost exceeds burst */
    assert_int_equal(d.retry_after_ns, -1);
    strcpy(buf, "junk");
    assert_int_equal(dayone_decision_retry_after(&d, buf, sizeof buf), DAYONE_ENOTFOUND);
    assert_string_equal(buf, "");
    assert_int_equal(dayone_decision_ratelimit(&d, "x", buf, sizeof buf), DAYONE_ENOTFOUND);
    expect_header(dayone_decision_ratelimit_policy, &d, "\"x\";q=10;w=1");

    d = decide(lim, T0, 1);
    /* names that are not printable ASCII, and buffers that are too small */
    strcpy(buf, "junk");
    assert_int_equal(dayone_decision_ratelimit(&d, "d\xc3\xa9" "bit", buf, sizeof buf),
                     DAYONE_EINVAL);
    assert_string_equal(buf, "");
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "a\tb", buf, sizeof buf),
                     DAYONE_EINVAL);
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, 12), DAYONE_EINVAL);
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, 13), 12);
    assert_string_equal(buf, "\"x\";q=10;w=1");
    /* escaping, and a name that only fits with its escapes counted */
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "a\"b\\c", buf, sizeof buf), 18);
    assert_string_equal(buf, "\"a\\\"b\\\\c\";q=10;w=1");
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "a\"b\\c", buf, 18), DAYONE_EINVAL);
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "a\"b\\c", buf, 19), 18);
    dayone_limiter_free(lim);

    /* a hand-made decision whose window is shorter than its burst in ns
     * has no emission interval: refused, not divided by zero */
    d.allowed = 1;
    d.window_ns = 3;
    d.burst = 10;
    assert_int_equal(dayone_decision_ratelimit(&d, "x", buf, sizeof buf), DAYONE_EINVAL);

    /* a hand-made decision without a rate has no RateLimit-Policy */
    memset(&d, 0, sizeof d);
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, sizeof buf),
                     DAYONE_ENOTFOUND);
    assert_int_equal(dayone_decision_ratelimit(&d, "x", buf, sizeof buf), DAYONE_ENOTFOUND);
}

/* Periods that are not whole seconds (not writable in a policy, but the
 * decision is plain data): the smallest whole-second w keeping q/w exact,
 * and DAYONE_ELIMIT when q or w would pass RFC 9651's 15 digits. */
static void test_policy_sub_second_periods(void **state)
{
    (void)state;
    static const struct { int64_t rate, period_ns; const char *want; } t[] = {
        {1, 500 * MS, "\"x\";q=2;w=1"},
        {3, 1500 * MS, "\"x\";q=2;w=1"},
        {1, 1500 * MS, "\"x\";q=2;w=3"},
        {5, 7, "\"x\";q=5000000000;w=7"}, /* 5 per 7 ns */
        {1, 1000000001, "\"x\";q=1000000000;w=1000000001"},
    };
    dayone_decision d;
    memset(&d, 0, sizeof d);
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        d.rate = t[i].rate;
        d.rate_period_ns = t[i].period_ns;
        expect_header(dayone_decision_ratelimit_policy, &d, t[i].want);
    }
    char buf[128];
    d.rate = INT64_C(1000000007); /* 1000000007 per 3 ns: q would be ~3.3e17 */
    d.rate_period_ns = 3;
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, sizeof buf), DAYONE_ELIMIT);
    d.rate = 1; /* 1 per (1e15 + 1) ns: w would have 16 digits */
    d.rate_period_ns = INT64_C(1000000000000001);
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, sizeof buf), DAYONE_ELIMIT);
}

static void expect_load_error(const char *yaml, unsigned line, unsigned column,
                              const char *needle)
{
    dayone_policy *p = (dayone_policy *)0x1;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, yaml, strlen(yaml), "names.yaml", &err);
    if (rc != DAYONE_EPOLICY || err.line != line || err.column != column ||
        !strstr(err.message, needle))
        print_error("got %s at %u:%u: %s\n", dayone_status_name(rc), err.line, err.column,
                    err.message);
    assert_int_equal(rc, DAYONE_EPOLICY);
    assert_null(p);
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, column);
    assert_non_null(strstr(err.message, needle));
}

/* Any limit name outside printable ASCII is a policy error at its place;
 * the printable punctuation the header escapes still loads. */
static void test_loader_refuses_names_headers_cannot_carry(void **state)
{
    (void)state;
    expect_load_error("version: 1\nplans:\n  - name: p\n    limits:\n"
                      "      \"d\xc3\xa9" "bit\": {rps: 10}\n",
                      5, 7, "limit name has byte 0xC3 at offset 1");
    expect_load_error("version: 1\nplans:\n  - name: p\n    limits:\n"
                      "      ok: {rps: 1}\n      \"new\\nline\": {rps: 1}\n",
                      6, 7, "byte 0x0A at offset 3");
    expect_load_error("version: 1\nplans:\n  - name: p\n    limits:\n"
                      "      \"del\\x7f\": {rps: 1}\n",
                      5, 7, "structured-field String (RFC 9651)");
    const char *ok = "version: 1\nplans:\n  - name: p\n    limits:\n"
                     "      'say \"hi\" \\ ok': {rps: 1}\n";
    dayone_policy *p = NULL;
    dayone_error err;
    assert_int_equal(dayone_policy_load_string(&p, ok, strlen(ok), "ok.yaml", &err), DAYONE_OK);
    dayone_policy_free(p);
}

/* A limit of several rates: one RateLimit-Policy item per rate, named
 * "<limit>/<unit>"; RateLimit names the tightest; never a partial list. */
static void test_several_rates(void **state)
{
    (void)state;
    char buf[256];
    const char *yaml = "version: 1\nplans:\n  - name: p\n    limits:\n"
                       "      x: [{rps: 10, burst: 2}, {rph: 100, burst: 3}]\n";
    dayone_policy *p = NULL;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_policy_load_string(&p, yaml, strlen(yaml), "m.yaml", NULL),
                     DAYONE_OK);
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, NULL), DAYONE_OK);
    dayone_decision d = decide(lim, T0, 1);
    assert_int_equal(d.nrates, 2);
    const char *policy = "\"x/rps\";q=10;w=1, \"x/rph\";q=100;w=3600";
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, sizeof buf),
                     (int)strlen(policy));
    assert_string_equal(buf, policy);
    /* too small by one: refused whole, never cut after an item */
    assert_int_equal(dayone_decision_ratelimit_policy(&d, "x", buf, strlen(policy)),
                     DAYONE_EINVAL);
    assert_string_equal(buf, "");
    expect_header(dayone_decision_ratelimit, &d, "\"x/rps\";r=1;t=1");
    d = decide(lim, T0, 1);
    d = decide(lim, T0, 1); /* 3 at once: the per-second rate denies (100 ms) */
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.tightest, 0);
    expect_header(dayone_decision_ratelimit, &d, "\"x/rps\";r=0;t=1");
    d = decide(lim, T0 + SEC, 1); /* the last of the per-hour burst of 3 (36 s a unit) */
    assert_true(d.allowed);
    assert_int_equal(d.tightest, 1);
    expect_header(dayone_decision_ratelimit, &d, "\"x/rph\";r=0;t=35");
    d = decide(lim, T0 + 2 * SEC, 1); /* the per-hour rate denies until T0 + 36 s */
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.tightest, 1);
    assert_int_equal(d.retry_after_ns, 34 * SEC);
    expect_header(dayone_decision_ratelimit, &d, "\"x/rph\";r=0;t=34");
    /* a hand-made decision: a count of rates out of range, a rate of 0, and
     * a period no unit names */
    dayone_decision h = d;
    h.nrates = DAYONE_LIMIT_RATES_MAX + 1;
    assert_int_equal(dayone_decision_ratelimit_policy(&h, "x", buf, sizeof buf), DAYONE_EINVAL);
    h = d;
    h.rates[1].rate = 0;
    assert_int_equal(dayone_decision_ratelimit_policy(&h, "x", buf, sizeof buf), DAYONE_EINVAL);
    h = d;
    h.rates[1].rate_period_ns = 2 * SEC;
    const char *odd = "\"x/rps\";q=10;w=1, \"x/2s\";q=100;w=2";
    assert_int_equal(dayone_decision_ratelimit_policy(&h, "x", buf, sizeof buf),
                     (int)strlen(odd));
    assert_string_equal(buf, odd);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_policy_advertises_the_rate),
        cmocka_unit_test(test_ratelimit_allowed_t_is_next_unit),
        cmocka_unit_test(test_ratelimit_denied_t_is_retry_after),
        cmocka_unit_test(test_no_value_vs_error),
        cmocka_unit_test(test_policy_sub_second_periods),
        cmocka_unit_test(test_loader_refuses_names_headers_cannot_carry),
        cmocka_unit_test(test_several_rates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
