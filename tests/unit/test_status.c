/* test_status.c - the status: section and dayone_status_evaluate: every
 * loader error at its file:line:column, the compiled section of the
 * every-key sample, the defaults, and the public calls (NULL arguments,
 * reasons located in the facts document, every rendering, the names, the
 * options and the real clock).
 * The evaluation rules themselves are pinned by the conformance vectors
 * (tests/conformance/status/). */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "testutil.h"
#include "policy.h"
#include "policy_status.h"

static int g_mismatches;

/* Loads yaml and expects an EPOLICY error at line:column whose message has
 * `needle`; a mismatch is printed and counted, so one run shows them all. */
static void expect_error(const char *yaml, unsigned line, unsigned column, const char *needle)
{
    dayone_policy *p = (dayone_policy *)0x1;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, yaml, strlen(yaml), "s.yaml", &err);
    if (rc != DAYONE_EPOLICY || err.line != line || err.column != column ||
        !strstr(err.message, needle) || strcmp(err.path, "s.yaml") != 0) {
        print_error("expected %u:%u '%s', got %s at %u:%u: %s\n", line, column, needle,
                    dayone_status_name(rc), err.line, err.column, err.message);
        g_mismatches++;
    }
    if (rc == DAYONE_OK)
        dayone_policy_free(p);
    else
        assert_null(p);
}

#define COMPS "  components: {a: {checks: [{name: h, health: a.b}]}}\n"
#define HEAD "version: 1\nstatus:\n  components:\n    api:\n      checks:\n"

static void loader_errors_are_located(void **state)
{
    (void)state;
    expect_error("version: 1\nstatus: [api]\n", 2, 9, "status must be a mapping");
    expect_error("version: 1\nstatus:\n  component: {}\n", 3, 3, "unknown key 'component'");
    expect_error("version: 1\nstatus:\n  published: x\n", 3, 3,
                 "missing required key 'components' in status");
    expect_error("version: 1\nstatus:\n  components: {}\n", 3, 15, "names no component");
    expect_error("version: 1\nstatus:\n  components:\n    API:\n      checks: []\n", 4, 5,
                 "a component name is 1 to 64 of a-z");
    expect_error("version: 1\nstatus:\n  components:\n    api:\n      checks: []\n", 5, 15,
                 "component 'api' has no checks");
    expect_error(HEAD "        - {name: h}\n", 6, 11, "exactly one of health, burn_rate, threshold");
    expect_error(HEAD "        - {name: h, health: a.b, threshold: c.d}\n", 6, 11,
                 "exactly one of health, burn_rate, threshold (2 given)");
    expect_error(HEAD "        - {health: a.b}\n", 6, 11, "missing required key 'name'");
    expect_error(HEAD "        - {name: h, health: 'a..b'}\n", 6, 29, "health must be a fact address");
    expect_error(HEAD "        - {name: h, health: a.b, state: operational}\n", 6, 41,
                 "state must be degraded_performance, partial_outage or major_outage");
    expect_error(HEAD "        - {name: h, health: a.b, objective: 99%}\n", 6, 45,
                 "objective does not apply to a health check");
    expect_error(HEAD "        - {name: h, health: a.b}\n        - {name: h, health: c.d}\n", 7, 18,
                 "check 'h' is named twice in component 'api'");
    expect_error(HEAD "        - {name: b, burn_rate: a.b, measures: errors}\n", 6, 11,
                 "missing required key 'objective'");
    expect_error(HEAD "        - {name: b, burn_rate: a.b, measures: errors, objective: 99.9}\n",
                 6, 66, "objective must be a percentage");
    expect_error(HEAD "        - {name: b, burn_rate: a.b, measures: errors, objective: 100%}\n",
                 6, 66, "objective must be above 0% and below 100%");
    expect_error(HEAD "        - {name: b, burn_rate: a.b, measures: good, objective: 99%}\n", 6,
                 47, "measures must be success or errors");
    expect_error(HEAD "        - {name: t, threshold: a.b, over: []}\n", 6, 43, "over needs 1 to 16");
    expect_error(HEAD "        - {name: t, threshold: a.b, over: [{value: 3, state: x}]}\n", 6, 62,
                 "state must be degraded_performance");
    expect_error(HEAD "        - name: t\n          threshold: a.b\n          over:\n"
                      "            - {value: 3, state: partial_outage}\n"
                      "            - {value: 3, state: major_outage}\n", 10, 23,
                 "bounds must increase");
    expect_error(HEAD "        - name: t\n          threshold: a.b\n          over:\n"
                      "            - {value: 3, state: partial_outage}\n"
                      "            - {value: 4, state: degraded_performance}\n", 10, 33,
                 "a higher bound cannot mean a less severe state");
    expect_error(HEAD "        - {name: t, threshold: a.b, over: [{value: lots, state: "
                      "partial_outage}]}\n", 6, 52, "value must be a decimal number");
    /* window pairs */
    expect_error("version: 1\nstatus:\n  burn_rate_windows: []\n  components: {a: {checks: "
                 "[{name: h, health: a.b}]}}\n", 3, 22, "at least one pair");
    expect_error("version: 1\nstatus:\n  burn_rate_windows:\n    - {long: 5m, short: 1h, factor: "
                 "2, alert: page, state: partial_outage}\n" COMPS, 4, 25,
                 "the short window must be shorter than the long one");
    expect_error("version: 1\nstatus:\n  burn_rate_windows:\n    - {long: 1 hour, short: 5m, "
                 "factor: 2, alert: page, state: partial_outage}\n" COMPS, 4, 14,
                 "long must be a duration longer than zero");
    expect_error("version: 1\nstatus:\n  burn_rate_windows:\n    - {long: PT1.5S, short: PT1S, "
                 "factor: 2, alert: page, state: partial_outage}\n" COMPS, 4, 14,
                 "long is also a fact key");
    expect_error("version: 1\nstatus:\n  burn_rate_windows:\n    - {long: 1h, short: 5m, factor: "
                 "0, alert: page, state: partial_outage}\n" COMPS, 4, 37, "factor must be above zero");
    expect_error("version: 1\nstatus:\n  burn_rate_windows:\n    - {long: 1h, short: 5m, factor: "
                 "2, alert: email, state: partial_outage}\n" COMPS, 4, 47, "alert must be page or ticket");
    expect_error("version: 1\nstatus:\n  burn_rate_windows:\n    - {long: 1h, short: 5m, factor: "
                 "2, state: partial_outage}\n" COMPS, 4, 7, "missing required key 'alert'");
    /* freshness: observed_at and max_age come together */
    expect_error("version: 1\nstatus:\n  max_age: 15m\n" COMPS, 3, 12,
                 "max_age needs observed_at");
    expect_error("version: 1\nstatus:\n  observed_at: observed_at\n" COMPS, 3, 16,
                 "observed_at needs max_age");
    expect_error("version: 1\nstatus:\n  observed_at: 'a..b'\n  max_age: 15m\n" COMPS, 3, 16,
                 "observed_at must be a fact address");
    expect_error("version: 1\nstatus:\n  observed_at: at\n  max_age: 15 minutes\n" COMPS, 4,
                 12, "max_age must be a duration");
    expect_error("version: 1\nstatus:\n  observed_at: at\n  max_age: 0s\n" COMPS, 4, 12,
                 "max_age must be longer than zero");
    expect_error("version: 1\nstatus:\n  observed_at: at\n  max_age: P1M\n" COMPS, 4, 12,
                 "max_age must be a duration");
    assert_int_equal(g_mismatches, 0);
}

static void every_key_sample_compiles(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_file(&p, tu_src("tests/policies/good/every-key.yaml"),
                                             NULL), DAYONE_OK);
    const dy_status_conf *s = p->status;
    assert_non_null(s);
    assert_string_equal(s->published, "status_page.components");
    assert_string_equal(s->observed_at, "observed_at");
    assert_string_equal(s->max_age_text, "10m");
    assert_int_equal(s->max_age_ns, INT64_C(600) * 1000000000);
    assert_int_equal(s->npairs, 2);
    assert_string_equal(s->pairs[1].long_window, "3d");
    assert_string_equal(s->pairs[1].short_window, "6h");
    assert_string_equal(s->pairs[0].factor.text, "14.4");
    assert_int_equal(s->pairs[0].state, DAYONE_COMPONENT_PARTIAL_OUTAGE);
    assert_int_equal(s->ncomponents, 2);
    const dy_status_component *api = &s->components[0];
    assert_string_equal(api->name, "api");
    assert_string_equal(api->maintenance, "maintenance.api");
    assert_int_equal(api->checks[0].kind, DY_STATUS_HEALTH);
    assert_string_equal(api->checks[0].expect, "204");
    assert_int_equal(api->checks[0].state, DAYONE_COMPONENT_PARTIAL_OUTAGE);
    assert_int_equal(api->checks[1].kind, DY_STATUS_BURN_RATE);
    assert_false(api->checks[1].measures_success);
    assert_string_equal(api->checks[1].objective.text, "99.5%");
    const dy_status_check *pool = &s->components[1].checks[0];
    assert_int_equal(pool->kind, DY_STATUS_THRESHOLD);
    assert_string_equal(pool->per, "db.pool.size");
    assert_int_equal(pool->nsteps, 2);
    assert_int_equal(pool->steps[1].state, DAYONE_COMPONENT_MAJOR_OUTAGE);
    dayone_policy_free(p);
}

/* Without burn_rate_windows: the SRE workbook's four pairs; a health check
 * without expect/state: 200 and major_outage. */
static void defaults(void **state)
{
    (void)state;
    static const char yaml[] = HEAD "        - {name: h, health: a.b}\n";
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_string(&p, yaml, sizeof yaml - 1, "d", NULL), DAYONE_OK);
    const dy_status_conf *s = p->status;
    static const char *const want[4][4] = {{"1h", "5m", "14.4", "page"},
                                           {"6h", "30m", "6", "page"},
                                           {"1d", "2h", "3", "ticket"},
                                           {"3d", "6h", "1", "ticket"}};
    assert_int_equal(s->npairs, 4);
    for (size_t i = 0; i < 4; i++) {
        assert_string_equal(s->pairs[i].long_window, want[i][0]);
        assert_string_equal(s->pairs[i].short_window, want[i][1]);
        assert_string_equal(s->pairs[i].factor.text, want[i][2]);
        assert_string_equal(s->pairs[i].alert, want[i][3]);
        assert_int_equal(s->pairs[i].state, i < 2 ? DAYONE_COMPONENT_PARTIAL_OUTAGE
                                                  : DAYONE_COMPONENT_DEGRADED_PERFORMANCE);
    }
    assert_null(s->published);
    assert_null(s->observed_at);   /* no freshness check unless asked for */
    assert_int_equal(s->max_age_ns, 0);
    assert_string_equal(s->components[0].checks[0].expect, "200");
    assert_int_equal(s->components[0].checks[0].state, DAYONE_COMPONENT_MAJOR_OUTAGE);
    dayone_policy_free(p);
}

static void api_arguments_and_names(void **state)
{
    (void)state;
    dayone_status_result *r = (dayone_status_result *)0x1;
    dayone_policy *p = NULL;
    dayone_error err;
    assert_int_equal(dayone_status_evaluate(NULL, NULL, NULL, NULL), DAYONE_EINVAL);
    assert_int_equal(dayone_policy_load_string(&p, "version: 1\n", 11, "bare", NULL), DAYONE_OK);
    dayone_error_clear(&err);
    assert_int_equal(dayone_status_evaluate(&r, p, NULL, &err), DAYONE_EINVAL);
    assert_null(r);
    assert_non_null(strstr(err.message, "no status: section"));
    /* options of a version this library does not know */
    dayone_status_options bad = DAYONE_STATUS_OPTIONS_INIT;
    bad.version = 0;
    assert_int_equal(dayone_status_evaluate_with(&r, NULL, NULL, &bad, &err), DAYONE_EINVAL);
    assert_null(r);
    bad.version = DAYONE_STATUS_OPTIONS_VERSION + 1;
    assert_int_equal(dayone_status_evaluate_with(&r, NULL, NULL, &bad, &err), DAYONE_EINVAL);
    assert_null(r);
    assert_non_null(strstr(err.message, "version"));
    dayone_policy_free(p);
    /* NULL results read as empty */
    assert_int_equal(dayone_status_count(NULL), 0);
    assert_null(dayone_status_get(NULL, 0));
    assert_false(dayone_status_ok(NULL));
    assert_null(dayone_status_report(NULL));
    dayone_status_free(NULL);
    assert_string_equal(dayone_component_state_name(DAYONE_COMPONENT_DEGRADED_PERFORMANCE),
                        "degraded_performance");
    assert_string_equal(dayone_component_state_name((dayone_component_state)99), "unknown");
    assert_string_equal(dayone_indicator_name(DAYONE_INDICATOR_CRITICAL), "critical");
    assert_string_equal(dayone_indicator_name((dayone_indicator)99), "unknown");
}

/* Reasons and findings cite the fact's place in its document. */
static void reasons_are_located(void **state)
{
    (void)state;
    static const char facts_json[] = "{\"api\": {\"health\":\n"
                                     "  {\"status_code\": 503}},\n"
                                     " \"maintenance\": {\"api\": false},\n"
                                     " \"observed_at\": \"2026-03-02T06:00:00Z\"}\n";
    dayone_status_options opts = DAYONE_STATUS_OPTIONS_INIT;
    dayone_facts *facts = NULL;
    dayone_status_result *r = NULL;
    assert_int_equal(dayone_facts_new(&facts), DAYONE_OK);
    assert_int_equal(dayone_facts_add_string(facts, facts_json, sizeof facts_json - 1,
                                             "h.json", NULL), DAYONE_OK);
    assert_int_equal(dayone_timestamp_parse("2026-03-02T06:05:00Z", &opts.now_ns, NULL),
                     DAYONE_OK);
    assert_int_equal(dayone_status_evaluate_with(&r, NULL, facts, &opts, NULL), DAYONE_OK);
    assert_int_equal(dayone_status_count(r), 6);
    const dayone_component *api = dayone_status_get(r, 0);
    assert_string_equal(api->name, "api");
    assert_int_equal(api->state, DAYONE_COMPONENT_UNKNOWN);   /* 5xx and 429 facts missing */
    assert_null(dayone_status_get(r, 6));
    const dayone_status_reason *health = &api->reasons[0];
    assert_string_equal(health->rule, "status-health");
    assert_string_equal(health->check, "api-health");
    assert_int_equal(health->state, DAYONE_COMPONENT_MAJOR_OUTAGE);
    assert_string_equal(health->path, "h.json");
    assert_int_equal(health->line, 2);
    assert_int_equal(health->column, 19);
    assert_null(strstr(health->message, "503"));
    /* the same place on the finding */
    const dayone_report *rep = dayone_status_report(r);
    const dayone_finding *f = dayone_report_get(rep, 0);
    assert_string_equal(f->rule, "status-health");
    assert_string_equal(f->source, "facts");
    assert_int_equal(f->source_line, 2);
    assert_int_equal(f->source_column, 19);
    assert_false(dayone_status_ok(r));
    assert_int_equal(dayone_status_indicator(r), DAYONE_INDICATOR_UNKNOWN);
    /* every rendering; JSON names the component table */
    for (int fmt = DAYONE_FORMAT_TEXT; fmt <= DAYONE_FORMAT_JUNIT; fmt++) {
        char *out = NULL;
        size_t len = 0;
        assert_int_equal(dayone_status_render(&out, &len, r, (dayone_format)fmt, 0, NULL),
                         DAYONE_OK);
        assert_true(len > 0 && strlen(out) == len);
        if (fmt == DAYONE_FORMAT_JSON)
            assert_non_null(strstr(out, "\"components\": ["));
        if (fmt == DAYONE_FORMAT_TEXT)
            assert_non_null(strstr(out, "status page indicator: unknown"));
        assert_null(strstr(out, "503"));
        dayone_free(out);
    }
    char *out = (char *)0x1;
    assert_int_equal(dayone_status_render(&out, NULL, r, (dayone_format)9, 0, NULL),
                     DAYONE_EINVAL);
    assert_null(out);
    dayone_status_free(r);
    dayone_facts_free(facts);
}

/* dayone_status_evaluate reads the real clock: facts observed a second ago
 * are fresh (their other facts are missing, so the components are unknown
 * for that reason), facts observed an hour ago are stale (the default
 * policy's max_age is 15m), and the stale finding gives ages, not the
 * timestamp. */
static void evaluate_reads_the_clock(void **state)
{
    (void)state;
    char stamp[2][32], doc[256];
    time_t now = time(NULL);
    for (int i = 0; i < 2; i++) {
        time_t t = now - (i ? 3600 : 1);
        struct tm tm;
        gmtime_r(&t, &tm);
        strftime(stamp[i], sizeof stamp[i], "%Y-%m-%dT%H:%M:%SZ", &tm);
    }
    for (int i = 0; i < 2; i++) {
        dayone_facts *facts = NULL;
        dayone_status_result *r = NULL;
        snprintf(doc, sizeof doc, "{\"observed_at\": \"%s\"}", stamp[i]);
        assert_int_equal(dayone_facts_new(&facts), DAYONE_OK);
        assert_int_equal(dayone_facts_add_string(facts, doc, strlen(doc), "now.json", NULL),
                         DAYONE_OK);
        assert_int_equal(dayone_status_evaluate(&r, NULL, facts, NULL), DAYONE_OK);
        const dayone_report *rep = dayone_status_report(r);
        int stale = 0;
        for (size_t j = 0; j < dayone_report_count(rep); j++) {
            const dayone_finding *f = dayone_report_get(rep, j);
            if (strcmp(f->key, "observed_at") == 0)   /* fresh: nothing about its time */
                assert_string_equal(f->rule, "status-stale");
            if (strcmp(f->rule, "status-stale") == 0) {
                stale++;
                assert_string_equal(f->key, "observed_at");
                /* 1h, or 1h1s on a slow machine */
                assert_non_null(strstr(f->message, "observed_at is 1h"));
                assert_non_null(strstr(f->message, " old; at most 15m is allowed"));
                assert_null(strstr(f->message, stamp[i]));
            }
        }
        assert_int_equal(stale, i);
        assert_int_equal(dayone_status_get(r, 0)->state, DAYONE_COMPONENT_UNKNOWN);
        assert_string_equal(dayone_status_get(r, 0)->reasons[0].rule,
                            i ? "status-stale" : "status-fact");
        dayone_status_free(r);
        dayone_facts_free(facts);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(loader_errors_are_located),
        cmocka_unit_test(every_key_sample_compiles),
        cmocka_unit_test(defaults),
        cmocka_unit_test(api_arguments_and_names),
        cmocka_unit_test(reasons_are_located),
        cmocka_unit_test(evaluate_reads_the_clock),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
