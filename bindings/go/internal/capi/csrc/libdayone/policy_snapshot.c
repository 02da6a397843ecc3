/* policy_snapshot.c - policies from relocatable images, and making those
 * images (see policy_snapshot.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "alloc_arena.h"
#include "error.h"
#include "pattern.h"
#include "policy.h"
#include "policy_rules.h"
#include "policy_snapshot.h"
#include "policy_support.h"

/* ---- loading an image ------------------------------------------------------- */

static int compile(const char *src, pcre2_code **out)
{
    char msg[256];
    size_t off = 0;
    *out = dy_pattern_compile_lazy(src, msg, sizeof msg, &off);
    return *out != NULL;
}

/* A rule's compiled patterns, its own and those of the checks every element
 * of a list gets (facts->each), from their source: they compiled when the
 * image was made, so only memory can fail. */
static int compile_rule_patterns(dy_rule *r)
{
    if (r->checks.pattern_src && !compile(r->checks.pattern_src, &r->checks.pattern))
        return 0;
    return !(r->facts && r->facts->each) || compile_rule_patterns(r->facts->each);
}

static int compile_patterns(dayone_policy *p)
{
    for (size_t i = 0; i < p->nrules; i++)
        if (!compile_rule_patterns(&p->rules[i]))
            return 0;
    if (p->support && p->support->ticket_src && !compile(p->support->ticket_src, &p->support->ticket))
        return 0;
    return 1;
}

int dy_policy_from_snapshot(dayone_policy **out, const dy_policy_snapshot *s,
                            dayone_error *err)
{
    dy_alloc_arena *arena;
    *out = NULL;
    unsigned char *base = dy_arena_new_image(s->len, &arena);
    if (!base)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    memcpy(base, s->bytes, s->len);
    for (size_t i = 0; i < s->nrelocs; i++) {
        uintptr_t w;
        memcpy(&w, base + s->relocs[i], sizeof w);
        w += (uintptr_t)base;
        memcpy(base + s->relocs[i], &w, sizeof w);
    }
    dayone_policy *p = (dayone_policy *)(void *)(base + s->policy_at);
    p->arena = arena;
    if (!compile_patterns(p)) {
        dy_policy_destroy(p);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    *out = p;
    return DAYONE_OK;
}

/* ---- making an image -------------------------------------------------------- */

typedef struct dy_range { uintptr_t lo, hi; } dy_range;

/* The address ranges mapped in this process (Linux: /proc/self/maps), so
 * that a word equal in both loads but pointing outside the model (code, a
 * static table, the heap) is refused. */
static dy_range *mapped_ranges(size_t *n)
{
    FILE *f = fopen("/proc/self/maps", "r");
    dy_range *v = NULL;
    size_t cap = 0;
    char line[512];
    *n = 0;
    if (!f)
        return NULL;
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        if (sscanf(line, "%lx-%lx", &lo, &hi) != 2)
            continue;
        if (*n == cap) {
            cap = cap ? cap * 2 : 64;
            dy_range *w = realloc(v, cap * sizeof *w);
            if (!w) {
                free(v);
                fclose(f);
                *n = 0;
                return NULL;
            }
            v = w;
        }
        v[(*n)++] = (dy_range){lo, hi};
    }
    fclose(f);
    return v;
}

static int is_mapped(const dy_range *v, size_t n, uintptr_t x)
{
    for (size_t i = 0; i < n; i++)
        if (x >= v[i].lo && x < v[i].hi)
            return 1;
    return 0;
}

/* Clear, in a copy of p's block starting at img, the words filled at run
 * time (see policy_snapshot.h); the walk is compile_patterns' own. */
#define CLEAR(field) memset(img + ((const unsigned char *)&(field) - block), 0, sizeof(field))

static void clear_rule_patterns(const dy_rule *r, const unsigned char *block, unsigned char *img)
{
    CLEAR(r->checks.pattern);
    if (r->facts && r->facts->each)
        clear_rule_patterns(r->facts->each, block, img);
}

static void clear_runtime_words(const dayone_policy *p, const unsigned char *block,
                                unsigned char *img)
{
    CLEAR(p->arena);
    for (size_t i = 0; i < p->nrules; i++)
        clear_rule_patterns(&p->rules[i], block, img);
    if (p->support)
        CLEAR(p->support->ticket);
}
#undef CLEAR

static int refuse(char *why, size_t whysize, const char *what, size_t at)
{
    snprintf(why, whysize, "%s (the word at offset %zu)", what, at);
    return -1;
}

int dy_policy_snapshot_make(const dayone_policy *a, const dayone_policy *b,
                            dy_policy_snapshot *out, char *why, size_t whysize)
{
    size_t la, lb, nranges = 0;
    const unsigned char *ba = dy_arena_single_block(a->arena, &la);
    const unsigned char *bb = dy_arena_single_block(b->arena, &lb);
    unsigned char *ia = NULL, *ib = NULL;
    uint32_t *relocs = NULL;
    dy_range *ranges = NULL;
    size_t nrelocs = 0;
    int rc = -1;

    memset(out, 0, sizeof *out);
    if (!ba || !bb || la != lb || la % sizeof(uintptr_t) || la > UINT32_MAX)
        return refuse(why, whysize, "each policy must fill one arena block of the same size", 0);
    size_t at = (size_t)((const unsigned char *)a - ba);
    if (at != (size_t)((const unsigned char *)b - bb) || at >= la)
        return refuse(why, whysize, "the policies sit at different places in their blocks", at);
    if (a->check_names || b->check_names)
        return refuse(why, whysize, "a policy already used by a check", at);
    ranges = mapped_ranges(&nranges);
    ia = malloc(la);
    ib = malloc(la);
    relocs = malloc((la / sizeof(uintptr_t)) * sizeof *relocs);
    if (!ranges || !ia || !ib || !relocs) {
        refuse(why, whysize, "out of memory, or no /proc/self/maps", 0);
        goto done;
    }
    memcpy(ia, ba, la);
    memcpy(ib, bb, la);
    clear_runtime_words(a, ba, ia);
    clear_runtime_words(b, bb, ib);
    for (size_t off = 0; off < la; off += sizeof(uintptr_t)) {
        uintptr_t wa, wb;
        memcpy(&wa, ia + off, sizeof wa);
        memcpy(&wb, ib + off, sizeof wb);
        if (wa - (uintptr_t)ba == wb - (uintptr_t)bb && wa - (uintptr_t)ba <= la) {
            uintptr_t rel = wa - (uintptr_t)ba;   /* a pointer into the block */
            memcpy(ia + off, &rel, sizeof rel);
            relocs[nrelocs++] = (uint32_t)off;
        } else if (wa != wb) {
            char what[96];
            snprintf(what, sizeof what, "a word differs between the two loads (%#jx, %#jx)",
                     (uintmax_t)wa, (uintmax_t)wb);
            refuse(why, whysize, what, off);
            goto done;
        } else if (wa && is_mapped(ranges, nranges, wa)) {
            refuse(why, whysize, "a pointer outside the model", off);
            goto done;
        }
    }
    out->bytes = ia;
    out->len = la;
    out->relocs = relocs;
    out->nrelocs = nrelocs;
    out->policy_at = at;
    ia = NULL;
    relocs = NULL;
    rc = 0;
done:
    free(ranges);
    free(ia);
    free(ib);
    free(relocs);
    return rc;
}

void dy_policy_snapshot_release(dy_policy_snapshot *s)
{
    free((void *)s->bytes);
    free((void *)s->relocs);
    memset(s, 0, sizeof *s);
}
