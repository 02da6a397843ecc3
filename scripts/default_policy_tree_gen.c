/* default_policy_tree_gen.c - writes libdayone/default_policy_tree.c: the
 * embedded default policy's YAML tree (yaml_doc.h) as static C data, so
 * that dayone_policy_load_default() runs the loader on it without running
 * libyaml (the parse was four fifths of the load).
 *
 * The tree is the one dy_ydoc_parse() builds from the file, node for node
 * (kind, line and column, text, plain). The output also carries the YAML
 * text it was made from: the library uses the tree only while that text is
 * byte for byte the policy it embeds, and parses the YAML otherwise, so a
 * stale file costs time, never correctness. ctest
 * packaging.default_policy_tree_fresh runs `--check`.
 *
 * Usage: default_policy_tree_gen POLICY.yaml OUT.c      write OUT.c
 *        default_policy_tree_gen POLICY.yaml --check OUT.c
 *                                   exit 1 when OUT.c is not what it would write
 * Regenerate with: cmake --build --preset dev --target default-policy-tree */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yaml_doc.h"

typedef struct out {
    char *buf;
    size_t len, cap;
} out;

static void put(out *o, const char *s, size_t n)
{
    if (o->len + n + 1 > o->cap) {
        size_t cap = o->cap ? o->cap : 65536;
        while (o->len + n + 1 > cap)
            cap *= 2;
        char *b = realloc(o->buf, cap);
        if (!b) {
            fprintf(stderr, "default_policy_tree_gen: out of memory\n");
            exit(2);
        }
        o->buf = b;
        o->cap = cap;
    }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void putf(out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(out *o, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0 || (size_t)n >= sizeof tmp) {
        fprintf(stderr, "default_policy_tree_gen: line too long\n");
        exit(2);
    }
    put(o, tmp, (size_t)n);
}

/* bytes as a C string literal, split into lines; every byte that is not
 * plain printable ASCII (and '?', against trigraphs, '"' and '\\') as a
 * three-digit octal escape, which no following digit can extend. */
static void put_literal(out *o, const char *s, size_t n, const char *indent)
{
    size_t col = 0;
    put(o, "\"", 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '?') {
            put(o, (const char *)&c, 1);
            col++;
        } else {
            putf(o, "\\%03o", c);
            col += 4;
        }
        if ((c == '\n' || col >= 72) && i + 1 < n) {
            putf(o, "\"\n%s\"", indent);
            col = 0;
        }
    }
    put(o, "\"", 1);
}

/* Node ids in depth-first order; each node's children are numbered before
 * the node is written, so every reference is to an earlier definition. */
static size_t emit(out *o, const dy_ynode *n, size_t *next)
{
    size_t *kids = NULL, *keys = NULL;
    if (n->n) {
        kids = calloc(n->n, sizeof *kids);
        keys = calloc(n->n, sizeof *keys);
        if (!kids || !keys) {
            fprintf(stderr, "default_policy_tree_gen: out of memory\n");
            exit(2);
        }
    }
    for (size_t i = 0; i < n->n; i++) {
        if (n->keys)
            keys[i] = emit(o, n->keys[i], next);
        kids[i] = emit(o, n->vals[i], next);
    }
    size_t id = (*next)++;
    if (n->keys && n->n) {
        putf(o, "static dy_ynode *k%zu[] = {", id);
        for (size_t i = 0; i < n->n; i++)
            putf(o, "%s&n%zu", i ? ", " : "", keys[i]);
        put(o, "};\n", 3);
    }
    if (n->vals && n->n) {
        putf(o, "static dy_ynode *v%zu[] = {", id);
        for (size_t i = 0; i < n->n; i++)
            putf(o, "%s&n%zu", i ? ", " : "", kids[i]);
        put(o, "};\n", 3);
    }
    static const char *const kinds[] = {"DY_Y_SCALAR", "DY_Y_MAP", "DY_Y_SEQ"};
    putf(o, "static dy_ynode n%zu = {%s, {%u, %u}, ", id, kinds[n->kind], n->mark.line,
         n->mark.column);
    if (n->str) {
        put(o, "(char *)", 8);
        put_literal(o, n->str, n->len, "    ");
    } else {
        put(o, "NULL", 4);
    }
    putf(o, ", %zu, %d, ", n->len, n->plain);
    if (n->keys && n->n)
        putf(o, "k%zu, ", id);
    else
        put(o, "NULL, ", 6);
    if (n->vals && n->n)
        putf(o, "v%zu, ", id);
    else
        put(o, "NULL, ", 6);
    putf(o, "%zu, %zu, %#llxull};\n", n->n, n->n, (unsigned long long)n->keymask);
    free(kids);
    free(keys);
    return id;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);
    while (b) {
        n += fread(b + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *nb = realloc(b, cap * 2);
        if (!nb) {
            free(b);
            b = NULL;
            break;
        }
        b = nb;
        cap *= 2;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(b);
        return NULL;
    }
    *len = n;
    return b;
}

int main(int argc, char **argv)
{
    int check = argc == 4 && strcmp(argv[2], "--check") == 0;
    if (!(argc == 3 || check)) {
        fprintf(stderr, "usage: default_policy_tree_gen POLICY.yaml [--check] OUT.c\n");
        return 2;
    }
    const char *target = argv[argc - 1];
    size_t len = 0;
    char *yaml = read_all(argv[1], &len);
    if (!yaml) {
        fprintf(stderr, "default_policy_tree_gen: cannot read %s\n", argv[1]);
        return 2;
    }
    dayone_error err;
    dayone_error_clear(&err);
    dy_yctx ctx = {argv[1], &err, 0};
    dy_ynode *root = NULL;
    if (dy_ydoc_parse(&ctx, yaml, len, &root) != DAYONE_OK || !root) {
        fprintf(stderr, "default_policy_tree_gen: %s:%u:%u: %s\n", argv[1], err.line, err.column,
                root ? err.message : "empty document");
        return 2;
    }

    out o = {NULL, 0, 0};
    putf(&o, "/* Generated from libdayone/default-policy.yaml by\n"
             " * scripts/default_policy_tree_gen.c. Do not edit: regenerate with\n"
             " *   cmake --build --preset dev --target default-policy-tree\n"
             " * (ctest packaging.default_policy_tree_fresh says when it is stale; a\n"
             " * stale tree is never used: see default_policy_tree.h). */\n"
             "#include <stddef.h>\n#include \"default_policy_tree.h\"\n\n");
    size_t next = 0;
    size_t root_id = emit(&o, root, &next);
    putf(&o, "\ndy_ynode *const dy_default_policy_tree = &n%zu;\n\n", root_id);
    putf(&o, "const char dy_default_policy_tree_source[] =\n    ");
    put_literal(&o, yaml, len, "    ");
    putf(&o, ";\nconst size_t dy_default_policy_tree_source_len = %zu;\n", len);
    dy_ynode_free(root);
    free(yaml);

    int rc = 0;
    if (check) {
        size_t have_len = 0;
        char *have = read_all(target, &have_len);
        if (!have || have_len != o.len || memcmp(have, o.buf, o.len) != 0) {
            fprintf(stderr, "%s is stale (it is not the tree of %s); regenerate it with\n"
                            "  cmake --build --preset dev --target default-policy-tree\n",
                    target, argv[1]);
            rc = 1;
        }
        free(have);
    } else {
        FILE *f = fopen(target, "wb");
        if (!f || fwrite(o.buf, 1, o.len, f) != o.len || fclose(f) != 0) {
            fprintf(stderr, "default_policy_tree_gen: cannot write %s\n", target);
            rc = 2;
        }
    }
    free(o.buf);
    return rc;
}
