/* test_bad_inputs.c - the bad-input catalogue (tests/bad-inputs/).
 *
 * Three kinds of hostile input, each with the status it must produce:
 *   - malformed files listed in tests/bad-inputs/manifest.tsv: the code,
 *     the error's place (path, line, column) and a piece of the message;
 *   - generated inputs too big to commit: a 100 MB value, a 100 MB .env,
 *     10,000 nesting levels, 10,001 rules, an over-long scalar, ...;
 *   - API misuse: NULL for every pointer argument of every public function,
 *     out-of-range enums and options, unknown plan/limit/feature names,
 *     huge and negative costs, negative usage, embedded NULs.
 * Every load, parse and check is timed (thread CPU time): none may take
 * 100 ms in an optimised build (x2 unoptimised, x5 more under sanitizers,
 * unbounded under valgrind). The slowest is printed. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <valgrind/valgrind.h>
#include "testutil.h"

#define BOUND_MS 100.0
#define HUGE_BYTES (100u * 1024u * 1024u)

static double g_slowest_ms;
static char g_slowest[256];
static size_t g_cases;

/* CPU time of this thread: the work an input costs, not how long a loaded
 * 2-core CI machine took to schedule it. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* The bound is for optimised builds (the dev preset is RelWithDebInfo);
 * unoptimised and sanitizer builds get head-room, valgrind none at all. */
static double bound_ms(void)
{
    double b = BOUND_MS;
#if !defined(__OPTIMIZE__)
    b *= 2;
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    b *= 5;
#endif
    return b;
}

/* Record one timed case; fail when over the bound. */
static void timed(const char *what, double ms)
{
    g_cases++;
    if (ms > g_slowest_ms) {
        g_slowest_ms = ms;
        snprintf(g_slowest, sizeof g_slowest, "%s", what);
    }
    if (!RUNNING_ON_VALGRIND && ms > bound_ms())
        fail_msg("%s took %.1f ms (bound %.0f ms)", what, ms, bound_ms());
}

static int status_from_name(const char *s)
{
    static const struct { const char *name; int code; } t[] = {
        {"DAYONE_OK", DAYONE_OK}, {"DAYONE_ERROR", DAYONE_ERROR},
        {"DAYONE_EINVAL", DAYONE_EINVAL}, {"DAYONE_ENOMEM", DAYONE_ENOMEM},
        {"DAYONE_ENOTFOUND", DAYONE_ENOTFOUND}, {"DAYONE_EPOLICY", DAYONE_EPOLICY},
        {"DAYONE_EENVFILE", DAYONE_EENVFILE}, {"DAYONE_EIO", DAYONE_EIO},
        {"DAYONE_ELIMIT", DAYONE_ELIMIT}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(s, t[i].name) == 0)
            return t[i].code;
    fail_msg("unknown status name %s in the manifest", s);
    return 1;
}

/* Assert an error: code, place and a piece of the message. */
static void expect_error(const char *what, int rc, const dayone_error *err, int code,
                         const char *path, unsigned line, unsigned col, const char *piece)
{
    if (rc != code || err->code != code)
        fail_msg("%s: got %s (err.code %s: %s), expected %s", what, dayone_status_name(rc),
                 dayone_status_name(err->code), err->message, dayone_status_name(code));
    if (path && strcmp(err->path, path) != 0)
        fail_msg("%s: error path \"%s\", expected \"%s\"", what, err->path, path);
    if (err->line != line || err->column != col)
        fail_msg("%s: error at %u:%u, expected %u:%u (%s)", what, err->line, err->column, line,
                 col, err->message);
    if (piece && !strstr(err->message, piece))
        fail_msg("%s: message \"%s\" lacks \"%s\"", what, err->message, piece);
}

/* ---- the catalogue of files ---- */

static int ends_with(const char *s, const char *suffix)
{
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int load_any_file(const char *path, dayone_error *err)
{
    if (ends_with(path, ".yaml")) {
        dayone_policy *p = NULL;
        int rc = dayone_policy_load_file(&p, path, err);
        if (rc != DAYONE_OK)
            assert_null(p);
        dayone_policy_free(p);
        return rc;
    }
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    int rc = dayone_env_add_file(env, path, err);
    if (rc != DAYONE_OK)
        assert_int_equal(dayone_env_count(env), 0);   /* unchanged on error */
    dayone_env_free(env);
    return rc;
}

static int load_any_string(const char *rel, const char *text, size_t len, dayone_error *err)
{
    if (ends_with(rel, ".yaml")) {
        dayone_policy *p = NULL;
        int rc = dayone_policy_load_string(&p, text, len, rel, err);
        dayone_policy_free(p);
        return rc;
    }
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    int rc = dayone_env_add_string(env, text, len, rel, err);
    dayone_env_free(env);
    return rc;
}

static size_t g_manifest_n;
static char g_manifest_files[256][96];

static void test_catalogue_files(void **state)
{
    (void)state;
    char *text = tu_read_file(tu_src("tests/bad-inputs/manifest.tsv"), NULL);
    assert_non_null(text);
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#' || line[0] == '\0')
            continue;
        char rel[96], code[32], place[32], piece[200];
        unsigned l = 0, c = 0;
        if (sscanf(line, "%95[^\t]\t%31[^\t]\t%31[^\t]\t%199[^\n]", rel, code, place, piece) != 4 ||
            sscanf(place, "%u:%u", &l, &c) != 2)
            fail_msg("bad manifest line: %s", line);
        assert_true(g_manifest_n < 256);
        snprintf(g_manifest_files[g_manifest_n++], sizeof g_manifest_files[0], "%s", rel);

        char rel_path[160];
        snprintf(rel_path, sizeof rel_path, "tests/bad-inputs/%s", rel);
        const char *path = tu_src(rel_path);
        char path_copy[1024];
        snprintf(path_copy, sizeof path_copy, "%s", path);
        int want = status_from_name(code);

        dayone_error err;
        dayone_error_clear(&err);
        double t0 = now_ms();
        int rc = load_any_file(path_copy, &err);
        timed(rel, now_ms() - t0);
        expect_error(rel, rc, &err, want, path_copy, l, c, piece);

        /* the same bytes from memory: same code and place, named as given */
        size_t len = 0;
        char *bytes = tu_read_file(path_copy, &len);
        assert_non_null(bytes);
        dayone_error_clear(&err);
        t0 = now_ms();
        rc = load_any_string(rel, bytes, len, &err);
        timed(rel, now_ms() - t0);
        expect_error(rel, rc, &err, want, rel, l, c, piece);
        free(bytes);
    }
    free(text);
    printf("catalogue: %zu files\n", g_manifest_n);
}

/* Every file under policies/ and env/ is in the manifest (and vice versa,
 * by the loop above failing on a missing file). */
static void test_catalogue_complete(void **state)
{
    (void)state;
    static const char *const dirs[] = {"policies", "env"};
    for (size_t d = 0; d < 2; d++) {
        char rel[64];
        snprintf(rel, sizeof rel, "tests/bad-inputs/%s", dirs[d]);
        DIR *dir = opendir(tu_src(rel));
        assert_non_null(dir);
        struct dirent *e;
        while ((e = readdir(dir)) != NULL) {
            if (e->d_name[0] == '.')
                continue;
            char name[300];
            snprintf(name, sizeof name, "%s/%s", dirs[d], e->d_name);
            int found = 0;
            for (size_t i = 0; i < g_manifest_n && !found; i++)
                found = strcmp(g_manifest_files[i], name) == 0;
            if (!found)
                fail_msg("%s has no line in tests/bad-inputs/manifest.tsv", name);
        }
        closedir(dir);
    }
}

/* ---- generated inputs ---- */

static char *repeat(const char *head, const char *unit, size_t times, const char *tail,
                    size_t *len)
{
    size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail);
    size_t n = hl + ul * times + tl;
    char *s = malloc(n + 1);
    assert_non_null(s);
    memcpy(s, head, hl);
    if (ul == 1)
        memset(s + hl, unit[0], times);
    else
        for (size_t i = 0; i < times; i++)
            memcpy(s + hl + i * ul, unit, ul);
    memcpy(s + hl + ul * times, tail, tl);
    s[n] = '\0';
    *len = n;
    return s;
}

static void policy_case(const char *what, const char *text, size_t len, int code, unsigned line,
                        unsigned col, const char *piece)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    double t0 = now_ms();
    int rc = dayone_policy_load_string(&p, text, len, what, &err);
    timed(what, now_ms() - t0);
    dayone_policy_free(p);
    expect_error(what, rc, &err, code, code == DAYONE_OK ? "" : what, line, col, piece);
}

static void test_generated_policies(void **state)
{
    (void)state;
    size_t len;
    char *s;

    /* 10,000 nested flow sequences: stopped at level 65 (the top mapping is 1) */
    s = repeat("version: 1\nx: ", "[", 10000, "", &len);
    policy_case("nested-10000-seq", s, len, DAYONE_ELIMIT, 2, 67, "64-level limit");
    free(s);
    /* 10,000 nested flow mappings, closed properly */
    char *open = repeat("version: 1\nx: ", "{a: ", 10000, "", &len);
    char *full = malloc(len + 10001);
    assert_non_null(full);
    memcpy(full, open, len);
    memset(full + len, '}', 10000);
    full[len + 10000] = '\n';
    policy_case("nested-10000-map", full, len + 10001, DAYONE_ELIMIT, 2, 4 + 4 * 63,
                "64-level limit");
    free(open);
    free(full);
    /* 10,000 nested block sequences ("- - - - x"): one line, deep */
    s = repeat("version: 1\nx:\n  ", "- ", 10000, "x\n", &len);
    policy_case("nested-10000-block", s, len, DAYONE_ELIMIT, 3, 3 + 2 * 63, "64-level limit");
    free(s);
    /* just over 1 MiB (valid YAML: a long comment) */
    s = repeat("version: 1\n# ", "x", 1024u * 1024u, "\n", &len);
    policy_case("policy-over-1mib", s, len, DAYONE_ELIMIT, 0, 0, "1 MiB limit");
    free(s);
    /* a 100 MB policy */
    s = repeat("version: 1\n# ", "x", HUGE_BYTES, "\n", &len);
    policy_case("policy-100mb", s, len, DAYONE_ELIMIT, 0, 0, NULL);
    free(s);
    /* one scalar over 64 KiB */
    s = repeat("version: 1\nsecrets:\n  - key: A\n    hint: ", "h", 64u * 1024u + 1, "\n", &len);
    policy_case("scalar-over-64kib", s, len, DAYONE_ELIMIT, 4, 11, NULL);
    free(s);
    /* 10,001 secrets (the limit is 10,000 rules) */
    {
        size_t cap = 32 + 10001 * 24, n = 0;
        char *b = malloc(cap);
        assert_non_null(b);
        n += (size_t)snprintf(b, cap, "version: 1\nsecrets:\n");
        for (int i = 0; i < 10001; i++)
            n += (size_t)snprintf(b + n, cap - n, "  - {key: K%05d}\n", i);
        policy_case("rules-10001", b, n, DAYONE_ELIMIT, 3, 3, "10000");
        free(b);
    }
    /* 1,000 aliases to one anchor (the first anchor is already refused) */
    s = repeat("version: 1\nx: &a [y]\nz: [", "*a, ", 1000, "*a]\n", &len);
    policy_case("aliases-1000", s, len, DAYONE_EPOLICY, 2, 4, "anchors and aliases");
    free(s);
    /* embedded NUL in the middle of a string load */
    static const char nul_policy[] = "version: 1\nflags:\n  a\0b: {env: A}\n";
    policy_case("policy-embedded-nul", nul_policy, sizeof nul_policy - 1, DAYONE_EPOLICY, 3, 4,
                "control characters");
}

static void env_case(const char *what, const char *text, size_t len, int code, unsigned line,
                     unsigned col, const char *piece)
{
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    dayone_error err;
    dayone_error_clear(&err);
    double t0 = now_ms();
    int rc = dayone_env_add_string(env, text, len, what, &err);
    timed(what, now_ms() - t0);
    dayone_env_free(env);
    expect_error(what, rc, &err, code, code == DAYONE_OK ? "" : what, line, col, piece);
}

static void test_generated_env(void **state)
{
    (void)state;
    size_t len;
    char *s;

    /* a value one byte over the 1 MiB limit, in .env text: ELIMIT at the value */
    s = repeat("OK=1\nBIG=", "v", DAYONE_ENV_VALUE_MAX + 1, "\n", &len);
    env_case("env-value-over-1mib", s, len, DAYONE_ELIMIT, 2, 5, NULL);
    free(s);
    /* a 100 MB .env: over the 16 MiB file limit, refused before parsing */
    s = repeat("BIG=", "v", HUGE_BYTES, "\n", &len);
    {
        dayone_env *env = NULL;
        dayone_error err;
        dayone_error_clear(&err);
        assert_int_equal(dayone_env_new(&env), DAYONE_OK);
        double t0 = now_ms();
        int rc = dayone_env_add_string(env, s, len, "env-100mb", &err);
        timed("env-100mb (string)", now_ms() - t0);
        assert_int_equal(rc, DAYONE_ELIMIT);
        assert_int_equal(err.code, DAYONE_ELIMIT);
        assert_string_equal(err.path, "env-100mb");

        /* the same on disk: refused without reading it all */
        char path[] = "/tmp/dayone-bad-inputs-XXXXXX";
        int fd = mkstemp(path);
        assert_true(fd >= 0);
        assert_int_equal(write(fd, s, len), (ssize_t)len);
        close(fd);
        dayone_error_clear(&err);
        t0 = now_ms();
        rc = dayone_env_add_file(env, path, &err);
        timed("env-100mb (file)", now_ms() - t0);
        assert_int_equal(rc, DAYONE_ELIMIT);
        assert_string_equal(err.path, path);
        assert_int_equal(dayone_env_count(env), 0);

        /* a 100 MB value through dayone_env_set: ELIMIT naming the key */
        dayone_error_clear(&err);
        t0 = now_ms();
        rc = dayone_env_set(env, "HUGE_VALUE", s, len, &err);
        timed("env-set-100mb", now_ms() - t0);
        assert_int_equal(rc, DAYONE_ELIMIT);
        assert_non_null(strstr(err.message, "HUGE_VALUE"));

        /* a 100 MB NAME_FILE secret: the check reports it, naming the path */
        assert_int_equal(dayone_env_set(env, "SECRET_KEY_FILE", path, strlen(path), NULL),
                         DAYONE_OK);
        dayone_report *r = NULL;
        t0 = now_ms();
        rc = dayone_check(&r, NULL, env, NULL, &err);
        timed("name-file-100mb (check)", now_ms() - t0);
        assert_int_equal(rc, DAYONE_OK);
        int found = 0;
        for (size_t i = 0; i < dayone_report_count(r); i++) {
            const dayone_finding *f = dayone_report_get(r, i);
            if (strcmp(f->rule, "secret-file") == 0 && strcmp(f->key, "SECRET_KEY") == 0) {
                found = 1;
                assert_non_null(strstr(f->message, path));
            }
        }
        assert_true(found);
        dayone_report_free(r);
        unlink(path);
        dayone_env_free(env);
    }
    free(s);
    /* 10,000 lines of valid assignments parse well under the bound */
    s = repeat("", "SOME_VARIABLE_NAME=some value here\n", 10000, "", &len);
    env_case("env-10000-lines", s, len, DAYONE_OK, 0, 0, NULL);
    free(s);
    /* an unterminated quote opened on line 1 of a 1 MiB file: reported at its start */
    s = repeat("A=\"", "x\n", 400000, "", &len);
    env_case("env-unterminated-long", s, len, DAYONE_EENVFILE, 1, 3, "unterminated");
    free(s);
}

/* ---- checks that must stay cheap ---- */

static dayone_policy *load_check_policy(const char *rel)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    if (dayone_policy_load_file(&p, tu_src(rel), &err) != DAYONE_OK)
        fail_msg("%s: %s:%u:%u %s", rel, err.path, err.line, err.column, err.message);
    return p;
}

static const dayone_finding *find(const dayone_report *r, const char *rule, const char *key)
{
    for (size_t i = 0; i < dayone_report_count(r); i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        if (strcmp(f->rule, rule) == 0 && strcmp(f->key, key) == 0)
            return f;
    }
    return NULL;
}

static void timed_check(const char *what, const dayone_policy *p, const dayone_env *env,
                        dayone_report **out)
{
    dayone_error err;
    dayone_error_clear(&err);
    double t0 = now_ms();
    int rc = dayone_check(out, p, env, NULL, &err);
    timed(what, now_ms() - t0);
    if (rc != DAYONE_OK)
        fail_msg("%s: %s %s", what, dayone_status_name(rc), err.message);
    /* rendering is part of what a caller does with the result */
    for (int f = DAYONE_FORMAT_TEXT; f <= DAYONE_FORMAT_JUNIT; f++) {
        char *text = NULL;
        char name[128];
        snprintf(name, sizeof name, "%s (render %d)", what, f);
        t0 = now_ms();
        assert_int_equal(dayone_report_render(&text, NULL, *out, (dayone_format)f, 0, &err),
                         DAYONE_OK);
        timed(name, now_ms() - t0);
        dayone_free(text);
    }
}

static void test_catastrophic_regex(void **state)
{
    (void)state;
    dayone_policy *p = load_check_policy("tests/bad-inputs/check/catastrophic-regex.yaml");
    static const struct { const char *key; const char *unit; size_t times; const char *tail; } v[] = {
        {"NESTED_PLUS", "a", 64, "!"},     {"NESTED_PLUS", "a", 100000, "!"},
        {"WORDS", "word ", 40, "!"},       {"WORDS", "ab ", 50000, "!"},
        {"ALTERNATION", "a", 40, "b"},     {"ALTERNATION", "a", 200000, "b"},
        {"DOUBLE_PLUS", "x", 60, ""},      {"DOUBLE_PLUS", "x", 100000, ""},
        {"BACKREF", "a", 60, "c"},         {"BACKREF", "a", 100000, "c"},
    };
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        size_t len;
        char *value = repeat("", v[i].unit, v[i].times, v[i].tail, &len);
        dayone_env *env = NULL;
        assert_int_equal(dayone_env_new(&env), DAYONE_OK);
        assert_int_equal(dayone_env_set(env, v[i].key, value, len, NULL), DAYONE_OK);
        char what[128];
        snprintf(what, sizeof what, "regex %s on %zu bytes", v[i].key, len);
        dayone_report *r = NULL;
        timed_check(what, p, env, &r);
        const dayone_finding *f = find(r, "secret-pattern", v[i].key);
        if (!f)
            fail_msg("%s: no secret-pattern finding", what);
        dayone_report_free(r);
        dayone_env_free(env);
        free(value);
    }
    dayone_policy_free(p);
}

/* The largest value accepted (1 MiB) under every format, one check per
 * value, then all of them at once for the distinct group's comparisons. */
static void test_largest_values(void **state)
{
    (void)state;
    dayone_policy *p = load_check_policy("tests/bad-inputs/check/every-format.yaml");
    static const char *const keys[] = {"V_URL", "V_DB", "V_B64", "V_B64URL", "V_HEX", "V_KEY",
                                       "V_SK", "V_WH", "V_UUID", "V_INT", "V_PORT", "V_ENUM",
                                       "V_BOOL", "V_LEN", "V_PAT"};
    static const char *const heads[] = {"https://", "postgresql://u@", "sk_live_", "whsec_", "", "-"};
    size_t nkeys = sizeof keys / sizeof keys[0];
    for (size_t h = 0; h < sizeof heads / sizeof heads[0]; h++) {
        size_t len;
        char *value = repeat(heads[h], "A", DAYONE_ENV_VALUE_MAX - strlen(heads[h]), "", &len);
        assert_int_equal(len, DAYONE_ENV_VALUE_MAX);
        for (size_t k = 0; k < nkeys; k++) {
            dayone_env *env = NULL;
            assert_int_equal(dayone_env_new(&env), DAYONE_OK);
            assert_int_equal(dayone_env_set(env, keys[k], value, len, NULL), DAYONE_OK);
            char what[128];
            snprintf(what, sizeof what, "%s = 1 MiB starting \"%s\"", keys[k], heads[h]);
            dayone_report *r = NULL;
            timed_check(what, p, env, &r);
            assert_false(dayone_report_ok(r));   /* the others are missing */
            if (strcmp(keys[k], "V_LEN") == 0 && heads[h][0])
                assert_non_null(find(r, "secret-max-length", "V_LEN"));
            else if (strcmp(keys[k], "V_LEN") == 0)   /* all 'A': a placeholder */
                assert_non_null(find(r, "secret-placeholder", "V_LEN"));
            dayone_report_free(r);
            char *text = NULL;
            dayone_error err;
            dayone_error_clear(&err);
            double t0 = now_ms();
            assert_int_equal(dayone_explain(&text, p, env, keys[k], NULL, &err), DAYONE_OK);
            snprintf(what, sizeof what, "explain %s = 1 MiB starting \"%s\"", keys[k], heads[h]);
            timed(what, now_ms() - t0);
            dayone_free(text);
            dayone_env_free(env);
        }
        free(value);
    }
    /* four 1 MiB values differing only in their last byte: 6 full comparisons
     * (dy_values_equal is constant-time, ~2 ms per MiB compared at -O2) */
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    size_t len;
    char *value = repeat("", "k", DAYONE_ENV_VALUE_MAX, "", &len);
    for (size_t k = 0; k < 4; k++) {
        value[len - 1] = (char)('a' + k);
        assert_int_equal(dayone_env_set(env, keys[k], value, len, NULL), DAYONE_OK);
    }
    dayone_report *r = NULL;
    timed_check("distinct over 4 x 1 MiB", p, env, &r);
    assert_null(find(r, "all-distinct", "V_B64URL"));
    dayone_report_free(r);
    dayone_env_free(env);
    free(value);
    dayone_policy_free(p);
}

/* ---- API misuse ---- */

typedef struct misuse {
    const char *what;
    int expect;
    const char *piece;    /* in err.message; NULL: the function takes no error */
    int (*run)(dayone_error *err);
} misuse;

static dayone_policy *g_policy;   /* the default policy */
static dayone_env *g_env;         /* a small snapshot */
static dayone_report *g_report;   /* a report of g_env */
static dayone_limiter *g_lim;

static int req_decide(dayone_request req, dayone_error *err)
{
    dayone_decision d;
    return dayone_limiter_decide(g_lim, &req, &d, err);
}

static dayone_request base_req(void)
{
    dayone_request r = DAYONE_REQUEST_INIT;
    r.key = "tenant-1";
    r.plan = "pro";
    r.limit = "api";
    r.now_ns = 1000000000;
    return r;
}

/* One misuse per function; code and piece are repeated in the table below. */
#define M(name, code, piece, body) \
    static int m_##name(dayone_error *err) { (void)err; body }
#define REQ(name, code, piece, field_set) \
    static int m_##name(dayone_error *err) { dayone_request r = base_req(); field_set; return req_decide(r, err); }

M(load_file_null_out, EINVAL, "", { return dayone_policy_load_file(NULL, "x.yaml", err); })
M(load_file_null_path, EINVAL, "", { dayone_policy *p = NULL; return dayone_policy_load_file(&p, NULL, err); })
M(load_file_missing, EIO, "", { dayone_policy *p = NULL; return dayone_policy_load_file(&p, "/nonexistent/dayone/policy.yaml", err); })
M(load_file_directory, EIO, "", { dayone_policy *p = NULL; int rc = dayone_policy_load_file(&p, "/tmp", err); dayone_policy_free(p); return rc; })
M(load_string_null_out, EINVAL, "", { return dayone_policy_load_string(NULL, "version: 1\n", 11, NULL, err); })
M(load_string_null_text, EINVAL, "", { dayone_policy *p = NULL; return dayone_policy_load_string(&p, NULL, 11, NULL, err); })
M(load_default_null, EINVAL, "", { return dayone_policy_load_default(NULL, err); })
M(env_new_null, EINVAL, NULL, { return dayone_env_new(NULL); })
M(env_add_process_null, EINVAL, NULL, { return dayone_env_add_process(NULL); })
M(env_add_file_null_env, EINVAL, "", { return dayone_env_add_file(NULL, "x.env", err); })
M(env_add_file_null_path, EINVAL, "", { return dayone_env_add_file(g_env, NULL, err); })
M(env_add_file_missing, EIO, "/nonexistent/dayone/.env", { return dayone_env_add_file(g_env, "/nonexistent/dayone/.env", err); })
M(env_add_string_null_env, EINVAL, "", { return dayone_env_add_string(NULL, "A=1", 3, NULL, err); })
M(env_add_string_null_text, EINVAL, "", { return dayone_env_add_string(g_env, NULL, 3, NULL, err); })
M(env_set_null_env, EINVAL, "", { return dayone_env_set(NULL, "A", "1", 1, err); })
M(env_set_null_name, EINVAL, "", { return dayone_env_set(g_env, NULL, "1", 1, err); })
M(env_set_null_value, EINVAL, "", { return dayone_env_set(g_env, "A", NULL, 1, err); })
M(env_set_empty_name, EINVAL, "invalid variable name", { return dayone_env_set(g_env, "", "1", 1, err); })
M(env_set_bad_name, EINVAL, "invalid variable name", { return dayone_env_set(g_env, "MY-KEY", "1", 1, err); })
M(env_set_digit_name, EINVAL, "invalid variable name", { return dayone_env_set(g_env, "1KEY", "1", 1, err); })
M(env_set_non_utf8_name, EINVAL, "invalid variable name", { return dayone_env_set(g_env, "KEY\xff", "1", 1, err); })
M(env_set_embedded_nul, EINVAL, "NUL", { return dayone_env_set(g_env, "NUL_VALUE", "ab\0cd", 5, err); })
M(check_null_out, EINVAL, "dayone_check", { return dayone_check(NULL, g_policy, g_env, NULL, err); })
M(check_null_env, EINVAL, "dayone_check", { dayone_report *r = NULL; return dayone_check(&r, g_policy, NULL, NULL, err); })
M(check_bad_options_version, EINVAL, "version", { dayone_report *r = NULL; dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT; o.version = 0; return dayone_check(&r, g_policy, g_env, &o, err); })
M(check_process_null_out, EINVAL, "dayone_check_process", { return dayone_check_process(NULL, g_policy, NULL, err); })
M(check_process_bad_options_version, EINVAL, "version", { dayone_report *r = NULL; dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT; o.version = 0; return dayone_check_process(&r, g_policy, &o, err); })
M(explain_null_out, EINVAL, "dayone_explain", { return dayone_explain(NULL, g_policy, g_env, "SECRET_KEY", NULL, err); })
M(explain_null_env, EINVAL, "dayone_explain", { char *t = NULL; return dayone_explain(&t, g_policy, NULL, "SECRET_KEY", NULL, err); })
M(explain_null_key, EINVAL, "dayone_explain", { char *t = NULL; return dayone_explain(&t, g_policy, g_env, NULL, NULL, err); })
M(explain_unknown_key, ENOTFOUND, "NO_SUCH_KEY", { char *t = NULL; return dayone_explain(&t, g_policy, g_env, "NO_SUCH_KEY", NULL, err); })
M(render_null_report, EINVAL, "", { char *t = NULL; return dayone_report_render(&t, NULL, NULL, DAYONE_FORMAT_TEXT, 0, err); })
M(render_null_out, EINVAL, "", { return dayone_report_render(NULL, NULL, g_report, DAYONE_FORMAT_TEXT, 0, err); })
M(render_bad_format, EINVAL, "format", { char *t = NULL; return dayone_report_render(&t, NULL, g_report, (dayone_format)99, 0, err); })
M(render_negative_format, EINVAL, "format", { char *t = NULL; return dayone_report_render(&t, NULL, g_report, (dayone_format)-1, 0, err); })
M(format_parse_null, EINVAL, NULL, { dayone_format f; return dayone_format_parse(&f, NULL); })
M(format_parse_unknown, EINVAL, NULL, { dayone_format f; return dayone_format_parse(&f, "xml"); })
M(format_parse_null_out, EINVAL, NULL, { return dayone_format_parse(NULL, "json"); })
M(limiter_new_null_out, EINVAL, "dayone_limiter_new", { return dayone_limiter_new(NULL, g_policy, NULL, err); })
M(limiter_new_null_policy, EINVAL, "dayone_limiter_new", { dayone_limiter *l = NULL; return dayone_limiter_new(&l, NULL, NULL, err); })
M(limiter_new_bad_enforcement, EINVAL, "enforcement", { dayone_limiter *l = NULL; dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT; o.enforcement = (dayone_enforcement)42; return dayone_limiter_new(&l, g_policy, &o, err); })
M(limiter_new_huge_capacity, EINVAL, "capacity", { dayone_limiter *l = NULL; dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT; o.capacity = SIZE_MAX; return dayone_limiter_new(&l, g_policy, &o, err); })
M(limiter_new_bad_version, EINVAL, "version", { dayone_limiter *l = NULL; dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT; o.version = 0; return dayone_limiter_new(&l, g_policy, &o, err); })
M(decide_null_limiter, EINVAL, "dayone_limiter_decide", { dayone_request r = base_req(); dayone_decision d; return dayone_limiter_decide(NULL, &r, &d, err); })
M(decide_null_request, EINVAL, "request", { dayone_decision d; return dayone_limiter_decide(g_lim, NULL, &d, err); })
M(decide_null_out, EINVAL, "dayone_limiter_decide", { dayone_request r = base_req(); return dayone_limiter_decide(g_lim, &r, NULL, err); })
REQ(decide_null_key, EINVAL, "key", r.key = NULL)
REQ(decide_null_plan, EINVAL, "plan", r.plan = NULL)
REQ(decide_null_limit, EINVAL, "limit", r.limit = NULL)
REQ(decide_unknown_plan, ENOTFOUND, "platinum", r.plan = "platinum")
REQ(decide_plan_wrong_case, ENOTFOUND, "Pro", r.plan = "Pro")
REQ(decide_plan_non_utf8, ENOTFOUND, "unknown plan", r.plan = "pro\xff")
REQ(decide_unknown_limit, ENOTFOUND, "uploads", r.limit = "uploads")
REQ(decide_unknown_feature, ENOTFOUND, "teleport", r.feature = "teleport")
REQ(decide_negative_cost, EINVAL, "cost", r.cost = -1)
REQ(decide_min_cost, EINVAL, "cost", r.cost = INT64_MIN)
REQ(decide_cost_over_max, EINVAL, "cost", r.cost = 1000000001)
REQ(decide_huge_cost, EINVAL, "cost", r.cost = INT64_MAX)
REQ(decide_negative_usage, EINVAL, "usage", r.usage = -2)
REQ(decide_min_usage, EINVAL, "usage", r.usage = INT64_MIN)
REQ(decide_negative_clock, EINVAL, "now_ns", r.now_ns = -5)
M(decide_many_null_reqs, EINVAL, "dayone_limiter_decide_many", { dayone_decision d[2]; return dayone_limiter_decide_many(g_lim, NULL, 2, d, NULL, err); })
M(decide_many_null_outs, EINVAL, "dayone_limiter_decide_many", { dayone_request r[1] = {base_req()}; return dayone_limiter_decide_many(g_lim, r, 1, NULL, NULL, err); })
M(decide_many_null_limiter, EINVAL, "dayone_limiter_decide_many", { dayone_request r[1] = {base_req()}; dayone_decision d[1]; return dayone_limiter_decide_many(NULL, r, 1, d, NULL, err); })
static int m_decide_many_one_bad(dayone_error *err)
{
    dayone_request r[3];
    r[0] = r[1] = r[2] = base_req();
    r[1].plan = "nope";
    dayone_decision d[3];
    int st[3];
    int rc = dayone_limiter_decide_many(g_lim, r, 3, d, st, err);
    assert_int_equal(st[0], DAYONE_OK);
    assert_int_equal(st[1], DAYONE_ENOTFOUND);
    assert_int_equal(st[2], DAYONE_OK);
    return rc;
}
M(swap_null_limiter, EINVAL, "dayone_limiter_swap_policy", { return dayone_limiter_swap_policy(NULL, g_policy, err); })
M(swap_null_policy, EINVAL, "dayone_limiter_swap_policy", { return dayone_limiter_swap_policy(g_lim, NULL, err); })
M(enforcement_parse_null, EINVAL, NULL, { dayone_enforcement e; return dayone_enforcement_parse(&e, NULL); })
M(enforcement_parse_unknown, EINVAL, NULL, { dayone_enforcement e; return dayone_enforcement_parse(&e, "lax"); })
M(retry_after_null, EINVAL, NULL, { char b[32]; return dayone_decision_retry_after(NULL, b, sizeof b); })
M(retry_after_null_buf, EINVAL, NULL, { dayone_decision d; memset(&d, 0, sizeof d); d.allowed = 1; d.status = 200; return dayone_decision_retry_after(&d, NULL, 32); })
M(retry_after_zero_size, EINVAL, NULL, { dayone_decision d; memset(&d, 0, sizeof d); char b[1]; return dayone_decision_retry_after(&d, b, 0); })
M(ratelimit_null_name, EINVAL, NULL, { dayone_decision d; memset(&d, 0, sizeof d); d.window_ns = 1000000000; d.burst = d.limit = 10; char b[64]; return dayone_decision_ratelimit(&d, NULL, b, sizeof b); })
M(ratelimit_control_name, EINVAL, NULL, { dayone_decision d; memset(&d, 0, sizeof d); d.window_ns = 1000000000; d.burst = d.limit = 10; char b[64]; return dayone_decision_ratelimit(&d, "a\r\nb", b, sizeof b); })
M(ratelimit_policy_tiny_buf, EINVAL, NULL, { dayone_decision d; memset(&d, 0, sizeof d); d.window_ns = 1000000000; d.burst = d.limit = 10; d.rate = 10; d.rate_period_ns = 1000000000; char b[4]; return dayone_decision_ratelimit_policy(&d, "ingest", b, sizeof b); })

#define CASE(name, code, piece) {#name, DAYONE_##code, piece, m_##name}
static const misuse g_misuses[] = {
    CASE(load_file_null_out, EINVAL, ""), CASE(load_file_null_path, EINVAL, ""),
    CASE(load_file_missing, EIO, "/nonexistent/dayone/policy.yaml"),
    CASE(load_file_directory, EIO, "/tmp"),
    CASE(load_string_null_out, EINVAL, ""), CASE(load_string_null_text, EINVAL, ""),
    CASE(load_default_null, EINVAL, ""), CASE(env_new_null, EINVAL, NULL),
    CASE(env_add_process_null, EINVAL, NULL), CASE(env_add_file_null_env, EINVAL, ""),
    CASE(env_add_file_null_path, EINVAL, ""),
    CASE(env_add_file_missing, EIO, "/nonexistent/dayone/.env"),
    CASE(env_add_string_null_env, EINVAL, ""), CASE(env_add_string_null_text, EINVAL, ""),
    CASE(env_set_null_env, EINVAL, ""), CASE(env_set_null_name, EINVAL, ""),
    CASE(env_set_null_value, EINVAL, ""),
    CASE(env_set_empty_name, EINVAL, "invalid variable name"),
    CASE(env_set_bad_name, EINVAL, "invalid variable name"),
    CASE(env_set_digit_name, EINVAL, "invalid variable name"),
    CASE(env_set_non_utf8_name, EINVAL, "invalid variable name"),
    CASE(env_set_embedded_nul, EINVAL, "NUL_VALUE"),
    CASE(check_null_out, EINVAL, "dayone_check"), CASE(check_null_env, EINVAL, "dayone_check"),
    CASE(check_bad_options_version, EINVAL, "version"),
    CASE(check_process_null_out, EINVAL, "dayone_check_process"),
    CASE(check_process_bad_options_version, EINVAL, "version"),
    CASE(explain_null_out, EINVAL, "dayone_explain"), CASE(explain_null_env, EINVAL, "dayone_explain"),
    CASE(explain_null_key, EINVAL, "dayone_explain"),
    CASE(explain_unknown_key, ENOTFOUND, "NO_SUCH_KEY"),
    CASE(render_null_report, EINVAL, ""), CASE(render_null_out, EINVAL, ""),
    CASE(render_bad_format, EINVAL, "format"), CASE(render_negative_format, EINVAL, "format"),
    CASE(format_parse_null, EINVAL, NULL), CASE(format_parse_unknown, EINVAL, NULL),
    CASE(format_parse_null_out, EINVAL, NULL),
    CASE(limiter_new_null_out, EINVAL, "dayone_limiter_new"),
    CASE(limiter_new_null_policy, EINVAL, "dayone_limiter_new"),
    CASE(limiter_new_bad_enforcement, EINVAL, "enforcement"),
    CASE(limiter_new_huge_capacity, EINVAL, "capacity"),
    CASE(limiter_new_bad_version, EINVAL, "version"),
    CASE(decide_null_limiter, EINVAL, "dayone_limiter_decide"),
    CASE(decide_null_request, EINVAL, "request"),
    CASE(decide_null_out, EINVAL, "dayone_limiter_decide"),
    CASE(decide_null_key, EINVAL, "key"), CASE(decide_null_plan, EINVAL, "plan"),
    CASE(decide_null_limit, EINVAL, "limit"),
    CASE(decide_unknown_plan, ENOTFOUND, "platinum"),
    CASE(decide_plan_wrong_case, ENOTFOUND, "Pro"),
    CASE(decide_plan_non_utf8, ENOTFOUND, "unknown plan"),
    CASE(decide_unknown_limit, ENOTFOUND, "uploads"),
    CASE(decide_unknown_feature, ENOTFOUND, "teleport"),
    CASE(decide_negative_cost, EINVAL, "cost"), CASE(decide_min_cost, EINVAL, "cost"),
    CASE(decide_cost_over_max, EINVAL, "cost"), CASE(decide_huge_cost, EINVAL, "cost"),
    CASE(decide_negative_usage, EINVAL, "usage"), CASE(decide_min_usage, EINVAL, "usage"),
    CASE(decide_negative_clock, EINVAL, "now_ns"),
    CASE(decide_many_null_reqs, EINVAL, "dayone_limiter_decide_many"),
    CASE(decide_many_null_outs, EINVAL, "dayone_limiter_decide_many"),
    CASE(decide_many_null_limiter, EINVAL, "dayone_limiter_decide_many"),
    CASE(decide_many_one_bad, ENOTFOUND, "request 1"),
    CASE(swap_null_limiter, EINVAL, "dayone_limiter_swap_policy"),
    CASE(swap_null_policy, EINVAL, "dayone_limiter_swap_policy"),
    CASE(enforcement_parse_null, EINVAL, NULL), CASE(enforcement_parse_unknown, EINVAL, NULL),
    CASE(retry_after_null, EINVAL, NULL), CASE(retry_after_null_buf, EINVAL, NULL),
    CASE(retry_after_zero_size, EINVAL, NULL), CASE(ratelimit_null_name, EINVAL, NULL),
    CASE(ratelimit_control_name, EINVAL, NULL), CASE(ratelimit_policy_tiny_buf, EINVAL, NULL),
};

static void test_api_misuse(void **state)
{
    (void)state;
    dayone_error err;
    assert_int_equal(dayone_policy_load_default(&g_policy, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_new(&g_env), DAYONE_OK);
    assert_int_equal(dayone_env_set(g_env, "SECRET_KEY", "short", 5, NULL), DAYONE_OK);
    assert_int_equal(dayone_check(&g_report, g_policy, g_env, NULL, NULL), DAYONE_OK);
    assert_int_equal(dayone_limiter_new(&g_lim, g_policy, NULL, NULL), DAYONE_OK);
    size_t env_count = dayone_env_count(g_env);

    for (size_t i = 0; i < sizeof g_misuses / sizeof g_misuses[0]; i++) {
        const misuse *m = &g_misuses[i];
        dayone_error_clear(&err);
        double t0 = now_ms();
        int rc = m->run(&err);
        timed(m->what, now_ms() - t0);
        if (rc != m->expect)
            fail_msg("%s: got %s (%s), expected %s", m->what, dayone_status_name(rc), err.message,
                     dayone_status_name(m->expect));
        if (m->piece) {
            /* the message says what was wrong, naming the argument or the place */
            if (err.code != m->expect || err.message[0] == '\0')
                fail_msg("%s: err not filled (code %s, \"%s\")", m->what,
                         dayone_status_name(err.code), err.message);
            if (!strstr(err.message, m->piece) && !strstr(err.path, m->piece))
                fail_msg("%s: \"%s\" (path \"%s\") lacks \"%s\"", m->what, err.message, err.path,
                         m->piece);
        }
        /* the same call without an error object must not crash either */
        assert_int_equal(m->run(NULL), m->expect);
    }
    /* failed calls left the snapshot alone */
    assert_int_equal(dayone_env_count(g_env), env_count);

    /* calls without a status: NULL is harmless, out-of-range is "none" */
    dayone_error_clear(NULL);
    dayone_free(NULL);
    dayone_policy_free(NULL);
    dayone_env_free(NULL);
    dayone_report_free(NULL);
    dayone_limiter_free(NULL);
    assert_non_null(dayone_status_name(12345));
    assert_non_null(dayone_status_name(-12345));
    assert_non_null(dayone_severity_name((dayone_severity)77));
    assert_non_null(dayone_outcome_name((dayone_outcome)77));
    assert_int_equal(dayone_policy_plan_count(NULL), 0);
    assert_null(dayone_policy_plan_name(NULL, 0));
    assert_null(dayone_policy_plan_name(g_policy, 1000));
    assert_null(dayone_policy_plan_name(g_policy, SIZE_MAX));
    assert_int_equal(dayone_env_count(NULL), 0);
    assert_int_equal(dayone_env_has(NULL, "SECRET_KEY"), 0);
    assert_int_equal(dayone_env_has(g_env, NULL), 0);
    assert_int_equal(dayone_report_count(NULL), 0);
    assert_int_equal(dayone_report_count_severity(NULL, DAYONE_SEVERITY_ERROR), 0);
    assert_null(dayone_report_get(NULL, 0));
    assert_null(dayone_report_get(g_report, SIZE_MAX));
    assert_int_equal(dayone_limiter_tracked(NULL), 0);
    assert_int_equal(dayone_limiter_memory(NULL), 0);
    (void)dayone_policy_name(NULL);
    (void)dayone_report_policy_name(NULL);
    (void)dayone_report_ok(NULL);
    dayone_enforcement e = dayone_policy_enforcement(NULL, NULL);
    assert_true(e >= DAYONE_ENFORCEMENT_POLICY && e <= DAYONE_ENFORCEMENT_OFF);
    g_cases += 30;

    /* huge usage is a decision, not an error: over any quota */
    dayone_request r = base_req();
    r.plan = "free";
    r.limit = "ingest";
    r.usage = INT64_MAX;
    dayone_decision d;
    assert_int_equal(dayone_limiter_decide(g_lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    /* the largest allowed cost is a decision too (above any burst) */
    r = base_req();
    r.cost = 1000000000;
    assert_int_equal(dayone_limiter_decide(g_lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.retry_after_ns, -1);
    /* the clock at its far end */
    r = base_req();
    r.now_ns = INT64_MAX;
    assert_int_equal(dayone_limiter_decide(g_lim, &r, &d, NULL), DAYONE_OK);
    assert_int_equal(dayone_limiter_decide(g_lim, &r, &d, NULL), DAYONE_OK);
    g_cases += 3;

    dayone_limiter_free(g_lim);
    dayone_report_free(g_report);
    dayone_env_free(g_env);
    dayone_policy_free(g_policy);
    printf("API misuse: %zu calls\n", sizeof g_misuses / sizeof g_misuses[0]);
}

static void test_summary(void **state)
{
    (void)state;
    printf("bad inputs: %zu timed cases, slowest %.2f ms: %s\n", g_cases, g_slowest_ms, g_slowest);
    assert_true(g_manifest_n + sizeof g_misuses / sizeof g_misuses[0] >= 60);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue_files),
        cmocka_unit_test(test_catalogue_complete),
        cmocka_unit_test(test_generated_policies),
        cmocka_unit_test(test_generated_env),
        cmocka_unit_test(test_catastrophic_regex),
        cmocka_unit_test(test_largest_values),
        cmocka_unit_test(test_api_misuse),
        cmocka_unit_test(test_summary),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
