/* access_reason.h - judging the free text of a staff action: whether a
 * field looks like a credential (so the audit event withholds it), and
 * whether a reason is only a stand-in for one. Never copies or prints the
 * text. */
#ifndef DY_ACCESS_REASON_H
#define DY_ACCESS_REASON_H

#include <stddef.h>

/* 1 when some token of s looks like a credential: a known key prefix
 * (sk_live_, whsec_, ghp_, AKIA, -----BEGIN, ...) or a run of at least 20
 * letters, digits and + / = _ - . ~ that changes between lower case, upper
 * case and digits at least once every 4 characters (hex, base64, random
 * ids), a UUID excepted. Errs towards withholding. */
int dy_access_looks_secret(const char *s, size_t len);

/* 1 when the reason is a placeholder rather than a reason: anything
 * dy_is_placeholder() calls one, or a stand-in reason ("n/a", "na", "-",
 * "...", "no reason", "reason", "support", "debug", "check", "asdf",
 * "misc", "other"), any case, blanks and trailing dots trimmed. */
int dy_access_reason_placeholder(const char *s, size_t len);

#endif
