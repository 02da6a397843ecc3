/* fuzz_formats.c - the value checkers on arbitrary bytes.
 *
 * The first byte picks a format configuration (every named format, with
 * and without parameters) and the rest is the value. Each checker must
 * terminate quickly on anything, stay inside the value's bytes (values are
 * not NUL-terminated here: the copy is exactly `len` bytes so ASan sees an
 * over-read), and give a static reason on failure. A custom pattern with
 * catastrophic backtracking is matched too, to exercise the match limits.
 * Every format shape (format_shapes.h) must give the same answer as PCRE2
 * matching the regex that specifies it. */
#include <stdlib.h>
#include <string.h>
#include "entropy.h"
#include "format_shapes.h"
#include "formats.h"
#include "pattern.h"
#include "placeholder.h"
#include "fuzz.h"

static char *g_https[] = {"https"};
static char *g_pg[] = {"postgresql", "postgres"};
static char *g_enum[] = {"strict", "soft", "off", ""};

static dy_checks make_config(unsigned sel)
{
    dy_checks c;
    memset(&c, 0, sizeof c);
    c.expect_bool = -1;
    /* Bytes 0..239 keep the first mapping (sel % 20), so the coverage corpus
     * keeps its meaning; 240..255 select the formats added since. */
    switch (sel < 240 ? sel % 20 : 20 + (sel - 240) % 2) {
    case 0: c.format = DY_FMT_URL; break;
    case 1: c.format = DY_FMT_URL; c.schemes = g_https; c.nschemes = 1; break;
    case 2: c.format = DY_FMT_DATABASE_URL; break;
    case 3: c.format = DY_FMT_DATABASE_URL; c.schemes = g_pg; c.nschemes = 2; break;
    case 4: c.format = DY_FMT_BASE64; break;
    case 5: c.format = DY_FMT_BASE64; c.decoded_bytes = 32; break;
    case 6: c.format = DY_FMT_BASE64URL; c.decoded_bytes = 16; break;
    case 7: c.format = DY_FMT_HEX; break;
    case 8: c.format = DY_FMT_HEX; c.decoded_bytes = 32; break;
    case 9: c.format = DY_FMT_KEY; c.decoded_bytes = 32; break;
    case 10: c.format = DY_FMT_KEY; break;
    case 11: c.format = DY_FMT_STRIPE_SECRET_KEY; break;
    case 12: c.format = DY_FMT_STRIPE_WEBHOOK_SECRET; break;
    case 13: c.format = DY_FMT_UUID; break;
    case 14: c.format = DY_FMT_INTEGER; break;
    case 15: c.format = DY_FMT_INTEGER; c.has_min = c.has_max = 1;
             c.int_min = INT64_MIN; c.int_max = -5; break;
    case 16: c.format = DY_FMT_PORT; break;
    case 17: c.format = DY_FMT_ENUM; c.values = g_enum; c.nvalues = 4; break;
    case 18: c.format = DY_FMT_BOOLEAN; break;
    case 20: c.format = DY_FMT_PEM_PRIVATE_KEY; break;
    case 21: c.format = DY_FMT_PEM_CERTIFICATE; break;
    default: c.format = DY_FMT_NONE; break;
    }
    return c;
}

static pcre2_code *g_evil;   /* (a+)+$ : exponential without a match limit */
static pcre2_code *g_utf;    /* a UTF-mode class */

static pcre2_code *g_shape_re[DY_SHAPE_COUNT]; /* the shapes' specifications */
static pcre2_match_data *g_shape_md;

static void init_patterns(void)
{
    char buf[256];
    size_t off = 0;
    for (int i = 0; i < DY_SHAPE_COUNT && !g_shape_md; i++) {
        int ec;
        PCRE2_SIZE eo;
        g_shape_re[i] = pcre2_compile((PCRE2_SPTR)dy_shape_regex((dy_shape)i),
                                      PCRE2_ZERO_TERMINATED, PCRE2_NO_START_OPTIMIZE, &ec, &eo,
                                      NULL);
        FUZZ_ASSERT(g_shape_re[i]);
    }
    if (!g_shape_md)
        g_shape_md = pcre2_match_data_create(1, NULL);
    FUZZ_ASSERT(g_shape_md);
    if (!g_evil)
        g_evil = dy_pattern_compile("^(a+)+$", buf, sizeof buf, &off);
    if (!g_utf)
        g_utf = dy_pattern_compile("^[\\p{L}\\d_-]{4,}\\S*\\z", buf, sizeof buf, &off);
    FUZZ_ASSERT(g_evil && g_utf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    init_patterns();
    dy_checks c = make_config(data[0]);
    size_t len = size - 1;
    char *value = malloc(len ? len : 1);   /* exactly len bytes: no NUL after */
    if (!value)
        return 0;
    memcpy(value, data + 1, len);

    const char *why = NULL;
    int m = dy_format_matches(&c, value, len, &why);
    FUZZ_ASSERT(m == 0 || m == 1);
    if (m == 0 && c.format != DY_FMT_NONE)
        FUZZ_ASSERT(why != NULL && why[0] != '\0');
    if (c.format == DY_FMT_NONE)
        FUZZ_ASSERT(m == 1);

    why = NULL;
    int ph = dy_is_placeholder(value, len, &why);
    FUZZ_ASSERT(ph == 0 || ph == 1);
    if (ph)
        FUZZ_ASSERT(why != NULL);

    double bits = dy_entropy_bits(value, len);
    FUZZ_ASSERT(bits >= 0.0 && bits <= 8.0 * (double)len + 1e-6);

    for (int i = 0; i < DY_SHAPE_COUNT; i++) {
        int rc = pcre2_match(g_shape_re[i], (PCRE2_SPTR)value, len, 0, 0, g_shape_md, NULL);
        FUZZ_ASSERT(rc >= 0 || rc == PCRE2_ERROR_NOMATCH);
        FUZZ_ASSERT(dy_shape_matches((dy_shape)i, value, len) == (rc >= 0));
    }

    int mode = dy_stripe_key_mode(value, len);
    FUZZ_ASSERT(mode >= -1 && mode <= 1);

    int pm = dy_pattern_matches(g_evil, value, len);
    FUZZ_ASSERT(pm >= -1 && pm <= 1);
    pm = dy_pattern_matches(g_utf, value, len);
    FUZZ_ASSERT(pm >= -1 && pm <= 1);

    free(value);
    return 0;
}
