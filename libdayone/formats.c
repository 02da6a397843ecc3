/* formats.c - named value formats (see formats.h).
 *
 * Each format's shape is one regex (format_shapes.c states them), checked
 * by a linear scan that accepts exactly its language, in byte mode: the
 * formats are ASCII, so a non-ASCII byte is simply one no class accepts
 * (except \S in a URL's path/query), and no UTF-8 decoding is involved.
 * Nothing is compiled at run time and nothing mutable is shared between
 * threads. Parameters that a regex states badly (URL schemes, decoded byte
 * counts, integer ranges, enum values) are checked in plain C afterwards.
 * All regexes end in \z, never $, so a trailing newline is not silently
 * accepted. Every check is one linear pass, so a valid 1 MiB value matches
 * in about a millisecond. An empty value matches no
 * format (DY_FMT_NONE aside): "required" reports emptiness separately.
 *
 * Accepted shapes:
 *   url            scheme://[userinfo@]host[:port][/path][?query][#frag]; a host
 *                  is required (DNS-ish name with _ allowed, IPv4 or [IPv6]);
 *                  port 1..65535; no whitespace. checks.schemes (any case)
 *                  restricts the scheme; empty = any scheme.
 *   database_url   as url, the scheme one of postgres, postgresql, mysql,
 *                  mariadb, mssql, sqlserver, oracle, cockroachdb (each with an
 *                  optional +driver suffix, e.g. postgresql+psycopg), mongodb,
 *                  mongodb+srv, redis, rediss; a comma-separated host list is
 *                  allowed (MongoDB replica sets). File databases (sqlite) have
 *                  no host and are rejected. checks.schemes, if set, narrows it.
 *   base64         A-Z a-z 0-9 + /; padding optional, but if present the
 *                  length is a multiple of 4; unpadded length % 4 != 1.
 *   base64url      the same with - and _ instead of + and /.
 *   hex            an even number of hex digits, any case, no 0x prefix.
 *   key            any of the three above.
 *                  For these four, checks.decoded_bytes (if non-zero) is the
 *                  EXACT number of decoded bytes; for key it suffices that one
 *                  reading of the value gives that number.
 *   stripe_secret_key      (sk|rk)_(live|test)_ + 24..247 letters/digits.
 *   stripe_webhook_secret  whsec_ + 24..250 base64 characters (+ optional =).
 *   uuid           8-4-4-4-12 hex digits, any version, any case.
 *   integer        optional sign and decimal digits fitting int64;
 *                  checks.int_min / int_max (has_min / has_max) inclusive.
 *   port           1..65535, decimal, no leading zero.
 *   enum           exactly one of checks.values (byte-wise, case-sensitive).
 *   boolean        dy_parse_bool (true/false/1/0/yes/no/on/off, any case).
 *   pem_private_key  one unencrypted PEM private key block (PKCS #8, RSA, EC);
 *   pem_certificate  PEM CERTIFICATE blocks: not regexes, see format_pem.h. */
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "format_pem.h"
#include "format_shapes.h"
#include "formats.h"
#include "decimal.h"
#include "time_value.h"

/* Names as written in the policy, indexed by dy_format. */
static const char *const g_format_names[] = {
    [DY_FMT_NONE] = "none",
    [DY_FMT_URL] = "url",
    [DY_FMT_DATABASE_URL] = "database_url",
    [DY_FMT_BASE64] = "base64",
    [DY_FMT_BASE64URL] = "base64url",
    [DY_FMT_HEX] = "hex",
    [DY_FMT_KEY] = "key",
    [DY_FMT_STRIPE_SECRET_KEY] = "stripe_secret_key",
    [DY_FMT_STRIPE_WEBHOOK_SECRET] = "stripe_webhook_secret",
    [DY_FMT_UUID] = "uuid",
    [DY_FMT_INTEGER] = "integer",
    [DY_FMT_PORT] = "port",
    [DY_FMT_ENUM] = "enum",
    [DY_FMT_BOOLEAN] = "boolean",
    [DY_FMT_PEM_PRIVATE_KEY] = "pem_private_key",
    [DY_FMT_PEM_CERTIFICATE] = "pem_certificate",
    [DY_FMT_TIMESTAMP] = "timestamp",
    [DY_FMT_DURATION] = "duration",
    [DY_FMT_NUMBER] = "number",
    [DY_FMT_PERCENT] = "percent",
};
#define NFORMATS (sizeof g_format_names / sizeof g_format_names[0])

const char *dy_format_name(dy_format f)
{
    if ((unsigned)f >= NFORMATS || !g_format_names[f])
        return "none";
    return g_format_names[f];
}

dy_format dy_format_from_name(const char *name)
{
    if (!name)
        return DY_FMT_NONE;
    for (size_t i = 1; i < NFORMATS; i++)
        if (strcmp(name, g_format_names[i]) == 0)
            return (dy_format)i;
    return DY_FMT_NONE;
}

/* ---- parameters ---------------------------------------------------------- */

/* Number of bytes a syntactically valid base64/base64url value decodes to. */
static size_t b64_decoded_len(const char *v, size_t len)
{
    while (len && v[len - 1] == '=')
        len--;
    return (len / 4) * 3 + (len % 4 == 3 ? 2 : len % 4 == 2 ? 1 : 0);
}

/* Static "why" texts naming common byte counts; others say "the configured". */
#define BYTES_WHY(kind) { \
    kind, kind " decoding to 16 bytes", kind " decoding to 24 bytes", \
    kind " decoding to 32 bytes", kind " decoding to 48 bytes", \
    kind " decoding to 64 bytes", kind " decoding to the configured decoded_bytes" }

static const char *bytes_why(const char *const tbl[7], size_t n)
{
    switch (n) {
    case 0: return tbl[0];
    case 16: return tbl[1];
    case 24: return tbl[2];
    case 32: return tbl[3];
    case 48: return tbl[4];
    case 64: return tbl[5];
    default: return tbl[6];
    }
}

static const char *const g_why_b64[7] = BYTES_WHY("base64 (A-Z a-z 0-9 + /, optional = padding)");
static const char *const g_why_b64url[7] = BYTES_WHY("base64url (A-Z a-z 0-9 - _, optional = padding)");
static const char *const g_why_hex[7] = BYTES_WHY("hex (an even number of 0-9 a-f digits)");
static const char *const g_why_key[7] = BYTES_WHY("base64, base64url or hex");

/* Which encodings the value is valid in and decodes to `want` bytes (0 = any). */
static int b64_ok(dy_shape which, const char *v, size_t len, size_t want)
{
    return dy_shape_matches(which, v, len) && (!want || b64_decoded_len(v, len) == want);
}

static int hex_ok(const char *v, size_t len, size_t want)
{
    return dy_shape_matches(DY_SHAPE_HEX, v, len) && (!want || len / 2 == want);
}

/* The scheme of a URL that passed its regex: everything before the first ':'. */
static int scheme_allowed(const dy_checks *c, const char *v, size_t len)
{
    if (!c->nschemes)
        return 1;                   /* any scheme: nothing to find */
    const char *colon = memchr(v, ':', len);
    size_t slen = colon ? (size_t)(colon - v) : 0;
    const char *plus = memchr(v, '+', slen);
    size_t blen = plus ? (size_t)(plus - v) : slen;   /* postgresql+psycopg -> postgresql */

    for (size_t i = 0; i < c->nschemes; i++) {
        const char *s = c->schemes[i];
        size_t n = s ? strlen(s) : 0;
        if (n && ((n == slen && strncasecmp(s, v, n) == 0) ||
                  (n == blen && strncasecmp(s, v, n) == 0)))
            return 1;
    }
    return 0;
}

/* Parse a decimal that passed DY_SHAPE_INTEGER into *out; 0 if outside int64. */
static int parse_int64(const char *v, size_t len, int64_t *out)
{
    size_t i = 0;
    int neg = 0;
    uint64_t mag = 0;
    const uint64_t limit_pos = (uint64_t)INT64_MAX;
    const uint64_t limit_neg = (uint64_t)INT64_MAX + 1u;

    if (v[0] == '+' || v[0] == '-') {
        neg = v[0] == '-';
        i = 1;
    }
    for (; i < len; i++) {
        unsigned d = (unsigned)(v[i] - '0');
        if (mag > (limit_neg - d) / 10)   /* mag*10 + d > 2^63 */
            return 0;
        mag = mag * 10 + d;
    }
    if (neg) {
        *out = mag == limit_neg ? INT64_MIN : -(int64_t)mag;
    } else {
        if (mag > limit_pos)
            return 0;
        *out = (int64_t)mag;
    }
    return 1;
}

static int enum_ok(const dy_checks *c, const char *v, size_t len)
{
    for (size_t i = 0; i < c->nvalues; i++) {
        const char *s = c->values[i];
        if (s && strlen(s) == len && memcmp(s, v, len) == 0)
            return 1;
    }
    return 0;
}

static const char *integer_why(const dy_checks *c)
{
    if (c->has_min && c->has_max)
        return "an integer within the allowed min..max range";
    if (c->has_min)
        return "an integer at least the allowed minimum";
    if (c->has_max)
        return "an integer at most the allowed maximum";
    return "a decimal integer (64-bit)";
}

static int integer_ok(const dy_checks *c, const char *v, size_t len)
{
    int64_t n;

    if (!dy_shape_matches(DY_SHAPE_INTEGER, v, len) || !parse_int64(v, len, &n))
        return 0;
    if (c->has_min && n < c->int_min)
        return 0;
    if (c->has_max && n > c->int_max)
        return 0;
    return 1;
}

static int port_ok(const char *v, size_t len)
{
    int64_t n;
    return dy_shape_matches(DY_SHAPE_PORT, v, len) && parse_int64(v, len, &n) && n >= 1 && n <= 65535;
}

int dy_format_matches(const dy_checks *c, const char *value, size_t len, const char **why)
{
    const char *w = NULL;
    int ok = 0;
    size_t nb;

    if (!c || c->format == DY_FMT_NONE) {
        if (why)
            *why = NULL;
        return 1;
    }
    if (!value)
        len = 0;
    nb = c->decoded_bytes;

    switch (c->format) {
    case DY_FMT_URL:
        w = c->nschemes ? "a URL with an allowed scheme and a host (scheme://host...)"
                        : "a URL with a host (scheme://host...)";
        ok = len && dy_shape_matches(DY_SHAPE_URL, value, len) && scheme_allowed(c, value, len);
        break;
    case DY_FMT_DATABASE_URL:
        w = c->nschemes ? "a database URL with an allowed scheme and a host"
                        : "a database URL (postgres, postgresql, mysql, mariadb, mssql, "
                          "sqlserver, oracle, cockroachdb, mongodb, mongodb+srv, redis, "
                          "rediss) with a host";
        ok = len && dy_shape_matches(DY_SHAPE_DATABASE_URL, value, len) && scheme_allowed(c, value, len);
        break;
    case DY_FMT_BASE64:
        w = bytes_why(g_why_b64, nb);
        ok = len && b64_ok(DY_SHAPE_BASE64, value, len, nb);
        break;
    case DY_FMT_BASE64URL:
        w = bytes_why(g_why_b64url, nb);
        ok = len && b64_ok(DY_SHAPE_BASE64URL, value, len, nb);
        break;
    case DY_FMT_HEX:
        w = bytes_why(g_why_hex, nb);
        ok = len && hex_ok(value, len, nb);
        break;
    case DY_FMT_KEY:
        w = bytes_why(g_why_key, nb);
        ok = len && (hex_ok(value, len, nb) || b64_ok(DY_SHAPE_BASE64, value, len, nb) ||
                     b64_ok(DY_SHAPE_BASE64URL, value, len, nb));
        break;
    case DY_FMT_STRIPE_SECRET_KEY:
        w = "a Stripe secret key (sk_live_, sk_test_, rk_live_ or rk_test_ "
            "followed by at least 24 letters or digits)";
        ok = len && dy_shape_matches(DY_SHAPE_STRIPE_SECRET_KEY, value, len);
        break;
    case DY_FMT_STRIPE_WEBHOOK_SECRET:
        w = "a Stripe webhook signing secret (whsec_ followed by at least 24 "
            "base64 characters)";
        ok = len && dy_shape_matches(DY_SHAPE_STRIPE_WEBHOOK_SECRET, value, len);
        break;
    case DY_FMT_UUID:
        w = "a UUID (8-4-4-4-12 hex digits)";
        ok = len && dy_shape_matches(DY_SHAPE_UUID, value, len);
        break;
    case DY_FMT_INTEGER:
        w = integer_why(c);
        ok = len && integer_ok(c, value, len);
        break;
    case DY_FMT_PORT:
        w = "a TCP port number (1..65535)";
        ok = len && port_ok(value, len);
        break;
    case DY_FMT_ENUM:
        w = "one of the allowed values";
        ok = len && enum_ok(c, value, len);
        break;
    case DY_FMT_BOOLEAN:
        w = "a boolean (true/false, 1/0, yes/no, on/off)";
        ok = len && dy_parse_bool(value, len) >= 0;
        break;
    case DY_FMT_PEM_PRIVATE_KEY:
        ok = dy_pem_matches(DY_PEM_PRIVATE_KEY, value, len, &w);
        break;
    case DY_FMT_PEM_CERTIFICATE:
        ok = dy_pem_matches(DY_PEM_CERTIFICATE, value, len, &w);
        break;
    case DY_FMT_TIMESTAMP: {
        int64_t ns;
        const char *reason = NULL;
        w = "an RFC 3339 timestamp with an offset (YYYY-MM-DDTHH:MM:SSZ or +HH:MM)";
        ok = len && dy_timestamp_parse(value, len, &ns, &reason);
        break;
    }
    case DY_FMT_DURATION: {
        int64_t ns;
        const char *reason = NULL;
        w = "a duration (90s, 30m, 26h, 31d, 1h30m or ISO 8601 PT30M)";
        ok = len && dy_duration_parse(value, len, &ns, &reason);
        break;
    }
    case DY_FMT_NUMBER: {
        dy_decimal d;
        const char *reason = NULL;
        w = "a decimal number (42, -0.5, 1e3)";
        ok = len && dy_number_parse(value, len, &d, &reason);
        break;
    }
    case DY_FMT_PERCENT: {
        dy_decimal d;
        const char *reason = NULL;
        w = "a percentage (99.5%)";
        ok = len && dy_percent_parse(value, len, &d, &reason);
        break;
    }
    default:
        w = "a known format";
        ok = 0;
        break;
    }
    if (why)
        *why = ok ? NULL : w;
    return ok;
}
