/*
 * dayone/common.h - status codes, the caller-owned error object, version.
 *
 * Every fallible public function returns an int: 0 (DAYONE_OK) on success or
 * one of the negative DAYONE_E* codes below. When the caller passes a
 * non-NULL dayone_error*, the function also fills it with a message and, for
 * errors in files, the path, line and column. The error object belongs to the
 * caller (usually on the stack); the library never keeps a pointer to it and
 * never uses thread-local storage for messages, so it is safe to use from Go
 * goroutines that migrate between OS threads.
 *
 * No message written by the library ever contains the value of an
 * environment variable: at most its name and its length.
 *
 * Argument order, one rule in two cases, the dayone_error always last:
 *  - a function that hands back something new - an owned object, an owned
 *    string, a parsed value - takes it first, as `out` (a string's length
 *    right after it, as `len`), then what it reads, then options:
 *    dayone_policy_load_file(&policy, path, &err),
 *    dayone_report_render(&text, &len, report, format, flags, &err),
 *    dayone_format_parse(&format, "json");
 *  - a call on a handle or a value takes that subject first, then its
 *    inputs, then the caller-owned storage it fills (a struct on the
 *    caller's stack, a buffer and its size):
 *    dayone_limiter_decide(limiter, &request, &decision, &err),
 *    dayone_decision_retry_after(&decision, buf, sizeof buf).
 *
 * Thread safety: the functions in this header are thread-safe. A single
 * dayone_error must not be written by two threads at once.
 */
#ifndef DAYONE_COMMON_H
#define DAYONE_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "dayone/version.h"

#if defined(_WIN32) && defined(DAYONE_SHARED_BUILD)
#  define DAYONE_EXTERN __declspec(dllexport)
#elif defined(_WIN32) && defined(DAYONE_SHARED)
#  define DAYONE_EXTERN __declspec(dllimport)
#elif defined(__GNUC__) || defined(__clang__)
#  define DAYONE_EXTERN __attribute__((visibility("default")))
#else
#  define DAYONE_EXTERN
#endif

#ifdef __cplusplus
extern "C" {
#endif


/** Status codes. Stable: values never change once released. */
typedef enum dayone_status {
    DAYONE_OK        =  0,  /**< success */
    DAYONE_ERROR     = -1,  /**< internal error not covered below */
    DAYONE_EINVAL    = -2,  /**< bad argument (NULL, negative, out of range) */
    DAYONE_ENOMEM    = -3,  /**< allocation failed */
    DAYONE_ENOTFOUND = -4,  /**< unknown plan, limit, feature or key */
    DAYONE_EPOLICY   = -5,  /**< policy file is malformed; see path/line/column */
    DAYONE_EENVFILE  = -6,  /**< .env file is malformed or unreadable */
    DAYONE_EIO       = -7,  /**< a file could not be read */
    DAYONE_ELIMIT    = -8,  /**< input exceeds a documented limit (size, depth) */
    DAYONE_EBACKEND  = -9,  /**< shared-state backend (Redis) failed */
    /* -10 is retired (an iteration status no function returned); never reused. */
    DAYONE_EVIOLATION = -11 /**< the environment violates the policy (fail-fast) */
} dayone_status;

#define DAYONE_ERROR_MESSAGE_MAX 512
#define DAYONE_ERROR_PATH_MAX 512

/**
 * Error details, owned by the caller. Zero-initialise it (or call
 * dayone_error_clear) before use. line and column are 1-based; 0 means
 * "not applicable".
 */
typedef struct dayone_error {
    int code;                                  /**< a dayone_status */
    unsigned int line;                         /**< 1-based, 0 if none */
    unsigned int column;                       /**< 1-based, 0 if none */
    char path[DAYONE_ERROR_PATH_MAX];          /**< file name, "" if none */
    char message[DAYONE_ERROR_MESSAGE_MAX];    /**< human-readable, never a secret */
} dayone_error;

/** Reset an error object to "no error". NULL is a no-op. */
DAYONE_EXTERN void dayone_error_clear(dayone_error *err);

/** Static, English name of a status code, e.g. "DAYONE_EPOLICY". Never NULL. */
DAYONE_EXTERN const char *dayone_status_name(int status);

/** Library version string at run time (may differ from the header's). */
DAYONE_EXTERN const char *dayone_version(void);

/** Free a string or buffer that the library returned as owned (char **out). */
DAYONE_EXTERN void dayone_free(void *ptr);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_COMMON_H */
