/* pattern.c - compiling and matching PCRE2 patterns (custom `pattern:` checks
 * and the built-in formats) with bounded cost.
 *
 * Compile options: PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C.
 * Values are arbitrary bytes; with MATCH_INVALID_UTF an invalid UTF-8 sequence
 * simply never matches a character instead of making pcre2_match() fail, so a
 * binary value is an ordinary "no match", never an error. Every pattern is
 * JIT-compiled (PCRE2_JIT_COMPLETE); if JIT is unavailable on the platform or
 * fails, the interpreter is used with the same limits.
 *
 * Limits (one immutable match context shared by all threads):
 *   match_limit  100000  - backtracking steps; `(a+)+$` on "aaa...b" hits it in
 *                          well under a millisecond and yields -1.
 *   depth_limit   10000  - nested backtracking points (interpreter only; JIT
 *                          is bounded by its stack instead).
 *   heap_limit    16384  - KiB of interpreter backtracking frames.
 *   JIT stack   32 KiB .. 8 MiB, one per thread, reserved virtual memory that
 *                          PCRE2 touches only as deep as a match goes.
 * Hitting any of them returns -1 ("pattern too expensive"). A group repeated
 * once per character, e.g. ^(?:a|b)*$, handles values of 64 KiB and more with
 * JIT, and about 10000 characters in the interpreter fallback; single-item
 * repeats such as ^[a-z]+$ or [\s\S]* need no stack at all.
 *
 * Match data: only "did it match" matters, so each thread caches one
 * pcre2_match_data with a single ovector pair (plus its JIT stack) in a
 * pthread key, freed by the key's destructor when the thread exits. This
 * avoids a malloc/free per match (~200 variables per check); the data is never
 * shared between threads, and no callout can re-enter a match. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "value_checks.h"

#define DY_MATCH_LIMIT 100000u
#define DY_DEPTH_LIMIT 10000u
#define DY_HEAP_LIMIT_KIB 16384u
#define DY_JIT_STACK_START (32u * 1024u)
#define DY_JIT_STACK_MAX (8u * 1024u * 1024u)
#define DY_MAX_PATTERN_LEN 65536u

typedef struct dy_match_tls {
    pcre2_match_data *md;
    pcre2_jit_stack *js;
    int js_failed;       /* don't retry creating a JIT stack on every match */
} dy_match_tls;

static pthread_once_t g_once = PTHREAD_ONCE_INIT;
static pthread_key_t g_key;
static int g_key_ok;
static pcre2_general_context *g_gctx;
static pcre2_compile_context *g_cctx;
static pcre2_match_context *g_mctx;

/* PCRE2's memory goes through alloc.h like the rest of the library. */
static void *pat_malloc(size_t n, void *data)
{
    (void)data;
    return dy_malloc(n);
}

static void pat_free(void *p, void *data)
{
    (void)data;
    dy_free(p);
}

static void tls_destroy(void *p)
{
    dy_match_tls *t = p;
    if (!t)
        return;
    pcre2_match_data_free(t->md);
    pcre2_jit_stack_free(t->js);
    dy_free(t);
}

/* Called by the JIT at the start of each match: this thread's own stack, or
 * NULL (PCRE2 then uses 32 KiB on the machine stack). */
static pcre2_jit_stack *jit_stack_cb(void *data)
{
    (void)data;
    dy_match_tls *t = g_key_ok ? pthread_getspecific(g_key) : NULL;
    if (!t)
        return NULL;
    if (!t->js && !t->js_failed) {
        t->js = pcre2_jit_stack_create(DY_JIT_STACK_START, DY_JIT_STACK_MAX, g_gctx);
        if (!t->js)
            t->js_failed = 1;
    }
    return t->js;
}

static void init_once(void)
{
    g_key_ok = pthread_key_create(&g_key, tls_destroy) == 0;
    g_gctx = pcre2_general_context_create(pat_malloc, pat_free, NULL);
    g_cctx = pcre2_compile_context_create(g_gctx);
    if (g_cctx)
        pcre2_set_max_pattern_length(g_cctx, DY_MAX_PATTERN_LEN);
    g_mctx = pcre2_match_context_create(g_gctx);
    if (g_mctx) {
        pcre2_set_match_limit(g_mctx, DY_MATCH_LIMIT);
        pcre2_set_depth_limit(g_mctx, DY_DEPTH_LIMIT);
        pcre2_set_heap_limit(g_mctx, DY_HEAP_LIMIT_KIB);
        pcre2_jit_stack_assign(g_mctx, jit_stack_cb, NULL);
    }
}

/* This thread's match data, created on first use; NULL if out of memory. */
static pcre2_match_data *thread_match_data(void)
{
    if (!g_key_ok)
        return NULL;
    dy_match_tls *t = pthread_getspecific(g_key);
    if (t)
        return t->md;
    t = dy_calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->md = pcre2_match_data_create(1, g_gctx);
    if (!t->md || pthread_setspecific(g_key, t) != 0) {
        pcre2_match_data_free(t->md);
        dy_free(t);
        return NULL;
    }
    return t->md;
}

pcre2_code *dy_pattern_compile(const char *src, char *errbuf, size_t errsize, size_t *erroffset)
{
    pcre2_code *re = NULL;
    int errcode = 0;
    PCRE2_SIZE off = 0;

    if (erroffset)
        *erroffset = 0;
    if (errbuf && errsize)
        errbuf[0] = '\0';
    if (!src) {
        if (errbuf && errsize)
            snprintf(errbuf, errsize, "no pattern");
        return NULL;
    }
    pthread_once(&g_once, init_once);
    if (!g_cctx || !g_mctx) {
        if (errbuf && errsize)
            snprintf(errbuf, errsize, "out of memory");
        return NULL;
    }
    re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
                       PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C,
                       &errcode, &off, g_cctx);
    if (!re) {
        PCRE2_UCHAR msg[256];
        if (pcre2_get_error_message(errcode, msg, sizeof msg) < 0)
            snprintf((char *)msg, sizeof msg, "error %d", errcode);
        if (errbuf && errsize)
            snprintf(errbuf, errsize, "%s at offset %zu", (const char *)msg, (size_t)off);
        if (erroffset)
            *erroffset = (size_t)off;
        return NULL;
    }
    /* A JIT failure (unsupported CPU, no executable memory) is not an error:
     * pcre2_match() falls back to the interpreter. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

int dy_pattern_matches(const pcre2_code *re, const char *value, size_t len)
{
    pcre2_match_data *md;
    int rc;

    if (!re)
        return -1;
    if (!value) {
        value = "";
        len = 0;
    }
    pthread_once(&g_once, init_once);
    md = thread_match_data();
    if (!md || !g_mctx)
        return -1;
    rc = pcre2_match(re, (PCRE2_SPTR)value, (PCRE2_SIZE)len, 0, 0, md, g_mctx);
    if (rc >= 0)
        return 1;      /* 0 = matched, ovector too small: still a match */
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    return -1;         /* match/depth/heap/JIT-stack limit, or no memory */
}
