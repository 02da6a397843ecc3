/* check_file.h - resolving a key's value for a check: its snapshot entry,
 * or, when NAME_FILE is set, the content of that file (read once per key
 * per check, kept in the context and wiped when the check ends). Problems
 * (NAME and NAME_FILE both set, an unreadable file) are recorded once per
 * key for check_emit.c to report; they name the path, never content. */
#ifndef DY_CHECK_FILE_H
#define DY_CHECK_FILE_H

#include "check_ctx.h"
#include "check_value.h"

/* A NAME_FILE problem: NAME and NAME_FILE both set, or an unreadable file. */
typedef struct dy_file_issue {
    char message[512];                   /* names the path, never the content */
    char hint[DY_FAILURE_TEXT_MAX];      /* how to fix it */
    const char *source, *path;           /* where NAME_FILE was set */
    unsigned line;
    int reported;                        /* already turned into a finding */
} dy_file_issue;

/* Resolve key's value, reading NAME_FILE if needed (once per key per
 * context). *issue is set to the key's NAME_FILE problem or NULL. Also
 * points ctx->ve.example at the key's example value. Returns DAYONE_OK or
 * DAYONE_ENOMEM. */
int dy_check_resolve(dy_check_ctx *ctx, const char *key, dy_value *v, dy_file_issue **issue);

/* Wipe and free the NAME_FILE values ctx has read (the end of a check). */
void dy_check_files_release(dy_check_ctx *ctx);

#endif
