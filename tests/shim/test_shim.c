/* test_shim.c - the bindings' C helpers (bindings/shim): each translates to
 * the public API and refuses what it cannot translate, naming the argument. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "dayone_shim.h"

#define S(lit) lit, sizeof lit - 1

static dayone_policy *default_policy(void)
{
    dayone_policy *p = NULL;
    dayone_error err;
    assert_int_equal(dayone_policy_load_default(&p, &err), DAYONE_OK);
    return p;
}

static void test_names_parse_or_minus_one(void **state)
{
    (void)state;
    assert_int_equal(dayone_shim_format(S("json")), DAYONE_FORMAT_JSON);
    assert_int_equal(dayone_shim_format(S("sarif")), DAYONE_FORMAT_SARIF);
    assert_int_equal(dayone_shim_format(S("yaml")), -1);
    assert_int_equal(dayone_shim_format("json\0x", 6), -1); /* embedded NUL */
    assert_int_equal(dayone_shim_enforcement(S("soft")), DAYONE_ENFORCEMENT_SOFT);
    assert_int_equal(dayone_shim_enforcement(S("lax")), -1);
    assert_int_equal(dayone_shim_env_dialect(S("docker")), DAYONE_ENV_DIALECT_DOCKER);
    assert_int_equal(dayone_shim_env_dialect(S("")), -1);
}

static void test_policy_load_out_first_and_nul_refused(void **state)
{
    dayone_policy *p = (dayone_policy *)&p;
    dayone_error err;
    (void)state;
    assert_int_equal(dayone_shim_policy_load_file(&p, "a\0b", 3, &err), DAYONE_EINVAL);
    assert_null(p);
    assert_int_equal(err.code, DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "path contains a NUL byte"));
    assert_int_equal(dayone_shim_policy_load_file(&p, S("/nonexistent/policy.yaml"), &err),
                     DAYONE_EIO);
    assert_null(p);
    assert_int_equal(err.code, DAYONE_EIO);
    {
        const char *yaml = dayone_policy_default_source();
        assert_int_equal(dayone_shim_policy_load_string(&p, yaml, strlen(yaml), S("mine"), &err),
                         DAYONE_OK);
    }
    assert_non_null(p);
    assert_string_equal(dayone_policy_name(p), "mine");
    dayone_policy_free(p);
}

static void test_env_sources_and_names(void **state)
{
    dayone_env *env = NULL;
    dayone_error err;
    (void)state;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "NAME", "value", 5, &err), DAYONE_OK);
    assert_true(dayone_shim_env_has(env, S("NAME")));
    assert_false(dayone_shim_env_has(env, "NAME\0x", 6));
    assert_int_equal(dayone_shim_env_add_file(env, S("x.env"), -1, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "unknown .env dialect"));
    assert_int_equal(dayone_shim_env_add_string(env, S("A=1\n"), "n\0", 2, &err),
                     DAYONE_EINVAL);
    assert_int_equal(dayone_shim_env_add_string(env, S("A=1\n"), S("inline"), &err), DAYONE_OK);
    assert_true(dayone_shim_env_has(env, S("A")));
    dayone_env_free(env);
}

static void test_check_and_explain_pass_options(void **state)
{
    dayone_policy *p = default_policy();
    dayone_env *env = NULL;
    dayone_report *r = NULL;
    char *text = NULL;
    dayone_error err;
    (void)state;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, NULL, 0, NULL, 0, &err), DAYONE_OK);
    assert_false(dayone_report_ok(r)); /* an empty environment misses secrets */
    dayone_report_free(r);
    r = NULL;
    assert_int_equal(dayone_shim_check(&r, p, env, DAYONE_CHECK_PRESENCE_ONLY, NULL, 0, NULL, 0,
                                       NULL, 0, &err),
                     DAYONE_OK);
    dayone_report_free(r);
    assert_int_equal(dayone_shim_explain(&text, p, env, S("SECRET_KEY"), 0, NULL, 0, NULL, 0,
                                         NULL, 0, &err),
                     DAYONE_OK);
    assert_non_null(strstr(text, "SECRET_KEY"));
    dayone_free(text);
    text = (char *)&text;
    assert_int_equal(dayone_shim_explain(&text, p, env, "K\0", 2, 0, NULL, 0, NULL, 0, NULL, 0, &err),
                     DAYONE_EINVAL);
    assert_null(text);
    assert_non_null(strstr(err.message, "key contains a NUL byte"));
    dayone_env_free(env);
    dayone_policy_free(p);
}

#define DAILY_POLICY "version: 1\nposture:\n  - id: backup-fresh\n" \
                     "    key: backup.db.last_success_at\n    profiles: [daily]\n" \
                     "    max_age: 26h\n"
#define DAILY_FACTS "{\"backup\": {\"db\": {\"last_success_at\": \"2026-03-01T04:00:00Z\"}}}"

/* Facts, now and profiles reach the check: the daily rule runs only when
 * asked for, judges the facts at `now`, and cites the named document. */
static void test_check_passes_facts_now_and_profiles(void **state)
{
    dayone_policy *p = NULL;
    dayone_env *env = NULL;
    dayone_facts *facts = NULL;
    dayone_report *r = NULL;
    char *text = NULL;
    dayone_error err;
    int64_t later = 0, earlier = 0;
    (void)state;
    assert_int_equal(dayone_shim_policy_load_string(&p, S(DAILY_POLICY), S("daily.yaml"), &err),
                     DAYONE_OK);
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_facts_new(&facts), DAYONE_OK);
    assert_int_equal(dayone_shim_facts_add_string(facts, S(DAILY_FACTS), S("facts.json"), &err),
                     DAYONE_OK);
    assert_int_equal(dayone_timestamp_parse("2026-03-02T07:00:00Z", &later, &err), DAYONE_OK);
    assert_int_equal(dayone_timestamp_parse("2026-03-01T07:00:00Z", &earlier, &err), DAYONE_OK);

    /* No profiles: startup only, the daily rule is not evaluated. */
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, later, NULL, 0, &err),
                     DAYONE_OK);
    assert_int_equal(dayone_report_count(r), 0);
    dayone_report_free(r);
    /* daily, a day late: stale, located in facts.json. */
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, later, "daily\0", 6, &err),
                     DAYONE_OK);
    assert_int_equal(dayone_report_count(r), 1);
    assert_string_equal(dayone_report_get(r, 0)->rule, "fact-stale");
    assert_string_equal(dayone_report_get(r, 0)->source_path, "facts.json");
    dayone_report_free(r);
    /* daily (listed twice, with startup), in time: passes. */
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, earlier,
                                       "startup\0daily\0daily\0", 20, &err), DAYONE_OK);
    assert_int_equal(dayone_report_count(r), 0);
    dayone_report_free(r);
    r = (dayone_report *)&r;
    /* Malformed lists and undeclared names are refused. */
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, later, "daily", 5, &err),
                     DAYONE_EINVAL);
    assert_null(r);
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, later, "\0", 1, &err),
                     DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "profile name is empty"));
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, later, "a\0\0b\0", 5,
                                       &err), DAYONE_EINVAL);
    assert_int_equal(dayone_shim_check(&r, p, env, 0, NULL, 0, facts, later, "nightly\0", 8,
                                       &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "unknown profile 'nightly'"));
    /* explain takes the same options. */
    assert_int_equal(dayone_shim_explain(&text, p, env, S("backup.db.last_success_at"), 0, NULL,
                                         0, facts, later, "daily\0", 6, &err), DAYONE_OK);
    assert_non_null(strstr(text, "fact-stale"));
    assert_null(strstr(text, "2026-03-01T04:00:00Z"));
    dayone_free(text);
    /* A bad document is DAYONE_EENVFILE at its place; the snapshot is unchanged. */
    assert_int_equal(dayone_shim_facts_add_string(facts, S("{\"a\": [1,}"), S("bad.json"), &err),
                     DAYONE_EENVFILE);
    assert_string_equal(err.path, "bad.json");
    assert_int_equal(err.line, 1);
    assert_int_equal(dayone_shim_facts_add_string(facts, S("{}"), "n\0", 2, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_shim_facts_add_file(facts, "f\0", 2, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_shim_facts_add_file(facts, S("/nonexistent/dayone-facts.json"), &err),
                     DAYONE_EIO);
    dayone_facts_free(facts);
    dayone_env_free(env);
    dayone_policy_free(p);
}

static void test_access_decide_strings_and_event(void **state)
{
    dayone_policy *p = default_policy();
    char *event = NULL;
    dayone_error err;
    (void)state;
    /* Length 0 is "not given": no reason is reason_missing, not an error. */
    assert_int_equal(dayone_shim_access_decide(&event, p, S("ana"), S("support"), S("t-1"),
                                               S("view_as"), "", 0, S("SUP-1"), 600,
                                               1796463000, &err),
                     DAYONE_OK);
    assert_non_null(strstr(event, "\"code\":\"reason_missing\""));
    assert_non_null(strstr(event, "\"reason\":null"));
    dayone_free(event);
    /* Fields are passed through, not trimmed or changed. */
    assert_int_equal(dayone_shim_access_decide(&event, p, S("ana"), S("engineer"), S("t-1"),
                                               S("limit_reset"),
                                               S("credit after the 12-03 ingest outage"),
                                               S("INC-88"), 0, 1796463000, &err),
                     DAYONE_OK);
    assert_non_null(strstr(event, "\"decision\":\"allow\""));
    assert_non_null(strstr(event, "\"ticket\":\"INC-88\""));
    dayone_free(event);
    event = (char *)&event;
    assert_int_equal(dayone_shim_access_decide(&event, p, S("ana"), S("support"), "t\0x", 3,
                                               S("view_as"), S("a reason long enough here"),
                                               S("SUP-1"), 0, 1, &err),
                     DAYONE_EINVAL);
    assert_null(event);
    assert_non_null(strstr(err.message, "tenant contains a NUL byte"));
    assert_int_equal(dayone_shim_access_decide(&event, p, S("ana"), S("support"), S("t"),
                                               S("sudo"), S("a reason long enough here"),
                                               S("SUP-1"), 0, 1, &err),
                     DAYONE_EINVAL);
    assert_null(event);
    dayone_policy_free(p);
}

static void test_limiter_options_and_redis_ranges(void **state)
{
    dayone_policy *p = default_policy();
    dayone_limiter *lim = NULL;
    dayone_error err;
    (void)state;
    assert_int_equal(dayone_shim_limiter_new(&lim, p, -1, DAYONE_ENFORCEMENT_POLICY, NULL, &err),
                     DAYONE_EINVAL);
    assert_null(lim);
    assert_int_equal(dayone_shim_limiter_new(&lim, p, 10, DAYONE_ENFORCEMENT_POLICY, NULL, &err),
                     DAYONE_OK);
    assert_int_equal(dayone_shim_attach_redis(NULL, NULL, S("redis://x"), "", 0, "", 0, 0, 1, 1,
                                              0, 0, 0, 0, &err), DAYONE_EINVAL);
    assert_string_equal(err.message, "the limiter is closed");
    assert_int_equal(dayone_shim_attach_redis(lim, NULL, S("redis://x"), "", 0, "", 0,
                                              (int64_t)1 << 40, 1, 1, 0, 0, 0, 0, &err),
                     DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "out of range"));
    assert_int_equal(dayone_shim_attach_redis(lim, NULL, S("redis://x"), "", 0, "", 0, 0, 1, 1,
                                              0, -1, 0, 0, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_shim_attach_redis(lim, NULL, "redis://\0x", 10, "", 0, "", 0,
                                              DAYONE_SHIM_UNSET, DAYONE_SHIM_UNSET,
                                              DAYONE_SHIM_UNSET, DAYONE_SHIM_UNSET, 0, 0, 0, &err),
                     DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "the Redis URL contains a NUL byte"));
    /* The default policy has no backend section. */
    assert_int_equal(dayone_shim_attach_redis(lim, p, "", 0, "", 0, "", 0, DAYONE_SHIM_UNSET,
                                              DAYONE_SHIM_UNSET, DAYONE_SHIM_UNSET,
                                              DAYONE_SHIM_UNSET, 0, 0, 0, &err), DAYONE_ENOTFOUND);
    /* busy_poll_us reaches the library, which refuses 1001 before connecting */
    assert_int_equal(dayone_shim_attach_redis(lim, NULL, S("redis://x"), "", 0, "", 0, 0, 1, 1,
                                              0, 0, 1001, 0, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "busy_poll_us"));
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* Overrides and limit_reset: translation only, NULs refused, the listing
 * JSON escapes what a policy's reason may hold. */
static void test_overrides_and_limit_reset(void **state)
{
    static const char yaml[] =
        "version: 1\nplans:\n  - name: free\n    limits:\n      ingest: {rpm: 60}\n"
        "overrides:\n  - {tenant: vip, limit: ingest, rps: 1, burst: 5, reason: 'a \"q\" \\\\ b'}\n";
    dayone_policy *p = NULL;
    dayone_limiter *lim = NULL;
    dayone_error err;
    char *out = NULL;
    (void)state;
    assert_int_equal(dayone_shim_policy_load_string(&p, yaml, sizeof yaml - 1, S("p"), &err),
                     DAYONE_OK);
    assert_int_equal(dayone_shim_limiter_new(&lim, p, 0, DAYONE_ENFORCEMENT_STRICT, NULL, &err),
                     DAYONE_OK);
    assert_int_equal(dayone_shim_override_set(NULL, S("t"), S("ingest"), 1, 1000000000, 1,
                                              NULL, 0, 0, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_shim_override_set(lim, "t\0x", 3, S("ingest"), 1, 1000000000, 1,
                                              NULL, 0, 0, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "tenant contains a NUL byte"));
    assert_int_equal(dayone_shim_override_set(lim, S("t"), S("ingest"), 2, 60000000000LL, 3,
                                              S("why"), 0, &err), DAYONE_OK);
    assert_int_equal(dayone_shim_overrides(&out, lim, &err), DAYONE_OK);
    assert_string_equal(out,
        "[{\"tenant\":\"t\",\"limit\":\"ingest\",\"rate\":2,\"rate_period_ns\":60000000000,"
        "\"burst\":3,\"reason\":\"why\",\"expires_unix_s\":0,\"source\":\"api\","
        "\"in_force\":true},{\"tenant\":\"vip\",\"limit\":\"ingest\",\"rate\":1,"
        "\"rate_period_ns\":1000000000,\"burst\":5,\"reason\":\"a \\\"q\\\" \\\\\\\\ b\","
        "\"expires_unix_s\":0,\"source\":\"policy\",\"in_force\":true}]");
    dayone_free(out);
    assert_int_equal(dayone_shim_effective_limit(&out, lim, S("vip"), S("free"), S("ingest"),
                                                 &err), DAYONE_OK);
    assert_non_null(strstr(out, "\"kind\":\"rate\",\"rate\":1,"));
    assert_non_null(strstr(out, "\"source\":\"policy\""));
    dayone_free(out);
    assert_int_equal(dayone_shim_override_clear(lim, S("t"), S("ingest"), &err), DAYONE_OK);
    assert_int_equal(dayone_shim_override_clear(lim, S("t"), S("ingest"), &err),
                     DAYONE_ENOTFOUND);
    /* No support: section: a decision (denied) and its event, not an error. */
    assert_int_equal(dayone_shim_limit_reset(&out, lim, S("ana"), S("engineer"), S("t"),
                                             S("limit_reset"), S("Customer lost a day"), "", 0,
                                             1796463000, S("free"), S("ingest"), 0, 0, 0, 0, 0,
                                             &err),
                     DAYONE_OK);
    assert_non_null(strstr(out, "\"code\":\"support_not_configured\""));
    assert_non_null(strstr(out, "\"applied\":false}"));
    dayone_free(out);
    assert_int_equal(dayone_shim_limit_reset(&out, lim, S("ana"), S("engineer"), S("t"),
                                             S("limit_reset"), S("x"), "", 0, 1, S("free"),
                                             S("ingest"), 0, 7, 0, 0, 0, &err), DAYONE_EINVAL);
    assert_null(out);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

/* The field table covers every byte of dayone_decision once, in order of
 * the record, and its offsets are the C layout's. */
static void test_decision_field_table(void **state)
{
    size_t i, covered = 0;
    const dayone_shim_field *f;
    (void)state;
    assert_null(dayone_shim_decision_field(DAYONE_SHIM_DECISION_FIELDS));
    f = dayone_shim_decision_field(0);
    assert_string_equal(f->name, "allowed");
    assert_int_equal(f->offset, offsetof(dayone_decision, allowed));
    f = dayone_shim_decision_field(11);
    assert_string_equal(f->name, "limit_name");
    assert_int_equal(f->kind, DAYONE_SHIM_LIMIT_NAME);
    /* The fields a language shows as "none" when absent. */
    f = dayone_shim_decision_field(8);
    assert_string_equal(f->name, "quota_remaining");
    assert_int_equal(f->kind, DAYONE_SHIM_INT64_OR_NONE);
    f = dayone_shim_decision_field(9);
    assert_string_equal(f->name, "upgrade_plan");
    assert_int_equal(f->kind, DAYONE_SHIM_TEXT_OR_NONE);
    for (i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++) {
        size_t j;
        f = dayone_shim_decision_field(i);
        assert_non_null(f->name);
        covered += f->size;
        for (j = 0; j < i; j++)
            assert_string_not_equal(f->name, dayone_shim_decision_field(j)->name);
        switch (f->kind) {
        case DAYONE_SHIM_INT64:
        case DAYONE_SHIM_INT64_OR_NONE:
            assert_int_equal(f->size, 8);
            break;
        case DAYONE_SHIM_TEXT:
        case DAYONE_SHIM_TEXT_OR_NONE:
            assert_int_equal(f->size, DAYONE_SHIM_TEXT_BYTES);
            break;
        case DAYONE_SHIM_LIMIT_NAME:
            assert_int_equal(f->size, 0);
            break;
        case DAYONE_SHIM_RATES:
            assert_int_equal(f->size, DAYONE_LIMIT_RATES_MAX * DAYONE_SHIM_RATE_FIELDS * 8);
            assert_int_equal(f->offset, offsetof(dayone_decision, rates));
            break;
        default:
            assert_int_equal(f->size, 4);
        }
    }
    /* 5 ints + 10 int64 + 3 texts + the rates; not in the table: nrates
     * (the length of rates), the padding after status and at the end (the
     * record is whole words): 12 bytes. */
    assert_int_equal(covered, 5 * 4 + 10 * 8 + 3 * DAYONE_SHIM_TEXT_BYTES +
                                  DAYONE_LIMIT_RATES_MAX * DAYONE_SHIM_RATE_FIELDS * 8);
    for (i = 0; i < DAYONE_SHIM_RATE_FIELDS; i++)
        assert_non_null(dayone_shim_rate_field(i));
    assert_null(dayone_shim_rate_field(DAYONE_SHIM_RATE_FIELDS));
    assert_int_equal(sizeof(dayone_decision), DAYONE_SHIM_D_WORDS * 8);
    assert_int_equal(covered + 12, sizeof(dayone_decision));
}

static void test_decide_words_and_headers(void **state)
{
    /* Strings cross as (pointer, length), unterminated: the lengths below
     * cut each one out of a longer buffer, as a Go string would. */
    static const char strs[] = "tenantXfreeXingestXgold";
    char big[1200];
    dayone_policy *p = default_policy();
    dayone_limiter *lim = NULL;
    long long *mem = (long long *)dayone_shim_mem_new(DAYONE_SHIM_DECIDE_WORDS * 8);
    long long rec[DAYONE_SHIM_HEADER_WORDS];
    char buf[3 * DAYONE_SHIM_HEADER_BYTES];
    dayone_decision d;
    dayone_error *e;
    (void)state;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, NULL), DAYONE_OK);
    assert_int_equal(dayone_shim_decide(lim, strs, 6, strs + 7, 4, strs + 12, 6, NULL, 0, 1, -1,
                                        1000, 0, 0, mem),
                     DAYONE_OK);
    assert_int_equal(mem[0], 0);
    memcpy(&d, mem + 1, sizeof d);
    assert_true(d.allowed);
    assert_int_equal(d.status, 200);
    memcpy(rec, mem + 1, sizeof d);
    assert_int_equal(dayone_shim_headers(rec, DAYONE_SHIM_HEADER_WORDS, S("ingest"), buf,
                                         sizeof buf), DAYONE_OK);
    assert_true(rec[DAYONE_SHIM_HEADER_CODES + 1] >= 0);
    assert_non_null(strstr(buf + DAYONE_SHIM_HEADER_BYTES, "t="));
    assert_int_equal(dayone_shim_headers(rec, 3, S("ingest"), buf, sizeof buf), DAYONE_EINVAL);
    /* A NUL byte inside a string: refused, error handed back. */
    assert_int_equal(dayone_shim_decide(lim, "ten\0ant", 7, strs + 7, 4, strs + 12, 6, NULL, 0,
                                        1, -1, 1000, 0, 0, mem),
                     DAYONE_EINVAL);
    e = (dayone_error *)(intptr_t)mem[0];
    assert_non_null(e);
    assert_int_equal(e->code, DAYONE_EINVAL);
    assert_non_null(strstr(e->message, "NUL"));
    free(e);
    /* An unknown plan: the library's error, handed back the same way. */
    assert_int_equal(dayone_shim_decide(lim, strs, 6, strs + 19, 4, strs + 12, 6, NULL, 0, 1, -1,
                                        1000, 0, 0, mem),
                     DAYONE_ENOTFOUND);
    e = (dayone_error *)(intptr_t)mem[0];
    assert_int_equal(e->code, DAYONE_ENOTFOUND);
    free(e);
    /* A key longer than the stack copy takes the heap path, same answer. */
    memset(big, 'k', sizeof big);
    assert_int_equal(dayone_shim_decide(lim, big, sizeof big, strs + 7, 4, strs + 12, 6, NULL, 0,
                                        1, -1, 1000, 0, 0, mem),
                     DAYONE_OK);
    memcpy(&d, mem + 1, sizeof d);
    assert_true(d.allowed);
    assert_int_equal(dayone_shim_decide(lim, strs, 6, strs + 7, 4, strs + 12, 6, NULL, 0, 1, -1,
                                        1000, 0, 0, NULL),
                     DAYONE_EINVAL);
    dayone_shim_mem_free(mem);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

static void test_decide_many_words(void **state)
{
    static const char strs[] = "a\0free\0ingest\0gold";
    /* Three requests: ok, unknown plan "gold", ok. */
    long long nums[3 * DAYONE_SHIM_REQ_WORDS] = {
        0, 2, 7, 1, -1, -1, 1000, 0, 0,
        0, 14, 7, 1, -1, -1, 1000, 0, 0,
        0, 2, 7, 1, -1, -1, 1000, 0, 0,
    };
    long long out[DAYONE_SHIM_MANY_WORDS(3)];
    dayone_policy *p = default_policy();
    dayone_limiter *lim = NULL;
    dayone_decision d;
    const int *st;
    dayone_error *e;
    (void)state;
    assert_int_equal(dayone_limiter_new(&lim, p, NULL, NULL), DAYONE_OK);
    assert_int_equal(dayone_shim_decide_many(lim, strs, sizeof strs, nums,
                                             3 * DAYONE_SHIM_REQ_WORDS, out,
                                             DAYONE_SHIM_MANY_WORDS(3)), DAYONE_ENOTFOUND);
    st = (const int *)(const void *)(out + 1 + 3 * DAYONE_SHIM_D_WORDS);
    assert_int_equal(st[0], DAYONE_OK);
    assert_int_equal(st[1], DAYONE_ENOTFOUND);
    assert_int_equal(st[2], DAYONE_OK);
    memcpy(&d, out + 1 + 2 * DAYONE_SHIM_D_WORDS, sizeof d);
    assert_true(d.allowed);
    e = (dayone_error *)(intptr_t)out[0];
    assert_non_null(e);
    free(e);
    /* An offset outside strs: nothing decided, every request fails. */
    nums[0] = 1000;
    assert_int_equal(dayone_shim_decide_many(lim, strs, sizeof strs, nums,
                                             3 * DAYONE_SHIM_REQ_WORDS, out,
                                             DAYONE_SHIM_MANY_WORDS(3)), DAYONE_EINVAL);
    assert_int_equal(st[0], DAYONE_EINVAL);
    assert_int_equal(st[2], DAYONE_EINVAL);
    free((void *)(intptr_t)out[0]);
    assert_int_equal(dayone_shim_decide_many(lim, strs, sizeof strs, nums,
                                             3 * DAYONE_SHIM_REQ_WORDS, out, 3),
                     DAYONE_EINVAL);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_parse_or_minus_one),
        cmocka_unit_test(test_policy_load_out_first_and_nul_refused),
        cmocka_unit_test(test_env_sources_and_names),
        cmocka_unit_test(test_check_and_explain_pass_options),
        cmocka_unit_test(test_check_passes_facts_now_and_profiles),
        cmocka_unit_test(test_access_decide_strings_and_event),
        cmocka_unit_test(test_limiter_options_and_redis_ranges),
        cmocka_unit_test(test_decision_field_table),
        cmocka_unit_test(test_overrides_and_limit_reset),
        cmocka_unit_test(test_decide_words_and_headers),
        cmocka_unit_test(test_decide_many_words),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
