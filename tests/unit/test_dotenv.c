/* test_dotenv.c - the .env parser: every syntax element, every error with its
 * exact line and column, limits, and that errors never quote the content. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "env.h"
#include "secret_file.h"

/* ---- helpers ---- */

/* Every parse here resolves references against this lookup alone, so the
 * tests do not depend on the environment they run in. */
static dayone_env *g_lookup;
static dayone_env_dialect g_dialect = DAYONE_ENV_DIALECT_COMPOSE;

static int add(dayone_env *env, const char *text, size_t len, const char *name,
               dayone_error *err)
{
    dayone_env_file_options o = DAYONE_ENV_FILE_OPTIONS_INIT;
    o.dialect = g_dialect;
    o.lookup = g_lookup;
    return dayone_env_add_string_ext(env, text, len, name, &o, err);
}

static dayone_env *parse_ok(const char *text, size_t len)
{
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    int rc = add(env, text, len, "test.env", &err);
    if (rc != DAYONE_OK)
        fail_msg("unexpected error %s at %u:%u: %s", dayone_status_name(rc), err.line,
                 err.column, err.message);
    return env;
}

#define PARSE_OK(lit) parse_ok((lit), sizeof(lit) - 1)

static void check_value(const dayone_env *env, const char *name, const char *value,
                         size_t len)
{
    const dy_env_entry *e = dy_env_get(env, name);
    if (!e)
        fail_msg("%s is not set", name);
    if (e->value_len != len || memcmp(e->value, value, len) != 0)
        fail_msg("%s: got %zu bytes, expected %zu", name, e->value_len, len);
    assert_int_equal(e->value[len], '\0');
}

#define EXPECT(env, name, lit) check_value((env), (name), (lit), sizeof(lit) - 1)

static unsigned line_of(const dayone_env *env, const char *name)
{
    const dy_env_entry *e = dy_env_get(env, name);
    assert_non_null(e);
    return e->line;
}

/* Parse bad text; check code, line, column; the snapshot must be unchanged. */
static void parse_bad(const char *text, size_t len, int code, unsigned line, unsigned col)
{
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "PRESET", "keep", 4, NULL), DAYONE_OK);
    int rc = add(env, text, len, "bad.env", &err);
    if (rc != code || err.line != line || err.column != col)
        fail_msg("expected %s at %u:%u, got %s at %u:%u: %s", dayone_status_name(code), line,
                 col, dayone_status_name(rc), err.line, err.column, err.message);
    assert_int_equal(err.code, code);
    assert_string_equal(err.path, "bad.env");
    assert_true(strlen(err.message) > 10);
    assert_int_equal(dayone_env_count(env), 1);
    EXPECT(env, "PRESET", "keep");
    dayone_env_free(env);
}

#define BAD(lit, code, line, col) parse_bad((lit), sizeof(lit) - 1, (code), (line), (col))

static int setup(void **state)
{
    (void)state;
    g_dialect = DAYONE_ENV_DIALECT_COMPOSE;
    if (dayone_env_new(&g_lookup) != DAYONE_OK)
        return -1;
    return dayone_env_set(g_lookup, "SHELL_VAR", "shell", 5, NULL) == DAYONE_OK &&
                   dayone_env_set(g_lookup, "SHELL_EMPTY", "", 0, NULL) == DAYONE_OK
               ? 0
               : -1;
}

static int teardown(void **state)
{
    (void)state;
    dayone_env_free(g_lookup);
    g_lookup = NULL;
    return 0;
}

/* ---- compose (the default) ---- */

static void test_basic(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("A=1\nB=two\n");
    assert_int_equal(dayone_env_count(env), 2);
    EXPECT(env, "A", "1");
    EXPECT(env, "B", "two");
    assert_int_equal(line_of(env, "A"), 1);
    assert_int_equal(line_of(env, "B"), 2);
    const dy_env_entry *e = dy_env_get(env, "A");
    assert_int_equal(e->source, DAYONE_SOURCE_FILE);
    assert_string_equal(e->path, "test.env");
    dayone_env_free(env);
}

static void test_comments_and_blank_lines(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("\n# comment\n   # indented comment\n\t\n"
                               "A=1 # trailing\nB=x#not-a-comment\nC=y\t# tab keeps it\n# end");
    assert_int_equal(dayone_env_count(env), 3);
    EXPECT(env, "A", "1");
    EXPECT(env, "B", "x#not-a-comment");
    EXPECT(env, "C", "y\t# tab keeps it"); /* compose cuts only at " #" */
    assert_int_equal(line_of(env, "A"), 5);
    assert_int_equal(line_of(env, "C"), 7);
    dayone_env_free(env);
}

static void test_export_and_colon(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("export A=1\nexport\t B = 2\nexport=3\nexportC=4\nD: 5\n");
    EXPECT(env, "A", "1");
    EXPECT(env, "B", "2");
    EXPECT(env, "export", "3");
    EXPECT(env, "exportC", "4");
    EXPECT(env, "D", "5");
    dayone_env_free(env);
}

static void test_trimming(void **state)
{
    (void)state;
    /* Trailing form feeds, no-break and ideographic spaces go, as in compose. */
    dayone_env *env = PARSE_OK("  A  =   spaced  value   \nB\t=\tx\t\nC=a\"b'c\n"
                               "D=v\f\nE=v\xC2\xA0\nF=v\xE3\x80\x80\n");
    EXPECT(env, "A", "spaced  value");
    EXPECT(env, "B", "x");
    EXPECT(env, "C", "a\"b'c");
    EXPECT(env, "D", "v");
    EXPECT(env, "E", "v");
    EXPECT(env, "F", "v");
    dayone_env_free(env);
}

static void test_quotes(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("A='Let\\'s go!'\nB='multi\nline $X'\n"
                               "C=\"tab\\tnl\\n\\\"q\\\" back\\\\ \\$HOME \\x\"\nD=\"\" # c\nE=''\n");
    EXPECT(env, "A", "Let's go!");
    EXPECT(env, "B", "multi\nline $X");
    EXPECT(env, "C", "tab\tnl\n\"q\" back\\ $HOME \\x");
    EXPECT(env, "D", "");
    EXPECT(env, "E", "");
    assert_int_equal(line_of(env, "C"), 4);
    dayone_env_free(env);
}

static void test_interpolation(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("A=foo\nB=${A}/bar\nC=${X:-fallback}\nD=$A$$\n"
                               "E=${SHELL_EMPTY:-d1}|${SHELL_EMPTY-d2}|${X-d3}\n"
                               "F=${SHELL_VAR:+alt}|${SHELL_EMPTY:+alt}|${SHELL_EMPTY+alt}\n"
                               "G=${SHELL_VAR:?set it}\nH='${A}'\nI=\"${A}\"\n"
                               "J=${X:-${SHELL_VAR}}\nSHELL_VAR=file\nK=${SHELL_VAR}\n");
    EXPECT(env, "B", "foo/bar");
    EXPECT(env, "C", "fallback");
    EXPECT(env, "D", "foo$");
    EXPECT(env, "E", "d1||d3");
    EXPECT(env, "F", "alt||alt");
    EXPECT(env, "G", "shell");
    EXPECT(env, "H", "${A}");
    EXPECT(env, "I", "foo");
    EXPECT(env, "J", "shell");
    EXPECT(env, "K", "shell"); /* compose: the shell wins over the file */
    dayone_env_free(env);
}

static void test_bare_names(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("SHELL_VAR\nNOT_SET\nA=1\n");
    EXPECT(env, "SHELL_VAR", "shell");
    assert_false(dayone_env_has(env, "NOT_SET"));
    dayone_env_free(env);
    /* Names no policy can write are parsed but not added. */
    env = PARSE_OK("my.var=1\nmy-var=2\n9A=3\nB=4\n");
    assert_int_equal(dayone_env_count(env), 1);
    dayone_env_free(env);
}

static void test_unresolved_references(void **state)
{
    (void)state;
    BAD("A=1\nB=${MISSING}\n", DAYONE_EENVFILE, 2, 3);
    BAD("B=\"x\\n${MISSING}\"\n", DAYONE_EENVFILE, 1, 7);
    BAD("B=\"l1\nl2 $MISSING\"\n", DAYONE_EENVFILE, 2, 4);
    BAD("B=${X:?set X in CI}\n", DAYONE_EENVFILE, 1, 3);
    BAD("B=${SHELL_EMPTY:?must not be empty}\n", DAYONE_EENVFILE, 1, 3);
    BAD("B=${1}\n", DAYONE_EENVFILE, 1, 3);
    BAD("B=${A\n", DAYONE_EENVFILE, 1, 3);
    /* The message names the variable of ${NAME}, and the user's :? text. */
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(add(env, "TOKEN=${DEPLOY_KEY}", 19, "m.env", &err), DAYONE_EENVFILE);
    assert_non_null(strstr(err.message, "TOKEN"));
    assert_non_null(strstr(err.message, "${DEPLOY_KEY}"));
    assert_int_equal(add(env, "T=${K:?ask ops}", 15, "m.env", &err), DAYONE_EENVFILE);
    assert_non_null(strstr(err.message, "ask ops"));
    /* A bare $name is often a `$` inside a password: only its length. */
    assert_int_equal(add(env, "PW=p@$w0rdSECRET", 16, "m.env", &err), DAYONE_EENVFILE);
    assert_null(strstr(err.message, "w0rd"));
    assert_non_null(strstr(err.message, "10-character"));
    assert_int_equal(err.column, 6);
    dayone_env_free(env);
}

static void test_crlf_and_no_final_newline(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("A=1 \r\nB=\"x\r\ny\"\r\nC='z'\r\n\r\nD=4");
    EXPECT(env, "A", "1");
    EXPECT(env, "B", "x\r\ny"); /* compose keeps a CR inside quotes */
    EXPECT(env, "C", "z");
    EXPECT(env, "D", "4");
    assert_int_equal(line_of(env, "C"), 4);
    assert_int_equal(line_of(env, "D"), 6);
    dayone_env_free(env);
}

static void test_duplicates_later_wins(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("A=1\nB=x\nA=2\n");
    assert_int_equal(dayone_env_count(env), 2);
    EXPECT(env, "A", "2");
    assert_int_equal(line_of(env, "A"), 3);
    dayone_env_free(env);
}

static void test_utf8_and_bom(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("\xEF\xBB\xBF" "A=h\xC3\xA9llo \xF0\x9F\x94\x91\nB=\"\xE2\x82\xAC\"\n");
    EXPECT(env, "A", "h\xC3\xA9llo \xF0\x9F\x94\x91");
    EXPECT(env, "B", "\xE2\x82\xAC");
    dayone_env_free(env);
    /* Columns count characters; the BOM is not one. */
    BAD("\xEF\xBB\xBF" "A B=1", DAYONE_EENVFILE, 1, 1);
    BAD("A=\"\xC3\xA9${MISSING}\"", DAYONE_EENVFILE, 1, 5);
}

static void test_empty_input(void **state)
{
    (void)state;
    dayone_env *env = parse_ok("", 0);
    assert_int_equal(dayone_env_count(env), 0);
    assert_int_equal(dayone_env_add_string(env, NULL, 0, NULL, NULL), DAYONE_OK);
    dayone_env_free(env);
}

static void test_syntax_errors(void **state)
{
    (void)state;
    BAD("A=1\nNOEQUALS", DAYONE_EENVFILE, 2, 1);    /* a last NAME without newline */
    BAD("A B=1", DAYONE_EENVFILE, 1, 1);
    BAD("A#B=1", DAYONE_EENVFILE, 1, 2);
    BAD("=value", DAYONE_EENVFILE, 1, 1);
    BAD("  =value", DAYONE_EENVFILE, 1, 3);
    BAD("A=\"open\nB=2\n", DAYONE_EENVFILE, 1, 3);
    BAD("A='open\nB=2\n", DAYONE_EENVFILE, 1, 3);
    BAD("A=x\0y", DAYONE_EENVFILE, 1, 4);
    BAD("A=\"\\0000\"", DAYONE_EENVFILE, 1, 4); /* an escape that makes NUL */
    BAD("A=\xC3(", DAYONE_EENVFILE, 1, 3);
    BAD("B=\xED\xA0\x80", DAYONE_EENVFILE, 1, 3);       /* surrogate */
    BAD("# \xE2\x82\n", DAYONE_EENVFILE, 1, 3);         /* even in comments */
}

/* ---- docker run --env-file ---- */

static void test_docker(void **state)
{
    (void)state;
    g_dialect = DAYONE_ENV_DIALECT_DOCKER;
    dayone_env *env = PARSE_OK("A=\"quoted\"\nB='x' # kept\nC=${SHELL_VAR}$$ \n  D=1\r\n"
                               "SHELL_VAR\nNOT_SET\nE=a=b\n# c\n");
    EXPECT(env, "A", "\"quoted\"");
    EXPECT(env, "B", "'x' # kept");
    EXPECT(env, "C", "${SHELL_VAR}$$ ");
    EXPECT(env, "D", "1");
    EXPECT(env, "SHELL_VAR", "shell");
    assert_false(dayone_env_has(env, "NOT_SET"));
    EXPECT(env, "E", "a=b");
    dayone_env_free(env);
    BAD("export A=1\n", DAYONE_EENVFILE, 1, 7);
    BAD("A=1\n=x\n", DAYONE_EENVFILE, 2, 1);
    BAD("A =1\n", DAYONE_EENVFILE, 1, 2);
    g_dialect = DAYONE_ENV_DIALECT_COMPOSE;
}

/* ---- python-dotenv ---- */

static void test_dotenv(void **state)
{
    (void)state;
    g_dialect = DAYONE_ENV_DIALECT_DOTENV;
    dayone_env *env = PARSE_OK("A=1\nB=${A}|${X:-d}|$A\nC='${A}'\nD=\"\\$x\"\nE\nF=${E}\n"
                               "G=v\t# comment\nH=\"a\\'b\\x\"\nI=1\rJ=2\r\n'K'=3\n");
    EXPECT(env, "B", "1|d|$A");
    EXPECT(env, "C", "1");          /* python-dotenv interpolates single quotes too */
    EXPECT(env, "D", "\\$x");
    assert_false(dayone_env_has(env, "E")); /* None: load_dotenv sets nothing */
    EXPECT(env, "F", "");           /* ... and ${E} is "" */
    EXPECT(env, "G", "v");
    EXPECT(env, "H", "a'b\\x");
    EXPECT(env, "I", "1");          /* a lone CR ends a line */
    EXPECT(env, "J", "2");
    EXPECT(env, "K", "3");
    assert_int_equal(line_of(env, "J"), 10);
    dayone_env_free(env);
    BAD("A=\"x\" junk\n", DAYONE_EENVFILE, 1, 7);
    BAD("A=${MISSING}\n", DAYONE_EENVFILE, 1, 3);
    BAD("A B=1\n", DAYONE_EENVFILE, 1, 3);
    g_dialect = DAYONE_ENV_DIALECT_COMPOSE;
}

static void test_options(void **state)
{
    (void)state;
    dayone_env *env = NULL;
    dayone_error err = {0};
    dayone_env_file_options o = DAYONE_ENV_FILE_OPTIONS_INIT;
    dayone_env_dialect dl;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    o.dialect = (dayone_env_dialect)7;
    assert_int_equal(dayone_env_add_string_ext(env, "A=1", 3, "o.env", &o, &err), DAYONE_EINVAL);
    o.dialect = DAYONE_ENV_DIALECT_DOCKER;
    o.version = 0;
    assert_int_equal(dayone_env_add_string_ext(env, "A=1", 3, "o.env", &o, &err), DAYONE_EINVAL);
    o.version = DAYONE_ENV_FILE_OPTIONS_VERSION;
    o.lookup = env;
    assert_int_equal(dayone_env_add_string_ext(env, "A=1", 3, "o.env", &o, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_env_count(env), 0);
    for (int i = 0; i < 3; i++) {
        const char *name = dayone_env_dialect_name((dayone_env_dialect)i);
        assert_int_equal(dayone_env_dialect_parse(&dl, name), DAYONE_OK);
        assert_int_equal((int)dl, i);
    }
    assert_int_equal(dayone_env_dialect_parse(&dl, "Compose"), DAYONE_EINVAL);
    assert_string_equal(dayone_env_dialect_name((dayone_env_dialect)9), "unknown");
    /* NULL lookup: the process environment. */
    assert_int_equal(setenv("DY_TEST_DOTENV_PROC", "from-process", 1), 0);
    assert_int_equal(dayone_env_add_string(env, "A=${DY_TEST_DOTENV_PROC}", 24, "p.env", &err),
                     DAYONE_OK);
    EXPECT(env, "A", "from-process");
    unsetenv("DY_TEST_DOTENV_PROC");
    dayone_env_free(env);
}

/* ---- limits ---- */

static void test_value_limit(void **state)
{
    (void)state;
    size_t n = DAYONE_ENV_VALUE_MAX;
    char *text = malloc(n + 16);
    assert_non_null(text);
    /* Exactly at the limit: accepted. */
    memcpy(text, "A=", 2);
    memset(text + 2, 'x', n);
    dayone_env *env = parse_ok(text, n + 2);
    assert_int_equal(dy_env_get(env, "A")->value_len, n);
    dayone_env_free(env);
    /* One over, unquoted, single- and double-quoted: DAYONE_ELIMIT at the value. */
    memset(text + 2, 'x', n + 1);
    parse_bad(text, n + 3, DAYONE_ELIMIT, 1, 3);
    memcpy(text, "A='", 3);
    memset(text + 3, 'x', n + 1);
    text[n + 4] = '\'';
    parse_bad(text, n + 5, DAYONE_ELIMIT, 1, 3);
    text[2] = text[n + 4] = '"';
    parse_bad(text, n + 5, DAYONE_ELIMIT, 1, 3);
    /* Escapes shrink a value: 2*(n/2) raw bytes "\\n" decode to n/2 bytes. */
    memcpy(text, "A=\"", 3);
    for (size_t i = 0; i < n; i += 2)
        memcpy(text + 3 + i, "\\n", 2);
    text[n + 3] = '"';
    env = parse_ok(text, n + 4);
    assert_int_equal(dy_env_get(env, "A")->value_len, n / 2);
    dayone_env_free(env);
    free(text);
}

/* Interpolation cannot amplify a file past the limits: one value past
 * DAYONE_ENV_VALUE_MAX, or many values past DY_DOTENV_STAGED_MAX. */
static void test_interpolation_limits(void **state)
{
    (void)state;
    size_t n = DAYONE_ENV_VALUE_MAX / 4 + 1, refs = 90;
    char *text = malloc(n + 64 + refs * 16);
    assert_non_null(text);
    memcpy(text, "A=", 2);
    memset(text + 2, 'x', n);
    size_t len = n + 2;
    len += (size_t)sprintf(text + len, "\nB=${A}${A}${A}${A}\n");
    parse_bad(text, len, DAYONE_ELIMIT, 2, 3);
    for (int dl = 0; dl < 2; dl++) { /* the same with ${A:-} per line, in compose and dotenv */
        g_dialect = dl ? DAYONE_ENV_DIALECT_DOTENV : DAYONE_ENV_DIALECT_COMPOSE;
        len = n + 2;
        len += (size_t)sprintf(text + len, "\nA=${A}${A}${A}\n"); /* 3/4 of the limit */
        for (size_t i = 0; i < refs; i++)
            len += (size_t)sprintf(text + len, "B%zu=${A}\n", i);
        /* 768 KiB values: the 84th crosses 64 MiB staged (line 86, its value). */
        parse_bad(text, len, DAYONE_ELIMIT, 86, 5);
    }
    g_dialect = DAYONE_ENV_DIALECT_COMPOSE;
    free(text);
}

static void test_content_limit(void **state)
{
    (void)state;
    size_t n = (size_t)DAYONE_ENV_FILE_MAX + 1;
    char *text = malloc(n);
    assert_non_null(text);
    memset(text, '\n', n);
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_add_string(env, text, n, "big.env", &err), DAYONE_ELIMIT);
    assert_string_equal(err.path, "big.env");
    /* The same as a file. */
    char path[] = "/tmp/dy_test_dotenv_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, text, n), (ssize_t)n);
    close(fd);
    dayone_error_clear(&err);
    assert_int_equal(dayone_env_add_file(env, path, &err), DAYONE_ELIMIT);
    assert_string_equal(err.path, path);
    /* Exactly at the limit: fine (blank lines). */
    assert_int_equal(truncate(path, (off_t)DAYONE_ENV_FILE_MAX), 0);
    assert_int_equal(dayone_env_add_file(env, path, &err), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), 0);
    unlink(path);
    dayone_env_free(env);
    free(text);
}

/* ---- files ---- */

static void test_good_file(void **state)
{
    (void)state;
    dayone_env *env = NULL;
    dayone_error err = {0};
    const char *path = tu_src("tests/env-files/good.env");
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    int rc = dayone_env_add_file(env, path, &err);
    if (rc)
        fail_msg("%s:%u:%u: %s", err.path, err.line, err.column, err.message);
    assert_int_equal(dayone_env_count(env), 15);
    EXPECT(env, "PLAIN", "override");
    assert_int_equal(line_of(env, "PLAIN"), 20);
    EXPECT(env, "INDENTED", "spaced value");
    EXPECT(env, "EXPORTED", "yes");
    EXPECT(env, "TABBED", "tab");
    EXPECT(env, "EMPTY", "");
    EXPECT(env, "EMPTY_COMMENT", "# nothing here"); /* compose: `= #` is a value */
    EXPECT(env, "TRAILING", "abc");
    EXPECT(env, "HASH_INSIDE", "abc#def");
    EXPECT(env, "SINGLE", "literal $HOME \\n \"quotes\"");
    EXPECT(env, "SINGLE_COMMENT", "x");
    EXPECT(env, "DOUBLE", "tab\there\nnewline \"q\" back\\slash $HOME");
    EXPECT(env, "MULTI", "first line\nsecond line");
    assert_int_equal(line_of(env, "MULTI"), 15);
    EXPECT(env, "AFTER_MULTI", "after");
    assert_int_equal(line_of(env, "AFTER_MULTI"), 17);
    EXPECT(env, "UNICODE", "h\xC3\xA9llo w\xC3\xB6rld");
    EXPECT(env, "URL", "postgres://user:pass@db:5432/app?sslmode=require");
    const dy_env_entry *e = dy_env_get(env, "URL");
    assert_string_equal(e->path, path);
    assert_int_equal(e->source, DAYONE_SOURCE_FILE);
    dayone_env_free(env);
}

static void test_crlf_and_bom_files(void **state)
{
    (void)state;
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_add_file(env, tu_src("tests/env-files/crlf.env"), NULL), 0);
    assert_int_equal(dayone_env_add_file(env, tu_src("tests/env-files/bom.env"), NULL), 0);
    EXPECT(env, "A", "1");
    EXPECT(env, "B", "x\r\ny"); /* compose keeps a CR inside quotes */
    EXPECT(env, "C", "z");
    EXPECT(env, "BOM_KEY", "1");
    dayone_env_free(env);
}

static void test_unreadable_files(void **state)
{
    (void)state;
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_add_file(env, "/nonexistent/dir/.env", &err), DAYONE_EIO);
    assert_string_equal(err.path, "/nonexistent/dir/.env");
    assert_non_null(strstr(err.message, "No such file"));
    dayone_error_clear(&err);
    assert_int_equal(dayone_env_add_file(env, tu_src("tests/env-files"), &err), DAYONE_EIO);
    assert_non_null(strstr(err.message, "directory"));
    assert_int_equal(dayone_env_add_file(env, NULL, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_env_add_file(NULL, "x", &err), DAYONE_EINVAL);
    assert_int_equal(dayone_env_count(env), 0);
    dayone_env_free(env);
}

/* Not a regular file (a pipe, like /dev/stdin): read until EOF, growing. */
static void test_pipe_file(void **state)
{
    (void)state;
    int fds[2];
    assert_int_equal(pipe(fds), 0);
    static char text[20000];
    size_t n = 0;
    for (int i = 0; n + 32 < sizeof text; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "K%d=value%d\n", i, i);
    assert_int_equal(write(fds[1], text, n), (ssize_t)n);
    close(fds[1]);
    char path[64];
    snprintf(path, sizeof path, "/dev/fd/%d", fds[0]);
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_add_file(env, path, &err), DAYONE_OK);
    close(fds[0]);
    assert_true(dayone_env_count(env) > 1000);
    EXPECT(env, "K0", "value0");
    EXPECT(env, "K1000", "value1000");
    assert_int_equal(line_of(env, "K1000"), 1001);
    dayone_env_free(env);
}

/* The sample bad files, with the place each error must point at. */
static const struct bad_file {
    const char *file;
    unsigned line, column;
} bad_files[] = {
    { "bad-space-in-name.env", 1, 1 },
    { "bad-unterminated-double.env", 2, 9 },
    { "bad-unterminated-single.env", 2, 8 },
    { "bad-nul.env", 2, 17 },
    { "bad-utf8.env", 2, 21 },
    { "bad-utf8-overlong.env", 1, 32 },
};

static void test_bad_files_places_and_no_secrets(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof bad_files / sizeof bad_files[0]; i++) {
        char rel[256];
        snprintf(rel, sizeof rel, "tests/env-files/%s", bad_files[i].file);
        char path[4096];
        snprintf(path, sizeof path, "%s", tu_src(rel));
        dayone_env *env = NULL;
        dayone_error err = {0};
        assert_int_equal(dayone_env_new(&env), DAYONE_OK);
        dayone_env_file_options o = DAYONE_ENV_FILE_OPTIONS_INIT;
        o.lookup = g_lookup;
        int rc = dayone_env_add_file_ext(env, path, &o, &err);
        if (rc != DAYONE_EENVFILE || err.line != bad_files[i].line ||
            err.column != bad_files[i].column)
            fail_msg("%s: expected DAYONE_EENVFILE at %u:%u, got %s at %u:%u: %s",
                     bad_files[i].file, bad_files[i].line, bad_files[i].column,
                     dayone_status_name(rc), err.line, err.column, err.message);
        assert_string_equal(err.path, path);
        assert_int_equal(dayone_env_count(env), 0);
        tu_assert_no_piece_of(err.message, "PLANTED_SECRET_123456789", "message");
        tu_assert_no_piece_of(err.path, "PLANTED_SECRET_123456789", "path");
        dayone_env_free(env);
    }
}

/* The same from memory, with the secret in every position a line can hold it. */
static void test_no_secret_in_any_error(void **state)
{
    (void)state;
    static const char *const bad[] = {
        "PLANTED_SECRET_123456789",
        "PLANTED_SECRET_123456789 x",
        "A=\"PLANTED_SECRET_123456789",
        "A='PLANTED_SECRET_123456789",
        "A=\"x\"PLANTED_SECRET_123456789",
        "A=\"PLANTED_SECRET_123456789\\",
        "A#PLANTED_SECRET_123456789=1",
        "A=PLANTED_SECRET_123456789\xFF",
        "A=PLANTED_SECRET_123456789\xC3",
        "export PLANTED_SECRET_123456789",
        "=PLANTED_SECRET_123456789",
        "A=PLANTED$SECRET_123456789",
        "A=${PLANTED_SECRET_123456789",
        "A=${X:-PLANTED_SECRET_123456789",
        "A=\"PLANTED_SECRET_123456789\\0000\"",
        "A=${PLANTED_SECRET_123456789 }",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dayone_env *env = NULL;
        dayone_error err = {0};
        assert_int_equal(dayone_env_new(&env), DAYONE_OK);
        int rc = add(env, bad[i], strlen(bad[i]), "planted.env", &err);
        if (rc != DAYONE_EENVFILE)
            fail_msg("case %zu: expected DAYONE_EENVFILE, got %s", i, dayone_status_name(rc));
        assert_true(err.line >= 1 && err.column >= 1);
        tu_assert_no_piece_of(err.message, "PLANTED_SECRET_123456789", "message");
        tu_assert_no_piece_of(err.path, "PLANTED_SECRET_123456789", "path");
        dayone_env_free(env);
    }
    /* NUL byte case needs an explicit length. */
    static const char nul[] = "A=PLANTED_SECRET_1234\0" "56789";
    dayone_env *env = NULL;
    dayone_error err = {0};
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dayone_env_add_string(env, nul, sizeof nul - 1, "n.env", &err),
                     DAYONE_EENVFILE);
    tu_assert_no_piece_of(err.message, "PLANTED_SECRET_123456789", "message");
    dayone_env_free(env);
}

/* A failed file leaves earlier layers intact and adds nothing. */
static void test_error_leaves_snapshot_unchanged(void **state)
{
    (void)state;
    dayone_env *env = PARSE_OK("A=orig\nB=keep\n");
    dayone_error err = {0};
    assert_int_equal(add(env, "A=new\nC=3\nbad line\n", 19, "x.env", &err),
                     DAYONE_EENVFILE);
    assert_int_equal(err.line, 3);
    assert_int_equal(dayone_env_count(env), 2);
    EXPECT(env, "A", "orig");
    assert_false(dayone_env_has(env, "C"));
    assert_string_equal(dy_env_get(env, "A")->path, "test.env");
    dayone_env_free(env);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic),
        cmocka_unit_test(test_comments_and_blank_lines),
        cmocka_unit_test(test_export_and_colon),
        cmocka_unit_test(test_trimming),
        cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_interpolation),
        cmocka_unit_test(test_bare_names),
        cmocka_unit_test(test_unresolved_references),
        cmocka_unit_test(test_crlf_and_no_final_newline),
        cmocka_unit_test(test_duplicates_later_wins),
        cmocka_unit_test(test_utf8_and_bom),
        cmocka_unit_test(test_empty_input),
        cmocka_unit_test(test_syntax_errors),
        cmocka_unit_test(test_docker),
        cmocka_unit_test(test_dotenv),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_value_limit),
        cmocka_unit_test(test_interpolation_limits),
        cmocka_unit_test(test_content_limit),
        cmocka_unit_test(test_good_file),
        cmocka_unit_test(test_crlf_and_bom_files),
        cmocka_unit_test(test_unreadable_files),
        cmocka_unit_test(test_pipe_file),
        cmocka_unit_test(test_bad_files_places_and_no_secrets),
        cmocka_unit_test(test_no_secret_in_any_error),
        cmocka_unit_test(test_error_leaves_snapshot_unchanged),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
