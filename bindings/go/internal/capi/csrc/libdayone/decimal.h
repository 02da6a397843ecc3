/* decimal.h - exact decimal numbers and percentages as the check will read
 * them from facts (docs/facts.md "Numbers and percentages").
 *
 * A number is kept as its significant decimal digits and a power of ten, so
 * 0.1 + nothing is exactly 0.1 and comparisons never round: 0.8 and 0.80
 * are equal, 0.30000000000000004 is greater than 0.3. A ratio bound a/b <= c
 * is checked exactly as a <= c*b (b > 0) with dy_decimal_mul.
 *
 * Pure functions: no allocation, thread-safe. Inputs are `len` bytes, not
 * NUL-terminated. On failure they return 0 and set *why to a static reason
 * that never quotes the input. */
#ifndef DY_DECIMAL_H
#define DY_DECIMAL_H

#include <stddef.h>
#include <stdint.h>

/* Most significant digits a number may have (more is refused, not rounded). */
#define DY_DECIMAL_MAX_DIGITS 40
/* Largest |exponent| written after e/E, and largest |power of ten| kept. */
#define DY_DECIMAL_MAX_EXPONENT 9999
#define DY_DECIMAL_MAX_SCALE 100000

typedef struct dy_decimal {
    int negative;                                     /* never set for zero */
    unsigned ndigits;                                 /* 0 for zero */
    unsigned char digit[2 * DY_DECIMAL_MAX_DIGITS];  /* values 0-9, most significant first,
                                                         no leading or trailing zeros */
    int32_t exponent;                                 /* value = digits * 10^exponent */
} dy_decimal;

/* 1 if s is a decimal number: [+-]? ( digits [. digits?] | . digits ) ([eE] [+-]? digits)?
 * -- YAML 1.2's core-schema int and float, without .inf, .nan, 0x and 0o, and
 * every JSON number. The facts loader uses it to tell numbers from strings. */
int dy_number_syntax(const char *s, size_t len);

/* A number in that syntax with at most DY_DECIMAL_MAX_DIGITS significant
 * digits and an exponent within the limits. */
int dy_number_parse(const char *s, size_t len, dy_decimal *out, const char **why);

/* A percentage: a number immediately followed by '%' ("99.5%", "150%",
 * "-2%") -> the number of percent (99.5). The '%' is required: a bare 0.995
 * or 99.5 is refused rather than guessed at. */
int dy_percent_parse(const char *s, size_t len, dy_decimal *out, const char **why);

/* -1, 0 or 1 as a is less than, equal to or greater than b; exact. */
int dy_decimal_cmp(const dy_decimal *a, const dy_decimal *b);

/* out = a * b, exact; 0 with *why when the product has more than
 * 2 * DY_DECIMAL_MAX_DIGITS digits (only when an operand is itself a product). */
int dy_decimal_mul(const dy_decimal *a, const dy_decimal *b, dy_decimal *out, const char **why);

/* out = a + b, exact (subtract by negating b's `negative`); 0 with *why
 * when the operands are too far apart in scale to align in 160 digits or
 * the sum has more than 2 * DY_DECIMAL_MAX_DIGITS digits. */
int dy_decimal_add(const dy_decimal *a, const dy_decimal *b, dy_decimal *out, const char **why);

#endif
