/* policy_load.c - loading a policy: the entry points, the top-level keys,
 * flags and conditions. Rules live in policy_load_rules.c, billing and
 * plans in policy_load_plans.c, the YAML tree in yaml_doc.c.
 *
 * Every problem is an error naming path:line:column; nothing is guessed or
 * skipped, because a typo in a policy would otherwise silently weaken a
 * launch check or a rate limit. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load.h"
#include "policy_schema.h"

int dy_load_too_many(dy_yctx *ctx, const dy_ynode *n, const char *what)
{
    return dy_error_set(ctx->err, DAYONE_ELIMIT, ctx->name, n ? n->mark.line : 0,
                        n ? n->mark.column : 0, "more than %u %s (the limit)",
                        DY_POLICY_MAX_RULES, what);
}

/* ---- flags --------------------------------------------------------------- */

static int valid_name(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return 0;
    return 1;
}

static int load_flags(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "flags")))
        return rc;
    if (n->n > DY_POLICY_MAX_RULES)
        return dy_load_too_many(ctx, n, "flags");
    p->flags = dy_calloc(n->n, sizeof *p->flags);
    if (!p->flags)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < n->n; i++) {
        const dy_ynode *k = n->keys[i], *v = n->vals[i], *env;
        dy_flag *f = &p->flags[p->nflags++];
        f->mark = k->mark;
        if (!valid_name(k->str))
            return dy_y_error(ctx, k, "flag name '%.64s' must use letters, digits, '_' or '-'",
                              k->str);
        if (!(f->name = dy_strdup(k->str)))
            return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
        if ((rc = dy_y_expect_map(ctx, v, "a flag")) ||
            (rc = dy_schema_check_keys(ctx, v, &dy_schema_flag)) ||
            (rc = dy_y_require(ctx, v, "env", "flag", &env)) ||
            (rc = dy_y_env_name(ctx, env, "env", &f->env)))
            return rc;
        const dy_ynode *def = dy_y_get(v, "default");
        if (def && (rc = dy_y_bool(ctx, def, "default", &f->default_value)))
            return rc;
        const dy_ynode *desc = dy_y_get(v, "description");
        char *ignored = NULL;
        if (desc && (rc = dy_y_string(ctx, desc, "description", &ignored)))
            return rc;
        dy_free(ignored);
    }
    return DAYONE_OK;
}

/* ---- conditions ---------------------------------------------------------- */

static int undefined_flag(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *v)
{
    dy_y_names list = DY_Y_NAMES_INIT;
    for (size_t i = 0; i < p->nflags; i++)
        dy_y_names_add(&list, p->flags[i].name);
    return dy_y_error(ctx, v, "undefined flag '%.64s' (defined flags: %s)", v->str,
                      p->nflags ? list.text : "none");
}

static int load_var_cond(dy_yctx *ctx, const dy_ynode *n, dy_cond *out)
{
    static const char *const keys[] = {"var", "equals", "in", "set", NULL};
    const dy_ynode *eq = dy_y_get(n, "equals"), *in = dy_y_get(n, "in"),
                   *set = dy_y_get(n, "set");
    int rc;
    if ((rc = dy_y_check_keys(ctx, n, "condition", keys)) ||
        (rc = dy_y_env_name(ctx, dy_y_get(n, "var"), "var", &out->var)))
        return rc;
    if (!!eq + !!in + !!set != 1)
        return dy_y_error(ctx, n, "a var condition needs exactly one of: equals, in, set");
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
    static const char *const kinds[] = {"flag", "var", "all", "any", "not", NULL};
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
        return dy_y_error(ctx, n, "a condition needs exactly one of: flag, var, all, any, not");
    if (which == 1) {
        if ((rc = load_var_cond(ctx, n, out)))
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
        char *name = NULL;
        if ((rc = dy_y_string(ctx, v, "flag", &name)))
            return rc;
        out->kind = DY_COND_FLAG;
        out->flag = dy_policy_find_flag(p, name);
        dy_free(name);
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

/* ---- top level ------------------------------------------------------------ */

static int load_tree(dy_yctx *ctx, const dy_ynode *root, dayone_policy *p)
{
    const dy_ynode *ver;
    int64_t version = 0;
    int rc;
    if (!root)
        return dy_error_set(ctx->err, DAYONE_EPOLICY, ctx->name, 1, 1,
                            "the policy is empty (expected a mapping with version: 1)");
    if ((rc = dy_y_expect_map(ctx, root, "the policy")) ||
        (rc = dy_schema_check_keys(ctx, root, &dy_schema_policy)) ||
        (rc = dy_y_require(ctx, root, "version", "policy", &ver)) ||
        (rc = dy_y_int(ctx, ver, "version", INT64_MIN, INT64_MAX, &version)))
        return rc;
    if (version != 1)
        return dy_y_error(ctx, ver, "unsupported policy version %lld (this library reads version 1)",
                          (long long)version);
    /* Flags first: conditions anywhere may refer to them; then the
     * environment, which conditions on its variable consult. */
    if ((rc = load_flags(ctx, p, dy_y_get(root, "flags"))) ||
        (rc = dy_load_environment(ctx, p, dy_y_get(root, "environment"))) ||
        (rc = dy_load_rules(ctx, p, dy_y_get(root, "posture"), dy_y_get(root, "secrets"))) ||
        (rc = dy_load_distinct(ctx, p, dy_y_get(root, "distinct"))) ||
        (rc = dy_load_waivers(ctx, p, dy_y_get(root, "waivers"))) ||
        (rc = dy_load_billing(ctx, p, dy_y_get(root, "billing"))) ||
        (rc = dy_load_backend(ctx, p, dy_y_get(root, "backend"))))
        return rc;
    return dy_load_plans(ctx, p, dy_y_get(root, "features"), dy_y_get(root, "plans"));
}

static int load_buffer(dayone_policy **out, const char *buf, size_t len, const char *name,
                       dayone_error *err)
{
    dy_yctx ctx = { name, err };
    dy_ynode *root = NULL;
    dayone_policy *p = NULL;
    int rc;

    if (len > DY_POLICY_MAX_BYTES)
        return dy_error_set(err, DAYONE_ELIMIT, name, 0, 0,
                            "the policy is %zu bytes, over the 1 MiB limit", len);
    if ((rc = dy_ydoc_parse(&ctx, buf, len, &root)))
        goto done;
    p = dy_calloc(1, sizeof *p);
    if (!p || !(p->name = dy_strdup(name))) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    p->refcount = 1;
    p->enforcement_default = DAYONE_ENFORCEMENT_STRICT;
    if ((rc = load_tree(&ctx, root, p)))
        goto done;
    *out = p;
    p = NULL;
done:
    dy_policy_destroy(p);
    dy_ynode_free(root);
    return rc;
}

int dayone_policy_load_string(dayone_policy **out, const char *yaml, size_t len,
                              const char *name, dayone_error *err)
{
    if (out)
        *out = NULL;
    if (!name)
        name = "<string>";
    if (!out || (!yaml && len))
        return dy_fail(err, DAYONE_EINVAL, "dayone_policy_load_string: NULL argument");
    return load_buffer(out, yaml ? yaml : "", len, name, err);
}

int dayone_policy_load_default(dayone_policy **out, dayone_error *err)
{
    return dayone_policy_load_string(out, dy_default_policy_yaml, dy_default_policy_yaml_len,
                                     "<default>", err);
}

int dayone_policy_load_file(dayone_policy **out, const char *path, dayone_error *err)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = NULL;
    int rc;

    if (out)
        *out = NULL;
    if (!out || !path)
        return dy_fail(err, DAYONE_EINVAL, "dayone_policy_load_file: NULL argument");
    if (!(f = fopen(path, "rb")))
        return dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot open the policy: %s",
                            strerror(errno));
    /* Read at most one byte past the limit: enough to know it is too big. */
    buf = dy_malloc(DY_POLICY_MAX_BYTES + 1);
    if (!buf) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    len = fread(buf, 1, DY_POLICY_MAX_BYTES + 1, f);
    if (ferror(f)) {
        rc = dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot read the policy: %s",
                          strerror(errno));
        goto done;
    }
    if (len > DY_POLICY_MAX_BYTES) {
        rc = dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                          "the policy is larger than the 1 MiB limit");
        goto done;
    }
    rc = load_buffer(out, buf, len, path, err);
    if (rc == DAYONE_OK)
        (*out)->from_file = 1;
done:
    dy_free(buf);
    fclose(f);
    return rc;
}
