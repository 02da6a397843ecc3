/* fact_tree.c - the nodes of a facts tree: create, free (wiping texts),
 * append, the sorted member index and the key rule (fact_tree.h). */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "fact_tree.h"

/* ---- nodes ---- */

dy_fact *dy_fact_new(dy_fact_kind kind)
{
    dy_fact *f = dy_calloc(1, sizeof *f);
    if (f)
        f->kind = kind;
    return f;
}

void dy_fact_free(dy_fact *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++)
        dy_fact_free(f->items[i]);
    dy_free(f->items);
    dy_free(f->sorted);
    dy_free(f->key);
    if (f->text)
        dy_wipe(f->text, f->text_len);
    dy_free(f->text);
    dy_free(f);
}

int dy_fact_reserve(dy_fact *f, size_t need)
{
    if (need <= f->cap)
        return DAYONE_OK;
    size_t cap = f->cap ? f->cap : 4;
    while (cap < need)
        cap *= 2;
    dy_fact **items = dy_realloc(f->items, cap * sizeof *items);
    if (!items)
        return DAYONE_ENOMEM;
    f->items = items;
    if (f->kind == DY_FACT_MAP) {
        dy_fact **sorted = dy_realloc(f->sorted, cap * sizeof *sorted);
        if (!sorted)
            return DAYONE_ENOMEM;
        f->sorted = sorted;
    }
    f->cap = cap;
    return DAYONE_OK;
}

int dy_fact_append(dy_fact *parent, dy_fact *child)
{
    if (dy_fact_reserve(parent, parent->n + 1))
        return DAYONE_ENOMEM;
    if (parent->kind == DY_FACT_MAP)
        parent->sorted[parent->n] = child;
    parent->items[parent->n++] = child;
    return DAYONE_OK;
}

static int cmp_key(const char *a, size_t alen, const char *b, size_t blen)
{
    int c = memcmp(a, b, alen < blen ? alen : blen);
    return c ? c : (alen > blen) - (alen < blen);
}

static int cmp_members(const void *x, const void *y)
{
    const dy_fact *a = *(dy_fact *const *)x, *b = *(dy_fact *const *)y;
    return cmp_key(a->key, a->key_len, b->key, b->key_len);
}

void dy_fact_sort_members(dy_fact *map)
{
    if (map->n > 1)
        qsort(map->sorted, map->n, sizeof *map->sorted, cmp_members);
}

/* Binary search over the first n sorted members. */
dy_fact *dy_fact_member_in(const dy_fact *map, size_t n, const char *key, size_t len)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const dy_fact *m = map->sorted[mid];
        int c = cmp_key(key, len, m->key, m->key_len);
        if (c == 0)
            return map->sorted[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

dy_fact *dy_fact_member(const dy_fact *map, const char *key, size_t len)
{
    return map && map->kind == DY_FACT_MAP ? dy_fact_member_in(map, map->n, key, len) : NULL;
}

int dy_fact_key_valid(const char *key, size_t len)
{
    if (len == 0 || len > DAYONE_FACTS_KEY_MAX)
        return 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)key[i];
        if (c <= ' ' || c == 0x7F || c == '.' || c == '[' || c == ']')
            return 0;
    }
    return 1;
}

