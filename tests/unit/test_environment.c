/* test_environment.c - the policy's environment: section: loading it, what
 * counts as production, launch mode (dayone_launch_mode) and the closest
 * known name offered for a misspelt environment. The check's findings for
 * these cases are pinned by the conformance vectors (environment-*). */
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "dayone/check.h"
#include "environment.h"
#include "policy.h"

static dayone_policy *load(const char *yaml, int expect_rc, unsigned line, unsigned column,
                           const char *needle)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, yaml, strlen(yaml), "t.yaml", &err);
    if (rc != expect_rc || (rc && (err.line != line || err.column != column ||
                                   !strstr(err.message, needle))))
        print_error("got %s at %u:%u: %s\n", dayone_status_name(rc), err.line, err.column,
                    err.message);
    assert_int_equal(rc, expect_rc);
    if (rc) {
        assert_null(p);
        assert_int_equal(err.line, line);
        assert_int_equal(err.column, column);
        assert_non_null(strstr(err.message, needle));
    }
    return p;
}

static void test_default_section(void **state)
{
    (void)state;
    dayone_policy *p = load(dayone_policy_default_source(), DAYONE_OK, 0, 0, "");
    const dy_environment *e = &p->environment;
    assert_string_equal(e->env, "ENVIRONMENT");
    assert_int_equal(e->nvalues, 5);
    assert_string_equal(e->production, "production");
    assert_int_equal(e->nproduction_like, 4);
    assert_true(e->launch_flag != SIZE_MAX);
    assert_string_equal(p->flags[e->launch_flag].env, "LAUNCH_MODE");
    dayone_policy_free(p);
}

static void test_load_errors(void **state)
{
    (void)state;
    load("version: 1\nenvironment: {values: [a]}\n", DAYONE_EPOLICY, 2, 14,
         "missing required key 'env'");
    load("version: 1\nenvironment: {env: E}\n", DAYONE_EPOLICY, 2, 14,
         "missing required key 'values'");
    load("version: 1\nenvironment: {env: E, values: []}\n", DAYONE_EPOLICY, 2, 31, "values");
    load("version: 1\nenvironment: {env: E, values: [a, b, a]}\n", DAYONE_EPOLICY, 2, 38,
         "listed twice");
    load("version: 1\nenvironment: {env: E, values: [a b]}\n", DAYONE_EPOLICY, 2, 32,
         "must be 1-64 letters");
    load("version: 1\nenvironment: {env: E, values: [a], production: b}\n", DAYONE_EPOLICY,
         2, 48, "production 'b' is not one of");
    load("version: 1\nenvironment: {env: E, values: [a], production_like: [x]}\n",
         DAYONE_EPOLICY, 2, 53, "production_like needs production");
    load("version: 1\nenvironment: {env: E, values: [prod, live], production: prod}\n",
         DAYONE_EPOLICY, 2, 14, "matches the known environment 'live'");
    load("version: 1\nenvironment: {env: E, values: [p, staging], production: p,"
         " production_like: [\"st*\"]}\n", DAYONE_EPOLICY, 2, 78,
         "matches the known environment 'staging'");
    load("version: 1\nenvironment: {env: E, values: [p], production: p, production_like: [\"a*b\"]}\n",
         DAYONE_EPOLICY, 2, 69, "'*' only at the end");
    load("version: 1\nenvironment: {env: E, values: [p], production: p, production_like: [\"*\"]}\n",
         DAYONE_EPOLICY, 2, 69, "'*' only at the end");
    load("version: 1\nenvironment: {env: E, values: [p], launch_flag: go}\n", DAYONE_EPOLICY,
         2, 49, "launch_flag 'go' is not a flag");
    load("version: 1\nenvironment: {env: E, values: [p], colour: red}\n", DAYONE_EPOLICY, 2,
         36, "unknown key 'colour'");
    /* stripe_mode cannot judge live/test keys without knowing production */
    load("version: 1\nsecrets:\n  - {key: S, format: stripe_secret_key, stripe_mode: true}\n",
         DAYONE_EPOLICY, 3, 5, "stripe_mode needs an environment");
    /* an explicit empty production_like turns the lookalikes off */
    dayone_policy *p = load("version: 1\nenvironment: {env: E, values: [p], production: p,"
                            " production_like: []}\n", DAYONE_OK, 0, 0, "");
    assert_int_equal(p->environment.nproduction_like, 0);
    dayone_policy_free(p);
}

static int launch(const dayone_policy *p, const char *name, const char *value,
                  const char *name2, const char *value2, char *why, size_t size)
{
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    if (name)
        assert_int_equal(dayone_env_set(env, name, value, strlen(value), NULL), DAYONE_OK);
    if (name2)
        assert_int_equal(dayone_env_set(env, name2, value2, strlen(value2), NULL), DAYONE_OK);
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_launch_mode(p, env, why, size, &err);
    dayone_env_free(env);
    return rc;
}

static void test_launch_mode_default_policy(void **state)
{
    (void)state;
    static const struct { const char *value; int launch; const char *why; } t[] = {
        {"production", 1, "ENVIRONMENT=production"},
        {"Production", 1, "ENVIRONMENT counts as production"},
        {"PRODUCTION", 1, "ENVIRONMENT counts as production"},
        {" production\t", 1, "ENVIRONMENT counts as production"},
        {"prod", 1, "ENVIRONMENT counts as production"},
        {"PRD", 1, "ENVIRONMENT counts as production"},
        {"Live", 1, "ENVIRONMENT counts as production"},
        {"prod-eu-1", 1, "ENVIRONMENT counts as production"},
        {"PROD-", 1, "ENVIRONMENT counts as production"},
        {"staging", 0, ""}, {"preview", 0, ""}, {"", 0, ""}, {"   ", 0, ""},
        {"production2", 0, ""}, {"products", 0, ""}, {"pro", 0, ""}, {"liveness", 0, ""},
    };
    char why[128];
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        int got = launch(NULL, "ENVIRONMENT", t[i].value, NULL, NULL, why, sizeof why);
        if (got != t[i].launch || strcmp(why, t[i].why) != 0)
            print_error("ENVIRONMENT='%s': got %d '%s'\n", t[i].value, got, why);
        assert_int_equal(got, t[i].launch);
        assert_string_equal(why, t[i].why);
    }
    assert_int_equal(launch(NULL, NULL, NULL, NULL, NULL, why, sizeof why), 0);
    assert_int_equal(launch(NULL, "LAUNCH_MODE", "yes", NULL, NULL, why, sizeof why), 1);
    assert_string_equal(why, "LAUNCH_MODE=true");
    assert_int_equal(launch(NULL, "LAUNCH_MODE", "false", "ENVIRONMENT", "live", why,
                            sizeof why), 1);
    assert_string_equal(why, "ENVIRONMENT counts as production");
    /* A short buffer holds the start of the reason, terminated, as
     * snprintf would cut it (every size from 1 to past the whole). */
    static const char full[] = "ENVIRONMENT counts as production";
    for (size_t size = 1; size <= sizeof full + 1; size++) {
        char small[sizeof full + 2];
        memset(small, '#', sizeof small);
        assert_int_equal(launch(NULL, "ENVIRONMENT", "prod", NULL, NULL, small, size), 1);
        size_t want = size - 1 < sizeof full - 1 ? size - 1 : sizeof full - 1;
        assert_int_equal(strlen(small), want);
        assert_memory_equal(small, full, want);
        assert_int_equal(small[size], '#');   /* nothing written past size */
    }
    assert_int_equal(launch(NULL, "LAUNCH_MODE", "on", NULL, NULL, why, 8), 1);
    assert_string_equal(why, "LAUNCH_");
    /* why may be NULL; env may not */
    assert_int_equal(launch(NULL, "ENVIRONMENT", "prod", NULL, NULL, NULL, 0), 1);
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_launch_mode(NULL, NULL, why, sizeof why, &err), DAYONE_EINVAL);
}

/* The engine names no variable: another policy's names work the same. */
static void test_launch_mode_custom_names(void **state)
{
    (void)state;
    dayone_policy *p = load("version: 1\n"
                            "flags:\n  strict: {env: STRICT_LAUNCH}\n"
                            "environment:\n  env: APP_ENV\n  values: [prod, stage, dev]\n"
                            "  production: prod\n  launch_flag: strict\n",
                            DAYONE_OK, 0, 0, "");
    char why[128];
    assert_int_equal(launch(p, "APP_ENV", "prod", NULL, NULL, why, sizeof why), 1);
    assert_string_equal(why, "APP_ENV=prod");
    assert_int_equal(launch(p, "APP_ENV", "PROD", NULL, NULL, why, sizeof why), 1);
    assert_string_equal(why, "APP_ENV counts as prod");
    assert_int_equal(launch(p, "APP_ENV", "live", NULL, NULL, why, sizeof why), 1);
    assert_int_equal(launch(p, "STRICT_LAUNCH", "on", NULL, NULL, why, sizeof why), 1);
    assert_string_equal(why, "STRICT_LAUNCH=true");
    /* the default policy's names mean nothing here */
    assert_int_equal(launch(p, "ENVIRONMENT", "production", "LAUNCH_MODE", "true", why,
                            sizeof why), 0);
    assert_int_equal(launch(p, "APP_ENV", "dev", NULL, NULL, why, sizeof why), 0);
    dayone_policy_free(p);

    /* no environment section: never launch mode */
    p = load("version: 1\nflags:\n  launch: {env: LAUNCH_MODE}\n", DAYONE_OK, 0, 0, "");
    assert_int_equal(launch(p, "ENVIRONMENT", "production", "LAUNCH_MODE", "true", why,
                            sizeof why), 0);
    dayone_policy_free(p);
}

static void test_closest(void **state)
{
    (void)state;
    dayone_policy *p = load(dayone_policy_default_source(), DAYONE_OK, 0, 0, "");
    static const struct { const char *value; const char *closest; } t[] = {
        {"Production", "production"}, {"prod", "production"}, {"productoin", "production"},
        {"Staging", "staging"}, {"stagign", "staging"}, {" test ", "test"},
        {"dev", "development"}, {"develop", "development"}, {"PREVIEW", "preview"},
        {"qa", NULL}, {"sandbox", NULL}, {"", NULL},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        const char *got = dy_environment_closest(&p->environment, t[i].value,
                                                 strlen(t[i].value));
        if ((got == NULL) != (t[i].closest == NULL) ||
            (got && strcmp(got, t[i].closest) != 0))
            print_error("'%s': got %s\n", t[i].value, got ? got : "NULL");
        if (t[i].closest)
            assert_string_equal(got, t[i].closest);
        else
            assert_null(got);
    }
    /* bounded: a long value gets no suggestion, and no overflow */
    char big[4096];
    memset(big, 'x', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    assert_null(dy_environment_closest(&p->environment, big, strlen(big)));
    dayone_policy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_default_section),
        cmocka_unit_test(test_load_errors),
        cmocka_unit_test(test_launch_mode_default_policy),
        cmocka_unit_test(test_launch_mode_custom_names),
        cmocka_unit_test(test_closest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
