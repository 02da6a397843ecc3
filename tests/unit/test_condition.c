/* test_condition.c - `when:` evaluation and the `because` text, on policies
 * built by hand (independent of the YAML loader). */
#include "testutil.h"
#include <string.h>
#include "condition.h"
#include "text.h"

enum { F_LAUNCH, F_BILLING, F_SSO, NFLAGS };

static dy_flag g_flags[NFLAGS] = {
    {"launch_mode", "LAUNCH_MODE", 0, {0, 0}},
    {"billing", "BILLING_ENABLED", 0, {0, 0}},
    {"sso", "SSO_ENABLED", 1, {0, 0}},     /* on by default */
};
static char g_name[] = "<test>";

static void init_policy(dayone_policy *p)
{
    memset(p, 0, sizeof *p);
    p->name = g_name;
    p->flags = g_flags;
    p->nflags = NFLAGS;
}

static dayone_env *env_of(const char *const *kv)
{
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    for (size_t i = 0; kv && kv[i]; i += 2)
        assert_int_equal(dayone_env_set(env, kv[i], kv[i + 1], strlen(kv[i + 1]), NULL), DAYONE_OK);
    return env;
}

static dy_cond flag_c(size_t f)
{
    dy_cond c;
    memset(&c, 0, sizeof c);
    c.kind = DY_COND_FLAG;
    c.flag = f;
    return c;
}

static char *g_prod[] = {"production"};
static char *g_stages[] = {"staging", "production"};

static dy_cond var_c(dy_cond_kind kind, const char *var, char **vals, size_t n, int set)
{
    dy_cond c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    c.var = (char *)var;
    c.values = vals;
    c.nvalues = n;
    c.set_expected = set;
    return c;
}

static dy_cond group_c(dy_cond_kind kind, dy_cond *children, size_t n)
{
    dy_cond c;
    memset(&c, 0, sizeof c);
    c.kind = kind;
    c.children = children;
    c.nchildren = n;
    return c;
}

static const char *because(const dayone_policy *p, const dayone_env *env, const dy_cond *c)
{
    static char buf[256];
    int holds = dy_cond_eval(p, env, c);
    dy_cond_because(p, env, c, holds, buf, sizeof buf);
    return buf;
}

static void test_blank(void **state)
{
    (void)state;
    assert_true(dy_is_blank("", 0));
    assert_true(dy_is_blank(" \t\r\n\v\f", 6));
    assert_false(dy_is_blank(" x ", 3));
    assert_false(dy_is_blank("\0", 1));  /* NUL is not a blank */
}

static void test_flag_spellings(void **state)
{
    (void)state;
    dayone_policy p;
    init_policy(&p);
    static const char *const on[] = {"true", "TRUE", "True", "1", "yes", "YES", "on", "On", " true "};
    static const char *const off[] = {"false", "FALSE", "0", "no", "No", "off", "OFF"};
    for (size_t i = 0; i < sizeof on / sizeof *on; i++) {
        const char *kv[] = {"BILLING_ENABLED", on[i], NULL};
        dayone_env *env = env_of(kv);
        int def = -1;
        assert_int_equal(dy_flag_state(&p, env, F_BILLING, &def), 1);
        assert_int_equal(def, 0);
        dayone_env_free(env);
    }
    for (size_t i = 0; i < sizeof off / sizeof *off; i++) {
        const char *kv[] = {"SSO_ENABLED", off[i], NULL};
        dayone_env *env = env_of(kv);
        int def = -1;
        assert_int_equal(dy_flag_state(&p, env, F_SSO, &def), 0);
        assert_int_equal(def, 0);
        dayone_env_free(env);
    }
}

static void test_flag_default(void **state)
{
    (void)state;
    dayone_policy p;
    init_policy(&p);
    const char *kv[] = {"BILLING_ENABLED", "maybe", "SSO_ENABLED", "  ", NULL};
    dayone_env *env = env_of(kv);
    int def = 0;
    /* Not a boolean: the default (false) is used. */
    assert_int_equal(dy_flag_state(&p, env, F_BILLING, &def), 0);
    assert_int_equal(def, 1);
    /* Blank: the default (true). */
    assert_int_equal(dy_flag_state(&p, env, F_SSO, &def), 1);
    assert_int_equal(def, 1);
    /* Unset: the default (false). */
    assert_int_equal(dy_flag_state(&p, env, F_LAUNCH, &def), 0);
    assert_int_equal(def, 1);

    dy_cond c = flag_c(F_SSO);
    assert_int_equal(dy_cond_eval(&p, env, &c), 1);
    assert_string_equal(because(&p, env, &c), "SSO_ENABLED=true (default)");
    c = flag_c(F_BILLING);
    assert_int_equal(dy_cond_eval(&p, env, &c), 0);
    assert_string_equal(because(&p, env, &c), "BILLING_ENABLED=false (default)");
    dayone_env_free(env);
}

static void test_var_conditions(void **state)
{
    (void)state;
    dayone_policy p;
    init_policy(&p);
    const char *kv[] = {"ENVIRONMENT", "production", "REGION", " ", "SECRET_KEY", "s3cr3t-value", NULL};
    dayone_env *env = env_of(kv);

    dy_cond eq = var_c(DY_COND_EQUALS, "ENVIRONMENT", g_prod, 1, 0);
    assert_int_equal(dy_cond_eval(&p, env, &eq), 1);
    assert_string_equal(because(&p, env, &eq), "ENVIRONMENT=production");

    dy_cond in = var_c(DY_COND_IN, "ENVIRONMENT", g_stages, 2, 0);
    assert_int_equal(dy_cond_eval(&p, env, &in), 1);
    assert_string_equal(because(&p, env, &in), "ENVIRONMENT=production");

    dy_cond in_other = var_c(DY_COND_IN, "SECRET_KEY", g_stages, 2, 0);
    assert_int_equal(dy_cond_eval(&p, env, &in_other), 0);
    /* The policy's literals only: never the value. */
    assert_string_equal(because(&p, env, &in_other), "SECRET_KEY is not one of staging, production");

    dy_cond eq_other = var_c(DY_COND_EQUALS, "SECRET_KEY", g_prod, 1, 0);
    assert_string_equal(because(&p, env, &eq_other), "SECRET_KEY is not production");
    assert_null(strstr(because(&p, env, &eq_other), "s3cr3t"));

    dy_cond eq_unset = var_c(DY_COND_EQUALS, "NOPE", g_prod, 1, 0);
    assert_int_equal(dy_cond_eval(&p, env, &eq_unset), 0);
    assert_string_equal(because(&p, env, &eq_unset), "NOPE is unset");

    /* Equality is exact: no case folding, no trimming. */
    const char *kv2[] = {"ENVIRONMENT", "Production", NULL};
    dayone_env *env2 = env_of(kv2);
    assert_int_equal(dy_cond_eval(&p, env2, &eq), 0);
    dayone_env_free(env2);

    dy_cond set = var_c(DY_COND_SET, "SECRET_KEY", NULL, 0, 1);
    assert_int_equal(dy_cond_eval(&p, env, &set), 1);
    assert_string_equal(because(&p, env, &set), "SECRET_KEY is set");
    dy_cond blank_set = var_c(DY_COND_SET, "REGION", NULL, 0, 1);
    assert_int_equal(dy_cond_eval(&p, env, &blank_set), 0);   /* blank is not set */
    assert_string_equal(because(&p, env, &blank_set), "REGION is unset");
    dy_cond unset = var_c(DY_COND_SET, "NOPE", NULL, 0, 0);
    assert_int_equal(dy_cond_eval(&p, env, &unset), 1);
    assert_string_equal(because(&p, env, &unset), "NOPE is unset");
    dy_cond unset_but_set = var_c(DY_COND_SET, "SECRET_KEY", NULL, 0, 0);
    assert_int_equal(dy_cond_eval(&p, env, &unset_but_set), 0);
    assert_string_equal(because(&p, env, &unset_but_set), "SECRET_KEY is set");
    dayone_env_free(env);
}

static void test_groups(void **state)
{
    (void)state;
    dayone_policy p;
    init_policy(&p);
    const char *kv[] = {"LAUNCH_MODE", "true", "BILLING_ENABLED", "yes", "ENVIRONMENT", "staging", NULL};
    dayone_env *env = env_of(kv);

    dy_cond both[2] = {flag_c(F_LAUNCH), flag_c(F_BILLING)};
    dy_cond all = group_c(DY_COND_ALL, both, 2);
    assert_int_equal(dy_cond_eval(&p, env, &all), 1);
    assert_string_equal(because(&p, env, &all), "LAUNCH_MODE=true and BILLING_ENABLED=true");

    dy_cond mixed[2] = {flag_c(F_LAUNCH), var_c(DY_COND_EQUALS, "ENVIRONMENT", g_prod, 1, 0)};
    dy_cond all2 = group_c(DY_COND_ALL, mixed, 2);
    assert_int_equal(dy_cond_eval(&p, env, &all2), 0);
    /* Why not: the first child that failed. */
    assert_string_equal(because(&p, env, &all2), "ENVIRONMENT is not production");

    dy_cond any = group_c(DY_COND_ANY, mixed, 2);
    assert_int_equal(dy_cond_eval(&p, env, &any), 1);
    assert_string_equal(because(&p, env, &any), "LAUNCH_MODE=true");

    dy_cond none[2] = {var_c(DY_COND_EQUALS, "ENVIRONMENT", g_prod, 1, 0), var_c(DY_COND_SET, "X", NULL, 0, 1)};
    dy_cond any2 = group_c(DY_COND_ANY, none, 2);
    assert_int_equal(dy_cond_eval(&p, env, &any2), 0);
    assert_string_equal(because(&p, env, &any2), "ENVIRONMENT is not production and X is unset");

    dy_cond inner = flag_c(F_BILLING);
    dy_cond not = group_c(DY_COND_NOT, &inner, 1);
    assert_int_equal(dy_cond_eval(&p, env, &not), 0);
    assert_string_equal(because(&p, env, &not), "BILLING_ENABLED=true");
    dy_cond inner2 = var_c(DY_COND_EQUALS, "ENVIRONMENT", g_prod, 1, 0);
    dy_cond not2 = group_c(DY_COND_NOT, &inner2, 1);
    assert_int_equal(dy_cond_eval(&p, env, &not2), 1);
    assert_string_equal(because(&p, env, &not2), "ENVIRONMENT is not production");

    /* NULL always holds and has no reason. */
    char buf[8] = "x";
    assert_int_equal(dy_cond_eval(&p, env, NULL), 1);
    assert_int_equal(dy_cond_because(&p, env, NULL, 1, buf, sizeof buf), 0);
    assert_string_equal(buf, "");
    dayone_env_free(env);
}

static void test_because_truncates(void **state)
{
    (void)state;
    dayone_policy p;
    init_policy(&p);
    const char *kv[] = {"LAUNCH_MODE", "1", "BILLING_ENABLED", "1", NULL};
    dayone_env *env = env_of(kv);
    dy_cond both[2] = {flag_c(F_LAUNCH), flag_c(F_BILLING)};
    dy_cond all = group_c(DY_COND_ALL, both, 2);
    char buf[10];
    memset(buf, 'Z', sizeof buf);
    size_t n = dy_cond_because(&p, env, &all, 1, buf, sizeof buf);
    assert_int_equal(n, 9);
    assert_string_equal(buf, "LAUNCH_MO");
    dayone_env_free(env);
}

/* A check evaluates its conditions through one memo: it must answer as the
 * plain evaluation does, and read each flag and the classification once. */
static void test_memo(void **state)
{
    (void)state;
    dayone_policy p;
    init_policy(&p);
    static char env_var[] = "ENVIRONMENT", prod_name[] = "production", like[] = "prod*";
    static char *likes[] = {like};
    p.environment.env = env_var;
    p.environment.production = prod_name;
    p.environment.production_like = likes;
    p.environment.nproduction_like = 1;
    const char *kv[] = {"LAUNCH_MODE", "yes", "SSO_ENABLED", "maybe", "ENVIRONMENT", "Prod-EU",
                        NULL};
    dayone_env *env = env_of(kv);
    dy_cond flags[NFLAGS] = {flag_c(F_LAUNCH), flag_c(F_BILLING), flag_c(F_SSO)};
    dy_cond in = var_c(DY_COND_IN, "ENVIRONMENT", g_prod, 1, 0);
    in.production = 1;
    dy_cond not_in = group_c(DY_COND_NOT, &in, 1);
    dy_cond any = group_c(DY_COND_ANY, flags, NFLAGS);

    dy_cond_memo memo;
    dy_cond_memo_init(&memo);
    const dy_cond *all[] = {&flags[0], &flags[1], &flags[2], &in, &not_in, &any};
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            assert_int_equal(dy_cond_eval_memo(&p, env, all[i], &memo),
                             dy_cond_eval(&p, env, all[i]));
    assert_int_equal(dy_cond_eval(&p, env, &in), 1);         /* Prod-EU counts as production */
    assert_int_equal(memo.production, DY_PRODUCTION_LIKE);
    assert_int_equal(memo.flag[F_LAUNCH], 1);
    assert_int_equal(memo.flag[F_BILLING], 0);                /* unset: its default */
    assert_int_equal(memo.flag[F_SSO], 1);                    /* not a boolean: its default */
    assert_int_equal(dy_cond_eval_memo(&p, env, &in, NULL), 1);   /* no memo: read afresh */

    /* The memo is what was read: a later change of the snapshot is not seen
     * through it (a check's snapshot does not change while it runs). */
    assert_int_equal(dayone_env_set(env, "LAUNCH_MODE", "no", 2, NULL), DAYONE_OK);
    assert_int_equal(dy_cond_eval_memo(&p, env, &flags[0], &memo), 1);
    assert_int_equal(dy_cond_eval(&p, env, &flags[0]), 0);
    dayone_env_free(env);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_blank),
        cmocka_unit_test(test_flag_spellings),
        cmocka_unit_test(test_flag_default),
        cmocka_unit_test(test_var_conditions),
        cmocka_unit_test(test_groups),
        cmocka_unit_test(test_because_truncates),
        cmocka_unit_test(test_memo),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
