/* test_conformance_status.c - the C runner of the status vectors
 * (tests/conformance/status/NAME.json; format in tests/conformance/README.md,
 * "Status vectors"). DAYONE_CONFORMANCE_STATUS_DIR runs another directory.
 * Python (bindings/python/tests/test_conformance.py) and Go
 * (bindings/go/conformance_test.go) run the same files. */
#include "testutil.h"
#include "conformance_json.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#define MAX_FIND 128

static const char *or_q(const char *s) { return s ? s : "?"; }

static void compare_reasons(cj_vec *v, const char *name, yaml_node_t *want,
                            const dayone_component *c)
{
    if (!want)
        return;   /* not compared */
    size_t n = want && want->type == YAML_SEQUENCE_NODE
                   ? (size_t)(want->data.sequence.items.top - want->data.sequence.items.start)
                   : 0;
    if (n != c->nreasons) {
        cj_failf(v, "%s: %zu reasons, expected %zu; ", name, c->nreasons, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        yaml_node_t *e = cj_node(v, want->data.sequence.items.start[i]);
        const dayone_status_reason *x = &c->reasons[i];
        const char *rule = cj_str(cj_get(v, e, "rule")), *check = cj_str(cj_get(v, e, "check"));
        const char *fact = cj_str(cj_get(v, e, "fact")), *st = cj_str(cj_get(v, e, "status"));
        if (!rule || !check || !fact || !st || strcmp(rule, x->rule) || strcmp(check, x->check) ||
            strcmp(fact, x->fact) || strcmp(st, dayone_component_state_name(x->state)))
            cj_failf(v, "%s: reason %zu is (%s, %s, %s, %s), expected (%s, %s, %s, %s); ", name,
                     i, x->rule, x->check, x->fact, dayone_component_state_name(x->state),
                     or_q(rule), or_q(check), or_q(fact), or_q(st));
    }
}

static void compare_components(cj_vec *v, yaml_node_t *want, const dayone_status_result *r)
{
    if (!want || want->type != YAML_MAPPING_NODE) {
        cj_failf(v, "expect.components must be an object; ");
        return;
    }
    size_t n = (size_t)(want->data.mapping.pairs.top - want->data.mapping.pairs.start);
    if (n != dayone_status_count(r))
        cj_failf(v, "%zu components, expected %zu; ", dayone_status_count(r), n);
    for (size_t i = 0; i < n && i < dayone_status_count(r); i++) {
        yaml_node_pair_t *p = &want->data.mapping.pairs.start[i];
        const char *name = cj_str(cj_node(v, p->key));
        yaml_node_t *e = cj_node(v, p->value), *pub = cj_get(v, e, "published");
        const dayone_component *c = dayone_status_get(r, i);
        const char *st = cj_str(cj_get(v, e, "status")), *ind = cj_str(cj_get(v, e, "indicator"));
        if (!name || strcmp(name, c->name)) {
            cj_failf(v, "component %zu is %s, expected %s; ", i, c->name, or_q(name));
            continue;
        }
        if (!st || strcmp(st, dayone_component_state_name(c->state)))
            cj_failf(v, "%s: %s, expected %s; ", name, dayone_component_state_name(c->state),
                     or_q(st));
        if (ind && strcmp(ind, dayone_indicator_name(c->indicator)))
            cj_failf(v, "%s: indicator %s, expected %s; ", name,
                     dayone_indicator_name(c->indicator), ind);
        if (pub) {
            const char *got = c->has_published ? dayone_component_state_name(c->published) : NULL;
            const char *exp = cj_is_null(pub) ? NULL : cj_str(pub);
            if ((got == NULL) != (exp == NULL) || (got && strcmp(got, exp)))
                cj_failf(v, "%s: published %s, expected %s; ", name, got ? got : "null",
                         exp ? exp : "null");
        }
        compare_reasons(v, name, cj_get(v, e, "reasons"), c);
    }
}

static void compare_findings(cj_vec *v, yaml_node_t *list, const dayone_report *r)
{
    size_t n = dayone_report_count(r);
    int used[MAX_FIND] = {0};
    assert_true(n <= MAX_FIND);
    if (list && list->type == YAML_SEQUENCE_NODE)
        for (yaml_node_item_t *it = list->data.sequence.items.start;
             it < list->data.sequence.items.top; it++) {
            yaml_node_t *e = cj_node(v, *it);
            const char *rule = cj_str(cj_get(v, e, "rule")), *key = cj_str(cj_get(v, e, "key"));
            const char *sev = cj_str(cj_get(v, e, "severity")), *line = cj_str(cj_get(v, e, "line"));
            size_t i;
            if (!sev)
                sev = "error";
            for (i = 0; i < n; i++) {
                const dayone_finding *f = dayone_report_get(r, i);
                if (used[i] || !rule || !key || strcmp(f->rule, rule) || strcmp(f->key, key) ||
                    strcmp(dayone_severity_name(f->severity), sev) ||
                    (line && (unsigned)atoi(line) != f->source_line))
                    continue;
                used[i] = 1;
                break;
            }
            if (i == n)
                cj_failf(v, "missing finding (%s, %s, %s%s%s); ", or_q(rule), or_q(key), sev,
                         line ? ", line " : "", line ? line : "");
        }
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        if (!used[i])
            cj_failf(v, "unexpected finding (%s, %s, %s, line %u: %s); ", f->rule, f->key,
                     dayone_severity_name(f->severity), f->source_line, f->message);
    }
}

/* No text of the result contains a fact's value of 5 characters or more,
 * except a status-page word (a drift message names the published state). */
static void leak_check(cj_vec *v, yaml_node_t *n, const dayone_status_result *r)
{
    if (!n)
        return;
    if (n->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
             it++)
            leak_check(v, cj_node(v, *it), r);
        return;
    }
    if (n->type == YAML_MAPPING_NODE) {
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++)
            leak_check(v, cj_node(v, p->value), r);
        return;
    }
    const char *val = cj_str(n);
    if (!val || strlen(val) < 5 || strcmp(val, "false") == 0)
        return;   /* short values and booleans are words the policy prints too */
    for (int s = DAYONE_COMPONENT_OPERATIONAL; s <= DAYONE_COMPONENT_UNKNOWN; s++)
        if (strcmp(val, dayone_component_state_name((dayone_component_state)s)) == 0)
            return;
    const dayone_report *rep = dayone_status_report(r);
    for (size_t i = 0; i < dayone_report_count(rep); i++) {
        const dayone_finding *f = dayone_report_get(rep, i);
        if (strstr(f->message, val) || strstr(f->hint, val) || strstr(f->because, val))
            cj_failf(v, "LEAK: a fact's value appears in finding %s/%s; ", f->rule, f->key);
    }
    for (size_t i = 0; i < dayone_status_count(r); i++) {
        const dayone_component *c = dayone_status_get(r, i);
        for (size_t j = 0; j < c->nreasons; j++)
            if (strstr(c->reasons[j].message, val))
                cj_failf(v, "LEAK: a fact's value appears in a reason of %s; ", c->name);
    }
}

static void run_vector(cj_vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    yaml_node_t *pol = cj_get(v, root, "policy"), *expect = cj_get(v, root, "expect");
    dayone_policy *policy = NULL;
    dayone_facts *facts = NULL;
    dayone_status_result *r = NULL;
    dayone_error err = {0};
    if (!cj_is_null(pol)) {
        const char *yaml = cj_str(pol);
        if (!yaml || dayone_policy_load_string(&policy, yaml, strlen(yaml), v->name, &err)) {
            cj_failf(v, "policy does not load: %u:%u: %s; ", err.line, err.column, err.message);
            return;
        }
    }
    facts = cj_facts(v, cj_get(v, root, "facts"));
    /* "now": the instant observed_at is judged against (absent: the clock) */
    dayone_status_options opts = DAYONE_STATUS_OPTIONS_INIT;
    const char *now = cj_str(cj_get(v, root, "now"));
    if (now && dayone_timestamp_parse(now, &opts.now_ns, &err) != DAYONE_OK)
        cj_failf(v, "now: %s; ", err.message);
    int rc = dayone_status_evaluate_with(&r, policy, facts, &opts, &err);
    const char *want_err = cj_str(cj_get(v, expect, "error"));
    if (want_err) {
        if (strcmp(dayone_status_name(rc), want_err))
            cj_failf(v, "%s, expected %s; ", dayone_status_name(rc), want_err);
    } else if (rc != DAYONE_OK) {
        cj_failf(v, "evaluation failed: %s: %s; ", dayone_status_name(rc), err.message);
    } else {
        const char *ok = cj_str(cj_get(v, expect, "ok"));
        const char *ind = cj_str(cj_get(v, expect, "indicator"));
        if (ok && (strcmp(ok, "true") == 0) != dayone_status_ok(r))
            cj_failf(v, "ok: expected %s; ", ok);
        if (ind && strcmp(ind, dayone_indicator_name(dayone_status_indicator(r))))
            cj_failf(v, "indicator %s, expected %s; ",
                     dayone_indicator_name(dayone_status_indicator(r)), ind);
        if (cj_get(v, expect, "components"))
            compare_components(v, cj_get(v, expect, "components"), r);
        if (cj_get(v, expect, "findings"))
            compare_findings(v, cj_get(v, expect, "findings"), dayone_status_report(r));
        leak_check(v, cj_get(v, root, "facts"), r);
        /* Every rendering works and JSON carries the same indicator. */
        char *text = NULL;
        for (int f = DAYONE_FORMAT_TEXT; f <= DAYONE_FORMAT_JUNIT; f++) {
            if (dayone_status_render(&text, NULL, r, (dayone_format)f, 0, &err) != DAYONE_OK)
                cj_failf(v, "render %d: %s; ", f, err.message);
            dayone_free(text);
            text = NULL;
        }
    }
    dayone_status_free(r);
    dayone_facts_free(facts);
    dayone_policy_free(policy);
}

static void test_status_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_STATUS_DIR", "tests/conformance/status",
                               "status", run_vector, &n);
    assert_true(n >= 10);
    if (failed)
        fail_msg("%zu of %zu status conformance vectors failed", failed, n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_status_vectors)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
