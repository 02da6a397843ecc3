/* test_report.c - the finding store, its accessors, and each writer's
 * content and escaping. Real consumers (JSON parser, SARIF schema, JUnit
 * reader) check the same writers in tests/report. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "testutil.h"
#include "report.h"

/* Render or fail the test; the caller frees with dayone_free(). */
static char *render(const dayone_report *r, dayone_format format, unsigned flags)
{
    char *out = NULL;
    size_t len = 0;
    dayone_error err = {0};
    int rc = dayone_report_render(&out, &len, r, format, flags, &err);
    if (rc != DAYONE_OK)
        fail_msg("render(%d) failed: %s", (int)format, err.message);
    assert_non_null(out);
    assert_int_equal(len, strlen(out));
    return out;
}

#define assert_contains(hay, needle)                                                     \
    do {                                                                                 \
        if (!strstr((hay), (needle)))                                                    \
            fail_msg("expected to find [%s] in:\n%s", (needle), (hay));                  \
    } while (0)

#define assert_not_contains(hay, needle)                                                 \
    do {                                                                                 \
        if (strstr((hay), (needle)))                                                     \
            fail_msg("did not expect [%s] in:\n%s", (needle), (hay));                    \
    } while (0)

#define assert_starts_with(s, prefix) assert_true(strncmp((s), (prefix), strlen(prefix)) == 0)

static size_t occurrences(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* error (from .env:12, because), warning (process), waived (secret file). */
static dayone_report *sample(void)
{
    dayone_report *r = dy_report_new("saas");
    assert_non_null(r);
    dayone_finding *f = dy_report_add(r, "secret-min-length", "SECRET_KEY",
                                      DAYONE_SEVERITY_ERROR, "Use 32 random bytes.",
                                      "BILLING_ENABLED=true", "%s is %d characters, needs %d",
                                      "SECRET_KEY", 12, 32);
    assert_non_null(f);
    dy_finding_set_source(r, f, "file", ".env", 12);
    f = dy_report_add(r, "secret-stripe-mode", "STRIPE_SECRET_KEY", DAYONE_SEVERITY_WARNING,
                      "Use a test key outside production.", "", "a live key outside production");
    assert_non_null(f);
    dy_finding_set_source(r, f, "process", NULL, 0);
    f = dy_report_add(r, "secret-required", "JWT_SECRET", DAYONE_SEVERITY_WAIVED, NULL, NULL,
                      "JWT_SECRET is not set");
    assert_non_null(f);
    dy_finding_set_source(r, f, "secret-file", "/run/secrets/jwt", 0);
    dy_finding_set_waiver(r, f, "rotating on 12-01");
    return r;
}

static void test_empty_report(void **state)
{
    (void)state;
    dayone_report *r = dy_report_new("default");
    assert_non_null(r);
    assert_int_equal(dayone_report_count(r), 0);
    assert_true(dayone_report_ok(r));
    assert_string_equal(dayone_report_policy_name(r), "default");
    assert_null(dayone_report_get(r, 0));
    for (int s = 0; s <= DAYONE_SEVERITY_WAIVED; s++)
        assert_int_equal(dayone_report_count_severity(r, (dayone_severity)s), 0);
    dayone_report_free(r);
}

static void test_null_arguments(void **state)
{
    (void)state;
    assert_false(dayone_report_ok(NULL));
    assert_int_equal(dayone_report_count(NULL), 0);
    assert_int_equal(dayone_report_count_severity(NULL, DAYONE_SEVERITY_ERROR), 0);
    assert_null(dayone_report_get(NULL, 0));
    assert_string_equal(dayone_report_policy_name(NULL), "");
    assert_null(dy_report_add(NULL, "r", "K", DAYONE_SEVERITY_ERROR, "", "", "m"));
    dy_finding_set_source(NULL, NULL, "file", "x", 1);
    dy_finding_set_waiver(NULL, NULL, "x");
    dayone_report_free(NULL);

    dayone_report *r = dy_report_new(NULL);
    assert_non_null(r);
    assert_string_equal(dayone_report_policy_name(r), "");
    dayone_report_free(r);
}

static void test_add_copies_and_formats(void **state)
{
    (void)state;
    char rule[] = "secret-format", key[] = "DATABASE_URL", hint[] = "use a URL";
    dayone_report *r = dy_report_new("p");
    dayone_finding *f = dy_report_add(r, rule, key, DAYONE_SEVERITY_ERROR, hint, NULL,
                                      "%s: %zu of %d", "DATABASE_URL", (size_t)7, 9);
    assert_non_null(f);
    memset(rule, 'x', sizeof rule - 1);
    memset(key, 'x', sizeof key - 1);
    memset(hint, 'x', sizeof hint - 1);

    const dayone_finding *g = dayone_report_get(r, 0);
    assert_ptr_equal(f, g);
    assert_string_equal(g->rule, "secret-format");
    assert_string_equal(g->key, "DATABASE_URL");
    assert_string_equal(g->hint, "use a URL");
    assert_string_equal(g->message, "DATABASE_URL: 7 of 9");
    assert_int_equal(g->severity, DAYONE_SEVERITY_ERROR);
    /* Unset fields are "" and 0, never NULL. */
    assert_string_equal(g->because, "");
    assert_string_equal(g->source, "");
    assert_string_equal(g->source_path, "");
    assert_int_equal(g->source_line, 0);
    assert_string_equal(g->waiver, "");

    f = dy_report_add(r, NULL, NULL, DAYONE_SEVERITY_WARNING, NULL, NULL, NULL);
    assert_non_null(f);
    assert_string_equal(f->rule, "");
    assert_string_equal(f->key, "");
    assert_string_equal(f->message, "");
    dayone_report_free(r);
}

static void test_order_counts_and_ok(void **state)
{
    (void)state;
    static const dayone_severity sev[] = {
        DAYONE_SEVERITY_WARNING, DAYONE_SEVERITY_ERROR, DAYONE_SEVERITY_WAIVED,
        DAYONE_SEVERITY_ERROR, DAYONE_SEVERITY_WARNING,
    };
    dayone_report *r = dy_report_new("p");
    for (size_t i = 0; i < 5; i++)
        assert_non_null(dy_report_add(r, "rule", "KEY", sev[i], "", "", "finding %zu", i));
    assert_int_equal(dayone_report_count(r), 5);
    for (size_t i = 0; i < 5; i++) {
        char want[32];
        snprintf(want, sizeof want, "finding %zu", i);
        assert_string_equal(dayone_report_get(r, i)->message, want); /* insertion order */
        assert_int_equal(dayone_report_get(r, i)->severity, sev[i]);
    }
    assert_null(dayone_report_get(r, 5));
    assert_int_equal(dayone_report_count_severity(r, DAYONE_SEVERITY_ERROR), 2);
    assert_int_equal(dayone_report_count_severity(r, DAYONE_SEVERITY_WARNING), 2);
    assert_int_equal(dayone_report_count_severity(r, DAYONE_SEVERITY_WAIVED), 1);
    assert_false(dayone_report_ok(r));
    dayone_report_free(r);

    /* Warnings and waived findings do not fail the check. */
    r = dy_report_new("p");
    dy_report_add(r, "a", "A", DAYONE_SEVERITY_WARNING, "", "", "w");
    dy_report_add(r, "b", "B", DAYONE_SEVERITY_WAIVED, "", "", "v");
    assert_true(dayone_report_ok(r));
    dayone_report_free(r);
}

static void test_unknown_severity_fails_closed(void **state)
{
    (void)state;
    dayone_report *r = dy_report_new("p");
    dayone_finding *f = dy_report_add(r, "x", "X", (dayone_severity)7, "", "", "m");
    assert_non_null(f);
    assert_int_equal(f->severity, DAYONE_SEVERITY_ERROR);
    assert_false(dayone_report_ok(r));
    dayone_report_free(r);
}

static void test_source_and_waiver_setters(void **state)
{
    (void)state;
    dayone_report *r = dy_report_new("p");
    dayone_finding *f = dy_report_add(r, "x", "X", DAYONE_SEVERITY_WAIVED, "", "", "m");
    dy_finding_set_source(r, f, "file", ".env", 3);
    dy_finding_set_source(r, f, "secret-file", NULL, 0); /* replaces */
    assert_string_equal(f->source, "secret-file");
    assert_string_equal(f->source_path, "");
    assert_int_equal(f->source_line, 0);
    dy_finding_set_waiver(r, f, "first");
    dy_finding_set_waiver(r, f, "second");
    assert_string_equal(f->waiver, "second");
    dy_finding_set_waiver(r, f, NULL);
    assert_string_equal(f->waiver, "");
    dayone_report_free(r);
}

static void test_names_and_formats(void **state)
{
    (void)state;
    assert_string_equal(dayone_severity_name(DAYONE_SEVERITY_ERROR), "error");
    assert_string_equal(dayone_severity_name(DAYONE_SEVERITY_WARNING), "warning");
    assert_string_equal(dayone_severity_name(DAYONE_SEVERITY_WAIVED), "waived");

    static const struct { const char *name; dayone_format format; } ok[] = {
        {"text", DAYONE_FORMAT_TEXT}, {"json", DAYONE_FORMAT_JSON},
        {"sarif", DAYONE_FORMAT_SARIF}, {"junit", DAYONE_FORMAT_JUNIT},
    };
    for (size_t i = 0; i < 4; i++) {
        dayone_format f = (dayone_format)-1;
        assert_int_equal(dayone_format_parse(&f, ok[i].name), DAYONE_OK);
        assert_int_equal(f, ok[i].format);
    }
    dayone_format f = DAYONE_FORMAT_JSON;
    assert_int_equal(dayone_format_parse(&f, "xml"), DAYONE_EINVAL);
    assert_int_equal(dayone_format_parse(&f, ""), DAYONE_EINVAL);
    assert_int_equal(dayone_format_parse(&f, "json "), DAYONE_EINVAL);
    assert_int_equal(dayone_format_parse(&f, NULL), DAYONE_EINVAL);
    assert_int_equal(dayone_format_parse(NULL, "json"), DAYONE_EINVAL);
    assert_int_equal(f, DAYONE_FORMAT_JSON); /* untouched on error */
}

static void test_render_errors(void **state)
{
    (void)state;
    dayone_report *r = sample();
    dayone_error err = {0};
    char *out = (char *)"sentinel";
    size_t len = 99;

    assert_int_equal(dayone_report_render(&out, &len, NULL, DAYONE_FORMAT_TEXT, 0, &err),
                     DAYONE_EINVAL);
    assert_int_equal(err.code, DAYONE_EINVAL);
    assert_null(out);
    assert_int_equal(len, 0);
    assert_int_equal(dayone_report_render(NULL, &len, r, DAYONE_FORMAT_TEXT, 0, NULL),
                     DAYONE_EINVAL);
    dayone_error_clear(&err);
    out = (char *)"sentinel";
    assert_int_equal(dayone_report_render(&out, NULL, r, (dayone_format)42, 0, &err),
                     DAYONE_EINVAL);
    assert_null(out);
    assert_contains(err.message, "format");

    /* A report that ran out of memory while being built is never rendered
     * (it could be missing an error) and never ok. */
    r->oom = 1;
    assert_false(dayone_report_ok(r));
    assert_int_equal(dayone_report_render(&out, NULL, r, DAYONE_FORMAT_JSON, 0, &err),
                     DAYONE_ENOMEM);
    assert_null(out);
    dayone_report_free(r);
}

static void test_text(void **state)
{
    (void)state;
    dayone_report *r = sample();
    char *t = render(r, DAYONE_FORMAT_TEXT, 0);
    assert_starts_with(t, "dayone: policy \"saas\" - NOT READY\n");
    /* Groups in order, each finding's line aligned: key, rule, message. */
    const char *e = strstr(t, "\nerrors:\n"), *w = strstr(t, "\nwarnings:\n"),
               *v = strstr(t, "\nwaived:\n");
    assert_non_null(e);
    assert_non_null(w);
    assert_non_null(v);
    assert_true(e < w && w < v);
    assert_contains(t, "  SECRET_KEY         secret-min-length   SECRET_KEY is 12 characters, needs 32\n");
    assert_contains(t, "  STRIPE_SECRET_KEY  secret-stripe-mode  a live key outside production\n");
    assert_true(strstr(t, "SECRET_KEY is 12") < w && strstr(t, "a live key") > w);
    assert_contains(t, "fix: Use 32 random bytes.\n");
    assert_contains(t, "because BILLING_ENABLED=true\n");
    assert_contains(t, "from .env:12\n");
    assert_contains(t, "from process environment\n");
    assert_contains(t, "from secret file /run/secrets/jwt\n");
    assert_contains(t, "waived: rotating on 12-01\n");
    assert_true(strlen(t) > 30);
    assert_string_equal(t + strlen(t) - 30, "\n1 error, 1 warning, 1 waived\n");
    assert_not_contains(t, "\033");
    dayone_free(t);

    t = render(r, DAYONE_FORMAT_TEXT, DAYONE_RENDER_COLOR);
    assert_contains(t, "\033[31m");  /* errors red */
    assert_contains(t, "\033[33m");  /* warnings yellow */
    assert_contains(t, "\033[2m");   /* waived dim */
    assert_contains(t, "\033[0m");
    dayone_free(t);
    dayone_report_free(r);

    r = dy_report_new("clean");
    t = render(r, DAYONE_FORMAT_TEXT, 0);
    assert_string_equal(t, "dayone: policy \"clean\" - READY: no problems found\n");
    dayone_free(t);
    dy_report_add(r, "w", "W", DAYONE_SEVERITY_WARNING, "", "", "careful");
    dy_report_add(r, "w", "V", DAYONE_SEVERITY_WARNING, "", "", "careful");
    t = render(r, DAYONE_FORMAT_TEXT, 0);
    assert_contains(t, "- READY\n");
    assert_contains(t, "\n0 errors, 2 warnings, 0 waived\n");
    assert_not_contains(t, "errors:");
    dayone_free(t);
    dayone_report_free(r);
}

static void test_text_long_columns(void **state)
{
    (void)state;
    /* Keys and rules wider than the column cap still get a gap. */
    const char *key = "A_VERY_LONG_VARIABLE_NAME_THAT_GOES_ON_AND_ON";
    dayone_report *r = dy_report_new("p");
    dy_report_add(r, "a-very-long-posture-rule-identifier-from-the-policy", key,
                  DAYONE_SEVERITY_ERROR, "do it", "", "msg");
    dy_report_add(r, "short", "K", DAYONE_SEVERITY_ERROR, "", "", "other");
    char *t = render(r, DAYONE_FORMAT_TEXT, 0);
    assert_contains(t, "  A_VERY_LONG_VARIABLE_NAME_THAT_GOES_ON_AND_ON  "
                       "a-very-long-posture-rule-identifier-from-the-policy  msg\n"
                       "      fix: do it\n");
    /* The short row is padded to the capped column widths (32). */
    assert_contains(t, "  K                                 short                             other\n");
    dayone_free(t);
    dayone_report_free(r);
}

static void test_text_escapes_terminal_controls(void **state)
{
    (void)state;
    dayone_report *r = dy_report_new("p\033]0;x\a");
    dy_report_add(r, "rule", "KEY", DAYONE_SEVERITY_ERROR, "two\nlines", "", "%s",
                  "esc\033[2J bell\a bad\xff c1\xc2\x9b ok\xc3\xa9");
    char *t = render(r, DAYONE_FORMAT_TEXT, 0);
    assert_contains(t, "esc\\x1b[2J bell\\x07 bad\xEF\xBF\xBD c1\\x9b ok\xc3\xa9");
    assert_contains(t, "fix: two\\nlines\n");
    assert_contains(t, "policy \"p\\x1b]0;x\\x07\"");
    for (const unsigned char *p = (const unsigned char *)t; *p; p++)
        assert_true(*p >= 0x20 || *p == '\n');
    dayone_free(t);
    dayone_report_free(r);
}

static void test_json(void **state)
{
    (void)state;
    dayone_report *r = sample();
    char *j = render(r, DAYONE_FORMAT_JSON, 0);
    assert_starts_with(j, "{\n  \"ok\": false,\n  \"policy\": \"saas\",\n");
    assert_contains(j, "\"summary\": {\"errors\": 1, \"warnings\": 1, \"waived\": 1}");
    assert_contains(j, "{\"rule\": \"secret-min-length\", \"key\": \"SECRET_KEY\", "
                       "\"severity\": \"error\", \"message\": \"SECRET_KEY is 12 characters, "
                       "needs 32\", \"hint\": \"Use 32 random bytes.\", \"because\": "
                       "\"BILLING_ENABLED=true\", \"source\": \"file\", \"path\": \".env\", "
                       "\"line\": 12, \"waiver\": \"\"}");
    assert_contains(j, "\"severity\": \"waived\"");
    assert_contains(j, "\"source\": \"secret-file\", \"path\": \"/run/secrets/jwt\", \"line\": 0, "
                       "\"waiver\": \"rotating on 12-01\"}");
    assert_int_equal(occurrences(j, "\"rule\": "), 3);
    dayone_free(j);
    dayone_report_free(r);

    r = dy_report_new("clean");
    j = render(r, DAYONE_FORMAT_JSON, 0);
    assert_string_equal(j, "{\n  \"ok\": true,\n  \"policy\": \"clean\",\n"
                           "  \"profiles\": [],\n"
                           "  \"summary\": {\"errors\": 0, \"warnings\": 0, \"waived\": 0},\n"
                           "  \"findings\": []\n}\n");
    dayone_free(j);
    dayone_report_free(r);
}

static void test_json_escaping(void **state)
{
    (void)state;
    dayone_report *r = dy_report_new("q\"p");
    dy_report_add(r, "r\\1", "K", DAYONE_SEVERITY_ERROR, "tab\there", "", "%s",
                  "say \"hi\"\nback\\slash ctl\x01 bad\xff\xfe end");
    char *j = render(r, DAYONE_FORMAT_JSON, 0);
    assert_contains(j, "\"policy\": \"q\\\"p\"");
    assert_contains(j, "\"rule\": \"r\\\\1\"");
    assert_contains(j, "\"message\": \"say \\\"hi\\\"\\nback\\\\slash ctl\\u0001 bad\\ufffd\\ufffd end\"");
    assert_contains(j, "\"hint\": \"tab\\there\"");
    for (const unsigned char *p = (const unsigned char *)j; *p; p++)
        assert_true(*p >= 0x20 || *p == '\n');
    dayone_free(j);
    dayone_report_free(r);
}

static char *render_sarif_at(const dayone_report *r, const char *root)
{
    char *out = NULL;
    dayone_error err = {0};
    dayone_render_options opts = DAYONE_RENDER_OPTIONS_INIT;
    opts.sarif_root = root;
    if (dayone_report_render_with(&out, NULL, r, DAYONE_FORMAT_SARIF, &opts, &err) != DAYONE_OK)
        fail_msg("SARIF render at %s failed: %s", root ? root : "(cwd)", err.message);
    return out;
}

static void test_sarif(void **state)
{
    (void)state;
    dayone_report *r = sample();
    /* A second finding of the first rule: one rule descriptor, same index. */
    dayone_finding *f = dy_report_add(r, "secret-min-length", "API_TOKEN", DAYONE_SEVERITY_ERROR,
                                      "", "", "API_TOKEN is short");
    dy_finding_set_source(r, f, "file", "/srv/my app/.env", 4);
    char *s = render(r, DAYONE_FORMAT_SARIF, 0);
    assert_contains(s, "\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\"");
    assert_contains(s, "\"version\": \"2.1.0\"");
    assert_contains(s, "\"name\": \"dayone\", \"version\": \"" DAYONE_VERSION_STRING "\"");
    /* GitHub requires short and full descriptions and help on every rule. */
    assert_int_equal(occurrences(s, "\"shortDescription\""), 3);
    assert_int_equal(occurrences(s, "\"fullDescription\""), 3);
    assert_int_equal(occurrences(s, "\"help\": {\"text\": "), 3);
    assert_int_equal(occurrences(s, "\"markdown\": "), 3);
    assert_contains(s, "\"helpUri\": \"https://github.com/libdayone/libdayone/blob/main/docs/"
                       "rules.md#secret-stripe-mode\"");
    assert_int_equal(occurrences(s, "{\"ruleId\": "), 4);
    assert_int_equal(occurrences(s, "\"ruleId\": \"secret-min-length\", \"ruleIndex\": 0, "
                                    "\"level\": \"error\""), 2);
    assert_contains(s, "\"ruleId\": \"secret-stripe-mode\", \"ruleIndex\": 1, \"level\": \"warning\"");
    assert_contains(s, "\"ruleId\": \"secret-required\", \"ruleIndex\": 2, \"level\": \"note\"");
    assert_contains(s, "\"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", "
                       "\"justification\": \"rotating on 12-01\"}]");
    assert_int_equal(occurrences(s, "\"suppressions\""), 1);
    assert_contains(s, "\"text\": \"SECRET_KEY is 12 characters, needs 32. Fix: Use 32 random bytes.\"");
    /* Every result has a physical location: the .env line (relative to the
     * working directory), else the pseudo-file when nothing is known. */
    assert_int_equal(occurrences(s, "\"physicalLocation\""), 4);
    assert_int_equal(occurrences(s, "\"primaryLocationLineHash\""), 4);
    assert_contains(s, "{\"uri\": \".env\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": "
                       "{\"startLine\": 12, \"startColumn\": 1, \"endLine\": 12, \"endColumn\": 11}}");
    assert_int_equal(occurrences(s, "{\"uri\": \"dayone-environment\""), 3);
    assert_int_equal(occurrences(s, "\"locationKind\": \"none\""), 3);
    assert_int_equal(occurrences(s, "file:///srv"), 0);
    assert_int_equal(occurrences(s, "/run/secrets/jwt"), 0);
    assert_contains(s, "\"logicalLocations\": [{\"name\": \"STRIPE_SECRET_KEY\", \"kind\": \"variable\"}]");
    assert_contains(s, "\"because\": \"BILLING_ENABLED=true\"");
    dayone_free(s);

    /* With / as the root, the absolute path becomes a relative URI. */
    s = render_sarif_at(r, "/");
    assert_contains(s, "{\"uri\": \"srv/my%20app/.env\", \"uriBaseId\": \"%SRCROOT%\"}, "
                       "\"region\": {\"startLine\": 4, \"startColumn\": 1, \"endLine\": 4, "
                       "\"endColumn\": 10}}");
    assert_contains(s, "\"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": \"file:///\"}}");
    dayone_free(s);
    dayone_report_free(r);

    /* The anchor chain: NAME_FILE line, policy rule, the .env file. */
    r = dy_report_new("p.yaml");
    dy_report_set_files(r, "conf/p.yaml", "deploy/prod.env");
    f = dy_report_add(r, "secret-min-length", "JWT_SECRET", DAYONE_SEVERITY_ERROR, "", "", "short");
    dy_finding_set_source(r, f, "secret-file", "/run/secrets/jwt", 0);
    dy_finding_set_env_line(r, f, "deploy/prod.env", 3);
    dy_finding_set_declaration(f, 9, 5);
    f = dy_report_add(r, "my-rule", "LAUNCH_MODE", DAYONE_SEVERITY_ERROR, "", "", "not true");
    dy_finding_set_source(r, f, "process", NULL, 0);
    dy_finding_set_declaration(f, 7, 5);
    f = dy_report_add(r, "my-rule", "LAUNCH_MODE", DAYONE_SEVERITY_ERROR, "", "", "again");
    f = dy_report_add(r, "secret-required", "DATABASE_URL", DAYONE_SEVERITY_ERROR, "", "", "unset");
    s = render(r, DAYONE_FORMAT_SARIF, 0);
    assert_contains(s, "{\"uri\": \"deploy/prod.env\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": "
                       "{\"startLine\": 3, \"startColumn\": 1, \"endLine\": 3, \"endColumn\": 16}}");
    assert_contains(s, "{\"uri\": \"conf/p.yaml\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": "
                       "{\"startLine\": 7, \"startColumn\": 5, \"endLine\": 7, \"endColumn\": 6}}");
    assert_contains(s, "{\"uri\": \"deploy/prod.env\", \"uriBaseId\": \"%SRCROOT%\"}, \"region\": "
                       "{\"startLine\": 1, \"startColumn\": 1, \"endLine\": 1, \"endColumn\": 2}}");
    assert_contains(s, "\"locationKind\": \"env-line\"");
    assert_contains(s, "\"locationKind\": \"policy-rule\"");
    assert_contains(s, "\"locationKind\": \"env-file\"");
    /* A rule the policy declares gets the generic help, naming the policy. */
    assert_contains(s, "\"shortDescription\": {\"text\": \"Policy rule 'my-rule'.\"}");
    assert_contains(s, "Declared in policy 'p.yaml'.");
    assert_contains(s, "rules.md#rules-a-policy-declares\"");
    /* Same rule and key twice: same hash, occurrences 1 and 2. */
    assert_true(strstr(s, ":1\"}") != NULL);
    assert_true(strstr(s, ":2\"}") != NULL);
    dayone_free(s);

    /* A root that does not exist is refused, naming it. */
    char *out = NULL;
    dayone_error err = {0};
    dayone_render_options opts = DAYONE_RENDER_OPTIONS_INIT;
    opts.sarif_root = "/nonexistent/dayone-root";
    assert_int_equal(dayone_report_render_with(&out, NULL, r, DAYONE_FORMAT_SARIF, &opts, &err),
                     DAYONE_EINVAL);
    assert_null(out);
    assert_string_equal(err.path, "/nonexistent/dayone-root");
    opts.version = 0;
    assert_int_equal(dayone_report_render_with(&out, NULL, r, DAYONE_FORMAT_SARIF, &opts, &err),
                     DAYONE_EINVAL);
    dayone_report_free(r);

    r = dy_report_new("clean");
    s = render(r, DAYONE_FORMAT_SARIF, 0);
    assert_contains(s, "\"rules\": []");
    assert_contains(s, "\"results\": []");
    dayone_free(s);
    dayone_report_free(r);
}

static void test_junit(void **state)
{
    (void)state;
    dayone_report *r = sample();
    char *x = render(r, DAYONE_FORMAT_JUNIT, 0);
    assert_starts_with(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    /* junit-10.xsd allows no "skipped" on <testsuites> (Jenkins drops the file). */
    assert_contains(x, "<testsuites name=\"dayone\" tests=\"3\" failures=\"1\" errors=\"0\">");
    assert_contains(x, "<testsuite name=\"dayone\" tests=\"3\" failures=\"1\" errors=\"0\" skipped=\"1\">");
    assert_contains(x, "<property name=\"policy\" value=\"saas\"/>");
    assert_contains(x, "<testcase classname=\"secret-min-length\" name=\"SECRET_KEY\">\n"
                       "      <failure message=\"SECRET_KEY is 12 characters, needs 32\" "
                       "type=\"secret-min-length\">");
    assert_contains(x, "fix: Use 32 random bytes.\nbecause BILLING_ENABLED=true\nfrom .env:12\n</failure>");
    assert_contains(x, "<testcase classname=\"secret-stripe-mode\" name=\"STRIPE_SECRET_KEY\">\n"
                       "      <system-out>warning: a live key outside production\n");
    assert_contains(x, "<skipped message=\"waived: rotating on 12-01\">");
    assert_int_equal(occurrences(x, "<testcase "), 3);
    assert_int_equal(occurrences(x, "<failure "), 1);
    dayone_free(x);
    dayone_report_free(r);

    /* No findings: one passing case so the suite is not empty. */
    r = dy_report_new("clean");
    x = render(r, DAYONE_FORMAT_JUNIT, 0);
    assert_contains(x, "tests=\"1\" failures=\"0\"");
    assert_contains(x, "<testcase classname=\"dayone\" name=\"policy clean\"/>");
    dayone_free(x);
    dayone_report_free(r);
}

static void test_junit_escaping(void **state)
{
    (void)state;
    dayone_report *r = dy_report_new("a&b");
    dy_report_add(r, "r<1>", "K'", DAYONE_SEVERITY_ERROR, "x ]]> y", "", "%s",
                  "\"q\" <t> & line\nnext\ttab ctl\x01\x1b bad\xff");
    char *x = render(r, DAYONE_FORMAT_JUNIT, 0);
    assert_contains(x, "value=\"a&amp;b\"");
    assert_contains(x, "<testcase classname=\"r&lt;1&gt;\" name=\"K&apos;\">");
    /* Attributes keep newline and tab as character references; control
     * characters XML cannot carry and invalid UTF-8 become U+FFFD. */
    assert_contains(x, "message=\"&quot;q&quot; &lt;t&gt; &amp; line&#10;next&#9;tab ctl"
                       "\xEF\xBF\xBD\xEF\xBF\xBD bad\xEF\xBF\xBD\"");
    assert_contains(x, "&quot;q&quot; &lt;t&gt; &amp; line\nnext\ttab ctl\xEF\xBF\xBD\xEF\xBF\xBD"
                       " bad\xEF\xBF\xBD\nfix: x ]]&gt; y");
    for (const unsigned char *p = (const unsigned char *)x; *p; p++)
        assert_true(*p >= 0x20 || *p == '\n' || *p == '\t');
    dayone_free(x);
    dayone_report_free(r);

    /* U+FFFE and U+FFFF are valid UTF-8 but not XML 1.0 characters. */
    r = dy_report_new("n\xEF\xBF\xBF");
    dy_report_add(r, "rule", "K", DAYONE_SEVERITY_ERROR, "", "", "%s", "a\xEF\xBF\xBE b\xEF\xBF\xBF c");
    x = render(r, DAYONE_FORMAT_JUNIT, 0);
    assert_null(strstr(x, "\xEF\xBF\xBE"));
    assert_null(strstr(x, "\xEF\xBF\xBF"));
    assert_contains(x, "message=\"a\xEF\xBF\xBD b\xEF\xBF\xBD c\"");
    assert_contains(x, "value=\"n\xEF\xBF\xBD\"");
    dayone_free(x);
    dayone_report_free(r);
}

static void test_many_findings(void **state)
{
    (void)state;
    enum { N = 5000 };
    dayone_report *r = dy_report_new("big");
    for (int i = 0; i < N; i++)
        assert_non_null(dy_report_add(r, i % 2 ? "odd-rule" : "even-rule", "KEY",
                                      (dayone_severity)(i % 3), "", "", "finding %d", i));
    assert_int_equal(dayone_report_count(r), N);
    assert_string_equal(dayone_report_get(r, N - 1)->message, "finding 4999");
    assert_int_equal(dayone_report_count_severity(r, DAYONE_SEVERITY_ERROR), 1667);
    for (int fmt = DAYONE_FORMAT_TEXT; fmt <= DAYONE_FORMAT_JUNIT; fmt++) {
        char *out = render(r, (dayone_format)fmt, 0);
        assert_true(strlen(out) > (size_t)N * 20);
        if (fmt == DAYONE_FORMAT_SARIF)
            assert_int_equal(occurrences(out, "\"shortDescription\""), 2);
        dayone_free(out);
    }
    dayone_report_free(r);
}

/* A returned report is immutable: rendering from several threads at once
 * gives identical output (run under tsan to check for races). */
typedef struct render_job {
    const dayone_report *r;
    char *out[4];
} render_job;

static void *render_all(void *arg)
{
    render_job *job = arg;
    for (int fmt = 0; fmt < 4; fmt++)
        dayone_report_render(&job->out[fmt], NULL, job->r, (dayone_format)fmt, 0, NULL);
    return NULL;
}

static void test_concurrent_render(void **state)
{
    (void)state;
    dayone_report *r = sample();
    render_job jobs[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        memset(&jobs[i], 0, sizeof jobs[i]);
        jobs[i].r = r;
        assert_int_equal(pthread_create(&th[i], NULL, render_all, &jobs[i]), 0);
    }
    for (int i = 0; i < 4; i++)
        pthread_join(th[i], NULL);
    for (int fmt = 0; fmt < 4; fmt++) {
        assert_non_null(jobs[0].out[fmt]);
        for (int i = 1; i < 4; i++)
            assert_string_equal(jobs[i].out[fmt], jobs[0].out[fmt]);
    }
    for (int i = 0; i < 4; i++)
        for (int fmt = 0; fmt < 4; fmt++)
            dayone_free(jobs[i].out[fmt]);
    dayone_report_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty_report),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_add_copies_and_formats),
        cmocka_unit_test(test_order_counts_and_ok),
        cmocka_unit_test(test_unknown_severity_fails_closed),
        cmocka_unit_test(test_source_and_waiver_setters),
        cmocka_unit_test(test_names_and_formats),
        cmocka_unit_test(test_render_errors),
        cmocka_unit_test(test_text),
        cmocka_unit_test(test_text_long_columns),
        cmocka_unit_test(test_text_escapes_terminal_controls),
        cmocka_unit_test(test_json),
        cmocka_unit_test(test_json_escaping),
        cmocka_unit_test(test_sarif),
        cmocka_unit_test(test_junit),
        cmocka_unit_test(test_junit_escaping),
        cmocka_unit_test(test_many_findings),
        cmocka_unit_test(test_concurrent_render),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
