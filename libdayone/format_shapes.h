/* format_shapes.h - the syntactic shapes of the named value formats (a URL,
 * base64, a Stripe key, ...), each a plain linear scan over the value's
 * bytes. formats.c adds what a shape leaves to parameters (schemes, decoded
 * byte counts, integer ranges).
 *
 * Each shape is exactly the language of one regex, stated beside it in
 * format_shapes.c (PCRE2 syntax, byte mode, no UTF, default character
 * tables). The unit tests (test_format_shapes.c) and the formats fuzz
 * target match every shape against PCRE2 compiling that regex and require
 * the same answer on every input, so the regex stays the specification.
 * They were compiled at run time before; compiling them cost a one-shot
 * process more than everything else a check does with a value.
 *
 * Pure functions of (value, len): the value need not be NUL-terminated, is
 * never read past len, may hold any byte, and is never copied or printed.
 * Thread-safe. */
#ifndef DY_FORMAT_SHAPES_H
#define DY_FORMAT_SHAPES_H

#include <stddef.h>

typedef enum dy_shape {
    DY_SHAPE_URL,          /* scheme://[userinfo@]host[:port][/?#rest] */
    DY_SHAPE_DATABASE_URL, /* the same, a database scheme, host[:port] lists */
    DY_SHAPE_BASE64,       /* A-Z a-z 0-9 + /, optional correct padding */
    DY_SHAPE_BASE64URL,    /* A-Z a-z 0-9 - _, optional correct padding */
    DY_SHAPE_HEX,          /* a non-empty even number of hex digits */
    DY_SHAPE_STRIPE_SECRET_KEY,     /* (sk|rk)_(live|test)_ + 24..247 alnum */
    DY_SHAPE_STRIPE_WEBHOOK_SECRET, /* whsec_ + 24..250 base64 chars + 0..2 = */
    DY_SHAPE_UUID,         /* 8-4-4-4-12 hex digits */
    DY_SHAPE_INTEGER,      /* optional sign and decimal digits */
    DY_SHAPE_PORT,         /* 1..5 digits, the first not 0 */
    DY_SHAPE_COUNT
} dy_shape;

/* 1 if the whole of value[0..len) has the shape, else 0 (also for an
 * unknown shape). */
int dy_shape_matches(dy_shape shape, const char *value, size_t len);

/* The regex that specifies a shape (for the tests), or NULL if unknown. */
const char *dy_shape_regex(dy_shape shape);

#endif
