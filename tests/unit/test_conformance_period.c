/* test_conformance_period.c - the C runner of the quota-period vectors
 * (tests/conformance/period/NAME.json; format in its README.md): times
 * are read with the C library's own timegm(), not the library's calendar
 * code. DAYONE_CONFORMANCE_PERIOD_DIR runs another directory. */
#include "testutil.h"
#include "conformance_json.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

/* An RFC 3339 UTC time ("2026-01-31T00:00:00Z") or a plain integer. */
static int when(yaml_node_t *n, int64_t *out)
{
    const char *s = cj_str(n);
    struct tm tm;
    char *end;
    if (!s)
        return -1;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    if (*s && !*end && !errno) {
        *out = x;
        return 0;
    }
    memset(&tm, 0, sizeof tm);
    end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
    if (!end || *end)
        return -1;
    *out = (int64_t)timegm(&tm);
    return 0;
}

static void run_vector(cj_vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    yaml_node_t *cases = cj_get(v, root, "cases");
    if (!cases || cases->type != YAML_SEQUENCE_NODE) {
        cj_failf(v, "cases must be a list");
        return;
    }
    size_t i = 0;
    for (yaml_node_item_t *it = cases->data.sequence.items.start;
         it < cases->data.sequence.items.top; it++, i++) {
        yaml_node_t *c = cj_node(v, *it);
        const char *name = cj_str(cj_get(v, c, "period"));
        const char *want_err = cj_str(cj_get(v, c, "error"));
        int64_t now = 0, anchor = 0, start = 0, reset = 0, ws = 0, wr = 0;
        dayone_period period = (dayone_period)99; /* unknown: refused */
        if (when(cj_get(v, c, "now"), &now) ||
            (!cj_is_null(cj_get(v, c, "anchor")) && when(cj_get(v, c, "anchor"), &anchor)) ||
            (!want_err && (when(cj_get(v, c, "start"), &ws) || when(cj_get(v, c, "reset"), &wr)))) {
            cj_failf(v, "case %zu: malformed; ", i);
            continue;
        }
        if (name && dayone_period_parse(&period, name) == DAYONE_OK &&
            strcmp(dayone_period_name(period), name) != 0)
            cj_failf(v, "case %zu: %s names itself %s; ", i, name, dayone_period_name(period));
        int rc = dayone_period_bounds(&start, &reset, period, anchor, now);
        if (want_err) {
            if (strcmp(dayone_status_name(rc), want_err) != 0)
                cj_failf(v, "case %zu: %s, expected %s; ", i, dayone_status_name(rc), want_err);
            continue;
        }
        if (rc != DAYONE_OK)
            cj_failf(v, "case %zu: %s; ", i, dayone_status_name(rc));
        else if (start != ws || reset != wr)
            cj_failf(v, "case %zu: [%lld, %lld), expected [%lld, %lld); ", i, (long long)start,
                     (long long)reset, (long long)ws, (long long)wr);
    }
}

static void test_period_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_PERIOD_DIR", "tests/conformance/period",
                               "period", run_vector, &n);
    assert_true(n >= 4);
    assert_int_equal(failed, 0);
}

/* Every second of four years around a leap day lies in exactly one period
 * of each kind, and consecutive periods tile time (reset = next start). */
static void test_periods_tile_time(void **state)
{
    (void)state;
    int64_t anchor = 1769817600; /* 2026-01-31 */
    for (int p = DAYONE_PERIOD_MONTH; p <= DAYONE_PERIOD_ANCHORED; p++) {
        int64_t t = 1672531200; /* 2023-01-01 */
        int64_t s, r, prev_reset = -1;
        while (t < 1798761600) { /* 2027-01-01 */
            assert_int_equal(dayone_period_bounds(&s, &r, (dayone_period)p,
                                                  p == DAYONE_PERIOD_ANCHORED ? anchor : 0, t),
                             DAYONE_OK);
            assert_true(s <= t && t < r);
            assert_true(s % 86400 == 0 && r % 86400 == 0);
            if (prev_reset >= 0)
                assert_int_equal(s, prev_reset);
            int64_t s2, r2;
            assert_int_equal(dayone_period_bounds(&s2, &r2, (dayone_period)p,
                                                  p == DAYONE_PERIOD_ANCHORED ? anchor : 0, r - 1),
                             DAYONE_OK);
            assert_true(s2 == s && r2 == r);
            prev_reset = r;
            t = r;
        }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_period_vectors),
        cmocka_unit_test(test_periods_tile_time),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
