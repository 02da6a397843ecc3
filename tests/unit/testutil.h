/* testutil.h - helpers shared by the cmocka suites. */
#ifndef DY_TESTUTIL_H
#define DY_TESTUTIL_H
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include "dayone.h"

/* Path of a file under the source tree (static buffer). */
const char *tu_src(const char *rel);
/* Read a whole file into a new NUL-terminated buffer (free with free()). */
char *tu_read_file(const char *path, size_t *len);
/* Fail unless no 8-byte piece of `secret` occurs in `s` (`what` names s in
 * the failure): the no-leak check of error messages and paths. */
void tu_assert_no_piece_of(const char *s, const char *secret, const char *what);
#endif
