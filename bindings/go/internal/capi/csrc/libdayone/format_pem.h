/* format_pem.h - PEM text (RFC 7468) as a value format: `pem_private_key`
 * and `pem_certificate` (see formats.c for the table of formats).
 *
 * Accepted text, checked in one linear pass without copying or allocating:
 *
 *   [blanks]
 *   -----BEGIN LABEL-----            line ends are \n or \r\n; spaces or
 *   base64 lines (A-Z a-z 0-9 + /)   tabs may trail any line
 *   ... last line may end in = or ==
 *   -----END LABEL-----              the same LABEL
 *   [blanks]
 *
 *   pem_private_key   exactly one block labelled PRIVATE KEY (PKCS #8),
 *                     RSA PRIVATE KEY (PKCS #1) or EC PRIVATE KEY (SEC 1).
 *   pem_certificate   one or more CERTIFICATE blocks (a chain), separated
 *                     by blank space only.
 *
 * The body must be padded base64 (length a multiple of 4) that decodes to
 * one DER SEQUENCE whose length is exactly the decoded size, so a block cut
 * short anywhere is refused. Inside it, a key starts with an INTEGER (the
 * version) and a certificate with a SEQUENCE (TBSCertificate). Nothing else
 * is interpreted: the key and the certificate are not checked against each
 * other, and a certificate's dates are not read.
 *
 * Refused with a reason of their own: an encrypted key (ENCRYPTED PRIVATE KEY,
 * or a legacy Proc-Type: 4,ENCRYPTED header) - the library has no passphrase
 * to give it; a certificate where a key is expected and the reverse; and text
 * whose line breaks are literal "\n" escapes, since the service receives the
 * value as written (Docker and Compose pass it unchanged) and a PEM reader
 * does not unescape it. Text before BEGIN or after END is refused too.
 *
 * The decoded bytes looked at (the first 8) are wiped before returning. */
#ifndef DY_FORMAT_PEM_H
#define DY_FORMAT_PEM_H

#include <stddef.h>

typedef enum dy_pem_kind {
    DY_PEM_PRIVATE_KEY,
    DY_PEM_CERTIFICATE
} dy_pem_kind;

/* 1 if value[0..len) is PEM text of that kind, 0 if not; then *why (if
 * non-NULL) is a static description of what was expected, never the value. */
int dy_pem_matches(dy_pem_kind kind, const char *value, size_t len, const char **why);

#endif
