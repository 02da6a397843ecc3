/* dotenv.h - the .env parser and the staging list env.c commits from.
 *
 * Parsing never touches a snapshot: it fills a dy_env_items list that
 * env.c commits in one step, so a bad file leaves the snapshot unchanged. */
#ifndef DY_DOTENV_H
#define DY_DOTENV_H

#include <stddef.h>
#include "dayone/common.h"

/* One staged assignment. name and value are owned (NUL-terminated) until
 * the commit takes them; value is wiped when the list is released. */
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

/* 1 if s[0..len) matches [A-Za-z_][A-Za-z0-9_]*. */
int dy_env_name_valid(const char *s, size_t len);

/* Append copies of name/value to the list. */
int dy_env_items_push(dy_env_items *items, const char *name, size_t name_len,
                      const char *value, size_t value_len, unsigned line);

/* Append an item whose (dy_malloc'd) name and value the list takes over.
 * On DAYONE_ENOMEM the caller still owns them. */
int dy_env_items_push_owned(dy_env_items *items, char *name, size_t name_len, char *value,
                            size_t value_len, unsigned line);

/* Free every item still owned by the list, wiping values. */
void dy_env_items_release(dy_env_items *items);

/* Parse .env text into items. `name` is the path used in errors. Errors:
 * DAYONE_EENVFILE (syntax, NUL, invalid UTF-8; path/line/column set),
 * DAYONE_ELIMIT (text or a value over the documented limits), DAYONE_ENOMEM.
 * Messages name the place and what was expected, never the content. */
int dy_dotenv_parse(const char *text, size_t len, const char *name,
                    dy_env_items *out, dayone_error *err);

/* Read a whole file (at most `max` bytes, else DAYONE_ELIMIT) into a new
 * NUL-terminated buffer of *cap bytes; the caller wipes and frees it
 * (dy_wipe(buf, cap); dy_free(buf)). Errors name the path only. */
int dy_read_file_limited(const char *path, size_t max, char **out, size_t *len,
                         size_t *cap, dayone_error *err);

#endif
