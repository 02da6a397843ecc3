/* format_shapes.c - the value formats' shapes as linear scans
 * (format_shapes.h). Each scan below is exactly the language of the regex
 * in g_regex (PCRE2 byte mode: `\s` is the six ASCII white space bytes
 * \t \n \v \f \r and space, a byte >= 0x80 is in no class but negated
 * ones, (?i) folds ASCII letters only). The comments say why a scan that
 * does not backtrack accepts what the regex accepts: possessive repeats
 * never give back, classes that cannot hold the next literal end where the
 * regex's must, and the one real choice (which `@` ends the userinfo) is
 * tried in full. */
#include <string.h>
#include "format_shapes.h"

#define RX_PORT "(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}" \
                "|[1-5][0-9]{4}|[1-9][0-9]{0,3}))?"
#define RX_HOST "(?:\\[[0-9A-Fa-f:.]++\\]|(?:[A-Za-z0-9_-]++\\.)*+[A-Za-z0-9_-]++)"
#define RX_USERINFO "(?:[^\\s/?#]*@)?"
#define RX_REST "(?:[/?#]\\S*)?\\z"
#define RX_B64(a) "(?:[" a "]{4})*+(?:[" a "]{2}(?:==)?|[" a "]{3}=?)?\\z"

static const char *const g_regex[DY_SHAPE_COUNT] = {
    [DY_SHAPE_URL] = "^[A-Za-z][A-Za-z0-9+.-]*://" RX_USERINFO RX_HOST RX_PORT RX_REST,
    [DY_SHAPE_DATABASE_URL] =
        "^(?i:(?:postgres(?:ql)?|mysql|mariadb|mssql|sqlserver|oracle|cockroachdb)"
        "(?:\\+[a-z0-9_]+)?|mongodb(?:\\+srv)?|rediss?)://" RX_USERINFO
        RX_HOST RX_PORT "(?:," RX_HOST RX_PORT ")*+" RX_REST,
    [DY_SHAPE_BASE64] = "^" RX_B64("A-Za-z0-9+/"),
    [DY_SHAPE_BASE64URL] = "^" RX_B64("A-Za-z0-9_-"),
    [DY_SHAPE_HEX] = "^(?:[0-9A-Fa-f]{2})++\\z",
    [DY_SHAPE_STRIPE_SECRET_KEY] = "^[rs]k_(?:live|test)_[A-Za-z0-9]{24,247}\\z",
    [DY_SHAPE_STRIPE_WEBHOOK_SECRET] = "^whsec_[A-Za-z0-9+/]{24,250}={0,2}\\z",
    [DY_SHAPE_UUID] =
        "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\\z",
    [DY_SHAPE_INTEGER] = "^[+-]?[0-9]+\\z",
    [DY_SHAPE_PORT] = "^[1-9][0-9]{0,4}\\z",
};

const char *dy_shape_regex(dy_shape shape)
{
    return (unsigned)shape < DY_SHAPE_COUNT ? g_regex[shape] : NULL;
}

/* ---- classes ---- */

/* One table lookup per byte instead of a call through a pointer and a
 * chain of compares: a check scans every secret with these. Each bit is
 * built from the class's definition below, byte by byte, at compile time. */
enum {
    C_DIGIT = 1, C_ALPHA = 2, C_HEX = 4, C_SPACE = 8, C_LABEL = 16, C_B64 = 32, C_B64URL = 64
};
#define DIGIT_(c) ((c) >= '0' && (c) <= '9')
#define ALPHA_(c) (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'z')
#define ALNUM_(c) (ALPHA_(c) || DIGIT_(c))
#define CLASS_(c) \
    ((DIGIT_(c) ? C_DIGIT : 0) | (ALPHA_(c) ? C_ALPHA : 0) | \
     (DIGIT_(c) || (((c) | 0x20) >= 'a' && ((c) | 0x20) <= 'f') ? C_HEX : 0) | \
     /* \s in byte mode with PCRE2's default tables */ \
     ((c) == ' ' || ((c) >= '\t' && (c) <= '\r') ? C_SPACE : 0) | \
     (ALNUM_(c) || (c) == '_' || (c) == '-' ? C_LABEL : 0) | \
     (ALNUM_(c) || (c) == '+' || (c) == '/' ? C_B64 : 0) | \
     (ALNUM_(c) || (c) == '-' || (c) == '_' ? C_B64URL : 0))
#define CLASS4_(c) CLASS_(c), CLASS_((c) + 1), CLASS_((c) + 2), CLASS_((c) + 3)
#define CLASS16_(c) CLASS4_(c), CLASS4_((c) + 4), CLASS4_((c) + 8), CLASS4_((c) + 12)
#define CLASS64_(c) CLASS16_(c), CLASS16_((c) + 16), CLASS16_((c) + 32), CLASS16_((c) + 48)
static const unsigned char g_class[256] = {
    CLASS64_(0), CLASS64_(64), CLASS64_(128), CLASS64_(192)
};

static int in_class(unsigned char c, unsigned cls) { return (g_class[c] & cls) != 0; }
static int is_alpha(unsigned char c) { return in_class(c, C_ALPHA); }
static int is_alnum(unsigned char c) { return in_class(c, C_DIGIT | C_ALPHA); }
static int is_hex(unsigned char c) { return in_class(c, C_HEX); }
static int is_space(unsigned char c) { return in_class(c, C_SPACE); }

/* End of the run of bytes from i on that are in class cls. */
static size_t run(const unsigned char *s, size_t i, size_t n, unsigned cls)
{
    while (i < n && (g_class[s[i]] & cls))
        i++;
    return i;
}

/* ---- URLs ---- */

/* RX_HOST at s[i]: its end, or 0 if none (a host never ends at 0: the
 * scheme comes first). Deterministic: `[` picks the first alternative and
 * a label byte the second, and both are made of possessive repeats. The
 * second takes "label." as often as it can, then needs one more label. */
static size_t host(const unsigned char *s, size_t i, size_t n)
{
    if (i < n && s[i] == '[') {
        size_t j = i + 1;
        while (j < n && (is_hex(s[j]) || s[j] == ':' || s[j] == '.'))
            j++;
        return j > i + 1 && j < n && s[j] == ']' ? j + 1 : 0;
    }
    size_t j = i;
    for (;;) {
        size_t e = run(s, j, n, C_LABEL);
        if (e == j)
            return 0;        /* an empty label: the group stops, the last label is missing */
        if (e < n && s[e] == '.')
            j = e + 1;       /* one more "label." */
        else
            return e;
    }
}

/* RX_PORT at s[i]: its end. After a port the regex needs `,`, one of
 * `/?#` or the end, never a digit, so the only port that can lead to a
 * match is the whole digit run; a shorter alternative, or none, leaves a
 * digit or the `:` where nothing can follow. Returns 0 for such a
 * dead end (a run that is no port 1..65535 without a leading zero). */
static size_t port(const unsigned char *s, size_t i, size_t n)
{
    if (i >= n || s[i] != ':')
        return i;
    size_t e = run(s, i + 1, n, C_DIGIT), len = e - i - 1;
    if (len < 1 || len > 5 || s[i + 1] == '0')
        return 0;
    if (len == 5) {
        unsigned v = 0;
        for (size_t k = i + 1; k < e; k++)
            v = v * 10 + (unsigned)(s[k] - '0');
        if (v > 65535)
            return 0;
    }
    return e;
}

/* RX_REST at s[i]: the end, or one of / ? # followed by no white space. */
static int rest(const unsigned char *s, size_t i, size_t n)
{
    if (i == n)
        return 1;
    if (s[i] != '/' && s[i] != '?' && s[i] != '#')
        return 0;
    for (size_t k = i + 1; k < n; k++)
        if (is_space(s[k]))
            return 0;
    return 1;
}

/* RX_HOST RX_PORT, then (database URLs) `(?:,HOST PORT)*+`, then RX_REST,
 * from s[i]. */
static int authority_rest(const unsigned char *s, size_t i, size_t n, int host_list)
{
    size_t h = host(s, i, n), p = h ? port(s, h, n) : 0;
    if (!p)
        return 0;
    /* The list is possessive: it takes ",host[:port]" while one follows.
     * One that does not (an empty host, a bad port) leaves a `,`, a `:` or
     * a digit, which RX_REST refuses, so stopping there is failing. */
    while (host_list && p < n && s[p] == ',') {
        h = host(s, p + 1, n);
        p = h ? port(s, h, n) : 0;
        if (!p)
            return 0;
    }
    return rest(s, p, n);
}

/* Everything after "://" at s[a]. RX_USERINFO is the one choice: the regex
 * tries every `@` in the leading run of bytes that are not white space or
 * / ? # (the last first) as the end of the userinfo, then none; the value
 * matches if any of them lets the rest match. */
static int after_scheme(const unsigned char *s, size_t a, size_t n, int host_list)
{
    size_t k = a;
    while (k < n && !is_space(s[k]) && s[k] != '/' && s[k] != '?' && s[k] != '#') {
        if (s[k] == '@' && authority_rest(s, k + 1, n, host_list))
            return 1;
        k++;
    }
    return authority_rest(s, a, n, host_list);
}

/* "://" at s[i]. */
static int scheme_end(const unsigned char *s, size_t i, size_t n)
{
    return n - i >= 3 && s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/';
}

static int url(const unsigned char *s, size_t n)
{
    /* The scheme class holds no `:`, so it ends where "://" must start. */
    if (n == 0 || !is_alpha(s[0]))
        return 0;
    size_t i = 1;
    while (i < n && (is_alnum(s[i]) || s[i] == '+' || s[i] == '.' || s[i] == '-'))
        i++;
    return scheme_end(s, i, n) && after_scheme(s, i + 3, n, 0);
}

/* ASCII-case-insensitive: s[0..n) == word. */
static int word_is(const unsigned char *s, size_t n, const char *word)
{
    size_t w = strlen(word);
    if (n != w)
        return 0;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = s[k];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)word[k])
            return 0;
    }
    return 1;
}

/* The database scheme alternatives, on the scheme s[0..n) (no `:` in it:
 * none of the alternatives holds one, so "://" starts at the first `:`). */
static int database_scheme(const unsigned char *s, size_t n)
{
    static const char *const sql[] = { "postgres", "postgresql", "mysql", "mariadb", "mssql",
                                       "sqlserver", "oracle", "cockroachdb" };
    if (word_is(s, n, "mongodb") || word_is(s, n, "mongodb+srv") || word_is(s, n, "redis") ||
        word_is(s, n, "rediss"))
        return 1;
    /* sql[(?:\+[a-z0-9_]+)?] with (?i): a name, then maybe `+` and a driver */
    const unsigned char *plus = memchr(s, '+', n);
    size_t base = plus ? (size_t)(plus - s) : n;
    if (plus) {
        if (base + 1 == n)
            return 0;
        for (size_t k = base + 1; k < n; k++)
            if (!is_alnum(s[k]) && s[k] != '_')
                return 0;
    }
    for (size_t k = 0; k < sizeof sql / sizeof sql[0]; k++)
        if (word_is(s, base, sql[k]))
            return 1;
    return 0;
}

static int database_url(const unsigned char *s, size_t n)
{
    const unsigned char *colon = memchr(s, ':', n);
    if (!colon)
        return 0;
    size_t i = (size_t)(colon - s);
    return database_scheme(s, i) && scheme_end(s, i, n) && after_scheme(s, i + 3, n, 1);
}

/* ---- encodings and keys ---- */

/* RX_B64: the possessive quads take every full group of four alphabet
 * bytes, so what decides is the run's length mod 4 and what follows it. */
static int b64(const unsigned char *s, size_t n, unsigned in)
{
    size_t r = run(s, 0, n, in), tail = n - r;
    switch (r % 4) {
    case 0: return tail == 0;
    case 2: return tail == 0 || (tail == 2 && s[r] == '=' && s[r + 1] == '=');
    case 3: return tail == 0 || (tail == 1 && s[r] == '=');
    default: return 0;
    }
}

static int hex(const unsigned char *s, size_t n)
{
    return n > 0 && n % 2 == 0 && run(s, 0, n, C_HEX) == n;
}

static int stripe_secret_key(const unsigned char *s, size_t n)
{
    if (n < 8 || (s[0] != 'r' && s[0] != 's') || s[1] != 'k' || s[2] != '_' ||
        (memcmp(s + 3, "live", 4) != 0 && memcmp(s + 3, "test", 4) != 0) || s[7] != '_')
        return 0;
    return n - 8 >= 24 && n - 8 <= 247 && run(s, 8, n, C_DIGIT | C_ALPHA) == n;
}

static int stripe_webhook_secret(const unsigned char *s, size_t n)
{
    /* `=` is not in the class, so the run ends where the padding starts. */
    if (n < 6 || memcmp(s, "whsec_", 6) != 0)
        return 0;
    size_t e = run(s, 6, n, C_B64), pad = n - e;
    if (e - 6 < 24 || e - 6 > 250 || pad > 2)
        return 0;
    for (size_t k = e; k < n; k++)
        if (s[k] != '=')
            return 0;
    return 1;
}

static int uuid(const unsigned char *s, size_t n)
{
    if (n != 36)
        return 0;
    for (size_t k = 0; k < n; k++) {
        int dash = k == 8 || k == 13 || k == 18 || k == 23;
        if (dash ? s[k] != '-' : !is_hex(s[k]))
            return 0;
    }
    return 1;
}

static int integer(const unsigned char *s, size_t n)
{
    size_t i = n && (s[0] == '+' || s[0] == '-');
    return n > i && run(s, i, n, C_DIGIT) == n;
}

static int port_only(const unsigned char *s, size_t n)
{
    return n >= 1 && n <= 5 && s[0] != '0' && run(s, 0, n, C_DIGIT) == n;
}

int dy_shape_matches(dy_shape shape, const char *value, size_t len)
{
    const unsigned char *s = (const unsigned char *)(value ? value : "");
    if (!value)
        len = 0;
    switch (shape) {
    case DY_SHAPE_URL: return url(s, len);
    case DY_SHAPE_DATABASE_URL: return database_url(s, len);
    case DY_SHAPE_BASE64: return b64(s, len, C_B64);
    case DY_SHAPE_BASE64URL: return b64(s, len, C_B64URL);
    case DY_SHAPE_HEX: return hex(s, len);
    case DY_SHAPE_STRIPE_SECRET_KEY: return stripe_secret_key(s, len);
    case DY_SHAPE_STRIPE_WEBHOOK_SECRET: return stripe_webhook_secret(s, len);
    case DY_SHAPE_UUID: return uuid(s, len);
    case DY_SHAPE_INTEGER: return integer(s, len);
    case DY_SHAPE_PORT: return port_only(s, len);
    case DY_SHAPE_COUNT: break;
    }
    return 0;
}
