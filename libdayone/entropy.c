/* entropy.c - a value's estimated entropy and its Stripe key mode. */
#include <pthread.h>
#include <stdint.h>
#include <string.h>
#include "entropy.h"

/* log2 of a positive integer without libm (the library does not link it):
 * n = 2^e * m with m in [1,2), ln m = 2 atanh((m-1)/(m+1)); the series
 * converges quickly because (m-1)/(m+1) <= 1/3. */
static double log2_count(size_t n)
{
    /* 1/k for the odd k of the series, so the loop has no division. */
    static const double inv[] = {1.0, 1.0 / 3, 1.0 / 5, 1.0 / 7, 1.0 / 9, 1.0 / 11,
                                 1.0 / 13, 1.0 / 15, 1.0 / 17, 1.0 / 19, 1.0 / 21,
                                 1.0 / 23, 1.0 / 25, 1.0 / 27, 1.0 / 29, 1.0 / 31,
                                 1.0 / 33, 1.0 / 35};   /* (1/3)^37 < 1e-17 */
    double m = (double)n, z, z2, sum = 0.0;
    int e = 0;

    if (n <= 1)
        return 0.0;
    while (m >= 2.0) {
        m *= 0.5;
        e++;
    }
    z = (m - 1.0) / (m + 1.0);
    z2 = z * z;
    for (int k = (int)(sizeof inv / sizeof inv[0]) - 1; k >= 0; k--)   /* Horner */
        sum = sum * z2 + inv[k];
    return e + 2.0 * z * sum / 0.69314718055994530942;   /* / ln 2 */
}

/* c * log2(c) for the counts a key's bytes usually have, computed once per
 * process by log2_count itself, so a sum of table entries is bit for bit
 * the sum it replaces. */
#define SMALL_COUNTS 64
static double g_clog2c[SMALL_COUNTS];
static pthread_once_t g_clog2c_once = PTHREAD_ONCE_INIT;

static void clog2c_init(void)
{
    for (size_t c = 0; c < SMALL_COUNTS; c++)
        g_clog2c[c] = (double)c * log2_count(c);
}

static double clog2c(size_t c)
{
    return c < SMALL_COUNTS ? g_clog2c[c] : (double)c * log2_count(c);
}

/* length * Shannon entropy of the byte histogram. A crude estimate: it cannot
 * see structure ("abcabc..." scores high), but it flags short keys and long
 * runs of few symbols, which is what a launch check needs. 32 distinct
 * base64 characters give 32 * log2(32) = 160 bits; "aaaa" gives 0. */
double dy_entropy_bits(const char *value, size_t len)
{
    /* 32-bit counts: half the zeroing of size_t ones. Values are at most
     * DAYONE_ENV_VALUE_MAX bytes; a longer input (4 GiB or more) would
     * overflow a count, so it gets no estimate (0 bits: fail closed). */
    uint32_t hist[256] = {0};
    unsigned char seen[256];    /* the distinct bytes, in order of appearance */
    size_t nseen = 0;
    double sum = 0.0, bits;

    if (!value || !len || len > UINT32_MAX)
        return 0.0;
    pthread_once(&g_clog2c_once, clog2c_init);
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)value[i];
        if (hist[b]++ == 0)
            seen[nseen++] = b;
    }
    /* len * H = len*log2(len) - sum(c * log2(c)) over the byte counts c. */
    for (size_t i = 0; i < nseen; i++)
        sum += clog2c(hist[seen[i]]);
    bits = clog2c(len) - sum;   /* the same product, from the table when len is short */
    return bits > 0.0 ? bits : 0.0;   /* rounding: one symbol gives exactly 0 */
}

/* Stripe secret and restricted keys carry their mode in the prefix. The
 * remainder must be non-empty letters/digits; the format check judges its
 * length. Publishable keys (pk_) and webhook secrets (whsec_) are not secret
 * API keys and return -1. */
int dy_stripe_key_mode(const char *value, size_t len)
{
    static const struct { const char *prefix; int mode; } kinds[] = {
        {"sk_live_", 1}, {"rk_live_", 1}, {"sk_test_", 0}, {"rk_test_", 0},
    };
    const size_t plen = 8;

    if (!value || len <= plen)
        return -1;
    for (size_t i = plen; i < len; i++) {
        unsigned char ch = (unsigned char)value[i];
        /* A letter either case ((ch | 0x20) in a..z) or a digit: two
         * compares a byte instead of three ranges. */
        if ((unsigned char)((ch | 0x20) - 'a') > 'z' - 'a' && (unsigned char)(ch - '0') > 9)
            return -1;
    }
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (memcmp(value, kinds[k].prefix, plen) == 0)
            return kinds[k].mode;
    return -1;
}
