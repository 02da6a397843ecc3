/* test_placeholder.c - dy_is_placeholder: every kind, and realistic values
 * that must not be mistaken for placeholders. */
#include "testutil.h"
#include <stdio.h>
#include <string.h>
#include "placeholder.h"

/* A placeholder and a word that must appear in the kind it reports. */
typedef struct { const char *value; const char *kind; } ph;

static void expect_placeholders(const ph *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *why = NULL;
        size_t len = strlen(t[i].value);
        /* Judge a heap copy, so we can tell the kind does not point into it. */
        char *copy = test_malloc(len + 1);
        memcpy(copy, t[i].value, len + 1);
        if (!dy_is_placeholder(copy, len, &why))
            fail_msg("case %zu \"%s\": not detected as a placeholder", i, t[i].value);
        assert_non_null(why);
        if (!strstr(why, t[i].kind))
            fail_msg("case %zu \"%s\": kind \"%s\" does not mention \"%s\"", i, t[i].value,
                     why, t[i].kind);
        /* The kind is a static description, never (a piece of) the value. */
        assert_false(why >= copy && why <= copy + len);
        char before[256];
        snprintf(before, sizeof before, "%s", why);
        memset(copy, '#', len);
        assert_string_equal(before, why);
        test_free(copy);
    }
}

#define EXPECT(t) expect_placeholders((t), sizeof(t) / sizeof((t)[0]))

static void test_empty(void **state)
{
    (void)state;
    static const ph t[] = {
        {"", "empty"}, {"   ", "empty"}, {"\t\r\n", "empty"}, {"\"\"", "empty"},
        {"''", "empty"}, {"' '", "empty"}, {" \" \" ", "empty"},
    };
    EXPECT(t);
    const char *why = NULL;
    assert_int_equal(dy_is_placeholder(NULL, 0, &why), 1);
    assert_non_null(strstr(why, "empty"));
    assert_int_equal(dy_is_placeholder(NULL, 99, NULL), 1);
}

static void test_angle_and_variables(void **state)
{
    (void)state;
    static const ph t[] = {
        {"<fill>", "angle"}, {"<your-api-key>", "angle"}, {"<>", "angle"},
        {"  <fill>  ", "angle"}, {"'<SECRET>'", "angle"},
        {"${SECRET_KEY}", "variable"}, {"${}", "variable"}, {"${db.url:-x}", "variable"},
        {"$SECRET_KEY", "variable"}, {"$DATABASE_URL", "variable"}, {"$A", "variable"},
        {"{{ secret_key }}", "variable"}, {"{{.Values.key}}", "variable"},
    };
    EXPECT(t);
}

static void test_todo_and_masked(void **state)
{
    (void)state;
    static const ph t[] = {
        {"TODO", "TODO"}, {"todo", "TODO"}, {"TBD", "TBD"}, {"FIXME", "FIXME"},
        {"TODO: set me", "TODO"}, {"fixme-later", "FIXME"}, {"tbd.", "TBD"},
        {"xxx", "x's"}, {"XXXX", "x's"}, {"xXxXx", "x's"}, {"xxxx-xxxx-xxxx", "x's"},
        {"sk_live_xxxxxxxxxxxx", "x's"}, {"whsec_XXXXXXXXXXXXXXXX", "x's"},
        {"sk_test_********", "****"}, {"********", "****"},
    };
    EXPECT(t);
}

static void test_your_here_and_changeme(void **state)
{
    (void)state;
    static const ph t[] = {
        {"your-api-key-here", "your-"}, {"your_secret_here", "your-"},
        {"YOUR_API_KEY", "your-"}, {"your key here", "your-"},
        {"insert-token-here", "your-"}, {"enter_password", "your-"},
        {"replace-with-real-key", "your-"}, {"put-the-key-here", "your-"},
        {"changeme", "change me"}, {"CHANGEME", "change me"}, {"change-me", "change me"},
        {"change_me", "change me"}, {"Change Me", "change me"}, {"change.me", "change me"},
        {"changeit", "change me"}, {"replace_me", "change me"}, {"SET-ME", "change me"},
        {"fill-me-in", "change me"},
    };
    EXPECT(t);
}

static void test_words_and_domains(void **state)
{
    (void)state;
    static const ph t[] = {
        {"placeholder", "stand-in"}, {"example", "stand-in"}, {"dummy", "stand-in"},
        {"secret", "stand-in"}, {"password", "stand-in"}, {"PASSWORD", "stand-in"},
        {"Secret", "stand-in"}, {"test", "stand-in"}, {"none", "stand-in"},
        {"null", "stand-in"}, {"secret_key", "stand-in"}, {"api-key", "stand-in"},
        {"foobar", "stand-in"}, {"p@ssw0rd", "stand-in"}, {"qwerty", "stand-in"},
        {"Password123", "stand-in"}, {"super-secret", "stand-in"},
        {"https://api.example.com/v1", "example domain"},
        {"postgres://u:p@db.example.org/db", "example domain"},
        {"ops@example.net", "example domain"}, {"EXAMPLE.COM", "example domain"},
    };
    EXPECT(t);
}

static void test_repetition_and_sequences(void **state)
{
    (void)state;
    static const ph t[] = {
        {"aaaaaaaa", "repeated character"}, {"000000", "repeated character"},
        {"!!!", "repeated character"}, {"zzz", "repeated character"},
        {"abcabcabc", "repeated pattern"}, {"121212", "repeated pattern"},
        {"abababab", "repeated pattern"}, {"1234123412341234", "repeated pattern"},
        {"123456", "sequence"}, {"1234", "sequence"}, {"0123456789", "sequence"},
        {"1234567890", "sequence"}, {"abcdef", "sequence"}, {"ZYXW", "sequence"},
        {"987654", "sequence"}, {"abcdefghijklmnopqrstuvwxyz", "sequence"},
    };
    EXPECT(t);
}

/* Realistic values must never be flagged. */
static void test_real_values_pass(void **state)
{
    (void)state;
    static const char *const ok[] = {
        "P8jz_de0IgxL6GncfBA5pVJUZKhoN-7M",
        "ETG3_9byOWrRfvtlb6QmexYLqToJf0AUXJJbnn4IDzM",
        "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=",
        "6465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80818283",
        "sk_live_51HqLyjWDarjtT1zdp7dcXXX",
        "sk_test_51HqLyjWDarjtT1zdp7dc4Rx",
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "postgres://app:Zq8t2v@db.internal:5432/app",
        "https://api.dayone.dev/v1",
        "redis://:k9Vb3@redis:6379/0",
        "12345678-9abc-def0-fedc-ba9876543210",
        "production", "true", "8080", "443", "strict", "eu-west-1",
        "$ecretPassw0rd!",          /* starts with $ but is not a $VAR */
        "<not closed",
        "TODOIST_TOKEN_4f9a8b",     /* TODO followed by a letter */
        "yourapp-prod-7781",        /* no separator right after "your" */
        "https://counterexample.com/x",
        "https://example.community/x",
        "testing-key-0a9f3c2b1e",
        "password-reset-hmac-9f8e7d",
        "xxxxx1", "axxxxx", "1235", "abce", "aab", "1212", "abcabc",
        "dGhpcyBpcyBhIHRlc3Q=",
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----",
        "\xc3\xa9t\xc3\xa9-2026-cl\xc3\xa9-s\xc3\xbbre",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        const char *why = "unset";
        if (dy_is_placeholder(ok[i], strlen(ok[i]), &why))
            fail_msg("case %zu \"%s\" flagged as %s", i, ok[i], why);
        assert_null(why);
    }
}

/* The shortcuts that let most values through early (a first letter no
 * marker starts with, a word longer than every listed one, a first step
 * that is no sequence's) must not change a verdict at their edges. */
static void test_shortcut_edges(void **state)
{
    (void)state;
    static const ph t[] = {
        {"c-h-a-n-g-e-m-e", "change me"}, {"CHANGE_ME_PLEASE", "change me"},
        {"changemeplease", "change me"}, {"  Fixme  ", "TODO"}, {"tbd: later", "TODO"},
        {"Replace_with_key", "your-"}, {"enter-the-token", "your-"}, {"key_goes_HERE", "your-"},
        {"p@ssw0rd", "stand-in"}, {"Pass", "stand-in"}, {"9012", "sequence"},
        {"1098", "sequence"}, {"0987654", "sequence"}, {"zyxw", "sequence"},
        {"aaaa", "repeated"}, {"abcdabcdabcd", "pattern"},
    };
    EXPECT(t);
    static const char *const ok[] = {
        "changemeplease1",                      /* one letter more than any word */
        "change-----------------------me-",     /* 32 characters, still a word */
        "abab", "abab1", "9013", "0876", "a1a1a",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        const char *why = NULL;
        int r = dy_is_placeholder(ok[i], strlen(ok[i]), &why);
        if (i == 1) {   /* separators do not count towards the word's letters */
            assert_int_equal(r, 1);
            continue;
        }
        if (r)
            fail_msg("case %zu \"%s\" flagged as %s", i, ok[i], why);
    }
    /* Past 32 characters (separators included) a value is never a word. */
    assert_int_equal(dy_is_placeholder("change------------------------me-x", 34, NULL), 0);
}

/* Only len bytes count; bytes beyond are never read. */
static void test_length_is_respected(void **state)
{
    (void)state;
    assert_int_equal(dy_is_placeholder("changeme-not-really-k3y9", 8, NULL), 1);
    assert_int_equal(dy_is_placeholder("k3y9Q7zLp2", 0, NULL), 1);
    assert_int_equal(dy_is_placeholder("q7zL<fill>", 4, NULL), 0);
}

/* Arbitrary bytes (no NUL): never a crash, a kind exactly when flagged. */
static void test_binary_values(void **state)
{
    (void)state;
    unsigned seed = 777;
    char buf[200];
    for (int round = 0; round < 2000; round++) {
        size_t n = (size_t)(round % 199) + 1;
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            buf[i] = (char)(((seed >> 16) % 255) + 1);
        }
        const char *why = "unset";
        int r = dy_is_placeholder(buf, n, &why);
        assert_true(r == 0 || r == 1);
        assert_true(r ? why != NULL : why == NULL);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_angle_and_variables),
        cmocka_unit_test(test_todo_and_masked),
        cmocka_unit_test(test_your_here_and_changeme),
        cmocka_unit_test(test_words_and_domains),
        cmocka_unit_test(test_repetition_and_sequences),
        cmocka_unit_test(test_real_values_pass),
        cmocka_unit_test(test_length_is_respected),
        cmocka_unit_test(test_shortcut_edges),
        cmocka_unit_test(test_binary_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
