/* test_policy_lint.c - dayone_policy_lint(): the plan-ladder warnings, their
 * places and messages; rates compared across units; the default policy and
 * every good sample ladder lint as expected. */
#include <string.h>
#include "testutil.h"
#include "dayone/lint.h"

static dayone_policy *load(const char *yaml)
{
    dayone_policy *p = NULL;
    dayone_error err = {0};
    if (dayone_policy_load_string(&p, yaml, strlen(yaml), "t.yaml", &err) != DAYONE_OK)
        fail_msg("policy: %s", err.message);
    return p;
}

static dayone_report *lint(const dayone_policy *p)
{
    dayone_report *r = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_lint(&r, p, &err), DAYONE_OK);
    assert_non_null(r);
    assert_true(dayone_report_ok(r)); /* warnings only */
    return r;
}

static void test_default_policy_lints_clean(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    dayone_report *r = lint(p);
    assert_int_equal(dayone_report_count(r), 0);
    dayone_report_free(r);
    dayone_policy_free(p);
}

static void test_ladder_down_every_way(void **state)
{
    (void)state;
    static const struct {
        unsigned line, column;
        const char *plan, *message;
    } want[] = {
        {13, 21, "pro", "plan 'pro' has a lower 'ingest' rate than plan 'free' before it "
                        "(5 per second < 600 per minute)"},
        {13, 31, "pro", "plan 'pro' has a smaller 'ingest' burst than plan 'free' before it "
                        "(50 < 100)"},
        {14, 7, "pro", "plan 'pro' does not offer limit 'export', which plan 'free' before "
                       "it offers"},
        {15, 22, "pro", "plan 'pro' has a smaller 'events' quota than plan 'free' before it "
                        "(500 < 1000)"},
        {11, 5, "pro", "plan 'pro' lacks feature 'exports', which plan 'free' before it has"},
        {23, 7, "huge", "plan 'huge' rate-limits 'ingest' (1000000 per hour), which plan "
                        "'max' before it leaves unlimited"},
        {25, 22, "huge", "plan 'huge' caps quota 'events' at 10, which plan 'max' before it "
                         "leaves unlimited"},
    };
    const char *path = tu_src("tests/policies/good/ladder-down.yaml");
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_file(&p, path, &err), DAYONE_OK);
    dayone_report *r = lint(p);
    assert_int_equal(dayone_report_count(r), sizeof want / sizeof want[0]);
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        assert_string_equal(f->rule, "plan-ladder");
        assert_string_equal(f->key, want[i].plan);
        assert_int_equal(f->severity, DAYONE_SEVERITY_WARNING);
        assert_string_equal(f->message, want[i].message);
        assert_string_equal(f->source, "policy");
        assert_string_equal(f->source_path, path);
        assert_int_equal(f->source_line, want[i].line);
        assert_int_equal(f->source_column, want[i].column);
        assert_true(f->hint[0] != '\0');
    }
    /* the text writer names the place too */
    char *text = NULL;
    assert_int_equal(dayone_report_render(&text, NULL, r, DAYONE_FORMAT_TEXT, 0, NULL),
                     DAYONE_OK);
    assert_non_null(strstr(text, ":13:21"));
    dayone_free(text);
    dayone_report_free(r);
    dayone_policy_free(p);
}

/* Equal rates written in different units, equal or growing bursts, quotas
 * and features, unlimited after a rate, a rate after none, a quota dropped
 * (unlimited) after a capped one: clean. */
static void test_ladder_up_is_clean(void **state)
{
    (void)state;
    dayone_policy *p = load("version: 1\n"
                            "plans:\n"
                            "  - name: a\n"
                            "    limits: {x: {rps: 1, burst: 2, quota: q}, y: none}\n"
                            "    quotas: {q: 10}\n"
                            "    features: [f]\n"
                            "  - name: b\n"
                            "    limits: {x: {rpm: 60, burst: 2, quota: q}, y: {rph: 1}}\n"
                            "    quotas: {q: 10}\n"
                            "    features: [f, g]\n"
                            "  - name: c\n"
                            "    limits: {x: {rph: 3600, burst: 3}, y: unlimited}\n"
                            "    features: [g, f]\n");
    dayone_report *r = lint(p);
    for (size_t i = 0; i < dayone_report_count(r); i++)
        print_message("unexpected: %s\n", dayone_report_get(r, i)->message);
    assert_int_equal(dayone_report_count(r), 0);
    dayone_report_free(r);
    dayone_policy_free(p);
}

/* One unit of rate less is lower, however it is written; a burst defaulted
 * to 1 is reported at the limit's name. */
static void test_rate_and_default_burst(void **state)
{
    (void)state;
    dayone_policy *p = load("version: 1\n"
                            "plans:\n"
                            "  - name: a\n"
                            "    limits: {x: {rph: 3601, burst: 2}}\n"
                            "  - name: b\n"
                            "    limits: {x: {rps: 1}}\n");
    dayone_report *r = lint(p);
    assert_int_equal(dayone_report_count(r), 2);
    const dayone_finding *f = dayone_report_get(r, 0);
    assert_string_equal(f->message, "plan 'b' has a lower 'x' rate than plan 'a' before it "
                                    "(1 per second < 3601 per hour)");
    assert_int_equal(f->source_line, 6);
    assert_int_equal(f->source_column, 23); /* the rps value */
    f = dayone_report_get(r, 1);
    assert_string_equal(f->message, "plan 'b' has a smaller 'x' burst than plan 'a' before it "
                                    "(1 < 2)");
    assert_int_equal(f->source_line, 6);
    assert_int_equal(f->source_column, 14); /* no burst written: the limit's name */
    assert_string_equal(f->source_path, "t.yaml");
    dayone_report_free(r);
    dayone_policy_free(p);
}

static void test_arguments(void **state)
{
    (void)state;
    dayone_report *r = (dayone_report *)1;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_lint(&r, NULL, &err), DAYONE_EINVAL);
    assert_null(r);
    assert_true(err.message[0] != '\0');
    dayone_policy *p = load("version: 1\n");
    assert_int_equal(dayone_policy_lint(NULL, p, NULL), DAYONE_EINVAL);
    r = lint(p); /* no plans: nothing to compare */
    assert_int_equal(dayone_report_count(r), 0);
    dayone_report_free(r);
    dayone_policy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_policy_lints_clean),
        cmocka_unit_test(test_ladder_down_every_way),
        cmocka_unit_test(test_ladder_up_is_clean),
        cmocka_unit_test(test_rate_and_default_burst),
        cmocka_unit_test(test_arguments),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
