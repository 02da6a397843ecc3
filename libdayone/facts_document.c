/* facts_document.c - one JSON or YAML facts document to a fact tree.
 *
 * Parsing is the policy loader's strict libyaml tree (yaml_doc.h): one
 * document, no anchors or tags, duplicate keys refused, nesting and scalar
 * size capped, every node placed. Its errors are policy errors
 * (DAYONE_EPOLICY, "...in a policy"); a facts document is an input to be
 * judged, so they are re-coded DAYONE_EENVFILE and reworded here. The tree
 * holds copies of every value: its scalars are wiped before it is freed. */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "decimal.h"
#include "error.h"
#include "facts_document.h"
#include "yaml_doc.h"

static void wipe_ytree(dy_ynode *n)
{
    if (!n)
        return;
    if (n->str)
        dy_wipe(n->str, n->len);
    for (size_t i = 0; i < n->n; i++) {
        if (n->keys)
            wipe_ytree(n->keys[i]);
        wipe_ytree(n->vals[i]);
    }
}

/* The parser's messages name a policy; say what the document is. */
static void reword(dayone_error *err)
{
    static const char *const from[] = { "in a policy", "invalid policy text",
                                        "a policy file holds", "parsing the policy" };
    static const char *const to[] = { "in a facts document", "invalid facts document text",
                                      "a facts document holds", "parsing the facts document" };
    if (!err)
        return;
    for (size_t i = 0; i < sizeof from / sizeof *from; i++) {
        char *at = strstr(err->message, from[i]);
        if (!at)
            continue;
        char rest[DAYONE_ERROR_MESSAGE_MAX];
        snprintf(rest, sizeof rest, "%s", at + strlen(from[i]));
        size_t head = (size_t)(at - err->message);
        snprintf(at, sizeof err->message - head, "%s%s", to[i], rest);
    }
}

typedef struct build {
    const char *path;
    dayone_error *err;
    size_t count;
} build;

static int fail_at(build *b, int code, const dy_ynode *n, const char *msg, const char *key)
{
    if (key)
        return dy_error_set(b->err, code, b->path, n->mark.line, n->mark.column, msg,
                            (int)(strlen(key) > 64 ? 64 : strlen(key)), key);
    return dy_error_set(b->err, code, b->path, n->mark.line, n->mark.column, "%s", msg);
}

static int is_plain(const dy_ynode *n, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(n->str, *words) == 0)
            return 1;
    return 0;
}

static dy_fact_kind classify(const dy_ynode *n)
{
    static const char *const bools[] = { "true", "True", "TRUE", "false", "False", "FALSE",
                                         NULL };
    if (!n->plain)
        return DY_FACT_STRING;
    if (dy_y_is_null(n))
        return DY_FACT_NULL;
    if (is_plain(n, bools))
        return DY_FACT_BOOL;
    if (dy_number_syntax(n->str, n->len))
        return DY_FACT_NUMBER;
    return DY_FACT_STRING;
}

static int convert(build *b, const dy_ynode *y, dy_fact **out);

static int convert_children(build *b, const dy_ynode *y, dy_fact *f)
{
    for (size_t i = 0; i < y->n; i++) {
        dy_fact *child = NULL;
        if (y->kind == DY_Y_MAP) {
            const dy_ynode *k = y->keys[i];
            if (k->len > DAYONE_FACTS_KEY_MAX)
                return fail_at(b, DAYONE_ELIMIT, k, "a key longer than 256 bytes", NULL);
            if (!dy_fact_key_valid(k->str, k->len))
                return fail_at(b, DAYONE_EENVFILE, k,
                               "key '%.*s' cannot be addressed: keys may not be empty or "
                               "contain '.', '[', ']', spaces or control characters",
                               k->str);
        }
        int rc = convert(b, y->vals[i], &child);
        if (rc)
            return rc;
        if (y->kind == DY_Y_MAP) {
            child->key = dy_strndup(y->keys[i]->str, y->keys[i]->len);
            child->key_len = y->keys[i]->len;
        }
        if ((y->kind == DY_Y_MAP && !child->key) || dy_fact_append(f, child)) {
            dy_fact_free(child);
            return dy_fail(b->err, DAYONE_ENOMEM, "out of memory");
        }
    }
    if (f->kind == DY_FACT_MAP)
        dy_fact_sort_members(f);
    return DAYONE_OK;
}

static int convert(build *b, const dy_ynode *y, dy_fact **out)
{
    if (++b->count > DAYONE_FACTS_COUNT_MAX)
        return fail_at(b, DAYONE_ELIMIT, y, "more than 100000 facts in one document", NULL);
    dy_fact_kind kind = y->kind == DY_Y_MAP   ? DY_FACT_MAP
                        : y->kind == DY_Y_SEQ ? DY_FACT_SEQ
                                              : classify(y);
    dy_fact *f = dy_fact_new(kind);
    if (!f)
        return dy_fail(b->err, DAYONE_ENOMEM, "out of memory");
    f->path = b->path;
    f->line = y->mark.line;
    f->column = y->mark.column;
    int rc = DAYONE_OK;
    if (y->kind == DY_Y_SCALAR) {
        f->text = dy_strndup(y->str, y->len);
        f->text_len = y->len;
        if (!f->text)
            rc = dy_fail(b->err, DAYONE_ENOMEM, "out of memory");
    } else {
        rc = convert_children(b, y, f);
    }
    if (rc) {
        dy_fact_free(f);
        return rc;
    }
    *out = f;
    return DAYONE_OK;
}

int dy_facts_document(const char *text, size_t len, const char *path, dy_fact **root,
                      size_t *count, dayone_error *err)
{
    dy_yctx ctx = { path, err, 0 };
    dy_ynode *y = NULL;
    build b = { path, err, 0 };
    *root = NULL;
    if (len > DAYONE_FACTS_DOCUMENT_MAX)
        return dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                            "the facts document is larger than the 1 MiB limit");
    int rc = dy_ydoc_parse(&ctx, text, len, &y);
    if (rc) {
        if (rc == DAYONE_EPOLICY) {
            rc = DAYONE_EENVFILE;
            if (err)
                err->code = rc;
        }
        reword(err);
        return rc;
    }
    if (!y) { /* an empty document holds no facts */
        *root = dy_fact_new(DY_FACT_MAP);
        *count = 0;
        return *root ? DAYONE_OK : dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    if (y->kind != DY_Y_MAP) {
        rc = dy_error_set(err, DAYONE_EENVFILE, path, y->mark.line, y->mark.column,
                          "a facts document must be a mapping at the top, not %s",
                          dy_y_describe(y));
    } else {
        rc = convert(&b, y, root);
        b.count--; /* the top-level mapping is not a fact */
    }
    wipe_ytree(y);
    dy_ynode_free(y);
    *count = b.count;
    return rc;
}
