/* env.c - the environment snapshot's table: names -> values with their
 * source, and the two ways in (a committed staging list, dayone_env_set).
 *
 * Entries live in a dense array (dy_env_at, count) indexed by an
 * open-addressing hash table (dy_env_get: one hash, a short probe, no
 * allocation). Names and value copies live in the snapshot's arena
 * (env_arena.h). Sources are layered by committing a staged list of items
 * (env_items.h; env_sources.c reads them): all allocation happens before
 * the first entry changes, so an error leaves the snapshot exactly as it
 * was. Values are wiped in place when replaced (their space is abandoned,
 * and reclaimed by compaction once it outweighs the live data). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
/* DY_ENV_NO_SIMD builds the portable word-at-a-time code on x86 too, so
 * the tests run it (tests/CMakeLists.txt: test_env_portable). */
#if defined(__SSE2__) && !defined(DY_ENV_NO_SIMD)
#include <emmintrin.h>
#endif
#include "alloc.h"
#include "env.h"
#include "env_arena.h"
#include "error.h"
#include "hash.h"
#include "text.h"

/* The `only` filter's size: 2048 bits, so a policy's hundred-odd names
 * let through about one name in twenty of those it does not read. */
#define FILTER_WORDS 32u

typedef struct env_slot {
    dy_env_entry e;     /* what readers see; name/value in the arena */
    uint32_t hash;
    size_t name_len;
} env_slot;

struct dayone_env {
    env_slot *slots;
    size_t count, cap;
    uint32_t *table;    /* slot index + 1; 0 = empty; size tcap (power of 2) */
    size_t tcap;
    dy_env_arena arena;  /* names and value copies */
    size_t live, dead;  /* arena bytes of current names+values / wiped, abandoned */
    char **paths;       /* file paths cited by entries, owned */
    size_t npaths, paths_cap;
    size_t file_refs;   /* names ending in _FILE (dy_env_has_file_refs) */
    /* dy_env_restrict: only names set in `only` are kept; a lookup of a
     * name outside it sets `strayed` (the snapshot cannot answer it). */
    const dayone_env *only;
    int strayed;
    /* dy_env_with_vars' snapshot has no table of its own: by_only[j] is
     * the slot index + 1 of the name in `only`'s slot j (0: not set), so a
     * lookup is the probe of `only` it needs anyway. NULL otherwise. */
    uint32_t *by_only;
    /* A set's memo of the policy strings it was given by address
     * (dy_env_note_name_at): ptr_keys[i] -> ptr_slots[i], the name's slot
     * index; open addressing, pcap a power of 2 (0: none). */
    const char **ptr_keys;
    uint32_t *ptr_slots;
    size_t pcap, pcount;
    /* A bit per name's filter_bit, kept as names are added: a snapshot
     * restricted to this one as its `only` set settles with a clear bit
     * that most names are not in the set, without hashing them or probing
     * its table. */
    uint64_t name_bits[FILTER_WORDS];
    /* dy_env_index_filter: by_bit[b] is the slot index + 1 of a name
     * whose filter bit is b (0: none), bit_next[i] the next slot of the
     * same bit after slot i; valid while count == indexed. */
    uint32_t *by_bit, *bit_next;
    size_t indexed;
};

/* First slot array / hash table sizes: a typical check's snapshot holds a
 * few hundred variables, so skip the smallest regrowths. */
#define SLOTS_INITIAL 64
#define TABLE_INITIAL 128
/* Compact once abandoned bytes exceed the live ones by this much: repeated
 * replacement then costs amortised O(1) and memory stays O(live). */
#define COMPACT_SLACK (64u * 1024u)

/* How much of an invalid name we echo: names are not secrets, but a caller
 * who passes "KEY=value" as a name must not see the value printed back. */
#define NAME_ECHO_MAX 64

/* Names are hashed (every set and get) and, on set, checked eight bytes at
 * a time: a byte loop over a 14-character name cost more than the rest of
 * dayone_env_set together. */
#define L8 0x0101010101010101ull
#define H8 0x8080808080808080ull

/* The high bit of each byte set iff that byte of w is in [A-Za-z0-9_]. */
static inline uint64_t name_bytes(uint64_t w)
{
    uint64_t wh = w | H8, lo = w | 0x2020202020202020ull | H8, y = (w ^ (0x5Full * L8)) | H8;
    uint64_t alpha = (lo - 'a' * L8) & ~(lo - ('z' + 1) * L8);
    uint64_t digit = (wh - '0' * L8) & ~(wh - ('9' + 1) * L8);
    uint64_t under = ~(y - L8);
    return (alpha | digit | under) & ~w & H8;
}

/* Nonzero unless every byte of a and b is in [A-Za-z0-9_]: most names
 * are 8 to 16 bytes, two words, judged at once where SSE2 is (x86-64). */
#if defined(__SSE2__) && !defined(DY_ENV_NO_SIMD)
/* With `lead`, byte 0 begins the name, where a digit is not allowed
 * either: its digit lane is cleared, so the same compares judge it. */
static inline uint64_t bad_vec(__m128i v, int lead)
{
    __m128i lo = _mm_or_si128(v, _mm_set1_epi8(0x20)); /* A-Z to a-z */
    /* A range [x, x+n) in one add and one signed compare: adding 0x80 - x
     * moves it to [-128, -128+n) and every other byte above it. */
    __m128i alpha = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 26),
                                   _mm_add_epi8(lo, _mm_set1_epi8((char)(0x80 - 'a'))));
    __m128i digit = _mm_cmpgt_epi8(_mm_set1_epi8(-128 + 10),
                                   _mm_add_epi8(v, _mm_set1_epi8((char)(0x80 - '0'))));
    if (lead)
        digit = _mm_and_si128(digit, _mm_set_epi64x(-1, (long long)~0xFFull));
    __m128i under = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
    return (uint64_t)(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alpha, digit), under)) ^
                      0xFFFF);
}

static inline uint64_t bad_words(uint64_t a, uint64_t b)
{
    return bad_vec(_mm_set_epi64x((long long)b, (long long)a), 0);
}

/* ... of a name's first 8 bytes a and its next (or last) 8 b. */
static inline uint64_t bad_lead_words(uint64_t a, uint64_t b)
{
    return bad_vec(_mm_set_epi64x((long long)b, (long long)a), 1);
}

/* ... of the 16 bytes at p, in one load. */
static inline uint64_t bad_block16(const char *p)
{
    return bad_vec(_mm_loadu_si128((const __m128i *)(const void *)p), 0);
}

static inline uint64_t bad_lead_block16(const char *p)
{
    return bad_vec(_mm_loadu_si128((const __m128i *)(const void *)p), 1);
}
#else
static inline uint64_t bad_words(uint64_t a, uint64_t b)
{
    return (name_bytes(a) & name_bytes(b)) ^ H8;
}

/* The first byte of a (the little-endian load of a name's start) is a
 * digit. */
static inline uint64_t lead_digit(uint64_t a)
{
    return (uint64_t)((unsigned)((a & 0xFFu) - '0') < 10u);
}

static inline uint64_t bad_lead_words(uint64_t a, uint64_t b)
{
    return bad_words(a, b) | lead_digit(a);
}

static inline uint64_t bad_block16(const char *p)
{
    uint64_t a, b;
    memcpy(&a, p, 8);
    memcpy(&b, p + 8, 8);
    return bad_words(a, b);
}

static inline uint64_t bad_lead_block16(const char *p)
{
    uint64_t a;
    memcpy(&a, p, 8);
    return bad_block16(p) | lead_digit(a);
}
#endif

/* len < 8 bytes as one word; every byte of s lands somewhere (of the low
 * three bytes when len < 4), so the encoding is unique for a given len. */
static inline uint64_t load_small(const char *s, size_t len, uint64_t *mask)
{
    if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + len - 4, 4);
        *mask = H8;
        return (uint64_t)a | (uint64_t)b << 32;
    }
    *mask = 0x808080ull;
    if (len == 0)
        return 0;
    return (uint64_t)(unsigned char)s[0] | (uint64_t)(unsigned char)s[len / 2] << 8 |
           (uint64_t)(unsigned char)s[len - 1] << 16;
}

/* The bit of the `only` filter a name sets, from its first and last 8
 * bytes (fewer: load_small) and its length: one multiply, no loop, so a
 * name the set cannot hold costs no hash. */
static inline uint32_t filter_bit(uint64_t first, uint64_t last, size_t len)
{
    uint64_t k = (first ^ (last << 29 | last >> 35) ^ (uint64_t)len) * 0x9e3779b97f4a7c15ull;
    return (uint32_t)(k >> (64 - 11)); /* log2(FILTER_WORDS * 64) */
}

static inline uint32_t name_filter_bit(const char *s, size_t len)
{
    uint64_t first, last, mask;
    if (len < 8) {
        first = last = load_small(s, len, &mask);
    } else {
        memcpy(&first, s, 8);
        memcpy(&last, s + len - 8, 8);
    }
    return filter_bit(first, last, len);
}

static inline int filter_has(const uint64_t *bits, uint32_t b)
{
    return (int)(bits[b >> 6] >> (b & 63u) & 1u);
}

static inline uint64_t mix(uint64_t h, uint64_t w)
{
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    return h ^ (h >> 32);
}

/* Inlined into every caller: a binding's check judges a few hundred names
 * per call, and the call itself cost as much as the scan. */
#if defined(__GNUC__)
#define ENV_INLINE inline __attribute__((always_inline))
#define ENV_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define ENV_INLINE inline
#define ENV_UNLIKELY(x) (x)
#endif

/* Hash s[0..len); with `bad` non-NULL also OR into *bad a nonzero value if
 * a byte is outside [A-Za-z0-9_]. Unkeyed like the FNV-1a it replaces: names
 * come from the deployer's own environment and files. Longer names go 16
 * bytes at a time, the last 16 overlapping, each pair of words judged at
 * once (bad_words). */
static ENV_INLINE uint32_t scan_name(const char *s, size_t len, uint64_t *bad)
{
    uint64_t h = 0x9e3779b97f4a7c15ull ^ (uint64_t)len, w, w2, mask = H8;
    if (len < 8) {
        w = load_small(s, len, &mask);
        h = mix(h, w);
        if (bad)
            *bad |= (name_bytes(w) & mask) ^ mask;
    } else if (len <= 16) { /* the first 8 bytes and the last 8 (overlapping) */
        memcpy(&w, s, 8);
        memcpy(&w2, s + len - 8, 8);
        h = mix(h, w);
        if (len > 8)
            h = mix(h, w2);
        if (bad)
            *bad |= bad_words(w, w2);
    } else {
        size_t i = 0;
        for (; i + 16 <= len; i += 16) {
            memcpy(&w, s + i, 8);
            memcpy(&w2, s + i + 8, 8);
            h = mix(mix(h, w), w2);
            if (bad)
                *bad |= bad_words(w, w2);
        }
        if (i < len) { /* the last 16 bytes, overlapping the previous ones */
            memcpy(&w, s + len - 16, 8);
            memcpy(&w2, s + len - 8, 8);
            h = mix(mix(h, w), w2);
            if (bad)
                *bad |= bad_words(w, w2);
        }
    }
    h *= 0xc4ceb9fe1a85ec53ull;
    return (uint32_t)(h ^ (h >> 29));
}

/* Judge a name as an identifier and hash it, in one scan: *bad is nonzero
 * when it is empty, starts with a digit or holds a byte outside
 * [A-Za-z0-9_]. */
static ENV_INLINE uint32_t judge_name(const char *s, size_t len, uint64_t *bad)
{
    *bad = len == 0 || (unsigned)((unsigned char)s[0] - '0') < 10u;
    return scan_name(s, len, bad);
}

static uint32_t hash_name(const char *s, size_t len)
{
    return scan_name(s, len, NULL);
}

/* a[0..len) == b[0..len), inline: a lookup's hash and length already
 * agree, so this only confirms, and names are short (a library memcmp
 * call cost more than the compare). Loads stay inside [0, len). */
static inline int name_equal(const char *a, const char *b, size_t len)
{
    if (len >= 8) { /* whole words, the last one overlapping */
        uint64_t x, y, diff = 0;
        for (size_t i = 0; i + 8 < len; i += 8) {
            memcpy(&x, a + i, 8);
            memcpy(&y, b + i, 8);
            diff |= x ^ y;
        }
        memcpy(&x, a + len - 8, 8);
        memcpy(&y, b + len - 8, 8);
        return (diff | (x ^ y)) == 0;
    }
    if (len >= 4) {
        uint32_t a0, a1, b0, b1;
        memcpy(&a0, a, 4);
        memcpy(&b0, b, 4);
        memcpy(&a1, a + len - 4, 4);
        memcpy(&b1, b + len - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    for (size_t i = 0; i < len; i++)
        if (a[i] != b[i])
            return 0;
    return 1;
}

static inline env_slot *find_slot(const dayone_env *env, const char *name, size_t len,
                           uint32_t h)
{
    if (!env->tcap)
        return NULL;
    size_t mask = env->tcap - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        uint32_t ix = env->table[i];
        if (!ix)
            return NULL;
        env_slot *s = &env->slots[ix - 1];
        if (s->hash == h && s->name_len == len && name_equal(s->e.name, name, len))
            return s;
    }
}

/* find_slot by the name's filter bit (dy_env_index_filter), no hash. */
static inline const env_slot *find_by_bit(const dayone_env *set, uint32_t bit, const char *name,
                                          size_t len)
{
    for (uint32_t ix = set->by_bit[bit]; ix; ix = set->bit_next[ix - 1]) {
        const env_slot *s = &set->slots[ix - 1];
        if (s->name_len == len && name_equal(s->e.name, name, len))
            return s;
    }
    return NULL;
}

static void table_insert(uint32_t *table, size_t tcap, uint32_t h, uint32_t ix)
{
    size_t mask = tcap - 1;
    size_t i = h & mask;
    while (table[i])
        i = (i + 1) & mask;
    table[i] = ix;
}

/* Copy every live name and value into one fresh chunk and drop the old
 * ones (wiped). Best effort: without memory the snapshot stays as it is.
 * Names and values move, like the slots on regrowth: what dy_env_get/at
 * lend is valid until the next add or set, as before. */
static void maybe_compact(dayone_env *env)
{
    if (env->dead <= env->live + COMPACT_SLACK)
        return;
    dy_env_arena fresh = { NULL, 0 };
    if (dy_env_arena_start(&fresh, env->live) != DAYONE_OK)
        return;
    for (size_t i = 0; i < env->count; i++) {
        dy_env_entry *e = &env->slots[i].e;
        size_t nl = env->slots[i].name_len + 1, vl = e->value_len + 1;
        char *p = dy_env_arena_take(&fresh, nl + vl);
        memcpy(p, e->name, nl);
        memcpy(p + nl, e->value, vl);
        e->name = p;
        e->value = p + nl;
    }
    dy_env_arena_release(&env->arena);
    env->arena = fresh;
    env->dead = 0;
}

/* Make room for `extra` more entries without changing anything a reader
 * can observe. */
static int reserve(dayone_env *env, size_t extra)
{
    size_t need = env->count + extra;
    if (need < env->count || need > UINT32_MAX / 4)
        return DAYONE_ELIMIT;
    if (need > env->cap) {
        size_t ncap = env->cap ? env->cap : SLOTS_INITIAL;
        while (ncap < need)
            ncap *= 2;
        env_slot *ns = dy_realloc(env->slots, ncap * sizeof *ns);
        if (!ns)
            return DAYONE_ENOMEM;
        env->slots = ns;
        env->cap = ncap;
    }
    if (need * 2 > env->tcap) {
        size_t ntcap = env->tcap ? env->tcap : TABLE_INITIAL;
        while (ntcap < need * 2)
            ntcap *= 2;
        uint32_t *nt = dy_calloc(ntcap, sizeof *nt);
        if (!nt)
            return DAYONE_ENOMEM;
        for (size_t i = 0; i < env->count; i++)
            table_insert(nt, ntcap, env->slots[i].hash, (uint32_t)(i + 1));
        dy_free(env->table);
        env->table = nt;
        env->tcap = ntcap;
    }
    return DAYONE_OK;
}

/* ... and for one more cited path. */
static int reserve_path(dayone_env *env)
{
    if (env->npaths == env->paths_cap) {
        size_t npc = env->paths_cap ? env->paths_cap * 2 : 4;
        char **np = dy_realloc(env->paths, npc * sizeof *np);
        if (!np)
            return DAYONE_ENOMEM;
        env->paths = np;
        env->paths_cap = npc;
    }
    return DAYONE_OK;
}

/* Point s at a new value already copied to `copy` (value_len bytes + NUL),
 * wiping the one it replaces in place. */
static void put_value(dayone_env *env, env_slot *s, char *copy, size_t value_len)
{
    dy_env_entry *e = &s->e;
    if (e->value) {
        dy_wipe((char *)e->value, e->value_len);
        env->live -= e->value_len + 1;
        env->dead += e->value_len + 1;
    }
    e->value = copy;
    e->value_len = value_len;
    env->live += value_len + 1;
}

/* The next slot, for a name copied to `name_copy` (name_len bytes + NUL;
 * for dy_env_with_vars' snapshot, the `only` set's own copy), in no table
 * yet; the caller has reserved room for it. */
static env_slot *append_slot(dayone_env *env, const char *name_copy, size_t name_len, uint32_t h)
{
    env_slot *s = &env->slots[env->count++];
    memset(s, 0, sizeof *s);
    s->e.name = name_copy;
    s->hash = h;
    s->name_len = name_len;
    env->live += name_len + 1;
    if (name_len >= 5 && memcmp(name_copy + name_len - 5, "_FILE", 5) == 0)
        env->file_refs++;
    return s;
}

/* ... indexed by the snapshot's table and noted in its filter. */
static env_slot *new_slot(dayone_env *env, char *name_copy, size_t name_len, uint32_t h)
{
    env_slot *s = append_slot(env, name_copy, name_len, h);
    table_insert(env->table, env->tcap, h, (uint32_t)env->count);
    uint32_t b = name_filter_bit(name_copy, name_len);
    env->name_bits[b >> 6] |= 1ull << (b & 63u);
    return s;
}

static char *copy_z(char *dst, const char *src, size_t n)
{
    if (n)
        memcpy(dst, src, n);
    dst[n] = '\0';
    return dst;
}

/* copy_z inline for up to 16 bytes (overlapping loads and stores inside
 * [0, n)), where a check's kept values mostly are: the library memcpy
 * call cost more than the copy. */
static inline char *copy_z_short(char *dst, const char *src, size_t n)
{
    if (n - 8 <= 8) {
        uint64_t a, b;
        memcpy(&a, src, 8);
        memcpy(&b, src + n - 8, 8);
        memcpy(dst, &a, 8);
        memcpy(dst + n - 8, &b, 8);
    } else if (n - 4 < 4) {
        uint32_t a, b;
        memcpy(&a, src, 4);
        memcpy(&b, src + n - 4, 4);
        memcpy(dst, &a, 4);
        memcpy(dst + n - 4, &b, 4);
    } else if (n && n < 4) {
        dst[0] = src[0];
        dst[n / 2] = src[n / 2];
        dst[n - 1] = src[n - 1];
    } else if (n) {
        memcpy(dst, src, n);
    }
    dst[n] = '\0';
    return dst;
}

int dy_env_commit(dayone_env *env, dy_env_items *items, dayone_env_source_kind kind,
                  const char *path, dayone_error *err)
{
    if (items->n == 0)
        return DAYONE_OK;
    int rc = reserve(env, items->n);
    if (rc == DAYONE_OK && path)
        rc = reserve_path(env);
    if (rc == DAYONE_ELIMIT)
        return dy_fail(err, rc, "too many variables for one snapshot");
    /* Room for every name and value copy, counted as if all were new. The
     * items are bounded by the file/value limits, so this cannot wrap. */
    size_t bytes = 0;
    for (size_t i = 0; i < items->n; i++)
        bytes += items->v[i].name_len + items->v[i].value_len + 2;
    if (rc == DAYONE_OK)
        rc = dy_env_arena_reserve(&env->arena, bytes);
    if (rc)
        return dy_fail(err, rc, "out of memory while adding variables");
    const char *cited = NULL;
    if (path) {
        char *copy = dy_strdup(path);
        if (!copy)
            return dy_fail(err, DAYONE_ENOMEM, "out of memory while adding variables");
        env->paths[env->npaths++] = copy;
        cited = copy;
    }
    /* From here on nothing allocates, so nothing can fail. The items keep
     * their own buffers, which the caller's release wipes. A None item
     * (python-dotenv's bare NAME) and a name no policy can write (`a.b`,
     * which some dialects accept) are not added. */
    for (size_t i = 0; i < items->n; i++) {
        dy_env_item *it = &items->v[i];
        if (!it->value)
            continue;
        uint64_t bad;
        uint32_t h = judge_name(it->name, it->name_len, &bad);
        if (bad)
            continue;
        env_slot *s = find_slot(env, it->name, it->name_len, h);
        if (!s)
            s = new_slot(env, copy_z(dy_env_arena_take(&env->arena, it->name_len + 1), it->name,
                                     it->name_len),
                         it->name_len, h);
        put_value(env, s, copy_z(dy_env_arena_take(&env->arena, it->value_len + 1), it->value,
                                 it->value_len),
                  it->value_len);
        s->e.source = kind;
        s->e.path = cited;
        s->e.line = it->line;
    }
    maybe_compact(env);
    return DAYONE_OK;
}

const char *dy_env_last_file(const dayone_env *env)
{
    return env && env->npaths ? env->paths[env->npaths - 1] : NULL;
}

int dayone_env_new(dayone_env **out)
{
    if (!out)
        return DAYONE_EINVAL;
    *out = dy_calloc(1, sizeof **out);
    return *out ? DAYONE_OK : DAYONE_ENOMEM;
}

void dayone_env_free(dayone_env *env)
{
    if (!env)
        return;
    dy_env_arena_release(&env->arena);
    for (size_t i = 0; i < env->npaths; i++)
        dy_free(env->paths[i]);
    dy_free(env->paths);
    dy_free(env->slots);
    dy_free(env->table);
    dy_free(env->ptr_keys);
    dy_free(env->ptr_slots);
    dy_free(env->by_bit);
    dy_free(env->bit_next);
    dy_free(env);
}

/* Print at most NAME_ECHO_MAX characters of the valid prefix of a name. */
static size_t echo_len(const char *name, size_t nlen)
{
    size_t n = 0;
    while (n < NAME_ECHO_MAX && n < nlen && name[n] && dy_is_identifier(name, n + 1))
        n++;
    return n;
}

/* The error for a pair pair_ok refused (kept apart: the cold path). The
 * messages name the variable, never the value. */
static int pair_error(const char *name, size_t nlen, size_t value_len,
                      dayone_error *err)
{
    uint64_t bad;
    (void)judge_name(name, nlen, &bad);
    if (bad) {
        size_t shown = echo_len(name, nlen);
        if (shown == 0)
            return dy_fail(err, DAYONE_EINVAL,
                           "invalid variable name: names must match [A-Za-z_][A-Za-z0-9_]*");
        /* Only a name given with its length (dayone_var) can hold one. */
        const char *what = shown < NAME_ECHO_MAX && shown < nlen && name[shown] == '\0'
                               ? "is a NUL byte"
                               : "is not allowed";
        return dy_fail(err, DAYONE_EINVAL,
                       "invalid variable name starting with \"%.*s\": character %zu %s "
                       "(names must match [A-Za-z_][A-Za-z0-9_]*)",
                       (int)shown, name, shown + 1, what);
    }
    int shown = (int)(nlen > NAME_ECHO_MAX ? NAME_ECHO_MAX : nlen);
    const char *ell = nlen > NAME_ECHO_MAX ? "..." : "";
    if (value_len > DAYONE_ENV_VALUE_MAX)
        return dy_fail(err, DAYONE_ELIMIT,
                       "value of %.*s%s is %zu bytes, over the limit of %u bytes",
                       shown, name, ell, value_len, DAYONE_ENV_VALUE_MAX);
    return dy_fail(err, DAYONE_EINVAL, "value of %.*s%s contains a NUL byte", shown, name, ell);
}

/* Nonzero iff v[0..len) holds a NUL byte. Values are mostly short: up to
 * 64 bytes are tested a word (or, with SSE2, 16 bytes) at a time,
 * overlapping loads staying inside [0, len); longer ones by memchr. A
 * value under 8 bytes is one word, its unused bytes set. */
static ENV_INLINE uint64_t nul_bits(const char *v, size_t len)
{
    if (len > 16) {
#if defined(__SSE2__) && !defined(DY_ENV_NO_SIMD)
        if (len <= 64) {
            const __m128i zero = _mm_setzero_si128();
            __m128i any = _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)
                                                         (v + len - 16)), zero);
            for (size_t i = 0; i + 16 < len; i += 16)
                any = _mm_or_si128(any, _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)
                                                                       (const void *)(v + i)),
                                                       zero));
            return (uint64_t)_mm_movemask_epi8(any);
        }
#endif
        return memchr(v, '\0', len) != NULL;
    }
    uint64_t w;
    if (len >= 8) {
        uint64_t a, b;
        memcpy(&a, v, 8);
        memcpy(&b, v + len - 8, 8);
        return DY_HASH_ZERO_BYTE(a, DY_HASH_HIGH64) | DY_HASH_ZERO_BYTE(b, DY_HASH_HIGH64);
    }
    if (len >= 4) {
        uint32_t a, b;
        memcpy(&a, v, 4);
        memcpy(&b, v + len - 4, 4);
        w = (uint64_t)a | (uint64_t)b << 32;
    } else if (len) {
        w = (uint64_t)(unsigned char)v[0] | (uint64_t)(unsigned char)v[len / 2] << 8 |
            (uint64_t)(unsigned char)v[len - 1] << 16 | 0xFFFFFFFFFF000000ull;
    } else {
        return 0;
    }
    return DY_HASH_ZERO_BYTE(w, DY_HASH_HIGH64);
}

static ENV_INLINE int has_nul(const char *v, size_t len)
{
    return nul_bits(v, len) != 0;
}

/* Judge one name/value pair as every way in through the API does (name an
 * identifier, value within DAYONE_ENV_VALUE_MAX and free of NUL): 1 and
 * the name's *hash when it passes. */
static ENV_INLINE int pair_ok(const char *name, size_t nlen, const char *value, size_t value_len,
                          uint32_t *hash)
{
    uint64_t bad;
    *hash = judge_name(name, nlen, &bad);
    return !bad && value_len <= DAYONE_ENV_VALUE_MAX && !has_nul(value, value_len);
}

static int check_pair(const char *name, size_t nlen, const char *value, size_t value_len,
                      uint32_t *hash, dayone_error *err)
{
    if (pair_ok(name, nlen, value, value_len, hash))
        return DAYONE_OK;
    return pair_error(name, nlen, value_len, err);
}

int dayone_env_set(dayone_env *env, const char *name, const char *value,
                   size_t value_len, dayone_error *err)
{
    if (!env || !name || (!value && value_len))
        return dy_fail(err, DAYONE_EINVAL, "env, name and value must not be NULL");
    size_t nlen = strlen(name);
    uint32_t h;
    int rc = check_pair(name, nlen, value, value_len, &h, err);
    if (rc != DAYONE_OK)
        return rc;
    int shown = (int)(nlen > NAME_ECHO_MAX ? NAME_ECHO_MAX : nlen);
    const char *ell = nlen > NAME_ECHO_MAX ? "..." : "";
    /* Direct path, not the staging list: bindings call this once per
     * variable. One arena allocation (name + value, or the value alone on
     * a replacement); nothing changes until it and the slot room exist. */
    env_slot *s = find_slot(env, name, nlen, h);
    if (!s && (env->count == env->cap || (env->count + 1) * 2 > env->tcap)) {
        rc = reserve(env, 1);
        if (rc == DAYONE_ELIMIT)
            return dy_fail(err, rc, "too many variables for one snapshot");
        if (rc != DAYONE_OK)
            return dy_fail(err, DAYONE_ENOMEM, "out of memory while setting %.*s%s", shown, name,
                           ell);
    }
    char *p = dy_env_arena_alloc(&env->arena, s ? value_len + 1 : nlen + 1 + value_len + 1);
    if (!p)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory while setting %.*s%s", shown, name, ell);
    int replaced = s != NULL;
    if (!s) {
        s = new_slot(env, copy_z(p, name, nlen), nlen, h);
        p += nlen + 1;
    }
    put_value(env, s, copy_z(p, value, value_len), value_len);
    s->e.source = DAYONE_SOURCE_API;
    s->e.path = NULL;
    s->e.line = 0;
    if (replaced)
        maybe_compact(env);
    return DAYONE_OK;
}

/* pair_ok for a snapshot restricted to an `only` set: the same judging,
 * but nonzero when the pair is bad, and no hash: it gives the name's
 * filter_bit instead, from the words the judging loaded (only the few
 * names that pass the filter are hashed). Names over 16 bytes are judged
 * 16 bytes at a time, the last 16 overlapping. */
static ENV_INLINE uint64_t pair_bad_filtered(const char *name, size_t nlen, const char *value,
                                             size_t value_len, uint32_t *bit)
{
    uint64_t first, last, mask, bad;
    /* A leading digit is judged with the name's first block (bad_lead_*). */
    if (nlen - 8 <= 8) { /* 8 to 16 bytes, the usual */
        memcpy(&first, name, 8);
        memcpy(&last, name + nlen - 8, 8);
        bad = bad_lead_words(first, last);
    } else if (nlen < 8) {
        first = last = load_small(name, nlen, &mask);
        bad = ((name_bytes(first) & mask) ^ mask) | (nlen == 0) |
              (nlen && (unsigned)((unsigned char)name[0] - '0') < 10u);
    } else {
        memcpy(&first, name, 8);
        memcpy(&last, name + nlen - 8, 8);
        bad = bad_lead_block16(name) | bad_block16(name + nlen - 16);
        for (size_t i = 16; i + 16 < nlen; i += 16)
            bad |= bad_block16(name + i);
    }
    *bit = filter_bit(first, last, nlen);
    if (ENV_UNLIKELY(value_len > DAYONE_ENV_VALUE_MAX))
        return 1; /* not read: the length alone refuses it */
    return bad | nul_bits(value, value_len);
}

static ENV_INLINE int is_file_ref(const char *name, size_t nlen)
{
    return nlen >= 5 && name[nlen - 1] == 'E' && memcmp(name + nlen - 5, "_FILE", 5) == 0;
}

/* Which of n pairs are kept, with their hashes: on the stack for the
 * usual few hundred, else allocated. */
#define VARS_ON_STACK 256

typedef struct kept_vars {
    /* Each kept pair's index in vars and its name's hash, or for a
     * restricted snapshot the name's slot index in `only`. */
    uint32_t *hs, *ix;
    size_t n, bytes;          /* how many; bytes of their name and value copies */
    size_t file_refs;         /* NAME_FILE names judged but not kept */
    uint32_t hs_stack[VARS_ON_STACK], ix_stack[VARS_ON_STACK];
} kept_vars;

static void kept_release(kept_vars *k)
{
    if (k->hs != k->hs_stack) {
        dy_free(k->hs);
        dy_free(k->ix);
    }
}

/* Judge every pair, in order (the first bad one is the error, as with
 * dayone_env_set one by one), and note those a snapshot restricted to
 * `only` keeps (every pair when `only` is NULL). Nothing is copied.
 * Inlined twice (judge_vars), so that each loop knows which it is. */
static ENV_INLINE int judge_vars_in(kept_vars *k, const dayone_env *only, const dayone_var *vars,
                                    size_t n, dayone_error *err)
{
    k->hs = k->hs_stack;
    k->ix = k->ix_stack;
    k->n = k->bytes = k->file_refs = 0;
    if (n > UINT32_MAX / 4)
        return dy_fail(err, DAYONE_ELIMIT, "too many variables for one snapshot");
    if (n > VARS_ON_STACK) {
        k->hs = dy_malloc(n * sizeof *k->hs);
        k->ix = dy_malloc(n * sizeof *k->ix);
        if (!k->hs || !k->ix) {
            dy_free(k->hs);
            dy_free(k->ix);
            k->hs = k->hs_stack; /* nothing left for kept_release */
            return dy_fail(err, DAYONE_ENOMEM, "out of memory while setting variables");
        }
    }
    size_t file_refs = 0;
    /* The set's filter index, when it covers every name of the set. */
    const int by_bit = only && only->by_bit && only->indexed == only->count;
    for (size_t i = 0; i < n; i++) {
        const char *name = vars[i].name, *value = vars[i].value;
        size_t nlen = vars[i].name_len, vlen = vars[i].value_len;
        uint32_t h = 0, bit;
        if (ENV_UNLIKELY(!name) || ENV_UNLIKELY(!value)) {
            if ((!name && nlen) || (!value && vlen))
                return dy_fail(err, DAYONE_EINVAL, "a variable's name or value is NULL");
            name = name ? name : "";
            value = value ? value : "";
        }
        if (!only) {
            if (ENV_UNLIKELY(!pair_ok(name, nlen, value, vlen, &h)))
                return pair_error(name, nlen, vlen, err);
        } else {
            if (ENV_UNLIKELY(pair_bad_filtered(name, nlen, value, vlen, &bit)))
                return pair_error(name, nlen, vlen, err);
            const env_slot *in = NULL;
            if (filter_has(only->name_bits, bit))
                in = by_bit ? find_by_bit(only, bit, name, nlen)
                            : find_slot(only, name, nlen, hash_name(name, nlen));
            /* Kept by its place in `only` (by_only), not by a hash. */
            h = in ? (uint32_t)(in - only->slots) : 0;
            if (!in) {
                /* Not kept, but still a NAME_FILE reference as far as
                 * dy_env_has_file_refs is concerned. */
                file_refs += is_file_ref(name, nlen);
                continue;
            }
        }
        if (ENV_UNLIKELY(nlen + vlen + 2 > SIZE_MAX - k->bytes))
            return dy_fail(err, DAYONE_ELIMIT, "too many variables for one snapshot");
        k->hs[k->n] = h;
        k->ix[k->n++] = (uint32_t)i;
        k->bytes += nlen + vlen + 2;
    }
    k->file_refs = file_refs;
    return DAYONE_OK;
}

static int judge_vars(kept_vars *k, const dayone_env *only, const dayone_var *vars, size_t n,
                      dayone_error *err)
{
    return only ? judge_vars_in(k, only, vars, n, err) : judge_vars_in(k, NULL, vars, n, err);
}

/* Copy the kept pairs into env, whose slots, table and `p` (k->bytes) have
 * room for all of them; later pairs win. Allocates nothing. Returns the
 * end of the copies (short of p + k->bytes when a name was already set);
 * *replaced says whether a pair replaced an earlier one. */
static char *put_kept(dayone_env *env, const kept_vars *k, const dayone_var *vars, char *p,
                      int *replaced)
{
    *replaced = 0;
    for (size_t j = 0; j < k->n; j++) {
        const dayone_var *v = &vars[k->ix[j]];
        env_slot *s;
        int fresh = 0;
        if (env->by_only) { /* no table: the slot by the name's place in `only` */
            uint32_t *at = &env->by_only[k->hs[j]];
            s = *at ? &env->slots[*at - 1] : NULL;
            if (!s) {
                /* The same name, as `only` holds it (and outlives this
                 * snapshot, dy_env_with_vars'): no copy. */
                const env_slot *in = &env->only->slots[k->hs[j]];
                s = append_slot(env, in->e.name, v->name_len, in->hash);
                *at = (uint32_t)env->count;
                fresh = 1;
            }
        } else {
            /* A restricted snapshot's judging gave the name's place in
             * `only`, whose slot has the same hash. */
            uint32_t h = env->only ? env->only->slots[k->hs[j]].hash : k->hs[j];
            s = find_slot(env, v->name, v->name_len, h);
            if (!s) {
                s = new_slot(env, copy_z(p, v->name, v->name_len), v->name_len, h);
                p += v->name_len + 1;
                fresh = 1;
            }
        }
        *replaced |= !fresh;
        put_value(env, s, copy_z_short(p, v->value, v->value_len), v->value_len);
        p += v->value_len + 1;
        s->e.source = DAYONE_SOURCE_API;
        s->e.path = NULL;
        s->e.line = 0;
    }
    return p;
}

int dy_env_add_vars(dayone_env *env, const dayone_var *vars, size_t n, dayone_error *err)
{
    if (!env || (n && !vars))
        return dy_fail(err, DAYONE_EINVAL, "env and vars must not be NULL");
    /* Every pair is judged before anything changes; only those a
     * restricted snapshot keeps are then copied. */
    kept_vars k;
    int rc = judge_vars(&k, env->only, vars, n, err);
    if (rc != DAYONE_OK)
        goto done;
    if ((rc = reserve(env, k.n)) == DAYONE_ELIMIT) {
        rc = dy_fail(err, rc, "too many variables for one snapshot");
        goto done;
    }
    if (rc != DAYONE_OK || (rc = dy_env_arena_reserve(&env->arena, k.bytes)) != DAYONE_OK) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory while setting variables");
        goto done;
    }
    /* From here on nothing allocates, so nothing can fail. */
    env->file_refs += k.file_refs;
    if (k.n) {
        int replaced;
        char *start = dy_env_arena_take(&env->arena, k.bytes);
        char *end = put_kept(env, &k, vars, start, &replaced);
        env->arena.chunks->used -= (size_t)(start + k.bytes - end); /* not needed after all */
        if (replaced)
            maybe_compact(env);
    }
done:
    kept_release(&k);
    return rc;
}

/* Bytes of dy_env_with_vars' snapshot (slots, by_only, copies) kept on
 * the stack rather than allocated. */
#define WITH_VARS_ON_STACK 4096

int dy_env_with_vars(const dayone_env *only, const dayone_var *vars, size_t n,
                     int (*use)(const dayone_env *env, void *arg), void *arg, int *strayed,
                     dayone_error *err)
{
    *strayed = 0;
    if (!only || (n && !vars))
        return dy_fail(err, DAYONE_EINVAL, "only and vars must not be NULL");
    kept_vars k;
    union {
        char bytes[WITH_VARS_ON_STACK];
        env_slot align; /* the slots come first */
    } stack_block;
    char *block = NULL;
    int rc = judge_vars(&k, only, vars, n, err);
    if (rc != DAYONE_OK)
        goto done;
    /* One block: the slots (one per distinct kept name, so no more than
     * `only` has), by_only (a word per name of `only`: no table of its
     * own), then the name and value copies. */
    size_t nslots = k.n < only->count ? k.n : only->count;
    size_t slots_size = nslots * sizeof(env_slot), table_size = only->count * sizeof(uint32_t);
    if (k.bytes > SIZE_MAX - slots_size - table_size) {
        rc = dy_fail(err, DAYONE_ELIMIT, "too many variables for one snapshot");
        goto done;
    }
    /* The usual check's few dozen kept pairs fit on the stack. */
    block = slots_size + table_size + k.bytes <= sizeof stack_block
                ? stack_block.bytes
                : dy_malloc(slots_size + table_size + k.bytes);
    if (!block) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory while setting variables");
        goto done;
    }
    dayone_env env;
    memset(&env, 0, sizeof env);
    env.slots = (env_slot *)(void *)block;
    env.cap = nslots;
    env.by_only = (uint32_t *)(void *)(block + slots_size);
    memset(env.by_only, 0, table_size);
    env.only = only;
    env.file_refs = k.file_refs;
    char *copies = block + slots_size + table_size;
    int replaced;
    (void)put_kept(&env, &k, vars, copies, &replaced);
    rc = use(&env, arg);
    *strayed = env.strayed;
    dy_wipe(copies, k.bytes); /* values may be secrets */
done:
    if (block != stack_block.bytes)
        dy_free(block);
    kept_release(&k);
    return rc;
}

int dayone_env_set_many(dayone_env *env, const dayone_var *vars, size_t nvars,
                        dayone_error *err)
{
    if (env && env->only)
        return dy_fail(err, DAYONE_EINVAL, "dayone_env_set_many: a restricted snapshot");
    return dy_env_add_vars(env, vars, nvars, err);
}

int dy_env_index_filter(dayone_env *set)
{
    if (!set)
        return DAYONE_EINVAL;
    uint32_t *by_bit = dy_calloc(FILTER_WORDS * 64u, sizeof *by_bit);
    uint32_t *next = dy_malloc((set->count ? set->count : 1) * sizeof *next);
    if (!by_bit || !next) {
        dy_free(by_bit);
        dy_free(next);
        return DAYONE_ENOMEM;
    }
    for (size_t i = set->count; i-- > 0;) { /* each chain in slot order */
        uint32_t b = name_filter_bit(set->slots[i].e.name, set->slots[i].name_len);
        next[i] = by_bit[b];
        by_bit[b] = (uint32_t)(i + 1);
    }
    dy_free(set->by_bit);
    dy_free(set->bit_next);
    set->by_bit = by_bit;
    set->bit_next = next;
    set->indexed = set->count;
    return DAYONE_OK;
}

int dy_env_set_holds(const dayone_env *set, const char *s, size_t len)
{
    if (!filter_has(set->name_bits, name_filter_bit(s, len)))
        return 0;
    return find_slot(set, s, len, hash_name(s, len)) != NULL;
}

void dy_env_restrict(dayone_env *env, const dayone_env *only)
{
    env->only = only;
}

int dy_env_strayed(const dayone_env *env)
{
    return env && env->strayed;
}

size_t dayone_env_count(const dayone_env *env)
{
    return env ? env->count : 0;
}

int dayone_env_has(const dayone_env *env, const char *name)
{
    return dy_env_get(env, name) != NULL;
}

static inline size_t ptr_home(const char *p, size_t pcap)
{
    return (size_t)(((uint64_t)(uintptr_t)p * 0x9e3779b97f4a7c15ull) >> 32) & (pcap - 1);
}

/* The slot of the set's name at address p, noted by dy_env_note_name_at:
 * -1 when p was not noted. */
static inline long noted_slot(const dayone_env *set, const char *p)
{
    if (!set->pcap)
        return -1;
    for (size_t i = ptr_home(p, set->pcap);; i = (i + 1) & (set->pcap - 1)) {
        if (set->ptr_keys[i] == p)
            return (long)set->ptr_slots[i];
        if (!set->ptr_keys[i])
            return -1;
    }
}

int dy_env_note_name_at(dayone_env *set, const char *name)
{
    if (!set || !name)
        return DAYONE_EINVAL;
    size_t len = strlen(name);
    const env_slot *s = find_slot(set, name, len, hash_name(name, len));
    if (!s)
        return DAYONE_EINVAL;
    if (noted_slot(set, name) >= 0)
        return DAYONE_OK;
    if ((set->pcount + 1) * 2 > set->pcap) { /* at most half full */
        size_t ncap = set->pcap ? set->pcap * 2 : 64;
        const char **keys = dy_calloc(ncap, sizeof *keys);
        uint32_t *slots = dy_malloc(ncap * sizeof *slots);
        if (!keys || !slots) {
            dy_free(keys);
            dy_free(slots);
            return DAYONE_ENOMEM;
        }
        for (size_t i = 0; i < set->pcap; i++) {
            if (!set->ptr_keys[i])
                continue;
            size_t j = ptr_home(set->ptr_keys[i], ncap);
            while (keys[j])
                j = (j + 1) & (ncap - 1);
            keys[j] = set->ptr_keys[i];
            slots[j] = set->ptr_slots[i];
        }
        dy_free(set->ptr_keys);
        dy_free(set->ptr_slots);
        set->ptr_keys = keys;
        set->ptr_slots = slots;
        set->pcap = ncap;
    }
    size_t j = ptr_home(name, set->pcap);
    while (set->ptr_keys[j])
        j = (j + 1) & (set->pcap - 1);
    set->ptr_keys[j] = name;
    set->ptr_slots[j] = (uint32_t)(s - set->slots);
    set->pcount++;
    return DAYONE_OK;
}

/* dy_env_get of a restricted snapshot (private to one dayone_check_vars
 * call, so the write of `strayed` cannot race): it notes a name it may
 * have left out. */
#if defined(__GNUC__)
__attribute__((noinline)) /* keeps dy_env_get's usual path as short as before */
#endif
static const dy_env_entry *get_restricted(const dayone_env *env, const char *name)
{
    const env_slot *s, *o;
    if (env->by_only) { /* a name whose address the set did not note */
        size_t len = strlen(name);
        o = find_slot(env->only, name, len, hash_name(name, len));
        uint32_t ix = o ? env->by_only[o - env->only->slots] : 0;
        s = ix ? &env->slots[ix - 1] : NULL;
    } else {
        size_t len = strlen(name);
        uint32_t h = hash_name(name, len);
        s = find_slot(env, name, len, h);
        o = s ? s : find_slot(env->only, name, len, h);
    }
    if (!o)
        ((dayone_env *)env)->strayed = 1;
    return s ? &s->e : NULL;
}

const dy_env_entry *dy_env_get(const dayone_env *env, const char *name)
{
    if (!env || !name)
        return NULL;
    if (ENV_UNLIKELY(env->only != NULL)) {
        long at;
        if (env->by_only && (at = noted_slot(env->only, name)) >= 0) {
            /* The policy's own string, found by its address: no call. */
            uint32_t ix = env->by_only[at];
            return ix ? &env->slots[ix - 1].e : NULL;
        }
        return get_restricted(env, name);
    }
    if (!env->count)
        return NULL;
    size_t len = strlen(name);
    env_slot *s = find_slot(env, name, len, hash_name(name, len));
    return s ? &s->e : NULL;
}

int dy_env_has_file_refs(const dayone_env *env)
{
    return env && env->file_refs != 0;
}

const dy_env_entry *dy_env_at(const dayone_env *env, size_t i)
{
    if (!env || i >= env->count)
        return NULL;
    return &env->slots[i].e;
}

const char *dy_env_source_name(dayone_env_source_kind kind)
{
    switch (kind) {
    case DAYONE_SOURCE_PROCESS: return "process";
    case DAYONE_SOURCE_FILE: return "file";
    case DAYONE_SOURCE_API: return "api";
    case DAYONE_SOURCE_SECRET_FILE: return "secret-file";
    }
    return "unknown";
}

