/* test_pattern.c - dy_pattern_compile / dy_pattern_matches: options, errors,
 * bounded cost on catastrophic patterns, invalid UTF-8, threads. */
#include "testutil.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "pattern.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static pcre2_code *compile_ok(const char *src)
{
    char err[256];
    size_t off = 99;
    pcre2_code *re = dy_pattern_compile(src, err, sizeof err, &off);
    if (!re)
        fail_msg("pattern %s failed: %s", src, err);
    return re;
}

static int match_str(const pcre2_code *re, const char *s)
{
    return dy_pattern_matches(re, s, strlen(s));
}

static void test_basic_match(void **state)
{
    (void)state;
    pcre2_code *re = compile_ok("^sk_(live|test)_[0-9a-zA-Z]{4,}$");
    assert_int_equal(match_str(re, "sk_live_abcd1234"), 1);
    assert_int_equal(match_str(re, "sk_test_ABCD"), 1);
    assert_int_equal(match_str(re, "sk_prod_abcd"), 0);
    assert_int_equal(match_str(re, "sk_live_ab"), 0);
    assert_int_equal(match_str(re, ""), 0);
    pcre2_code_free(re);

    /* Unanchored patterns search, as PCRE2 does. */
    re = compile_ok("prod");
    assert_int_equal(match_str(re, "my-prod-db"), 1);
    assert_int_equal(match_str(re, "staging"), 0);
    pcre2_code_free(re);

    /* Inline flags work; the default is case-sensitive. */
    re = compile_ok("^(?i)https://");
    assert_int_equal(match_str(re, "HTTPS://x"), 1);
    pcre2_code_free(re);
    re = compile_ok("^https://");
    assert_int_equal(match_str(re, "HTTPS://x"), 0);
    pcre2_code_free(re);
}

static void test_utf_mode(void **state)
{
    (void)state;
    /* UTF mode: '.' is one character, not one byte. */
    pcre2_code *re = compile_ok("^.{3}$");
    assert_int_equal(match_str(re, "h\xc3\xa9l"), 1);      /* "hél": 3 chars, 4 bytes */
    assert_int_equal(match_str(re, "abcd"), 0);
    pcre2_code_free(re);
}

static void test_compile_errors(void **state)
{
    (void)state;
    char err[256];
    size_t off = 0;

    assert_null(dy_pattern_compile("a(b", err, sizeof err, &off));
    assert_true(strlen(err) > 0);
    assert_non_null(strstr(err, "offset 3"));
    assert_int_equal(off, 3);

    off = 42;
    assert_null(dy_pattern_compile("[z-a]", err, sizeof err, &off));
    assert_true(off > 0 && off <= 5);

    /* \C would let a match split UTF-8 sequences; it is refused. */
    assert_null(dy_pattern_compile("a\\Cb", err, sizeof err, &off));

    /* NULL pattern, tiny or absent error buffers do not crash. */
    assert_null(dy_pattern_compile(NULL, err, sizeof err, &off));
    assert_true(strlen(err) > 0);
    char tiny[4];
    assert_null(dy_pattern_compile("(", tiny, sizeof tiny, NULL));
    assert_true(strlen(tiny) < sizeof tiny);
    assert_null(dy_pattern_compile("(", NULL, 0, NULL));
}

static void test_null_arguments(void **state)
{
    (void)state;
    pcre2_code *re = compile_ok("^$");
    assert_int_equal(dy_pattern_matches(NULL, "x", 1), -1);
    assert_int_equal(dy_pattern_matches(re, NULL, 0), 1);   /* NULL = empty */
    pcre2_code_free(re);
}

/* The length is what counts: bytes after len are never read, and a NUL
 * inside the range is an ordinary byte. */
static void test_length_bounds(void **state)
{
    (void)state;
    pcre2_code *re = compile_ok("^abc\\z");
    assert_int_equal(dy_pattern_matches(re, "abcdef", 3), 1);
    assert_int_equal(dy_pattern_matches(re, "abc\0", 4), 0);
    pcre2_code_free(re);
    re = compile_ok("^a\\x00b$");
    assert_int_equal(dy_pattern_matches(re, "a\0b", 3), 1);
    pcre2_code_free(re);
}

static void expect_too_expensive(const char *pattern, const char *subject, int jit)
{
    char err[256];
    size_t off;
    pcre2_code *re;
    double t0, dt;

    if (jit) {
        re = dy_pattern_compile(pattern, err, sizeof err, &off);
    } else {
        /* Same options without JIT: exercises the interpreter's limits. */
        int ec;
        PCRE2_SIZE eo;
        re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                           PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eo, NULL);
    }
    assert_non_null(re);
    t0 = now_ms();
    int rc = dy_pattern_matches(re, subject, strlen(subject));
    dt = now_ms() - t0;
    assert_int_equal(rc, -1);
    /* Sanity bound only (a loaded CI box is slow); the key assertion is -1. */
    assert_true(dt < 100.0);
    pcre2_code_free(re);
}

static void test_catastrophic_backtracking(void **state)
{
    (void)state;
    char subject[64];
    memset(subject, 'a', 40);
    subject[40] = 'b';
    subject[41] = '\0';

    for (int jit = 1; jit >= 0; jit--) {
        expect_too_expensive("(a+)+$", subject, jit);
        expect_too_expensive("^(a|aa)+$", subject, jit);
        expect_too_expensive("^(a*)*$", subject, jit);
    }
    /* The classic e-mail-ish blow-up needs a non-word at the end. */
    char words[64];
    memset(words, 'w', 40);
    strcpy(words + 40, "!");
    expect_too_expensive("^(\\w+\\s?)*$", words, 1);
    expect_too_expensive("^(\\w+\\s?)*$", words, 0);
    /* PCRE2's "required character" check answers this one without
     * backtracking at all: no 'y', no match. */
    char x[64];
    memset(x, 'x', 48);
    x[48] = '\0';
    pcre2_code *re = compile_ok("(x+x+)+y");
    double t0 = now_ms();
    assert_int_equal(match_str(re, x), 0);
    assert_true(now_ms() - t0 < 100.0);
    pcre2_code_free(re);
}

/* Legitimate patterns on long values are not "too expensive". */
static void test_long_values_within_limits(void **state)
{
    (void)state;
    size_t n = 64 * 1024;
    char *big = test_malloc(n);
    memset(big, 'a', n);

    pcre2_code *re = compile_ok("^[a-z]+$");
    assert_int_equal(dy_pattern_matches(re, big, n), 1);
    pcre2_code_free(re);

    re = compile_ok("^(?:a|b)*$");
    assert_int_equal(dy_pattern_matches(re, big, n), 1);
    pcre2_code_free(re);

    big[n - 1] = '!';
    re = compile_ok("^[a-z]+$");
    assert_int_equal(dy_pattern_matches(re, big, n), 0);
    pcre2_code_free(re);
    test_free(big);
}

/* Values are bytes, not necessarily UTF-8: invalid sequences never make the
 * match fail with an error, they just never match a character. */
static void test_invalid_utf8(void **state)
{
    (void)state;
    pcre2_code *any = compile_ok("^.*$");
    pcre2_code *abc = compile_ok("abc");
    pcre2_code *dot = compile_ok(".");
    const char *bad[] = {"\xff", "\xc3", "\xc3\x28", "\xe2\x82", "\xed\xa0\x80",
                         "\xf8\x88\x80\x80\x80", "\xc0\xaf", "ab\xfe\xff"};

    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        size_t n = strlen(bad[i]);
        assert_int_equal(dy_pattern_matches(any, bad[i], n), 0);
        assert_int_not_equal(dy_pattern_matches(dot, bad[i], n), -1);
    }
    /* Valid parts around invalid bytes still match. */
    assert_int_equal(match_str(abc, "\xff\xfe" "abc" "\x80"), 1);
    assert_int_equal(match_str(dot, "\xff" "z"), 1);

    /* Every byte value 1..255, in windows of 8, never errors out. */
    unsigned char buf[8];
    for (unsigned b = 1; b < 256; b++) {
        for (unsigned k = 0; k < sizeof buf; k++)
            buf[k] = (unsigned char)(((b + k * 37) % 255) + 1);
        assert_int_not_equal(dy_pattern_matches(any, (const char *)buf, sizeof buf), -1);
        assert_int_not_equal(dy_pattern_matches(abc, (const char *)buf, sizeof buf), -1);
    }
    pcre2_code_free(any);
    pcre2_code_free(abc);
    pcre2_code_free(dot);
}

static pcre2_code *compile_interpreter_only(const char *src)
{
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eo, NULL);
    assert_non_null(re);
    return re;
}

/* PCRE2 10.42 bugs (JIT: \S \D \W miss multi-byte characters; interpreter:
 * \z matches before an invalid byte) must not leak through, whichever
 * PCRE2 the library runs on. */
static void test_pcre2_utf_bug_routing(void **state)
{
    (void)state;
    static const struct { const char *pat, *subject; int want; } t[] = {
        {"^\\S+\\z", "caf\xc3\xa9", 1},
        {"^\\D\\z", "\xc3\xa9", 1},
        {"^\\W\\z", "\xc3\xa9", 1},
        {"^\\S\\z", "\xf0\x9f\x98\x80", 1},     /* U+1F600, 4 bytes */
        {"^.\\z", "\xf0\x9f\x98\x80", 1},
        {"^[A-Z]+\\z", "AB\x80", 0},
        {"^A\\z", "A\x80" "B", 0},
        {"^[a-z]+\\z", "abc\xff", 0},
        {"^.\\z", "\xc0\xaf", 0},                   /* overlong '/' */
        {"^.\\z", "\xed\xa0\x80", 0},               /* surrogate */
        {"^.\\z", "\xf4\x90\x80\x80", 0},           /* above U+10FFFF */
        {"^.\\z", "\xc3", 0},                       /* truncated */
        {"A", "\x80" "A", 1},                         /* valid parts still match */
    };
    /* ... except that an interpreter-only pattern on a PCRE2 with the \z bug
     * refuses invalid UTF-8 outright (fail closed), so the last case may be 0. */
    const size_t last = sizeof t / sizeof t[0] - 1;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        pcre2_code *jit = compile_ok(t[i].pat);
        pcre2_code *interp = compile_interpreter_only(t[i].pat);
        int a = match_str(jit, t[i].subject), b = match_str(interp, t[i].subject);
        if (a != t[i].want || (b != t[i].want && !(i == last && b == 0)))
            fail_msg("case %zu (%s): jit %d, interpreter %d, want %d", i, t[i].pat, a, b,
                     t[i].want);
        pcre2_code_free(jit);
        pcre2_code_free(interp);
    }
}

/* One compiled pattern, many threads: each thread has its own match data. */
typedef struct { const pcre2_code *re; int bad; } thread_arg;

static void *thread_main(void *p)
{
    thread_arg *a = p;
    char s[32];
    for (int i = 0; i < 20000; i++) {
        int len = snprintf(s, sizeof s, "id-%d%s", i, (i % 3) ? "" : "!");
        int want = (i % 3) ? 1 : 0;
        if (dy_pattern_matches(a->re, s, (size_t)len) != want)
            a->bad++;
    }
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    pcre2_code *re = compile_ok("^id-[0-9]+$");
    pthread_t th[4];
    thread_arg args[4];
    for (int i = 0; i < 4; i++) {
        args[i].re = re;
        args[i].bad = 0;
        assert_int_equal(pthread_create(&th[i], NULL, thread_main, &args[i]), 0);
    }
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        assert_int_equal(args[i].bad, 0);
    }
    pcre2_code_free(re);
}

/* A cheap per-call cost keeps a ~200-variable check within microseconds. */
/* A policy's pattern: compiled at load without the JIT, JIT-compiled by
 * its first match, whichever of several threads racing on it gets there. */
typedef struct {
    pcre2_code *re;
    atomic_int *jit_tried;
    pthread_barrier_t *go;
    int bad;
} lazy_arg;

static void *lazy_thread_main(void *p)
{
    lazy_arg *a = p;
    char s[32];
    pthread_barrier_wait(a->go);
    for (int i = 0; i < 2000; i++) {
        int len = snprintf(s, sizeof s, "id-%d%s", i, (i % 3) ? "" : "!");
        if (dy_pattern_matches_lazy(a->re, a->jit_tried, s, (size_t)len) != ((i % 3) ? 1 : 0))
            a->bad++;
    }
    return NULL;
}

static void test_lazy_jit(void **state)
{
    (void)state;
    char err[256];
    size_t off = 0, jitsize = 1;
    uint32_t have_jit = 0;
    atomic_int jit_tried = 0;
    (void)pcre2_config(PCRE2_CONFIG_JIT, &have_jit);

    /* a bad pattern is still an error at compile time, with its offset */
    assert_null(dy_pattern_compile_lazy("a(b", err, sizeof err, &off));
    assert_int_equal(off, 3);
    assert_non_null(strstr(err, "at offset 3"));

    pcre2_code *re = dy_pattern_compile_lazy("^id-[0-9]+$", err, sizeof err, &off);
    assert_non_null(re);
    assert_int_equal(pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jitsize), 0);
    assert_int_equal(jitsize, 0);                 /* no JIT paid at load */

    enum { N = 4 };
    pthread_t t[N];
    lazy_arg a[N];
    pthread_barrier_t go;
    pthread_barrier_init(&go, NULL, N);
    for (int i = 0; i < N; i++) {
        a[i] = (lazy_arg){re, &jit_tried, &go, 0};
        assert_int_equal(pthread_create(&t[i], NULL, lazy_thread_main, &a[i]), 0);
    }
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        assert_int_equal(a[i].bad, 0);
    }
    pthread_barrier_destroy(&go);
    assert_int_equal(atomic_load(&jit_tried), 1);
    assert_int_equal(pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jitsize), 0);
    if (have_jit)
        assert_true(jitsize > 0);                 /* the first match made it */
    pcre2_code_free(re);

    /* the first match already runs with the JIT's limits: a catastrophic
     * pattern is "too expensive" (-1) from its very first match */
    atomic_int tried2 = 0;
    re = dy_pattern_compile_lazy("^(a+)+$", err, sizeof err, &off);
    assert_non_null(re);
    char v[64];
    memset(v, 'a', sizeof v - 2);
    v[sizeof v - 2] = 'b';
    v[sizeof v - 1] = '\0';
    assert_int_equal(dy_pattern_matches_lazy(re, &tried2, v, strlen(v)), -1);
    assert_int_equal(dy_pattern_matches_lazy(NULL, &tried2, "x", 1), -1);
    pcre2_code_free(re);
}

static void test_match_is_cheap(void **state)
{
    (void)state;
    pcre2_code *re = compile_ok("^[A-Za-z0-9_-]{20,}$");
    const char *v = "q9Ld2Xv7Rk1Tz8Wm4Np6Bs3Hc5Jf0Ge";
    int hits = 0;
    double t0 = now_ms();
    for (int i = 0; i < 100000; i++)
        hits += dy_pattern_matches(re, v, strlen(v));
    double per_call_us = (now_ms() - t0) * 1000.0 / 100000.0;
    assert_int_equal(hits, 100000);
    /* Generous bound (~100x the Release cost) so sanitizer builds pass too. */
    assert_true(per_call_us < 50.0);
    pcre2_code_free(re);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_basic_match),
        cmocka_unit_test(test_utf_mode),
        cmocka_unit_test(test_compile_errors),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_length_bounds),
        cmocka_unit_test(test_catastrophic_backtracking),
        cmocka_unit_test(test_long_values_within_limits),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_pcre2_utf_bug_routing),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_lazy_jit),
        cmocka_unit_test(test_match_is_cheap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
