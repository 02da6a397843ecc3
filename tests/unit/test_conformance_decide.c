/* test_conformance_decide.c - the C runner of the decision conformance
 * vectors (tests/conformance/decide/NAME.json; format in
 * tests/conformance/decide/README.md). The Python and Go bindings run the
 * same files. Prints one line per vector (`ok   NAME` or `FAIL NAME: ...`)
 * and fails if any vector fails. DAYONE_CONFORMANCE_DECIDE_DIR runs another
 * directory. JSON is read with libyaml (JSON is YAML flow syntax). */
#include "testutil.h"
#include "conformance_json.h"
#include "dayone/limit_reset.h"
#include "dayone/overrides.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* An integer field; `def` when absent or null. Sets *bad on garbage. */
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

static int64_t g_now;
static int g_via_handle; /* decide through dayone_limiter_resolve()'s handles */
static int64_t vec_clock(void *ctx)
{
    (void)ctx;
    return g_now;
}

static int parse_outcome(const char *s, dayone_outcome *out)
{
    for (int o = 0; o < DAYONE_OUTCOME_COUNT; o++)
        if (s && strcmp(s, dayone_outcome_name((dayone_outcome)o)) == 0) {
            *out = (dayone_outcome)o;
            return 0;
        }
    return -1;
}

/* `headers`: the exact set of response headers the decision gives, as the
 * bindings' headers() build them: Retry-After only on a denial, a header
 * whose writer says DAYONE_ENOTFOUND left out, any other failure reported. */
static void check_headers(cj_vec *v, size_t idx, int rep, yaml_node_t *want,
                          const dayone_decision *d, const char *limit)
{
    static const char *const names[] = {"Retry-After", "RateLimit", "RateLimit-Policy"};
    char buf[3][256];
    int rc[3];
    rc[0] = dayone_decision_retry_after(d, buf[0], sizeof buf[0]);
    rc[1] = dayone_decision_ratelimit(d, limit, buf[1], sizeof buf[1]);
    rc[2] = dayone_decision_ratelimit_policy(d, limit, buf[2], sizeof buf[2]);
    if (d->allowed && rc[0] >= 0)
        rc[0] = DAYONE_ENOTFOUND;
    if (!want || want->type != YAML_MAPPING_NODE) {
        cj_failf(v, "step %zu: headers must be an object; ", idx);
        return;
    }
    for (int i = 0; i < 3; i++) {
        const char *w = cj_str(cj_get(v, want, names[i]));
        if (rc[i] < 0 && rc[i] != DAYONE_ENOTFOUND)
            cj_failf(v, "step %zu#%d: %s: %s; ", idx, rep, names[i], dayone_status_name(rc[i]));
        else if (!w && rc[i] >= 0)
            cj_failf(v, "step %zu#%d: unexpected %s: %s; ", idx, rep, names[i], buf[i]);
        else if (w && rc[i] < 0)
            cj_failf(v, "step %zu#%d: no %s, expected %s; ", idx, rep, names[i], w);
        else if (w && strcmp(w, buf[i]) != 0)
            cj_failf(v, "step %zu#%d: %s: %s, expected %s; ", idx, rep, names[i], buf[i], w);
    }
    for (yaml_node_pair_t *p = want->data.mapping.pairs.start; p < want->data.mapping.pairs.top; p++) {
        const char *k = cj_str(cj_node(v, p->key));
        if (!k || (strcmp(k, names[0]) && strcmp(k, names[1]) && strcmp(k, names[2])))
            cj_failf(v, "step %zu: unknown header %s; ", idx, k ? k : "?");
    }
}

/* `rates`: every rate of a limit of several, in the policy's order, each
 * an object of all six dayone_rate_state fields ([] for one rate). */
static void check_rates(cj_vec *v, size_t idx, int rep, yaml_node_t *want,
                        const dayone_decision *d)
{
    static const char *const names[] = {"rate", "rate_period_ns", "burst", "remaining",
                                        "reset_after_ns", "retry_after_ns"};
    if (!want || want->type != YAML_SEQUENCE_NODE) {
        cj_failf(v, "step %zu: rates must be a list; ", idx);
        return;
    }
    long n = (long)(want->data.sequence.items.top - want->data.sequence.items.start);
    if (n != d->nrates) {
        cj_failf(v, "step %zu#%d: %d rates, expected %ld; ", idx, rep, d->nrates, n);
        return;
    }
    for (long k = 0; k < n; k++) {
        yaml_node_t *o = cj_node(v, want->data.sequence.items.start[k]);
        const dayone_rate_state *r = &d->rates[k];
        const int64_t got[6] = {r->rate, r->rate_period_ns, r->burst, r->remaining,
                                r->reset_after_ns, r->retry_after_ns};
        for (int f = 0; f < 6; f++) {
            int bad = 0;
            int64_t w = num(o ? cj_get(v, o, names[f]) : NULL, INT64_MIN, &bad);
            if (bad || w == INT64_MIN)
                cj_failf(v, "step %zu: rates[%ld].%s missing or not an integer; ", idx, k,
                         names[f]);
            else if (w != got[f])
                cj_failf(v, "step %zu#%d: rates[%ld].%s %lld, expected %lld; ", idx, rep, k,
                         names[f], (long long)got[f], (long long)w);
        }
    }
}

/* Compare every field present in `exp` with the decision (or the error). */
static void check_expect(cj_vec *v, size_t idx, int rep, yaml_node_t *exp, int rc,
                         const dayone_decision *d, const char *limit)
{
    if (!exp || exp->type != YAML_MAPPING_NODE) {
        cj_failf(v, "step %zu: no expect; ", idx);
        return;
    }
    const char *want_err = cj_str(cj_get(v, exp, "error"));
    if (want_err || rc != DAYONE_OK) {
        if (!want_err || strcmp(want_err, dayone_status_name(rc)) != 0)
            cj_failf(v, "step %zu#%d: error %s, expected %s; ", idx, rep, dayone_status_name(rc),
                  want_err ? want_err : "none");
        return;
    }
    for (yaml_node_pair_t *p = exp->data.mapping.pairs.start; p < exp->data.mapping.pairs.top; p++) {
        const char *k = cj_str(cj_node(v, p->key));
        yaml_node_t *val = cj_node(v, p->value);
        int bad = 0;
        if (!k || strcmp(k, "error") == 0)
            continue;
        if (strcmp(k, "outcome") == 0) {
            dayone_outcome o;
            if (parse_outcome(cj_str(val), &o) != 0)
                cj_failf(v, "step %zu: unknown outcome; ", idx);
            else if (o != d->outcome)
                cj_failf(v, "step %zu#%d: outcome %s, expected %s; ", idx, rep,
                      dayone_outcome_name(d->outcome), cj_str(val));
            continue;
        }
        if (strcmp(k, "headers") == 0) {
            check_headers(v, idx, rep, val, d, limit);
            continue;
        }
        if (strcmp(k, "rates") == 0) {
            check_rates(v, idx, rep, val, d);
            continue;
        }
        if (strcmp(k, "upgrade_plan") == 0 || strcmp(k, "reason") == 0 ||
            strcmp(k, "override_reason") == 0) {
            const char *want = cj_str(val) ? cj_str(val) : "";
            const char *got = k[0] == 'u' ? d->upgrade_plan
                              : k[0] == 'r' ? d->reason : d->override_reason;
            if (strcmp(want, got) != 0)
                cj_failf(v, "step %zu#%d: %s \"%s\", expected \"%s\"; ", idx, rep, k, got, want);
            continue;
        }
        int64_t got;
        if (strcmp(k, "status") == 0) got = d->status;
        else if (strcmp(k, "allowed") == 0) got = d->allowed;
        else if (strcmp(k, "retry_after_ns") == 0) got = d->retry_after_ns;
        else if (strcmp(k, "reset_after_ns") == 0) got = d->reset_after_ns;
        else if (strcmp(k, "remaining") == 0) got = d->remaining;
        else if (strcmp(k, "limit") == 0) got = d->limit;
        else if (strcmp(k, "quota_remaining") == 0) got = d->quota_remaining;
        else if (strcmp(k, "quota_reset_unix_s") == 0) got = d->quota_reset_unix_s;
        else if (strcmp(k, "burst") == 0) got = d->burst;
        else if (strcmp(k, "window_ns") == 0) got = d->window_ns;
        else if (strcmp(k, "rate") == 0) got = d->rate;
        else if (strcmp(k, "rate_period_ns") == 0) got = d->rate_period_ns;
        else if (strcmp(k, "tightest") == 0) got = d->tightest;
        else if (strcmp(k, "override_source") == 0) got = d->override_source;
        else {
            cj_failf(v, "step %zu: unknown expect field %s; ", idx, k);
            continue;
        }
        int64_t want = num(val, 0, &bad);
        if (bad)
            cj_failf(v, "step %zu: %s is not an integer; ", idx, k);
        else if (got != want)
            cj_failf(v, "step %zu#%d: %s %lld, expected %lld; ", idx, rep, k, (long long)got,
                  (long long)want);
    }
}

static dayone_enforcement enforcement_of(cj_vec *v, yaml_node_t *n)
{
    const char *s = cj_str(n);
    dayone_enforcement e;
    if (!s || strcmp(s, "policy") == 0)
        return DAYONE_ENFORCEMENT_POLICY;
    if (dayone_enforcement_parse(&e, s) != DAYONE_OK) {
        cj_failf(v, "bad enforcement \"%s\"; ", s);
        return DAYONE_ENFORCEMENT_POLICY;
    }
    return e;
}

/* The status a staff step must end with: expect.error, null = DAYONE_OK. */
static void check_status(cj_vec *v, size_t idx, yaml_node_t *exp, int rc, const char *what)
{
    const char *want = exp ? cj_str(cj_get(v, exp, "error")) : NULL;
    const char *got = rc == DAYONE_OK ? NULL : dayone_status_name(rc);
    if ((want == NULL) != (got == NULL) || (want && strcmp(want, got) != 0))
        cj_failf(v, "step %zu: %s: %s, expected %s; ", idx, what, got ? got : "ok",
                 want ? want : "ok");
}

/* {"override_set": {tenant, limit, rate, rate_period_ns, burst, reason?,
 *  expires_unix_s?}} and {"override_clear": {tenant, limit}}. */
static void run_override_step(cj_vec *v, size_t idx, dayone_limiter *lim, yaml_node_t *set,
                              yaml_node_t *clear, yaml_node_t *exp)
{
    dayone_error err = {0};
    int bad = 0, rc;
    if (set) {
        dayone_override_spec o = DAYONE_OVERRIDE_SPEC_INIT;
        o.tenant = cj_str(cj_get(v, set, "tenant"));
        o.limit = cj_str(cj_get(v, set, "limit"));
        o.rate = num(cj_get(v, set, "rate"), 0, &bad);
        o.rate_period_ns = num(cj_get(v, set, "rate_period_ns"), 0, &bad);
        o.burst = num(cj_get(v, set, "burst"), 0, &bad);
        o.reason = cj_str(cj_get(v, set, "reason"));
        o.expires_unix_s = num(cj_get(v, set, "expires_unix_s"), 0, &bad);
        rc = bad ? DAYONE_EINVAL : dayone_limiter_override_set(lim, &o, &err);
    } else {
        rc = dayone_limiter_override_clear(lim, cj_str(cj_get(v, clear, "tenant")),
                                           cj_str(cj_get(v, clear, "limit")), &err);
    }
    check_status(v, idx, exp, rc, set ? "override_set" : "override_clear");
}

/* {"limit_reset": {actor, role, tenant, action?, reason?, ticket?, now, plan,
 *  limit, credit?, what? ("rate", "quota", "both"), now_ns?,
 *  period_anchor_unix_s?, wall_ns?}} expecting
 * {error, allowed, code, event}. */
static void run_reset_step(cj_vec *v, size_t idx, dayone_limiter *lim, yaml_node_t *m,
                           yaml_node_t *exp)
{
    dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
    dayone_limit_reset r = DAYONE_LIMIT_RESET_INIT;
    dayone_access_decision d;
    dayone_error err = {0};
    char *event = NULL;
    int bad = 0;
    a.actor = cj_str(cj_get(v, m, "actor"));
    a.role = cj_str(cj_get(v, m, "role"));
    a.tenant = cj_str(cj_get(v, m, "tenant"));
    a.action = cj_get(v, m, "action") ? cj_str(cj_get(v, m, "action")) : "limit_reset";
    a.reason = cj_str(cj_get(v, m, "reason"));
    a.ticket = cj_str(cj_get(v, m, "ticket"));
    a.now_unix_s = num(cj_get(v, m, "now"), 0, &bad);
    r.plan = cj_str(cj_get(v, m, "plan"));
    r.limit = cj_str(cj_get(v, m, "limit"));
    r.credit = num(cj_get(v, m, "credit"), 0, &bad);
    r.now_ns = num(cj_get(v, m, "now_ns"), 0, &bad);
    r.period_anchor_unix_s = num(cj_get(v, m, "period_anchor_unix_s"), 0, &bad);
    r.wall_ns = num(cj_get(v, m, "wall_ns"), 0, &bad);
    const char *what = cj_str(cj_get(v, m, "what"));
    r.what = !what || strcmp(what, "both") == 0 ? 0
             : strcmp(what, "rate") == 0        ? DAYONE_RESET_RATE
             : strcmp(what, "quota") == 0       ? DAYONE_RESET_QUOTA
                                                : 4u;
    if (bad) {
        cj_failf(v, "step %zu: malformed limit_reset; ", idx);
        return;
    }
    int rc = dayone_limiter_limit_reset(lim, &a, &r, &d, &event, &err);
    check_status(v, idx, exp, rc, "limit_reset");
    if (rc == DAYONE_OK && exp) {
        yaml_node_t *al = cj_get(v, exp, "allowed");
        const char *code = cj_str(cj_get(v, exp, "code"));
        const char *ev = cj_str(cj_get(v, exp, "event"));
        if (al && d.allowed != (strcmp(cj_str(al), "true") == 0))
            cj_failf(v, "step %zu: limit_reset allowed %d; ", idx, d.allowed);
        if (code && strcmp(code, d.code) != 0)
            cj_failf(v, "step %zu: limit_reset code %s, expected %s; ", idx, d.code, code);
        if (ev && strcmp(ev, event) != 0)
            cj_failf(v, "step %zu: limit_reset event %s, expected %s; ", idx, event, ev);
        if (strchr(event, '\n'))
            cj_failf(v, "step %zu: limit_reset event is not one line; ", idx);
    }
    dayone_free(event);
}

static void run_vector(cj_vec *v)
{
    yaml_node_t *root = yaml_document_get_root_node(&v->doc);
    dayone_policy *policy = NULL;
    dayone_limiter *lim = NULL;
    dayone_env *served = NULL;
    dayone_error err = {0};
    int bad = 0;
    const char *yaml_text = cj_str(cj_get(v, root, "policy"));
    int rc = yaml_text ? dayone_policy_load_string(&policy, yaml_text, strlen(yaml_text), v->name, &err)
                       : dayone_policy_load_default(&policy, &err);
    if (rc != DAYONE_OK) {
        cj_failf(v, "policy: %s; ", err.message);
        return;
    }
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.enforcement = enforcement_of(v, cj_get(v, root, "enforcement"));
    o.capacity = (size_t)num(cj_get(v, root, "capacity"), 1000, &bad);
    o.clock = vec_clock;
    /* The served environment is the vector's (empty when absent), never the
     * process's: launch mode must not leak in from whoever runs the tests. */
    served = cj_env(v, cj_get(v, root, "env"), "env");
    o.env = served;
    const char *want_error = cj_str(cj_get(v, root, "limiter_error"));
    const char *want_text = cj_str(cj_get(v, root, "limiter_error_contains"));
    rc = dayone_limiter_new(&lim, policy, &o, &err);
    if (want_error) {
        if (rc == DAYONE_OK)
            cj_failf(v, "limiter: expected %s, got a limiter; ", want_error);
        else if (strcmp(dayone_status_name(rc), want_error) != 0)
            cj_failf(v, "limiter: expected %s, got %s; ", want_error, dayone_status_name(rc));
        else if (want_text && !strstr(err.message, want_text))
            cj_failf(v, "limiter: message \"%s\" lacks \"%s\"; ", err.message, want_text);
        goto done;
    }
    if (rc != DAYONE_OK) {
        cj_failf(v, "limiter: %s; ", err.message);
        goto done;
    }
    yaml_node_t *steps = cj_get(v, root, "steps");
    if (!steps || steps->type != YAML_SEQUENCE_NODE || steps->data.sequence.items.top ==
                                                           steps->data.sequence.items.start) {
        cj_failf(v, "no steps; ");
        goto done;
    }
    size_t idx = 0;
    for (yaml_node_item_t *it = steps->data.sequence.items.start;
         it < steps->data.sequence.items.top; it++, idx++) {
        yaml_node_t *s = cj_node(v, *it);
        yaml_node_t *ov_set = cj_get(v, s, "override_set");
        yaml_node_t *ov_clear = cj_get(v, s, "override_clear");
        yaml_node_t *reset = cj_get(v, s, "limit_reset");
        if (ov_set || ov_clear) {
            run_override_step(v, idx, lim, ov_set, ov_clear, cj_get(v, s, "expect"));
            continue;
        }
        if (reset) {
            run_reset_step(v, idx, lim, reset, cj_get(v, s, "expect"));
            continue;
        }
        dayone_request r = DAYONE_REQUEST_INIT;
        r.now_ns = num(cj_get(v, s, "now_ns"), 0, &bad);
        r.key = cj_str(cj_get(v, s, "key"));
        r.plan = cj_str(cj_get(v, s, "plan"));
        r.limit = cj_str(cj_get(v, s, "limit"));
        r.cost = num(cj_get(v, s, "cost"), 1, &bad);
        r.feature = cj_str(cj_get(v, s, "feature"));
        r.usage = num(cj_get(v, s, "usage"), -1, &bad);
        r.wall_ns = num(cj_get(v, s, "wall_ns"), 0, &bad);
        r.period_anchor_unix_s = num(cj_get(v, s, "period_anchor_unix_s"), 0, &bad);
        int64_t repeat = num(cj_get(v, s, "repeat"), 1, &bad);
        if (bad || repeat < 1 || !r.key || !r.plan || !r.limit) {
            cj_failf(v, "step %zu: malformed; ", idx);
            break;
        }
        g_now = r.now_ns;
        yaml_node_t *all = cj_get(v, s, "expect_all"), *exp = cj_get(v, s, "expect");
        /* Through a handle, as the bindings decide a repeated (plan, limit):
         * a triple that does not resolve, or a request with a period anchor
         * or wall time (which a handle does not take), goes by name, as
         * theirs do. */
        dayone_limit_handle *h = NULL;
        if (g_via_handle && r.period_anchor_unix_s == 0 && r.wall_ns == 0) {
            int hrc = dayone_limiter_resolve(lim, r.plan, r.limit, r.feature, &h, &err);
            if (hrc != DAYONE_OK && hrc != DAYONE_ENOTFOUND && hrc != DAYONE_EINVAL)
                cj_failf(v, "step %zu: resolve failed with %s; ", idx, dayone_status_name(hrc));
        }
        for (int64_t i = 0; i < repeat; i++) {
            dayone_decision d;
            memset(&d, 0, sizeof d);
            if (h)
                rc = dayone_limiter_decide_handle(lim, h, r.key, strlen(r.key), r.cost, r.usage,
                                                  r.now_ns, &d, &err);
            else
                rc = dayone_limiter_decide(lim, &r, &d, &err);
            if (all)
                check_expect(v, idx, (int)i, all, rc, &d, r.limit);
            if (i == repeat - 1)
                check_expect(v, idx, (int)i, exp, rc, &d, r.limit);
            if (rc != DAYONE_OK && r.key && strstr(err.message, r.key) && strlen(r.key) > 3)
                cj_failf(v, "step %zu: error message names the tenant key; ", idx);
        }
        dayone_limit_handle_free(h);
    }
done:
    dayone_limiter_free(lim);
    dayone_env_free(served);
    dayone_policy_free(policy);
}

static void test_decide_vectors(void **state)
{
    (void)state;
    size_t n = 0;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_DECIDE_DIR", "tests/conformance/decide",
                               "decide", run_vector, &n);
    assert_true(n >= 20);
    assert_int_equal(failed, 0);
}

/* Every vector again, each step decided on a handle: the same decisions. */
static void test_decide_vectors_via_handles(void **state)
{
    (void)state;
    size_t n = 0;
    g_via_handle = 1;
    size_t failed = cj_run_dir("DAYONE_CONFORMANCE_DECIDE_DIR", "tests/conformance/decide",
                               "decide", run_vector, &n);
    g_via_handle = 0;
    assert_true(n >= 20);
    assert_int_equal(failed, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decide_vectors),
        cmocka_unit_test(test_decide_vectors_via_handles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
