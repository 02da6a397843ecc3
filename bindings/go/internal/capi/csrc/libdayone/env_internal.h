/* env_internal.h - what the check reads from an environment snapshot. */
#ifndef DY_ENV_INTERNAL_H
#define DY_ENV_INTERNAL_H

#include "dayone/env.h"

typedef struct dy_env_entry {
    const char *name;
    const char *value;         /* may contain any byte but NUL */
    size_t value_len;
    dayone_env_source_kind source;
    const char *path;          /* FILE / SECRET_FILE: the file; else NULL */
    unsigned line;             /* FILE: line of the assignment; else 0 */
} dy_env_entry;

/* The entry for name, or NULL if unset. Borrowed from the snapshot. */
const dy_env_entry *dy_env_get(const dayone_env *env, const char *name);

/* Iterate over entries (order unspecified): i in [0, dayone_env_count). */
const dy_env_entry *dy_env_at(const dayone_env *env, size_t i);

/* The path of the last .env file (or named .env text) layered into the
 * snapshot, or NULL if none: where a missing variable would be added. */
const char *dy_env_last_file(const dayone_env *env);

/* "process", "file", "api", "secret-file". */
const char *dy_env_source_name(dayone_env_source_kind kind);

/* Read a NAME_FILE secret: the file's content with one trailing newline
 * (\n or \r\n) stripped, in a new buffer the caller frees with
 * dy_free_secret(). Errors (unreadable, too large, contains NUL) name the path
 * only. */
int dy_read_secret_file(const char *path, char **out, size_t *len, dayone_error *err);

#endif
