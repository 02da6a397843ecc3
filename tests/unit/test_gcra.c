/* test_gcra.c - the pure GCRA step (libdayone/gcra.h) and the key hash. */
#include "testutil.h"
#include "gcra.h"
#include "limiter_table.h"

#define T INT64_C(100000000) /* 100 ms: 600 per minute */

static void test_fresh_key_allows_with_burst_minus_cost_remaining(void **state)
{
    (void)state;
    dy_gcra_out o;
    int64_t now = 5 * T;
    dy_gcra_step(0, now, T, 100 * T, 1 * T, &o); /* stored TAT in the past */
    assert_int_equal(o.allowed, 1);
    assert_int_equal(o.remaining, 99);
    assert_int_equal(o.new_tat, now + T);
    assert_int_equal(o.reset_after_ns, T);
    assert_int_equal(o.retry_after_ns, 0);

    dy_gcra_step(now, now, T, 100 * T, 10 * T, &o);
    assert_int_equal(o.allowed, 1);
    assert_int_equal(o.remaining, 90);
    assert_int_equal(o.reset_after_ns, 10 * T);
}

static void test_burst_then_exact_retry_after(void **state)
{
    (void)state;
    dy_gcra_out o;
    int64_t now = 1000 * T, tat = 0;
    for (int i = 0; i < 100; i++) {
        dy_gcra_step(tat, now, T, 100 * T, T, &o);
        assert_int_equal(o.allowed, 1);
        assert_int_equal(o.remaining, 99 - i);
        tat = o.new_tat;
    }
    dy_gcra_step(tat, now, T, 100 * T, T, &o);
    assert_int_equal(o.allowed, 0);
    assert_int_equal(o.retry_after_ns, T);
    assert_int_equal(o.reset_after_ns, 100 * T);
    assert_int_equal(o.remaining, 0);
    assert_int_equal(o.new_tat, tat); /* a denial stores nothing */

    /* One nanosecond early is still denied, exactly on time is allowed. */
    dy_gcra_step(tat, now + T - 1, T, 100 * T, T, &o);
    assert_int_equal(o.allowed, 0);
    assert_int_equal(o.retry_after_ns, 1);
    dy_gcra_step(tat, now + T, T, 100 * T, T, &o);
    assert_int_equal(o.allowed, 1);
    assert_int_equal(o.remaining, 0);
}

static void test_cost_retry_after_waits_for_whole_cost(void **state)
{
    (void)state;
    dy_gcra_out o;
    int64_t now = 0;
    /* burst 10 used up: a cost of 4 needs 4 emission intervals. */
    dy_gcra_step(10 * T, now, T, 10 * T, 4 * T, &o);
    assert_int_equal(o.allowed, 0);
    assert_int_equal(o.retry_after_ns, 4 * T);
    assert_int_equal(o.reset_after_ns, 10 * T);
}

static void test_refill_is_linear_and_capped_at_burst(void **state)
{
    (void)state;
    dy_gcra_out o;
    /* Empty at t=0 (TAT = 10T); after 3.5 intervals, 3 requests fit. */
    dy_gcra_step(10 * T, 3 * T + T / 2, T, 10 * T, T, &o);
    assert_int_equal(o.allowed, 1);
    assert_int_equal(o.remaining, 2);
    /* Long idle: full burst again, never more. */
    dy_gcra_step(10 * T, 1000 * T, T, 10 * T, T, &o);
    assert_int_equal(o.remaining, 9);
}

static void test_saturation_instead_of_overflow(void **state)
{
    (void)state;
    assert_int_equal(dy_gcra_sat_mul(INT64_MAX / 2, 3), INT64_MAX);
    assert_int_equal(dy_gcra_sat_mul(3, 4), 12);
    assert_int_equal(dy_gcra_sat_add(INT64_MAX - 1, 5), INT64_MAX);
    dy_gcra_out o;
    /* A TAT near the end of time: new_tat saturates, nothing wraps. */
    dy_gcra_step(INT64_MAX - 5, 0, T, 10 * T, T, &o);
    assert_int_equal(o.allowed, 0);
    assert_true(o.retry_after_ns == INT64_MAX - 10 * T);
    assert_true(o.reset_after_ns == INT64_MAX - 5);
}

static void test_division_by_inverse_is_exact(void **state)
{
    (void)state;
    uint64_t x = 88172645463325252u; /* xorshift64 */
    const int64_t ds[] = {1, 2, 3, 7, 1000, 16666666, 100000000, 3600000000000, INT64_MAX / 3,
                          INT64_MAX};
    for (size_t k = 0; k < sizeof ds / sizeof ds[0]; k++) {
        int64_t d = ds[k];
        uint64_t inv = dy_gcra_inverse(d);
        const int64_t edge[] = {0, 1, d - 1, d, d < INT64_MAX ? d + 1 : d, INT64_MAX, INT64_MAX - 1};
        for (size_t e = 0; e < sizeof edge / sizeof edge[0]; e++)
            assert_int_equal(dy_gcra_div(edge[e], d, inv), edge[e] / d);
        for (int i = 0; i < 100000; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            int64_t n = (int64_t)(x >> (1 + i % 50));
            assert_int_equal(dy_gcra_div(n, d, inv), n / d);
        }
    }
}

static void test_hash_spreads_and_depends_on_every_byte(void **state)
{
    (void)state;
    char a[40] = "tenant-0000000000000000000000000000000";
    uint64_t h0 = dy_hash_bytes(a, 38, 7);
    assert_int_equal(h0, dy_hash_bytes(a, 38, 7));
    assert_true(h0 != dy_hash_bytes(a, 38, 8));
    assert_true(h0 != dy_hash_bytes(a, 37, 7));
    for (int i = 0; i < 38; i++) {
        char b[40];
        memcpy(b, a, sizeof b);
        b[i] ^= 1;
        uint64_t h = dy_hash_bytes(b, 38, 7);
        int bits = __builtin_popcountll(h ^ h0);
        assert_true(bits > 12 && bits < 52); /* avalanche, loosely */
    }
    assert_true(dy_hash_bytes("", 0, 1) != dy_hash_bytes("", 0, 2));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fresh_key_allows_with_burst_minus_cost_remaining),
        cmocka_unit_test(test_burst_then_exact_retry_after),
        cmocka_unit_test(test_cost_retry_after_waits_for_whole_cost),
        cmocka_unit_test(test_refill_is_linear_and_capped_at_burst),
        cmocka_unit_test(test_saturation_instead_of_overflow),
        cmocka_unit_test(test_division_by_inverse_is_exact),
        cmocka_unit_test(test_hash_spreads_and_depends_on_every_byte),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
