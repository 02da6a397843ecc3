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
 * later ${NAME} references but is never committed. */
typedef struct dy_env_item {
    char *name;
    size_t name_len;
    char *value;
    size_t value_len;
    unsigned line;      /* line of `NAME=` in a file; 0 otherwise */
} dy_env_item;

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

/* Free every item still owned by the list, wiping values. */
void dy_env_items_release(dy_env_items *items);

#endif
