/* test_limiter_launch.c - launch mode means strict enforcement: the paths
 * the conformance vectors (decide/launch-*) cannot reach - the process
 * environment as the default, policy swaps, and old option structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "testutil.h"
#include "dayone/limiter.h"

static dayone_policy *policy_with_default(const char *enforcement)
{
    const char *src = dayone_policy_default_source();
    const char *at = strstr(src, "  enforcement: strict\n");
    assert_non_null(at);
    size_t n = strlen(src) + 16;
    char *yaml = malloc(n);
    assert_non_null(yaml);
    snprintf(yaml, n, "%.*s  enforcement: %s\n%s", (int)(at - src), src, enforcement,
             at + strlen("  enforcement: strict\n"));
    dayone_policy *p = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_string(&p, yaml, strlen(yaml), "soft.yaml", &err),
                     DAYONE_OK);
    free(yaml);
    return p;
}

static int new_limiter(const dayone_policy *p, dayone_enforcement e, const dayone_env *env,
                       unsigned version, dayone_error *err)
{
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.version = version;
    o.enforcement = e;
    o.env = env;
    dayone_limiter *lim = NULL;
    dayone_error_clear(err);
    int rc = dayone_limiter_new(&lim, p, &o, err);
    dayone_limiter_free(lim);
    return rc;
}

/* NULL env: the process environment decides. */
static void test_process_environment(void **state)
{
    (void)state;
    dayone_policy *p = NULL;
    dayone_error err;
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    unsetenv("LAUNCH_MODE");
    setenv("ENVIRONMENT", "development", 1);
    assert_int_equal(new_limiter(p, DAYONE_ENFORCEMENT_OFF, NULL, 2, &err), DAYONE_OK);
    setenv("ENVIRONMENT", "PRODUCTION", 1);
    assert_int_equal(new_limiter(p, DAYONE_ENFORCEMENT_OFF, NULL, 2, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "conflicts with launch mode (ENVIRONMENT counts as production)"));
    /* a version-1 options struct has no env field: the process's is used */
    assert_int_equal(new_limiter(p, DAYONE_ENFORCEMENT_SOFT, NULL, 1, &err), DAYONE_EINVAL);
    assert_int_equal(new_limiter(p, DAYONE_ENFORCEMENT_STRICT, NULL, 1, &err), DAYONE_OK);
    setenv("ENVIRONMENT", "staging", 1);
    setenv("LAUNCH_MODE", "on", 1);
    assert_int_equal(new_limiter(p, DAYONE_ENFORCEMENT_SOFT, NULL, 2, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "(LAUNCH_MODE=true)"));
    /* an explicit snapshot wins over the process environment */
    dayone_env *calm = NULL;
    assert_int_equal(dayone_env_new(&calm), DAYONE_OK);
    assert_int_equal(new_limiter(p, DAYONE_ENFORCEMENT_SOFT, calm, 2, &err), DAYONE_OK);
    dayone_env_free(calm);
    unsetenv("LAUNCH_MODE");
    unsetenv("ENVIRONMENT");
    dayone_policy_free(p);
}

/* A swap to a policy whose billing default is softer is refused in launch
 * mode, and the limiter keeps deciding under its old policy. */
static void test_swap(void **state)
{
    (void)state;
    dayone_policy *strict = NULL, *soft = policy_with_default("soft");
    dayone_error err = {0};
    assert_int_equal(dayone_policy_load_default(&strict, &err), DAYONE_OK);
    dayone_env *launch = NULL, *calm = NULL;
    assert_int_equal(dayone_env_new(&launch), DAYONE_OK);
    assert_int_equal(dayone_env_set(launch, "LAUNCH_MODE", "true", 4, &err), DAYONE_OK);
    assert_int_equal(dayone_env_new(&calm), DAYONE_OK);

    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.env = launch;
    dayone_limiter *lim = NULL;
    assert_int_equal(dayone_limiter_new(&lim, strict, &o, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_swap_policy(lim, soft, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "the policy's billing.enforcement"));
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = "t";
    r.plan = "free";
    r.limit = "ingest";
    r.usage = 100000;                /* at the free quota: strict denies */
    r.now_ns = 1000000000000;
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    assert_int_equal(dayone_limiter_swap_policy(lim, strict, &err), DAYONE_OK);
    dayone_limiter_free(lim);

    /* outside launch mode the same swap is allowed and takes effect */
    o.env = calm;
    assert_int_equal(dayone_limiter_new(&lim, strict, &o, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_swap_policy(lim, soft, &err), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide(lim, &r, &d, &err), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_ALLOW_OVERAGE);
    dayone_limiter_free(lim);

    dayone_env_free(launch);
    dayone_env_free(calm);
    dayone_policy_free(strict);
    dayone_policy_free(soft);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_process_environment),
        cmocka_unit_test(test_swap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
