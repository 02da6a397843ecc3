/* policy_load_cond.c - loading a `when:` condition (policy_load_cond.h).
 * Flags and the environment section are loaded first, so a condition can
 * name a flag and know the production value. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_cond.h"
#include "policy_load_facts.h"
#include "policy_schema.h"

static int undefined_flag(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *v)
{
    dy_y_names list = DY_Y_NAMES_INIT;
    for (size_t i = 0; i < p->nflags; i++)
        dy_y_names_add(&list, p->flags[i].name);
    return dy_y_error(ctx, v, "undefined flag '%.64s' (defined flags: %s)", v->str,
                      p->nflags ? list.text : "none");
}

/* {var: NAME, ...} reads the environment; {fact: a.b, ...} the facts
 * (condition_fact.h), with the same three tests. */
static int load_var_cond(dy_yctx *ctx, const dy_ynode *n, int fact, dy_cond *out)
{
    static const char *const var_keys[] = {"var", "equals", "in", "set", NULL};
    static const char *const fact_keys[] = {"fact", "equals", "in", "set", NULL};
    const dy_ynode *eq = dy_y_get(n, "equals"), *in = dy_y_get(n, "in"),
                   *set = dy_y_get(n, "set");
    int is_address = 0, rc;
    if ((rc = dy_y_check_keys(ctx, n, "condition", fact ? fact_keys : var_keys)))
        return rc;
    rc = fact ? dy_load_fact_key(ctx, dy_y_get(n, "fact"), "fact", &out->var, &is_address)
              : dy_y_env_name(ctx, dy_y_get(n, "var"), "var", &out->var);
    if (rc)
        return rc;
    out->fact = fact;
    if (!!eq + !!in + !!set != 1)
        return dy_y_error(ctx, n, "a %s condition needs exactly one of: equals, in, set",
                          fact ? "fact" : "var");
    if (eq) {
        out->kind = DY_COND_EQUALS;
        out->values = dy_calloc(1, sizeof *out->values);
        if (!out->values)
            return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
        out->nvalues = 1;
        return dy_y_string(ctx, eq, "equals", &out->values[0]);
    }
    if (in) {
        out->kind = DY_COND_IN;
        return dy_y_string_list(ctx, in, "in", 0, &out->values, &out->nvalues);
    }
    out->kind = DY_COND_SET;
    return dy_y_bool(ctx, set, "set", &out->set_expected);
}

/* A condition naming the environment variable and its production value also
 * holds for the spellings that count as production (environment.c). */
static void mark_production(const dayone_policy *p, dy_cond *c)
{
    const dy_environment *e = &p->environment;
    if (!e->env || !e->production || strcmp(c->var, e->env) != 0)
        return;
    for (size_t i = 0; i < c->nvalues; i++)
        if (strcmp(c->values[i], e->production) == 0)
            c->production = 1;
}

static int load_children(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *n,
                         const char *what, dy_cond *out)
{
    int rc;
    if ((rc = dy_y_expect_seq(ctx, n, what)))
        return rc;
    if (n->n == 0)
        return dy_y_error(ctx, n, "%s needs at least one condition", what);
    out->children = dy_calloc(n->n, sizeof *out->children);
    if (!out->children)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < n->n; i++) {
        out->nchildren++;
        if ((rc = dy_load_cond(ctx, p, n->vals[i], &out->children[i])))
            return rc;
    }
    return DAYONE_OK;
}

/* On error the partly built *out is left for the caller's dy_cond_clear. */
int dy_load_cond(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *n, dy_cond *out)
{
    static const char *const kinds[] = {"flag", "var", "all", "any", "not", "fact", NULL};
    int rc;
    memset(out, 0, sizeof *out);
    if ((rc = dy_y_expect_map(ctx, n, "a condition")))
        return rc;
    out->mark = n->mark;
    if ((rc = dy_schema_check_keys(ctx, n, &dy_schema_condition)))
        return rc;
    size_t nk = 0, which = 0;
    for (size_t i = 0; kinds[i]; i++)
        if (dy_y_get(n, kinds[i])) {
            nk++;
            which = i;
        }
    if (nk != 1)
        return dy_y_error(ctx, n,
                          "a condition needs exactly one of: flag, var, all, any, not, fact");
    if (which == 5)
        return load_var_cond(ctx, n, 1, out);
    if (which == 1) {
        if ((rc = load_var_cond(ctx, n, 0, out)))
            return rc;
        if (out->kind != DY_COND_SET)
            mark_production(p, out);
        return DAYONE_OK;
    }
    if (n->n != 1) /* flag/all/any/not stand alone */
        return dy_y_error(ctx, n, "'%s' cannot be combined with other keys in a condition",
                          kinds[which]);
    const dy_ynode *v = n->vals[0];
    switch (which) {
    case 0: {
        const char *name = NULL;
        if ((rc = dy_y_text(ctx, v, "flag", &name)))
            return rc;
        out->kind = DY_COND_FLAG;
        out->flag = dy_policy_find_flag(p, name);
        return out->flag == SIZE_MAX ? undefined_flag(ctx, p, v) : DAYONE_OK;
    }
    case 2:
        out->kind = DY_COND_ALL;
        return load_children(ctx, p, v, "all", out);
    case 3:
        out->kind = DY_COND_ANY;
        return load_children(ctx, p, v, "any", out);
    default:
        out->kind = DY_COND_NOT;
        out->children = dy_calloc(1, sizeof *out->children);
        if (!out->children)
            return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
        out->nchildren = 1;
        return dy_load_cond(ctx, p, v, &out->children[0]);
    }
}

