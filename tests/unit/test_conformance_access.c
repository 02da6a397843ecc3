/* test_conformance_access.c - the C runner of the staff-access conformance
 * vectors (tests/conformance/access/NAME.json; format in
 * tests/conformance/access/README.md). The Python and Go bindings run the
 * same files. DAYONE_CONFORMANCE_ACCESS_DIR runs another directory. */
#include "testutil.h"
#include "conformance_json.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static int64_t num(yaml_node_t *n, int64_t def, int *bad)
{
    const char *s = cj_str(n);
    if (!s)
        return def;
    char *e;
    errno = 0;
    long long x = strtoll(s, &e, 10);
    if (*s == '\0' || *e != '\0' || errno != 0) {
        *bad = 1;
        return def;
    }
    return x;
}

/* "true"/"false" of a scalar; -1 otherwise. */
static int boolean(yaml_node_t *n)
{
    const char *s = cj_str(n);
    return s && strcmp(s, "true") == 0 ? 1 : s && strcmp(s, "false") == 0 ? 0 : -1;
}

/* No listed value reaches the event (never_in_event). */
static void check_never(cj_vec *v, yaml_node_t *never, const char *event, size_t idx)
{
    if (!never || never->type != YAML_SEQUENCE_NODE)
        return;
    for (yaml_node_item_t *it = never->data.sequence.items.start;
         it < never->data.sequence.items.top; it++) {
        const char *s = cj_str(cj_node(v, *it));
        if (s && strstr(event, s))
            cj_failf(v, "case %zu: the event holds a value it must withhold; ", idx);
    }
}

static void run_case(cj_vec *v, const dayone_policy *policy, yaml_node_t *c, yaml_node_t *never,
                     size_t idx)
{
    yaml_node_t *rq = cj_get(v, c, "request"), *ex = cj_get(v, c, "expect");
    int bad = 0;
    dayone_access_request r = DAYONE_ACCESS_REQUEST_INIT;
    r.actor = cj_str(cj_get(v, rq, "actor"));
    r.role = cj_str(cj_get(v, rq, "role"));
    r.tenant = cj_str(cj_get(v, rq, "tenant"));
    r.action = cj_str(cj_get(v, rq, "action"));
    r.reason = cj_str(cj_get(v, rq, "reason"));
    r.ticket = cj_str(cj_get(v, rq, "ticket"));
    r.duration_s = num(cj_get(v, rq, "duration"), 0, &bad);
    r.now_unix_s = num(cj_get(v, rq, "now"), 0, &bad);
    if (bad || !ex) {
        cj_failf(v, "case %zu: malformed request or no expect; ", idx);
        return;
    }
    dayone_access_decision d;
    dayone_error err = {0};
    char *event = NULL;
    int rc = dayone_access_decide(&d, &event, policy, &r, &err);
    const char *want_err = cj_str(cj_get(v, ex, "error"));
    if (want_err) {
        if (rc == DAYONE_OK || strcmp(dayone_status_name(rc), want_err) != 0)
            cj_failf(v, "case %zu: status %s, expected %s; ", idx, dayone_status_name(rc),
                     want_err);
        if (event)
            cj_failf(v, "case %zu: an error left an event; ", idx);
        dayone_free(event);
        return;
    }
    if (rc != DAYONE_OK) {
        cj_failf(v, "case %zu: %s: %s; ", idx, dayone_status_name(rc), err.message);
        return;
    }
    int allowed = boolean(cj_get(v, ex, "allowed"));
    const char *code = cj_str(cj_get(v, ex, "code"));
    const char *why = cj_str(cj_get(v, ex, "why"));
    const char *line = cj_str(cj_get(v, ex, "event"));
    int64_t duration = num(cj_get(v, ex, "duration"), -1, &bad);
    if (allowed != d.allowed)
        cj_failf(v, "case %zu: allowed %d, expected %d; ", idx, d.allowed, allowed);
    if (!code || strcmp(code, d.code) != 0)
        cj_failf(v, "case %zu: code %s, expected %s; ", idx, d.code, code ? code : "?");
    if (duration != d.duration_s)
        cj_failf(v, "case %zu: duration %lld, expected %lld; ", idx, (long long)d.duration_s,
                 (long long)duration);
    if (why && strcmp(why, d.why) != 0)
        cj_failf(v, "case %zu: why '%s', expected '%s'; ", idx, d.why, why);
    if (line && strcmp(line, event) != 0)
        cj_failf(v, "case %zu: event\n  %s\nexpected\n  %s\n; ", idx, event, line);
    if (strchr(event, '\n'))
        cj_failf(v, "case %zu: the event is not one line; ", idx);
    check_never(v, never, event, idx);
    dayone_free(event);
}

static void run_vector(cj_vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    yaml_node_t *pol = cj_get(v, root, "policy"), *cases = cj_get(v, root, "cases");
    dayone_policy *policy = NULL;
    dayone_error err = {0};
    int rc = cj_is_null(pol)
                 ? dayone_policy_load_default(&policy, &err)
                 : dayone_policy_load_string(&policy, cj_str(pol), strlen(cj_str(pol)), v->name,
                                             &err);
    if (rc != DAYONE_OK) {
        cj_failf(v, "policy: %s", err.message);
        return;
    }
    if (!cases || cases->type != YAML_SEQUENCE_NODE) {
        cj_failf(v, "cases must be a list");
    } else {
        size_t i = 0;
        for (yaml_node_item_t *it = cases->data.sequence.items.start;
             it < cases->data.sequence.items.top; it++)
            run_case(v, policy, cj_node(v, *it), cj_get(v, root, "never_in_event"), i++);
    }
    dayone_policy_free(policy);
}

static void test_access_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_ACCESS_DIR", "tests/conformance/access",
                               "access", run_vector, &n);
    assert_true(n >= 8);
    assert_int_equal(failed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_access_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
