/* condition.c - `when:` evaluation and the `because` text. See condition.h. */
#include <string.h>
#include "condition.h"
#include "condition_fact.h"
#include "environment.h"
#include "flag.h"
#include "text.h"

static int value_equals(const dy_env_entry *e, const char *lit)
{
    size_t n = strlen(lit);
    return e && e->value_len == n && memcmp(e->value, lit, n) == 0;
}

void dy_cond_memo_init(dy_cond_memo *m)
{
    m->production = -1;
    memset(m->flag, -1, sizeof m->flag);
    m->var = NULL;
    m->var_entry = NULL;
}

/* var's entry in env, through the memo's last variable. */
static const dy_env_entry *var_entry(const dayone_env *env, const char *var, dy_cond_memo *m)
{
    if (!m)
        return dy_env_get(env, var);
    if (!m->var || (m->var != var && strcmp(m->var, var) != 0)) {
        m->var_entry = dy_env_get(env, var);
        m->var = var;
    }
    return m->var_entry;
}

dy_env_production dy_cond_production(const dayone_policy *p, const dayone_env *env,
                                     dy_cond_memo *m)
{
    if (!m)
        return dy_environment_production(p, env);
    if (m->production < 0)
        m->production = (signed char)dy_environment_production(p, env);
    return (dy_env_production)m->production;
}

int dy_cond_flag(const dayone_policy *p, const dayone_env *env, size_t flag, dy_cond_memo *m)
{
    if (!m || flag >= DY_COND_MEMO_FLAGS)
        return dy_flag_state(p, env, flag, NULL);
    if (m->flag[flag] < 0)
        m->flag[flag] = (signed char)dy_flag_state(p, env, flag, NULL);
    return m->flag[flag];
}

void dy_cond_memo_set_flag(dy_cond_memo *m, size_t flag, int state)
{
    if (flag < DY_COND_MEMO_FLAGS)
        m->flag[flag] = (signed char)state;
}

/* The value a fact condition compares: a fact's text (condition_fact.h). */
static int fact_holds(const dy_cond_scope *scope, const dy_cond *c)
{
    const char *text = NULL;
    size_t len = 0;
    int set = dy_cond_fact_value(scope, c->var, &text, &len);
    if (c->kind == DY_COND_SET)
        return c->set_expected ? set : !set;
    for (size_t i = 0; set && text && i < c->nvalues; i++)
        if (strlen(c->values[i]) == len && memcmp(c->values[i], text, len) == 0)
            return 1;
    return 0;
}

static int eval(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                const dy_cond *c, dy_cond_memo *m);

int dy_cond_eval(const dayone_policy *p, const dayone_env *env, const dy_cond *c)
{
    return eval(p, env, NULL, c, NULL);
}

int dy_cond_eval_memo(const dayone_policy *p, const dayone_env *env, const dy_cond *c,
                      dy_cond_memo *m)
{
    return eval(p, env, NULL, c, m);
}

int dy_cond_eval_in(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                    const dy_cond *c, dy_cond_memo *m)
{
    return eval(p, env, scope, c, m);
}

static int eval(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                const dy_cond *c, dy_cond_memo *m)
{
    if (!c)
        return 1;
    if (c->fact)
        return fact_holds(scope, c);
    switch (c->kind) {
    case DY_COND_FLAG:
        return dy_cond_flag(p, env, c->flag, m);
    case DY_COND_EQUALS:
    case DY_COND_IN: {
        const dy_env_entry *e = var_entry(env, c->var, m);
        for (size_t i = 0; i < c->nvalues; i++)
            if (value_equals(e, c->values[i]))
                return 1;
        return c->production && dy_cond_production(p, env, m) == DY_PRODUCTION_LIKE;
    }
    case DY_COND_SET: {
        const dy_env_entry *e = var_entry(env, c->var, m);
        int set = e && !dy_is_blank(e->value, e->value_len);
        return c->set_expected ? set : !set;
    }
    case DY_COND_ALL:
        for (size_t i = 0; i < c->nchildren; i++)
            if (!eval(p, env, scope, &c->children[i], m))
                return 0;
        return 1;
    case DY_COND_ANY:
        for (size_t i = 0; i < c->nchildren; i++)
            if (eval(p, env, scope, &c->children[i], m))
                return 1;
        return 0;
    case DY_COND_NOT:
        return c->nchildren ? !eval(p, env, scope, &c->children[0], m) : 1;
    }
    return 0;
}

/* A bounded writer: appends until full, then silently truncates. */
typedef struct out { char *buf; size_t size, len; } out;

static void put(out *o, const char *s)
{
    size_t n = strlen(s);
    if (o->size == 0)
        return;
    size_t room = o->size - 1 - o->len;
    if (n > room)
        n = room;
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = '\0';
}

static void because(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                    const dy_cond *c, int holds, out *o);

static void join_children(const dayone_policy *p, const dayone_env *env,
                          const dy_cond_scope *scope, const dy_cond *c, int holds, out *o)
{
    for (size_t i = 0; i < c->nchildren; i++) {
        if (i)
            put(o, " and ");
        because(p, env, scope, &c->children[i], holds, o);
    }
}

/* First child whose value is `holds`: the one that decided an all/any. */
static void deciding_child(const dayone_policy *p, const dayone_env *env,
                           const dy_cond_scope *scope, const dy_cond *c, int holds, out *o)
{
    for (size_t i = 0; i < c->nchildren; i++) {
        if (eval(p, env, scope, &c->children[i], NULL) == holds) {
            because(p, env, scope, &c->children[i], holds, o);
            return;
        }
    }
}

/* A fact condition: the address and the policy's literal, never the fact. */
static void fact_because(const dy_cond *c, int holds, out *o)
{
    put(o, c->var);
    if (c->kind == DY_COND_SET) {
        int set = (c->set_expected != 0) == (holds != 0);
        put(o, set ? " is set" : " is unset");
        return;
    }
    if (holds)
        put(o, c->nvalues == 1 ? "=" : " is one of ");
    else
        put(o, c->nvalues == 1 ? " is not " : " is not one of ");
    for (size_t i = 0; i < c->nvalues; i++) {
        if (i)
            put(o, ", ");
        put(o, c->values[i]);
    }
}

static void because(const dayone_policy *p, const dayone_env *env, const dy_cond_scope *scope,
                    const dy_cond *c, int holds, out *o)
{
    if (c->fact) {
        fact_because(c, holds, o);
        return;
    }
    switch (c->kind) {
    case DY_COND_FLAG: {
        int is_default = 0;
        int on = dy_flag_state(p, env, c->flag, &is_default);
        put(o, p->flags[c->flag].env);
        put(o, on ? "=true" : "=false");
        if (is_default)
            put(o, " (default)");
        break;
    }
    case DY_COND_EQUALS:
    case DY_COND_IN: {
        const dy_env_entry *e = dy_env_get(env, c->var);
        put(o, c->var);
        if (holds) {
            /* Print the policy literal that matched (equal to the value). */
            size_t i = 0;
            for (; i < c->nvalues; i++) {
                if (value_equals(e, c->values[i])) {
                    put(o, "=");
                    put(o, c->values[i]);
                    break;
                }
            }
            if (i == c->nvalues) {      /* a spelling that counts as production */
                put(o, " counts as ");
                put(o, p->environment.production);
            }
        } else if (!e) {
            put(o, " is unset");
        } else if (c->kind == DY_COND_EQUALS && c->nvalues == 1) {
            put(o, " is not ");
            put(o, c->values[0]);
        } else {
            put(o, " is not one of ");
            for (size_t i = 0; i < c->nvalues; i++) {
                if (i)
                    put(o, ", ");
                put(o, c->values[i]);
            }
        }
        break;
    }
    case DY_COND_SET: {
        int set = (c->set_expected != 0) == (holds != 0);
        put(o, c->var);
        put(o, set ? " is set" : " is unset");
        break;
    }
    case DY_COND_ALL:
        if (holds)
            join_children(p, env, scope, c, 1, o);
        else
            deciding_child(p, env, scope, c, 0, o);
        break;
    case DY_COND_ANY:
        if (holds)
            deciding_child(p, env, scope, c, 1, o);
        else
            join_children(p, env, scope, c, 0, o);
        break;
    case DY_COND_NOT:
        if (c->nchildren)
            because(p, env, scope, &c->children[0], !holds, o);
        break;
    }
}

size_t dy_cond_because_in(const dayone_policy *p, const dayone_env *env,
                          const dy_cond_scope *scope, const dy_cond *c, int holds, char *buf,
                          size_t size)
{
    out o = { buf, size, 0 };
    if (size)
        buf[0] = '\0';
    if (c)
        because(p, env, scope, c, holds, &o);
    return o.len;
}

size_t dy_cond_because(const dayone_policy *p, const dayone_env *env, const dy_cond *c,
                       int holds, char *buf, size_t size)
{
    return dy_cond_because_in(p, env, NULL, c, holds, buf, size);
}
