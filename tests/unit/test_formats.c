/* test_formats.c - dy_format_matches with every format and parameter,
 * dy_format_name / dy_format_from_name, entropy and Stripe key modes. */
#include "testutil.h"
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "entropy.h"
#include "formats.h"

/* Known vectors: 32 bytes (100..131) in the three encodings; the standard
 * one contains '+', the URL-safe one '-', so they are not interchangeable. */
#define B64_32 "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM="
#define B64URL_32 "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1-f4CBgoM"
#define HEX_32 "6465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80818283"
#define B64_16 "yMnKy8zNzs/Q0dLT1NXW1w=="
#define B64_33 "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g"
#define ALNUM24 "51HqLyjWDarjtT1zdp7dcXXX"
#define ALNUM99 "51HqLyjWDarjtT1zdp7dcAbCdEfGhIjKlMnOpQrStUvWxYz0123456789" \
                "aBcDeFgHiJkLmNoPqRsTuVwXyZ9876543210abcd"

typedef struct { const char *value; int want; } vec;

static int fmt(dy_format f, const char *v, const char **why)
{
    dy_checks c;
    memset(&c, 0, sizeof c);
    c.format = f;
    return dy_format_matches(&c, v, strlen(v), why);
}

/* Run a table; on failure name the format and the (test-only) value. */
static void run_table(const dy_checks *proto, const vec *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *why = "unset";
        int got = dy_format_matches(proto, t[i].value, strlen(t[i].value), &why);
        if (got != t[i].want)
            fail_msg("format %s: value #%zu \"%s\": got %d, want %d",
                     dy_format_name(proto->format), i, t[i].value, got, t[i].want);
        if (got) {
            assert_null(why);
        } else {
            assert_non_null(why);
            assert_true(strlen(why) > 0);
            /* The explanation describes the expectation, never the value. */
            if (strlen(t[i].value) >= 10)
                assert_null(strstr(why, t[i].value));
        }
    }
}

#define RUN(c, t) run_table(&(c), (t), sizeof(t) / sizeof((t)[0]))

static dy_checks checks_for(dy_format f)
{
    dy_checks c;
    memset(&c, 0, sizeof c);
    c.format = f;
    return c;
}

/* First test: many threads race to the one-time regex compilation. */
static void *race_main(void *p)
{
    int *bad = p;
    for (int i = 0; i < 2000; i++) {
        if (fmt(DY_FMT_UUID, "12345678-9abc-def0-fedc-ba9876543210", NULL) != 1 ||
            fmt(DY_FMT_HEX, "zz", NULL) != 0 ||
            fmt(DY_FMT_URL, "https://api.internal/v1", NULL) != 1)
            (*bad)++;
    }
    return NULL;
}

static void test_first_use_from_threads(void **state)
{
    (void)state;
    pthread_t th[4];
    int bad[4] = {0};
    for (int i = 0; i < 4; i++)
        assert_int_equal(pthread_create(&th[i], NULL, race_main, &bad[i]), 0);
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(bad[i], 0);
    }
}

/* Second test, while these formats are still cold: a regex is interpreted
 * for its first uses and JIT-compiled once warm (formats.c), and a value
 * over 4 KiB takes the JIT at once. The answers never change on the way. */
static void test_cold_and_warm_agree(void **state)
{
    (void)state;
    size_t n = 8192;
    char *longb64 = test_malloc(n + 1), *longbad = test_malloc(n + 1);
    memset(longb64, 'Q', n);
    longb64[n] = '\0';
    memcpy(longbad, longb64, n + 1);
    longbad[n / 2] = '#';
    static const struct { dy_format f; const char *v; int want; } t[] = {
        {DY_FMT_BASE64, "c2VjcmV0LWtleS12YWx1ZQ==", 1}, {DY_FMT_BASE64, "not base64!", 0},
        {DY_FMT_BASE64URL, "c2VjcmV0LWtleS12YWx1ZQ", 1}, {DY_FMT_BASE64URL, "a+b/", 0},
        {DY_FMT_DATABASE_URL, "postgres://u:p@db.internal:5432/app", 1},
        {DY_FMT_DATABASE_URL, "sqlite:///tmp/x.db", 0},
        {DY_FMT_STRIPE_WEBHOOK_SECRET, "whsec_abcdefghijklmnopqrstuvwxyz012345", 1},
        {DY_FMT_INTEGER, "-42", 1}, {DY_FMT_INTEGER, "4 2", 0},
    };
    for (int round = 0; round < 200; round++) {
        for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
            if (fmt(t[i].f, t[i].v, NULL) != t[i].want)
                print_error("round %d: %s on test value %zu\n", round, dy_format_name(t[i].f), i);
            assert_int_equal(fmt(t[i].f, t[i].v, NULL), t[i].want);
        }
        if (round % 50 == 0) {   /* long values, cold and warm */
            assert_int_equal(fmt(DY_FMT_BASE64, longb64, NULL), 1);
            assert_int_equal(fmt(DY_FMT_BASE64, longbad, NULL), 0);
        }
    }
    test_free(longb64);
    test_free(longbad);
}

static void test_names(void **state)
{
    (void)state;
    static const char *names[] = {"url", "database_url", "base64", "base64url", "hex",
                                  "key", "stripe_secret_key", "stripe_webhook_secret",
                                  "uuid", "integer", "port", "enum", "boolean",
                                  "pem_private_key", "pem_certificate"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        dy_format f = dy_format_from_name(names[i]);
        assert_int_not_equal(f, DY_FMT_NONE);
        assert_string_equal(dy_format_name(f), names[i]);
    }
    assert_int_equal(dy_format_from_name("url"), DY_FMT_URL);
    assert_int_equal(dy_format_from_name("boolean"), DY_FMT_BOOLEAN);
    assert_int_equal(dy_format_from_name("URL"), DY_FMT_NONE);   /* names are exact */
    assert_int_equal(dy_format_from_name("bogus"), DY_FMT_NONE);
    assert_int_equal(dy_format_from_name(""), DY_FMT_NONE);
    assert_int_equal(dy_format_from_name(NULL), DY_FMT_NONE);
    assert_string_equal(dy_format_name(DY_FMT_NONE), "none");
    assert_string_equal(dy_format_name((dy_format)999), "none");
}

static void test_none_always_matches(void **state)
{
    (void)state;
    const char *why = "unset";
    assert_int_equal(fmt(DY_FMT_NONE, "anything at all", &why), 1);
    assert_null(why);
    assert_int_equal(dy_format_matches(NULL, "x", 1, &why), 1);
    /* Every real format rejects the empty value. */
    for (int f = DY_FMT_URL; f <= DY_FMT_LAST; f++) {
        dy_checks c = checks_for((dy_format)f);
        assert_int_equal(dy_format_matches(&c, "", 0, NULL), 0);
        assert_int_equal(dy_format_matches(&c, NULL, 0, &why), 0);
        assert_non_null(why);
    }
}

static void test_url(void **state)
{
    (void)state;
    static const vec t[] = {
        {"https://api.dayone.dev", 1},
        {"http://localhost:8080/path?x=1&y=2#frag", 1},
        {"https://user:pa%40ss@api.internal:443/v1", 1},
        {"https://[::1]:8443/", 1},
        {"https://10.0.0.1", 1},
        {"amqp://guest:guest@rabbit:5672/vhost", 1},
        {"https://my_service.ns.svc.cluster.local/", 1},
        {"HTTPS://API.DAYONE.DEV", 1},
        {"https://h:1", 1},
        {"https://h:65535", 1},
        {"git+ssh://git@github.com/org/repo", 1},
        {"api.dayone.dev", 0},
        {"https://", 0},
        {"https:///path", 0},
        {"https://host:0", 0},
        {"https://host:65536", 0},
        {"https://host:99999", 0},
        {"https://host:", 0},
        {"https://host:80:90", 0},
        {"https://ho st", 0},
        {"https://host/pa th", 0},
        {"https://host\n", 0},
        {" https://host", 0},
        {"://host", 0},
        {"1http://host", 0},
        {"mailto:ops@dayone.dev", 0},
        {"file:///etc/passwd", 0},
        {"https://a/caf\xc3\xa9", 1},   /* bytes in the path are not judged */
        {"https://a/\xff", 1},
        {"https://h\xc3\xa9st", 0},
    };
    dy_checks c = checks_for(DY_FMT_URL);
    RUN(c, t);
}

static void test_url_schemes(void **state)
{
    (void)state;
    char *schemes[] = {"https", "wss"};
    static const vec t[] = {
        {"https://api.dayone.dev", 1},
        {"HTTPS://api.dayone.dev", 1},
        {"wss://stream.dayone.dev/ws", 1},
        {"http://api.dayone.dev", 0},
        {"httpsx://api.dayone.dev", 0},
        {"ws://stream.dayone.dev", 0},
    };
    dy_checks c = checks_for(DY_FMT_URL);
    c.schemes = schemes;
    c.nschemes = 2;
    RUN(c, t);

    const char *why = NULL;
    assert_int_equal(dy_format_matches(&c, "http://x", 8, &why), 0);
    assert_non_null(strstr(why, "allowed scheme"));
}

static void test_database_url(void **state)
{
    (void)state;
    static const vec t[] = {
        {"postgres://app:s3cret@db.internal:5432/app", 1},
        {"postgresql://localhost/db", 1},
        {"postgresql+asyncpg://u:p@h/db", 1},
        {"mysql+pymysql://root@127.0.0.1:3306/x", 1},
        {"mysql://root@127.0.0.1:3306/x", 1},
        {"mariadb://h/x", 1},
        {"sqlserver://h:1433", 1},
        {"mssql+pyodbc://u:p@h/db?driver=ODBC", 1},
        {"oracle://u:p@h:1521/svc", 1},
        {"cockroachdb://h:26257/db?sslmode=verify-full", 1},
        {"mongodb://u:p@h1:27017,h2:27017,h3/db?replicaSet=rs0", 1},
        {"mongodb+srv://u:p@cluster0.abcde.mongodb.net/db", 1},
        {"redis://:pw@redis:6379/0", 1},
        {"rediss://h:6380", 1},
        {"POSTGRES://H/DB", 1},
        {"postgres://u:p@ss@h/db", 1},   /* the last '@' ends the user info */
        {"postgres://u:p#ss@h/db", 0},   /* an unencoded '#' breaks the URL */
        {"sqlite:///db.sqlite3", 0},
        {"http://h/db", 0},
        {"postgres://", 0},
        {"postgres:///db", 0},
        {"postgres//h/db", 0},
        {"jdbc:postgresql://h/db", 0},
        {"postgres://h:70000/db", 0},
        {"postgres://h db", 0},
        {"mongodb+foo://h", 0},
        {"postgres+://h/db", 0},
        {"postgres://h/db\r\n", 0},
    };
    dy_checks c = checks_for(DY_FMT_DATABASE_URL);
    RUN(c, t);

    /* schemes narrows the list; a +driver suffix is judged by its base. */
    char *pg[] = {"postgresql"};
    static const vec t2[] = {
        {"postgresql://h/db", 1},
        {"postgresql+psycopg://h/db", 1},
        {"postgres://h/db", 0},
        {"mysql://h/db", 0},
    };
    c.schemes = pg;
    c.nschemes = 1;
    RUN(c, t2);
}

static void test_base64(void **state)
{
    (void)state;
    static const vec t[] = {
        {"YWJj", 1}, {"YWI=", 1}, {"YQ==", 1}, {"YWI", 1}, {"YQ", 1}, {"+/+/", 1},
        {B64_32, 1}, {B64_16, 1}, {B64_33, 1}, {HEX_32, 1},
        {"Y", 0}, {"YWJjZ", 0}, {"YQ=", 0}, {"YQ===", 0}, {"YWJj=", 0}, {"=YWJ", 0},
        {"Y===", 0}, {"YW J", 0}, {"YW-j", 0}, {"YW_j", 0}, {B64URL_32, 0},
        {"YWJj\n", 0}, {"YW=j", 0}, {"\xc3\xa9\xc3\xa9", 0},
    };
    dy_checks c = checks_for(DY_FMT_BASE64);
    RUN(c, t);

    static const vec t32[] = {
        {B64_32, 1},
        {"ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM", 1},   /* unpadded */
        {B64_16, 0}, {B64_33, 0},
        {HEX_32, 0},   /* 64 base64 characters are 48 bytes */
    };
    c.decoded_bytes = 32;
    RUN(c, t32);
    const char *why = NULL;
    assert_int_equal(dy_format_matches(&c, B64_16, strlen(B64_16), &why), 0);
    assert_non_null(strstr(why, "32 bytes"));
    c.decoded_bytes = 16;
    assert_int_equal(fmt(DY_FMT_BASE64, B64_16, NULL), 1);
    assert_int_equal(dy_format_matches(&c, B64_16, strlen(B64_16), NULL), 1);
    c.decoded_bytes = 33;
    assert_int_equal(dy_format_matches(&c, B64_33, strlen(B64_33), NULL), 1);
    assert_int_equal(dy_format_matches(&c, B64_32, strlen(B64_32), &why), 0);
    assert_non_null(strstr(why, "configured decoded_bytes"));
}

static void test_base64url(void **state)
{
    (void)state;
    static const vec t[] = {
        {B64URL_32, 1}, {B64URL_32 "=", 1}, {"YWJj", 1}, {"-_-_", 1}, {"YQ==", 1},
        {B64_32, 0}, {"+/+/", 0}, {"YQ=", 0}, {"Y", 0}, {"YWJj YWJj", 0},
    };
    dy_checks c = checks_for(DY_FMT_BASE64URL);
    RUN(c, t);
    c.decoded_bytes = 32;
    static const vec t32[] = {{B64URL_32, 1}, {"YWJj", 0}, {B64_16, 0}};
    RUN(c, t32);
}

static void test_hex(void **state)
{
    (void)state;
    static const vec t[] = {
        {"00ff", 1}, {"DEADbeef", 1}, {HEX_32, 1}, {"00", 1},
        {"abc", 0}, {"0x00ff", 0}, {"gg", 0}, {"00 ff", 0}, {"00ff\n", 0}, {"-0ff", 0},
    };
    dy_checks c = checks_for(DY_FMT_HEX);
    RUN(c, t);
    c.decoded_bytes = 32;
    static const vec t32[] = {{HEX_32, 1}, {"00ff", 0}, {HEX_32 "00", 0}, {B64_32, 0}};
    RUN(c, t32);
}

static void test_key(void **state)
{
    (void)state;
    dy_checks c = checks_for(DY_FMT_KEY);
    static const vec any[] = {
        {HEX_32, 1}, {B64_32, 1}, {B64URL_32, 1}, {"abcd", 1},
        {"!!!!", 0}, {"abc def", 0}, {"key:" ALNUM24, 0}, {"a", 0},
        {"sk_live_" ALNUM24, 1},   /* 32 base64url characters: a valid key */
    };
    RUN(c, any);

    c.decoded_bytes = 32;
    static const vec t32[] = {
        {HEX_32, 1}, {B64_32, 1}, {B64URL_32, 1},
        {"ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM", 1},
        {B64_16, 0}, {B64_33, 0}, {"6465666768696a6b", 0}, {HEX_32 "0", 0},
    };
    RUN(c, t32);
    const char *why = NULL;
    assert_int_equal(dy_format_matches(&c, B64_16, strlen(B64_16), &why), 0);
    assert_string_equal(why, "base64, base64url or hex decoding to 32 bytes");

    /* A 96-digit hex string is also base64 for 72 bytes: either reading counts. */
    c.decoded_bytes = 48;
    char hex96[97];
    memset(hex96, 'a', 96);
    hex96[96] = '\0';
    assert_int_equal(dy_format_matches(&c, hex96, 96, NULL), 1);
    c.decoded_bytes = 72;
    assert_int_equal(dy_format_matches(&c, hex96, 96, NULL), 1);
    c.decoded_bytes = 64;
    assert_int_equal(dy_format_matches(&c, hex96, 96, NULL), 0);
}

static void test_stripe_formats(void **state)
{
    (void)state;
    static const vec sk[] = {
        {"sk_live_" ALNUM24, 1}, {"sk_test_" ALNUM24, 1}, {"rk_live_" ALNUM24, 1},
        {"rk_test_" ALNUM99, 1}, {"sk_live_" ALNUM99, 1},
        {"pk_live_" ALNUM24, 0}, {"sk_live_51HqLyjWDarjtT1zdp7dcXX", 0},   /* 23 */
        {"sk_live_51HqLyjWDarj-T1zdp7dcXXX", 0}, {"sk_prod_" ALNUM24, 0},
        {"whsec_" ALNUM24, 0}, {"SK_LIVE_" ALNUM24, 0}, {"sk_live_", 0},
        {"sk_live_" ALNUM24 "\n", 0}, {" sk_live_" ALNUM24, 0},
    };
    dy_checks c = checks_for(DY_FMT_STRIPE_SECRET_KEY);
    RUN(c, sk);

    char longkey[8 + 248 + 1];
    memcpy(longkey, "sk_live_", 8);
    memset(longkey + 8, 'a', 248);
    longkey[256] = '\0';
    assert_int_equal(fmt(DY_FMT_STRIPE_SECRET_KEY, longkey, NULL), 0);
    longkey[255] = '\0';   /* 247 characters after the prefix: the maximum */
    assert_int_equal(fmt(DY_FMT_STRIPE_SECRET_KEY, longkey, NULL), 1);

    static const vec wh[] = {
        {"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", 1},
        {"whsec_" B64_32, 1},
        {"whsec_short", 0}, {"sk_live_" ALNUM24, 0},
        {"whsec_MfKQ9r8GKYqrTwjUPD8-LPZIo2LaLaSw", 0}, {"WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", 0},
    };
    c = checks_for(DY_FMT_STRIPE_WEBHOOK_SECRET);
    RUN(c, wh);
}

static void test_uuid(void **state)
{
    (void)state;
    static const vec t[] = {
        {"12345678-9abc-def0-fedc-ba9876543210", 1},
        {"12345678-9ABC-DEF0-FEDC-BA9876543210", 1},
        {"00000000-0000-0000-0000-000000000000", 1},
        {"123456789abcdef0fedcba9876543210", 0},
        {"{12345678-9abc-def0-fedc-ba9876543210}", 0},
        {"12345678-9abc-def0-fedc-ba98765432100", 0},
        {"12345678-9abc-def0-fedc-ba987654321", 0},
        {"1234567g-9abc-def0-fedc-ba9876543210", 0},
        {"12345678_9abc_def0_fedc_ba9876543210", 0},
    };
    dy_checks c = checks_for(DY_FMT_UUID);
    RUN(c, t);
}

static void test_integer(void **state)
{
    (void)state;
    static const vec t[] = {
        {"0", 1}, {"-1", 1}, {"+42", 1}, {"007", 1},
        {"9223372036854775807", 1}, {"-9223372036854775808", 1},
        {"9223372036854775808", 0}, {"-9223372036854775809", 0},
        {"99999999999999999999", 0}, {"18446744073709551616", 0},
        {"1.5", 0}, {"1e3", 0}, {" 1", 0}, {"1 ", 0}, {"+", 0}, {"-", 0},
        {"0x10", 0}, {"--1", 0}, {"\xd9\xa1", 0},   /* ARABIC-INDIC DIGIT ONE */
    };
    dy_checks c = checks_for(DY_FMT_INTEGER);
    RUN(c, t);

    c.has_min = c.has_max = 1;
    c.int_min = 1;
    c.int_max = 10;
    static const vec range[] = {
        {"1", 1}, {"10", 1}, {"5", 1}, {"+10", 1},
        {"0", 0}, {"11", 0}, {"-5", 0}, {"9223372036854775807", 0},
    };
    RUN(c, range);
    const char *why = NULL;
    assert_int_equal(fmt(DY_FMT_INTEGER, "x", &why), 0);
    assert_string_equal(why, "a decimal integer (64-bit)");
    assert_int_equal(dy_format_matches(&c, "11", 2, &why), 0);
    assert_non_null(strstr(why, "range"));

    dy_checks lo = checks_for(DY_FMT_INTEGER);
    lo.has_min = 1;
    lo.int_min = -3;
    static const vec tlo[] = {{"-3", 1}, {"9223372036854775807", 1}, {"-4", 0}};
    RUN(lo, tlo);

    dy_checks hi = checks_for(DY_FMT_INTEGER);
    hi.has_max = 1;
    hi.int_max = INT64_MIN;
    static const vec thi[] = {{"-9223372036854775808", 1}, {"-9223372036854775807", 0}};
    RUN(hi, thi);
}

static void test_port(void **state)
{
    (void)state;
    static const vec t[] = {
        {"1", 1}, {"80", 1}, {"8080", 1}, {"65535", 1},
        {"0", 0}, {"65536", 0}, {"080", 0}, {"-1", 0}, {"99999", 0}, {"123456", 0},
        {"80 ", 0}, {"8080a", 0}, {"+80", 0},
    };
    dy_checks c = checks_for(DY_FMT_PORT);
    RUN(c, t);
}

static void test_enum(void **state)
{
    (void)state;
    char *values[] = {"strict", "soft", "off"};
    static const vec t[] = {
        {"strict", 1}, {"soft", 1}, {"off", 1},
        {"Strict", 0}, {"stric", 0}, {"strictx", 0}, {" soft", 0}, {"hard", 0},
    };
    dy_checks c = checks_for(DY_FMT_ENUM);
    c.values = values;
    c.nvalues = 3;
    RUN(c, t);
    /* The length counts: an embedded NUL does not truncate the comparison. */
    assert_int_equal(dy_format_matches(&c, "strict\0x", 8, NULL), 0);
    assert_int_equal(dy_format_matches(&c, "strict\0x", 6, NULL), 1);
    /* No values configured: nothing matches. */
    c.nvalues = 0;
    assert_int_equal(dy_format_matches(&c, "strict", 6, NULL), 0);
}

static void test_boolean(void **state)
{
    (void)state;
    static const vec t[] = {
        {"true", 1}, {"FALSE", 1}, {"1", 1}, {"0", 1}, {"yes", 1}, {"No", 1},
        {"on", 1}, {"OFF", 1},
        {"maybe", 0}, {"2", 0}, {"truee", 0}, {"y", 0},
    };
    dy_checks c = checks_for(DY_FMT_BOOLEAN);
    RUN(c, t);
}

/* Arbitrary bytes through every format: never a crash, always 0 or 1. */
static void test_binary_values(void **state)
{
    (void)state;
    char *schemes[] = {"https"};
    char *values[] = {"a"};
    unsigned seed = 12345;
    char buf[300];

    for (int round = 0; round < 400; round++) {
        size_t n = (size_t)(round % 97) + 1;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)(((seed >> 16) % 255) + 1);   /* 1..255: no NUL */
        }
        for (int f = DY_FMT_URL; f <= DY_FMT_LAST; f++) {
            dy_checks c = checks_for((dy_format)f);
            c.schemes = schemes;
            c.nschemes = round % 2;
            c.values = values;
            c.nvalues = 1;
            c.decoded_bytes = (size_t)(round % 3) * 16;
            const char *why = NULL;
            int r = dy_format_matches(&c, buf, n, &why);
            assert_true(r == 0 || r == 1);
            if (!r)
                assert_non_null(why);
        }
    }
}

static void assert_bits(const char *v, size_t n, double want)
{
    double got = dy_entropy_bits(v, n);
    if (got < want - 1e-9 || got > want + 1e-9)
        fail_msg("entropy of a %zu-byte value: got %.12f, want %.12f", n, got, want);
}

static void test_entropy(void **state)
{
    (void)state;
    assert_bits(NULL, 5, 0.0);
    assert_bits("", 0, 0.0);
    assert_bits("a", 1, 0.0);
    assert_bits("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 32, 0.0);
    assert_bits("ab", 2, 2.0);
    assert_bits("abcd", 4, 8.0);
    assert_bits("aabb", 4, 4.0);
    assert_bits("changeme", 8, 22.0);   /* 8*3 bits, less 2 for the repeated e */
    /* 32 distinct characters: 32 * log2(32). */
    assert_bits("P8jz_de0IgxL6GncfBA5pVJUZKhoN-7M", 32, 160.0);
    assert_true(dy_entropy_bits("P8jz_de0IgxL6GncfBA5pVJUZKhoN-7M", 32) > 150.0);
    /* secrets.token_urlsafe(32): ~218 bits by the same estimate. */
    double t = dy_entropy_bits("ETG3_9byOWrRfvtlb6QmexYLqToJf0AUXJJbnn4IDzM", 43);
    assert_true(t > 217.8 && t < 217.9);
    /* Every byte value once: 256 * 8. */
    unsigned char all[256];
    for (int i = 0; i < 256; i++)
        all[i] = (unsigned char)i;
    assert_bits((const char *)all, 256, 2048.0);
    /* The length counts, not strlen. */
    assert_bits("ab\0cd", 5, 5.0 * 2.321928094887362);
    /* Counts either side of the precomputed c*log2(c) table's end (64). */
    char counts[130];
    memset(counts, 'a', 63);
    memset(counts + 63, 'b', 63);
    assert_bits(counts, 126, 126.0);
    memset(counts, 'a', 64);
    memset(counts + 64, 'b', 64);
    assert_bits(counts, 128, 128.0);
    memset(counts, 'a', 65);
    memset(counts + 65, 'b', 65);
    assert_bits(counts, 130, 130.0);
    /* Large counts (the log2 series with big exponents). */
    size_t n = 1u << 20;
    char *big = test_malloc(n);
    for (size_t i = 0; i < n; i++)
        big[i] = (char)('a' + (i & 3));
    assert_bits(big, n, 2.0 * (double)n);
    test_free(big);
}

static void test_stripe_key_mode(void **state)
{
    (void)state;
    static const struct { const char *v; int mode; } t[] = {
        {"sk_live_" ALNUM24, 1}, {"rk_live_" ALNUM99, 1}, {"sk_live_x", 1},
        {"sk_test_" ALNUM24, 0}, {"rk_test_" ALNUM24, 0},
        {"pk_live_" ALNUM24, -1}, {"pk_test_" ALNUM24, -1},
        {"whsec_" ALNUM24, -1}, {"sk_live_", -1}, {"sk_live_abc-def", -1},
        {"SK_LIVE_" ALNUM24, -1}, {"sk_", -1}, {"", -1}, {"sk_live_abc\n", -1},
        {" sk_live_" ALNUM24, -1}, {"sk_prod_" ALNUM24, -1},
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (dy_stripe_key_mode(t[i].v, strlen(t[i].v)) != t[i].mode)
            fail_msg("stripe mode case %zu: want %d", i, t[i].mode);
    assert_int_equal(dy_stripe_key_mode(NULL, 10), -1);
    /* Only len bytes are looked at. */
    assert_int_equal(dy_stripe_key_mode("sk_live_abc", 8), -1);
    assert_int_equal(dy_stripe_key_mode("sk_live_abc\0!", 11), 1);
    assert_int_equal(dy_stripe_key_mode("sk_live_abc\0!", 12), -1);
}

/* Values up to DAYONE_ENV_VALUE_MAX (1 MiB) are judged on their merits: the
 * built-in regexes are linear and never "too expensive". */
static void test_huge_values(void **state)
{
    (void)state;
    size_t n = DAYONE_ENV_VALUE_MAX;
    char *b = test_malloc(n + 1);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    memset(b, 'A', n);   /* valid base64 (n % 4 == 0) and valid hex */
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_BASE64}, b, n, NULL), 1);
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_BASE64URL}, b, n, NULL), 1);
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_HEX}, b, n, NULL), 1);
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_KEY}, b, n, NULL), 1);
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_KEY, .decoded_bytes = n / 2},
                                       b, n, NULL), 1);
    b[n - 1] = '!';
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_KEY}, b, n, NULL), 0);

    memcpy(b, "https://h/", 10);
    memset(b + 10, 'p', n - 10);
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_URL}, b, n, NULL), 1);
    for (size_t i = 8; i + 1 < n; i += 2) {   /* https://a.a.a.a...a */
        b[i] = 'a';
        b[i + 1] = '.';
    }
    b[n - 1] = 'a';
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_URL}, b, n, NULL), 1);

    memcpy(b, "mongodb://", 10);   /* mongodb://h,h,h,...,h */
    for (size_t i = 10; i + 1 < n; i += 2) {
        b[i] = 'h';
        b[i + 1] = ',';
    }
    b[n - 1] = 'h';
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_DATABASE_URL}, b, n, NULL), 1);

    memcpy(b, "postgres://", 11);  /* a@a@a@...: the last '@' ends the user info */
    for (size_t i = 11; i + 1 < n; i += 2) {
        b[i] = 'a';
        b[i + 1] = '@';
    }
    b[n - 1] = 'a';
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_DATABASE_URL}, b, n, NULL), 1);
    b[n - 1] = '@';   /* ... and with nothing after it there is no host */
    assert_int_equal(dy_format_matches(&(dy_checks){.format = DY_FMT_DATABASE_URL}, b, n, NULL), 0);

    clock_gettime(CLOCK_MONOTONIC, &t1);
    double ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    print_message("ten 1 MiB format checks: %.1f ms\n", ms);
    assert_true(ms < 5000.0);   /* sanity bound only (valgrind, sanitizers) */
    test_free(b);
}

/* A check of ~200 variables calls this a few dozen times; keep it cheap. */
static void test_cost(void **state)
{
    (void)state;
    dy_checks k = checks_for(DY_FMT_KEY);
    k.decoded_bytes = 32;
    dy_checks u = checks_for(DY_FMT_DATABASE_URL);
    dy_checks s = checks_for(DY_FMT_STRIPE_SECRET_KEY);
    struct timespec t0, t1;
    int ok = 0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int i = 0; i < 20000; i++) {
        ok += dy_format_matches(&k, B64URL_32, strlen(B64URL_32), NULL);
        ok += dy_format_matches(&u, "postgres://app:pw@db.internal:5432/app", 38, NULL);
        ok += dy_format_matches(&s, "sk_live_" ALNUM24, 32, NULL);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double us = ((double)(t1.tv_sec - t0.tv_sec) * 1e6 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e3) / 60000.0;
    assert_int_equal(ok, 60000);
    print_message("dy_format_matches: %.3f us per call\n", us);
    assert_true(us < 50.0);   /* sanity bound; ~0.2 us in a Debug build */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_first_use_from_threads),
        cmocka_unit_test(test_cold_and_warm_agree),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_none_always_matches),
        cmocka_unit_test(test_url),
        cmocka_unit_test(test_url_schemes),
        cmocka_unit_test(test_database_url),
        cmocka_unit_test(test_base64),
        cmocka_unit_test(test_base64url),
        cmocka_unit_test(test_hex),
        cmocka_unit_test(test_key),
        cmocka_unit_test(test_stripe_formats),
        cmocka_unit_test(test_uuid),
        cmocka_unit_test(test_integer),
        cmocka_unit_test(test_port),
        cmocka_unit_test(test_enum),
        cmocka_unit_test(test_boolean),
        cmocka_unit_test(test_binary_values),
        cmocka_unit_test(test_huge_values),
        cmocka_unit_test(test_entropy),
        cmocka_unit_test(test_stripe_key_mode),
        cmocka_unit_test(test_cost),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
