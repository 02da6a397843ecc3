/* yaml_doc.c - building the strict YAML tree from libyaml events (see
 * yaml_doc.h). The event API lets us refuse aliases, deep nesting and huge
 * scalars as soon as libyaml reports them, instead of after a whole
 * document graph has been built. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include "alloc.h"
#include "text.h"
#include "yaml_doc.h"

typedef struct builder {
    dy_yctx *ctx;
    yaml_parser_t parser;
    const unsigned char *buf;
    size_t len;
    /* The innermost flow collection ('[' or '{') not yet closed, for an
     * input that ends inside it (libyaml then names only the end). */
    int in_flow;
    yaml_mark_t flow_mark;
    const char *flow_context;   /* "while parsing a flow sequence", ... */
} builder;

static dy_mark mark_of(const yaml_mark_t *m)
{
    dy_mark k = { (unsigned)m->line + 1, (unsigned)m->column + 1 };
    return k;
}

int dy_y_too_many(dy_yctx *ctx, const dy_ynode *n, const char *what)
{
    return dy_error_set(ctx->err, DAYONE_ELIMIT, ctx->name, n ? n->mark.line : 0,
                        n ? n->mark.column : 0, "more than %u %s (the limit)",
                        DY_POLICY_MAX_RULES, what);
}

int dy_y_error(dy_yctx *ctx, const dy_ynode *node, const char *fmt, ...)
{
    if (!ctx->err)
        return DAYONE_EPOLICY;
    char msg[DAYONE_ERROR_MESSAGE_MAX];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return dy_error_set(ctx->err, DAYONE_EPOLICY, ctx->name, node ? node->mark.line : 0,
                        node ? node->mark.column : 0, "%s", msg);
}

static int error_at(builder *b, int code, const yaml_mark_t *m, const char *msg)
{
    dy_mark k = mark_of(m);
    return dy_error_set(b->ctx->err, code, b->ctx->name, k.line, k.column, "%s", msg);
}

/* Reader errors carry a byte offset, not a mark: derive line and column
 * (columns count characters, like libyaml's marks). */
static int reader_error(builder *b)
{
    size_t off = b->parser.problem_offset;
    if (off > b->len)
        off = b->len;
    /* libyaml points at the bad continuation byte; name the character
     * whose encoding it breaks instead. */
    if (b->parser.problem && strstr(b->parser.problem, "trailing"))
        for (size_t back = 1; back <= 3 && back <= off; back++)
            if ((b->buf[off - back] & 0xC0) == 0xC0) {
                off -= back;
                break;
            }
    unsigned line = 1, col = 1;
    for (size_t i = 0; i < off; i++) {
        if (b->buf[i] == '\n') {
            line++;
            col = 1;
        } else if ((b->buf[i] & 0xC0) != 0x80) {
            col++;
        }
    }
    return dy_error_set(b->ctx->err, DAYONE_EPOLICY, b->ctx->name, line, col,
                        "invalid policy text: %s (the file must be UTF-8)",
                        b->parser.problem ? b->parser.problem : "unreadable input");
}

/* "opened" for brackets and quotes, "started" for block constructs. */
static const char *began_verb(const char *context)
{
    return strstr(context, "flow") || strstr(context, "quoted") ? "opened" : "started";
}

/* Did the parser fail on the end of the input? It leaves the token it could
 * not use at the head of its token queue (a public field of yaml_parser_t). */
static int failed_at_end(const yaml_parser_t *p)
{
    return p->error == YAML_PARSER_ERROR && p->tokens.head != p->tokens.tail &&
           p->tokens.head->type == YAML_STREAM_END_TOKEN;
}

/* A syntax error. libyaml names where it failed (problem_mark) and, for an
 * unfinished construct, where that construct began (context_mark). For an
 * unclosed '[', '{' or quote the failure is at the end of the file, far from
 * the cause, so the error's place is where the construct began and the
 * message names where parsing failed. When libyaml gives no separate start
 * but the input ended inside a flow collection, that collection's opening
 * bracket is the start. */
static int syntax_error(builder *b)
{
    yaml_parser_t *p = &b->parser;
    const char *problem = p->problem ? p->problem : "invalid YAML";
    const char *context = p->context;
    yaml_mark_t start = p->context_mark;
    int has_start = context && start.index != p->problem_mark.index;

    if (!has_start && b->in_flow && failed_at_end(p)) {
        context = b->flow_context;
        start = b->flow_mark;
        has_start = 1;
    }
    dy_mark at = mark_of(&p->problem_mark);
    if (has_start) {
        dy_mark from = mark_of(&start);
        return dy_error_set(b->ctx->err, DAYONE_EPOLICY, b->ctx->name, from.line, from.column,
                            "YAML syntax error %s (%s here; parsing failed at %u:%u: %s)",
                            context, began_verb(context), at.line, at.column, problem);
    }
    if (context)
        return dy_error_set(b->ctx->err, DAYONE_EPOLICY, b->ctx->name, at.line, at.column,
                            "YAML syntax error: %s %s", context, problem);
    return dy_error_set(b->ctx->err, DAYONE_EPOLICY, b->ctx->name, at.line, at.column,
                        "YAML syntax error: %s", problem);
}

static int parser_error(builder *b)
{
    switch (b->parser.error) {
    case YAML_MEMORY_ERROR:
        return dy_fail(b->ctx->err, DAYONE_ENOMEM, "out of memory parsing the policy");
    case YAML_READER_ERROR:
        return reader_error(b);
    default:
        return syntax_error(b);
    }
}

static int next_event(builder *b, yaml_event_t *ev)
{
    if (!yaml_parser_parse(&b->parser, ev))
        return parser_error(b);
    return DAYONE_OK;
}

void dy_ynode_free(dy_ynode *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->n; i++) {
        if (n->keys)
            dy_ynode_free(n->keys[i]);
        dy_ynode_free(n->vals[i]);
    }
    dy_free(n->keys);
    dy_free(n->vals);
    dy_free(n->str);
    dy_free(n);
}

static int push(dy_ynode *n, dy_ynode *key, dy_ynode *val)
{
    if (n->n == n->cap) {
        size_t cap = n->cap ? n->cap * 2 : 4;
        dy_ynode **v = dy_realloc(n->vals, cap * sizeof *v);
        if (!v)
            return DAYONE_ENOMEM;
        n->vals = v;
        if (n->kind == DY_Y_MAP) {
            dy_ynode **k = dy_realloc(n->keys, cap * sizeof *k);
            if (!k)
                return DAYONE_ENOMEM;
            n->keys = k;
        }
        n->cap = cap;
    }
    if (n->kind == DY_Y_MAP) {
        n->keys[n->n] = key;
        n->keymask |= dy_y_key_bit(key->str);
    }
    n->vals[n->n++] = val;
    return DAYONE_OK;
}

typedef struct key_ref { const dy_ynode *key; size_t index; } key_ref;

static int cmp_key_ref(const void *a, const void *b)
{
    const key_ref *x = a, *y = b;
    int c = strcmp(x->key->str, y->key->str);
    if (c)
        return c;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Duplicate keys, found by sorting so a huge mapping stays O(n log n). The
 * error names the first repeated key in document order. */
static int check_duplicates(builder *b, const dy_ynode *map)
{
    if (map->n < 2)
        return DAYONE_OK;
    key_ref *refs = dy_malloc(map->n * sizeof *refs);
    if (!refs)
        return dy_fail(b->ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < map->n; i++) {
        refs[i].key = map->keys[i];
        refs[i].index = i;
    }
    qsort(refs, map->n, sizeof *refs, cmp_key_ref);
    size_t dup = SIZE_MAX, first = 0;
    for (size_t i = 1; i < map->n; i++)
        if (strcmp(refs[i].key->str, refs[i - 1].key->str) == 0 && refs[i].index < dup) {
            dup = refs[i].index;
            first = refs[i - 1].index;
        }
    dy_free(refs);
    if (dup == SIZE_MAX)
        return DAYONE_OK;
    const dy_ynode *k = map->keys[dup], *f = map->keys[first];
    return dy_y_error(b->ctx, k, "duplicate key '%s' (first defined at line %u, column %u)",
                      k->str, f->mark.line, f->mark.column);
}

/* Anchors and explicit tags are refused wherever they appear. */
static int check_props(builder *b, const yaml_event_t *ev, const yaml_char_t *anchor,
                       const yaml_char_t *tag)
{
    if (anchor)
        return error_at(b, DAYONE_EPOLICY, &ev->start_mark,
                        "anchors and aliases are not allowed in a policy");
    if (tag)
        return error_at(b, DAYONE_EPOLICY, &ev->start_mark,
                        "explicit YAML tags are not allowed in a policy");
    return DAYONE_OK;
}

static int make_node(builder *b, dy_ynode_kind kind, const yaml_event_t *ev, dy_ynode **out)
{
    dy_ynode *n = dy_calloc(1, sizeof *n);
    if (!n)
        return dy_fail(b->ctx->err, DAYONE_ENOMEM, "out of memory");
    n->kind = kind;
    n->mark = mark_of(&ev->start_mark);
    *out = n;
    return DAYONE_OK;
}

static int build_scalar(builder *b, const yaml_event_t *ev, dy_ynode **out)
{
    const char *v = (const char *)ev->data.scalar.value;
    size_t len = ev->data.scalar.length;
    int rc = check_props(b, ev, ev->data.scalar.anchor, ev->data.scalar.tag);
    if (rc)
        return rc;
    if (len > DY_POLICY_MAX_SCALAR)
        return error_at(b, DAYONE_ELIMIT, &ev->start_mark,
                        "string longer than the 64 KiB limit");
    if (memchr(v, '\0', len))
        return error_at(b, DAYONE_EPOLICY, &ev->start_mark, "strings may not contain NUL");
    if ((rc = make_node(b, DY_Y_SCALAR, ev, out)))
        return rc;
    (*out)->str = dy_strndup(v, len);
    if (!(*out)->str) {
        dy_ynode_free(*out);
        *out = NULL;
        return dy_fail(b->ctx->err, DAYONE_ENOMEM, "out of memory");
    }
    (*out)->len = len;
    (*out)->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
    return DAYONE_OK;
}

static int build_node(builder *b, yaml_event_t *ev, unsigned depth, dy_ynode **out);

/* A mapping or sequence: children until the matching end event. */
static int build_collection(builder *b, yaml_event_t *start, unsigned depth, dy_ynode **out)
{
    int is_map = start->type == YAML_MAPPING_START_EVENT;
    dy_ynode *n = NULL, *key = NULL, *val = NULL;
    yaml_event_t ev;
    int rc = is_map ? check_props(b, start, start->data.mapping_start.anchor,
                                  start->data.mapping_start.tag)
                    : check_props(b, start, start->data.sequence_start.anchor,
                                  start->data.sequence_start.tag);
    if (rc)
        return rc;
    if (depth > DY_POLICY_MAX_DEPTH)
        return error_at(b, DAYONE_ELIMIT, &start->start_mark,
                        "nesting deeper than the 64-level limit");
    if ((rc = make_node(b, is_map ? DY_Y_MAP : DY_Y_SEQ, start, &n)))
        return rc;
    int outer_in_flow = b->in_flow;
    yaml_mark_t outer_flow_mark = b->flow_mark;
    const char *outer_flow_context = b->flow_context;
    if (is_map ? start->data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
               : start->data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE) {
        b->in_flow = 1;
        b->flow_mark = start->start_mark;
        b->flow_context = is_map ? "while parsing a flow mapping"
                                 : "while parsing a flow sequence";
    }
    for (;;) {
        if ((rc = next_event(b, &ev)))
            goto done;
        if (ev.type == YAML_MAPPING_END_EVENT || ev.type == YAML_SEQUENCE_END_EVENT) {
            yaml_event_delete(&ev);
            break;
        }
        rc = build_node(b, &ev, depth + 1, is_map && !key ? &key : &val);
        yaml_event_delete(&ev);
        if (rc)
            goto done;
        if (is_map && key && !val) {
            if (key->kind != DY_Y_SCALAR) {
                rc = dy_y_error(b->ctx, key, "mapping keys must be strings");
                goto done;
            }
            continue;
        }
        if ((rc = push(n, key, val))) {
            rc = dy_fail(b->ctx->err, DAYONE_ENOMEM, "out of memory");
            goto done;
        }
        key = val = NULL;
    }
    if (is_map && (rc = check_duplicates(b, n)))
        goto done;
    *out = n;
    n = NULL;
done:
    b->in_flow = outer_in_flow;
    b->flow_mark = outer_flow_mark;
    b->flow_context = outer_flow_context;
    dy_ynode_free(key);
    dy_ynode_free(val);
    dy_ynode_free(n);
    return rc;
}

static int build_node(builder *b, yaml_event_t *ev, unsigned depth, dy_ynode **out)
{
    switch (ev->type) {
    case YAML_SCALAR_EVENT:
        return build_scalar(b, ev, out);
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
        return build_collection(b, ev, depth, out);
    case YAML_ALIAS_EVENT:
        return error_at(b, DAYONE_EPOLICY, &ev->start_mark,
                        "anchors and aliases are not allowed in a policy");
    default:
        return error_at(b, DAYONE_EPOLICY, &ev->start_mark, "unexpected YAML event");
    }
}

static int expect_event(builder *b, yaml_event_type_t type)
{
    yaml_event_t ev;
    int rc = next_event(b, &ev);
    if (rc)
        return rc;
    if (ev.type != type)
        rc = error_at(b, DAYONE_EPOLICY, &ev.start_mark,
                      type == YAML_STREAM_END_EVENT
                          ? "a policy file holds exactly one YAML document"
                          : "unexpected YAML structure");
    yaml_event_delete(&ev);
    return rc;
}

int dy_ydoc_parse(dy_yctx *ctx, const char *buf, size_t len, dy_ynode **root)
{
    builder b;
    yaml_event_t ev;
    int rc;

    *root = NULL;
    memset(&b, 0, sizeof b);
    b.ctx = ctx;
    b.buf = (const unsigned char *)buf;
    b.len = len;
    if (!yaml_parser_initialize(&b.parser))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    yaml_parser_set_input_string(&b.parser, b.buf, len);
    /* Force UTF-8 so UTF-16 (or any other encoding) is refused. */
    yaml_parser_set_encoding(&b.parser, YAML_UTF8_ENCODING);

    if ((rc = expect_event(&b, YAML_STREAM_START_EVENT)))
        goto done;
    if ((rc = next_event(&b, &ev)))
        goto done;
    if (ev.type == YAML_STREAM_END_EVENT) { /* empty: no document at all */
        yaml_event_delete(&ev);
        goto done;
    }
    if (ev.type != YAML_DOCUMENT_START_EVENT) {
        rc = error_at(&b, DAYONE_EPOLICY, &ev.start_mark, "unexpected YAML structure");
        yaml_event_delete(&ev);
        goto done;
    }
    yaml_event_delete(&ev);
    if ((rc = next_event(&b, &ev)))
        goto done;
    rc = build_node(&b, &ev, 1, root);
    yaml_event_delete(&ev);
    if (rc)
        goto done;
    if ((rc = expect_event(&b, YAML_DOCUMENT_END_EVENT)))
        goto done;
    rc = expect_event(&b, YAML_STREAM_END_EVENT);
done:
    if (rc) {
        dy_ynode_free(*root);
        *root = NULL;
    }
    yaml_parser_delete(&b.parser);
    return rc;
}

/* ---- typed access -------------------------------------------------------- */

int dy_y_is_null(const dy_ynode *n)
{
    if (!n)
        return 1;
    if (n->kind != DY_Y_SCALAR || !n->plain)
        return 0;
    if (n->len == 0)
        return 1;
    if (n->str[0] != '~' && n->str[0] != 'n' && n->str[0] != 'N')
        return 0;   /* most scalars: settled without a call */
    return strcmp(n->str, "~") == 0 || strcmp(n->str, "null") == 0 ||
           strcmp(n->str, "Null") == 0 || strcmp(n->str, "NULL") == 0;
}

const char *dy_y_describe(const dy_ynode *n)
{
    if (dy_y_is_null(n))
        return "nothing (null)";
    switch (n->kind) {
    case DY_Y_MAP: return "a mapping";
    case DY_Y_SEQ: return "a sequence";
    default: return "a scalar";
    }
}

int dy_y_expect_map(dy_yctx *ctx, const dy_ynode *n, const char *what)
{
    if (n && n->kind == DY_Y_MAP)
        return DAYONE_OK;
    return dy_y_error(ctx, n, "%s must be a mapping, not %s", what, dy_y_describe(n));
}

int dy_y_expect_seq(dy_yctx *ctx, const dy_ynode *n, const char *what)
{
    if (n && n->kind == DY_Y_SEQ)
        return DAYONE_OK;
    return dy_y_error(ctx, n, "%s must be a sequence, not %s", what, dy_y_describe(n));
}

void dy_y_names_add(dy_y_names *l, const char *name)
{
    if (l->used >= sizeof l->text)
        return;
    int w = snprintf(l->text + l->used, sizeof l->text - l->used, "%s%s", l->used ? ", " : "",
                     name);
    if (w > 0)
        l->used += (size_t)w;
}

int dy_y_check_keys(dy_yctx *ctx, const dy_ynode *map, const char *what,
                    const char *const *allowed)
{
    for (size_t i = 0; i < map->n; i++) {
        const char *k = map->keys[i]->str;
        size_t j = 0;
        while (allowed[j] && strcmp(allowed[j], k) != 0)
            j++;
        if (allowed[j])
            continue;
        dy_y_names list = DY_Y_NAMES_INIT;
        for (j = 0; allowed[j]; j++)
            dy_y_names_add(&list, allowed[j]);
        return dy_y_error(ctx, map->keys[i], "unknown key '%.64s' in %s (expected one of: %s)",
                          k, what, list.text);
    }
    return DAYONE_OK;
}

const dy_ynode *dy_y_find(const dy_ynode *map, const char *key)
{
    if (!map || map->kind != DY_Y_MAP)
        return NULL;
    /* the first byte settles nearly every other key without a call */
    for (size_t i = 0; i < map->n; i++)
        if (map->keys[i]->str[0] == key[0] && strcmp(map->keys[i]->str, key) == 0)
            return map->vals[i];
    return NULL;
}

int dy_y_require(dy_yctx *ctx, const dy_ynode *map, const char *key, const char *what,
                 const dy_ynode **out)
{
    *out = dy_y_get(map, key);
    if (*out)
        return DAYONE_OK;
    return dy_y_error(ctx, map, "missing required key '%s' in %s", key, what);
}

int dy_y_string(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out)
{
    if (!n || n->kind != DY_Y_SCALAR || dy_y_is_null(n))
        return dy_y_error(ctx, n, "%s must be a string, not %s", what, dy_y_describe(n));
    *out = dy_strndup(n->str, n->len);
    return *out ? DAYONE_OK : dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
}

int dy_y_text(dy_yctx *ctx, const dy_ynode *n, const char *what, const char **out)
{
    if (!n || n->kind != DY_Y_SCALAR || dy_y_is_null(n))
        return dy_y_error(ctx, n, "%s must be a string, not %s", what, dy_y_describe(n));
    *out = n->str;
    return DAYONE_OK;
}

int dy_y_bool(dy_yctx *ctx, const dy_ynode *n, const char *what, int *out)
{
    static const char *const t[] = {"true", "True", "TRUE"};
    static const char *const f[] = {"false", "False", "FALSE"};
    if (n && n->kind == DY_Y_SCALAR && n->plain) {
        for (size_t i = 0; i < 3; i++) {
            if (strcmp(n->str, t[i]) == 0) {
                *out = 1;
                return DAYONE_OK;
            }
            if (strcmp(n->str, f[i]) == 0) {
                *out = 0;
                return DAYONE_OK;
            }
        }
    }
    return dy_y_error(ctx, n, "%s must be a boolean (true or false)", what);
}

int dy_y_int(dy_yctx *ctx, const dy_ynode *n, const char *what, int64_t min, int64_t max,
             int64_t *out)
{
    if (!n || n->kind != DY_Y_SCALAR || !n->plain || n->len == 0)
        goto bad;
    const char *s = n->str;
    int neg = *s == '-';
    if (neg || *s == '+')
        s++;
    if (!*s)
        goto bad;
    uint64_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            goto bad;
        if (v > (UINT64_MAX - 9) / 10)
            goto range;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    if (v > (uint64_t)INT64_MAX)
        goto range;
    int64_t x = neg ? -(int64_t)v : (int64_t)v;
    if (x < min || x > max)
        goto range;
    *out = x;
    return DAYONE_OK;
range:
    return dy_y_error(ctx, n, "%s must be between %lld and %lld", what, (long long)min,
                      (long long)max);
bad:
    return dy_y_error(ctx, n, "%s must be an integer", what);
}

int dy_y_number(dy_yctx *ctx, const dy_ynode *n, const char *what, double min, double max,
                double *out)
{
    if (!n || n->kind != DY_Y_SCALAR || !n->plain || n->len == 0 || n->len > 32)
        goto bad;
    /* Plain decimal only (no hex, inf, nan or exponents): [+-]digits[.digits] */
    const char *s = n->str;
    size_t digits = 0;
    if (*s == '-' || *s == '+')
        s++;
    for (; *s >= '0' && *s <= '9'; s++)
        digits++;
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++)
            digits++;
    if (*s || !digits)
        goto bad;
    double v = strtod(n->str, NULL);
    if (v < min || v > max)
        return dy_y_error(ctx, n, "%s must be between %g and %g", what, min, max);
    *out = v;
    return DAYONE_OK;
bad:
    return dy_y_error(ctx, n, "%s must be a number", what);
}

int dy_y_string_list(dy_yctx *ctx, const dy_ynode *n, const char *what, int allow_empty,
                     char ***out, size_t *count)
{
    int rc = dy_y_expect_seq(ctx, n, what);
    if (rc)
        return rc;
    if (!allow_empty && n->n == 0)
        return dy_y_error(ctx, n, "%s must not be empty", what);
    char **v = dy_calloc(n->n, sizeof *v);
    if (!v)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < n->n; i++) {
        if ((rc = dy_y_string(ctx, n->vals[i], what, &v[i]))) {
            for (size_t j = 0; j < i; j++)
                dy_free(v[j]);
            dy_free(v);
            return rc;
        }
    }
    *out = v;
    *count = n->n;
    return DAYONE_OK;
}

int dy_y_env_name(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out)
{
    int rc = dy_y_string(ctx, n, what, out);
    if (rc)
        return rc;
    if (dy_is_identifier(*out, strlen(*out)))
        return DAYONE_OK;
    dy_free(*out);
    *out = NULL;
    return dy_y_error(ctx, n, "%s must be an environment variable name "
                      "(letters, digits and '_', not starting with a digit)", what);
}
