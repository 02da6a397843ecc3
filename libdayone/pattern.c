/* pattern.c - compiling and matching PCRE2 patterns (custom `pattern:` checks
 * and the support ticket) with bounded cost. The built-in formats are not
 * regexes at run time (format_shapes.c).
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
 * PCRE2 10.42 (Debian 12) has two invalid-UTF bugs, fixed upstream in 10.43:
 * the JIT fails to match \S \D \W against multi-byte characters (PCRE2 bug 224),
 * and the interpreter lets \z match before an invalid byte, so ^A\z matches
 * "A\x80B" (PCRE2 bug 343). Both are probed once, on the first match of a
 * UTF pattern against a non-ASCII value (the only matches they concern),
 * and matches are routed around them: an ASCII value (the usual case)
 * always takes the JIT; valid non-ASCII UTF-8 takes the interpreter if the
 * JIT has the \S bug; an invalid UTF-8 value takes the JIT, and with a
 * \z-buggy interpreter and no JIT it counts as "no match" (fail closed
 * rather than a false pass).
 *
 * Match data: only "did it match" matters, so each thread caches one
 * pcre2_match_data with a single ovector pair (plus its JIT stack) in a
 * pthread key, freed by the key's destructor when the thread exits. This
 * avoids a malloc/free per match (~200 variables per check); the data is never
 * shared between threads, and no callout can re-enter a match. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "alloc_arena.h"
#include "pattern.h"

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

/* Set up on first use under g_init_lock and published by g_ready; a failed
 * set-up (out of memory) is retried on the next call instead of leaving the
 * process without patterns for good. */
static pthread_mutex_t g_init_lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_int g_ready;
static pthread_key_t g_key;
static int g_key_ok;
static pcre2_general_context *g_gctx;
static pcre2_compile_context *g_cctx;
static pcre2_match_context *g_mctx;
static int g_jit_class_bug;    /* JIT: \S fails on a multi-byte character */
static int g_interp_z_bug;     /* interpreter: ^A\z matches "A\x80B" */

/* PCRE2's memory goes through alloc.h like the rest of the library, but
 * never into an arena a policy is being loaded into: the contexts are
 * process-wide, and compiled code is freed with pcre2_code_free. */
static void *pat_malloc(size_t n, void *data)
{
    (void)data;
    dy_alloc_arena *outer = dy_arena_enter(NULL);
    void *p = dy_malloc(n);
    dy_arena_leave(outer);
    return p;
}

static void pat_free(void *p, void *data)
{
    (void)data;
    dy_alloc_arena *outer = dy_arena_enter(NULL);
    dy_free(p);
    dy_arena_leave(outer);
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
    dy_match_tls *t = pthread_getspecific(g_key);
    if (!t)
        return NULL;
    if (!t->js && !t->js_failed) {
        t->js = pcre2_jit_stack_create(DY_JIT_STACK_START, DY_JIT_STACK_MAX, g_gctx);
        if (!t->js)
            t->js_failed = 1;
    }
    return t->js;
}

/* Run one UTF-mode match with default limits (start-up probes only): 1
 * match, 0 no match, -1 match error, -2 out of memory; jit = 0 skips the JIT
 * compile, and the probe then reports the interpreter. */
static int probe(const char *pat, const char *subject, int jit, uint32_t mopts)
{
    int ec, rc = -2;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eo, g_cctx);
    pcre2_match_data *md = pcre2_match_data_create(1, g_gctx);

    if (re && md && (!jit || pcre2_jit_compile(re, PCRE2_JIT_COMPLETE) == 0)) {
        rc = pcre2_match(re, (PCRE2_SPTR)subject, strlen(subject), 0, mopts, md, NULL);
        rc = rc >= 0 ? 1 : rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
    } else if (re && md) {
        rc = 1;   /* no JIT on this platform: nothing to route around */
    }
    pcre2_match_data_free(md);
    pcre2_code_free(re);
    return rc;
}

static void free_contexts(void)
{
    pcre2_match_context_free(g_mctx);
    pcre2_compile_context_free(g_cctx);
    pcre2_general_context_free(g_gctx);
    g_mctx = NULL;
    g_cctx = NULL;
    g_gctx = NULL;
}

/* One attempt at the set-up, under g_init_lock. 1 done, 0 out of memory. */
static int init_try(void)
{
    if (!g_key_ok)
        g_key_ok = pthread_key_create(&g_key, tls_destroy) == 0;
    if (!g_key_ok)
        return 0;
    g_gctx = pcre2_general_context_create(pat_malloc, pat_free, NULL);
    g_cctx = g_gctx ? pcre2_compile_context_create(g_gctx) : NULL;
    g_mctx = g_cctx ? pcre2_match_context_create(g_gctx) : NULL;
    if (!g_mctx)
        goto fail;
    pcre2_set_max_pattern_length(g_cctx, DY_MAX_PATTERN_LEN);
    pcre2_set_match_limit(g_mctx, DY_MATCH_LIMIT);
    pcre2_set_depth_limit(g_mctx, DY_DEPTH_LIMIT);
    pcre2_set_heap_limit(g_mctx, DY_HEAP_LIMIT_KIB);
    pcre2_jit_stack_assign(g_mctx, jit_stack_cb, NULL);
    return 1;
fail:
    free_contexts();
    return 0;
}

/* 1 once the contexts exist, 0 if they could not be made (yet). */
static int ensure_init(void)
{
    if (atomic_load_explicit(&g_ready, memory_order_acquire))
        return 1;
    pthread_mutex_lock(&g_init_lock);
    if (!atomic_load_explicit(&g_ready, memory_order_relaxed) && init_try())
        atomic_store_explicit(&g_ready, 1, memory_order_release);
    pthread_mutex_unlock(&g_init_lock);
    return atomic_load_explicit(&g_ready, memory_order_acquire);
}

/* The PCRE2 bug probes, run on the first match that needs them (a UTF
 * pattern against a non-ASCII value) rather than at set-up: the JIT probe
 * costs a JIT compilation and executable memory that most runs never need.
 * 1 known, 0 out of memory (the next call retries). */
static atomic_int g_probed;

static int ensure_probes(void)
{
    if (atomic_load_explicit(&g_probed, memory_order_acquire))
        return 1;
    pthread_mutex_lock(&g_init_lock);
    if (!atomic_load_explicit(&g_probed, memory_order_relaxed)) {
        int jit_probe = probe("^\\S\\z", "\xc3\xa9", 1, 0);
        int interp_probe = probe("^A\\z", "A\x80" "B", 0, PCRE2_NO_JIT);
        if (jit_probe != -2 && interp_probe != -2) {
            g_jit_class_bug = jit_probe != 1;     /* an odd error counts as the bug */
            g_interp_z_bug = interp_probe != 0;
            atomic_store_explicit(&g_probed, 1, memory_order_release);
        }
    }
    pthread_mutex_unlock(&g_init_lock);
    return atomic_load_explicit(&g_probed, memory_order_acquire);
}

/* This thread's match data, created on first use; NULL if out of memory. */
static pcre2_match_data *thread_match_data(void)
{
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

static pcre2_code *compile_with(const char *src, uint32_t options, int jit, char *errbuf,
                                size_t errsize, size_t *erroffset)
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
    if (!ensure_init()) {
        if (errbuf && errsize)
            snprintf(errbuf, errsize, "out of memory");
        return NULL;
    }
    re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
                       options | PCRE2_NEVER_BACKSLASH_C, &errcode, &off, g_cctx);
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
    if (jit)
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

pcre2_code *dy_pattern_compile(const char *src, char *errbuf, size_t errsize, size_t *erroffset)
{
    return compile_with(src, PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, 1, errbuf, errsize, erroffset);
}

/* 0 ASCII, 1 valid UTF-8 with non-ASCII characters, 2 invalid UTF-8
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
static int classify_utf8(const unsigned char *s, size_t n)
{
    int nonascii = 0;
    size_t i = 0;

    while (i < n) {
        unsigned c = s[i];
        size_t k;
        uint32_t cp;
        if (c < 0x80) {
            i++;
            continue;
        }
        nonascii = 1;
        if (c >= 0xc2 && c <= 0xdf) { k = 1; cp = c & 0x1f; }
        else if (c >= 0xe0 && c <= 0xef) { k = 2; cp = c & 0x0f; }
        else if (c >= 0xf0 && c <= 0xf4) { k = 3; cp = c & 0x07; }
        else return 2;
        if (n - i <= k)
            return 2;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xc0) != 0x80)
                return 2;
            cp = (cp << 6) | (s[i + j] & 0x3f);
        }
        if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return 2;
        i += k + 1;
    }
    return nonascii;
}

/* Match options that steer around the probed PCRE2 bugs, or -1 if this
 * value cannot be matched reliably (answer "no match"), -2 out of memory. */
static int route(const pcre2_code *re, const char *value, size_t len, uint32_t *mopts)
{
    uint32_t opts = 0;
    size_t jitsize = 0;
    int kind;

    *mopts = 0;
    if (pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &opts) != 0 || !(opts & PCRE2_UTF))
        return 0;    /* byte mode: no UTF handling, no bug */
    kind = classify_utf8((const unsigned char *)value, len);
    if (kind == 0)
        return 0;    /* ASCII: both engines are right */
    if (!ensure_probes())
        return -2;
    if (!g_jit_class_bug && !g_interp_z_bug)
        return 0;
    (void)pcre2_pattern_info(re, PCRE2_INFO_JITSIZE, &jitsize);
    if (kind == 1) {
        if (jitsize && g_jit_class_bug)
            *mopts = PCRE2_NO_JIT;   /* valid UTF-8: the interpreter is right */
        return 0;
    }
    return !jitsize && g_interp_z_bug ? -1 : 0;
}

static int match_with(const pcre2_code *re, const char *value, size_t len)
{
    pcre2_match_data *md;
    uint32_t mopts;
    int rc;

    if (!re)
        return -1;
    if (!value) {
        value = "";
        len = 0;
    }
    if (!ensure_init() || !(md = thread_match_data()))
        return -1;   /* out of memory */
    int routed = route(re, value, len, &mopts);
    if (routed == -2)
        return -1;     /* out of memory */
    if (routed < 0)
        return 0;
    rc = pcre2_match(re, (PCRE2_SPTR)value, (PCRE2_SIZE)len, 0, mopts, md, g_mctx);
    if (rc >= 0)
        return 1;      /* 0 = matched, ovector too small: still a match */
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    return -1;         /* match/depth/heap/JIT-stack limit, or no memory */
}

int dy_pattern_matches(const pcre2_code *re, const char *value, size_t len)
{
    return match_with(re, value, len);
}

/* ---- policy patterns: JIT on first match ----------------------------------- */

/* One lock for every pattern's JIT step: it runs once per pattern. */
static pthread_mutex_t g_lazy_jit_lock = PTHREAD_MUTEX_INITIALIZER;

pcre2_code *dy_pattern_compile_lazy(const char *src, char *errbuf, size_t errsize,
                                    size_t *erroffset)
{
    return compile_with(src, PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, 0, errbuf, errsize, erroffset);
}

int dy_pattern_matches_lazy(pcre2_code *re, atomic_int *jit_tried, const char *value,
                            size_t len)
{
    if (!re)
        return -1;
    if (!atomic_load_explicit(jit_tried, memory_order_acquire)) {
        /* In place: no thread matches re before *jit_tried is set, so nothing
         * reads it while pcre2_jit_compile() writes it. A JIT that fails (no
         * JIT on this CPU, no executable memory) leaves the interpreter, with
         * the same limits, as dy_pattern_compile() does. */
        pthread_mutex_lock(&g_lazy_jit_lock);
        if (!atomic_load_explicit(jit_tried, memory_order_relaxed)) {
            (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
            atomic_store_explicit(jit_tried, 1, memory_order_release);
        }
        pthread_mutex_unlock(&g_lazy_jit_lock);
    }
    return match_with(re, value, len);
}
