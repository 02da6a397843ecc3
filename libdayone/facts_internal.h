/* facts_internal.h - what the check reads from a facts snapshot, and the
 * tree the loader builds (facts.c, facts_document.c).
 *
 * A snapshot is a tree: the top level is a mapping; mappings hold members
 * (key -> fact) in document order plus an index sorted by key; sequences
 * hold elements. Readers get borrowed, const pointers valid until the
 * snapshot is changed or freed. */
#ifndef DY_FACTS_INTERNAL_H
#define DY_FACTS_INTERNAL_H

#include "dayone/facts.h"

typedef enum dy_fact_kind {
    DY_FACT_STRING,   /* anything quoted, and plain text that is nothing below
                         (timestamp-looking text is a string too) */
    DY_FACT_NUMBER,   /* plain text in decimal.h's number syntax */
    DY_FACT_BOOL,     /* plain true/false (True, TRUE, False, FALSE) */
    DY_FACT_NULL,     /* plain null, Null, NULL, ~ or nothing */
    DY_FACT_MAP,
    DY_FACT_SEQ
} dy_fact_kind;

typedef struct dy_fact dy_fact;
struct dy_fact {
    dy_fact_kind kind;
    char *key;                /* member name in the parent mapping; NULL otherwise */
    size_t key_len;
    char *text;               /* scalars: the text as written (NUL-terminated); wiped */
    size_t text_len;
    dy_fact **items;          /* MAP: members in document order; SEQ: elements */
    dy_fact **sorted;         /* MAP: the same members sorted by key */
    size_t n, cap;
    const char *path;         /* borrowed from the snapshot; NULL: dayone_facts_set */
    unsigned line, column;    /* 1-based; 0 for dayone_facts_set */
};

/* The top-level mapping. */
const dy_fact *dy_facts_root(const dayone_facts *facts);

/* The fact at `address` (a.b[2].c, DAYONE_FACTS_ADDRESS_MAX bytes at most)
 * or NULL when absent or the address is malformed. */
const dy_fact *dy_facts_find(const dayone_facts *facts, const char *address, size_t len);

/* The same, relative to `base` (an element for `each:`): "status",
 * "links[0].url". An empty address is base itself. */
const dy_fact *dy_fact_find(const dy_fact *base, const char *address, size_t len);

/* A sequence's length (*len) -> 1; 0 when f is not a sequence. */
int dy_fact_seq_length(const dy_fact *f, size_t *len);

/* Element i of a sequence, or NULL. */
const dy_fact *dy_fact_element(const dy_fact *seq, size_t i);

/* A scalar's text and kind -> 1; 0 for mappings and sequences. */
int dy_fact_scalar(const dy_fact *f, const char **text, size_t *len, dy_fact_kind *kind);

/* "a string", "a number", "a boolean", "null", "a mapping", "a sequence". */
const char *dy_fact_kind_name(dy_fact_kind kind);

/* ---- between facts.c and facts_document.c ---- */

dy_fact *dy_fact_new(dy_fact_kind kind);
/* Free a fact and everything under it, wiping texts. NULL is a no-op. */
void dy_fact_free(dy_fact *f);
/* Append to a MAP or SEQ (MAP: also the sorted index, re-sorted by the caller
 * with dy_fact_sort_members). */
int dy_fact_append(dy_fact *parent, dy_fact *child);
void dy_fact_sort_members(dy_fact *map);
/* A member by key, or NULL (a MAP's index must be sorted). */
dy_fact *dy_fact_member(const dy_fact *map, const char *key, size_t len);

/* Key rule (facts.h): 1 if the key may be used. */
int dy_fact_key_valid(const char *key, size_t len);

/* Build the tree of one document (facts_document.c). *root is a MAP (empty
 * for an empty document); *count its facts. `path` is borrowed into the
 * tree's sources and must outlive it. */
int dy_facts_document(const char *text, size_t len, const char *path, dy_fact **root,
                      size_t *count, dayone_error *err);

#endif
