/* postmortem_markdown.c - cmark-gfm's tree as report blocks (see
 * postmortem_markdown.h). The walk uses cmark's iterator, never recursion,
 * so deep nesting cannot exhaust the stack. */
#include <pthread.h>
#include <string.h>
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include "alloc.h"
#include "error.h"
#include "postmortem_markdown.h"
#include "strbuf.h"

static pthread_once_t g_extensions_once = PTHREAD_ONCE_INIT;

/* cmark-gfm's own registration keeps a plain static flag: run it once. */
static void register_extensions(void) { cmark_gfm_core_extensions_ensure_registered(); }

/* One block being built. */
typedef struct builder {
    dy_strbuf text;
    dy_md_span *spans; size_t nspans, cap;
    size_t *cells; size_t ncells, cells_cap;
    int oom;
} builder;

static void add_span(builder *b, unsigned line, unsigned column, int exact)
{
    if (b->nspans == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 8;
        dy_md_span *s = dy_realloc(b->spans, cap * sizeof *s);
        if (!s) {
            b->oom = 1;
            return;
        }
        b->spans = s;
        b->cap = cap;
    }
    dy_md_span *s = &b->spans[b->nspans++];
    s->offset = b->text.len;
    s->line = line;
    s->column = column;
    s->exact = exact;
}

static void end_cell(builder *b)
{
    if (b->ncells == b->cells_cap) {
        size_t cap = b->cells_cap ? b->cells_cap * 2 : 4;
        size_t *c = dy_realloc(b->cells, cap * sizeof *c);
        if (!c) {
            b->oom = 1;
            return;
        }
        b->cells = c;
        b->cells_cap = cap;
    }
    b->cells[b->ncells++] = b->text.len;
}

static unsigned pos(int v) { return v > 0 ? (unsigned)v : 0u; }

static int is_comment(const char *lit)
{
    while (*lit == ' ' || *lit == '\t')
        lit++;
    return strncmp(lit, "<!--", 4) == 0;
}

/* A literal of a leaf block (code or HTML block): the block's place, the
 * text as is. */
static void add_literal(builder *b, cmark_node *n, int exact)
{
    const char *lit = cmark_node_get_literal(n);
    if (!lit)
        return;
    add_span(b, pos(cmark_node_get_start_line(n)), pos(cmark_node_get_start_column(n)), exact);
    dy_strbuf_puts(&b->text, lit);
}

/* Separate a new part of an item or a row from what came before. */
static void separate(builder *b)
{
    if (b->text.len && b->text.data[b->text.len - 1] != '\n')
        dy_strbuf_putc(&b->text, '\n');
}

/* Flatten node's subtree into b. Rows record their cells. */
static void flatten(builder *b, cmark_node *node)
{
    cmark_iter *it = cmark_iter_new(node);
    cmark_event_type ev;
    if (!it) {
        b->oom = 1;
        return;
    }
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        const char *ts = cmark_node_get_type_string(n);
        int cell = strcmp(ts, "table_cell") == 0;
        if (ev == CMARK_EVENT_EXIT) {
            if (cell)
                end_cell(b);
            continue;
        }
        if (n != node && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING))
            separate(b);
        if (cell && b->ncells > 0)
            dy_strbuf_putc(&b->text, '\n'); /* cells are '\n'-separated, empty ones too */
        switch (t) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_HTML_INLINE: {
            const char *lit = cmark_node_get_literal(n);
            /* Inline code's place is its backticks; its text starts later. */
            add_span(b, pos(cmark_node_get_start_line(n)), pos(cmark_node_get_start_column(n)),
                     t != CMARK_NODE_CODE);
            dy_strbuf_puts(&b->text, lit ? lit : "");
            break;
        }
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            dy_strbuf_putc(&b->text, ' ');
            break;
        case CMARK_NODE_CODE_BLOCK:
            separate(b);
            add_literal(b, n, 0);
            break;
        case CMARK_NODE_HTML_BLOCK:
            if (!is_comment(cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "")) {
                separate(b);
                add_literal(b, n, 0);
            }
            break;
        default:
            break;
        }
    }
    cmark_iter_free(it);
}

/* Append the block built in bld to doc (taking its buffers). */
static int push(dy_md_doc *doc, builder *bld, dy_md_kind kind, int level, unsigned table,
                cmark_node *n)
{
    if (bld->oom || dy_strbuf_failed(&bld->text))
        goto oom;
    if (doc->n == doc->cap) {
        size_t cap = doc->cap ? doc->cap * 2 : 32;
        dy_md_block *v = dy_realloc(doc->blocks, cap * sizeof *v);
        if (!v)
            goto oom;
        doc->blocks = v;
        doc->cap = cap;
    }
    dy_md_block *b = &doc->blocks[doc->n];
    memset(b, 0, sizeof *b);
    size_t len = 0;
    char *text = dy_strbuf_detach(&bld->text, &len);
    if (!text)
        text = dy_strdup("");
    if (!text)
        goto oom;
    doc->n++;
    b->kind = kind;
    b->level = level;
    b->table = table;
    b->line = pos(cmark_node_get_start_line(n));
    b->column = pos(cmark_node_get_start_column(n));
    b->text = text;
    b->len = len;
    b->spans = bld->spans;
    b->nspans = bld->nspans;
    b->cell_end = bld->cells;
    b->ncells = bld->ncells;
    memset(bld, 0, sizeof *bld);
    return DAYONE_OK;
oom:
    dy_strbuf_release(&bld->text);
    dy_free(bld->spans);
    dy_free(bld->cells);
    memset(bld, 0, sizeof *bld);
    return DAYONE_ENOMEM;
}

static int walk(dy_md_doc *doc, cmark_node *root)
{
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;
    unsigned tables = 0;
    int rc = DAYONE_OK;
    if (!it)
        return DAYONE_ENOMEM;
    while (rc == DAYONE_OK && (ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        const char *ts = cmark_node_get_type_string(n);
        builder b;
        memset(&b, 0, sizeof b);
        dy_md_kind kind;
        int level = 0, container = 1;
        if (t == CMARK_NODE_HEADING) {
            kind = DY_MD_HEADING;
            level = cmark_node_get_heading_level(n);
        } else if (t == CMARK_NODE_ITEM) {
            kind = DY_MD_ITEM;
        } else if (t == CMARK_NODE_PARAGRAPH) {
            kind = DY_MD_PROSE;
        } else if (strcmp(ts, "table") == 0) {
            tables++;
            continue;
        } else if (strcmp(ts, "table_header") == 0) {
            kind = DY_MD_HEADER_ROW;
        } else if (strcmp(ts, "table_row") == 0) {
            kind = DY_MD_ROW;
        } else if (t == CMARK_NODE_CODE_BLOCK || t == CMARK_NODE_HTML_BLOCK) {
            kind = DY_MD_PROSE;
            container = 0;
        } else {
            continue; /* document, block quote, list, thematic break: go inside */
        }
        if (container) {
            flatten(&b, n);
            /* Its whole subtree is in the block: continue after it. */
            cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
        } else {
            const char *lit = cmark_node_get_literal(n);
            if (t == CMARK_NODE_HTML_BLOCK && is_comment(lit ? lit : ""))
                continue;
            add_literal(&b, n, 0);
        }
        rc = push(doc, &b, kind, level, kind == DY_MD_ROW || kind == DY_MD_HEADER_ROW ? tables : 0,
                  n);
    }
    cmark_iter_free(it);
    return rc;
}

/* One line of text[*pos..len): its content after any '>' quote markers and
 * blanks, and where the next line starts (\n, \r\n or \r end a line). */
static void next_line(const char *text, size_t len, size_t *pos, size_t *start, size_t *end)
{
    size_t i = *pos;
    while (i < len && (text[i] == ' ' || text[i] == '\t' || text[i] == '>'))
        i++;
    *start = i;
    while (i < len && text[i] != '\n' && text[i] != '\r')
        i++;
    *end = i;
    if (i < len && text[i] == '\r')
        i++;
    if (i < len && text[i] == '\n' && (i == *end || text[i - 1] == '\r'))
        i++;
    *pos = i;
}

/* The columns a delimiter row on text[s..e) could declare, or 0 when the
 * line cannot be one. */
static size_t delimiter_columns(const char *text, size_t s, size_t e)
{
    size_t pipes = 0, dashes = 0;
    for (size_t i = s; i < e; i++) {
        char c = text[i];
        if (c == '|')
            pipes++;
        else if (c == '-')
            dashes++;
        else if (c != ':' && c != ' ' && c != '\t')
            return 0;
    }
    return pipes && dashes ? pipes + 1 : 0;
}

/* The amplification guard (postmortem_markdown.h): 0, or the 1-based line
 * of the delimiter row that takes the bound over the limit. */
static unsigned table_cells_over(const char *text, size_t len)
{
    size_t pos = 0, cells = 0, cols = 0;
    unsigned line = 0, table_line = 0;
    while (pos < len) {
        size_t s, e;
        next_line(text, len, &pos, &s, &e);
        line++;
        if (s == e) { /* a blank line ends any table */
            cols = 0;
            continue;
        }
        size_t c = delimiter_columns(text, s, e);
        if (c > cols) { /* a (wider) table may start here: count it from its header */
            cols = c;
            table_line = line;
            cells += 2 * c;
        }
        if (cols) {
            cells += cols;
            if (cells > DY_MD_MAX_TABLE_CELLS)
                return table_line;
        }
    }
    return 0;
}

int dy_md_parse(dy_md_doc *doc, const char *text, size_t len, const char *path,
                dayone_error *err)
{
    memset(doc, 0, sizeof *doc);
    unsigned over = table_cells_over(text, len);
    if (over)
        return dy_error_set(err, DAYONE_ELIMIT, path, over, 1,
                            "the report's tables could hold more than %u cells (a table this "
                            "wide over this many lines)", DY_MD_MAX_TABLE_CELLS);
    pthread_once(&g_extensions_once, register_extensions);
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8);
    cmark_syntax_extension *table = cmark_find_syntax_extension("table");
    if (!parser || !table) {
        if (parser)
            cmark_parser_free(parser);
        return dy_fail(err, DAYONE_ERROR, "the Markdown parser's table extension is missing");
    }
    cmark_parser_attach_syntax_extension(parser, table);
    cmark_parser_feed(parser, text, len);
    cmark_node *root = cmark_parser_finish(parser);
    int rc = root ? walk(doc, root) : DAYONE_ENOMEM;
    if (root)
        cmark_node_free(root);
    cmark_parser_free(parser);
    if (rc != DAYONE_OK)
        return dy_fail(err, rc, "out of memory");
    return DAYONE_OK;
}

void dy_md_doc_free(dy_md_doc *doc)
{
    if (!doc)
        return;
    for (size_t i = 0; i < doc->n; i++) {
        dy_free(doc->blocks[i].text);
        dy_free(doc->blocks[i].spans);
        dy_free(doc->blocks[i].cell_end);
    }
    dy_free(doc->blocks);
    memset(doc, 0, sizeof *doc);
}

void dy_md_locate(const dy_md_block *b, size_t off, unsigned *line, unsigned *column)
{
    *line = b->line;
    *column = b->column;
    for (size_t i = 0; i < b->nspans && b->spans[i].offset <= off; i++) {
        const dy_md_span *s = &b->spans[i];
        *line = s->line;
        *column = s->column;
        if (s->exact && off - s->offset < 100000u)
            *column = s->column + (unsigned)(off - s->offset);
    }
}

void dy_md_cell(const dy_md_block *b, size_t i, size_t *start, size_t *len)
{
    *start = 0;
    *len = 0;
    if (i >= b->ncells)
        return;
    /* The '\n' separating cells belongs to neither. */
    size_t s = i ? b->cell_end[i - 1] + 1 : 0;
    size_t e = b->cell_end[i];
    *start = s;
    *len = e > s ? e - s : 0;
}
