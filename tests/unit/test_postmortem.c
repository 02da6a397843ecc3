/* test_postmortem.c - the pieces of the report linter below the vectors
 * (tests/conformance/postmortem pins the findings): the timeline time
 * reader, heading normalisation, the policy section's loader and its
 * defaults, the template, argument checks and concurrent use. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "dayone/postmortem.h"
#include "policy.h"
#include "policy_postmortem.h"
#include "postmortem_time.h"

#define NS INT64_C(1000000000)

/* Read `s` (exactly strlen bytes, so ASan sees an over-read) with clock c. */
static int read_time(const char *s, dy_pm_clock *c, int64_t *t, const char **why)
{
    size_t len = strlen(s);
    char *copy = test_malloc(len ? len : 1);
    memcpy(copy, s, len);
    *why = NULL;
    int ok = dy_pm_time_read(copy, len, c, t, why);
    test_free(copy);
    return ok;
}

static void test_time_forms(void **state)
{
    (void)state;
    dy_pm_clock c = DY_PM_CLOCK_INIT;
    int64_t t = 0, first;
    const char *why;
    assert_true(read_time("2026-03-04T14:05Z alert", &c, &t, &why));
    first = t;
    assert_int_equal(first % (60 * NS), 0);
    assert_true(read_time("  2026-03-04 14:05 UTC - same instant", &c, &t, &why));
    assert_true(t == first);
    assert_true(read_time("2026-03-04T15:05+01:00: same again", &c, &t, &why));
    assert_true(t == first);
    assert_true(read_time("2026-03-04t14:05:30.5z", &c, &t, &why));
    assert_true(t == first + 30 * NS + NS / 2);
    /* HH:MM takes the last dated time's date and offset */
    assert_true(read_time("2026-03-04T15:00+01:00 x", &c, &t, &why));
    assert_true(read_time("15:30 y", &c, &t, &why));
    assert_true(t == first + 25 * 60 * NS); /* 15:30+01:00 = 14:30Z */
    assert_true(read_time("9:05Z", &c, &t, &why));
    assert_true(t == first - 5 * 60 * 60 * NS); /* 09:05Z */
    assert_string_equal(c.zone, "+01:00");
    assert_string_equal(c.date, "2026-03-04");
}

static void test_time_refusals(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "14:05 no date yet",     /* no dated time before */
        "2026-03-04T14:05 local", /* a dated time needs an offset */
        "2026-03-04 alert",       /* a date without a time */
        "2026-02-30T10:00Z",      /* no such day */
        "2026-03-04T24:00Z",      /* hour 24 */
        "2026-03-04T10:00Zulu",   /* runs into text */
        "14:05am",                /* runs into text */
        "alert at 14:05",         /* not at the start */
        "",
        "2026-03-04T10:00+99:99", /* offset out of range */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dy_pm_clock c = DY_PM_CLOCK_INIT;
        int64_t t = 42;
        const char *why;
        if (read_time(bad[i], &c, &t, &why))
            fail_msg("'%s' accepted", bad[i]);
        assert_non_null(why);
        assert_false(c.dated);
        if (strlen(bad[i]) >= 5 && strstr(why, bad[i]))
            fail_msg("reason quotes the entry: %s", why);
    }
}

static void test_heading_key(void **state)
{
    (void)state;
    static const char *const same[] = {"Root cause", "root CAUSE", "  Root   cause:", "2. Root cause",
                                       "3) root cause", "4 - Root cause", "Root cause ::"};
    char key[64];
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        assert_true(dy_postmortem_heading_key(same[i], strlen(same[i]), key, sizeof key));
        assert_string_equal(key, "root cause");
    }
    assert_true(dy_postmortem_heading_key("2026 plan", 9, key, sizeof key));
    assert_string_equal(key, "plan"); /* a leading number is a numbering */
    assert_true(dy_postmortem_heading_key("1.", 2, key, sizeof key));
    assert_string_equal(key, "1."); /* nothing after it: the number is the heading */
    assert_false(dy_postmortem_heading_key("a long heading", 14, key, 5));
}

static void test_default_section(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    const dy_postmortem *pm = p->postmortem;
    assert_non_null(pm);
    assert_int_equal(pm->nsections, 5);
    static const char *const ids[] = {"summary", "root-cause", "timeline", "mitigation",
                                      "preventative-actions"};
    for (size_t i = 0; i < 5; i++)
        assert_string_equal(pm->sections[i].id, ids[i]);
    assert_int_equal(pm->sections[2].kind, DY_PM_TIMELINE);
    assert_int_equal(pm->sections[4].kind, DY_PM_ACTIONS);
    assert_string_equal(pm->placeholders[0], "<fill>");
    assert_int_equal(pm->max_bytes, 262144);
    dayone_policy_free(p);
}

static void test_loader_defaults_and_errors(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_error err = {0};
    const char *ok = "version: 1\npostmortem:\n  sections: [{id: a, title: A}]\n";
    assert_int_equal(dayone_policy_load_string(&p, ok, strlen(ok), "ok.yaml", &err), DAYONE_OK);
    assert_int_equal(p->postmortem->max_bytes, DY_POSTMORTEM_DEFAULT_MAX_BYTES);
    assert_int_equal(p->postmortem->nplaceholders, 0);
    assert_int_equal(p->postmortem->sections[0].kind, DY_PM_TEXT);
    /* no placeholders: the template still marks what to write */
    char *tmpl = NULL;
    assert_int_equal(dayone_postmortem_template(&tmpl, NULL, p, &err), DAYONE_OK);
    assert_non_null(strstr(tmpl, "## A\n\n<fill>\n"));
    dayone_free(tmpl);
    dayone_policy_free(p);
    p = NULL;
    const char *bad = "version: 1\npostmortem:\n  sections:\n    - {id: a, title: A, extra: 1}\n";
    assert_int_equal(dayone_policy_load_string(&p, bad, strlen(bad), "bad.yaml", &err),
                     DAYONE_EPOLICY);
    assert_null(p);
    assert_string_equal(err.path, "bad.yaml");
    assert_int_equal(err.line, 4);
    assert_int_equal(err.column, 25);
    assert_non_null(strstr(err.message, "unknown key 'extra' in postmortem section"));
}

static void test_arguments(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_report *r = (dayone_report *)(void *)&p;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    assert_int_equal(dayone_postmortem_lint(NULL, p, "", 0, "x", &err), DAYONE_EINVAL);
    assert_int_equal(dayone_postmortem_lint(&r, NULL, "", 0, "x", &err), DAYONE_EINVAL);
    assert_int_equal(dayone_postmortem_lint(&r, p, NULL, 3, "x", &err), DAYONE_EINVAL);
    assert_int_equal(dayone_postmortem_lint_file(&r, p, NULL, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_postmortem_template(NULL, NULL, p, &err), DAYONE_EINVAL);
    /* an empty report: every section missing, named "<report>" */
    assert_int_equal(dayone_postmortem_lint(&r, p, NULL, 0, NULL, &err), DAYONE_OK);
    assert_int_equal(dayone_report_count(r), 5);
    assert_string_equal(dayone_report_get(r, 0)->source_path, "<report>");
    dayone_report_free(r);
    /* a directory is not a report */
    r = NULL;
    assert_int_equal(dayone_postmortem_lint_file(&r, p, tu_src("tests"), &err), DAYONE_EIO);
    assert_null(r);
    dayone_policy_free(p);
}

/* The table amplification guard refuses before cmark runs, at the line of
 * the delimiter row (lines end at \n, \r\n or \r, as in CommonMark), and
 * lets a blank line end a table's count. */
static void test_table_guard(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_report *r = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    size_t cap = 64 * 1024, n = 0;
    char *md = test_malloc(cap);
    n += (size_t)snprintf(md + n, cap - n, "# R\r\n\r> |");
    for (int i = 0; i < 400; i++)
        n += (size_t)snprintf(md + n, cap - n, "a|");
    n += (size_t)snprintf(md + n, cap - n, "\n> |");
    for (int i = 0; i < 400; i++)
        n += (size_t)snprintf(md + n, cap - n, "-|");
    /* 400 columns over 200 lines: 80000 cells and more, under the limit */
    for (int i = 0; i < 200; i++)
        n += (size_t)snprintf(md + n, cap - n, "\n> x");
    size_t under = n;
    assert_int_equal(dayone_postmortem_lint(&r, p, md, under, "t.md", &err), DAYONE_OK);
    dayone_report_free(r);
    r = NULL;
    /* a blank line ends the table: more lines after it cost nothing */
    n += (size_t)snprintf(md + n, cap - n, "\n\n");
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(md + n, cap - n, "x\n");
    assert_int_equal(dayone_postmortem_lint(&r, p, md, n, "t.md", &err), DAYONE_OK);
    dayone_report_free(r);
    r = NULL;
    /* without it, the same lines take the table over 100000 cells */
    memcpy(md + under, "\n>", 2);
    assert_int_equal(dayone_postmortem_lint(&r, p, md, n, "t.md", &err), DAYONE_ELIMIT);
    assert_null(r);
    assert_string_equal(err.path, "t.md");
    assert_int_equal(err.line, 4); /* "# R", "", then the header on line 3 */
    test_free(md);
    dayone_policy_free(p);
}

/* Many threads lint with one policy at once (cmark's extension registry is
 * registered once): every one gets the same findings. */
static const dayone_policy *g_shared;
static void *lint_many(void *arg)
{
    (void)arg;
    static const char md[] = "# R\n\n## Timeline\n\n| Time | x |\n|--|--|\n| 14:00 | a |\n";
    for (int i = 0; i < 50; i++) {
        dayone_report *r = NULL;
        dayone_error err = {0};
        if (dayone_postmortem_lint(&r, g_shared, md, sizeof md - 1, "t.md", &err) != DAYONE_OK ||
            dayone_report_count(r) != 5)
            return (void *)1;
        dayone_report_free(r);
    }
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_error err = {0};
    pthread_t th[8];
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    g_shared = p;
    for (int i = 0; i < 8; i++)
        assert_int_equal(pthread_create(&th[i], NULL, lint_many, NULL), 0);
    for (int i = 0; i < 8; i++) {
        void *res = (void *)1;
        assert_int_equal(pthread_join(th[i], &res), 0);
        assert_null(res);
    }
    dayone_policy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_time_forms),     cmocka_unit_test(test_time_refusals),
        cmocka_unit_test(test_heading_key),    cmocka_unit_test(test_default_section),
        cmocka_unit_test(test_loader_defaults_and_errors), cmocka_unit_test(test_arguments),
        cmocka_unit_test(test_table_guard),    cmocka_unit_test(test_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
