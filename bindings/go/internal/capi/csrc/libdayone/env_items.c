/* env_items.c - the staging list (env_items.h). */
#include <string.h>
#include "alloc.h"
#include "dayone/common.h"
#include "env_items.h"

int dy_env_items_push_owned(dy_env_items *items, char *name, size_t name_len, char *value,
                            size_t value_len, unsigned line)
{
    return dy_env_items_push_ref(items, name, name_len, value, value_len, line, 0);
}

int dy_env_items_push_ref(dy_env_items *items, const char *name, size_t name_len,
                          const char *value, size_t value_len, unsigned line,
                          unsigned borrowed)
{
    if (items->n == items->cap) {
        size_t ncap = items->cap ? items->cap * 2 : 16;
        dy_env_item *nv = dy_realloc(items->v, ncap * sizeof *nv);
        if (!nv)
            return DAYONE_ENOMEM;
        items->v = nv;
        items->cap = ncap;
    }
    dy_env_item *it = &items->v[items->n++];
    /* The casts only store: a borrowed part is never written or freed. */
    it->name = (char *)name;
    it->name_len = name_len;
    it->value = (char *)value;
    it->value_len = value_len;
    it->line = line;
    it->borrowed = borrowed;
    return DAYONE_OK;
}

int dy_env_items_take(dy_env_items *dst, dy_env_items *src)
{
    if (!dst->n && !dst->v) {
        *dst = *src;
    } else if (src->n) {
        if (dst->cap - dst->n < src->n) {
            size_t ncap = dst->n + src->n;
            dy_env_item *nv = dy_realloc(dst->v, ncap * sizeof *nv);
            if (!nv)
                return DAYONE_ENOMEM;
            dst->v = nv;
            dst->cap = ncap;
        }
        memcpy(dst->v + dst->n, src->v, src->n * sizeof *src->v);
        dst->n += src->n;
        dy_free(src->v);
    } else {
        dy_free(src->v);
    }
    src->v = NULL;
    src->n = src->cap = 0;
    return DAYONE_OK;
}

int dy_env_items_push(dy_env_items *items, const char *name, size_t name_len,
                      const char *value, size_t value_len, unsigned line)
{
    char *n = dy_strndup(name, name_len), *v = dy_strndup(value, value_len);
    if (n && v && dy_env_items_push_owned(items, n, name_len, v, value_len, line) == DAYONE_OK)
        return DAYONE_OK;
    dy_free(n);
    if (v) {
        dy_wipe(v, value_len);
        dy_free(v);
    }
    return DAYONE_ENOMEM;
}

void dy_env_items_release(dy_env_items *items)
{
    for (size_t i = 0; i < items->n; i++) {
        dy_env_item *it = &items->v[i];
        if (!(it->borrowed & DY_ENV_ITEM_NAME_BORROWED))
            dy_free(it->name);
        if (it->value && !(it->borrowed & DY_ENV_ITEM_VALUE_BORROWED)) {
            dy_wipe(it->value, it->value_len);
            dy_free(it->value);
        }
    }
    dy_free(items->v);
    items->v = NULL;
    items->n = items->cap = 0;
}
