/* policy_load_support.c - the optional `support:` section:
 *
 *   support:
 *     reason_min_length: 20            # characters after trimming (default 20)
 *     ticket: "^(SUP|INC)-[0-9]+$"     # a ticket is required and must match
 *     roles:
 *       support: {actions: [view_as], max_minutes: 60}
 *       admin:   {actions: [view_as, admin, limit_reset], max_minutes: 30}
 *
 * A role may take only the actions it lists; view_as and admin are granted
 * for at most max_minutes. Placeholder reasons are always refused (no key
 * turns that off): the section exists so that every staff action carries a
 * real reason. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "pattern.h"
#include "policy_load_support.h"
#include "policy_schema.h"
#include "policy_support.h"

#define DY_SUPPORT_MAX_MINUTES (7 * 24 * 60)

static int load_role(dy_yctx *ctx, const dy_ynode *k, const dy_ynode *v, dy_support_role *r)
{
    const dy_ynode *acts, *max;
    int64_t minutes;
    int rc;
    if (!(r->name = dy_strdup(k->str)))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    if (!*k->str)
        return dy_y_error(ctx, k, "a support role needs a name");
    if ((rc = dy_y_expect_map(ctx, v, "a support role")) ||
        (rc = dy_schema_check_keys(ctx, v, &dy_schema_support_role)) ||
        (rc = dy_y_require(ctx, v, "actions", "support role", &acts)) ||
        (rc = dy_y_require(ctx, v, "max_minutes", "support role", &max)) ||
        (rc = dy_y_int(ctx, max, "max_minutes", 1, DY_SUPPORT_MAX_MINUTES, &minutes)) ||
        (rc = dy_y_expect_seq(ctx, acts, "actions")))
        return rc;
    r->max_minutes = minutes;
    if (acts->n == 0)
        return dy_y_error(ctx, acts, "role '%.64s' lists no actions (leave the role out instead)",
                          k->str);
    for (size_t i = 0; i < acts->n; i++) {
        const dy_ynode *a = acts->vals[i];
        int action = a->kind == DY_Y_SCALAR ? dy_access_action_parse(a->str) : -1;
        if (action < 0)
            return dy_y_error(ctx, a, "unknown action '%.64s' (expected view_as, admin or "
                                      "limit_reset)", a->kind == DY_Y_SCALAR ? a->str : "");
        if (r->actions & (1u << action))
            return dy_y_error(ctx, a, "action '%s' is listed twice", a->str);
        r->actions |= 1u << action;
    }
    return DAYONE_OK;
}

int dy_load_support(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    const dy_ynode *roles, *v;
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "support")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_support)) ||
        (rc = dy_y_require(ctx, n, "roles", "support", &roles)) ||
        (rc = dy_y_expect_map(ctx, roles, "support.roles")))
        return rc;
    if (roles->n > DY_POLICY_MAX_RULES)
        return dy_y_too_many(ctx, roles, "support roles");
    dy_support *s = dy_calloc(1, sizeof *s);
    if (!s)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    p->support = s;
    s->reason_min_length = 20;
    if ((v = dy_y_get(n, "reason_min_length")) &&
        (rc = dy_y_int(ctx, v, "reason_min_length", 1, 1000, &s->reason_min_length)))
        return rc;
    if ((v = dy_y_get(n, "ticket"))) {
        char msg[256];
        size_t off = 0;
        if ((rc = dy_y_string(ctx, v, "ticket", &s->ticket_src)))
            return rc;
        if (!(s->ticket = dy_pattern_compile_lazy(s->ticket_src, msg, sizeof msg, &off)))
            return dy_y_error(ctx, v, "ticket pattern does not compile: %s", msg);
    }
    if (roles->n && !(s->roles = dy_calloc(roles->n, sizeof *s->roles)))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < roles->n; i++)
        if ((rc = load_role(ctx, roles->keys[i], roles->vals[i], &s->roles[s->nroles++])))
            return rc;
    return DAYONE_OK;
}
