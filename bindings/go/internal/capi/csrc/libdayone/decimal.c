/* decimal.c - exact decimal numbers (see decimal.h). */
#include <string.h>
#include "decimal.h"

static int fail(const char **why, const char *reason)
{
    if (why)
        *why = reason;
    return 0;
}

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The parts of a number's text, found by one scan. */
typedef struct number_text {
    size_t mantissa_start, mantissa_end; /* digits and at most one '.' */
    size_t fraction_digits;
    int negative;
    int has_exponent;
    int exponent_negative;
    size_t exponent_start, exponent_end;
} number_text;

static int scan(const char *s, size_t len, number_text *t)
{
    size_t i = 0, digits = 0;
    memset(t, 0, sizeof *t);
    if (i < len && (s[i] == '+' || s[i] == '-'))
        t->negative = s[i++] == '-';
    t->mantissa_start = i;
    for (; i < len && is_digit(s[i]); i++)
        digits++;
    if (i < len && s[i] == '.')
        for (i++; i < len && is_digit(s[i]); i++) {
            digits++;
            t->fraction_digits++;
        }
    t->mantissa_end = i;
    if (digits == 0)
        return 0;
    if (i < len && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        t->has_exponent = 1;
        if (i < len && (s[i] == '+' || s[i] == '-'))
            t->exponent_negative = s[i++] == '-';
        t->exponent_start = i;
        while (i < len && is_digit(s[i]))
            i++;
        t->exponent_end = i;
        if (t->exponent_end == t->exponent_start)
            return 0;
    }
    return i == len;
}

int dy_number_syntax(const char *s, size_t len)
{
    number_text t;
    return s && scan(s, len, &t);
}

static const char NOT_A_NUMBER[] =
    "not a decimal number (digits with an optional sign, '.' and exponent, e.g. 0.8 or 1e3)";
static const char OUT_OF_RANGE[] = "the number is out of range";

int dy_number_parse(const char *s, size_t len, dy_decimal *out, const char **why)
{
    number_text t;
    if (!s || !scan(s, len, &t))
        return fail(why, NOT_A_NUMBER);

    int64_t exponent = 0;
    for (size_t i = t.exponent_start; i < t.exponent_end; i++) {
        exponent = exponent * 10 + (s[i] - '0');
        if (exponent > DY_DECIMAL_MAX_EXPONENT)
            return fail(why, "the exponent is larger than 9999");
    }
    if (t.exponent_negative)
        exponent = -exponent;

    /* Significant digits run from the first to the last non-zero digit;
     * zeros after the last one only move the exponent. */
    size_t first = SIZE_MAX, last = 0, significant = 0, trailing_zeros = 0;
    for (size_t i = t.mantissa_start; i < t.mantissa_end; i++) {
        if (s[i] == '.')
            continue;
        if (s[i] != '0') {
            if (first == SIZE_MAX)
                first = i;
            last = i;
        }
    }
    memset(out, 0, sizeof *out);
    if (first == SIZE_MAX) /* zero, whatever its sign or exponent */
        return 1;
    for (size_t i = first; i <= last; i++)
        if (s[i] != '.')
            significant++;
    if (significant > DY_DECIMAL_MAX_DIGITS)
        return fail(why, "more than 40 significant digits");
    for (size_t i = last + 1; i < t.mantissa_end; i++)
        trailing_zeros += s[i] != '.';
    for (size_t i = first; i <= last; i++)
        if (s[i] != '.')
            out->digit[out->ndigits++] = (unsigned char)(s[i] - '0');
    /* digits * 10^(exponent - fraction digits + zeros dropped from the end) */
    int64_t scale = exponent - (int64_t)t.fraction_digits + (int64_t)trailing_zeros;
    if (scale > DY_DECIMAL_MAX_SCALE || scale < -DY_DECIMAL_MAX_SCALE)
        return fail(why, OUT_OF_RANGE);
    out->exponent = (int32_t)scale;
    out->negative = t.negative;
    return 1;
}

int dy_percent_parse(const char *s, size_t len, dy_decimal *out, const char **why)
{
    if (!s || len == 0 || s[len - 1] != '%')
        return fail(why, "a percentage ends with '%' (e.g. 99.5%)");
    if (len >= 2 && (s[len - 2] == ' ' || s[len - 2] == '\t'))
        return fail(why, "no space before '%' (write 99.5%)");
    if (!dy_number_syntax(s, len - 1))
        return fail(why, "not a percentage (a decimal number followed by '%', e.g. 99.5%)");
    return dy_number_parse(s, len - 1, out, why);
}

/* Compare magnitudes: the position of the leading digit first, then digits. */
static int cmp_magnitude(const dy_decimal *a, const dy_decimal *b)
{
    if (a->ndigits == 0 || b->ndigits == 0)
        return (a->ndigits != 0) - (b->ndigits != 0);
    int64_t lead_a = (int64_t)a->ndigits + a->exponent, lead_b = (int64_t)b->ndigits + b->exponent;
    if (lead_a != lead_b)
        return lead_a < lead_b ? -1 : 1;
    unsigned n = a->ndigits < b->ndigits ? a->ndigits : b->ndigits;
    for (unsigned i = 0; i < n; i++)
        if (a->digit[i] != b->digit[i])
            return a->digit[i] < b->digit[i] ? -1 : 1;
    /* no trailing zeros: the one with more digits is larger */
    return (a->ndigits > b->ndigits) - (a->ndigits < b->ndigits);
}

int dy_decimal_cmp(const dy_decimal *a, const dy_decimal *b)
{
    int sign_a = a->ndigits == 0 ? 0 : a->negative ? -1 : 1;
    int sign_b = b->ndigits == 0 ? 0 : b->negative ? -1 : 1;
    if (sign_a != sign_b)
        return sign_a < sign_b ? -1 : 1;
    int m = cmp_magnitude(a, b);
    return sign_a < 0 ? -m : m;
}

int dy_decimal_mul(const dy_decimal *a, const dy_decimal *b, dy_decimal *out, const char **why)
{
    unsigned acc[4 * DY_DECIMAL_MAX_DIGITS];
    if (a->ndigits == 0 || b->ndigits == 0) {
        memset(out, 0, sizeof *out);
        return 1;
    }
    unsigned n = a->ndigits + b->ndigits; /* <= 4 * DY_DECIMAL_MAX_DIGITS */
    memset(acc, 0, sizeof acc);
    /* acc[k] collects the products whose digit weights add to position k,
     * counted from the least significant end. */
    for (unsigned i = 0; i < a->ndigits; i++)
        for (unsigned j = 0; j < b->ndigits; j++)
            acc[(a->ndigits - 1 - i) + (b->ndigits - 1 - j)] +=
                (unsigned)a->digit[i] * b->digit[j];
    for (unsigned k = 0; k + 1 < n; k++) {
        acc[k + 1] += acc[k] / 10;
        acc[k] %= 10;
    }
    unsigned low = 0, high = n - 1;
    while (acc[high] == 0)
        high--;
    while (acc[low] == 0)
        low++;
    if (high - low + 1 > 2 * DY_DECIMAL_MAX_DIGITS)
        return fail(why, "the product has too many digits");
    int64_t scale = (int64_t)a->exponent + b->exponent + low;
    if (scale > DY_DECIMAL_MAX_SCALE * 2 || scale < -DY_DECIMAL_MAX_SCALE * 2)
        return fail(why, OUT_OF_RANGE);
    memset(out, 0, sizeof *out);
    for (unsigned k = high + 1; k-- > low;)
        out->digit[out->ndigits++] = (unsigned char)acc[k];
    out->exponent = (int32_t)scale;
    out->negative = a->negative != b->negative;
    return 1;
}

/* Add magnitudes or subtract the smaller from the larger, aligned at the
 * lower exponent: |value| = digits * 10^exponent. Operands farther apart in
 * scale than the buffer holds are refused, never rounded. */
#define ADD_MAX (4 * DY_DECIMAL_MAX_DIGITS)

static int aligned(const dy_decimal *a, int32_t low, unsigned char *le, size_t *n)
{
    int64_t shift = (int64_t)a->exponent - low;   /* trailing zeros to append */
    if (shift + (int64_t)a->ndigits > ADD_MAX)
        return 0;
    memset(le, 0, ADD_MAX + 1);
    for (unsigned i = 0; i < a->ndigits; i++)      /* least significant first */
        le[(size_t)shift + i] = a->digit[a->ndigits - 1 - i];
    *n = (size_t)shift + a->ndigits;
    return 1;
}

int dy_decimal_add(const dy_decimal *a, const dy_decimal *b, dy_decimal *out, const char **why)
{
    unsigned char x[ADD_MAX + 1], y[ADD_MAX + 1], r[ADD_MAX + 1];
    size_t nx = 0, ny = 0;
    if (a->ndigits == 0 || b->ndigits == 0) {
        *out = a->ndigits == 0 ? *b : *a;
        return 1;
    }
    int32_t low = a->exponent < b->exponent ? a->exponent : b->exponent;
    int swap = cmp_magnitude(a, b) < 0;           /* x is the larger magnitude */
    const dy_decimal *big = swap ? b : a, *small = swap ? a : b;
    if (!aligned(big, low, x, &nx) || !aligned(small, low, y, &ny))
        return fail(why, "the numbers are too far apart in scale to add exactly");
    int subtract = big->negative != small->negative;
    int carry = 0;
    memset(r, 0, sizeof r);
    for (size_t i = 0; i <= ADD_MAX; i++) {
        int d = subtract ? x[i] - y[i] - carry : x[i] + y[i] + carry;
        carry = subtract ? d < 0 : d >= 10;
        r[i] = (unsigned char)(subtract ? (d + 10) % 10 : d % 10);
    }
    size_t hi = ADD_MAX + 1, lo = 0;
    while (hi > 0 && r[hi - 1] == 0)
        hi--;
    memset(out, 0, sizeof *out);
    if (hi == 0)
        return 1;                                 /* exactly zero */
    while (r[lo] == 0)
        lo++;
    if (hi - lo > 2 * DY_DECIMAL_MAX_DIGITS)
        return fail(why, "the sum has too many digits");
    for (size_t k = hi; k-- > lo;)
        out->digit[out->ndigits++] = r[k];
    out->exponent = (int32_t)(low + (int64_t)lo);
    out->negative = big->negative;
    return 1;
}
