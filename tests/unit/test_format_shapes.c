/* test_format_shapes.c - every format shape (format_shapes.h) gives the
 * same answer as PCRE2 matching the regex that specifies it, compiled as
 * the formats compiled it before (byte mode, no start-up optimisations),
 * on: hand-picked edge cases, every one- and two-byte value, and many
 * thousand values made by mutating valid ones and by drawing bytes from
 * the characters each shape cares about. Every value is passed as an
 * exact-size heap copy, so the ASan run of this suite also checks that a
 * shape never reads past len. */
#include "testutil.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "format_shapes.h"

static pcre2_code *g_re[DY_SHAPE_COUNT];
static pcre2_match_data *g_md;

static int setup(void **state)
{
    (void)state;
    for (int i = 0; i < DY_SHAPE_COUNT; i++) {
        int ec;
        PCRE2_SIZE off;
        const char *src = dy_shape_regex((dy_shape)i);
        if (!src)
            return -1;
        g_re[i] = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
                                PCRE2_NO_START_OPTIMIZE | PCRE2_NEVER_BACKSLASH_C, &ec, &off,
                                NULL);
        if (!g_re[i])
            return -1;
    }
    g_md = pcre2_match_data_create(1, NULL);
    return g_md ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    for (int i = 0; i < DY_SHAPE_COUNT; i++)
        pcre2_code_free(g_re[i]);
    pcre2_match_data_free(g_md);
    return 0;
}

static unsigned long g_compared;

/* The regex's answer and the scan's must agree; on a difference, print the
 * value (test data, no secret) so the failure says what to fix. */
static void agree(dy_shape sh, const char *v, size_t len)
{
    char *copy = malloc(len ? len : 1); /* exactly len bytes: ASan sees an over-read */
    assert_non_null(copy);
    memcpy(copy, v, len);
    int rc = pcre2_match(g_re[sh], (PCRE2_SPTR)copy, len, 0, 0, g_md, NULL);
    assert_true(rc >= 0 || rc == PCRE2_ERROR_NOMATCH);
    int want = rc >= 0, got = dy_shape_matches(sh, copy, len);
    free(copy);
    if (want != got) {
        fprintf(stderr, "shape %d (%s): regex %d, scan %d on \"", (int)sh,
                dy_shape_regex(sh), want, got);
        for (size_t k = 0; k < len; k++) {
            unsigned char c = (unsigned char)v[k];
            if (c >= 0x20 && c < 0x7f && c != '\\')
                fputc(c, stderr);
            else
                fprintf(stderr, "\\x%02x", c);
        }
        fprintf(stderr, "\"\n");
    }
    assert_int_equal(want, got);
    g_compared++;
}

static void agree_z(dy_shape sh, const char *v) { agree(sh, v, strlen(v)); }

/* ---- deterministic pseudo-random values ---- */

static uint64_t g_rng = 0x9E3779B97F4A7C15u;

static uint32_t rnd(uint32_t n)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (uint32_t)(g_rng % n);
}

/* Bytes each shape's edges are made of, plus white space and non-ASCII. */
static const char g_alphabet[] = "aZz09_-.+/=:@[],?#%!~ \t\n\v\f\r\x85\xa0\xff" "AfFgG5612"
                                 "rskltewhsc";

static const char *const g_seeds[] = {
    "https://example.com", "http://user:pw@host.example:8080/path?q=1#f",
    "postgresql://app@db.internal:5432/app", "postgres+psycopg://u:p@h/db",
    "MongoDB+SRV://a,b:27017,c/x", "rediss://:pw@[::1]:6380", "mysql://h:65535",
    "redis://h:65536", "cockroachdb://a.b.c/", "sqlserver://x@y@z:1/",
    "ftp://[fe80::1%25]/", "a://b", "a+b.c-d://host.", "oracle://h,,i",
    "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=", "ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1-f4CBgoM",
    "yMnKy8zNzs/Q0dLT1NXW1w==", "abc", "ab==", "abcd=",
    "6465666768696a6b6c6d6e6f707172737475767778797a7b7c7d7e7f80818283", "0aF",
    "sk_live_yKdC96KvNClvpfJttz2BDc37h4kvprivResChCey", "rk_test_51HqLyjWDarjtT1zdp7dcXXX",
    "whsec_PygKY8Q06JRtagIdo5PSxghGqt4rRG3I", "whsec_PygKY8Q06JRtagIdo5PSxghGq==",
    "123e4567-e89b-12d3-a456-426614174000", "-9223372036854775808", "+0", "65535", "08080",
};

static void mutate(char *buf, size_t *len, size_t cap)
{
    int ops = 1 + (int)rnd(3);
    for (int o = 0; o < ops; o++) {
        char c = g_alphabet[rnd(sizeof g_alphabet - 1)];
        size_t at = *len ? rnd((uint32_t)*len + 1) : 0;
        switch (rnd(4)) {
        case 0: /* replace */
            if (at < *len)
                buf[at] = c;
            break;
        case 1: /* insert */
            if (*len < cap) {
                memmove(buf + at + 1, buf + at, *len - at);
                buf[at] = c;
                (*len)++;
            }
            break;
        case 2: /* delete */
            if (at < *len) {
                memmove(buf + at, buf + at + 1, *len - at - 1);
                (*len)--;
            }
            break;
        default: /* duplicate a piece: repeats, longer runs */
            if (at < *len && *len < cap) {
                size_t n = 1 + rnd(8);
                if (n > *len - at)
                    n = *len - at;
                if (*len + n > cap)
                    n = cap - *len;
                memmove(buf + at + n, buf + at, *len - at);
                (*len) += n;
            }
            break;
        }
    }
}

static void test_edges(void **state)
{
    (void)state;
    static const char *const urls[] = {
        "", "h", "h:", "h:/", "h://", "h://a", "1h://a", "h://a.", "h://.a", "h://a..b",
        "h://a.b.c", "h://a_b-c", "h://[]", "h://[::1]", "h://[::1", "h://[g::1]",
        "h://a:", "h://a:0", "h://a:1", "h://a:01", "h://a:65535", "h://a:65536",
        "h://a:99999", "h://a:123456", "h://a:8080/", "h://a:8080x", "h://a/b c", "h://a/b\tc",
        "h://a?x", "h://a#x", "h://a b", "h://@a", "h://u@a", "h://u@@a", "h://u@a@b",
        "h://u@a/@b", "h://u p@a", "h://u:p@a:1/x", "h://a\x85", "h://a/\x85\xa0",
        "h://a,b", "h://a:1,b:2", "h://a,", "h://a,,b", "h://a,b:0", "h://a:1:2",
        "postgres://a", "postgresql://a", "postgresqlx://a", "POSTGRES://a", "postgres+://a",
        "postgres+x_1://a", "postgres+x-1://a", "postgres+a+b://a", "mongodb+srv://a",
        "mongodb+x://a", "mongodb://a,b,c:1/d", "redis://a", "rediss://a", "redisss://a",
        "Redis://u@h:6379/0", "oracle://h,", "mysql://[::1]:3306,b", "mssql://a/\n",
        "cockroachdb://a:1,[::2]:3/x", "sqlserver://a,b:", "mariadb://@", "k://a/\v",
    };
    for (size_t i = 0; i < sizeof urls / sizeof urls[0]; i++) {
        agree_z(DY_SHAPE_URL, urls[i]);
        agree_z(DY_SHAPE_DATABASE_URL, urls[i]);
    }
    static const char *const others[] = {
        "", "=", "==", "a", "ab", "ab=", "ab==", "ab===", "abc", "abc=", "abc==", "abcd",
        "abcd=", "abcd==", "abcde", "abcdef==", "abcdefg=", "a-_b", "a+/b", "ab\n",
        "0", "00", "0a", "0g", "+", "-", "+1", "--1", "1-", "12345", "123456", "01", "1",
        "sk_live_", "sk_live_123456789012345678901234", "sk_live_12345678901234567890123",
        "rk_test_123456789012345678901234", "xk_test_123456789012345678901234",
        "sk_tset_123456789012345678901234", "sk-live_123456789012345678901234",
        "whsec_123456789012345678901234", "whsec_12345678901234567890123",
        "whsec_123456789012345678901234===", "whsec_123456789012345678901234=a",
        "123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-42661417400",
        "123e4567e89b-12d3-a456-4266141740000", "123E4567-E89B-12D3-A456-426614174000",
    };
    for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
        for (int sh = 0; sh < DY_SHAPE_COUNT; sh++)
            agree_z((dy_shape)sh, others[i]);
    /* Lengths at the bounds of the counted repeats. */
    char buf[400];
    for (size_t n = 20; n < 260; n++) {
        memcpy(buf, "sk_live_", 8);
        memset(buf + 8, 'x', n);
        agree(DY_SHAPE_STRIPE_SECRET_KEY, buf, 8 + n);
        memcpy(buf, "whsec_", 6);
        memset(buf + 6, '+', n);
        agree(DY_SHAPE_STRIPE_WEBHOOK_SECRET, buf, 6 + n);
        buf[6 + n] = '=';
        agree(DY_SHAPE_STRIPE_WEBHOOK_SECRET, buf, 7 + n);
    }
}

static void test_all_short_values(void **state)
{
    (void)state;
    unsigned char v[2];
    for (int sh = 0; sh < DY_SHAPE_COUNT; sh++)
        for (unsigned a = 0; a < 256; a++) {
            v[0] = (unsigned char)a;
            agree((dy_shape)sh, (const char *)v, 1);
            for (unsigned b = 0; b < 256; b += (sh == DY_SHAPE_INTEGER || sh == DY_SHAPE_HEX) ? 1 : 5) {
                v[1] = (unsigned char)b;
                agree((dy_shape)sh, (const char *)v, 2);
            }
        }
}

static void test_mutations(void **state)
{
    (void)state;
    char buf[256];
    for (int round = 0; round < 4000; round++)
        for (size_t s = 0; s < sizeof g_seeds / sizeof g_seeds[0]; s++) {
            size_t len = strlen(g_seeds[s]);
            memcpy(buf, g_seeds[s], len);
            mutate(buf, &len, sizeof buf);
            for (int sh = 0; sh < DY_SHAPE_COUNT; sh++)
                agree((dy_shape)sh, buf, len);
        }
}

static void test_random_values(void **state)
{
    (void)state;
    char buf[48];
    for (int round = 0; round < 40000; round++) {
        size_t len = rnd(sizeof buf);
        for (size_t k = 0; k < len; k++)
            buf[k] = g_alphabet[rnd(sizeof g_alphabet - 1)];
        if (len > 3 && rnd(2))
            memcpy(buf + rnd((uint32_t)len - 3), "://", 3);
        for (int sh = 0; sh < DY_SHAPE_COUNT; sh++)
            agree((dy_shape)sh, buf, len);
    }
    fprintf(stderr, "compared %lu values with PCRE2\n", g_compared);
}

static void test_unknown_shape(void **state)
{
    (void)state;
    assert_int_equal(dy_shape_matches(DY_SHAPE_COUNT, "1", 1), 0);
    assert_null(dy_shape_regex(DY_SHAPE_COUNT));
    assert_int_equal(dy_shape_matches(DY_SHAPE_INTEGER, NULL, 0), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_edges),
        cmocka_unit_test(test_all_short_values),
        cmocka_unit_test(test_mutations),
        cmocka_unit_test(test_random_values),
        cmocka_unit_test(test_unknown_shape),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
