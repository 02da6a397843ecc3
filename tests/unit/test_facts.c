/* test_facts.c - the facts snapshot: JSON and YAML documents, addresses,
 * kinds, sources, layering, dayone_facts_set, key rules, limits, errors
 * that name the place and never a value, all-or-nothing on failure
 * (allocation failures included), and values wiped when freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "testutil.h"
#include "alloc.h"
#include "facts.h"
#include "facts_address.h"
#include "facts_document.h"

static const char SECRET[] = "PLANTED_SECRET_5b1f0c";

/* ---- a watching allocator ----
 * This suite defines the library's allocator (alloc.h), so every block the
 * snapshot and the YAML tree allocate comes through here: dy_free counts
 * blocks released while still holding the planted secret, and g_fail_after
 * makes the n-th next allocation fail. */
static size_t g_unwiped;
static long g_fail_after = -1;

static int injected_failure(void)
{
    if (g_fail_after < 0)
        return 0;
    if (g_fail_after == 0)
        return 1;
    g_fail_after--;
    return 0;
}

static void inspect(const size_t *h)
{
    if (memmem(h + 2, h[0], "PLANTED_SECRET", 14))
        g_unwiped++;
}

void *dy_malloc(size_t n)
{
    n = n ? n : 1;
    if (injected_failure())
        return NULL;
    size_t *h = calloc(1, 2 * sizeof(size_t) + n);
    if (!h)
        return NULL;
    h[0] = n;
    return h + 2;
}

void *dy_calloc(size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size)
        return NULL;
    return dy_malloc(count * size); /* already zeroed */
}

void *dy_realloc(void *p, size_t n)
{
    if (!p)
        return dy_malloc(n);
    size_t *h = (size_t *)p - 2;
    void *q = dy_malloc(n);
    if (!q)
        return NULL;
    memcpy(q, p, h[0] < n ? h[0] : n);
    dy_free(p);
    return q;
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
    size_t *h = (size_t *)p - 2;
    inspect(h);
    free(h);
}

void dy_wipe(void *p, size_t n)
{
    volatile unsigned char *v = p;
    while (n--)
        *v++ = 0;
}

void dy_free_secret(char *s)
{
    if (s)
        dy_wipe(s, strlen(s));
    dy_free(s);
}

/* ---- helpers ---- */

static dayone_facts *load(const char *text)
{
    dayone_facts *f = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_facts_new(&f), DAYONE_OK);
    if (dayone_facts_add_string(f, text, strlen(text), "facts.json", &err) != DAYONE_OK)
        fail_msg("refused: %s:%u:%u: %s", err.path, err.line, err.column, err.message);
    return f;
}

static const dy_fact *scalar(const dayone_facts *f, const char *address, const char *text,
                             dy_fact_kind kind)
{
    const dy_fact *x = dy_facts_find(f, address, strlen(address));
    if (!x)
        fail_msg("%s not found", address);
    const char *t;
    size_t len;
    dy_fact_kind k;
    assert_true(dy_fact_scalar(x, &t, &len, &k));
    assert_string_equal(t, text);
    assert_int_equal(len, strlen(text));
    assert_int_equal(k, kind);
    return x;
}

/* The error of loading `text` into a snapshot already holding a.b = 1. */
static dayone_error refuse(const char *text, size_t len, int code)
{
    dayone_facts *f = load("{\"a\": {\"b\": 1}}");
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_facts_add_string(f, text, len, "bad.yaml", &err);
    if (rc != code)
        fail_msg("expected %s, got %s: %s", dayone_status_name(code), dayone_status_name(rc),
                 err.message);
    assert_int_equal(err.code, code);
    assert_true(err.message[0] != '\0');
    tu_assert_no_piece_of(err.message, SECRET, "error message");
    /* unchanged */
    assert_int_equal(dayone_facts_count(f), 2);
    scalar(f, "a.b", "1", DY_FACT_NUMBER);
    dayone_facts_free(f);
    return err;
}

/* ---- tests ---- */

static void json_flattens_to_addresses(void **state)
{
    (void)state;
    dayone_facts *f = load("{\"backup\": {\"db\": {\"last_success_at\": \"2026-03-01T04:00:00Z\","
                           " \"size\": 1.5e9, \"ok\": true, \"note\": null}},\n"
                           " \"incident\": {\"updates\": [{\"status\": \"open\"},"
                           " {\"status\": \"resolved\", \"links\": [\"a\", [\"b\"]]}]},"
                           " \"id\": \"42\"}");
    scalar(f, "backup.db.last_success_at", "2026-03-01T04:00:00Z", DY_FACT_STRING);
    scalar(f, "backup.db.size", "1.5e9", DY_FACT_NUMBER);
    scalar(f, "backup.db.ok", "true", DY_FACT_BOOL);
    scalar(f, "backup.db.note", "null", DY_FACT_NULL);
    scalar(f, "id", "42", DY_FACT_STRING); /* quoted: a string */
    scalar(f, "incident.updates[1].status", "resolved", DY_FACT_STRING);
    scalar(f, "incident.updates[1].links[1][0]", "b", DY_FACT_STRING);
    size_t n = 0;
    assert_true(dy_fact_seq_length(dy_facts_find(f, "incident.updates", 16), &n));
    assert_int_equal(n, 2);
    assert_false(dy_fact_seq_length(dy_facts_find(f, "backup.db", 9), &n));
    /* each: iterate the elements, then address inside one */
    const dy_fact *seq = dy_facts_find(f, "incident.updates", 16);
    const dy_fact *e0 = dy_fact_element(seq, 0);
    const char *t;
    size_t len;
    dy_fact_kind k;
    assert_true(dy_fact_scalar(dy_fact_find(e0, "status", 6), &t, &len, &k));
    assert_string_equal(t, "open");
    assert_null(dy_fact_element(seq, 2));
    assert_true(dy_fact_find(e0, "", 0) == e0);
    /* absent or malformed addresses */
    static const char *const missing[] = {
        "incident.updates[2].status", "incident.updates[01].status", "incident.updates[-1]",
        "incident.updates[]", "incident.updates[0", "incident..updates", "incident.",
        ".incident", "backup.db.ok.x", "backup[0]", "incident.updates.0", "nothing",
        "incident.updates[99999999999999999999999]", "incident.updates[0]x" };
    for (size_t i = 0; i < sizeof missing / sizeof *missing; i++)
        if (dayone_facts_has(f, missing[i]))
            fail_msg("'%s' found", missing[i]);
    assert_true(dayone_facts_has(f, "incident.updates[0]"));
    assert_true(dayone_facts_has(f, "backup.db.note"));
    assert_false(dayone_facts_has(f, ""));
    assert_false(dayone_facts_has(NULL, "id"));
    /* backup, db, 4 leaves, incident, updates, 2 maps, 2 statuses, links, a, [b], b, id */
    assert_int_equal(dayone_facts_count(f), 17);
    dayone_facts_free(f);
}

static void yaml_kinds_and_sources(void **state)
{
    (void)state;
    dayone_facts *f = load("# daily facts\n"
                           "backup:\n"
                           "  db:\n"
                           "    last_success_at: 2026-03-01T04:00:00Z\n"
                           "    retries: 007\n"
                           "    enabled: yes\n"
                           "    hex: 0x1F\n"
                           "    inf: .inf\n"
                           "    none: ~\n"
                           "    empty:\n"
                           "    pct: 99.5%\n"
                           "    quoted: \"true\"\n"
                           "    t: True\n"
                           "list:\n"
                           "  - 1\n"
                           "  - -2.5\n");
    const dy_fact *x = scalar(f, "backup.db.last_success_at", "2026-03-01T04:00:00Z",
                              DY_FACT_STRING);
    assert_string_equal(x->path, "facts.json");
    assert_int_equal(x->line, 4);
    assert_int_equal(x->column, 22);
    scalar(f, "backup.db.retries", "007", DY_FACT_NUMBER);
    scalar(f, "backup.db.enabled", "yes", DY_FACT_STRING); /* YAML 1.2: not a boolean */
    scalar(f, "backup.db.hex", "0x1F", DY_FACT_STRING);
    scalar(f, "backup.db.inf", ".inf", DY_FACT_STRING);
    scalar(f, "backup.db.none", "~", DY_FACT_NULL);
    scalar(f, "backup.db.empty", "", DY_FACT_NULL);
    scalar(f, "backup.db.pct", "99.5%", DY_FACT_STRING);
    scalar(f, "backup.db.quoted", "true", DY_FACT_STRING);
    scalar(f, "backup.db.t", "True", DY_FACT_BOOL);
    x = scalar(f, "list[1]", "-2.5", DY_FACT_NUMBER);
    assert_int_equal(x->line, 16);
    assert_int_equal(x->column, 5);
    dayone_facts_free(f);
}

static void later_documents_override_per_fact(void **state)
{
    (void)state;
    dayone_facts *f = load("{\"backup\": {\"db\": {\"at\": \"old\", \"kept\": 1},"
                           " \"files\": [1, 2, 3]}, \"mode\": {\"x\": 1}}");
    dayone_error err;
    const char *second = "backup:\n  db:\n    at: new\n  files: [9]\nmode: flat\n";
    assert_int_equal(dayone_facts_add_string(f, second, strlen(second), "later.yaml", &err),
                     DAYONE_OK);
    const dy_fact *at = scalar(f, "backup.db.at", "new", DY_FACT_STRING);
    assert_string_equal(at->path, "later.yaml");
    assert_int_equal(at->line, 3);
    const dy_fact *kept = scalar(f, "backup.db.kept", "1", DY_FACT_NUMBER);
    assert_string_equal(kept->path, "facts.json");
    /* a sequence is replaced whole, never merged by index */
    size_t n = 0;
    assert_true(dy_fact_seq_length(dy_facts_find(f, "backup.files", 12), &n));
    assert_int_equal(n, 1);
    assert_false(dayone_facts_has(f, "backup.files[1]"));
    /* a mapping replaced by a scalar loses its members */
    scalar(f, "mode", "flat", DY_FACT_STRING);
    assert_false(dayone_facts_has(f, "mode.x"));
    /* backup, db, at, kept, files, 9, mode */
    assert_int_equal(dayone_facts_count(f), 7);
    /* an empty document changes nothing */
    assert_int_equal(dayone_facts_add_string(f, "", 0, NULL, &err), DAYONE_OK);
    assert_int_equal(dayone_facts_count(f), 7);
    dayone_facts_free(f);
}

static void set_one_fact(void **state)
{
    (void)state;
    dayone_facts *f = load("{\"db\": \"flat\", \"x\": {\"y\": 1}}");
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_facts_set(f, "db.pool.max", DAYONE_FACT_NUMBER, "50", 2, &err),
                     DAYONE_OK);
    const dy_fact *m = scalar(f, "db.pool.max", "50", DY_FACT_NUMBER);
    assert_null(m->path);
    assert_int_equal(m->line, 0);
    assert_int_equal(dayone_facts_set(f, "x.z", DAYONE_FACT_BOOL, "false", 5, &err), DAYONE_OK);
    scalar(f, "x.y", "1", DY_FACT_NUMBER);
    scalar(f, "x.z", "false", DY_FACT_BOOL);
    assert_int_equal(dayone_facts_set(f, "x", DAYONE_FACT_NULL, NULL, 0, &err), DAYONE_OK);
    assert_false(dayone_facts_has(f, "x.y"));
    assert_int_equal(dayone_facts_set(f, "token", DAYONE_FACT_STRING, SECRET, strlen(SECRET),
                                      &err), DAYONE_OK);
    scalar(f, "token", SECRET, DY_FACT_STRING);
    size_t before = dayone_facts_count(f);

    static const struct { const char *address; dayone_fact_kind kind; const char *value; } bad[] = {
        { "a[0]", DAYONE_FACT_STRING, "v" }, { "a..b", DAYONE_FACT_STRING, "v" },
        { "", DAYONE_FACT_STRING, "v" }, { "a b", DAYONE_FACT_STRING, "v" },
        { "a.", DAYONE_FACT_STRING, "v" }, { "n", DAYONE_FACT_NUMBER, SECRET },
        { "n", DAYONE_FACT_BOOL, SECRET }, { "n", DAYONE_FACT_NULL, SECRET },
        { "n", (dayone_fact_kind)7, "1" },
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        dayone_error_clear(&err);
        const char *v = bad[i].value;
        assert_int_equal(dayone_facts_set(f, bad[i].address, bad[i].kind, v, strlen(v), &err),
                         DAYONE_EINVAL);
        assert_true(err.message[0] != '\0');
        tu_assert_no_piece_of(err.message, SECRET, "set error");
    }
    assert_int_equal(dayone_facts_set(f, "s", DAYONE_FACT_STRING, "a\0b", 3, &err),
                     DAYONE_EINVAL);
    assert_int_equal(dayone_facts_set(NULL, "s", DAYONE_FACT_STRING, "a", 1, &err),
                     DAYONE_EINVAL);
    assert_int_equal(dayone_facts_count(f), before);
    dayone_facts_free(f);
}

static void bad_documents_name_the_place(void **state)
{
    (void)state;
    dayone_error e = refuse("{\"a\": 1,\n \"a\": 2}", 17, DAYONE_EENVFILE);
    assert_string_equal(e.path, "bad.yaml");
    assert_int_equal(e.line, 2);
    assert_non_null(strstr(e.message, "duplicate key"));

    char text[128];
    snprintf(text, sizeof text, "{\"k\": \"%s\",\n  \"x\": [1, 2}", SECRET);
    e = refuse(text, strlen(text), DAYONE_EENVFILE);
    assert_int_equal(e.line, 2);
    assert_true(e.column >= 1);

    snprintf(text, sizeof text, "a: &x %s\nb: *x\n", SECRET);
    e = refuse(text, strlen(text), DAYONE_EENVFILE);
    assert_non_null(strstr(e.message, "facts document"));
    assert_null(strstr(e.message, "policy"));

    e = refuse("a: 1\n---\nb: 2\n", 14, DAYONE_EENVFILE);
    assert_null(strstr(e.message, "policy"));
    e = refuse("[1, 2]", 6, DAYONE_EENVFILE);
    assert_non_null(strstr(e.message, "mapping at the top"));
    e = refuse(SECRET, strlen(SECRET), DAYONE_EENVFILE);
    assert_non_null(strstr(e.message, "mapping at the top"));
    e = refuse("x: !!str 1\n", 11, DAYONE_EENVFILE);
    e = refuse("ok:\n  \"us.east\": 1\n", 19, DAYONE_EENVFILE);
    assert_int_equal(e.line, 2);
    assert_int_equal(e.column, 3);
    assert_non_null(strstr(e.message, "'us.east' cannot be addressed"));
    refuse("{\"a[0]\": 1}", 11, DAYONE_EENVFILE);
    refuse("{\"\": 1}", 7, DAYONE_EENVFILE);
    refuse("{\"a b\": 1}", 10, DAYONE_EENVFILE);
    refuse("\xff\xfe: 1", 5, DAYONE_EENVFILE);
    refuse("a: \"x\0y\"", 8, DAYONE_EENVFILE);
}

static void limits(void **state)
{
    (void)state;
    /* document size */
    size_t big = DAYONE_FACTS_DOCUMENT_MAX + 1;
    char *text = malloc(big);
    assert_non_null(text);
    memset(text, ' ', big);
    memcpy(text, "a: 1", 4);
    dayone_error e = refuse(text, big, DAYONE_ELIMIT);
    assert_string_equal(e.path, "bad.yaml");
    /* key length */
    size_t n = 0;
    n += (size_t)sprintf(text, "{\"");
    memset(text + n, 'k', DAYONE_FACTS_KEY_MAX + 1);
    n += DAYONE_FACTS_KEY_MAX + 1;
    n += (size_t)sprintf(text + n, "\": 1}");
    refuse(text, n, DAYONE_ELIMIT);
    /* depth: 65 nested sequences */
    n = 0;
    n += (size_t)sprintf(text, "a: ");
    for (int i = 0; i < 65; i++)
        text[n++] = '[';
    for (int i = 0; i < 65; i++)
        text[n++] = ']';
    refuse(text, n, DAYONE_ELIMIT);
    /* count: one document of too many facts */
    n = (size_t)sprintf(text, "a: [");
    for (unsigned i = 0; i < DAYONE_FACTS_COUNT_MAX; i++)
        n += (size_t)sprintf(text + n, "0,");
    n += (size_t)sprintf(text + n, "0]");
    e = refuse(text, n, DAYONE_ELIMIT);
    assert_true(e.line >= 1);
    /* count: two documents that fit alone but not together */
    dayone_facts *f = NULL;
    dayone_error err;
    assert_int_equal(dayone_facts_new(&f), DAYONE_OK);
    n = (size_t)sprintf(text, "a: [");
    for (unsigned i = 0; i < DAYONE_FACTS_COUNT_MAX / 2; i++)
        n += (size_t)sprintf(text + n, "0,");
    n += (size_t)sprintf(text + n, "0]");
    assert_int_equal(dayone_facts_add_string(f, text, n, "one", &err), DAYONE_OK);
    text[0] = 'b';
    assert_int_equal(dayone_facts_add_string(f, text, n, "two", &err), DAYONE_ELIMIT);
    assert_false(dayone_facts_has(f, "b"));
    text[0] = 'a'; /* replacing, not adding: fits */
    assert_int_equal(dayone_facts_add_string(f, text, n, "three", &err), DAYONE_OK);
    assert_int_equal(dayone_facts_count(f), DAYONE_FACTS_COUNT_MAX / 2 + 2);
    dayone_facts_free(f);
    free(text);
}

static void files(void **state)
{
    (void)state;
    char path[] = "/tmp/dayone-facts-XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *fp = fdopen(fd, "w");
    fputs("{\n  \"backup\": {\"db\": {\"last_success_at\": \"2026-03-01T04:00:00Z\"}}\n}\n", fp);
    fclose(fp);
    dayone_facts *f = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    assert_int_equal(dayone_facts_new(&f), DAYONE_OK);
    assert_int_equal(dayone_facts_add_file(f, path, &err), DAYONE_OK);
    const dy_fact *x = dy_facts_find(f, "backup.db.last_success_at", 25);
    assert_non_null(x);
    assert_string_equal(x->path, path);
    assert_int_equal(x->line, 2);
    assert_int_equal(dayone_facts_add_file(f, "/nonexistent/facts.json", &err), DAYONE_EIO);
    assert_string_equal(err.path, "/nonexistent/facts.json");
    assert_int_equal(dayone_facts_count(f), 3);
    unlink(path);
    dayone_facts_free(f);
}

static void values_are_wiped(void **state)
{
    (void)state;
    char text[256];
    snprintf(text, sizeof text, "{\"a\": {\"token\": \"%s\", \"list\": [\"%s\"]}}", SECRET,
             SECRET);
    g_unwiped = 0;
    dayone_facts *f = load(text);
    /* replaced values are wiped too */
    assert_int_equal(dayone_facts_add_string(f, text, strlen(text), "again", NULL), DAYONE_OK);
    assert_int_equal(dayone_facts_set(f, "a.token", DAYONE_FACT_STRING, "x", 1, NULL), DAYONE_OK);
    assert_int_equal(dayone_facts_set(f, "b", DAYONE_FACT_STRING, SECRET, strlen(SECRET), NULL),
                     DAYONE_OK);
    dayone_facts_free(f);
    assert_int_equal(g_unwiped, 0);
}

static void allocation_failures_leave_it_unchanged(void **state)
{
    (void)state;
    const char *doc = "{\"a\": {\"b\": 2, \"c\": [1, {\"d\": true}]}, \"e\": \"x\", \"f\": {}}";
    for (long k = 0;; k++) {
        dayone_facts *f = load("{\"a\": {\"b\": 1, \"z\": 0}, \"e\": {\"old\": 1}}");
        dayone_error err;
        g_fail_after = k;
        int rc = dayone_facts_add_string(f, doc, strlen(doc), "d", &err);
        int rc2 = dayone_facts_set(f, "g.h", DAYONE_FACT_NUMBER, "1", 1, &err);
        g_fail_after = -1;
        if (rc == DAYONE_OK) {
            scalar(f, "a.b", "2", DY_FACT_NUMBER);
            scalar(f, "a.z", "0", DY_FACT_NUMBER);
            scalar(f, "a.c[1].d", "true", DY_FACT_BOOL);
            scalar(f, "e", "x", DY_FACT_STRING);
        } else {
            assert_int_equal(rc, DAYONE_ENOMEM);
            assert_int_equal(dayone_facts_count(f), 5);
            scalar(f, "a.b", "1", DY_FACT_NUMBER);
            scalar(f, "e.old", "1", DY_FACT_NUMBER);
            assert_false(dayone_facts_has(f, "a.c"));
        }
        if (rc2 != DAYONE_OK)
            assert_false(dayone_facts_has(f, "g"));
        dayone_facts_free(f);
        if (rc == DAYONE_OK && rc2 == DAYONE_OK)
            break;
        assert_true(k < 1000);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_flattens_to_addresses),
        cmocka_unit_test(yaml_kinds_and_sources),
        cmocka_unit_test(later_documents_override_per_fact),
        cmocka_unit_test(set_one_fact),
        cmocka_unit_test(bad_documents_name_the_place),
        cmocka_unit_test(limits),
        cmocka_unit_test(files),
        cmocka_unit_test(values_are_wiped),
        cmocka_unit_test(allocation_failures_leave_it_unchanged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
