/* policy_load_environment.c - the `environment:` section: which variable
 * names the deployment environment, its known names, which of them is
 * production, what else counts as production, and the launch-mode flag.
 *
 *   environment:
 *     env: ENVIRONMENT
 *     values: [production, staging, development, test, preview]
 *     production: production
 *     production_like: [prod, prd, live, "prod-*"]   # the default
 *     launch_flag: launch_mode
 *
 * The check engine names no variable itself: everything it knows about
 * production and launch mode comes from here (environment.c evaluates it). */
#include <string.h>
#include <strings.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_environment.h"
#include "policy_schema.h"

/* Spellings that count as production when the section names a production
 * value but lists none itself: a typo must not switch the launch checks off. */
static const char *const g_default_production_like[] = {"prod", "prd", "live", "prod-*", NULL};

static int oom(dy_yctx *ctx) { return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory"); }

static int valid_env_name(const char *s)
{
    if (!*s || strlen(s) > 64)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
              (*s >= '0' && *s <= '9') || *s == '_' || *s == '-' || *s == '.'))
            return 0;
    return 1;
}

static size_t find_value(const dy_environment *e, const char *s)
{
    for (size_t i = 0; i < e->nvalues; i++)
        if (strcmp(e->values[i], s) == 0)
            return i;
    return SIZE_MAX;
}

static int load_values(dy_yctx *ctx, dy_environment *e, const dy_ynode *n)
{
    int rc = dy_y_string_list(ctx, n, "values", 0, &e->values, &e->nvalues);
    if (rc)
        return rc;
    for (size_t i = 0; i < e->nvalues; i++) {
        const dy_ynode *item = n->vals[i];
        if (!valid_env_name(e->values[i]))
            return dy_y_error(ctx, item, "environment name '%.64s' must be 1-64 letters, "
                              "digits, '_', '-' or '.'", e->values[i]);
        for (size_t j = 0; j < i; j++)
            if (strcmp(e->values[i], e->values[j]) == 0)
                return dy_y_error(ctx, item, "environment name '%.64s' is listed twice",
                                  e->values[i]);
    }
    return DAYONE_OK;
}

/* A production_like entry: stored lower case; '*' only as the last character. */
static int add_like(dy_yctx *ctx, dy_environment *e, const dy_ynode *where, const char *s)
{
    size_t len = strlen(s);
    const char *star = strchr(s, '*');
    if (len == 0 || len > 64 || (star && star != s + len - 1) || (star && len == 1))
        return dy_y_error(ctx, where, "production_like '%.64s' must be 1-64 characters, "
                          "with '*' only at the end after a prefix", s);
    char *low = dy_strdup(s);
    if (!low)
        return oom(ctx);
    for (char *c = low; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c - 'A' + 'a');
    e->production_like[e->nproduction_like++] = low;
    /* A known name must not also count as production: which would win? */
    for (size_t i = 0; i < e->nvalues; i++) {
        if (e->production && strcmp(e->values[i], e->production) == 0)
            continue;
        size_t vl = strlen(e->values[i]);
        int hit = star ? vl >= len - 1 && strncasecmp(e->values[i], low, len - 1) == 0
                       : strcasecmp(e->values[i], low) == 0;
        if (hit)
            return dy_y_error(ctx, where, "production_like '%.64s' matches the known "
                              "environment '%.64s', which is not production", s, e->values[i]);
    }
    return DAYONE_OK;
}

static int load_production_like(dy_yctx *ctx, dy_environment *e, const dy_ynode *n,
                                const dy_ynode *section)
{
    size_t count = 0;
    int rc;
    if (n) {
        if ((rc = dy_y_expect_seq(ctx, n, "production_like")))
            return rc;
        if (n->n > 64)
            return dy_y_error(ctx, n, "production_like has more than 64 entries");
        count = n->n;
    } else {
        while (g_default_production_like[count])
            count++;
    }
    if (count == 0)
        return DAYONE_OK;
    e->production_like = dy_calloc(count, sizeof *e->production_like);
    if (!e->production_like)
        return oom(ctx);
    for (size_t i = 0; i < count; i++) {
        char *s = NULL;
        if (n && (rc = dy_y_string(ctx, n->vals[i], "production_like", &s)))
            return rc;
        rc = add_like(ctx, e, n ? n->vals[i] : section, n ? s : g_default_production_like[i]);
        dy_free(s);
        if (rc)
            return rc;
    }
    return DAYONE_OK;
}

int dy_load_environment(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    dy_environment *e = &p->environment;
    const dy_ynode *v;
    int rc;
    e->launch_flag = SIZE_MAX;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    e->mark = n->mark;
    if ((rc = dy_y_expect_map(ctx, n, "environment")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_environment)) ||
        (rc = dy_y_require(ctx, n, "env", "environment", &v)) ||
        (rc = dy_y_env_name(ctx, v, "env", &e->env)) ||
        (rc = dy_y_require(ctx, n, "values", "environment", &v)) ||
        (rc = load_values(ctx, e, v)))
        return rc;
    if ((v = dy_y_get(n, "production"))) {
        if ((rc = dy_y_string(ctx, v, "production", &e->production)))
            return rc;
        if (find_value(e, e->production) == SIZE_MAX)
            return dy_y_error(ctx, v, "production '%.64s' is not one of the environment's "
                              "values", e->production);
        if ((rc = load_production_like(ctx, e, dy_y_get(n, "production_like"), n)))
            return rc;
    } else if ((v = dy_y_get(n, "production_like"))) {
        return dy_y_error(ctx, v, "production_like needs production: (the name it stands for)");
    }
    if ((v = dy_y_get(n, "launch_flag"))) {
        char *name = NULL;
        if ((rc = dy_y_string(ctx, v, "launch_flag", &name)))
            return rc;
        e->launch_flag = dy_policy_find_flag(p, name);
        dy_free(name);
        if (e->launch_flag == SIZE_MAX)
            return dy_y_error(ctx, v, "launch_flag '%.64s' is not a flag defined under flags:",
                              v->str ? v->str : "");
    }
    return DAYONE_OK;
}
