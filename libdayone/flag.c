/* flag.c - a policy flag's state in a snapshot (flag.h). */
#include "flag.h"
#include "text.h"

int dy_flag_state(const dayone_policy *p, const dayone_env *env, size_t flag,
                  int *is_default)
{
    const dy_flag *f = &p->flags[flag];
    const dy_env_entry *e = dy_env_get(env, f->env);
    int v = -1;
    if (e && !dy_is_blank(e->value, e->value_len))
        v = dy_parse_bool(e->value, e->value_len);
    if (is_default)
        *is_default = v < 0;
    return v < 0 ? (f->default_value != 0) : v;
}
