/* test_decimal.c - exact decimal numbers and percentages: the syntax shared
 * with the facts loader, exact comparison, exact products for ratio bounds,
 * limits, and reasons that never quote the input. */
#include <string.h>
#include "testutil.h"
#include "decimal.h"

static dy_decimal num(const char *s)
{
    dy_decimal d;
    const char *why = NULL;
    size_t len = strlen(s);
    char *copy = test_malloc(len ? len : 1); /* exact size: over-reads are visible */
    memcpy(copy, s, len);
    int ok = dy_number_parse(copy, len, &d, &why);
    test_free(copy);
    if (!ok)
        fail_msg("'%s' refused: %s", s, why);
    return d;
}

static const char *num_bad(const char *s)
{
    dy_decimal d;
    const char *why = NULL;
    if (dy_number_parse(s, strlen(s), &d, &why))
        fail_msg("'%s' accepted", s);
    assert_non_null(why);
    if (strlen(s) >= 3)
        assert_null(strstr(why, s));
    return why;
}

static int cmp(const char *a, const char *b)
{
    dy_decimal x = num(a), y = num(b);
    return dy_decimal_cmp(&x, &y);
}

static void syntax_is_yaml_core_and_json(void **state)
{
    (void)state;
    static const char *const yes[] = { "0", "-0", "+1", "42", "007", "0.8", ".5", "5.",
                                       "-1.25e3", "1E-3", "1e+2", "6.02e23" };
    static const char *const no[] = { "", "-", ".", "e3", "1e", "1e+", "0x1F", "0o17",
                                      ".inf", "-.inf", ".nan", "NaN", "1_000", "1,5",
                                      " 1", "1 ", "1..2", "1.2.3", "--1", "1%", "true" };
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (!dy_number_syntax(yes[i], strlen(yes[i])))
            fail_msg("'%s' not a number", yes[i]);
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (dy_number_syntax(no[i], strlen(no[i])))
            fail_msg("'%s' taken for a number", no[i]);
    assert_false(dy_number_syntax(NULL, 0));
}

static void exact_comparison(void **state)
{
    (void)state;
    assert_int_equal(cmp("0.8", "0.80"), 0);
    assert_int_equal(cmp("0.8", "8e-1"), 0);
    assert_int_equal(cmp("100", "1e2"), 0);
    assert_int_equal(cmp("-0", "0"), 0);
    assert_int_equal(cmp("0.000", "-0e5"), 0);
    assert_int_equal(cmp("0.30000000000000004", "0.3"), 1);
    assert_int_equal(cmp("0.1", "0.10000000000000001"), -1);
    assert_int_equal(cmp("9", "10"), -1);
    assert_int_equal(cmp("-9", "-10"), 1);
    assert_int_equal(cmp("-1", "0"), -1);
    assert_int_equal(cmp("0", "0.0000001"), -1);
    assert_int_equal(cmp("1.5", "1.25"), 1);
    assert_int_equal(cmp("12345678901234567890123456789012345678.9",
                         "12345678901234567890123456789012345679"), -1);
    assert_int_equal(cmp("1e9999", "1e-9999"), 1);
    assert_int_equal(cmp("007", "7"), 0);
}

static void limits_and_reasons(void **state)
{
    (void)state;
    num("1234567890123456789012345678901234567890");          /* 40 digits */
    assert_non_null(strstr(num_bad("12345678901234567890123456789012345678901"), "40"));
    num("1000000000000000000000000000000000000000000000000000"); /* 1 significant */
    num("0.000000000000000000000000000000000000000000000000001");
    assert_non_null(strstr(num_bad("1e10000"), "9999"));
    num("1e9999");
    num("1e-9999");
    assert_non_null(strstr(num_bad("twelve"), "not a decimal number"));
    num_bad("0x10");
    num_bad(".inf");
}

static dy_decimal pct(const char *s)
{
    dy_decimal d;
    const char *why = NULL;
    if (!dy_percent_parse(s, strlen(s), &d, &why))
        fail_msg("'%s' refused: %s", s, why);
    return d;
}

static void percentages(void **state)
{
    (void)state;
    dy_decimal a = pct("99.5%"), b = num("99.5");
    assert_int_equal(dy_decimal_cmp(&a, &b), 0);
    a = pct("150%");
    b = num("150");
    assert_int_equal(dy_decimal_cmp(&a, &b), 0);
    a = pct("-2%");
    b = num("-2");
    assert_int_equal(dy_decimal_cmp(&a, &b), 0);
    dy_decimal d;
    const char *why = NULL;
    assert_false(dy_percent_parse("99.5", 4, &d, &why));
    assert_non_null(strstr(why, "ends with '%'"));
    assert_false(dy_percent_parse("99.5 %", 6, &d, &why));
    assert_non_null(strstr(why, "no space"));
    assert_false(dy_percent_parse("%", 1, &d, &why));
    assert_false(dy_percent_parse("abc%", 4, &d, &why));
    assert_false(dy_percent_parse("99.5%%", 6, &d, &why));
    assert_false(dy_percent_parse("", 0, &d, &why));
}

static void products_for_ratios(void **state)
{
    (void)state;
    const char *why = NULL;
    /* in_use / max <= 0.8  <=>  in_use <= 0.8 * max */
    dy_decimal bound = num("0.8"), max = num("50"), p, in_use = num("40");
    assert_true(dy_decimal_mul(&bound, &max, &p, &why));
    assert_int_equal(dy_decimal_cmp(&in_use, &p), 0);
    in_use = num("40.0000000001");
    assert_int_equal(dy_decimal_cmp(&in_use, &p), 1);

    dy_decimal x = num("-1.5"), y = num("-2"), z;
    assert_true(dy_decimal_mul(&x, &y, &z, &why));
    dy_decimal three = num("3");
    assert_int_equal(dy_decimal_cmp(&z, &three), 0);
    dy_decimal zero = num("0");
    assert_true(dy_decimal_mul(&x, &zero, &z, &why));
    assert_int_equal(dy_decimal_cmp(&z, &zero), 0);

    /* 40 nines squared: 80 digits, exact */
    dy_decimal n40 = num("9999999999999999999999999999999999999999");
    assert_true(dy_decimal_mul(&n40, &n40, &z, &why));
    assert_int_equal(z.ndigits, 80);
    assert_int_equal(z.digit[0], 9);
    assert_int_equal(z.digit[79], 1);
    /* a product of products can outgrow the digits: refused, not rounded */
    dy_decimal z2;
    assert_false(dy_decimal_mul(&z, &z, &z2, &why));
    assert_non_null(strstr(why, "too many digits"));
    /* scales add up */
    dy_decimal big = num("1e9999"), small = num("1e-9999"), one = num("1");
    assert_true(dy_decimal_mul(&big, &small, &z, &why));
    assert_int_equal(dy_decimal_cmp(&z, &one), 0);
}

/* a + b == want, exactly (compared, and as digits: no trailing zeros). */
static void sum_is(const char *a, const char *b, const char *want)
{
    dy_decimal x = num(a), y = num(b), z, w = num(want);
    const char *why = NULL;
    if (!dy_decimal_add(&x, &y, &z, &why))
        fail_msg("%s + %s refused: %s", a, b, why);
    if (dy_decimal_cmp(&z, &w) != 0 || z.ndigits != w.ndigits || z.exponent != w.exponent ||
        z.negative != w.negative)
        fail_msg("%s + %s is not %s", a, b, want);
}

/* Sums and differences for the error budget (100% - 99.9%) and error rates
 * (100% - a success rate): exact, with borrows, signs and zero. */
static void sums_for_error_budgets(void **state)
{
    (void)state;
    sum_is("100", "-99.9", "0.1");
    sum_is("100", "-98.56", "1.44");
    sum_is("100", "-99.90", "0.1");
    sum_is("0.1", "0.2", "0.3");                /* not 0.30000000000000004 */
    sum_is("1", "-1", "0");
    sum_is("-2.5", "1", "-1.5");
    sum_is("-2.5", "-0.5", "-3");
    sum_is("0", "-7", "-7");
    sum_is("999", "1", "1000");
    sum_is("1e5", "1e-5", "100000.00001");
    sum_is("9999999999999999999999999999999999999999", "1",
           "10000000000000000000000000000000000000000");
    /* operands too far apart in scale to align: refused, never rounded */
    dy_decimal big = num("1e200"), small = num("1e-200"), z;
    const char *why = NULL;
    assert_false(dy_decimal_add(&big, &small, &z, &why));
    assert_non_null(strstr(why, "too far apart"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(syntax_is_yaml_core_and_json),
        cmocka_unit_test(exact_comparison),
        cmocka_unit_test(limits_and_reasons),
        cmocka_unit_test(percentages),
        cmocka_unit_test(products_for_ratios),
        cmocka_unit_test(sums_for_error_budgets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
