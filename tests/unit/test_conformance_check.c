/* test_conformance_check.c - the C runner of the check conformance vectors
 * (tests/conformance/check/NAME.json; format in tests/conformance/README.md).
 * The Python and Go bindings run the same files, so the three languages can
 * never disagree. Prints one line per vector; a failing vector prints its
 * name and the difference between expected and actual findings.
 *
 * JSON is read with libyaml (JSON is YAML flow syntax). Besides the expected
 * findings, every vector also checks the invariant that matters most: no
 * finding text contains an environment value. Each vector is also run
 * through dayone_check_vars (the bindings' path, which copies only the
 * variables the policy can read): its JSON report must be byte for byte
 * the snapshot's; and, as the process environment, through
 * dayone_check_process, whose report must be that of a snapshot made by
 * dayone_env_add_process. */
#include "testutil.h"
#include "conformance_json.h"
#include "check_ctx.h"
#include "check_vars.h"
#include "env.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#define MAX_FIND 64

static int truthy(yaml_node_t *n)
{
    const char *s = cj_str(n);
    return s && strcmp(s, "true") == 0;
}

/* Days since 1970-01-01 (proleptic Gregorian), or 0 if malformed. */
static int64_t days_of(const char *s)
{
    int y, m, d;
    if (!s || sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return 0;
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void write_files(cj_vec *v, yaml_node_t *m)
{
    if (!m)
        return;
    snprintf(v->files_dir, sizeof v->files_dir, "/tmp/dayone-conformance-XXXXXX");
    assert_non_null(mkdtemp(v->files_dir));
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        const char *k = cj_str(cj_node(v, p->key)), *content = cj_str(cj_node(v, p->value));
        char path[512];
        snprintf(path, sizeof path, "%s/%s", v->files_dir, k ? k : "?");
        FILE *f = fopen(path, "wb");
        assert_non_null(f);
        if (content)
            fputs(content, f);
        fclose(f);
    }
}

static void remove_files(cj_vec *v, yaml_node_t *m)
{
    if (!v->files_dir[0])
        return;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", v->files_dir, cj_str(cj_node(v, p->key)));
        unlink(path);
    }
    rmdir(v->files_dir);
}

/* Every scalar of the facts is a value a finding must not contain. */
static void fact_leak_check(cj_vec *v, yaml_node_t *n, const dayone_report *r)
{
    if (!n)
        return;
    if (n->type == YAML_SCALAR_NODE) {
        const char *val = cj_str(n);
        if (!val || strlen(val) < 12)
            return;
        for (size_t i = 0; i < dayone_report_count(r); i++) {
            const dayone_finding *f = dayone_report_get(r, i);
            const char *texts[] = {f->message, f->hint, f->because, f->waiver, f->source_path};
            for (size_t t = 0; t < 5; t++)
                if (strstr(texts[t], val))
                    cj_failf(v, "LEAK: a fact's value appears in finding %s/%s; ", f->rule, f->key);
        }
    } else if (n->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++)
            fact_leak_check(v, cj_node(v, *it), r);
    } else {
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++)
            fact_leak_check(v, cj_node(v, p->value), r);
    }
}

/* ---- comparing findings ---- */

static void leak_check(cj_vec *v, yaml_node_t *envm, const dayone_report *r)
{
    if (!envm || envm->type != YAML_MAPPING_NODE)
        return;
    for (yaml_node_pair_t *p = envm->data.mapping.pairs.start; p < envm->data.mapping.pairs.top; p++) {
        const char *k = cj_str(cj_node(v, p->key)), *val = cj_str(cj_node(v, p->value));
        /* Paths may be named; short values (true, 1, ...) are policy words. */
        if (!val || strlen(val) < 12 || strstr(val, "{files}") || val[0] == '/')
            continue;
        for (size_t i = 0; i < dayone_report_count(r); i++) {
            const dayone_finding *f = dayone_report_get(r, i);
            const char *texts[] = {f->message, f->hint, f->because, f->waiver, f->source_path};
            for (size_t t = 0; t < 5; t++)
                if (strstr(texts[t], val))
                    cj_failf(v, "LEAK: the value of %s appears in finding %s/%s; ", k, f->rule, f->key);
        }
    }
}

static void compare(cj_vec *v, yaml_node_t *expect, const dayone_report *r)
{
    yaml_node_t *ok = cj_get(v, expect, "ok"), *list = cj_get(v, expect, "findings");
    int want_ok = truthy(ok);
    if (ok && want_ok != dayone_report_ok(r))
        cj_failf(v, "ok: expected %s, got %s; ", want_ok ? "true" : "false",
              dayone_report_ok(r) ? "true" : "false");
    size_t n = dayone_report_count(r);
    int used[MAX_FIND] = {0};
    assert_true(n <= MAX_FIND);
    if (list && list->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = list->data.sequence.items.start; it < list->data.sequence.items.top; it++) {
            yaml_node_t *e = cj_node(v, *it);
            const char *rule = cj_str(cj_get(v, e, "rule")), *key = cj_str(cj_get(v, e, "key"));
            const char *sev = cj_str(cj_get(v, e, "severity")), *bec = cj_str(cj_get(v, e, "because"));
            const char *src = cj_str(cj_get(v, e, "source"));
            if (!sev)
                sev = "error";
            size_t i;
            for (i = 0; i < n; i++) {
                const dayone_finding *f = dayone_report_get(r, i);
                if (used[i] || !rule || !key || strcmp(f->rule, rule) || strcmp(f->key, key) ||
                    strcmp(dayone_severity_name(f->severity), sev))
                    continue;
                if ((bec && strcmp(f->because, bec)) || (src && strcmp(f->source, src)))
                    continue;
                used[i] = 1;
                break;
            }
            if (i == n)
                cj_failf(v, "missing (%s, %s, %s%s%s%s%s); ", rule ? rule : "?", key ? key : "?", sev,
                      bec ? ", because " : "", bec ? bec : "", src ? ", source " : "", src ? src : "");
        }
    }
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        if (!used[i])
            cj_failf(v, "unexpected (%s, %s, %s, because \"%s\": %s); ", f->rule, f->key,
                  dayone_severity_name(f->severity), f->because, f->message);
    }
}

/* The vector's env as dayone_var entries ("{files}" expanded as cj_env
 * does); *n of them, strings in *owned (freed by the caller). */
static dayone_var *vars_of(cj_vec *v, yaml_node_t *m, size_t *n, char ***owned)
{
    size_t cap = m && m->type == YAML_MAPPING_NODE
                     ? (size_t)(m->data.mapping.pairs.top - m->data.mapping.pairs.start) : 0;
    dayone_var *vars = calloc(cap + 1, sizeof *vars);
    *owned = calloc(cap + 1, sizeof **owned);
    assert_non_null(vars);
    assert_non_null(*owned);
    *n = 0;
    for (size_t i = 0; i < cap; i++) {
        yaml_node_pair_t *p = &m->data.mapping.pairs.start[i];
        const char *k = cj_str(cj_node(v, p->key)), *val = cj_str(cj_node(v, p->value));
        if (!k || !val)
            continue;
        const char *at = strstr(val, "{files}");
        size_t len = strlen(val) + sizeof v->files_dir;
        char *x = malloc(len);
        assert_non_null(x);
        if (at)
            snprintf(x, len, "%.*s%s%s", (int)(at - val), val, v->files_dir, at + 7);
        else
            snprintf(x, len, "%s", val);
        (*owned)[*n] = x;
        vars[*n].name = k;
        vars[*n].name_len = strlen(k);
        vars[*n].value = x;
        vars[(*n)++].value_len = strlen(x);
    }
    return vars;
}

/* dayone_check_vars on the vector's variables must render the same JSON
 * report as dayone_check on their snapshot. */
static void same_as_check_vars(cj_vec *v, yaml_node_t *envm, const dayone_policy *policy,
                               const dayone_check_options *o, const dayone_report *want)
{
    size_t n = 0;
    char **owned = NULL;
    dayone_var *vars = vars_of(v, envm, &n, &owned);
    dayone_report *got = NULL;
    dayone_error err = {0};
    char *a = NULL, *b = NULL;
    size_t alen = 0, blen = 0;
    int rc = dayone_check_vars(&got, policy, vars, n, o, &err);
    if (rc != DAYONE_OK) {
        cj_failf(v, "dayone_check_vars returned %s: %s; ", dayone_status_name(rc), err.message);
    } else {
        assert_int_equal(dayone_report_render(&a, &alen, want, DAYONE_FORMAT_JSON, 0, NULL),
                         DAYONE_OK);
        assert_int_equal(dayone_report_render(&b, &blen, got, DAYONE_FORMAT_JSON, 0, NULL),
                         DAYONE_OK);
        if (alen != blen || memcmp(a, b, alen) != 0)
            cj_failf(v, "dayone_check_vars differs from dayone_check: %s vs %s; ", b, a);
    }
    /* And the names gathered from the policy are all its check reads: a
     * snapshot restricted to them never strays (else dayone_check_vars
     * would fall back to a full snapshot, correct but slow). */
    const dayone_policy *p = policy;
    dayone_env *restricted = NULL;
    dayone_report *again = NULL;
    if (!p)
        assert_int_equal(dy_check_default_policy(&p, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_new(&restricted), DAYONE_OK);
    assert_non_null(dy_check_vars_names(p));
    dy_env_restrict(restricted, dy_check_vars_names(p));
    assert_int_equal(dayone_env_set_many(restricted, vars, n, NULL), DAYONE_EINVAL);
    assert_int_equal(dy_env_add_vars(restricted, vars, n, NULL), DAYONE_OK);
    if (dayone_check(&again, p, restricted, o, NULL) == DAYONE_OK && dy_env_strayed(restricted))
        cj_failf(v, "the check read a variable its policy's names leave out; ");
    dayone_report_free(again);
    dayone_env_free(restricted);
    dayone_free(a);
    dayone_free(b);
    dayone_report_free(got);
    for (size_t i = 0; i < n; i++)
        free(owned[i]);
    free(owned);
    free(vars);
}

/* The vector's variables as the process environment: dayone_check_process
 * (which copies only the variables the policy can read) must render the
 * same JSON report as dayone_check on a snapshot of the whole environment
 * (dayone_env_add_process), findings citing "process" in both. */
extern char **environ;

static void same_as_process_check(cj_vec *v, yaml_node_t *envm, const dayone_policy *policy,
                                  const dayone_check_options *o)
{
    size_t n = 0;
    char **owned = NULL;
    dayone_var *vars = vars_of(v, envm, &n, &owned);
    char **entries = calloc(n + 1, sizeof *entries);
    assert_non_null(entries);
    for (size_t i = 0; i < n; i++) {
        size_t len = vars[i].name_len + vars[i].value_len + 2;
        entries[i] = malloc(len);
        assert_non_null(entries[i]);
        snprintf(entries[i], len, "%s=%s", vars[i].name, vars[i].value);
    }
    dayone_report *want = NULL, *got = NULL;
    dayone_env *env = NULL;
    dayone_error err = {0};
    char **saved = environ;
    environ = entries;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    int rc_full = dayone_env_add_process(env);
    if (rc_full == DAYONE_OK)
        rc_full = dayone_check(&want, policy, env, o, NULL);
    int rc = dayone_check_process(&got, policy, o, &err);
    environ = saved;
    if (rc != rc_full) {
        cj_failf(v, "dayone_check_process returned %s, the snapshot's check %s: %s; ",
                 dayone_status_name(rc), dayone_status_name(rc_full), err.message);
    } else if (rc == DAYONE_OK) {
        char *a = NULL, *b = NULL;
        size_t alen = 0, blen = 0;
        assert_int_equal(dayone_report_render(&a, &alen, want, DAYONE_FORMAT_JSON, 0, NULL),
                         DAYONE_OK);
        assert_int_equal(dayone_report_render(&b, &blen, got, DAYONE_FORMAT_JSON, 0, NULL),
                         DAYONE_OK);
        if (alen != blen || memcmp(a, b, alen) != 0)
            cj_failf(v, "dayone_check_process differs from dayone_check: %s vs %s; ", b, a);
        dayone_free(a);
        dayone_free(b);
    }
    dayone_report_free(want);
    dayone_report_free(got);
    dayone_env_free(env);
    for (size_t i = 0; i < n; i++) {
        free(entries[i]);
        free(owned[i]);
    }
    free(entries);
    free(owned);
    free(vars);
}

static void run_vector(cj_vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    yaml_node_t *pol = cj_get(v, root, "policy"), *opts = cj_get(v, root, "options");
    yaml_node_t *files = cj_get(v, root, "files"), *envm = cj_get(v, root, "env");
    dayone_policy *policy = NULL;
    dayone_env *env = NULL, *example = NULL;
    dayone_facts *facts = NULL;
    const char *profiles[16];
    dayone_report *report = NULL;
    dayone_error err = {0};

    write_files(v, files);
    if (!cj_is_null(pol)) {
        const char *yaml = cj_str(pol);
        if (!yaml || dayone_policy_load_string(&policy, yaml, strlen(yaml), v->name, &err) != DAYONE_OK) {
            cj_failf(v, "policy does not load: %s:%u:%u: %s; ", err.path, err.line, err.column, err.message);
            goto done;
        }
    }
    env = cj_env(v, envm, "env");
    dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT;
    if (truthy(cj_get(v, opts, "presence_only")))
        o.flags |= DAYONE_CHECK_PRESENCE_ONLY;
    if (truthy(cj_get(v, opts, "no_secret_files")))
        o.flags |= DAYONE_CHECK_NO_SECRET_FILES;
    o.today = days_of(cj_str(cj_get(v, opts, "today")));
    if (cj_get(v, opts, "example")) {
        example = cj_env(v, cj_get(v, opts, "example"), "options.example");
        o.example = example;
    }
    facts = cj_facts(v, cj_get(v, root, "facts"));
    o.facts = facts;
    const char *now = cj_str(cj_get(v, opts, "now"));
    if (now && dayone_timestamp_parse(now, &o.now_ns, &err) != DAYONE_OK)
        cj_failf(v, "options.now: %s; ", err.message);
    yaml_node_t *plist = cj_get(v, opts, "profiles");
    if (plist && plist->type == YAML_SEQUENCE_NODE) {
        for (yaml_node_item_t *it = plist->data.sequence.items.start;
             it < plist->data.sequence.items.top && o.nprofiles < 16; it++)
            profiles[o.nprofiles++] = cj_str(cj_node(v, *it));
        o.profiles = profiles;
    }
    if (v->fail[0])
        goto done;
    int rc = dayone_check(&report, policy, env, &o, &err);
    if (rc != DAYONE_OK) {
        cj_failf(v, "dayone_check returned %s: %s; ", dayone_status_name(rc), err.message);
        goto done;
    }
    compare(v, cj_get(v, root, "expect"), report);
    leak_check(v, envm, report);
    same_as_check_vars(v, envm, policy, &o, report);
    same_as_process_check(v, envm, policy, &o);
    fact_leak_check(v, cj_get(v, root, "facts"), report);
done:
    dayone_facts_free(facts);
    remove_files(v, files);
    dayone_report_free(report);
    dayone_env_free(env);
    dayone_env_free(example);
    dayone_policy_free(policy);
}

static void test_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_DIR", "tests/conformance/check", "check",
                               run_vector, &n);
    assert_true(n > 0);
    if (failed)
        fail_msg("%zu of %zu conformance vectors failed", failed, n);
}

/* Facts, time and profiles: the same runner, its own directory. */
static void test_fact_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_FACTS_DIR", "tests/conformance/facts",
                               "facts", run_vector, &n);
    assert_true(n > 0);
    if (failed)
        fail_msg("%zu of %zu facts conformance vectors failed", failed, n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_fact_vectors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
