/* fact_tree.h - the tree a facts snapshot holds: a mapping at the top;
 * mappings hold members (key -> fact) in document order plus an index
 * sorted by key; sequences hold elements. fact_tree.c builds and frees
 * nodes; facts_document.c fills a tree from a document; facts_address.c
 * reads one; facts.c layers them into a snapshot. */
#ifndef DY_FACT_TREE_H
#define DY_FACT_TREE_H

#include <stddef.h>
#include "dayone/facts.h"   /* the limits: DAYONE_FACTS_*_MAX */

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


dy_fact *dy_fact_new(dy_fact_kind kind);
/* Free a fact and everything under it, wiping texts. NULL is a no-op. */
void dy_fact_free(dy_fact *f);
/* Append to a MAP or SEQ (MAP: also the sorted index, re-sorted by the caller
 * with dy_fact_sort_members). */
int dy_fact_append(dy_fact *parent, dy_fact *child);
void dy_fact_sort_members(dy_fact *map);
/* Room for `need` items in a MAP or SEQ (MAP: its index too). */
int dy_fact_reserve(dy_fact *f, size_t need);
/* A member by key among the first n of the sorted index, or NULL (layering
 * looks only at the members a mapping had before the merge). */
dy_fact *dy_fact_member_in(const dy_fact *map, size_t n, const char *key, size_t len);
/* A member by key, or NULL (a MAP's index must be sorted). */
dy_fact *dy_fact_member(const dy_fact *map, const char *key, size_t len);

/* Key rule (facts.h): 1 if the key may be used. */
int dy_fact_key_valid(const char *key, size_t len);

#endif
