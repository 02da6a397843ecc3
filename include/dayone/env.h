/*
 * dayone/env.h - environment snapshots: the values a check judges.
 *
 * A dayone_env is built by layering sources, in call order; a later source
 * overrides an earlier one for the same name:
 *   - dayone_env_add_process(): the process environment (environ);
 *   - dayone_env_add_file():    a .env file, read the way the tool that hands
 *                               it to the service reads it (a dialect:
 *                               docker compose, `docker run --env-file` or
 *                               python-dotenv, with their quoting, escapes
 *                               and ${VAR} interpolation; docs/env-files.md);
 *                               errors name file:line:column;
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

/** How a .env file is read: each dialect is the exact grammar of one tool
 *  (docs/env-files.md has the table and every known difference). */
typedef enum dayone_env_dialect {
    /** docker compose (`env_file:` and the project `.env`; compose-go's
     *  dotenv): quotes, escapes in double quotes, multi-line quoted values,
     *  `export`, bare NAME from the lookup, ${VAR} interpolation with the
     *  :- - :? ? :+ + operators, $VAR and $$. The default. */
    DAYONE_ENV_DIALECT_COMPOSE = 0,
    /** `docker run --env-file`: NAME=value taken literally (quotes kept,
     *  no interpolation, trailing spaces kept); bare NAME from the lookup. */
    DAYONE_ENV_DIALECT_DOCKER = 1,
    /** python-dotenv (dotenv_values()/load_dotenv()): its quoting and
     *  escapes, ${VAR} and ${VAR:-default} interpolation only. */
    DAYONE_ENV_DIALECT_DOTENV = 2
} dayone_env_dialect;

#define DAYONE_ENV_FILE_OPTIONS_VERSION 1

/**
 * Options for dayone_env_add_file_ext() and dayone_env_add_string_ext().
 * Initialise with DAYONE_ENV_FILE_OPTIONS_INIT; fields are only ever added
 * at the end.
 *
 * `lookup` is what a ${VAR} reference (or a bare `NAME` line) may name
 * besides the file's own earlier lines: what the tool would find in the
 * environment of the shell that runs it. NULL means the process
 * environment, read during the call (as getenv: no other thread may change
 * it meanwhile). Pass an empty snapshot to allow no outside names. It is
 * borrowed for the call only and must not be `env` itself.
 *
 * A reference that stays unresolved -- a name set nowhere and without a
 * default, or a failing ${VAR:?message} -- is a DAYONE_EENVFILE error
 * naming file:line:column of the `$` and the variable (and the message of
 * :? as written), never a value: the tools would hand the service an empty
 * string, which the check could not see.
 */
typedef struct dayone_env_file_options {
    unsigned int version;        /**< DAYONE_ENV_FILE_OPTIONS_VERSION */
    dayone_env_dialect dialect;  /**< default DAYONE_ENV_DIALECT_COMPOSE */
    const dayone_env *lookup;    /**< NULL: the process environment */
} dayone_env_file_options;

#define DAYONE_ENV_FILE_OPTIONS_INIT \
    { DAYONE_ENV_FILE_OPTIONS_VERSION, DAYONE_ENV_DIALECT_COMPOSE, NULL }

/** "compose", "docker" or "dotenv" -> *out; DAYONE_EINVAL otherwise. */
DAYONE_EXTERN int dayone_env_dialect_parse(dayone_env_dialect *out, const char *name);

/** The dialect's name ("compose", "docker", "dotenv"); "unknown" otherwise. */
DAYONE_EXTERN const char *dayone_env_dialect_name(dayone_env_dialect dialect);

/**
 * Layer a .env file in the compose dialect, references resolved against the
 * process environment (dayone_env_add_file_ext() for the others). On a
 * syntax error or unresolved reference returns DAYONE_EENVFILE with
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
 * dayone_env_add_file() and dayone_env_add_string() with options (NULL:
 * DAYONE_ENV_FILE_OPTIONS_INIT, which is what those two use). An unknown
 * dialect or version is DAYONE_EINVAL. Names a dialect accepts that are not
 * [A-Za-z_][A-Za-z0-9_]* (`a.b`, `x-y`) are parsed but not added: no policy
 * can name them.
 */
DAYONE_EXTERN int dayone_env_add_file_ext(dayone_env *env, const char *path,
                                          const dayone_env_file_options *opts,
                                          dayone_error *err);
DAYONE_EXTERN int dayone_env_add_string_ext(dayone_env *env, const char *text, size_t len,
                                            const char *name,
                                            const dayone_env_file_options *opts,
                                            dayone_error *err);

/**
 * Set one variable (copied). `value` is `value_len` bytes and may contain any
 * byte except NUL (DAYONE_EINVAL). Names must match [A-Za-z_][A-Za-z0-9_]*.
 */
DAYONE_EXTERN int dayone_env_set(dayone_env *env, const char *name, const char *value,
                                 size_t value_len, dayone_error *err);

/** One variable as a caller holds it: name and value by pointer and
 *  length, neither needing a terminating NUL. Borrowed for one call. */
typedef struct dayone_var {
    const char *name;
    size_t name_len;
    const char *value;
    size_t value_len;
} dayone_var;

/**
 * Set `nvars` variables in one call, as many dayone_env_set() calls in
 * order would (later ones win, each copied), but all or nothing: every
 * pair is judged first and the first bad one (a name that is not
 * [A-Za-z_][A-Za-z0-9_]*, a value holding a NUL or over
 * DAYONE_ENV_VALUE_MAX) fails the call with dayone_env_set()'s error,
 * leaving the snapshot unchanged. The room for all of them is reserved at
 * once, so a large environment costs a few allocations, not one per
 * variable.
 */
DAYONE_EXTERN int dayone_env_set_many(dayone_env *env, const dayone_var *vars, size_t nvars,
                                      dayone_error *err);

/** Number of distinct names in the snapshot (0 for NULL). */
DAYONE_EXTERN size_t dayone_env_count(const dayone_env *env);

/** 1 if `name` is set (even to ""), 0 otherwise. Never reveals the value. */
DAYONE_EXTERN int dayone_env_has(const dayone_env *env, const char *name);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_ENV_H */
