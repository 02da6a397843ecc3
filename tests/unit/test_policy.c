/* test_policy.c - loading policies: the default policy's contract, every
 * strictness error with its exact line and column, the documented limits,
 * lookups, reference counting, dy_parse_bool and dy_parse_date. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "policy.h"
#include "policy_patterns.h"
#include "policy_rules.h"
#include "policy_sequence.h"
#include "default_policy_tree.h"
#include "policy_load.h"
#include "yaml_doc.h"

/* ---- helpers ----------------------------------------------------------- */

static dayone_policy *load_ok(const char *yaml)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, yaml, strlen(yaml), "t.yaml", &err);
    if (rc != DAYONE_OK)
        print_error("unexpected error %s at %u:%u: %s\n", dayone_status_name(rc), err.line,
                    err.column, err.message);
    assert_int_equal(rc, DAYONE_OK);
    assert_non_null(p);
    return p;
}

static void expect_error_buf(const char *yaml, size_t len, int code, unsigned line,
                             unsigned column, const char *needle)
{
    dayone_policy *p = (dayone_policy *)0x1;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, yaml, len, "t.yaml", &err);
    if (rc != code || err.line != line || err.column != column ||
        !strstr(err.message, needle))
        print_error("got %s at %u:%u: %s\n", dayone_status_name(rc), err.line, err.column,
                    err.message);
    assert_int_equal(rc, code);
    assert_null(p);
    assert_int_equal(err.code, code);
    assert_string_equal(err.path, "t.yaml");
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, column);
    assert_non_null(strstr(err.message, needle));
}

static void expect_error(const char *yaml, int code, unsigned line, unsigned column,
                         const char *needle)
{
    expect_error_buf(yaml, strlen(yaml), code, line, column, needle);
}

static const dy_rule *find_rule(const dayone_policy *p, const char *id)
{
    for (size_t i = 0; i < p->nrules; i++)
        if (strcmp(p->rules[i].id, id) == 0)
            return &p->rules[i];
    return NULL;
}

static const dy_rule *find_secret(const dayone_policy *p, const char *key)
{
    for (size_t i = 0; i < p->nrules; i++)
        if (p->rules[i].secret && strcmp(p->rules[i].key, key) == 0)
            return &p->rules[i];
    return NULL;
}

/* ---- the default policy -------------------------------------------------- */

static void test_default_flags(void **state)
{
    (void)state;
    static const char *const flags[][2] = {
        {"launch_mode", "LAUNCH_MODE"}, {"billing", "BILLING_ENABLED"},
        {"zero_trust", "ZERO_TRUST_ENABLED"}, {"sso", "SSO_ENABLED"},
        {"security_headers", "SECURITY_HEADERS_ENABLED"},
        {"demo_seed", "DEMO_SEED_ENABLED"}, {"demo_data", "DEMO_DATA_ENABLED"}};
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    assert_string_equal(dayone_policy_name(p), "<default>");
    assert_int_equal(p->nflags, 7);
    for (size_t i = 0; i < 7; i++) {
        size_t f = dy_policy_find_flag(p, flags[i][0]);
        assert_true(f != SIZE_MAX);
        assert_string_equal(p->flags[f].env, flags[i][1]);
        assert_int_equal(p->flags[f].default_value, 0);
    }
    dayone_policy_free(p);
}

static void test_default_posture(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    size_t launch = dy_policy_find_flag(p, "launch_mode");

    const dy_rule *r = find_rule(p, "production-requires-launch-mode");
    assert_non_null(r);
    assert_false(r->secret);
    assert_string_equal(r->key, "LAUNCH_MODE");
    assert_int_equal(r->checks.expect_bool, 1);
    assert_int_equal(r->checks.required, 0);
    assert_int_equal(r->checks.reject_placeholders, 0);
    assert_non_null(r->when);
    assert_int_equal(r->when->kind, DY_COND_EQUALS);
    assert_string_equal(r->when->var, "ENVIRONMENT");
    assert_int_equal(r->when->nvalues, 1);
    assert_string_equal(r->when->values[0], "production");

    static const struct { const char *id, *key, *equals; int is; } launch_rules[] = {
        {"launch-requires-production", "ENVIRONMENT", "production", -1},
        {"launch-requires-security-headers", "SECURITY_HEADERS_ENABLED", NULL, 1},
        {"launch-disables-demo-seed", "DEMO_SEED_ENABLED", NULL, 0},
        {"launch-disables-demo-data", "DEMO_DATA_ENABLED", NULL, 0},
        {"launch-requires-strict-billing", "BILLING_ENFORCEMENT", "strict", -1}};
    for (size_t i = 0; i < sizeof launch_rules / sizeof launch_rules[0]; i++) {
        r = find_rule(p, launch_rules[i].id);
        assert_non_null(r);
        assert_string_equal(r->key, launch_rules[i].key);
        assert_non_null(r->when);
        assert_int_equal(r->when->kind, DY_COND_FLAG);
        assert_int_equal(r->when->flag, launch);
        assert_int_equal(r->checks.expect_bool, launch_rules[i].is);
        if (launch_rules[i].equals)
            assert_string_equal(r->checks.equals, launch_rules[i].equals);
        else
            assert_null(r->checks.equals);
        assert_int_equal(r->severity, DAYONE_SEVERITY_ERROR);
        assert_non_null(r->hint);
    }

    r = find_rule(p, "billing-enforcement-valid");
    assert_non_null(r);
    assert_null(r->when);
    assert_int_equal(r->checks.required, 0);
    assert_int_equal(r->checks.format, DY_FMT_ENUM);
    assert_int_equal(r->checks.nvalues, 3);
    assert_string_equal(r->checks.values[0], "strict");
    assert_string_equal(r->checks.values[1], "soft");
    assert_string_equal(r->checks.values[2], "off");
    /* SSO_PROTOCOL: checked only with SSO on, and only when set (unset = oidc) */
    r = find_rule(p, "sso-protocol-valid");
    assert_non_null(r);
    assert_string_equal(r->key, "SSO_PROTOCOL");
    assert_non_null(r->when);
    assert_int_equal(r->when->kind, DY_COND_FLAG);
    assert_int_equal(r->when->flag, dy_policy_find_flag(p, "sso"));
    assert_int_equal(r->checks.required, 0);
    assert_int_equal(r->checks.format, DY_FMT_ENUM);
    assert_int_equal(r->checks.nvalues, 2);
    assert_string_equal(r->checks.values[0], "oidc");
    assert_string_equal(r->checks.values[1], "saml");
    /* posture comes first, then secrets, each in file order; the start-up
     * posture is the playbook's eight launch rules (other profiles' rules
     * sit beside them) */
    assert_string_equal(p->rules[0].id, "production-requires-launch-mode");
    size_t first_secret = 0, startup_posture = 0;
    while (first_secret < p->nrules && !p->rules[first_secret].secret) {
        startup_posture += (p->rules[first_secret].profiles & (1u << DY_PROFILE_STARTUP)) != 0;
        first_secret++;
    }
    assert_int_equal(startup_posture, 8);
    assert_true(first_secret < p->nrules);
    assert_string_equal(p->rules[first_secret].key, "SECRET_KEY");
    dayone_policy_free(p);
}

/* The incident and drill rules belong to the incident profile alone: a
 * start-up, deploy or daily check never evaluates them. */
static void test_default_incident_rules(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    size_t incident = SIZE_MAX, n = 0;
    for (size_t i = 0; i < p->nprofiles; i++)
        if (strcmp(p->profiles[i], "incident") == 0)
            incident = i;
    assert_true(incident < 32);
    for (size_t i = 0; i < p->nrules; i++) {
        const dy_rule *r = &p->rules[i];
        if (strncmp(r->id, "incident-", 9) != 0 && strncmp(r->id, "drill-", 6) != 0)
            continue;
        n++;
        assert_int_equal(r->profiles, 1u << incident);
        assert_true(r->fact_rule);
    }
    assert_true(n >= 15);
    /* the cadence and the report deadline are policy data */
    const dy_rule *gaps = find_rule(p, "incident-update-gaps");
    assert_non_null(gaps);
    assert_non_null(gaps->checks.sequence);
    assert_string_equal(gaps->checks.sequence->intervals.limits.max_text, "60m");
    assert_string_equal(gaps->checks.sequence->intervals.limits.warn_text, "30m");
    const dy_rule *report = find_rule(p, "incident-report-due");
    assert_non_null(report);
    assert_string_equal(report->checks.sequence->deadline.within_text, "48h");
    assert_string_equal(report->checks.sequence->deadline.warn_text, "12h");
    assert_int_equal(report->checks.required, 0);
    dayone_policy_free(p);
}

/* The daily rules belong to the daily profile alone: a start-up check never
 * evaluates them, and each carries its advice. */
static void test_default_daily_rules(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    uint32_t daily = 0;
    for (size_t i = 0; i < p->nprofiles; i++)
        if (strcmp(p->profiles[i], "daily") == 0)
            daily = 1u << i;
    assert_int_not_equal(daily, 0);
    size_t n = 0;
    for (size_t i = 0; i < p->nrules; i++) {
        const dy_rule *r = &p->rules[i];
        if (strncmp(r->id, "daily-", 6) != 0)
            continue;
        n++;
        assert_false(r->secret);
        assert_int_equal(r->profiles, daily);
        assert_true(r->fact_rule);
        assert_non_null(r->hint);
    }
    assert_int_equal(n, 21);
    dayone_policy_free(p);
}

static void test_default_secrets(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    /* sso: the flag and a protocol, "oidc" (SSO_PROTOCOL unset or oidc) or "saml" */
    static const struct { const char *key, *flag, *sso; dy_format fmt; size_t min_len; } s[] = {
        {"SECRET_KEY", NULL, NULL, DY_FMT_NONE, 32},
        {"DATABASE_URL", NULL, NULL, DY_FMT_DATABASE_URL, 0},
        {"INTEGRATION_ENCRYPTION_KEY", NULL, NULL, DY_FMT_KEY, 0},
        {"STRIPE_SECRET_KEY", "billing", NULL, DY_FMT_STRIPE_SECRET_KEY, 0},
        {"STRIPE_WEBHOOK_SECRET", "billing", NULL, DY_FMT_STRIPE_WEBHOOK_SECRET, 0},
        {"ZERO_TRUST_API_KEY", "zero_trust", NULL, DY_FMT_NONE, 32},
        {"SSO_CLIENT_ID", NULL, "oidc", DY_FMT_NONE, 0},
        {"SSO_CLIENT_SECRET", NULL, "oidc", DY_FMT_NONE, 32},
        {"SSO_ISSUER_URL", NULL, "oidc", DY_FMT_URL, 0},
        {"SSO_SAML_IDP_METADATA_URL", NULL, "saml", DY_FMT_URL, 0},
        {"SSO_SAML_SP_PRIVATE_KEY", NULL, "saml", DY_FMT_PEM_PRIVATE_KEY, 0},
        {"SSO_SAML_SP_CERTIFICATE", NULL, "saml", DY_FMT_PEM_CERTIFICATE, 0}};
    size_t nsecrets = 0;
    for (size_t i = 0; i < p->nrules; i++)
        nsecrets += p->rules[i].secret;
    assert_int_equal(nsecrets, sizeof s / sizeof s[0]);
    for (size_t i = 0; i < sizeof s / sizeof s[0]; i++) {
        const dy_rule *r = find_secret(p, s[i].key);
        assert_non_null(r);
        assert_int_equal(r->checks.required, 1);
        assert_int_equal(r->checks.reject_placeholders, 1);
        assert_int_equal(r->checks.expect_bool, -1);
        assert_int_equal(r->checks.format, s[i].fmt);
        assert_int_equal(r->checks.min_length, s[i].min_len);
        if (s[i].flag) {
            assert_non_null(r->when);
            assert_int_equal(r->when->kind, DY_COND_FLAG);
            assert_int_equal(r->when->flag, dy_policy_find_flag(p, s[i].flag));
        } else if (s[i].sso) {
            /* {all: [{flag: sso}, <protocol>]} */
            assert_non_null(r->when);
            assert_int_equal(r->when->kind, DY_COND_ALL);
            assert_int_equal(r->when->nchildren, 2);
            assert_int_equal(r->when->children[0].kind, DY_COND_FLAG);
            assert_int_equal(r->when->children[0].flag, dy_policy_find_flag(p, "sso"));
            const dy_cond *proto = &r->when->children[1];
            if (strcmp(s[i].sso, "saml") == 0) {
                assert_int_equal(proto->kind, DY_COND_EQUALS);
                assert_string_equal(proto->var, "SSO_PROTOCOL");
                assert_string_equal(proto->values[0], "saml");
            } else {   /* {any: [{var: SSO_PROTOCOL, set: false}, {..., equals: oidc}]} */
                assert_int_equal(proto->kind, DY_COND_ANY);
                assert_int_equal(proto->nchildren, 2);
                assert_int_equal(proto->children[0].kind, DY_COND_SET);
                assert_string_equal(proto->children[0].var, "SSO_PROTOCOL");
                assert_int_equal(proto->children[0].set_expected, 0);
                assert_int_equal(proto->children[1].kind, DY_COND_EQUALS);
                assert_string_equal(proto->children[1].var, "SSO_PROTOCOL");
                assert_string_equal(proto->children[1].values[0], "oidc");
            }
        } else {
            assert_null(r->when);
        }
    }
    const dy_rule *md = find_secret(p, "SSO_SAML_IDP_METADATA_URL");
    assert_int_equal(md->checks.nschemes, 1);
    assert_string_equal(md->checks.schemes[0], "https");
    assert_true(find_secret(p, "SECRET_KEY")->checks.min_entropy_bits >= 64);
    assert_int_equal(find_secret(p, "INTEGRATION_ENCRYPTION_KEY")->checks.decoded_bytes, 32);
    assert_int_equal(find_secret(p, "STRIPE_SECRET_KEY")->checks.stripe_mode, 1);
    const dy_rule *iss = find_secret(p, "SSO_ISSUER_URL");
    assert_int_equal(iss->checks.nschemes, 1);
    assert_string_equal(iss->checks.schemes[0], "https");

    assert_int_equal(p->ndistinct, 1);
    assert_string_equal(p->distinct[0].id, "secrets-distinct");
    assert_int_equal(p->distinct[0].nkeys, 2);
    assert_string_equal(p->distinct[0].keys[0], "SECRET_KEY");
    assert_string_equal(p->distinct[0].keys[1], "INTEGRATION_ENCRYPTION_KEY");
    assert_int_equal(p->enforcement_default, DAYONE_ENFORCEMENT_STRICT);
    assert_string_equal(p->enforcement_env, "BILLING_ENFORCEMENT");
    assert_int_equal(p->nwaivers, 0);
    dayone_policy_free(p);
}

static void test_default_plans(void **state)
{
    (void)state;
    static const char *const names[] = {"free", "pro", "business", "enterprise"};
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    assert_int_equal(dayone_policy_plan_count(p), 4);
    for (size_t i = 0; i < 4; i++)
        assert_string_equal(dayone_policy_plan_name(p, i), names[i]);
    assert_null(dayone_policy_plan_name(p, 4));

    size_t ingest = dy_policy_find_limit(p, "ingest"), api = dy_policy_find_limit(p, "api");
    size_t events = SIZE_MAX;
    for (size_t i = 0; i < p->nquota_names; i++)
        if (strcmp(p->quota_names[i], "monthly_events") == 0)
            events = i;
    assert_true(ingest != SIZE_MAX && api != SIZE_MAX && events != SIZE_MAX);

    /* free: 600 rpm burst 100, 100k events/month */
    const dy_plan_limit *l = dy_plan_get_limit(&p->plans[0], ingest);
    assert_non_null(l);
    assert_int_equal(l->rate_count, 600);
    assert_int_equal(l->rate_period_ns, INT64_C(60000000000));
    assert_int_equal(l->emission_ns, INT64_C(100000000));
    assert_int_equal(l->burst, 100);
    assert_int_equal(dy_plan_quota_amount(&p->plans[0], events), 100000);

    int64_t prev_rate = 0, prev_quota = 0;
    size_t prev_features = 0;
    for (size_t i = 0; i < 4; i++) {
        const dy_plan *pl = &p->plans[i];
        l = dy_plan_get_limit(pl, ingest);
        assert_non_null(l);
        assert_non_null(dy_plan_get_limit(pl, api));
        assert_int_equal(l->quota, events);         /* every ingest limit counts events */
        assert_true(l->rate_count > prev_rate);     /* cheapest first */
        assert_true(dy_plan_quota_amount(pl, events) > prev_quota);
        assert_true(pl->nfeatures >= prev_features);
        if (i > 0)                                  /* features only ever added */
            for (size_t f = 0; f < p->plans[i - 1].nfeatures; f++)
                assert_true(dy_plan_has_feature(pl, p->plans[i - 1].features[f]));
        prev_rate = l->rate_count;
        prev_quota = dy_plan_quota_amount(pl, events);
        prev_features = pl->nfeatures;
    }
    static const char *const feats[] = {"exports", "audit_log", "sso", "zero_trust",
                                        "support_view_as"};
    for (size_t f = 0; f < 5; f++) {
        size_t idx = dy_policy_find_feature(p, feats[f]);
        assert_true(idx != SIZE_MAX);
        assert_false(dy_plan_has_feature(&p->plans[0], idx));
        assert_true(dy_plan_has_feature(&p->plans[3], idx));
    }
    dayone_policy_free(p);
}

static void test_default_source(void **state)
{
    (void)state;
    const char *src = dayone_policy_default_source();
    assert_non_null(src);
    assert_non_null(strstr(src, "version: 1"));
    size_t len = 0;
    char *file = tu_read_file(tu_src("libdayone/default-policy.yaml"), &len);
    assert_non_null(file);
    assert_int_equal(strlen(src), len);
    assert_memory_equal(src, file, len);
    free(file);
}

/* ---- samples in tests/policies ---------------------------------------------- */

static void test_good_samples(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    char path[1024];
    snprintf(path, sizeof path, "%s", tu_src("tests/policies/good/every-key.yaml"));
    assert_int_equal(dayone_policy_load_file(&p, path, &err), DAYONE_OK);
    assert_string_equal(dayone_policy_name(p), path);
    assert_int_equal(p->enforcement_default, DAYONE_ENFORCEMENT_SOFT);
    assert_int_equal(p->nwaivers, 2);
    assert_int_equal(p->waivers[0].expires_day, dy_parse_date("2026-12-31"));
    assert_string_equal(p->waivers[0].expires_text, "2026-12-31");
    assert_int_equal(p->ndistinct, 2);
    assert_string_equal(p->distinct[1].id, "secrets-distinct");
    const dy_rule *port = find_rule(p, "port-valid");
    assert_int_equal(port->severity, DAYONE_SEVERITY_WARNING);
    assert_string_equal(port->message, "PORT is not a TCP port");
    const dy_rule *w = find_rule(p, "workers-range");
    assert_true(w->checks.has_min && w->checks.has_max);
    assert_int_equal(w->checks.int_min, 1);
    assert_int_equal(w->checks.int_max, 64);
    const dy_rule *region = find_rule(p, "region-known");
    assert_int_equal(region->when->kind, DY_COND_ANY);
    assert_int_equal(region->when->nchildren, 2);
    assert_int_equal(region->when->children[0].kind, DY_COND_IN);
    assert_int_equal(region->when->children[0].nvalues, 2);
    assert_int_equal(region->when->children[1].kind, DY_COND_NOT);
    assert_int_equal(region->when->children[1].children[0].kind, DY_COND_FLAG);
    const dy_rule *dbg = find_rule(p, "debug-off");
    assert_int_equal(dbg->when->kind, DY_COND_ALL);
    assert_int_equal(dbg->when->children[1].kind, DY_COND_SET);
    assert_int_equal(dbg->when->children[1].set_expected, 1);
    const dy_rule *sig = find_secret(p, "SIGNING_KEY");
    assert_non_null(sig->checks.pattern);
    assert_string_equal(sig->checks.pattern_src, "^[0-9a-f]+$");
    const dy_rule *cb = find_secret(p, "CALLBACK_URL");
    assert_int_equal(cb->checks.required, 0);
    const dy_rule *cache = find_secret(p, "CACHE_URL");
    assert_int_equal(cache->checks.format, DY_FMT_DATABASE_URL);
    assert_int_equal(cache->checks.nschemes, 2);
    assert_string_equal(cache->checks.schemes[1], "rediss");
    const dy_rule *lvl = find_secret(p, "LOG_LEVEL");
    assert_int_equal(lvl->checks.reject_placeholders, 0);
    assert_int_equal(lvl->checks.nvalues, 4);
    /* rph 7: 3600 s / 7, integer nanoseconds */
    size_t reports = dy_policy_find_limit(p, "reports");
    const dy_plan_limit *l = dy_plan_get_limit(&p->plans[0], reports);
    assert_int_equal(l->emission_ns, INT64_C(3600000000000) / 7);
    assert_int_equal(l->burst, 1);
    assert_int_equal(l->on_failure, DY_ON_FAILURE_CLOSED);
    assert_int_equal(l->quota, SIZE_MAX);
    assert_int_equal(l->kind, DY_LIMIT_RATE);
    l = dy_plan_get_limit(&p->plans[1], reports); /* reports: none */
    assert_non_null(l);
    assert_int_equal(l->kind, DY_LIMIT_NONE);
    /* features: catalogue first, then the union in plan order */
    assert_int_equal(p->nfeature_names, 3);
    assert_string_equal(p->feature_names[2], "webhooks");
    assert_int_equal(p->nquota_names, 2);
    assert_int_equal(dy_plan_quota_amount(&p->plans[0], 1), -1);  /* seats: hobby has none */
    assert_int_equal(dy_plan_quota_amount(&p->plans[1], 1), 10);
    dayone_policy_free(p);

    assert_int_equal(dayone_policy_load_file(&p, tu_src("tests/policies/good/minimal.yaml"), &err),
                     DAYONE_OK);
    assert_int_equal(p->nrules, 0);
    assert_int_equal(p->enforcement_default, DAYONE_ENFORCEMENT_STRICT);
    assert_null(p->enforcement_env);
    dayone_policy_free(p);
}

static void test_bad_samples(void **state)
{
    (void)state;
    static const struct { const char *file; int code; unsigned line, col; const char *msg; } t[] = {
        {"unknown-key.yaml", DAYONE_EPOLICY, 4, 5,
         "unknown key 'min_lenght' in secret (expected one of: key, when, profiles, min_length,"},
        {"wrong-type.yaml", DAYONE_EPOLICY, 4, 17, "min_length must be an integer"},
        {"duplicate-key.yaml", DAYONE_EPOLICY, 4, 3, "duplicate key 'billing'"},
        {"undefined-flag.yaml", DAYONE_EPOLICY, 6, 18, "undefined flag 'biling'"},
        {"unknown-format.yaml", DAYONE_EPOLICY, 4, 13, "unknown format 'postgres_url'"},
        {"bad-regex.yaml", DAYONE_EPOLICY, 4, 14, "pattern does not compile"},
        {"limit-no-rate.yaml", DAYONE_EPOLICY, 5, 15, "one of rpm, rps, rph"},
        {"burst-zero.yaml", DAYONE_EPOLICY, 5, 33, "burst must be between 1"},
        {"undefined-quota.yaml", DAYONE_EPOLICY, 5, 33, "undefined quota 'monthly_event'"},
        {"plan-missing-limit.yaml", DAYONE_EPOLICY, 8, 5,
         "plan 'pro' does not define limit 'ingest' that plan 'free' defines"},
        {"limit-bad-word.yaml", DAYONE_EPOLICY, 5, 15, "or unlimited, or none"},
        {"version-2.yaml", DAYONE_EPOLICY, 1, 10, "unsupported policy version 2"},
        {"missing-version.yaml", DAYONE_EPOLICY, 1, 1, "missing required key 'version'"},
        {"missing-key.yaml", DAYONE_EPOLICY, 3, 5, "missing required key 'key' in posture rule"},
        {"alias.yaml", DAYONE_EPOLICY, 3, 12, "anchors and aliases are not allowed"},
        {"syntax.yaml", DAYONE_EPOLICY, 3, 3,
         "YAML syntax error while parsing a block collection (started here; "
         "parsing failed at 4:4: did not find expected '-' indicator)"},
        {"not-utf8.yaml", DAYONE_EPOLICY, 3, 6, "UTF-8"},
        {"support-bad-ticket.yaml", DAYONE_EPOLICY, 3, 11, "ticket pattern does not compile"},
        {"support-unknown-action.yaml", DAYONE_EPOLICY, 4, 34, "unknown action 'impersonate'"},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        char rel[256], path[1024];
        snprintf(rel, sizeof rel, "tests/policies/bad/%s", t[i].file);
        snprintf(path, sizeof path, "%s", tu_src(rel));
        dayone_policy *p = NULL;
        dayone_error err;
        dayone_error_clear(&err);
        int rc = dayone_policy_load_file(&p, path, &err);
        if (rc != t[i].code || err.line != t[i].line || err.column != t[i].col ||
            !strstr(err.message, t[i].msg))
            print_error("%s: got %s at %u:%u: %s\n", t[i].file, dayone_status_name(rc),
                        err.line, err.column, err.message);
        assert_int_equal(rc, t[i].code);
        assert_null(p);
        assert_string_equal(err.path, path);
        assert_int_equal(err.line, t[i].line);
        assert_int_equal(err.column, t[i].col);
        assert_non_null(strstr(err.message, t[i].msg));
    }
}

/* ---- strictness, inline -------------------------------------------------- */

static void test_strict_types(void **state)
{
    (void)state;
    expect_error("version: 1\nsecrets:\n  - key: X\n    placeholders: \"true\"\n",
                 DAYONE_EPOLICY, 4, 19, "placeholders must be a boolean");
    expect_error("version: 1\nsecrets:\n  - key: X\n    schemes: https\n    format: url\n",
                 DAYONE_EPOLICY, 4, 14, "schemes must be a sequence");
    expect_error("version: 1\nsecrets: {key: X}\n", DAYONE_EPOLICY, 2, 10,
                 "secrets must be a sequence, not a mapping");
    expect_error("version: 1\nflags:\n  billing: BILLING_ENABLED\n", DAYONE_EPOLICY, 3, 12,
                 "a flag must be a mapping");
    expect_error("version: 1\nflags:\n  billing: {env: BILLING-ENABLED}\n", DAYONE_EPOLICY, 3,
                 18, "environment variable name");
    expect_error("version: 1\nsecrets:\n  - key: X\n    min_entropy: lots\n", DAYONE_EPOLICY,
                 4, 18, "min_entropy must be a number");
    expect_error("version: one\n", DAYONE_EPOLICY, 1, 10, "version must be an integer");
    expect_error("version: 1\nsecrets:\n  - key: X\n    hint:\n", DAYONE_EPOLICY, 4, 10,
                 "hint must be a string");
    expect_error("version: 1\nplans:\n  - name: a\n    quotas: {events: -1}\n", DAYONE_EPOLICY,
                 4, 22, "a quota must be between 0");
    expect_error("version: 1\nverison: 1\n", DAYONE_EPOLICY, 2, 1, "unknown key 'verison' in policy");
    expect_error("version: 1\nposture:\n  - id: a\n    key: A\n    is: true\n    colour: red\n",
                 DAYONE_EPOLICY, 6, 5, "unknown key 'colour' in posture rule");
    expect_error("version: 1\nplans:\n  - name: a\n    limits:\n      api: {rpm: 1, brust: 2}\n",
                 DAYONE_EPOLICY, 5, 21, "unknown key 'brust' in limit");
    expect_error("version: 1\n{a: 1}: x\n", DAYONE_EPOLICY, 2, 1, "mapping keys must be strings");
}

static void test_strict_semantics(void **state)
{
    (void)state;
    expect_error("version: 1\nposture:\n  - key: A\n    is: true\n", DAYONE_EPOLICY, 3, 5,
                 "missing required key 'id' in posture rule");
    expect_error("version: 1\nposture:\n  - {id: a, key: A}\n", DAYONE_EPOLICY, 3, 5,
                 "checks nothing");
    expect_error("version: 1\nposture:\n  - {id: a, key: A, is: true}\n  - {id: a, key: B, is: true}\n",
                 DAYONE_EPOLICY, 4, 10, "duplicate rule id 'a'");
    expect_error("version: 1\nposture:\n  - {id: secret-format, key: A, is: true}\n",
                 DAYONE_EPOLICY, 3, 10, "reserved");
    expect_error("version: 1\nposture:\n  - {id: a, key: A, severity: fatal, is: true}\n",
                 DAYONE_EPOLICY, 3, 31, "severity must be error or warning");
    /* columns count characters: the two-byte u-umlaut is one column */
    expect_error("version: 1\nposture:\n  - {id: \"\xc3\xbc\", key: A, severity: fatal, is: true}\n",
                 DAYONE_EPOLICY, 3, 33, "severity must be error or warning");
    expect_error("version: 1\nposture:\n  - {id: a, key: A, equals: x, is: true}\n",
                 DAYONE_EPOLICY, 3, 36, "is cannot be combined");
    expect_error("version: 1\nsecrets:\n  - {key: A, format: enum}\n", DAYONE_EPOLICY, 3, 22,
                 "format: enum needs values");
    expect_error("version: 1\nsecrets:\n  - {key: A, values: [a, b]}\n", DAYONE_EPOLICY, 3, 22,
                 "values only applies with format: enum");
    expect_error("version: 1\nsecrets:\n  - {key: A, decoded_bytes: 32}\n", DAYONE_EPOLICY, 3,
                 29, "decoded_bytes only applies");
    expect_error("version: 1\nsecrets:\n  - {key: A, min_length: 10, max_length: 5}\n",
                 DAYONE_EPOLICY, 3, 42, "max_length is smaller than min_length");
    expect_error("version: 1\nsecrets:\n  - {key: A, format: port, max: 1024}\n",
                 DAYONE_EPOLICY, 3, 33, "max only applies with format: integer");
    expect_error("version: 1\nsecrets:\n  - {key: A, format: uuid, schemes: [https]}\n",
                 DAYONE_EPOLICY, 3, 37, "schemes only applies with format: url or database_url");
    expect_error("version: 1\nsecrets:\n  - {key: A, stripe_mode: true}\n", DAYONE_EPOLICY, 3,
                 27, "stripe_mode only applies");
    expect_error("version: 1\nsecrets:\n  - {key: A, when: {var: B, equals: x, in: [y]}}\n",
                 DAYONE_EPOLICY, 3, 20, "exactly one of: equals, in, set");
    expect_error("version: 1\nsecrets:\n  - {key: A, when: {}}\n", DAYONE_EPOLICY, 3, 20,
                 "exactly one of: flag, var, all, any, not");
    expect_error("version: 1\nsecrets:\n  - {key: A, when: {all: []}}\n", DAYONE_EPOLICY, 3, 26,
                 "all needs at least one condition");
    expect_error("version: 1\nsecrets:\n  - {key: A, when: {not: {flag: x}}}\n", DAYONE_EPOLICY,
                 3, 33, "undefined flag 'x' (defined flags: none)");
    /* The lists in messages: every name, comma-separated, in policy order. */
    expect_error("version: 1\nflags:\n  b1: {env: B1}\n  b-2: {env: B2}\nsecrets:\n"
                 "  - {key: A, when: {flag: x}}\n",
                 DAYONE_EPOLICY, 6, 27, "undefined flag 'x' (defined flags: b1, b-2)");
    expect_error("version: 1\nsecrets:\n  - {key: A, format: nope}\n", DAYONE_EPOLICY, 3, 22,
                 "unknown format 'nope' (expected one of: url, database_url, base64, base64url, "
                 "hex, key, stripe_secret_key, stripe_webhook_secret, uuid, integer, port, enum, "
                 "boolean, pem_private_key, pem_certificate, timestamp, duration, number, "
                 "percent)");
    expect_error("version: 1\nsecrets:\n  - {key: A, when: {flag: x, not: {flag: x}}}\n",
                 DAYONE_EPOLICY, 3, 20, "exactly one of");
    expect_error("version: 1\ndistinct:\n  - {keys: [A]}\n", DAYONE_EPOLICY, 3, 12,
                 "at least two keys");
    expect_error("version: 1\ndistinct:\n  - [A, B, A]\n", DAYONE_EPOLICY, 3, 12, "listed twice");
    expect_error("version: 1\nwaivers:\n  - {rule: nope, key: A, reason: r, expires: 2026-01-01}\n",
                 DAYONE_EPOLICY, 3, 12, "waiver for unknown rule 'nope'");
    expect_error("version: 1\nwaivers:\n  - {rule: secret-format, key: A, reason: r, expires: 2026-02-30}\n",
                 DAYONE_EPOLICY, 3, 55, "expires must be a date");
    expect_error("version: 1\nwaivers:\n  - {rule: secret-format, key: A, expires: 2026-02-01}\n",
                 DAYONE_EPOLICY, 3, 5, "missing required key 'reason' in waiver");
    expect_error("version: 1\nbilling: {enforcement: lax}\n", DAYONE_EPOLICY, 2, 24,
                 "enforcement must be strict, soft or off");
    expect_error("version: 1\nplans:\n  - name: a\n  - name: a\n", DAYONE_EPOLICY, 4, 11,
                 "duplicate plan 'a'");
    expect_error("version: 1\nplans:\n  - name: a\n    limits:\n      api: {rpm: 1, rps: 1}\n",
                 DAYONE_EPOLICY, 5, 26, "only one of rpm, rps, rph");
    expect_error("version: 1\nplans:\n  - name: a\n    limits:\n      api: {rpm: 1, on_backend_failure: maybe}\n",
                 DAYONE_EPOLICY, 5, 41, "on_backend_failure must be");
    expect_error("version: 1\nplans:\n  - name: a\n    limits:\n      api: {rph: 1, burst: 1000000000}\n",
                 DAYONE_EPOLICY, 5, 28, "burst is too large");
    expect_error("version: 1\nplans:\n  - name: a\n    features: [x, x]\n", DAYONE_EPOLICY, 4, 19,
                 "listed twice");
    expect_error("version: 1\nfeatures: [x, x]\n", DAYONE_EPOLICY, 2, 15, "listed twice");
}

static void test_yaml_level_errors(void **state)
{
    (void)state;
    expect_error("version: 1\nflags:\n  a: &x {env: A}\n  b: *x\n", DAYONE_EPOLICY, 3, 6,
                 "anchors and aliases are not allowed");
    /* an alias without any anchor is refused too (never resolved) */
    expect_error("version: 1\nflags: *nothing\n", DAYONE_EPOLICY, 2, 8, "aliases are not allowed");
    /* the classic billion laughs is refused at its first anchor */
    expect_error("a: &a [\"lol\",\"lol\"]\nb: &b [*a,*a,*a]\nc: [*b,*b,*b]\n", DAYONE_EPOLICY,
                 1, 4, "anchors and aliases");
    expect_error("version: !!int 1\n", DAYONE_EPOLICY, 1, 10, "explicit YAML tags");
    expect_error("version: 1\n---\nversion: 1\n", DAYONE_EPOLICY, 2, 1, "exactly one YAML document");
    expect_error("", DAYONE_EPOLICY, 1, 1, "the policy is empty");
    expect_error("# only a comment\n", DAYONE_EPOLICY, 1, 1, "the policy is empty");
    expect_error("- version: 1\n", DAYONE_EPOLICY, 1, 1, "the policy must be a mapping");
    expect_error("version: 1\nflags: [\n", DAYONE_EPOLICY, 2, 8, "YAML syntax error");
    expect_error("version: 1\nflags:\n  a: {env: \"A\\0B\"}\n", DAYONE_EPOLICY, 3, 12,
                 "may not contain NUL");
    expect_error("version: 1\n\xff\n", DAYONE_EPOLICY, 2, 1, "UTF-8");
    /* UTF-16 is not accepted: the policy must be UTF-8 */
    expect_error_buf("\xff\xfev\0:\0 \0001\0\n\0", 12, DAYONE_EPOLICY, 1, 1, "UTF-8");
    /* a UTF-8 byte order mark is fine */
    dayone_policy *p = load_ok("\xef\xbb\xbfversion: 1\n");
    dayone_policy_free(p);
}

/* A syntax error names where the broken construct began (the error's place)
 * and where parsing failed (in the message): for an unclosed bracket or quote
 * libyaml fails only at the end of the file. Loaded from a string and from a
 * file, the error is the same. */
static void expect_syntax_error(const char *yaml, unsigned line, unsigned column,
                                const char *message)
{
    expect_error(yaml, DAYONE_EPOLICY, line, column, message);
    dayone_error err;
    dayone_error_clear(&err);
    dayone_policy *p = NULL;
    dayone_policy_load_string(&p, yaml, strlen(yaml), "t.yaml", &err);
    assert_string_equal(err.message, message);

    char path[] = "/tmp/dayone-syntax-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, yaml, strlen(yaml)), (ssize_t)strlen(yaml));
    close(fd);
    dayone_error_clear(&err);
    int rc = dayone_policy_load_file(&p, path, &err);
    unlink(path);
    assert_int_equal(rc, DAYONE_EPOLICY);
    assert_null(p);
    assert_string_equal(err.path, path);
    assert_int_equal(err.line, line);
    assert_int_equal(err.column, column);
    assert_string_equal(err.message, message);
}

static void test_yaml_syntax_errors_name_both_places(void **state)
{
    (void)state;
    /* unclosed '[': libyaml names the '[' itself */
    expect_syntax_error("version: 1\nflags: [a, b\nposture: []\n", 2, 8,
                        "YAML syntax error while parsing a flow sequence (opened here; "
                        "parsing failed at 3:8: did not find expected ',' or ']')");
    /* unclosed '[' at the end of the file: libyaml names only the end; the
     * loader knows which bracket was still open */
    expect_syntax_error("version: 1\nsecrets:\n  - key: A\n    values: [\n\n# end\n", 4, 13,
                        "YAML syntax error while parsing a flow sequence (opened here; "
                        "parsing failed at 7:1: did not find expected node content)");
    /* ... the innermost one that is still open, not one already closed */
    expect_syntax_error("version: 1\nflags: [{a: 1}, [b], {c: \n", 2, 22,
                        "YAML syntax error while parsing a flow mapping (opened here; "
                        "parsing failed at 3:1: did not find expected node content)");
    /* unclosed '{' */
    expect_syntax_error("version: 1\nflags: {billing: {env: BILLING_ENABLED}\n\n\nsecrets: []\n",
                        2, 8,
                        "YAML syntax error while parsing a flow mapping (opened here; "
                        "parsing failed at 5:1: did not find expected ',' or '}')");
    /* unclosed double and single quotes */
    expect_syntax_error("version: 1\nposture:\n  - id: \"r1\n    key: A\n", 3, 9,
                        "YAML syntax error while scanning a quoted scalar (opened here; "
                        "parsing failed at 5:1: found unexpected end of stream)");
    expect_syntax_error("version: 1\nposture:\n  - id: ok\n    hint: 'it''s\n", 4, 11,
                        "YAML syntax error while scanning a quoted scalar (opened here; "
                        "parsing failed at 5:1: found unexpected end of stream)");
    /* bad indentation: a key one column left of its siblings */
    expect_syntax_error("version: 1\nsecrets:\n  - key: SECRET_KEY\n   min_length: 32\n", 3, 3,
                        "YAML syntax error while parsing a block collection (started here; "
                        "parsing failed at 4:4: did not find expected '-' indicator)");
    expect_syntax_error("version: 1\nbilling:\n  enforcement: strict\n env: X\n", 1, 1,
                        "YAML syntax error while parsing a block mapping (started here; "
                        "parsing failed at 4:2: did not find expected key)");
    /* one place only: where it starts is where it fails */
    expect_syntax_error("version: 1\nflags:\n\tbilling: {env: BILLING_ENABLED}\n", 3, 1,
                        "YAML syntax error: while scanning for the next token found "
                        "character that cannot start any token");
    expect_syntax_error("version: 1\nflags: [a, @b]\n", 2, 12,
                        "YAML syntax error: while scanning for the next token found "
                        "character that cannot start any token");
    expect_syntax_error("version: b: c\n", 1, 11,
                        "YAML syntax error: mapping values are not allowed in this context");
    /* columns count characters, not bytes */
    expect_syntax_error("version: 1\nflags: [\"\xc3\xa9\", [\n", 2, 14,
                        "YAML syntax error while parsing a flow sequence (opened here; "
                        "parsing failed at 3:1: did not find expected node content)");
}

/* ---- limits ------------------------------------------------------------------- */

static char *nested(unsigned levels)
{
    /* version: 1\nflags: [[[...]]] with `levels` sequences under the root */
    size_t n = 20 + 2 * (size_t)levels;
    char *s = malloc(n);
    assert_non_null(s);
    size_t at = (size_t)sprintf(s, "version: 1\nflags: ");
    memset(s + at, '[', levels);
    memset(s + at + levels, ']', levels);
    s[at + 2 * levels] = '\n';
    s[at + 2 * levels + 1] = '\0';
    return s;
}

static void test_depth_limit(void **state)
{
    (void)state;
    /* 10,000 levels: refused at the 65th level (root mapping is level 1), column 8 + 63 */
    char *s = nested(10000);
    expect_error(s, DAYONE_ELIMIT, 2, 8 + 63, "64-level limit");
    free(s);
    s = nested(64);
    expect_error(s, DAYONE_ELIMIT, 2, 8 + 63, "64-level limit");
    free(s);
    /* 63 nested sequences + the root mapping = 64 levels: parses, then fails
     * only because flags must be a mapping */
    s = nested(63);
    expect_error(s, DAYONE_EPOLICY, 2, 8, "flags must be a mapping");
    free(s);
}

static void test_size_limit(void **state)
{
    (void)state;
    const size_t max = 1024 * 1024;
    char *s = malloc(max + 2);
    assert_non_null(s);
    memset(s, ' ', max + 1);
    memcpy(s, "version: 1\n#", 12);
    s[max - 1] = '\n';
    s[max] = '#';
    s[max + 1] = '\0';
    /* exactly 1 MiB loads */
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_string(&p, s, max, "big", NULL), DAYONE_OK);
    dayone_policy_free(p);
    /* one byte more does not */
    expect_error_buf(s, max + 1, DAYONE_ELIMIT, 0, 0, "1 MiB limit");

    /* the same through a file */
    char path[] = "/tmp/dayone-policy-big-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "wb");
    assert_int_equal(fwrite(s, 1, max + 1, f), max + 1);
    fclose(f);
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_policy_load_file(&p, path, &err), DAYONE_ELIMIT);
    assert_null(p);
    assert_string_equal(err.path, path);
    remove(path);
    free(s);
}

static void test_scalar_limit(void **state)
{
    (void)state;
    const size_t max = 64 * 1024;
    char *s = malloc(max + 100);
    assert_non_null(s);
    for (size_t len = max; len <= max + 1; len++) {
        int at = sprintf(s, "version: 1\nflags:\n  a:\n    env: A\n    description: \"");
        memset(s + at, 'x', len);
        strcpy(s + at + len, "\"\n");
        if (len == max) {
            dayone_policy_free(load_ok(s));
        } else {
            expect_error(s, DAYONE_ELIMIT, 5, 18, "64 KiB limit");
        }
    }
    free(s);
}

static char *many_secrets(size_t n)
{
    char *s = malloc(40 + n * 24);
    assert_non_null(s);
    size_t at = (size_t)sprintf(s, "version: 1\nsecrets:\n");
    for (size_t i = 0; i < n; i++)
        at += (size_t)sprintf(s + at, "  - {key: K%zu}\n", i);
    return s;
}

/* n posture rules, then (if dup) a copy of rule 5's id, and a waiver for the
 * last rule: duplicate ids and waiver lookups stay fast at the limit. */
static char *many_posture(size_t n, int dup)
{
    char *s = malloc(200 + n * 48);
    assert_non_null(s);
    size_t at = (size_t)sprintf(s, "version: 1\nposture:\n");
    for (size_t i = 0; i < n; i++)
        at += (size_t)sprintf(s + at, "  - {id: rule-%zu, key: K%zu, is: true}\n", i, i);
    if (dup)
        at += (size_t)sprintf(s + at, "  - {id: rule-5, key: K, is: true}\n");
    sprintf(s + at, "waivers:\n  - {rule: rule-%zu, key: K, reason: r, expires: 2030-01-01}\n",
            n - 1);
    return s;
}

static void test_rule_limit(void **state)
{
    (void)state;
    char *big = many_posture(9999, 0);
    dayone_policy *pp = load_ok(big);
    assert_int_equal(pp->nrules, 9999);
    assert_string_equal(pp->waivers[0].rule, "rule-9998");
    dayone_policy_free(pp);
    free(big);
    big = many_posture(9999, 1);
    expect_error(big, DAYONE_EPOLICY, 10002, 10, "duplicate rule id 'rule-5' (first at line 8)");
    free(big);

    char *s = many_secrets(10000);
    dayone_policy *p = load_ok(s);
    assert_int_equal(p->nrules, 10000);
    dayone_policy_free(p);
    free(s);
    s = many_secrets(10001);
    expect_error(s, DAYONE_ELIMIT, 3, 3, "more than 10000 rules");
    free(s);
}

/* ---- robustness: truncations and byte mutations of real policies ------------- */

static void check_outcome(const char *buf, size_t len)
{
    dayone_policy *p = (dayone_policy *)0x1;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, buf, len, "m.yaml", &err);
    if (rc == DAYONE_OK) {
        assert_non_null(p);
        dayone_policy_free(p);
        return;
    }
    assert_null(p);
    assert_int_equal(err.code, rc);
    assert_true(rc == DAYONE_EPOLICY || rc == DAYONE_ELIMIT);
    assert_true(err.message[0] != '\0');
    assert_string_equal(err.path, "m.yaml");
    /* every policy error points somewhere in the text */
    assert_true(err.line >= 1 && err.column >= 1);
}

static void test_mutations(void **state)
{
    (void)state;
    const char *srcs[2];
    size_t lens[2];
    char *every = tu_read_file(tu_src("tests/policies/good/every-key.yaml"), &lens[1]);
    assert_non_null(every);
    srcs[0] = dayone_policy_default_source();
    lens[0] = strlen(srcs[0]);
    srcs[1] = every;
    for (int k = 0; k < 2; k++) {
        /* every prefix (step 7 keeps it fast) */
        for (size_t len = 0; len < lens[k]; len += 7)
            check_outcome(srcs[k], len);
        /* seeded byte mutations: random bytes, YAML punctuation, deletions */
        char *buf = malloc(lens[k] + 1);
        assert_non_null(buf);
        unsigned seed = 12345u + (unsigned)k;
        static const char punct[] = "{}[]:,-&*!|>'\"#%@` \n\t\x80\xff";
        for (int round = 0; round < 1500; round++) {
            memcpy(buf, srcs[k], lens[k]);
            size_t len = lens[k];
            for (int m = 0; m < 1 + round % 4; m++) {
                seed = seed * 1103515245u + 12345u;
                size_t at = (seed >> 8) % len;
                seed = seed * 1103515245u + 12345u;
                unsigned r = seed >> 16;
                if (r % 3 == 0)
                    buf[at] = (char)(r >> 3);
                else if (r % 3 == 1)
                    buf[at] = punct[(r >> 3) % (sizeof punct - 1)];
                else {
                    memmove(buf + at, buf + at + 1, len - at - 1);
                    len--;
                }
            }
            check_outcome(buf, len);
        }
        free(buf);
    }
    free(every);
}

/* ---- API edges, lookups, refcount ----------------------------------------------- */

static void test_api_edges(void **state)
{
    (void)state;
    dayone_policy *p = (dayone_policy *)0x1;
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_policy_load_string(NULL, "version: 1", 10, NULL, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_policy_load_string(&p, NULL, 5, NULL, &err), DAYONE_EINVAL);
    assert_null(p);
    assert_int_equal(dayone_policy_load_file(&p, NULL, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_policy_load_file(&p, "/nonexistent/policy.yaml", &err), DAYONE_EIO);
    assert_string_equal(err.path, "/nonexistent/policy.yaml");
    assert_int_equal(dayone_policy_load_file(&p, "/tmp", &err), DAYONE_EIO);
    /* a NULL name reads "<string>"; errors without an err object still return codes */
    assert_int_equal(dayone_policy_load_string(&p, "version: 1", 10, NULL, NULL), DAYONE_OK);
    assert_string_equal(dayone_policy_name(p), "<string>");
    dayone_policy_free(p);
    assert_int_equal(dayone_policy_load_string(&p, "version: 2", 10, NULL, &err), DAYONE_EPOLICY);
    assert_string_equal(err.path, "<string>");
    assert_int_equal(dayone_policy_load_string(&p, "version: 2", 10, NULL, NULL), DAYONE_EPOLICY);
    dayone_policy_free(NULL);
    assert_null(dayone_policy_name(NULL));
    assert_int_equal(dayone_policy_plan_count(NULL), 0);
    assert_null(dayone_policy_plan_name(NULL, 0));
}

static void test_lookups(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    assert_int_equal(dy_policy_find_plan(p, "free"), 0);
    assert_int_equal(dy_policy_find_plan(p, "enterprise"), 3);
    assert_int_equal(dy_policy_find_plan(p, "Free"), SIZE_MAX);
    assert_int_equal(dy_policy_find_plan(p, NULL), SIZE_MAX);
    assert_int_equal(dy_policy_find_limit(p, "ingest"), 0);
    assert_int_equal(dy_policy_find_limit(p, "api"), 1);
    assert_int_equal(dy_policy_find_limit(p, "upload"), SIZE_MAX);
    assert_int_equal(dy_policy_find_feature(p, "teleport"), SIZE_MAX);
    assert_int_equal(dy_policy_find_flag(p, "launch_mode"), 0);
    assert_int_equal(dy_policy_find_flag(p, "LAUNCH_MODE"), SIZE_MAX);
    assert_null(dy_plan_get_limit(&p->plans[0], 99));
    assert_null(dy_plan_get_limit(NULL, 0));
    assert_false(dy_plan_has_feature(&p->plans[0], 0));
    assert_false(dy_plan_has_feature(NULL, 0));
    assert_int_equal(dy_plan_quota_amount(&p->plans[0], 99), -1);
    assert_int_equal(dy_plan_quota_amount(NULL, 0), -1);
    assert_int_equal(dy_policy_find_plan(NULL, "free"), SIZE_MAX);
    dayone_policy_free(p);
}

static void test_refcount(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    assert_int_equal(p->refcount, 1);
    const dayone_policy *held = dy_policy_ref(p);
    assert_ptr_equal(held, p);
    assert_int_equal(p->refcount, 2);
    dayone_policy_free(p);            /* the caller's handle */
    /* still alive for the other holder (ASan/valgrind would flag a use after free) */
    assert_int_equal(held->refcount, 1);
    assert_string_equal(held->plans[0].name, "free");
    dy_policy_unref(held);            /* last reference: freed */
    assert_null(dy_policy_ref(NULL));
    dy_policy_unref(NULL);
}

/* Threads share one policy (ref/unref race on the count) and load their own. */
static void *ref_worker(void *arg)
{
    const dayone_policy *shared = arg;
    for (int i = 0; i < 100000; i++) {
        const dayone_policy *h = dy_policy_ref(shared);
        if (!h || dy_policy_find_plan(h, "pro") != 1)
            return (void *)1;
        dy_policy_unref(h);
    }
    for (int i = 0; i < 20; i++) {
        dayone_policy *own = NULL;
        if (dayone_policy_load_default(&own, NULL) != DAYONE_OK)
            return (void *)1;
        dayone_policy_free(own);
    }
    return NULL;
}

static void test_refcount_threads(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    pthread_t t[4];
    assert_int_equal(dayone_policy_load_default(&p, NULL), DAYONE_OK);
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&t[i], NULL, ref_worker, p), 0);
    for (int i = 0; i < 4; i++) {
        void *res = (void *)1;
        assert_int_equal(pthread_join(t[i], &res), 0);
        assert_null(res);
    }
    assert_int_equal(p->refcount, 1);
    dayone_policy_free(p);
}

/* A list longer than the message can hold is cut short, never overflowed. */
static void test_long_name_list(void **state)
{
    (void)state;
    char yaml[8192];
    size_t n = (size_t)snprintf(yaml, sizeof yaml, "version: 1\nflags:\n");
    for (int i = 0; i < 100; i++)
        n += (size_t)snprintf(yaml + n, sizeof yaml - n, "  flag_number_%02d: {env: F%02d}\n", i, i);
    n += (size_t)snprintf(yaml + n, sizeof yaml - n, "secrets:\n  - {key: A, when: {flag: nope}}\n");
    assert_true(n < sizeof yaml);
    expect_error(yaml, DAYONE_EPOLICY, 104, 27,
                 "undefined flag 'nope' (defined flags: flag_number_00, flag_number_01, ");
}

/* 1 if two YAML trees are the same node for node (kind, place, text). */
static int same_tree(const dy_ynode *a, const dy_ynode *b)
{
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind || a->mark.line != b->mark.line || a->mark.column != b->mark.column ||
        a->plain != b->plain || a->n != b->n || !a->str != !b->str ||
        (a->str && (a->len != b->len || memcmp(a->str, b->str, a->len + 1) != 0)) ||
        !a->keys != !b->keys || a->keymask != b->keymask)
        return 0;
    for (size_t i = 0; i < a->n; i++)
        if ((a->keys && !same_tree(a->keys[i], b->keys[i])) || !same_tree(a->vals[i], b->vals[i]))
            return 0;
    return 1;
}

/* dy_y_get finds every key of a mapping and no other, keys that share
 * their first bytes or their keymask bit included. */
static void test_yaml_get_keymask(void **state)
{
    (void)state;
    static const char doc[] = "{min: 1, min_length: 2, max: 3, i: 4, is: 5, \"\": 6, "
                              "\"~\": 7, format: 8, formats: 9}";
    static const char *const present[] = {"min", "min_length", "max", "i", "is", "", "~",
                                          "format", "formats"};
    static const char *const absent[] = {"mi", "min_", "min_entropy", "ma", "max_length", "id",
                                         "isx", "f", "form", "forma", "formatx", "key"};
    dayone_error err;
    dayone_error_clear(&err);
    dy_yctx ctx = {"<test>", &err, 0};
    dy_ynode *root = NULL;
    assert_int_equal(dy_ydoc_parse(&ctx, doc, sizeof doc - 1, &root), DAYONE_OK);
    assert_int_not_equal(root->keymask, 0);
    for (size_t i = 0; i < sizeof present / sizeof *present; i++) {
        const dy_ynode *v = dy_y_get(root, present[i]);
        assert_non_null(v);
        assert_int_equal(atoi(v->str), (int)i + 1);
        assert_ptr_equal(dy_y_find(root, present[i]), v);
    }
    for (size_t i = 0; i < sizeof absent / sizeof *absent; i++) {
        assert_null(dy_y_get(root, absent[i]));
        assert_null(dy_y_find(root, absent[i]));
    }
    /* a mapping without a keymask (0) is searched key by key */
    uint64_t mask = root->keymask;
    root->keymask = 0;
    assert_non_null(dy_y_get(root, "formats"));
    assert_null(dy_y_get(root, "key"));
    root->keymask = mask;
    assert_null(dy_y_get(root->vals[0], "min"));   /* a scalar has no keys */
    dy_ynode_free(root);
}

/* dayone_policy_load_default() loads the pre-parsed tree of
 * default_policy_tree.c: it must be current and be exactly what parsing the
 * embedded YAML gives (a stale one would be skipped, but says so here). */
static void test_default_tree_is_the_parse(void **state)
{
    (void)state;
    assert_true(dy_policy_default_tree_current());
    dayone_error err;
    dayone_error_clear(&err);
    dy_yctx ctx = {"<default>", &err, 0};
    dy_ynode *root = NULL;
    assert_int_equal(dy_ydoc_parse(&ctx, dy_default_policy_yaml, dy_default_policy_yaml_len, &root),
                     DAYONE_OK);
    assert_true(same_tree(root, dy_default_policy_tree));
    /* ... and the comparison can tell a difference. */
    assert_non_null(root->vals);
    dy_ynode *saved = root->vals[0];
    root->vals[0] = root->keys[0];
    assert_false(same_tree(root, dy_default_policy_tree));
    root->vals[0] = saved;
    dy_ynode_free(root);

    /* Both ways of loading give one policy (the same lint, rules and flags).
     * Loading the text checks every key against the schema, which is what
     * lets the tree's load skip those checks (dy_yctx.keys_known). */
    dayone_policy *from_tree = NULL, *parsed = NULL;
    assert_int_equal(dayone_policy_load_default(&from_tree, &err), DAYONE_OK);
    assert_int_equal(dayone_policy_load_string(&parsed, dy_default_policy_yaml,
                                               dy_default_policy_yaml_len, "<default>", &err),
                     DAYONE_OK);
    assert_int_equal(from_tree->nrules, parsed->nrules);
    assert_int_equal(from_tree->nflags, parsed->nflags);
    for (size_t i = 0; i < parsed->nrules; i++) {
        assert_string_equal(from_tree->rules[i].key, parsed->rules[i].key);
        assert_int_equal(from_tree->rules[i].mark.line, parsed->rules[i].mark.line);
    }
    assert_string_equal(from_tree->name, "<default>");
    dayone_policy_free(from_tree);
    dayone_policy_free(parsed);
}

static void test_parse_bool(void **state)
{
    (void)state;
    static const struct { const char *s; int v; } t[] = {
        {"true", 1}, {"TRUE", 1}, {"True", 1}, {"1", 1}, {"yes", 1}, {"YeS", 1}, {"on", 1},
        {"ON", 1}, {" true ", 1}, {"\ttrue\r\n", 1}, {"\vtrue\f", 1}, {"\f0\v", 0},
        {"false", 0}, {"FALSE", 0}, {"0", 0}, {"no", 0}, {"No", 0}, {"off", 0}, {"OFF", 0},
        {"  0", 0},
        {"", -1}, {" ", -1}, {"t", -1}, {"y", -1}, {"2", -1}, {"truee", -1}, {"tru", -1},
        {"enabled", -1}, {"00", -1}, {"-1", -1}, {"o", -1}, {"yes please", -1}, {"on1", -1}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        if (dy_parse_bool(t[i].s, strlen(t[i].s)) != t[i].v)
            print_error("dy_parse_bool(\"%s\")\n", t[i].s);
        assert_int_equal(dy_parse_bool(t[i].s, strlen(t[i].s)), t[i].v);
    }
    /* the length bounds the text: "trueX" cut at 4 is "true" */
    assert_int_equal(dy_parse_bool("trueX", 4), 1);
    assert_int_equal(dy_parse_bool(NULL, 0), -1);
}

static void test_parse_date(void **state)
{
    (void)state;
    static const struct { const char *s; int64_t v; } t[] = {
        {"1970-01-01", 0}, {"1970-01-02", 1}, {"1971-01-01", 365}, {"2000-01-01", 10957},
        {"2000-02-29", 11016}, {"2000-03-01", 11017}, {"2024-02-29", 19782},
        {"2026-12-31", 20818}, {"9999-12-31", 2932896},
        {"1969-12-31", -1}, {"2026-02-29", -1}, {"1900-02-29", -1}, {"2026-13-01", -1},
        {"2026-00-10", -1}, {"2026-01-00", -1}, {"2026-04-31", -1}, {"2026-1-01", -1},
        {"2026-01-1", -1}, {"26-01-01", -1}, {"2026/01/01", -1}, {"2026-01-01 ", -1},
        {" 2026-01-01", -1}, {"2026-01-01T00:00:00Z", -1}, {"", -1}, {"abcd-ef-gh", -1},
        {"2026-0a-01", -1}, {"+026-01-01", -1}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        if (dy_parse_date(t[i].s) != t[i].v)
            print_error("dy_parse_date(\"%s\")\n", t[i].s);
        assert_int_equal(dy_parse_date(t[i].s), t[i].v);
    }
    assert_int_equal(dy_parse_date(NULL), -1);
}

/* Whether a check of environment variables can run a user pattern: a rule
 * on a plain name with `pattern:` counts (a posture rule or a secret);
 * patterns only facts reach (a fact address, a list element's `each:`)
 * do not, nor do built-in formats. */
static void test_env_patterns(void **state)
{
    (void)state;
    static const struct {
        const char *yaml;
        int expect;
    } cases[] = {
        {"version: 1\nposture:\n  - {id: a, key: A, format: uuid}\n", 0},
        {"version: 1\nposture:\n  - {id: a, key: A, format: uuid}\n"
         "  - {id: b, key: B, pattern: '^b+$'}\n", 1},
        {"version: 1\nsecrets:\n  - {key: TOKEN, pattern: '^t_[0-9]+$'}\n", 1},
        {"version: 1\nposture:\n  - {id: d, key: deploy.artifact, pattern: '^sha256:'}\n", 0},
        {"version: 1\nposture:\n  - id: t\n    key: audit.events\n"
         "    each: {key: ticket, pattern: '^SUP-[0-9]+$'}\n", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dayone_policy *p = load_ok(cases[i].yaml);
        assert_int_equal(dy_policy_env_patterns(p), cases[i].expect);   /* the loader's flag */
        assert_int_equal(dy_policy_scan_env_patterns(p), cases[i].expect); /* the walk */
        dayone_policy_free(p);
    }
    dayone_policy *def = NULL;
    assert_int_equal(dayone_policy_load_default(&def, NULL), DAYONE_OK);
    assert_int_equal(dy_policy_env_patterns(def), 0); /* its patterns are all on facts */
    dayone_policy_free(def);
    assert_int_equal(dy_policy_env_patterns(NULL), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_flags),
        cmocka_unit_test(test_default_posture),
        cmocka_unit_test(test_default_incident_rules),
        cmocka_unit_test(test_default_daily_rules),
        cmocka_unit_test(test_default_secrets),
        cmocka_unit_test(test_default_plans),
        cmocka_unit_test(test_default_source),
        cmocka_unit_test(test_good_samples),
        cmocka_unit_test(test_bad_samples),
        cmocka_unit_test(test_strict_types),
        cmocka_unit_test(test_strict_semantics),
        cmocka_unit_test(test_yaml_level_errors),
        cmocka_unit_test(test_yaml_syntax_errors_name_both_places),
        cmocka_unit_test(test_depth_limit),
        cmocka_unit_test(test_size_limit),
        cmocka_unit_test(test_scalar_limit),
        cmocka_unit_test(test_rule_limit),
        cmocka_unit_test(test_mutations),
        cmocka_unit_test(test_api_edges),
        cmocka_unit_test(test_lookups),
        cmocka_unit_test(test_refcount),
        cmocka_unit_test(test_refcount_threads),
        cmocka_unit_test(test_long_name_list),
        cmocka_unit_test(test_parse_bool),
        cmocka_unit_test(test_default_tree_is_the_parse),
        cmocka_unit_test(test_yaml_get_keymask),
        cmocka_unit_test(test_parse_date),
        cmocka_unit_test(test_env_patterns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
