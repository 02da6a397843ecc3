/* test_env.c - the environment snapshot: set/get, names and values, layering
 * order and source tracking, limits, lookup cost, and NAME_FILE reading. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "testutil.h"
#include "alloc.h"
#include "dayone/check.h"
#include "env.h"
#include "env_sources.h"
#include "secret_file.h"

static const char PLANTED[] = "PLANTED_SECRET_123456789";

/* ---- a watching allocator ----
 * This suite defines the library's allocator (alloc.h) itself, so the
 * archive's alloc.o is never linked in and every allocation the snapshot
 * (its arena chunks included), the parser and the file reader make comes
 * through here. dy_free counts the blocks released while still holding the
 * planted secret: the proof that values are wiped when freed. Live blocks
 * are kept on a list so a test can search the memory a snapshot still holds
 * (a replaced value must be wiped in place, not merely before free), and
 * g_fail_after makes the n-th next allocation fail. */
typedef struct block_hdr {
    size_t n;
    struct block_hdr *prev, *next;
    size_t pad; /* keep 16-byte alignment */
} block_hdr;

static size_t g_unwiped;
static block_hdr g_live = { 0, &g_live, &g_live, 0 };
static size_t g_live_bytes;
static long g_fail_after = -1; /* allocations left before one fails; -1: never */

/* Every wipe is logged (where, how long, whether it held the planted
 * secret), so a test can tell that memory it saw in use was wiped before
 * it was given back - the stack included, where no free could tell. */
typedef struct wipe_logged {
    uintptr_t start; /* a number: compared after the memory is gone */
    size_t len;
    int held_planted, on_heap;
} wipe_logged;

static wipe_logged g_wipes[256];
static size_t g_nwipes;

static void inspect(const block_hdr *h)
{
    if (memmem(h + 1, h->n, "PLANTED_SECRET", 14))
        g_unwiped++;
}

static void link_block(block_hdr *h)
{
    h->prev = &g_live;
    h->next = g_live.next;
    g_live.next->prev = h;
    g_live.next = h;
    g_live_bytes += h->n;
}

static void unlink_block(block_hdr *h)
{
    h->prev->next = h->next;
    h->next->prev = h->prev;
    g_live_bytes -= h->n;
}

static int injected_failure(void)
{
    if (g_fail_after < 0)
        return 0;
    if (g_fail_after == 0)
        return 1;
    g_fail_after--;
    return 0;
}

/* 1 if [p, p + n) lies inside a live block of this allocator. */
static int on_heap(const void *p, size_t n)
{
    uintptr_t a = (uintptr_t)p;
    for (block_hdr *h = g_live.next; h != &g_live; h = h->next) {
        uintptr_t start = (uintptr_t)(h + 1);
        if (a >= start && a - start <= h->n && n <= h->n - (a - start))
            return 1;
    }
    return 0;
}

/* 1 if a wipe logged from index `from` on covered [start, start + n). */
static int wiped_since(size_t from, uintptr_t start, size_t n)
{
    for (size_t i = from; i < g_nwipes; i++)
        if (start >= g_wipes[i].start && start - g_wipes[i].start <= g_wipes[i].len &&
            n <= g_wipes[i].len - (start - g_wipes[i].start))
            return 1;
    return 0;
}

/* Number of live blocks containing `needle`. */
static size_t live_blocks_holding(const char *needle)
{
    size_t n = 0, len = strlen(needle);
    for (block_hdr *h = g_live.next; h != &g_live; h = h->next)
        n += memmem(h + 1, h->n, needle, len) != NULL;
    return n;
}

void *dy_malloc(size_t n)
{
    n = n ? n : 1;
    if (n > SIZE_MAX - sizeof(block_hdr) || injected_failure())
        return NULL;
    block_hdr *h = calloc(1, sizeof *h + n); /* zeroed: inspect() reads it all */
    if (!h)
        return NULL;
    h->n = n;
    link_block(h);
    return h + 1;
}

void *dy_calloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    void *p = dy_malloc(count * size);
    if (p)
        memset(p, 0, count * size);
    return p;
}

void *dy_realloc(void *p, size_t n)
{
    if (!p)
        return dy_malloc(n);
    n = n ? n : 1;
    if (n > SIZE_MAX - sizeof(block_hdr) || injected_failure())
        return NULL;
    block_hdr *h = (block_hdr *)p - 1;
    inspect(h); /* realloc may copy and free the old block */
    size_t old_n = h->n;
    unlink_block(h);
    block_hdr *nh = realloc(h, sizeof *nh + n);
    if (!nh) {
        link_block(h);
        return NULL;
    }
    if (n > old_n)
        memset((char *)(nh + 1) + old_n, 0, n - old_n);
    nh->n = n;
    link_block(nh);
    return nh + 1;
}

char *dy_strndup(const char *s, size_t n)
{
    char *d = dy_malloc(n + 1);
    if (d) {
        memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *dy_strdup(const char *s) { return s ? dy_strndup(s, strlen(s)) : NULL; }

void dy_free(void *p)
{
    if (!p)
        return;
    block_hdr *h = (block_hdr *)p - 1;
    inspect(h);
    unlink_block(h);
    free(h);
}

/* Logged in g_wipes (above). */
void dy_wipe(void *p, size_t n)
{
    if (p && n) {
        if (g_nwipes < sizeof g_wipes / sizeof g_wipes[0])
            g_wipes[g_nwipes++] = (wipe_logged){ (uintptr_t)p, n,
                                                 memmem(p, n, "PLANTED_SECRET", 14) != NULL,
                                                 on_heap(p, n) };
        explicit_bzero(p, n);
    }
}

void dy_free_secret(char *s)
{
    if (s) {
        dy_wipe(s, strlen(s));
        dy_free(s);
    }
}

static dayone_env *new_env(void)
{
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_non_null(env);
    return env;
}

static void check_value(const dayone_env *env, const char *name, const char *value, size_t len)
{
    const dy_env_entry *e = dy_env_get(env, name);
    if (!e)
        fail_msg("%s is not set", name);
    assert_string_equal(e->name, name);
    assert_int_equal(e->value_len, len);
    assert_memory_equal(e->value, value, len);
    assert_int_equal(e->value[len], '\0');
}

#define CHECK(env, name, lit) check_value((env), (name), (lit), sizeof(lit) - 1)

static void write_file(char *path_template, const char *data, size_t len)
{
    int fd = mkstemp(path_template);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, data, len), (ssize_t)len);
    close(fd);
}

/* ---- the snapshot ---- */

static void test_new_free_and_nulls(void **state)
{
    (void)state;
    assert_int_equal(dayone_env_new(NULL), DAYONE_EINVAL);
    dayone_env_free(NULL);
    assert_int_equal(dayone_env_count(NULL), 0);
    assert_int_equal(dayone_env_has(NULL, "A"), 0);
    assert_null(dy_env_get(NULL, "A"));
    assert_null(dy_env_at(NULL, 0));
    assert_int_equal(dayone_env_add_process(NULL), DAYONE_EINVAL);
    dayone_env *env = new_env();
    assert_int_equal(dayone_env_count(env), 0);
    assert_null(dy_env_get(env, "A"));
    assert_null(dy_env_get(env, NULL));
    assert_null(dy_env_at(env, 0));
    assert_false(dayone_env_has(env, "A"));
    dayone_error err = {0};
    assert_int_equal(dayone_env_set(NULL, "A", "x", 1, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_env_set(env, NULL, "x", 1, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_env_set(env, "A", NULL, 1, &err), DAYONE_EINVAL);
    assert_int_equal(dayone_env_set(env, "A", NULL, 0, &err), DAYONE_OK);
    CHECK(env, "A", "");
    dayone_env_free(env);
}

static void test_set_get_has_count(void **state)
{
    (void)state;
    dayone_env *env = new_env();
    assert_int_equal(dayone_env_set(env, "A", "one", 3, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "_b9", "", 0, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), 2);
    CHECK(env, "A", "one");
    CHECK(env, "_b9", "");
    assert_true(dayone_env_has(env, "_b9"));
    assert_false(dayone_env_has(env, "a"));   /* names are case-sensitive */
    assert_false(dayone_env_has(env, "A "));
    assert_false(dayone_env_has(env, ""));
    const dy_env_entry *e = dy_env_get(env, "A");
    assert_int_equal(e->source, DAYONE_SOURCE_API);
    assert_null(e->path);
    assert_int_equal(e->line, 0);
    /* Only the first value_len bytes are taken. */
    assert_int_equal(dayone_env_set(env, "A", "twothree", 3, NULL), DAYONE_OK);
    CHECK(env, "A", "two");
    assert_int_equal(dayone_env_count(env), 2);
    dayone_env_free(env);
}

static void test_names(void **state)
{
    (void)state;
    dayone_env *env = new_env();
    static const char *const good[] = { "A", "_", "a_B_9", "__X", "z123" };
    static const char *const bad[] = { "", "1A", "A-B", "A B", "A.B", "A=B", "\xC3\x89T", " A" };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++)
        assert_int_equal(dayone_env_set(env, good[i], "v", 1, NULL), DAYONE_OK);
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dayone_error err = {0};
        assert_int_equal(dayone_env_set(env, bad[i], "v", 1, &err), DAYONE_EINVAL);
        assert_int_equal(err.code, DAYONE_EINVAL);
        assert_non_null(strstr(err.message, "[A-Za-z_][A-Za-z0-9_]*"));
    }
    assert_int_equal(dayone_env_count(env), 5);
    dayone_env_free(env);
}

/* A caller who passes "NAME=value" as a name must not see the value echoed. */
static void test_invalid_name_never_echoes_value(void **state)
{
    (void)state;
    dayone_env *env = new_env();
    dayone_error err = {0};
    char name[64];
    snprintf(name, sizeof name, "KEY=%s", PLANTED);
    assert_int_equal(dayone_env_set(env, name, "v", 1, &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "\"KEY\""));
    tu_assert_no_piece_of(err.message, PLANTED, "message");
    snprintf(name, sizeof name, "KEY %s", PLANTED);
    assert_int_equal(dayone_env_set(env, name, "v", 1, &err), DAYONE_EINVAL);
    tu_assert_no_piece_of(err.message, PLANTED, "message");
    /* Long valid names are capped in messages. */
    char longname[300];
    memset(longname, 'N', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    assert_int_equal(dayone_env_set(env, longname, "a\0b", 3, &err), DAYONE_EINVAL);
    assert_null(strstr(err.message, longname + 200));
    assert_non_null(strstr(err.message, "..."));
    dayone_env_free(env);
}

static void test_values_any_byte_but_nul(void **state)
{
    (void)state;
    dayone_env *env = new_env();
    char all[255];
    for (int i = 0; i < 255; i++)
        all[i] = (char)(i + 1);
    assert_int_equal(dayone_env_set(env, "BYTES", all, sizeof all, NULL), DAYONE_OK);
    check_value(env, "BYTES", all, sizeof all);
    dayone_error err = {0};
    char planted[40];
    snprintf(planted, sizeof planted, "%s", PLANTED);
    planted[10] = '\0';
    assert_int_equal(dayone_env_set(env, "NUL", planted, strlen(PLANTED), &err), DAYONE_EINVAL);
    assert_non_null(strstr(err.message, "NUL"));
    tu_assert_no_piece_of(err.message, PLANTED, "message");
    assert_false(dayone_env_has(env, "NUL"));
    /* A rejected value leaves the previous one in place. */
    assert_int_equal(dayone_env_set(env, "BYTES", "\0", 1, &err), DAYONE_EINVAL);
    check_value(env, "BYTES", all, sizeof all);
    dayone_env_free(env);
}

static void test_value_limit(void **state)
{
    (void)state;
    dayone_env *env = new_env();
    dayone_error err = {0};
    size_t big = 100u * 1024u * 1024u;
    char *buf = malloc(big);
    assert_non_null(buf);
    memset(buf, 'v', DAYONE_ENV_VALUE_MAX + 1);
    assert_int_equal(dayone_env_set(env, "MAXED", buf, DAYONE_ENV_VALUE_MAX, &err), DAYONE_OK);
    assert_int_equal(dy_env_get(env, "MAXED")->value_len, DAYONE_ENV_VALUE_MAX);
    assert_int_equal(dayone_env_set(env, "OVER", buf, DAYONE_ENV_VALUE_MAX + 1, &err),
                     DAYONE_ELIMIT);
    assert_non_null(strstr(err.message, "OVER"));
    assert_non_null(strstr(err.message, "1048577"));
    /* 100 MB: refused before it is even read. */
    assert_int_equal(dayone_env_set(env, "HUGE", buf, big, &err), DAYONE_ELIMIT);
    assert_int_equal(dayone_env_set(env, "MAXED", buf, big, &err), DAYONE_ELIMIT);
    assert_int_equal(dy_env_get(env, "MAXED")->value_len, DAYONE_ENV_VALUE_MAX);
    assert_false(dayone_env_has(env, "OVER"));
    assert_false(dayone_env_has(env, "HUGE"));
    free(buf);
    dayone_env_free(env);
}

/* ---- layering and sources ---- */

static void test_override_order_and_sources(void **state)
{
    (void)state;
    assert_int_equal(setenv("DY_ORDER", "process", 1), 0);
    assert_int_equal(setenv("DY_PROC_ONLY", "p", 1), 0);
    char path1[4096], path2[4096];
    snprintf(path1, sizeof path1, "%s", tu_src("tests/env-files/order1.env"));
    snprintf(path2, sizeof path2, "%s", tu_src("tests/env-files/order2.env"));
    dayone_env *env = new_env();
    dayone_error err = {0};

    assert_int_equal(dayone_env_add_process(env), DAYONE_OK);
    CHECK(env, "DY_ORDER", "process");
    assert_int_equal(dy_env_get(env, "DY_ORDER")->source, DAYONE_SOURCE_PROCESS);
    assert_null(dy_env_get(env, "DY_ORDER")->path);
    size_t n_process = dayone_env_count(env);

    assert_int_equal(dayone_env_add_file(env, path1, &err), DAYONE_OK);
    CHECK(env, "DY_ORDER", "file1");
    const dy_env_entry *e = dy_env_get(env, "DY_ORDER");
    assert_int_equal(e->source, DAYONE_SOURCE_FILE);
    assert_string_equal(e->path, path1);
    assert_int_equal(e->line, 1);
    assert_int_equal(dayone_env_count(env), n_process + 1); /* + DY_ONLY1 */

    assert_int_equal(dayone_env_add_file(env, path2, &err), DAYONE_OK);
    e = dy_env_get(env, "DY_ORDER");
    CHECK(env, "DY_ORDER", "file2");
    assert_string_equal(e->path, path2);
    assert_int_equal(e->line, 3);
    /* Entries from the first file still cite it. */
    assert_string_equal(dy_env_get(env, "DY_ONLY1")->path, path1);
    assert_int_equal(dy_env_get(env, "DY_ONLY1")->line, 2);

    assert_int_equal(dayone_env_set(env, "DY_ORDER", "api", 3, &err), DAYONE_OK);
    e = dy_env_get(env, "DY_ORDER");
    CHECK(env, "DY_ORDER", "api");
    assert_int_equal(e->source, DAYONE_SOURCE_API);
    assert_null(e->path);
    assert_int_equal(e->line, 0);
    CHECK(env, "DY_PROC_ONLY", "p");
    assert_int_equal(dy_env_get(env, "DY_PROC_ONLY")->source, DAYONE_SOURCE_PROCESS);
    assert_int_equal(dayone_env_count(env), n_process + 1);

    /* Layering follows call order: the process added last wins. */
    assert_int_equal(dayone_env_add_process(env), DAYONE_OK);
    CHECK(env, "DY_ORDER", "process");
    assert_int_equal(dy_env_get(env, "DY_ORDER")->source, DAYONE_SOURCE_PROCESS);
    CHECK(env, "DY_ONLY1", "one");
    dayone_env_free(env);
    unsetenv("DY_ORDER");
    unsetenv("DY_PROC_ONLY");
}

static void test_process_skips_non_identifier_names(void **state)
{
    (void)state;
    assert_int_equal(setenv("DY-DASHED", "x", 1), 0);
    assert_int_equal(setenv("DY_EMPTY_PROC", "", 1), 0);
    dayone_env *env = new_env();
    assert_int_equal(dayone_env_add_process(env), DAYONE_OK);
    assert_false(dayone_env_has(env, "DY-DASHED"));
    CHECK(env, "DY_EMPTY_PROC", "");
    /* Every process entry is a valid name with its exact value. */
    for (size_t i = 0; i < dayone_env_count(env); i++) {
        const dy_env_entry *e = dy_env_at(env, i);
        const char *v = getenv(e->name);
        assert_non_null(v);
        assert_int_equal(strlen(v), e->value_len);
    }
    dayone_env_free(env);
    unsetenv("DY-DASHED");
    unsetenv("DY_EMPTY_PROC");
}

/* Odd environ entries, which setenv() cannot make but execve() can pass:
 * each keeps the answer the process read has always given. */
extern char **environ;

static int add_process_of(dayone_env *env, char **entries)
{
    char **saved = environ;
    environ = entries;
    int rc = dayone_env_add_process(env);
    environ = saved;
    return rc;
}

static int add_process_only_of(dayone_env *env, const dayone_env *only, char **entries)
{
    char **saved = environ;
    environ = entries;
    int rc = dy_env_add_process_only(env, only);
    environ = saved;
    return rc;
}

static void test_process_odd_entries(void **state)
{
    (void)state;
    char dup1[] = "DY_DUP=first", noeq[] = "DY_NO_EQUALS", empty_name[] = "=no name",
         digit[] = "1DY_DIGIT=x", dash[] = "DY-DASH=x", func[] = "BASH_FUNC_f%%=() {  :\n}",
         high[] = "DY_\xc3\x89=x", empty_value[] = "DY_EMPTY=", eqs[] = "DY_EQS=a=b==",
         odd[] = "DY_ODD=\x01\x7f\xff\t \r\n$x", dup2[] = "DY_DUP=second",
         file_ref[] = "DY_KEY_FILE=/run/secrets/key", lone_eq[] = "=";
    char *entries[] = { dup1, noeq, empty_name, digit, dash, func, high, empty_value,
                        eqs, odd, dup2, file_ref, lone_eq, NULL };
    dayone_env *env = new_env();
    assert_int_equal(add_process_of(env, entries), DAYONE_OK);
    /* Later duplicates win; names that are not identifiers, entries
     * without '=' and empty names are left out. */
    CHECK(env, "DY_DUP", "second");
    CHECK(env, "DY_EMPTY", "");
    CHECK(env, "DY_EQS", "a=b==");
    CHECK(env, "DY_ODD", "\x01\x7f\xff\t \r\n$x");
    CHECK(env, "DY_KEY_FILE", "/run/secrets/key");
    assert_int_equal(dayone_env_count(env), 5);
    assert_false(dayone_env_has(env, "DY_NO_EQUALS"));
    assert_false(dayone_env_has(env, "1DY_DIGIT"));
    assert_false(dayone_env_has(env, ""));
    assert_true(dy_env_has_file_refs(env));
    for (size_t i = 0; i < dayone_env_count(env); i++) {
        assert_int_equal(dy_env_at(env, i)->source, DAYONE_SOURCE_PROCESS);
        assert_null(dy_env_at(env, i)->path);
    }
    /* The values are the snapshot's own copies, not environ's bytes. */
    assert_true(dy_env_get(env, "DY_DUP")->value != dup2 + 7);
    dup2[7] = 'X';
    CHECK(env, "DY_DUP", "second");

    /* An empty environment adds nothing; neither does a NULL one. */
    char *none[] = { NULL };
    assert_int_equal(add_process_of(env, none), DAYONE_OK);
    assert_int_equal(add_process_of(env, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), 5);
    dayone_env_free(env);
}

/* A value over DAYONE_ENV_VALUE_MAX refuses the read when its name is one
 * a policy could read, and leaves the snapshot as it was; under an odd name
 * it is skipped like the name. Allocation failure changes nothing either. */
static void test_process_limit_and_failure(void **state)
{
    (void)state;
    size_t big = DAYONE_ENV_VALUE_MAX + 1;
    char *over = malloc(big + 16), *odd_over = malloc(big + 16);
    assert_non_null(over);
    assert_non_null(odd_over);
    memcpy(over, "DY_BIG=", 7);
    memset(over + 7, 'v', big);
    over[7 + big] = '\0';
    memcpy(odd_over, "DY-BIG=", 7);
    memset(odd_over + 7, 'v', big);
    odd_over[7 + big] = '\0';
    char keep[] = "DY_KEEP=process";
    dayone_env *env = new_env();
    assert_int_equal(dayone_env_set(env, "DY_KEEP", "before", 6, NULL), DAYONE_OK);
    char *refused[] = { keep, over, NULL };
    assert_int_equal(add_process_of(env, refused), DAYONE_ELIMIT);
    CHECK(env, "DY_KEEP", "before");
    assert_int_equal(dy_env_get(env, "DY_KEEP")->source, DAYONE_SOURCE_API);
    assert_int_equal(dayone_env_count(env), 1);

    char *skipped[] = { odd_over, keep, NULL };
    g_unwiped = 0;
    for (long k = 0;; k++) {
        g_fail_after = k;
        int rc = add_process_of(env, skipped);
        g_fail_after = -1;
        if (rc == DAYONE_OK)
            break;
        assert_int_equal(rc, DAYONE_ENOMEM);
        CHECK(env, "DY_KEEP", "before");
        assert_int_equal(dayone_env_count(env), 1);
        assert_true(k < 16);
    }
    CHECK(env, "DY_KEEP", "process");
    assert_int_equal(dayone_env_count(env), 1);
    dayone_env_free(env);
    assert_int_equal(g_unwiped, 0);
    free(over);
    free(odd_over);
}

/* The process read for one check (dy_env_add_process_only): only names
 * the set holds, and NAME_FILE names, are copied; a lookup outside the set
 * strays; every entry is still judged for the value limit; values not kept
 * are never copied. */
static void test_process_only(void **state)
{
    (void)state;
    dayone_env *only = new_env();
    assert_int_equal(dayone_env_set(only, "DY_A", "", 0, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(only, "DY_B", "", 0, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(only, "DY_B_FILE", "", 0, NULL), DAYONE_OK);
    char a1[] = "DY_A=1", b[] = "DY_B=x", a2[] = "DY_A=2",
         other[] = "DY_OTHER=PLANTED_SECRET_123456789", cfile[] = "DY_C_FILE=/p",
         bad[] = "DY-B=PLANTED_SECRET_123456789", noeq[] = "DY_B", empty[] = "=DY_A";
    char *entries[] = { a1, b, other, cfile, bad, a2, noeq, empty, NULL };
    g_unwiped = 0;
    dayone_env *env = new_env();
    assert_int_equal(add_process_only_of(env, only, entries), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), 3);
    assert_int_equal(live_blocks_holding("PLANTED_SECRET"), 0); /* never copied */
    assert_true(dy_env_has_file_refs(env));
    CHECK(env, "DY_A", "2");
    CHECK(env, "DY_B", "x");
    assert_int_equal(dy_env_get(env, "DY_A")->source, DAYONE_SOURCE_PROCESS);
    assert_null(dy_env_get(env, "DY_B_FILE")); /* in the set, not set */
    assert_false(dy_env_strayed(env));
    CHECK(env, "DY_C_FILE", "/p"); /* a NAME_FILE name is kept */
    assert_false(dy_env_strayed(env));
    assert_null(dy_env_get(env, "DY_OTHER")); /* outside the set: strays */
    assert_true(dy_env_strayed(env));
    dayone_env_free(env);
    assert_int_equal(g_unwiped, 0);

    /* An over-long value refuses the read even under a name not kept. */
    size_t big = DAYONE_ENV_VALUE_MAX + 1;
    char *over = malloc(big + 16);
    assert_non_null(over);
    memcpy(over, "DY_UNREAD=", 10);
    memset(over + 10, 'v', big);
    over[10 + big] = '\0';
    char *refused[] = { a1, over, NULL };
    env = new_env();
    assert_int_equal(add_process_only_of(env, only, refused), DAYONE_ELIMIT);
    assert_int_equal(dayone_env_count(env), 0);
    dayone_env_free(env);
    over[2] = '-'; /* DY-UNREAD: skipped like its name */
    env = new_env();
    assert_int_equal(add_process_only_of(env, only, refused), DAYONE_OK);
    CHECK(env, "DY_A", "1");
    assert_int_equal(dayone_env_count(env), 1);
    dayone_env_free(env);
    free(over);
    assert_int_equal(dy_env_add_process_only(NULL, only), DAYONE_EINVAL);
    env = new_env();
    assert_int_equal(dy_env_add_process_only(env, NULL), DAYONE_EINVAL);
    dayone_env_free(env);
    dayone_env_free(only);
}

static void test_source_names(void **state)
{
    (void)state;
    assert_string_equal(dy_env_source_name(DAYONE_SOURCE_PROCESS), "process");
    assert_string_equal(dy_env_source_name(DAYONE_SOURCE_FILE), "file");
    assert_string_equal(dy_env_source_name(DAYONE_SOURCE_API), "api");
    assert_string_equal(dy_env_source_name(DAYONE_SOURCE_SECRET_FILE), "secret-file");
    assert_string_equal(dy_env_source_name((dayone_env_source_kind)42), "unknown");
}

/* ---- many entries, iteration, lookup cost ---- */

static void test_many_entries_and_iteration(void **state)
{
    (void)state;
    enum { N = 10000 };
    dayone_env *env = new_env();
    char name[32], value[32];
    for (int i = 0; i < N; i++) {
        snprintf(name, sizeof name, "VAR_%d", i);
        snprintf(value, sizeof value, "v%d", i);
        assert_int_equal(dayone_env_set(env, name, value, strlen(value), NULL), DAYONE_OK);
    }
    /* Override every other one: the count does not change, values do. */
    for (int i = 0; i < N; i += 2) {
        snprintf(name, sizeof name, "VAR_%d", i);
        snprintf(value, sizeof value, "w%d", i);
        assert_int_equal(dayone_env_set(env, name, value, strlen(value), NULL), DAYONE_OK);
    }
    assert_int_equal(dayone_env_count(env), N);
    for (int i = 0; i < N; i++) {
        snprintf(name, sizeof name, "VAR_%d", i);
        snprintf(value, sizeof value, "%c%d", i % 2 ? 'v' : 'w', i);
        check_value(env, name, value, strlen(value));
    }
    assert_null(dy_env_get(env, "VAR_10000"));
    assert_null(dy_env_get(env, "VAR_"));
    /* dy_env_at visits each entry exactly once. */
    char *seen = calloc(N, 1);
    assert_non_null(seen);
    for (size_t i = 0; i < dayone_env_count(env); i++) {
        const dy_env_entry *e = dy_env_at(env, i);
        assert_non_null(e);
        int k = atoi(e->name + 4);
        assert_true(k >= 0 && k < N);
        assert_int_equal(seen[k], 0);
        seen[k] = 1;
        assert_ptr_equal(dy_env_get(env, e->name), e);
    }
    assert_null(dy_env_at(env, N));
    free(seen);
    dayone_env_free(env);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A check reads ~200 variables; in a 10 000-entry snapshot that must stay
 * far below a millisecond (a linear scan would take tens of ms even -O2). */
static void test_lookup_is_not_linear(void **state)
{
    (void)state;
    enum { N = 10000, LOOKUPS = 200, REPS = 200 };
    dayone_env *env = new_env();
    static char names[LOOKUPS][40];
    char name[40];
    for (int i = 0; i < N; i++) {
        snprintf(name, sizeof name, "SOME_FAIRLY_LONG_NAME_%d", i);
        assert_int_equal(dayone_env_set(env, name, "x", 1, NULL), DAYONE_OK);
    }
    for (int i = 0; i < LOOKUPS; i++)
        snprintf(names[i], sizeof names[i], "SOME_FAIRLY_LONG_NAME_%d", i * 37 + (i % 2) * N);
    size_t found = 0;
    double t0 = now_seconds();
    for (int r = 0; r < REPS; r++)
        for (int i = 0; i < LOOKUPS; i++)
            found += dy_env_get(env, names[i]) != NULL;
    double per_check = (now_seconds() - t0) / REPS;
    assert_int_equal(found, (size_t)REPS * (LOOKUPS / 2)); /* odd i are absent */
    if (per_check > 1e-3)
        fail_msg("200 lookups took %.1f us", per_check * 1e6);
    dayone_env_free(env);
}

/* ---- NAME_FILE secrets ---- */

static void read_secret(const char *data, size_t len, int code, const char *want,
                        size_t want_len)
{
    char path[] = "/tmp/dy_test_secret_XXXXXX";
    write_file(path, data, len);
    char *out = (char *)"sentinel";
    size_t out_len = 12345;
    dayone_error err = {0};
    int rc = dy_read_secret_file(path, &out, &out_len, &err);
    unlink(path);
    assert_int_equal(rc, code);
    if (code != DAYONE_OK) {
        assert_null(out);
        assert_int_equal(out_len, 0);
        assert_string_equal(err.path, path);
        tu_assert_no_piece_of(err.message, PLANTED, "message");
        return;
    }
    assert_int_equal(out_len, want_len);
    assert_memory_equal(out, want, want_len);
    assert_int_equal(out[out_len], '\0');
    dy_free_secret(out);
}

#define SECRET(data, code, want) \
    read_secret((data), sizeof(data) - 1, (code), (want), sizeof(want) - 1)

static void test_secret_file_newlines(void **state)
{
    (void)state;
    SECRET("s3cret\n", DAYONE_OK, "s3cret");
    SECRET("s3cret\r\n", DAYONE_OK, "s3cret");
    SECRET("s3cret", DAYONE_OK, "s3cret");
    SECRET("s3cret\n\n", DAYONE_OK, "s3cret\n");    /* exactly one stripped */
    SECRET("s3cret\r\n\r\n", DAYONE_OK, "s3cret\r\n");
    SECRET("s3cret\r", DAYONE_OK, "s3cret\r");       /* a lone CR is content */
    SECRET("  spaced  \n", DAYONE_OK, "  spaced  ");
    SECRET("multi\nline\n", DAYONE_OK, "multi\nline");
    SECRET("", DAYONE_OK, "");
    SECRET("\n", DAYONE_OK, "");
}

static void test_secret_file_errors(void **state)
{
    (void)state;
    static const char nul[] = "PLANTED_SECRET\0_123456789\n";
    read_secret(nul, sizeof nul - 1, DAYONE_EIO, NULL, 0);
    dayone_error err = {0};
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(dy_read_secret_file("/nonexistent/secret", &out, &len, &err), DAYONE_EIO);
    assert_string_equal(err.path, "/nonexistent/secret");
    assert_null(out);
    assert_int_equal(dy_read_secret_file(tu_src("tests/env-files"), &out, &len, &err),
                     DAYONE_EIO);
    assert_int_equal(dy_read_secret_file(NULL, &out, &len, &err), DAYONE_EINVAL);
}

static void test_secret_file_limit(void **state)
{
    (void)state;
    size_t max = DAYONE_ENV_VALUE_MAX;
    char *buf = malloc(max + 3);
    assert_non_null(buf);
    memset(buf, 'k', max + 3);
    /* At the limit, with or without the trailing newline: accepted. */
    buf[max] = '\r';
    buf[max + 1] = '\n';
    read_secret(buf, max + 2, DAYONE_OK, buf, max);
    read_secret(buf, max, DAYONE_OK, buf, max);
    /* One byte over, and over once the newline is stripped: refused. */
    read_secret(buf, max + 1, DAYONE_ELIMIT, NULL, 0);
    buf[max + 1] = 'k';
    buf[max + 2] = '\n';
    read_secret(buf, max + 3, DAYONE_ELIMIT, NULL, 0);
    free(buf);
}

/* The stripped newline does not linger past the NUL: dy_free_secret wipes up
 * to strlen, so nothing of the file may remain after it. */
static void test_secret_file_tail_wiped(void **state)
{
    (void)state;
    char path[] = "/tmp/dy_test_secret_XXXXXX";
    write_file(path, "abc\r\n", 5);
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(dy_read_secret_file(path, &out, &len, NULL), DAYONE_OK);
    unlink(path);
    assert_int_equal(len, 3);
    assert_int_equal(out[3], '\0');
    assert_int_equal(out[4], '\0');
    dy_free_secret(out);
}

/* ---- wiping ---- */

static void test_wipe_detector_works(void **state)
{
    (void)state;
    size_t before = g_unwiped;
    char *p = dy_strdup("x PLANTED_SECRET_123456789 y");
    dy_free(p);
    assert_int_equal(g_unwiped, before + 1);
    p = dy_strdup("x PLANTED_SECRET_123456789 y");
    dy_free_secret(p);
    assert_int_equal(g_unwiped, before + 1);
    g_unwiped = before;
}

/* Values replaced by every kind of layer, values freed with the snapshot,
 * values staged by a file that fails to parse, and the raw file buffer:
 * none may reach free() still holding the secret. */
static void test_values_wiped_when_replaced_or_freed(void **state)
{
    (void)state;
    g_unwiped = 0;
    assert_int_equal(setenv("DY_WIPE_PROC", "proc PLANTED_SECRET_123456789", 1), 0);
    dayone_env *env = new_env();
    dayone_error err = {0};
    assert_int_equal(dayone_env_add_process(env), DAYONE_OK);
    static const char text[] = "DY_WIPE_PROC=\"file PLANTED_SECRET_123456789\\n\"\n"
                               "A='PLANTED_SECRET_123456789'\nA=PLANTED_SECRET_123456789 again\n";
    assert_int_equal(dayone_env_add_string(env, text, sizeof text - 1, "w.env", &err),
                     DAYONE_OK);
    /* From a real file too (the read buffer holds every value). */
    char path[] = "/tmp/dy_test_wipe_XXXXXX";
    write_file(path, text, sizeof text - 1);
    assert_int_equal(dayone_env_add_file(env, path, &err), DAYONE_OK);
    /* A file that fails after staging some values. */
    static const char bad[] = "B=PLANTED_SECRET_123456789\n"
                              "C=\"PLANTED_SECRET_123456789${DY_WIPE_UNSET}\"\n";
    assert_int_equal(dayone_env_add_string(env, bad, sizeof bad - 1, "bad.env", &err),
                     DAYONE_EENVFILE);
    static const char *const bad_more[] = {
        "D=\"PLANTED_SECRET_123456789\" j#nk\n",      /* after a parsed value */
        "D='PLANTED_SECRET_123456789' j#nk\n",
        "D=\"PLANTED_SECRET_123456789 $DY_WIPE_UNSET\"\n", /* after escapes, in interpolation */
        "D=PLANTED_SECRET_123456789\nE=\"PLANTED_SECRET_123456789\n", /* unterminated */
        "D=PLANTED_SECRET_123456789\nE=\xFF\n",          /* encoding */
    };
    for (size_t i = 0; i < sizeof bad_more / sizeof bad_more[0]; i++)
        assert_int_equal(dayone_env_add_string(env, bad_more[i], strlen(bad_more[i]),
                                               "bad.env", &err),
                         DAYONE_EENVFILE);
    assert_false(dayone_env_has(env, "D"));
    unlink(path);
    strcpy(path, "/tmp/dy_test_wipe_XXXXXX");
    write_file(path, bad, sizeof bad - 1);
    assert_int_equal(dayone_env_add_file(env, path, &err), DAYONE_EENVFILE);
    unlink(path);
    assert_int_equal(dayone_env_set(env, "A", "api PLANTED_SECRET_123456789", 28, &err),
                     DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "A", "short", 5, &err), DAYONE_OK);
    CHECK(env, "A", "short");
    CHECK(env, "DY_WIPE_PROC", "file PLANTED_SECRET_123456789\n");
    assert_int_equal(g_unwiped, 0);
    /* The one current value holding the secret sits in a watched block (an
     * arena chunk): had free not wiped it, dy_free would have counted it.
     * Every replaced or rejected copy is already gone from live memory. */
    assert_int_equal(live_blocks_holding("PLANTED_SECRET"), 1);
    dayone_env_free(env);
    assert_int_equal(g_unwiped, 0);
    unsetenv("DY_WIPE_PROC");
}

/* Replaced values are wiped where they lie, not just when the snapshot is
 * freed: after each replacement no live block holds the old value. */
static void test_replaced_values_wiped_in_place(void **state)
{
    (void)state;
    g_unwiped = 0;
    dayone_env *env = new_env();
    dayone_error err = {0};
    assert_int_equal(dayone_env_set(env, "A", "REPLACED_MARK_1 x", 17, &err), DAYONE_OK);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_1"), 1);
    assert_int_equal(dayone_env_set(env, "A", "x", 1, &err), DAYONE_OK);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_1"), 0);
    CHECK(env, "A", "x");

    /* From a file, replaced by a set; and twice in one file. */
    static const char t1[] = "B=REPLACED_MARK_2\n";
    assert_int_equal(dayone_env_add_string(env, t1, sizeof t1 - 1, "t1", &err), DAYONE_OK);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_2"), 1);
    assert_int_equal(dayone_env_set(env, "B", "y", 1, &err), DAYONE_OK);
    static const char t2[] = "C=REPLACED_MARK_3\nC=later\n";
    assert_int_equal(dayone_env_add_string(env, t2, sizeof t2 - 1, "t2", &err), DAYONE_OK);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_2"), 0);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_3"), 0);
    CHECK(env, "C", "later");

    /* From the process, replaced by a file. */
    assert_int_equal(setenv("DY_MARK_PROC", "REPLACED_MARK_4", 1), 0);
    assert_int_equal(dayone_env_add_process(env), DAYONE_OK);
    unsetenv("DY_MARK_PROC");
    assert_int_equal(live_blocks_holding("REPLACED_MARK_4"), 1);
    static const char t3[] = "DY_MARK_PROC=z\n";
    assert_int_equal(dayone_env_add_string(env, t3, sizeof t3 - 1, "t3", &err), DAYONE_OK);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_4"), 0);

    /* A value big enough for a chunk of its own. */
    size_t big = 200 * 1024;
    char *buf = malloc(big);
    assert_non_null(buf);
    for (size_t i = 0; i < big; i++)
        buf[i] = "REPLACED_MARK_5 "[i % 16];
    assert_int_equal(dayone_env_set(env, "BIG", buf, big, &err), DAYONE_OK);
    check_value(env, "BIG", buf, big);
    CHECK(env, "A", "x"); /* small entries unaffected */
    assert_int_equal(dayone_env_set(env, "BIG", "small", 5, &err), DAYONE_OK);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_5"), 0);
    free(buf);

    /* Rejected input leaves no copy behind either. */
    static const char bad[] = "E=REPLACED_MARK_6\nF=\"bad${DY_WIPE_UNSET}\"\n";
    assert_int_equal(dayone_env_add_string(env, bad, sizeof bad - 1, "bad", &err),
                     DAYONE_EENVFILE);
    assert_int_equal(dayone_env_set(env, "G", "REPLACED_MARK_7\0", 16, &err), DAYONE_EINVAL);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_6"), 0);
    assert_int_equal(live_blocks_holding("REPLACED_MARK_7"), 0);
    assert_false(dayone_env_has(env, "E"));
    assert_false(dayone_env_has(env, "G"));
    dayone_env_free(env);
    assert_int_equal(g_unwiped, 0);
}

/* Replacing one variable over and over must not grow the snapshot without
 * bound (abandoned space is reclaimed), and reclaiming it keeps every other
 * entry intact. */
static void test_replacement_memory_bounded(void **state)
{
    (void)state;
    enum { OTHERS = 300, ROUNDS = 20000, VLEN = 1000 };
    dayone_env *env = new_env();
    char name[32], value[VLEN + 1];
    for (int i = 0; i < OTHERS; i++) {
        snprintf(name, sizeof name, "OTHER_%d", i);
        snprintf(value, sizeof value, "other-%d", i);
        assert_int_equal(dayone_env_set(env, name, value, strlen(value), NULL), DAYONE_OK);
    }
    size_t base = g_live_bytes, peak = 0;
    for (int r = 0; r < ROUNDS; r++) {
        memset(value, 'a' + r % 26, VLEN);
        size_t len = VLEN - (size_t)(r % 7);
        assert_int_equal(dayone_env_set(env, "CHURN", value, len, NULL), DAYONE_OK);
        if (g_live_bytes > peak)
            peak = g_live_bytes;
    }
    /* 20 MB were written; the snapshot keeps at most a few hundred KiB. */
    if (peak - base > 512 * 1024)
        fail_msg("snapshot grew by %zu bytes", peak - base);
    size_t last = VLEN - (ROUNDS - 1) % 7;
    memset(value, 'a' + (ROUNDS - 1) % 26, VLEN);
    check_value(env, "CHURN", value, last);
    for (int i = 0; i < OTHERS; i++) {
        snprintf(name, sizeof name, "OTHER_%d", i);
        snprintf(value, sizeof value, "other-%d", i);
        check_value(env, name, value, strlen(value));
    }
    assert_int_equal(dayone_env_count(env), OTHERS + 1);
    dayone_env_free(env);
}

static void snapshot_is(const dayone_env *env, size_t count)
{
    assert_int_equal(dayone_env_count(env), count);
    CHECK(env, "KEEP", "kept");
    CHECK(env, "OVER", "before");
    assert_false(dayone_env_has(env, "NEW_1"));
}

/* All or nothing: whichever allocation fails, a failed set or layer leaves
 * every visible entry as it was. */
static void test_allocation_failure_changes_nothing(void **state)
{
    (void)state;
    g_unwiped = 0;
    dayone_env *env = new_env();
    assert_int_equal(dayone_env_set(env, "KEEP", "kept", 4, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "OVER", "before", 6, NULL), DAYONE_OK);
    /* Enough new entries to need more slots, table and arena. */
    char text[8192];
    size_t len = (size_t)snprintf(text, sizeof text, "OVER=PLANTED_SECRET_123456789\n");
    for (int i = 1; i <= 120; i++)
        len += (size_t)snprintf(text + len, sizeof text - len, "NEW_%d=value-%d\n", i, i);
    int failures = 0, rc;
    for (long k = 0;; k++) {
        dayone_error err = {0};
        g_fail_after = k;
        rc = dayone_env_add_string(env, text, len, "big.env", &err);
        g_fail_after = -1;
        if (rc == DAYONE_OK)
            break;
        /* The parser (dotenv.c) reports some of its own allocation
         * failures as DAYONE_EENVFILE "out of memory". */
        if (rc != DAYONE_ENOMEM) {
            assert_int_equal(rc, DAYONE_EENVFILE);
            assert_non_null(strstr(err.message, "out of memory"));
        }
        tu_assert_no_piece_of(err.message, PLANTED, "message");
        snapshot_is(env, 2);
        failures++;
    }
    assert_true(failures > 3);
    assert_int_equal(dayone_env_count(env), 122);
    CHECK(env, "NEW_120", "value-120");
    dayone_env_free(env);

    /* The same for single sets of a new name and of a replacement. */
    for (int replace = 0; replace <= 1; replace++) {
        env = new_env();
        assert_int_equal(dayone_env_set(env, "KEEP", "kept", 4, NULL), DAYONE_OK);
        assert_int_equal(dayone_env_set(env, "OVER", "before", 6, NULL), DAYONE_OK);
        char big[6000];
        memset(big, 'q', sizeof big);
        failures = 0;
        for (long k = 0;; k++) {
            dayone_error err = {0};
            g_fail_after = k;
            rc = dayone_env_set(env, replace ? "OVER" : "NEW_1", big, sizeof big, &err);
            g_fail_after = -1;
            if (rc == DAYONE_OK)
                break;
            assert_int_equal(rc, DAYONE_ENOMEM);
            snapshot_is(env, 2);
            failures++;
        }
        assert_true(failures >= 1);
        check_value(env, replace ? "OVER" : "NEW_1", big, sizeof big);
        dayone_env_free(env);
    }
    assert_int_equal(g_unwiped, 0);
}

static void test_secret_file_buffers_wiped(void **state)
{
    (void)state;
    g_unwiped = 0;
    char path[] = "/tmp/dy_test_wipe_XXXXXX";
    write_file(path, "PLANTED_SECRET_123456789\n", 25);
    char *out = NULL;
    size_t len = 0;
    assert_int_equal(dy_read_secret_file(path, &out, &len, NULL), DAYONE_OK);
    assert_int_equal(len, 24);
    dy_free_secret(out);
    /* Rejected content is wiped too. */
    unlink(path);
    strcpy(path, "/tmp/dy_test_wipe_XXXXXX");
    write_file(path, "PLANTED_SECRET_123456789\0\n", 26);
    assert_int_equal(dy_read_secret_file(path, &out, &len, NULL), DAYONE_EIO);
    unlink(path);
    assert_int_equal(g_unwiped, 0);
}

/* dy_env_has_file_refs: a check skips its NAME_FILE lookups when no name
 * ends in _FILE, so every way a name enters must count. */
static void test_file_refs(void **state)
{
    (void)state;
    dayone_env *env = NULL;
    dayone_error err;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    assert_int_equal(dy_env_has_file_refs(env), 0);
    assert_int_equal(dayone_env_set(env, "FILE", "x", 1, &err), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "PROFILE", "x", 1, &err), DAYONE_OK);
    assert_int_equal(dayone_env_set(env, "X_FILES", "x", 1, &err), DAYONE_OK);
    assert_int_equal(dy_env_has_file_refs(env), 0);
    assert_int_equal(dayone_env_set(env, "DB_PASSWORD_FILE", "/run/s", 6, &err), DAYONE_OK);
    assert_int_equal(dy_env_has_file_refs(env), 1);
    dayone_env_free(env);

    env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    const char text[] = "A=1\nAPI_KEY_FILE=/run/secrets/api\n";
    assert_int_equal(dayone_env_add_string(env, text, strlen(text), "t.env", &err), DAYONE_OK);
    assert_int_equal(dy_env_has_file_refs(env), 1);
    dayone_env_free(env);
    assert_int_equal(dy_env_has_file_refs(NULL), 0);
}

/* dy_env_with_vars' callback: how many pairs the snapshot kept. */
static int count_kept(const dayone_env *env, void *arg)
{
    *(size_t *)arg = dayone_env_count(env);
    return DAYONE_OK;
}

/* dy_env_with_vars of one pair, its name in the `only` set (in_set, when it
 * is a name a set can hold) or not; *kept: the pairs the snapshot kept. */
static int with_vars_one(const dayone_var *var, int in_set, size_t *kept)
{
    char name[64];
    dayone_env *only = new_env();
    assert_int_equal(dayone_env_set(only, "SOME_OTHER_NAME", "", 0, NULL), DAYONE_OK);
    if (in_set && var->name_len < sizeof name) {
        memcpy(name, var->name, var->name_len);
        name[var->name_len] = '\0';
        assert_int_equal(dayone_env_set(only, name, "", 0, NULL), DAYONE_OK);
    }
    int strayed = -1;
    *kept = 0;
    int rc = dy_env_with_vars(only, var, 1, count_kept, kept, &strayed, NULL);
    assert_int_equal(strayed, 0);
    dayone_env_free(only);
    return rc;
}

/* Every byte at every position of names 1 to 24 bytes long (the word
 * paths of the name check: under 8, 8 to 16, longer) is judged as the
 * rule says: [A-Za-z_] first, [A-Za-z0-9_] after. */
static void test_name_bytes_exhaustive(void **state)
{
    (void)state;
    char name[40]; /* past two 16-byte blocks and an overlapping tail */
    for (size_t len = 1; len <= sizeof name; len++) {
        for (size_t pos = 0; pos < len; pos++) {
            for (int b = 0; b < 256; b++) {
                memset(name, pos % 2 ? 'z' : 'A', len);
                name[pos] = (char)b;
                int word = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
                int ok = word || (pos > 0 && b >= '0' && b <= '9');
                dayone_env *env = new_env();
                dayone_var var = { name, len, "v", 1 };
                int rc = dayone_env_set_many(env, &var, 1, NULL);
                if (rc != (ok ? DAYONE_OK : DAYONE_EINVAL))
                    fail_msg("length %zu, byte 0x%02x at %zu: got %d", len, b, pos, rc);
                if (ok)
                    assert_int_equal(dayone_env_count(env), 1);
                /* The restricted snapshot's own judging (no hash) agrees,
                 * whether the set holds the name or not. */
                size_t kept = 0;
                rc = with_vars_one(&var, ok, &kept);
                if (rc != (ok ? DAYONE_OK : DAYONE_EINVAL) || kept != (size_t)ok)
                    fail_msg("restricted: length %zu, byte 0x%02x at %zu: got %d, kept %zu", len,
                             b, pos, rc, kept);
                dayone_env_free(env);
            }
        }
    }
}

/* A value is refused exactly when it holds a NUL, whatever its length and
 * wherever the NUL sits: every length the word, block and memchr tests
 * cover, with bytes next to 0 (0x01, 0x80, 0xff) that a word trick could
 * mistake for one. */
static void test_value_nul_every_length(void **state)
{
    (void)state;
    static const unsigned char fill[] = { 'x', 0x01, 0x80, 0xff };
    char value[100];
    for (size_t f = 0; f < sizeof fill; f++) {
        for (size_t len = 0; len <= sizeof value; len++) {
            for (size_t pos = 0; pos <= len; pos++) { /* pos == len: no NUL */
                memset(value, fill[f], sizeof value);
                if (pos < len)
                    value[pos] = '\0';
                dayone_env *env = new_env();
                dayone_var var = { "V", 1, value, len };
                int rc = dayone_env_set_many(env, &var, 1, NULL);
                if (rc != (pos < len ? DAYONE_EINVAL : DAYONE_OK))
                    fail_msg("fill 0x%02x, length %zu, NUL at %zu: got %d", fill[f], len, pos, rc);
                size_t kept = 0;
                for (int in_set = 0; in_set < 2; in_set++) {
                    rc = with_vars_one(&var, in_set, &kept);
                    if (rc != (pos < len ? DAYONE_EINVAL : DAYONE_OK))
                        fail_msg("restricted: fill 0x%02x, length %zu, NUL at %zu: got %d",
                                 fill[f], len, pos, rc);
                }
                dayone_env_free(env);
            }
        }
    }
}

/* dayone_env_set_many: what as many dayone_env_set calls would build
 * (later wins, lengths respected, no NUL needed after a name), but all or
 * nothing, failing on the first bad pair with dayone_env_set's message. */
static void test_set_many(void **state)
{
    (void)state;
    const char names[] = "ALPHAx_b9yNUMBER_OF_THINGS_123z";
    dayone_var vars[] = {
        { names, 5, "one", 3 },          /* ALPHA, the name not NUL-terminated */
        { names + 6, 3, "", 0 },          /* _b9 */
        { names + 10, 20, PLANTED, sizeof PLANTED - 1 },
        { names, 5, "two2", 3 },          /* ALPHA again: the later one wins */
    };
    dayone_env *env = new_env(), *one = new_env();
    assert_int_equal(dayone_env_set_many(env, vars, 4, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), 3);
    CHECK(env, "ALPHA", "two");
    CHECK(env, "_b9", "");
    CHECK(env, "NUMBER_OF_THINGS_123", PLANTED);
    assert_int_equal(dy_env_get(env, "ALPHA")->source, DAYONE_SOURCE_API);
    assert_int_equal(dayone_env_set_many(env, NULL, 0, NULL), DAYONE_OK);

    /* A bad pair anywhere: the first one's error, nothing changed. */
    char planted[40];
    snprintf(planted, sizeof planted, "%s", PLANTED);
    planted[10] = '\0';
    struct { dayone_var bad; int code; const char *says; } cases[] = {
        { { "A-B", 3, "v", 1 }, DAYONE_EINVAL, "invalid variable name starting with \"A\"" },
        { { "", 0, "v", 1 }, DAYONE_EINVAL, "invalid variable name: names must match" },
        { { "9A", 2, "v", 1 }, DAYONE_EINVAL, "invalid variable name" },
        { { "A\0B", 3, "v", 1 }, DAYONE_EINVAL, "invalid variable name starting with \"A\": character 2 is a NUL byte" },
        { { "NUL", 3, planted, sizeof PLANTED - 1 }, DAYONE_EINVAL, "value of NUL contains a NUL byte" },
        { { "NUL9", 4, planted, 12 }, DAYONE_EINVAL, "value of NUL9 contains a NUL byte" },
        { { "NUL3", 4, "ab\0", 3 }, DAYONE_EINVAL, "value of NUL3 contains a NUL byte" },
        { { "BIG", 3, PLANTED, DAYONE_ENV_VALUE_MAX + 1u }, DAYONE_ELIMIT, "value of BIG is" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dayone_var batch[3] = { { "NEW_ONE", 7, "x", 1 }, cases[i].bad, { "A-C", 3, "v", 1 } };
        dayone_error err = {0}, single = {0};
        assert_int_equal(dayone_env_set_many(env, batch, 3, &err), cases[i].code);
        assert_non_null(strstr(err.message, cases[i].says));
        tu_assert_no_piece_of(err.message, PLANTED, "message");
        assert_false(dayone_env_has(env, "NEW_ONE"));
        assert_int_equal(dayone_env_count(env), 3);
        /* dayone_env_set says the same of a NUL-terminated name. */
        if (strlen(cases[i].bad.name) == cases[i].bad.name_len) {
            assert_int_equal(dayone_env_set(one, cases[i].bad.name, cases[i].bad.value,
                                            cases[i].bad.value_len, &single), cases[i].code);
            assert_string_equal(err.message, single.message);
        }
    }
    dayone_env_free(env);
    dayone_env_free(one);
}

/* Many pairs (past the on-stack index) and the values wiped on free. */
static void test_set_many_large_wiped(void **state)
{
    (void)state;
    enum { N = 1000 };
    static char names[N][16];
    static dayone_var vars[N];
    for (int i = 0; i < N; i++) {
        snprintf(names[i], sizeof names[i], "V_%d", i);
        vars[i] = (dayone_var){ names[i], strlen(names[i]), PLANTED, sizeof PLANTED - 1 };
    }
    g_unwiped = 0;
    dayone_env *env = new_env();
    assert_int_equal(dayone_env_set_many(env, vars, N, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), N);
    CHECK(env, "V_0", PLANTED);
    CHECK(env, "V_999", PLANTED);
    assert_true(live_blocks_holding("PLANTED_SECRET") > 0);
    dayone_env_free(env);
    assert_int_equal(g_unwiped, 0);
    assert_int_equal(live_blocks_holding("PLANTED_SECRET"), 0);
}

/* A restricted snapshot keeps only the names of its set (every pair still
 * judged), notes a lookup outside the set, and still sees NAME_FILE names
 * it did not keep. */
static void test_restricted(void **state)
{
    (void)state;
    dayone_env *only = new_env(), *env = new_env();
    assert_int_equal(dayone_env_set(only, "KEEP", "", 0, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(only, "UNSET", "", 0, NULL), DAYONE_OK);
    dy_env_restrict(env, only);
    dayone_var vars[] = { { "KEEP", 4, "k", 1 }, { "DROP", 4, "d", 1 },
                          { "OTHER_FILE", 10, "/run/x", 6 } };
    /* A bad pair fails even when it would not be kept. */
    dayone_var bad[] = { { "KEEP", 4, "k", 1 }, { "DROP", 4, "a\0b", 3 } };
    assert_int_equal(dy_env_add_vars(env, bad, 2, NULL), DAYONE_EINVAL);
    assert_int_equal(dayone_env_count(env), 0);
    assert_int_equal(dy_env_add_vars(env, vars, 3, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_count(env), 1);
    assert_int_equal(dy_env_has_file_refs(env), 1);
    CHECK(env, "KEEP", "k");
    assert_null(dy_env_get(env, "UNSET"));
    assert_false(dy_env_strayed(env));
    assert_null(dy_env_get(env, "DROP"));
    assert_true(dy_env_strayed(env));
    dayone_env_free(env);
    dayone_env_free(only);
}

/* What a callback of dy_env_with_vars saw, against a full snapshot. */
typedef struct with_vars_seen {
    const dayone_env *full;
    const char *const *names;
    size_t nnames, count;
    int file_refs, same, strayed_before;
} with_vars_seen;

static int compare_with_full(const dayone_env *env, void *arg)
{
    with_vars_seen *w = arg;
    w->count = dayone_env_count(env);
    w->file_refs = dy_env_has_file_refs(env);
    w->same = 1;
    for (size_t i = 0; i < w->nnames; i++) {
        const dy_env_entry *a = dy_env_get(env, w->names[i]), *b = dy_env_get(w->full, w->names[i]);
        if (!a != !b || (a && (a->value_len != b->value_len ||
                               memcmp(a->value, b->value, a->value_len) != 0 ||
                               a->value[a->value_len] != '\0' || a->source != b->source)))
            w->same = 0;
    }
    w->strayed_before = dy_env_strayed(env);
    (void)dy_env_get(env, "NOT_IN_THE_SET"); /* strays */
    return DAYONE_OK;
}

/* dy_env_with_vars: the pairs of the set's names exactly as a full
 * snapshot of the same pairs has them (later wins), NAME_FILE names seen
 * though not kept, a lookup outside the set noted, the first bad pair's
 * error (dayone_env_set_many's, word for word), past the on-stack index
 * and the on-stack block, and the copies wiped. */
static void test_with_vars(void **state)
{
    (void)state;
    static const char *const set_names[] = { "KEEP", "A", "DATABASE_URL", "STRIPE_SECRET_KEY",
                                             "A_NAME_OVER_THIRTY_TWO_BYTES_LONG_X", "KEEP_FILE" };
    const size_t nset = sizeof set_names / sizeof set_names[0];
    dayone_env *only = new_env();
    for (size_t i = 0; i < nset; i++)
        assert_int_equal(dayone_env_set(only, set_names[i], "", 0, NULL), DAYONE_OK);
    /* 600 pairs: the set's names (each several times, the last one
     * winning) among others of every name length, values up to 99 bytes
     * (more than the stack block holds in all). */
    enum { N = 600 };
    static char names[N][48], values[N][100];
    static dayone_var vars[N];
    unsigned seed = 12345;
    for (size_t i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        size_t vlen = (seed >> 8) % 100;
        if (i % 7 == 0)
            snprintf(names[i], sizeof names[i], "%s", set_names[(seed >> 20) % nset]);
        else
            snprintf(names[i], sizeof names[i], "%.*sV%zu", (int)((seed >> 16) % 40),
                     "OTHER_VARIABLE_NAME_PADDING_THAT_IS_LONG", i);
        memset(values[i], 'a' + (int)(i % 26), sizeof values[i]);
        if (i == 3)
            snprintf(names[i], sizeof names[i], "UNKEPT_FILE");
        vars[i] = (dayone_var){ names[i], strlen(names[i]), values[i], vlen };
    }
    /* The last pair: a kept secret. */
    memcpy(values[N - 1], PLANTED, sizeof PLANTED - 1);
    vars[N - 1] = (dayone_var){ "STRIPE_SECRET_KEY", 17, values[N - 1], sizeof PLANTED - 1 + 3 };
    dayone_env *full = new_env();
    assert_int_equal(dayone_env_set_many(full, vars, N, NULL), DAYONE_OK);
    with_vars_seen w = { full, set_names, nset, 0, 0, 0, 0 };
    int strayed = -1;
    g_unwiped = 0;
    assert_int_equal(dy_env_with_vars(only, vars, N, compare_with_full, &w, &strayed, NULL),
                     DAYONE_OK);
    assert_true(w.same);
    size_t present = 0;
    for (size_t i = 0; i < nset; i++)
        present += dayone_env_has(full, set_names[i]);
    assert_int_equal(w.count, present);
    assert_true(w.file_refs);
    assert_false(w.strayed_before);
    assert_int_equal(strayed, 1);
    assert_int_equal(g_unwiped, 0); /* the block was wiped before its free */
    assert_int_equal(live_blocks_holding("PLANTED_SECRET"), 1); /* full's own copy */

    /* A handful of pairs: the same, from the stack block. */
    dayone_var last[] = { vars[N - 1], { "DROP", 4, "d", 1 }, { "KEEP", 4, "k", 1 } };
    dayone_env *full_few = new_env();
    assert_int_equal(dayone_env_set_many(full_few, last, 3, NULL), DAYONE_OK);
    with_vars_seen few = { full_few, set_names, nset, 0, 0, 0, 0 };
    assert_int_equal(dy_env_with_vars(only, last, 3, compare_with_full, &few, &strayed, NULL),
                     DAYONE_OK);
    assert_true(few.same);
    assert_int_equal(few.count, 2);
    assert_false(few.file_refs);
    dayone_env_free(full_few);

    /* A bad pair anywhere fails the call with set_many's message, and the
     * callback never runs. */
    dayone_var bad[] = { { "KEEP", 4, "k", 1 }, { "DROP", 4, "x", 1 },
                         { "NOT-KEPT", 8, "v", 1 } };
    dayone_error err = {0}, want = {0};
    size_t kept = 99;
    assert_int_equal(dy_env_with_vars(only, bad, 3, count_kept, &kept, &strayed, &err),
                     DAYONE_EINVAL);
    assert_int_equal(kept, 99);
    dayone_env *scratch = new_env();
    assert_int_equal(dayone_env_set_many(scratch, bad, 3, &want), DAYONE_EINVAL);
    assert_string_equal(err.message, want.message);
    dayone_var big[] = { { "KEEP", 4, PLANTED, DAYONE_ENV_VALUE_MAX + 1u } };
    assert_int_equal(dy_env_with_vars(only, big, 1, count_kept, &kept, &strayed, &err),
                     DAYONE_ELIMIT);
    tu_assert_no_piece_of(err.message, PLANTED, "message");
    dayone_var nulls[] = { { NULL, 0, "v", 1 } , { "KEEP", 4, NULL, 0 } };
    assert_int_equal(dy_env_with_vars(only, nulls, 2, count_kept, &kept, &strayed, &err),
                     DAYONE_EINVAL); /* the empty name */
    assert_int_equal(dy_env_with_vars(only, nulls + 1, 1, count_kept, &kept, &strayed, &err),
                     DAYONE_OK);
    assert_int_equal(kept, 1);
    dayone_var null_value[] = { { "KEEP", 4, NULL, 1 } };
    assert_int_equal(dy_env_with_vars(only, null_value, 1, count_kept, &kept, &strayed, &err),
                     DAYONE_EINVAL);
    assert_int_equal(dy_env_with_vars(NULL, vars, 1, count_kept, &kept, &strayed, &err),
                     DAYONE_EINVAL);

    /* Out of memory for the block (past the stack) or the index fails
     * cleanly. */
    for (long fail = 0; fail <= 3; fail++) { /* the index (two), the block */
        g_fail_after = fail;
        int rc = dy_env_with_vars(only, vars, N, count_kept, &kept, &strayed, &err);
        g_fail_after = -1;
        assert_int_equal(rc, fail < 3 ? DAYONE_ENOMEM : DAYONE_OK);
    }
    dayone_env_free(scratch);
    dayone_env_free(full);
    dayone_env_free(only);
}

/* A set indexed by filter bit (dy_env_index_filter, as a policy's
 * check_names set is) keeps exactly what the unindexed set keeps: 500
 * names, so that many share a filter bit, each given among others with
 * values of every length to 40 (copied exactly, NUL-terminated); a name
 * set after the index still counts (the index is then off), and an index
 * that ran out of memory leaves the set as it was. */
static void test_with_vars_filter_index(void **state)
{
    (void)state;
    enum { M = 500, N = 1500 };
    static char set_store[M][40], names[N][48];
    static const char *set_names[M + 1];
    static dayone_var vars[N];
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH";
    dayone_env *only = new_env(), *plain = new_env();
    for (size_t i = 0; i < M; i++) {
        snprintf(set_store[i], sizeof set_store[i], "%.*sS%zu", (int)(i % 30),
                 "SET_NAME_PADDING_ABCDEFGHIJKLMNOP", i);
        set_names[i] = set_store[i];
        assert_int_equal(dayone_env_set(only, set_names[i], "", 0, NULL), DAYONE_OK);
        assert_int_equal(dayone_env_set(plain, set_names[i], "", 0, NULL), DAYONE_OK);
    }
    for (long fail = 0; fail < 2; fail++) { /* either allocation of the index */
        g_fail_after = fail;
        assert_int_equal(dy_env_index_filter(only), DAYONE_ENOMEM);
        g_fail_after = -1;
    }
    assert_int_equal(dy_env_index_filter(only), DAYONE_OK);
    for (size_t i = 0; i < N; i++) {
        if (i % 3 == 0) /* every set name, some twice, the later one winning */
            snprintf(names[i], sizeof names[i], "%s", set_names[(i / 3 * 7) % M]);
        else
            snprintf(names[i], sizeof names[i], "%.*sO%zu", (int)(i % 33),
                     "OTHER_NAME_PADDING_ABCDEFGHIJKLMNOP", i);
        /* Every value length to 40 (the short copies' word paths). */
        vars[i] = (dayone_var){ names[i], strlen(names[i]), chars + i % 3, i % 41 };
    }
    dayone_env *full = new_env();
    assert_int_equal(dayone_env_set_many(full, vars, N, NULL), DAYONE_OK);
    size_t present = 0;
    for (size_t i = 0; i < M; i++)
        present += dayone_env_has(full, set_names[i]);
    assert_true(present > M / 2);
    const dayone_env *sets[] = { only, plain };
    for (size_t k = 0; k < 2; k++) {
        with_vars_seen w = { full, set_names, M, 0, 0, 0, 0 };
        int strayed = -1;
        assert_int_equal(dy_env_with_vars(sets[k], vars, N, compare_with_full, &w, &strayed,
                                          NULL), DAYONE_OK);
        assert_true(w.same);
        assert_int_equal(w.count, present);
        assert_false(w.strayed_before);
    }
    /* A name set after the index: kept all the same. */
    assert_int_equal(dayone_env_set(only, "ADDED_LATER", "", 0, NULL), DAYONE_OK);
    set_names[M] = "ADDED_LATER";
    dayone_var later[] = { vars[0], { "ADDED_LATER", 11, "late", 4 } };
    dayone_env *full_later = new_env();
    assert_int_equal(dayone_env_set_many(full_later, later, 2, NULL), DAYONE_OK);
    with_vars_seen w = { full_later, set_names, M + 1, 0, 0, 0, 0 };
    int strayed = -1;
    assert_int_equal(dy_env_with_vars(only, later, 2, compare_with_full, &w, &strayed, NULL),
                     DAYONE_OK);
    assert_true(w.same);
    assert_int_equal(w.count, 2);
    dayone_env_free(full_later);
    dayone_env_free(full);
    dayone_env_free(plain);
    dayone_env_free(only);
}

/* Where a callback of dy_env_with_vars saw the kept values, as numbers
 * (compared after the block is gone), and how many wipes had been made
 * by then. */
typedef struct values_seen {
    uintptr_t at[8];
    size_t len[8], n, wipes_at_return;
    int any_on_heap;
} values_seen;

static int note_values(const dayone_env *env, void *arg)
{
    values_seen *v = arg;
    for (size_t i = 0; i < dayone_env_count(env) && v->n < 8; i++) {
        const dy_env_entry *e = dy_env_at(env, i);
        v->at[v->n] = (uintptr_t)e->value;
        v->len[v->n++] = e->value_len + 1; /* with its NUL */
        v->any_on_heap |= on_heap(e->value, e->value_len + 1);
    }
    v->wipes_at_return = g_nwipes;
    return DAYONE_OK;
}

/* The stack block of dy_env_with_vars (a few small pairs) is wiped once
 * the callback returns, as the allocated one is: every byte of the kept
 * values the callback saw lies in a wipe made after it returned. A free
 * cannot tell (the block is never freed), so the wipes are logged as they
 * are made (dy_wipe above); nothing reads the stack after the call. */
static void test_with_vars_stack_block_wiped(void **state)
{
    (void)state;
    dayone_env *only = new_env();
    assert_int_equal(dayone_env_set(only, "KEEP", "", 0, NULL), DAYONE_OK);
    assert_int_equal(dayone_env_set(only, "STRIPE_SECRET_KEY", "", 0, NULL), DAYONE_OK);
    dayone_var vars[] = { { "DROP", 4, PLANTED, sizeof PLANTED - 1 },
                          { "STRIPE_SECRET_KEY", 17, PLANTED, sizeof PLANTED - 1 },
                          { "KEEP", 4, "k", 1 } };
    values_seen seen = { { 0 }, { 0 }, 0, 0, 0 };
    int strayed = -1;
    g_nwipes = 0;
    assert_int_equal(dy_env_with_vars(only, vars, 3, note_values, &seen, &strayed, NULL),
                     DAYONE_OK);
    assert_int_equal(strayed, 0);
    assert_int_equal(seen.n, 2);
    assert_false(seen.any_on_heap); /* the stack block, not an allocated one */
    for (size_t i = 0; i < seen.n; i++)
        if (!wiped_since(seen.wipes_at_return, seen.at[i], seen.len[i]))
            fail_msg("kept value %zu (%zu bytes) was not wiped after the callback", i,
                     seen.len[i]);
    dayone_env_free(only);
}

/* dayone_check_vars of a small environment holding a secret the policy
 * reads: the copy it checked (in the stack block: no allocation held it)
 * is wiped before the call returns. */
static void test_check_vars_wipes_stack_copy(void **state)
{
    (void)state;
    static const char policy_yaml[] = "version: 1\nsecrets:\n  - key: API_TOKEN\n";
    dayone_policy *policy = NULL;
    assert_int_equal(dayone_policy_load_string(&policy, policy_yaml, sizeof policy_yaml - 1,
                                               NULL, NULL), DAYONE_OK);
    dayone_var vars[] = { { "API_TOKEN", 9, PLANTED, sizeof PLANTED - 1 },
                          { "UNREAD", 6, "x", 1 } };
    dayone_report *r = NULL;
    g_unwiped = 0;
    g_nwipes = 0;
    assert_int_equal(dayone_check_vars(&r, policy, vars, 2, NULL, NULL), DAYONE_OK);
    assert_non_null(r);
    size_t off_heap_with_secret = 0;
    for (size_t i = 0; i < g_nwipes; i++)
        off_heap_with_secret += g_wipes[i].held_planted && !g_wipes[i].on_heap;
    assert_int_equal(g_unwiped, 0); /* no allocation held it either */
    assert_true(off_heap_with_secret >= 1);
    assert_int_equal(live_blocks_holding("PLANTED_SECRET"), 0);
    dayone_report_free(r);
    dayone_policy_free(policy);
}

/* What a lookup by a noted address and by a copy of the name found. */
typedef struct noted_seen {
    const char *const *noted;     /* the noted strings, overwritten since */
    const char *const *originals; /* what they held when noted */
    size_t n;
    int by_address, by_copy, stray_after_noted, strayed_at_end;
} noted_seen;

static int look_up_noted(const dayone_env *env, void *arg)
{
    noted_seen *w = arg;
    w->by_address = w->by_copy = 1;
    for (size_t i = 0; i < w->n; i++) {
        const dy_env_entry *a = dy_env_get(env, w->noted[i]);
        const dy_env_entry *b = dy_env_get(env, w->originals[i]);
        int kept = i % 3 == 0; /* the pairs given: every third name */
        w->by_address &= kept ? a && strcmp(a->name, w->originals[i]) == 0 : a == NULL;
        w->by_copy &= a == b;
    }
    w->stray_after_noted = dy_env_strayed(env);
    (void)dy_env_get(env, "NOT_NOTED_NOR_SET");
    w->strayed_at_end = dy_env_strayed(env);
    return DAYONE_OK;
}

/* dy_env_note_name_at: a lookup of a noted address is answered by the
 * address alone (past the memo's first growth), an address the set does
 * not hold as a name is refused, and noting twice is one.
 * "By the address alone" is observed by breaking the note's promise on
 * purpose: once noted, each string is overwritten with a name the set does
 * not hold. A lookup that read it would find nothing and stray; the memo
 * finds the entry noted, as a lookup of the original name does. */
static void test_note_name_at(void **state)
{
    (void)state;
    enum { N = 100 };
    static char storage[N][16], original[N][16];
    static const char *names[N], *originals[N];
    static dayone_var vars[N];
    dayone_env *set = new_env();
    size_t nvars = 0;
    for (size_t i = 0; i < N; i++) {
        snprintf(storage[i], sizeof storage[i], "NOTED_%zu", i);
        memcpy(original[i], storage[i], sizeof original[i]);
        names[i] = storage[i];
        originals[i] = original[i];
        assert_int_equal(dayone_env_set(set, names[i], "", 0, NULL), DAYONE_OK);
        assert_int_equal(dy_env_note_name_at(set, names[i]), DAYONE_OK);
        assert_int_equal(dy_env_note_name_at(set, names[i]), DAYONE_OK);
        if (i % 3 == 0)
            vars[nvars++] = (dayone_var){ originals[i], strlen(originals[i]), "v", 1 };
    }
    assert_int_equal(dy_env_note_name_at(set, "NOT_IN_SET"), DAYONE_EINVAL);
    assert_int_equal(dy_env_note_name_at(NULL, names[0]), DAYONE_EINVAL);
    for (size_t i = 0; i < N; i++) {
        storage[i][0] = 'X'; /* XOTED_i: not a name of the set */
        assert_false(dayone_env_has(set, storage[i]));
    }
    noted_seen w = { names, originals, N, 0, 0, 0, 0 };
    int strayed = -1;
    assert_int_equal(dy_env_with_vars(set, vars, nvars, look_up_noted, &w, &strayed, NULL),
                     DAYONE_OK);
    assert_true(w.by_address);
    assert_true(w.by_copy);
    assert_false(w.stray_after_noted);
    assert_true(w.strayed_at_end);
    assert_int_equal(strayed, 1);
    /* Out of memory while noting: nothing noted, lookups still right. */
    dayone_env *other = new_env();
    assert_int_equal(dayone_env_set(other, "ONE", "", 0, NULL), DAYONE_OK);
    g_fail_after = 0;
    assert_int_equal(dy_env_note_name_at(other, "ONE"), DAYONE_ENOMEM);
    g_fail_after = -1;
    dayone_env_free(other);
    dayone_env_free(set);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_new_free_and_nulls),
        cmocka_unit_test(test_file_refs),
        cmocka_unit_test(test_set_many),
        cmocka_unit_test(test_name_bytes_exhaustive),
        cmocka_unit_test(test_value_nul_every_length),
        cmocka_unit_test(test_set_many_large_wiped),
        cmocka_unit_test(test_with_vars),
        cmocka_unit_test(test_with_vars_filter_index),
        cmocka_unit_test(test_with_vars_stack_block_wiped),
        cmocka_unit_test(test_check_vars_wipes_stack_copy),
        cmocka_unit_test(test_note_name_at),
        cmocka_unit_test(test_restricted),
        cmocka_unit_test(test_set_get_has_count),
        cmocka_unit_test(test_names),
        cmocka_unit_test(test_invalid_name_never_echoes_value),
        cmocka_unit_test(test_values_any_byte_but_nul),
        cmocka_unit_test(test_value_limit),
        cmocka_unit_test(test_override_order_and_sources),
        cmocka_unit_test(test_process_skips_non_identifier_names),
        cmocka_unit_test(test_process_odd_entries),
        cmocka_unit_test(test_process_limit_and_failure),
        cmocka_unit_test(test_process_only),
        cmocka_unit_test(test_source_names),
        cmocka_unit_test(test_many_entries_and_iteration),
        cmocka_unit_test(test_lookup_is_not_linear),
        cmocka_unit_test(test_secret_file_newlines),
        cmocka_unit_test(test_secret_file_errors),
        cmocka_unit_test(test_secret_file_limit),
        cmocka_unit_test(test_secret_file_tail_wiped),
        cmocka_unit_test(test_wipe_detector_works),
        cmocka_unit_test(test_values_wiped_when_replaced_or_freed),
        cmocka_unit_test(test_secret_file_buffers_wiped),
        cmocka_unit_test(test_replaced_values_wiped_in_place),
        cmocka_unit_test(test_replacement_memory_bounded),
        cmocka_unit_test(test_allocation_failure_changes_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
