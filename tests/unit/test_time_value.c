/* test_time_value.c - RFC 3339 timestamps and durations: valid forms, every
 * refusal (with a reason that does not quote the input), calendar and
 * int64 boundaries, overflow. */
#include <string.h>
#include "testutil.h"
#include "time_value.h"

#define NS DY_NS_PER_SECOND

static int64_t ts_ok(const char *s)
{
    int64_t v = 0;
    const char *why = NULL;
    /* exactly strlen bytes, so an over-read past the value is visible to ASan */
    size_t len = strlen(s);
    char *copy = test_malloc(len ? len : 1);
    memcpy(copy, s, len);
    int ok = dy_timestamp_parse(copy, len, &v, &why);
    test_free(copy);
    if (!ok)
        fail_msg("'%s' refused: %s", s, why);
    return v;
}

static const char *ts_bad(const char *s)
{
    int64_t v = 42;
    const char *why = NULL;
    size_t len = strlen(s);
    char *copy = test_malloc(len ? len : 1);
    memcpy(copy, s, len);
    int ok = dy_timestamp_parse(copy, len, &v, &why);
    test_free(copy);
    if (ok)
        fail_msg("'%s' accepted", s);
    assert_non_null(why);
    assert_true(why[0] != '\0');
    if (len >= 4)
        if (strstr(why, s)) fail_msg("reason for %s quotes it: %s", s, why);
    assert_int_equal(v, 42); /* untouched on failure */
    return why;
}

static void timestamps_utc_and_offsets(void **state)
{
    (void)state;
    assert_true(ts_ok("1970-01-01T00:00:00Z") == 0);
    assert_true(ts_ok("2026-03-01T12:00:00Z") == INT64_C(1772366400) * NS);
    assert_true(ts_ok("2026-03-01t12:00:00z") == INT64_C(1772366400) * NS);
    /* the same instant written with offsets, including Nepal's +05:45 */
    assert_true(ts_ok("2026-03-01T17:45:00+05:45") == INT64_C(1772366400) * NS);
    assert_true(ts_ok("2026-03-01T02:00:00-10:00") == INT64_C(1772366400) * NS);
    assert_true(ts_ok("2026-03-01T12:00:00-00:00") == INT64_C(1772366400) * NS);
    /* an offset that crosses the date line and a year boundary */
    assert_true(ts_ok("2026-01-01T00:30:00+01:00") == ts_ok("2025-12-31T23:30:00Z"));
    assert_true(ts_ok("1969-12-31T23:59:59Z") == -NS);
}

static void timestamps_fractions(void **state)
{
    (void)state;
    assert_true(ts_ok("1970-01-01T00:00:00.5Z") == NS / 2);
    assert_true(ts_ok("1970-01-01T00:00:00.000000001Z") == 1);
    assert_true(ts_ok("1970-01-01T00:00:01.123456789Z") == NS + 123456789);
    assert_true(ts_ok("1969-12-31T23:59:59.9Z") == -NS / 10);
    assert_non_null(strstr(ts_bad("1970-01-01T00:00:00.1234567891Z"), "9 fractional"));
    ts_bad("1970-01-01T00:00:00.Z");
}

static void timestamps_calendar(void **state)
{
    (void)state;
    /* leap days: divisible by 4, not by 100 unless by 400 */
    assert_true(ts_ok("2024-02-29T00:00:00Z") - ts_ok("2024-02-28T00:00:00Z") == 86400 * NS);
    assert_true(ts_ok("2000-02-29T00:00:00Z") - ts_ok("2000-03-01T00:00:00Z") == -86400 * NS);
    assert_non_null(strstr(ts_bad("2026-02-29T00:00:00Z"), "day does not exist"));
    assert_non_null(strstr(ts_bad("1900-02-29T00:00:00Z"), "day does not exist"));
    ts_bad("2026-02-30T00:00:00Z");
    ts_bad("2026-04-31T00:00:00Z");
    ts_bad("2026-01-00T00:00:00Z");
    ts_bad("2026-00-10T00:00:00Z");
    ts_bad("2026-13-10T00:00:00Z");
    assert_true(ts_ok("2026-12-31T23:59:59Z") + NS == ts_ok("2027-01-01T00:00:00Z"));
}

static void timestamps_refused_forms(void **state)
{
    (void)state;
    assert_non_null(strstr(ts_bad("2026-03-01T24:00:00Z"), "hour"));
    assert_non_null(strstr(ts_bad("2026-03-01T12:60:00Z"), "minute"));
    assert_non_null(strstr(ts_bad("2026-12-31T23:59:60Z"), "leap second"));
    assert_non_null(strstr(ts_bad("2026-03-01T12:00:61Z"), "second"));
    assert_non_null(strstr(ts_bad("2026-03-01T12:00:00"), "no offset"));
    assert_non_null(strstr(ts_bad("2026-03-01 12:00:00Z"), "space"));
    assert_non_null(strstr(ts_bad("2026-03-01"), "date alone"));
    assert_non_null(strstr(ts_bad("2026-03-01T12:00:00+24:00"), "offset"));
    assert_non_null(strstr(ts_bad("2026-03-01T12:00:00+05:60"), "offset"));
    ts_bad("2026-03-01T12:00:00+0545");
    ts_bad("2026-03-01T12:00:00+05");
    ts_bad("2026-03-01T12:00:00Z ");
    ts_bad("2026-03-01T12:00:00ZZ");
    ts_bad(" 2026-03-01T12:00:00Z");
    ts_bad("26-03-01T12:00:00Z");
    ts_bad("2026-3-01T12:00:00Z");
    ts_bad("2026-03-01T1:00:00Z");
    ts_bad("2026-03-01T12:00Z");
    ts_bad("+2026-03-01T12:00:00Z");
    ts_bad("1772366400");
    ts_bad("");
    ts_bad("2026-03-01T12:00:00\xc3\xa9");
}

static void timestamps_int64_range(void **state)
{
    (void)state;
    assert_true(ts_ok("2262-04-11T23:47:16.854775807Z") == INT64_MAX);
    assert_non_null(strstr(ts_bad("2262-04-11T23:47:16.854775808Z"), "range"));
    assert_true(ts_ok("1677-09-21T00:12:43.145224192Z") == INT64_MIN);
    ts_bad("1677-09-21T00:12:43.145224191Z");
    /* the offset moves an in-range local time out of range */
    ts_bad("2262-04-11T23:47:16-01:00");
    assert_true(ts_ok("2262-04-12T00:47:16+01:00") == ts_ok("2262-04-11T23:47:16Z"));
    ts_bad("9999-12-31T23:59:59Z");
    ts_bad("0000-01-01T00:00:00Z");
}

static int64_t dur_ok(const char *s)
{
    int64_t v = 0;
    const char *why = NULL;
    size_t len = strlen(s);
    char *copy = test_malloc(len ? len : 1);
    memcpy(copy, s, len);
    int ok = dy_duration_parse(copy, len, &v, &why);
    test_free(copy);
    if (!ok)
        fail_msg("'%s' refused: %s", s, why);
    return v;
}

static const char *dur_bad(const char *s)
{
    int64_t v = 42;
    const char *why = NULL;
    size_t len = strlen(s);
    char *copy = test_malloc(len ? len : 1);
    memcpy(copy, s, len);
    int ok = dy_duration_parse(copy, len, &v, &why);
    test_free(copy);
    if (ok)
        fail_msg("'%s' accepted", s);
    assert_non_null(why);
    assert_true(why[0] != '\0');
    if (len >= 3)
        if (strstr(why, s)) fail_msg("reason for %s quotes it: %s", s, why);
    assert_int_equal(v, 42);
    return why;
}

static void durations_compact(void **state)
{
    (void)state;
    assert_true(dur_ok("90s") == 90 * NS);
    assert_true(dur_ok("30m") == 1800 * NS);
    assert_true(dur_ok("26h") == 26 * 3600 * NS);
    assert_true(dur_ok("31d") == 31 * 86400 * NS);
    assert_true(dur_ok("1h30m") == 5400 * NS);
    assert_true(dur_ok("1d12h30m15s") == (86400 + 12 * 3600 + 1800 + 15) * NS);
    assert_true(dur_ok("0s") == 0);
    assert_true(dur_ok("0090s") == 90 * NS);
    assert_non_null(strstr(dur_bad("30m1h"), "largest to smallest"));
    assert_non_null(strstr(dur_bad("1h1h"), "largest to smallest"));
    assert_non_null(strstr(dur_bad("1.5h"), "whole amounts"));
    assert_non_null(strstr(dur_bad("90"), "unit"));
    assert_non_null(strstr(dur_bad("3M"), "months"));
    assert_non_null(strstr(dur_bad("1y"), "years"));
    assert_non_null(strstr(dur_bad("2w"), "use days"));
    assert_non_null(strstr(dur_bad("30S"), "lower case"));
    assert_non_null(strstr(dur_bad("-30m"), "sign"));
    assert_non_null(strstr(dur_bad("+30m"), "sign"));
    dur_bad("");
    dur_bad("h");
    dur_bad("1h ");
    dur_bad(" 2h");
    dur_bad("1h 30m");
    dur_bad("30ms");
}

static void durations_iso(void **state)
{
    (void)state;
    assert_true(dur_ok("PT30M") == 1800 * NS);
    assert_true(dur_ok("P1D") == 86400 * NS);
    assert_true(dur_ok("P1DT2H") == 26 * 3600 * NS);
    assert_true(dur_ok("P2W") == 14 * 86400 * NS);
    assert_true(dur_ok("PT1H2M3S") == 3723 * NS);
    assert_true(dur_ok("PT0.5S") == NS / 2);
    assert_true(dur_ok("PT1,25S") == NS + NS / 4);
    assert_true(dur_ok("PT0.000000001S") == 1);
    assert_true(dur_ok("PT0S") == 0);
    assert_true(dur_ok("PT36H") == 36 * 3600 * NS);
    assert_non_null(strstr(dur_bad("P1Y"), "length varies"));
    assert_non_null(strstr(dur_bad("P1M"), "length varies"));
    assert_non_null(strstr(dur_bad("P1Y2DT1H"), "length varies"));
    assert_non_null(strstr(dur_bad("P"), "at least one"));
    assert_non_null(strstr(dur_bad("PT"), "at least one"));
    assert_non_null(strstr(dur_bad("P1DT"), "followed by"));
    assert_non_null(strstr(dur_bad("PT1.5M"), "only the seconds"));
    assert_non_null(strstr(dur_bad("P1.5D"), "only the seconds"));
    assert_non_null(strstr(dur_bad("PT0.1234567891S"), "9 fractional"));
    assert_non_null(strstr(dur_bad("PT1M1H"), "largest to smallest"));
    assert_non_null(strstr(dur_bad("PT1S1.5S"), "largest to smallest"));
    assert_non_null(strstr(dur_bad("P1W1D"), "weeks"));
    assert_non_null(strstr(dur_bad("pt30m"), "upper case"));
    dur_bad("P1H");
    dur_bad("PT1D");
    dur_bad("P1DT2H3");
    dur_bad("PT.5S");
    dur_bad("PT1.S");
    dur_bad("-P1D");
    dur_bad("P-1D");
    dur_bad("PT1HT1M");
}

static void durations_overflow(void **state)
{
    (void)state;
    /* INT64_MAX ns = 106751d 23h 47m 16.854775807s */
    assert_true(dur_ok("106751d") == INT64_C(106751) * 86400 * NS);
    assert_true(dur_ok("PT9223372036.854775807S") == INT64_MAX);
    assert_non_null(strstr(dur_bad("PT9223372036.854775808S"), "too long"));
    assert_true(dur_ok("106751d23h47m16s") == INT64_MAX - 854775807);
    dur_bad("106751d23h47m17s");
    dur_bad("106752d");
    dur_bad("9223372036854775807s");
    dur_bad("99999999999999999999999s");
    assert_true(dur_ok("P15250W") == INT64_C(15250) * 7 * 86400 * NS);
    dur_bad("P15251W");
    dur_bad("P106752D");
}

static void time_add_overflow(void **state)
{
    (void)state;
    int64_t out = 0;
    const char *why = NULL;
    assert_true(dy_time_add(ts_ok("2026-03-01T00:00:00Z"), dur_ok("26h"), &out, &why));
    assert_true(out == ts_ok("2026-03-02T02:00:00Z"));
    assert_true(dy_time_add(INT64_MAX - 1, 1, &out, &why) && out == INT64_MAX);
    assert_false(dy_time_add(INT64_MAX, 1, &out, &why));
    assert_non_null(why);
    assert_false(dy_time_add(INT64_MIN, -1, &out, &why));
    assert_true(dy_time_add(INT64_MIN, 1, &out, &why) && out == INT64_MIN + 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(timestamps_utc_and_offsets),
        cmocka_unit_test(timestamps_fractions),
        cmocka_unit_test(timestamps_calendar),
        cmocka_unit_test(timestamps_refused_forms),
        cmocka_unit_test(timestamps_int64_range),
        cmocka_unit_test(durations_compact),
        cmocka_unit_test(durations_iso),
        cmocka_unit_test(durations_overflow),
        cmocka_unit_test(time_add_overflow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
