/* env_items.h - the staging list a snapshot commits from: every source
 * (the process, a .env text, a file) is first read into a dy_env_items, and
 * env.c takes it into the snapshot in one step, so a bad source leaves the
 * snapshot unchanged. Not thread-safe: one list belongs to one parse. */
#ifndef DY_ENV_ITEMS_H
#define DY_ENV_ITEMS_H

#include <stddef.h>

/* One staged assignment. name and value are owned (NUL-terminated) until
 * the commit takes them; value is wiped when the list is released. A NULL
 * value is python-dotenv's bare `NAME` (None): it shadows the name for
 * later ${NAME} references but is never committed.
 *
 * A .env parse stages most names and values without copying them: they
 * point into the text being parsed (`borrowed`), which outlives the list.
 * The list never frees or wipes a borrowed part (the text's owner wipes
 * it), and such a part is not NUL-terminated: read every name and value
 * by its length. */
typedef struct dy_env_item {
    char *name;
    size_t name_len;
    char *value;
    size_t value_len;
    unsigned line;      /* line of `NAME=` in a file; 0 otherwise */
    unsigned borrowed;  /* DY_ENV_ITEM_*_BORROWED bits; 0: both owned */
} dy_env_item;

#define DY_ENV_ITEM_NAME_BORROWED 1u
#define DY_ENV_ITEM_VALUE_BORROWED 2u

typedef struct dy_env_items {
    dy_env_item *v;
    size_t n;
    size_t cap;
} dy_env_items;

#define DY_ENV_ITEMS_INIT { NULL, 0, 0 }

/* Append copies of name/value to the list. */
int dy_env_items_push(dy_env_items *items, const char *name, size_t name_len,
                      const char *value, size_t value_len, unsigned line);

/* Append an item whose (dy_malloc'd) name and value the list takes over.
 * On DAYONE_ENOMEM the caller still owns them. */
int dy_env_items_push_owned(dy_env_items *items, char *name, size_t name_len, char *value,
                            size_t value_len, unsigned line);

/* Append an item whose parts the `borrowed` bits name are borrowed (see
 * dy_env_item) and whose other (dy_malloc'd) parts the list takes over.
 * On DAYONE_ENOMEM the caller still owns them. */
int dy_env_items_push_ref(dy_env_items *items, const char *name, size_t name_len,
                          const char *value, size_t value_len, unsigned line,
                          unsigned borrowed);

/* Move every item of src to the end of dst (src is left empty). On
 * DAYONE_ENOMEM nothing moved. */
int dy_env_items_take(dy_env_items *dst, dy_env_items *src);

/* Free every item's owned parts, wiping owned values. */
void dy_env_items_release(dy_env_items *items);

#endif
