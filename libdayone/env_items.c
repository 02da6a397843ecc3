/* env_items.c - the staging list (env_items.h). */
#include "alloc.h"
#include "dayone/common.h"
#include "env_items.h"

int dy_env_items_push_owned(dy_env_items *items, char *name, size_t name_len, char *value,
                            size_t value_len, unsigned line)
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
    it->name = name;
    it->name_len = name_len;
    it->value = value;
    it->value_len = value_len;
    it->line = line;
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
        dy_free(items->v[i].name);
        if (items->v[i].value) {
            dy_wipe(items->v[i].value, items->v[i].value_len);
            dy_free(items->v[i].value);
        }
    }
    dy_free(items->v);
    items->v = NULL;
    items->n = items->cap = 0;
}
