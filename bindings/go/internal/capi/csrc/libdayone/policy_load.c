/* policy_load.c - loading a policy: the entry points, the top-level keys
 * and flags. Each other section has its own stage (policy_load_*.c), run
 * in the order load_tree() gives; the YAML tree is yaml_doc.c's.
 *
 * Every problem is an error naming path:line:column; nothing is guessed or
 * skipped, because a typo in a policy would otherwise silently weaken a
 * launch check or a rate limit. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "alloc_arena.h"
#include "default_policy_snapshot.h"
#include "default_policy_tree.h"
#include "error.h"
#include "policy.h"
#include "policy_load.h"
#include "policy_load_backend.h"
#include "policy_load_environment.h"
#include "policy_load_periods.h"
#include "policy_load_overrides.h"
#include "policy_load_plans.h"
#include "policy_load_rules.h"
#include "policy_load_profiles.h"
#include "policy_load_support.h"
#include "policy_load_postmortem.h"
#include "policy_load_status.h"
#include "policy_patterns.h"
#include "policy_schema.h"
#include "policy_snapshot.h"

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
        return dy_y_too_many(ctx, n, "flags");
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
        const char *ignored = NULL;
        if (desc && (rc = dy_y_text(ctx, desc, "description", &ignored)))
            return rc;
    }
    return DAYONE_OK;
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
        (rc = dy_load_profiles(ctx, p, dy_y_get(root, "profiles"))) ||
        (rc = dy_load_environment(ctx, p, dy_y_get(root, "environment"))) ||
        (rc = dy_load_rules(ctx, p, dy_y_get(root, "posture"), dy_y_get(root, "secrets"))) ||
        (rc = dy_load_distinct(ctx, p, dy_y_get(root, "distinct"))) ||
        (rc = dy_load_waivers(ctx, p, dy_y_get(root, "waivers"))) ||
        (rc = dy_load_billing(ctx, p, dy_y_get(root, "billing"))) ||
        (rc = dy_load_backend(ctx, p, dy_y_get(root, "backend"))) ||
        (rc = dy_load_support(ctx, p, dy_y_get(root, "support"))) ||
        (rc = dy_load_postmortem(ctx, p, dy_y_get(root, "postmortem"))) ||
        (rc = dy_load_status(ctx, p, dy_y_get(root, "status"))))
        return rc;
    if ((rc = dy_load_plans(ctx, p, dy_y_get(root, "features"), dy_y_get(root, "plans"))))
        return rc;
    if ((rc = dy_load_quota_periods(ctx, p, dy_y_get(root, "billing"))))
        return rc;
    if ((rc = dy_load_overrides(ctx, p, dy_y_get(root, "overrides"))))
        return rc;
    p->env_patterns = dy_policy_scan_env_patterns(p);
    return DAYONE_OK;
}

/* A policy from a parsed document (root is only read). The whole model is
 * allocated in the policy's own arena (alloc_arena.h). */
static int load_root(dayone_policy **out, dy_yctx *ctx, const dy_ynode *root, const char *name,
                     size_t first_block)
{
    dy_alloc_arena *arena = dy_arena_new(first_block);
    if (!arena)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    dy_alloc_arena *outer = dy_arena_enter(arena);
    dayone_policy *p = dy_calloc(1, sizeof *p);
    int rc;
    if (p)
        p->arena = arena;
    if (!p || !(p->name = dy_strdup(name))) {
        rc = dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    p->refcount = 1;
    p->enforcement_default = DAYONE_ENFORCEMENT_STRICT;
    if ((rc = load_tree(ctx, root, p)))
        goto done;
    *out = p;
    p = NULL;
done:
    dy_arena_leave(outer);
    if (p)
        dy_policy_destroy(p);
    else if (rc)
        dy_arena_free(arena);
    return rc;
}

static int load_buffer(dayone_policy **out, const char *buf, size_t len, const char *name,
                       size_t first_block, dayone_error *err)
{
    dy_yctx ctx = { name, err, 0 };
    dy_ynode *root = NULL;
    int rc;

    if (len > DY_POLICY_MAX_BYTES)
        return dy_error_set(err, DAYONE_ELIMIT, name, 0, 0,
                            "the policy is %zu bytes, over the 1 MiB limit", len);
    if ((rc = dy_ydoc_parse(&ctx, buf, len, &root)) == DAYONE_OK)
        rc = load_root(out, &ctx, root, name, first_block);
    dy_ynode_free(root);
    return rc;
}

int dy_policy_default_tree_current(void)
{
    return dy_default_policy_tree_source_len == dy_default_policy_yaml_len &&
           memcmp(dy_default_policy_tree_source, dy_default_policy_yaml,
                  dy_default_policy_yaml_len) == 0;
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
    return load_buffer(out, yaml ? yaml : "", len, name, 0, err);
}

int dy_policy_load_default_model(dayone_policy **out, size_t first_block, int from_text,
                                 dayone_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_policy_load_default: NULL argument");
    /* The tree generated from this very text spares the YAML parse, most of
     * the load (default_policy_tree.h); a stale one is not used. Its keys
     * are known to be the schema's (the test suite loads the same text
     * with every check), so they are not checked again here. */
    if (!from_text && dy_policy_default_tree_current()) {
        dy_yctx ctx = { "<default>", err, 1 };
        return load_root(out, &ctx, dy_default_policy_tree, "<default>", first_block);
    }
    return load_buffer(out, dy_default_policy_yaml, dy_default_policy_yaml_len, "<default>",
                       first_block, err);
}

int dayone_policy_load_default(dayone_policy **out, dayone_error *err)
{
    /* The model itself, made at build time from the same tree by this
     * build's loader (default_policy_snapshot.h): one copy and a few
     * relocations. Builds without one load the tree. */
    if (out && dy_default_policy_snapshot.len)
        return dy_policy_from_snapshot(out, &dy_default_policy_snapshot, err);
    return dy_policy_load_default_model(out, 0, 0, err);
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
    rc = load_buffer(out, buf, len, path, 0, err);
    if (rc == DAYONE_OK)
        (*out)->from_file = 1;
done:
    dy_free(buf);
    fclose(f);
    return rc;
}

const char *dayone_policy_default_source(void) { return dy_default_policy_yaml; }
