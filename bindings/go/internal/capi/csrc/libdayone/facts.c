/* facts.c - the facts snapshot: a tree of facts, layered documents, lookup
 * by address (see facts.h and dayone/facts.h).
 *
 * Layering merges a new document's tree into the snapshot in two phases so
 * an error leaves the snapshot as it was: `reserve` walks both trees,
 * counts the facts the result will hold and grows every mapping that will
 * gain members (the only allocations); `merge` then moves the new tree's
 * nodes in and cannot fail. Replaced subtrees are wiped and freed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "decimal.h"
#include "error.h"
#include "fact_tree.h"
#include "facts.h"
#include "facts_address.h"
#include "facts_document.h"
#include "time_value.h"

struct dayone_facts {
    dy_fact *root;   /* a MAP */
    size_t count;    /* facts under root */
    char **paths;    /* document names cited by facts, owned */
    size_t npaths;
};

static size_t subtree_size(const dy_fact *f)
{
    size_t n = 1;
    for (size_t i = 0; i < f->n; i++)
        n += subtree_size(f->items[i]);
    return n;
}

/* ---- layering ---- */

/* Phase 1: grow dst's mappings for the members src adds and adjust *count
 * by what the merge will add and remove. */
static int reserve(dy_fact *dst, const dy_fact *src, size_t *count)
{
    size_t added = 0;
    for (size_t i = 0; i < src->n; i++) {
        const dy_fact *s = src->items[i];
        dy_fact *d = dy_fact_member_in(dst, dst->n, s->key, s->key_len);
        if (!d) {
            added++;
            *count += subtree_size(s);
        } else if (d->kind == DY_FACT_MAP && s->kind == DY_FACT_MAP) {
            int rc = reserve(d, s, count);
            if (rc)
                return rc;
        } else {
            *count = *count - subtree_size(d) + subtree_size(s);
        }
    }
    return dy_fact_reserve(dst, dst->n + added);
}

/* d takes s's value, kind and source but keeps its key and place among
 * its siblings; d's old value is wiped and freed, s's shell freed. */
static void replace_contents(dy_fact *d, dy_fact *s)
{
    char *key = d->key;
    size_t key_len = d->key_len;
    for (size_t i = 0; i < d->n; i++)
        dy_fact_free(d->items[i]);
    dy_free(d->items);
    dy_free(d->sorted);
    if (d->text)
        dy_wipe(d->text, d->text_len);
    dy_free(d->text);
    *d = *s;
    d->key = key;
    d->key_len = key_len;
    s->items = s->sorted = NULL;
    s->text = NULL;
    s->n = s->cap = 0;
    dy_fact_free(s); /* s->key and the shell */
}

/* Phase 2: move src's members into dst; src is left empty. No allocation. */
static void merge(dy_fact *dst, dy_fact *src)
{
    size_t old_n = dst->n;
    for (size_t i = 0; i < src->n; i++) {
        dy_fact *s = src->items[i];
        dy_fact *d = dy_fact_member_in(dst, old_n, s->key, s->key_len);
        if (!d) {
            dst->sorted[dst->n] = s;
            dst->items[dst->n++] = s;
        } else if (d->kind == DY_FACT_MAP && s->kind == DY_FACT_MAP) {
            d->path = s->path; /* the mapping was last written here */
            d->line = s->line;
            d->column = s->column;
            merge(d, s);
            dy_fact_free(s);
        } else {
            replace_contents(d, s);
        }
        src->items[i] = NULL;
    }
    src->n = 0;
    dy_fact_sort_members(dst);
}

/* Merge a document tree (consumed) into the snapshot, all or nothing. */
static int layer(dayone_facts *facts, dy_fact *tree, const char *path, dayone_error *err)
{
    size_t count = facts->count;
    int rc = reserve(facts->root, tree, &count);
    if (rc) {
        dy_fact_free(tree);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    if (count > DAYONE_FACTS_COUNT_MAX) {
        dy_fact_free(tree);
        return dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                            "the facts would number more than the 100000 limit");
    }
    merge(facts->root, tree);
    dy_fact_free(tree);
    facts->count = count;
    return DAYONE_OK;
}

/* ---- the public API ---- */

int dayone_facts_new(dayone_facts **out)
{
    if (!out)
        return DAYONE_EINVAL;
    *out = dy_calloc(1, sizeof **out);
    if (!*out)
        return DAYONE_ENOMEM;
    (*out)->root = dy_fact_new(DY_FACT_MAP);
    if (!(*out)->root) {
        dy_free(*out);
        *out = NULL;
        return DAYONE_ENOMEM;
    }
    return DAYONE_OK;
}

void dayone_facts_free(dayone_facts *facts)
{
    if (!facts)
        return;
    dy_fact_free(facts->root);
    for (size_t i = 0; i < facts->npaths; i++)
        dy_free(facts->paths[i]);
    dy_free(facts->paths);
    dy_free(facts);
}

/* A snapshot-owned copy of a document name (kept even if the document is
 * refused: a few bytes, and it keeps the error path simple). */
static const char *own_path(dayone_facts *facts, const char *name)
{
    char **paths = dy_realloc(facts->paths, (facts->npaths + 1) * sizeof *paths);
    if (!paths)
        return NULL;
    facts->paths = paths;
    char *copy = dy_strdup(name);
    if (copy)
        facts->paths[facts->npaths++] = copy;
    return copy;
}

int dayone_facts_add_string(dayone_facts *facts, const char *text, size_t len, const char *name,
                            dayone_error *err)
{
    if (!facts || (!text && len))
        return dy_fail(err, DAYONE_EINVAL, "dayone_facts_add_string: NULL argument");
    const char *path = own_path(facts, name ? name : "<string>");
    if (!path)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    dy_fact *tree = NULL;
    size_t count = 0;
    int rc = dy_facts_document(text ? text : "", len, path, &tree, &count, err);
    if (rc)
        return rc;
    return layer(facts, tree, path, err);
}

int dayone_facts_add_file(dayone_facts *facts, const char *path, dayone_error *err)
{
    if (!facts || !path)
        return dy_fail(err, DAYONE_EINVAL, "dayone_facts_add_file: NULL argument");
    FILE *f = fopen(path, "rb");
    if (!f)
        return dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot read the facts document");
    char *buf = dy_malloc(DAYONE_FACTS_DOCUMENT_MAX + 1);
    if (!buf) {
        fclose(f);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    size_t len = fread(buf, 1, DAYONE_FACTS_DOCUMENT_MAX + 1, f);
    int read_error = ferror(f);
    fclose(f);
    int rc;
    if (read_error)
        rc = dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot read the facts document");
    else if (len > DAYONE_FACTS_DOCUMENT_MAX)
        rc = dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                          "the facts document is larger than the 1 MiB limit");
    else
        rc = dayone_facts_add_string(facts, buf, len, path, err);
    dy_wipe(buf, len);
    dy_free(buf);
    return rc;
}

const dy_fact *dy_facts_root(const dayone_facts *facts)
{
    return facts ? facts->root : NULL;
}

const dy_fact *dy_facts_find(const dayone_facts *facts, const char *address, size_t len)
{
    return facts && len ? dy_fact_find(dy_facts_root(facts), address, len) : NULL;
}

size_t dayone_facts_count(const dayone_facts *facts)
{
    return facts ? facts->count : 0;
}

int dayone_facts_has(const dayone_facts *facts, const char *address)
{
    return address && dy_facts_find(facts, address, strlen(address)) != NULL;
}

/* ---- one fact from the caller ---- */

static int check_value(dayone_fact_kind kind, const char *value, size_t len)
{
    switch (kind) {
    case DAYONE_FACT_STRING:
        return (value || !len) && (!value || !memchr(value, '\0', len));
    case DAYONE_FACT_NUMBER:
        return value && dy_number_syntax(value, len);
    case DAYONE_FACT_BOOL:
        return value && ((len == 4 && !memcmp(value, "true", 4)) ||
                         (len == 5 && !memcmp(value, "false", 5)));
    case DAYONE_FACT_NULL:
        return !value && !len;
    default:
        return 0;
    }
}

static const dy_fact_kind KIND_OF[] = { DY_FACT_STRING, DY_FACT_NUMBER, DY_FACT_BOOL,
                                        DY_FACT_NULL };

/* The chain of mappings down to one scalar, as a one-fact document. */
static int set_tree(const char *address, size_t len, dayone_fact_kind kind, const char *value,
                    size_t value_len, dy_fact **out)
{
    dy_fact *root = dy_fact_new(DY_FACT_MAP), *parent = root;
    size_t i = 0;
    if (!root)
        return DAYONE_ENOMEM;
    while (parent) {
        size_t start = i;
        while (i < len && address[i] != '.')
            i++;
        dy_fact *f = dy_fact_new(i == len ? KIND_OF[kind] : DY_FACT_MAP);
        if (!f || !(f->key = dy_strndup(address + start, i - start)) ||
            dy_fact_append(parent, f)) {
            dy_fact_free(f);
            dy_fact_free(root);
            return DAYONE_ENOMEM;
        }
        f->key_len = i - start;
        if (i == len) {
            f->text = dy_strndup(value ? value : "", value_len);
            f->text_len = value_len;
            if (!f->text) {
                dy_fact_free(root);
                return DAYONE_ENOMEM;
            }
            break;
        }
        parent = f;
        i++;
    }
    *out = root;
    return DAYONE_OK;
}

int dayone_facts_set(dayone_facts *facts, const char *address, dayone_fact_kind kind,
                     const char *value, size_t value_len, dayone_error *err)
{
    if (!facts || !address)
        return dy_fail(err, DAYONE_EINVAL, "dayone_facts_set: NULL argument");
    size_t len = strlen(address);
    if (len == 0 || len > DAYONE_FACTS_ADDRESS_MAX)
        return dy_fail(err, DAYONE_EINVAL, "a fact address is 1 to 1024 bytes");
    for (size_t start = 0, i = 0; i <= len; i++)
        if (i == len || address[i] == '.') {
            if (!dy_fact_key_valid(address + start, i - start))
                return dy_fail(err, DAYONE_EINVAL,
                               "fact address '%.64s' is not keys separated by '.' (no [index], "
                               "spaces or control characters; sequences come from documents)",
                               address);
            start = i + 1;
        }
    if ((unsigned)kind > DAYONE_FACT_NULL || !check_value(kind, value, value_len))
        return dy_fail(err, DAYONE_EINVAL, "the value of fact '%.64s' is not %s", address,
                       (unsigned)kind > DAYONE_FACT_NULL ? "of a known kind"
                                                         : dy_fact_kind_name(KIND_OF[kind]));
    if (value_len > 64u * 1024u)
        return dy_fail(err, DAYONE_ELIMIT, "the value of fact '%.64s' is longer than 64 KiB",
                       address);
    dy_fact *tree = NULL;
    if (set_tree(address, len, kind, value, value_len, &tree))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    return layer(facts, tree, NULL, err);
}

int dayone_timestamp_parse(const char *text, int64_t *unix_ns, dayone_error *err)
{
    const char *why = NULL;
    if (!text || !unix_ns)
        return dy_fail(err, DAYONE_EINVAL, "dayone_timestamp_parse: NULL argument");
    if (!dy_timestamp_parse(text, strlen(text), unix_ns, &why))
        return dy_fail(err, DAYONE_EINVAL, "not an RFC 3339 timestamp with an offset "
                       "(2026-03-01T04:00:00Z): %s", why ? why : "malformed");
    return DAYONE_OK;
}
