/* sf_string.h - RFC 9651 (Structured Field Values) Strings: which text fits
 * in one, and writing it.
 *
 * An sf-string is DQUOTE *(unescaped / "\" ( DQUOTE / "\" )) DQUOTE where
 * unescaped is printable ASCII (%x20-21 / %x23-5B / %x5D-7E): any byte
 * outside %x20-7E cannot be carried at all. The RateLimit headers name a
 * limit with one (draft-ietf-httpapi-ratelimit-headers), so the policy
 * loader refuses limit names that do not fit and the header writers use
 * the same test. */
#ifndef DY_SF_STRING_H
#define DY_SF_STRING_H

#include <stddef.h>

/* 1 when every byte of the NUL-terminated s is printable ASCII; else 0,
 * with the offset of the first byte that is not in *bad_offset (may be NULL). */
int dy_sf_string_ok(const char *s, size_t *bad_offset);

/* Write s as an sf-string (quoted, '"' and '\' escaped) into buf[size],
 * NUL-terminated. Returns the length, or -1 when s does not fit an
 * sf-string or buf is too small (buf is then unspecified). */
int dy_sf_string_put(const char *s, char *buf, size_t size);

#endif
