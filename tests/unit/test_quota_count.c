/* test_quota_count.c - the in-process quota counters (quota_count.h):
 * a counter is reused for a new pair only once its period has ended, even
 * when the new pair's period starts later (periods anchored on different
 * days overlap). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "quota_count.h"

#define DAY INT64_C(86400)
/* 2028-01-31, 2028-02-15, 2028-02-29, 2028-03-15, 2028-03-31 (days since 1970) */
#define JAN31 (INT64_C(21214) * DAY)
#define FEB15 (INT64_C(21229) * DAY)
#define FEB29 (INT64_C(21243) * DAY)
#define MAR15 (INT64_C(21258) * DAY)
#define MAR31 (INT64_C(21274) * DAY)

/* Hashes whose two buckets are both bucket 0 of a two-bucket table, with
 * distinct tags: eight places for all of them. */
static uint64_t pair_hash(int i)
{
    return (uint64_t)(2 * i + 2) << 32; /* tag (hash >> 32) | 1: 2i + 3 */
}

static void test_live_counter_of_earlier_period_is_kept(void **state)
{
    (void)state;
    dy_quota_counts *q = dy_quota_counts_new(0); /* two buckets */
    assert_non_null(q);
    int64_t used;
    /* Eight tenants anchored on the 31st fill the bucket, each 3 used. */
    for (int i = 0; i < 8; i++)
        assert_int_equal(dy_quota_take(q, pair_hash(i), JAN31, FEB29, 10, 3, 0, &used),
                         DY_QUOTA_TAKEN);
    /* A tenant anchored on the 15th: its period began Feb 15, while theirs
     * run until Feb 29. No place: the table is full, nobody's count goes. */
    assert_int_equal(dy_quota_take(q, pair_hash(8), FEB15, MAR15, 10, 1, 0, &used),
                     DY_QUOTA_FULL);
    for (int i = 0; i < 8; i++) {
        assert_int_equal(dy_quota_take(q, pair_hash(i), JAN31, FEB29, 10, 1, 0, &used),
                         DY_QUOTA_TAKEN);
        assert_int_equal(used, 3);
    }
    /* From Feb 29 on their periods have ended: a new pair takes a place. */
    assert_int_equal(dy_quota_take(q, pair_hash(9), FEB29, MAR31, 10, 2, 0, &used),
                     DY_QUOTA_TAKEN);
    assert_int_equal(used, 0);
    /* A pair's own counter moves to its next period and starts from 0. */
    assert_int_equal(dy_quota_take(q, pair_hash(9), MAR31, MAR31 + 30 * DAY, 10, 1, 0, &used),
                     DY_QUOTA_TAKEN);
    assert_int_equal(used, 0);
    dy_quota_counts_free(q);
}

/* A refund changes only the period it names; -1 names whatever it holds. */
static void test_refund_names_its_period(void **state)
{
    (void)state;
    dy_quota_counts *q = dy_quota_counts_new(0);
    assert_non_null(q);
    int64_t used;
    assert_int_equal(dy_quota_take(q, pair_hash(0), FEB15, MAR15, 10, 4, 0, &used),
                     DY_QUOTA_TAKEN);
    dy_quota_refund(q, pair_hash(0), JAN31, 4); /* another period: left */
    assert_int_equal(dy_quota_take(q, pair_hash(0), FEB15, MAR15, 10, 0, 0, &used),
                     DY_QUOTA_TAKEN);
    assert_int_equal(used, 4);
    dy_quota_refund(q, pair_hash(0), FEB15, 1);
    dy_quota_refund(q, pair_hash(0), -1, 1);
    assert_int_equal(dy_quota_take(q, pair_hash(0), FEB15, MAR15, 10, 0, 0, &used),
                     DY_QUOTA_TAKEN);
    assert_int_equal(used, 2);
    dy_quota_counts_free(q);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_live_counter_of_earlier_period_is_kept),
        cmocka_unit_test(test_refund_names_its_period),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
