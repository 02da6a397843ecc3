/* policy_load_profiles.c - declared profiles and a rule's profiles
 * (policy_load_profiles.h). */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_profiles.h"
#include "text.h"

static const char *const g_predeclared[] = {"startup", "deploy", "daily", "incident"};
#define NPREDECLARED (sizeof g_predeclared / sizeof g_predeclared[0])

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

static void list_names(const dayone_policy *p, dy_y_names *list)
{
    for (size_t i = 0; i < p->nprofiles; i++)
        dy_y_names_add(list, p->profiles[i]);
}

int dy_load_profiles(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    size_t extra = 0;
    int rc;
    if (n && !dy_y_is_null(n)) {
        if ((rc = dy_y_expect_seq(ctx, n, "profiles")))
            return rc;
        extra = n->n;
        if (NPREDECLARED + extra > DY_POLICY_MAX_PROFILES)
            return dy_y_error(ctx, n, "too many profiles (at most %d, the predeclared four "
                              "included)", DY_POLICY_MAX_PROFILES);
    }
    if (!(p->profiles = dy_calloc(NPREDECLARED + extra, sizeof *p->profiles)))
        return oom(ctx);
    for (size_t i = 0; i < NPREDECLARED; i++)
        if (!(p->profiles[p->nprofiles++] = dy_strdup(g_predeclared[i])))
            return oom(ctx);
    for (size_t i = 0; i < extra; i++) {
        const dy_ynode *v = n->vals[i];
        char *name = NULL;
        if ((rc = dy_y_string(ctx, v, "profiles", &name)))
            return rc;
        if (!dy_is_policy_word(name)) {
            dy_free(name);
            return dy_y_error(ctx, v, "a profile name is 1 to 64 of a-z, 0-9, '_' and '-'");
        }
        size_t at = dy_policy_find_profile(p, name);
        if (at != SIZE_MAX && at >= NPREDECLARED) {
            rc = dy_y_error(ctx, v, "profile '%s' is declared twice", name);
            dy_free(name);
            return rc;
        }
        if (at != SIZE_MAX) {           /* a predeclared one, named again: fine */
            dy_free(name);
            continue;
        }
        p->profiles[p->nprofiles++] = name;
    }
    return DAYONE_OK;
}

int dy_load_rule_profiles(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *n,
                          uint32_t *mask)
{
    int rc;
    *mask = 0;
    if (!n) {
        *mask = 1u << DY_PROFILE_STARTUP;
        return DAYONE_OK;
    }
    if ((rc = dy_y_expect_seq(ctx, n, "profiles")))
        return rc;
    if (n->n == 0)
        return dy_y_error(ctx, n, "profiles needs at least one name (omit it for startup)");
    for (size_t i = 0; i < n->n; i++) {
        const char *name = NULL;
        if ((rc = dy_y_text(ctx, n->vals[i], "profiles", &name)))
            return rc;
        size_t at = dy_policy_find_profile(p, name);
        if (at == SIZE_MAX) {
            dy_y_names list = DY_Y_NAMES_INIT;
            list_names(p, &list);
            return dy_y_error(ctx, n->vals[i], "unknown profile '%.64s' (declared: %s; declare "
                              "it in the top-level profiles: list)", name, list.text);
        }
        *mask |= 1u << at;
    }
    return DAYONE_OK;
}
