/* postmortem_markdown.h - a post-incident report's Markdown as the flat
 * list of blocks the report rules read, with their places in the text.
 *
 * The parsing is cmark-gfm's (CommonMark plus GitHub's tables), never ours;
 * this file only walks its tree. Each block is one of
 *   HEADING     a heading (ATX or setext), with its level;
 *   ITEM        a list item that is not inside another list item, with all
 *               its content (nested paragraphs and lists too): one entry;
 *   ROW         a table body row, one entry; HEADER_ROW its table's header;
 *   PROSE       any other paragraph, code block or HTML block.
 * HTML comments are left out: they are invisible in the rendered report.
 * A block's text is its inline text flattened (emphasis and link markup
 * gone, inline code and inline HTML kept, line breaks as one space; the
 * parts of an item and the cells of a row separated by '\n'). Spans map
 * offsets in the text back to line and column (1-based, bytes).
 *
 * cmark-gfm allocates with malloc and aborts when it fails; everything of
 * ours goes through alloc.h. Thread-safe: no shared state besides cmark's
 * extension registry, registered once.
 *
 * Amplification guard: cmark-gfm 0.29.0.gfm.6 (Debian 12) pads every row of
 * a table to its delimiter row's column count, so a 10 KB text with a wide
 * delimiter row and many short lines becomes millions of nodes (gigabytes
 * at 64 KB). Before parsing, an upper bound of the cells tables can create
 * is computed from the lines alone: for every line that could be a
 * delimiter row (only '|', '-', ':' and blanks after any '>' quote markers,
 * with a '-' and a '|'), its '|' count plus one times the lines up to the
 * next blank one. Over DY_MD_MAX_TABLE_CELLS the text is refused
 * (DAYONE_ELIMIT at that line) before cmark sees it. The bound only
 * over-estimates, so a refused text could have parsed within the limit, but
 * never the other way round. */
#ifndef DY_POSTMORTEM_MARKDOWN_H
#define DY_POSTMORTEM_MARKDOWN_H

#include <stddef.h>
#include "dayone/common.h"

/* The most table cells a report may create (see the guard above). */
#define DY_MD_MAX_TABLE_CELLS 100000u

typedef enum dy_md_kind {
    DY_MD_HEADING = 0,
    DY_MD_ITEM,
    DY_MD_ROW,
    DY_MD_HEADER_ROW,
    DY_MD_PROSE
} dy_md_kind;

typedef struct dy_md_span {
    size_t offset;          /* where in the block's text this piece starts */
    unsigned line, column;  /* where the piece starts in the report */
    int exact;              /* columns within the piece follow its bytes */
} dy_md_span;

typedef struct dy_md_block {
    dy_md_kind kind;
    int level;              /* HEADING: 1 to 6; otherwise 0 */
    unsigned line, column;  /* the block's start */
    unsigned table;         /* ROW, HEADER_ROW: which table (1, 2, ...) */
    char *text; size_t len; /* NUL-terminated, never NULL */
    size_t *cell_end;       /* ROW, HEADER_ROW: end offset of each cell */
    size_t ncells;
    dy_md_span *spans; size_t nspans;
} dy_md_block;

typedef struct dy_md_doc {
    dy_md_block *blocks; size_t n, cap;
} dy_md_doc;

/* Parse `len` bytes (invalid UTF-8 is replaced, as cmark does). DAYONE_OK;
 * DAYONE_ELIMIT at path:line when tables could create too many cells;
 * DAYONE_ENOMEM (doc then holds what was built; release it anyway). */
int dy_md_parse(dy_md_doc *doc, const char *text, size_t len, const char *path,
                dayone_error *err);
void dy_md_doc_free(dy_md_doc *doc);

/* The place of offset `off` in block b's text. */
void dy_md_locate(const dy_md_block *b, size_t off, unsigned *line, unsigned *column);

/* Cell i of a row: start offset and length. */
void dy_md_cell(const dy_md_block *b, size_t i, size_t *start, size_t *len);

#endif
