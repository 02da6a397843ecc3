/* hash.h - the library's one fast keyed hash of bytes (inline: the
 * limiter hashes a tenant key per decision). Not cryptographic: callers seed
 * it per instance so that keys cannot be chosen to collide in advance. */
#ifndef DY_HASH_H
#define DY_HASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* 64-bit keyed hash of a byte string: 16 bytes at a time, each pair of words
 * folded in with a 64x64->128 multiply; the tail read with fixed-size loads;
 * then a strong finaliser (the avalanche step of splitmix64). The length is
 * mixed in, so overlapping tail loads cannot make two lengths collide
 * systematically. Written for the limiter's state table (and the
 * Redis backend's near cache); not a cryptographic hash. */
static inline uint64_t dy_hash_mix(uint64_t a, uint64_t b)
{
#if defined(__SIZEOF_INT128__)
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
    uint64_t r = a * b;
    return r ^ (r >> 31) ^ ((a >> 32) * (b >> 32));
#endif
}

static inline uint64_t dy_hash_final(uint64_t h)
{
    h ^= h >> 30;
    h *= UINT64_C(0xbf58476d1ce4e5b9);
    h ^= h >> 27;
    h *= UINT64_C(0x94d049bb133111eb);
    h ^= h >> 31;
    return h;
}

static inline uint64_t dy_hash_load64(const unsigned char *p)
{
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint64_t dy_hash_load32(const unsigned char *p)
{
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Nonzero when one of v's bytes is 0 (exact for "some byte is zero"); a
 * word loaded from 4 bytes is tested with the 32-bit mask. */
#define DY_HASH_ZERO_BYTE(v, mask) (((v) - (mask) / 0x80) & ~(v) & (mask))
#define DY_HASH_HIGH64 UINT64_C(0x8080808080808080)
#define DY_HASH_HIGH32 UINT64_C(0x80808080)

/* The last 1..16 bytes as two words, with fixed-size (possibly
 * overlapping) loads instead of a variable-length copy. With `zero`
 * (else NULL), a nonzero value is ORed into *zero when one of those bytes
 * is 0. */
static inline void dy_hash_tail(const unsigned char *p, size_t len, uint64_t *a, uint64_t *b,
                                uint64_t *zero)
{
    if (len > 8) {
        *a = dy_hash_load64(p);
        *b = dy_hash_load64(p + len - 8);
        if (zero)
            *zero |= DY_HASH_ZERO_BYTE(*a, DY_HASH_HIGH64) | DY_HASH_ZERO_BYTE(*b, DY_HASH_HIGH64);
    } else if (len >= 4) {
        *a = dy_hash_load32(p);
        *b = dy_hash_load32(p + len - 4);
        if (zero)
            *zero |= DY_HASH_ZERO_BYTE(*a, DY_HASH_HIGH32) | DY_HASH_ZERO_BYTE(*b, DY_HASH_HIGH32);
    } else if (len > 0) {
        *a = ((uint64_t)p[0] << 16) | ((uint64_t)p[len / 2] << 8) | p[len - 1];
        *b = 0;
        if (zero) /* the three bytes read are all of them */
            *zero |= (uint64_t)(p[0] == 0 || p[len / 2] == 0 || p[len - 1] == 0);
    } else {
        *a = *b = 0;
    }
}

/* dy_hash_bytes() and, with `zero` (else NULL), a NUL search in the same
 * pass: *zero is left nonzero when some byte of data is 0. */
static inline uint64_t dy_hash_bytes_scan(const void *data, size_t len, uint64_t seed,
                                          uint64_t *zero)
{
    const unsigned char *p = (const unsigned char *)data;
    const uint64_t k1 = UINT64_C(0x9e3779b97f4a7c15), k2 = UINT64_C(0xd6e8feb86659fd93);
    uint64_t h = seed ^ (len * k2);
    size_t n = len;
    while (n > 16) {
        uint64_t w0 = dy_hash_load64(p), w1 = dy_hash_load64(p + 8);
        if (zero)
            *zero |= DY_HASH_ZERO_BYTE(w0, DY_HASH_HIGH64) | DY_HASH_ZERO_BYTE(w1, DY_HASH_HIGH64);
        h = dy_hash_mix(w0 ^ h ^ k1, w1 ^ k2) ^ (h << 7 | h >> 57);
        p += 16;
        n -= 16;
    }
    uint64_t a, b;
    dy_hash_tail(p, n, &a, &b, zero);
    h = dy_hash_mix(a ^ h ^ k1, b ^ k2 ^ (uint64_t)len) ^ h;
    return dy_hash_final(h);
}

static inline uint64_t dy_hash_bytes(const void *data, size_t len, uint64_t seed)
{
    return dy_hash_bytes_scan(data, len, seed, NULL);
}

#endif
