/* check_emit.h - turning a check's failures into findings: the waiver for
 * (rule, key) applied (WAIVED while unexpired; an expired one keeps the
 * severity and says so), the value's place cited, the .env line that set
 * NAME_FILE cited for a value read through it, and ctx->decl as the
 * policy declaration. Messages and hints are built by the caller from key
 * names and policy text only; they are passed through as %s arguments. */
#ifndef DY_CHECK_EMIT_H
#define DY_CHECK_EMIT_H

#include "check_ctx.h"
#include "check_file.h"
#include "check_value.h"
#include "dayone/report.h"

/* Add one finding. DAYONE_OK or DAYONE_ENOMEM. v may be NULL (no place). */
int dy_check_emit(dy_check_ctx *ctx, dayone_report *r, const char *rule, const char *key,
                  dayone_severity sev, const char *message, const char *hint,
                  const char *because, const dy_value *v);

/* Report issue (a NAME_FILE problem) as a `secret-file` error, once: a
 * NULL or already reported issue adds nothing. */
int dy_check_emit_issue(dy_check_ctx *ctx, dayone_report *r, const char *key,
                        dy_file_issue *issue, const char *because);

#endif
