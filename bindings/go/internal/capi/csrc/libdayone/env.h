/* env.h - the environment snapshot as the library reads it: entries by
 * name or index, where they came from, and committing a staging list.
 * A snapshot is not thread-safe while it changes; readers may share one
 * that no longer changes. What dy_env_get/dy_env_at lend is valid until
 * the next add or set. */
#ifndef DY_ENV_H
#define DY_ENV_H

#include <stddef.h>
#include "dayone/env.h"
#include "env_items.h"

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

/* 1 if some name ends in _FILE. Entries are never removed, so 0 means no
 * NAME_FILE lookup can succeed: a check then skips one lookup per key. */
int dy_env_has_file_refs(const dayone_env *env);

/* Iterate over entries (order unspecified): i in [0, dayone_env_count). */
const dy_env_entry *dy_env_at(const dayone_env *env, size_t i);

/* The path of the last .env file (or named .env text) layered into the
 * snapshot, or NULL if none: where a missing variable would be added. */
const char *dy_env_last_file(const dayone_env *env);

/* "process", "file", "api", "secret-file". */
const char *dy_env_source_name(dayone_env_source_kind kind);

/* Take every item of the list into the snapshot (later items win), citing
 * `path` (copied; may be NULL) as their file. None items and names that are
 * not identifiers are skipped. All or nothing: DAYONE_ELIMIT or
 * DAYONE_ENOMEM leave the snapshot as it was. The items keep their buffers
 * (the caller releases the list). */
int dy_env_commit(dayone_env *env, dy_env_items *items, dayone_env_source_kind kind,
                  const char *path, dayone_error *err);

/* Set n pairs in one go (dayone_env_set_many; the bindings' one
 * crossing): every pair is judged first, as dayone_env_set judges it, the
 * first bad one failing the call with nothing changed; then one reservation
 * and one copy each. A restricted snapshot keeps only the names its
 * `only` set holds (the others are still judged). */
int dy_env_add_vars(dayone_env *env, const dayone_var *vars, size_t n, dayone_error *err);

/* Judge n pairs as dy_env_add_vars does (the first bad one is the error)
 * and hand `use` a snapshot of those whose names `only` holds, restricted
 * to `only` (dy_env_restrict): the snapshot a check of a caller's
 * variables reads, made for one call. A name `only` cannot hold costs a
 * filter test, no hash and no copy; the kept pairs are copied into one
 * block (on the stack when small, else allocated), wiped when `use`
 * returns. The snapshot has no table of its own: lookups go through
 * `only`'s. Returns use's status, or
 * the judging's error (then `use` is not called); *strayed as
 * dy_env_strayed of the snapshot afterwards. */
int dy_env_with_vars(const dayone_env *only, const dayone_var *vars, size_t n,
                     int (*use)(const dayone_env *env, void *arg), void *arg, int *strayed,
                     dayone_error *err);

/* Note that the string at `name` (set in `set`, a snapshot used as a set
 * of names) is that name for as long as `set` lives: a snapshot restricted
 * to `set` by dy_env_with_vars then finds a lookup of that very address
 * without reading it. For strings that never change while `set` lives
 * (the policy's own, whose check_names set this is). DAYONE_EINVAL when
 * `set` does not hold the name, DAYONE_ENOMEM (nothing noted) when memory
 * ran out. Not thread-safe: note before the set is shared. */
int dy_env_note_name_at(dayone_env *set, const char *name);

/* Index `set` (a snapshot used as a set of names) by the filter bit of
 * each name, so that a snapshot restricted to it (dy_env_with_vars) finds
 * a name that passes the filter among the few of the same bit instead of
 * hashing it. The index covers the names set so far: a name set later
 * only turns it off (lookups hash again). DAYONE_ENOMEM (no index) when
 * memory ran out. Not thread-safe: index before the set is shared. */
int dy_env_index_filter(dayone_env *set);

/* Does `set` (a snapshot used as a set of names, as dy_check_vars_names'
 * is) hold the name s[0..len)? s need not be NUL-terminated. Most names it
 * does not hold cost a filter test, no hash. */
int dy_env_set_holds(const dayone_env *set, const char *s, size_t len);

/* Make a new, empty snapshot keep only names set in `only` (borrowed; it
 * must outlive env). A lookup of a name `only` lacks then marks the
 * snapshot as strayed: its answer may be wrong, and the caller must
 * rebuild it unrestricted. For one check's private snapshot only. */
void dy_env_restrict(dayone_env *env, const dayone_env *only);

/* 1 once a restricted snapshot was asked for a name it may have left out. */
int dy_env_strayed(const dayone_env *env);

#endif
