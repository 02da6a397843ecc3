/* secret_file.h - reading files that hold secrets: .env files and
 * NAME_FILE values. Reads are bounded in size and time (a FIFO or a slow
 * mount cannot hang a check), every buffer that held content is wiped, and
 * errors name the path only, never content. Thread-safe. */
#ifndef DY_SECRET_FILE_H
#define DY_SECRET_FILE_H

#include <stddef.h>
#include "dayone/common.h"

/* Read a whole file (at most `max` bytes, else DAYONE_ELIMIT) into a new
 * NUL-terminated buffer of *cap bytes; the caller wipes and frees it
 * (dy_wipe(buf, cap); dy_free(buf)). Errors name the path only. */
int dy_read_file_limited(const char *path, size_t max, char **out, size_t *len,
                         size_t *cap, dayone_error *err);

/* Read a NAME_FILE secret: the file's content with one trailing newline
 * (\n or \r\n) stripped, in a new buffer the caller frees with
 * dy_free_secret(). Errors (unreadable, too large, contains NUL) name the path
 * only. */
int dy_read_secret_file(const char *path, char **out, size_t *len, dayone_error *err);

#endif
