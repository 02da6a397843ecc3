/*
 * dayone/env.h - environment snapshots: the values a check judges.
 *
 * A dayone_env is built by layering sources, in call order; a later source
 * overrides an earlier one for the same name:
 *   - dayone_env_add_process(): the process environment (environ);
 *   - dayone_env_add_file():    a .env file (comments, blank lines, `export`,
 *                               single and double quotes, escapes in double
 *                               quotes; errors name file:line:column);
 *   - dayone_env_set():         one caller-supplied name/value pair (what the
 *                               language bindings use).
 * Each entry remembers where it came from (process, file:line, api), and the
 * report can cite it. `NAME_FILE=/path` entries are resolved by the check
 * (see dayone/check.h), not here.
 *
 * Memory hygiene: values are copied into the snapshot and wiped
 * (explicit_bzero) when the snapshot is freed. Values never appear in any
 * message the library writes.
 *
 * Ownership: dayone_env_new() hands the caller a snapshot, released with
 * dayone_env_free(). Every add/set copies what it is given (text, path, name,
 * value): the caller keeps ownership of its buffers and may wipe them right
 * after the call.
 *
 * Thread safety: building (add/set) must happen on one thread, and a
 * snapshot must not be freed while a check still reads it. Once built, a
 * snapshot is only read by checks and may be shared across threads as long as
 * nobody adds to it. dayone_env_add_process() reads `environ`: as with
 * getenv(), no other thread may setenv/putenv/unsetenv meanwhile.
 */
#ifndef DAYONE_ENV_H
#define DAYONE_ENV_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dayone_env dayone_env;

/** Where an entry came from. */
typedef enum dayone_env_source_kind {
    DAYONE_SOURCE_PROCESS = 0, /**< the process environment */
    DAYONE_SOURCE_FILE    = 1, /**< a .env file (path and line known) */
    DAYONE_SOURCE_API     = 2, /**< dayone_env_set() */
    DAYONE_SOURCE_SECRET_FILE = 3 /**< read from the file named by NAME_FILE */
} dayone_env_source_kind;

/** Largest value accepted, in bytes (values, NAME_FILE secrets); a larger
 *  one fails with DAYONE_ELIMIT. */
#define DAYONE_ENV_VALUE_MAX (1024u * 1024u)
/** Largest .env file or string accepted, in bytes (DAYONE_ELIMIT beyond). */
#define DAYONE_ENV_FILE_MAX (16u * 1024u * 1024u)

/** Create an empty snapshot. Free with dayone_env_free(). */
DAYONE_EXTERN int dayone_env_new(dayone_env **out);

/** Release a snapshot, wiping its values. NULL is a no-op. */
DAYONE_EXTERN void dayone_env_free(dayone_env *env);

/**
 * Layer the current process environment over the snapshot. Variables whose
 * names are not [A-Za-z_][A-Za-z0-9_]* (e.g. BASH_FUNC_x%%) are skipped. A
 * value over DAYONE_ENV_VALUE_MAX is DAYONE_ELIMIT, and allocation failure
 * DAYONE_ENOMEM; either way the snapshot is left unchanged (no dayone_error:
 * the only detail would be a variable's name).
 */
DAYONE_EXTERN int dayone_env_add_process(dayone_env *env);

/**
 * Layer a .env file. On a syntax error returns DAYONE_EENVFILE with
 * err->path/line/column set; on an unreadable file DAYONE_EIO naming the path.
 * On error the snapshot is left unchanged.
 */
DAYONE_EXTERN int dayone_env_add_file(dayone_env *env, const char *path, dayone_error *err);

/**
 * Layer .env content from memory; `name` is used as the path in errors and
 * in source citations (NULL: "<string>").
 */
DAYONE_EXTERN int dayone_env_add_string(dayone_env *env, const char *text, size_t len,
                                        const char *name, dayone_error *err);

/**
 * Set one variable (copied). `value` is `value_len` bytes and may contain any
 * byte except NUL (DAYONE_EINVAL). Names must match [A-Za-z_][A-Za-z0-9_]*.
 */
DAYONE_EXTERN int dayone_env_set(dayone_env *env, const char *name, const char *value,
                                 size_t value_len, dayone_error *err);

/** Number of distinct names in the snapshot (0 for NULL). */
DAYONE_EXTERN size_t dayone_env_count(const dayone_env *env);

/** 1 if `name` is set (even to ""), 0 otherwise. Never reveals the value. */
DAYONE_EXTERN int dayone_env_has(const dayone_env *env, const char *name);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_ENV_H */
