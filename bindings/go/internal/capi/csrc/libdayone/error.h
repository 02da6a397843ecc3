/* error.h - filling the caller-owned dayone_error. */
#ifndef DY_ERROR_H
#define DY_ERROR_H

#include "dayone/common.h"

#if defined(__GNUC__)
#  define DY_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#  define DY_PRINTF(a, b)
#endif

/* Set err (if non-NULL) and return code. path may be NULL; line/column 0 = none.
 * Never pass an environment value in fmt's arguments. */
int dy_error_set(dayone_error *err, int code, const char *path, unsigned line,
                 unsigned column, const char *fmt, ...) DY_PRINTF(6, 7);

/* Shorthand for errors without a place. */
#define dy_fail(err, code, ...) dy_error_set((err), (code), NULL, 0, 0, __VA_ARGS__)

#endif
