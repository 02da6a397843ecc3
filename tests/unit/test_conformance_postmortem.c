/* test_conformance_postmortem.c - the C runner of the post-incident report
 * vectors (tests/conformance/postmortem/NAME.json; format in
 * tests/conformance/postmortem/README.md). The Python and Go bindings run
 * the same files. DAYONE_CONFORMANCE_POSTMORTEM_DIR runs another directory. */
#include "testutil.h"
#include "conformance_json.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* An expected finding: rule, key, severity, line, column. */
typedef struct want {
    const char *rule, *key, *severity;
    unsigned line, column;
    int matched;
} want;

static unsigned uint_of(yaml_node_t *n)
{
    const char *s = cj_str(n);
    return s ? (unsigned)strtoul(s, NULL, 10) : 0u;
}

/* Every listed text is absent from every finding's message and hint: the
 * linter names the policy's words and lines, never the report's content. */
static void check_never(cj_vec *v, yaml_node_t *never, const dayone_report *r)
{
    if (!never || never->type != YAML_SEQUENCE_NODE)
        return;
    for (yaml_node_item_t *it = never->data.sequence.items.start;
         it < never->data.sequence.items.top; it++) {
        const char *s = cj_str(cj_node(v, *it));
        for (size_t i = 0; s && i < dayone_report_count(r); i++) {
            const dayone_finding *f = dayone_report_get(r, i);
            if (strstr(f->message, s) || strstr(f->hint, s) || strstr(f->because, s))
                cj_failf(v, "finding %zu quotes the report's text; ", i);
        }
    }
}

static void run_vector(cj_vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    yaml_node_t *pol = cj_get(v, root, "policy"), *ex = cj_get(v, root, "expect");
    const char *text = cj_str(cj_get(v, root, "report"));
    const char *path = cj_str(cj_get(v, root, "path"));
    dayone_policy *policy = NULL;
    dayone_report *r = NULL;
    dayone_error err = {0};
    want wants[64];
    size_t nwant = 0;

    if (!text || !path || !ex) {
        cj_failf(v, "report, path and expect are required");
        return;
    }
    int rc = cj_is_null(pol)
                 ? dayone_policy_load_default(&policy, &err)
                 : dayone_policy_load_string(&policy, cj_str(pol), strlen(cj_str(pol)), v->name,
                                             &err);
    if (rc != DAYONE_OK) {
        cj_failf(v, "policy: %s", err.message);
        return;
    }
    rc = dayone_postmortem_lint(&r, policy, text, strlen(text), path, &err);
    const char *want_err = cj_str(cj_get(v, ex, "error"));
    if (want_err) {
        if (rc == DAYONE_OK || strcmp(dayone_status_name(rc), want_err) != 0)
            cj_failf(v, "status %s, expected %s; ", dayone_status_name(rc), want_err);
        else if (r)
            cj_failf(v, "an error left a report; ");
        goto done;
    }
    if (rc != DAYONE_OK) {
        cj_failf(v, "%s: %s", dayone_status_name(rc), err.message);
        goto done;
    }
    yaml_node_t *fs = cj_get(v, ex, "findings");
    if (!fs || fs->type != YAML_SEQUENCE_NODE) {
        cj_failf(v, "expect.findings must be a list");
        goto done;
    }
    for (yaml_node_item_t *it = fs->data.sequence.items.start;
         it < fs->data.sequence.items.top && nwant < 64; it++) {
        yaml_node_t *f = cj_node(v, *it);
        const char *sev = cj_str(cj_get(v, f, "severity"));
        want w = {cj_str(cj_get(v, f, "rule")), cj_str(cj_get(v, f, "key")),
                  sev ? sev : "error", uint_of(cj_get(v, f, "line")),
                  uint_of(cj_get(v, f, "column")), 0};
        if (!w.rule || !w.key || !w.line || !w.column)
            cj_failf(v, "expected finding %zu needs rule, key, line and column; ", nwant);
        wants[nwant++] = w;
    }
    for (size_t i = 0; i < dayone_report_count(r); i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        const char *sev = dayone_severity_name(f->severity);
        size_t k = 0;
        while (k < nwant &&
               (wants[k].matched || !wants[k].rule || !wants[k].key ||
                strcmp(wants[k].rule, f->rule) != 0 || strcmp(wants[k].key, f->key) != 0 ||
                strcmp(wants[k].severity, sev) != 0 || wants[k].line != f->source_line ||
                wants[k].column != f->source_column))
            k++;
        if (k == nwant)
            cj_failf(v, "unexpected %s %s/%s at %u:%u; ", sev, f->rule, f->key, f->source_line,
                     f->source_column);
        else
            wants[k].matched = 1;
        if (strcmp(f->source, "report") != 0 || strcmp(f->source_path, path) != 0)
            cj_failf(v, "finding %zu is not located in the report; ", i);
    }
    for (size_t k = 0; k < nwant; k++)
        if (!wants[k].matched)
            cj_failf(v, "missing %s %s/%s at %u:%u; ", wants[k].severity,
                     wants[k].rule ? wants[k].rule : "?", wants[k].key ? wants[k].key : "?",
                     wants[k].line, wants[k].column);
    const char *ok = cj_str(cj_get(v, ex, "ok"));
    if (!ok || (strcmp(ok, "true") == 0) != (dayone_report_ok(r) == 1))
        cj_failf(v, "ok is %d, expected %s; ", dayone_report_ok(r), ok ? ok : "?");
    check_never(v, cj_get(v, root, "never_in_findings"), r);
done:
    dayone_report_free(r);
    dayone_policy_free(policy);
}

static void test_postmortem_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_POSTMORTEM_DIR",
                               "tests/conformance/postmortem", "postmortem", run_vector, &n);
    assert_true(n >= 10);
    assert_int_equal(failed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_postmortem_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
