/* flag.c - a policy flag's state in a snapshot (flag.h). */
#include "flag.h"
#include "text.h"

int dy_flag_state(const dayone_policy *p, const dayone_env *env, size_t flag,
                  int *is_default)
{
    const dy_flag *f = &p->flags[flag];
    return dy_flag_state_of(f, dy_env_get(env, f->env), is_default);
}

int dy_flag_state_of(const dy_flag *f, const dy_env_entry *e, int *is_default)
{
    /* A blank value parses as no boolean (dy_parse_bool trims): the
     * default, without a second scan for blanks. */
    int v = e ? dy_parse_bool(e->value, e->value_len) : -1;
    if (is_default)
        *is_default = v < 0;
    return v < 0 ? (f->default_value != 0) : v;
}
