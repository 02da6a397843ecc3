/* check_emit.c - turning a check's failures into findings (check_emit.h):
 * waivers applied, the place cited (the value's source, the .env line that
 * set NAME_FILE, the policy declaration). */
#include <stdio.h>
#include <string.h>
#include "check_emit.h"
#include "report.h"

/* For a value read through NAME_FILE, the .env entry that sets NAME_FILE
 * (where the finding should point, not the secret file); NULL otherwise.
 * A value from a .env file cites its own line (dy_finding_set_source). */
static const dy_env_entry *name_file_setting(const dy_check_ctx *ctx, const char *key,
                                             const dy_value *v)
{
    char name[300];
    const dy_env_entry *e = NULL;
    if (strcmp(v->source, "secret-file") != 0)
        return NULL;
    if (snprintf(name, sizeof name, "%s_FILE", key) < (int)sizeof name)
        e = dy_env_get(ctx->env, name);
    return e && e->source == DAYONE_SOURCE_FILE && e->path ? e : NULL;
}

/* Add one finding, applying waivers. message/hint are texts we built from
 * key names and policy text, passed as %s arguments. */
int dy_check_emit(dy_check_ctx *ctx, dayone_report *r, const char *rule, const char *key,
                dayone_severity sev, const char *message, const char *hint,
                const char *because, const dy_value *v)
{
    int active = 0;
    const dy_waiver *w = ctx->policy->nwaivers ? dy_check_waiver(ctx, rule, key, &active) : NULL;
    dayone_finding *f;
    if (w && active)
        f = dy_report_add(r, rule, key, DAYONE_SEVERITY_WAIVED, hint, because, "%s", message);
    else if (w)
        f = dy_report_add(r, rule, key, sev, hint, because,
                          "%s (the waiver for %s/%s expired on %s)", message, rule, key,
                          w->expires_text ? w->expires_text : "?");
    else
        f = dy_report_add(r, rule, key, sev, hint, because, "%s", message);
    if (!f)
        return DAYONE_ENOMEM;
    if (v && v->source && v->source[0]) {
        dy_finding_set_source(r, f, v->source, v->path, v->line);
        f->source_column = v->column;
    }
    dy_finding_set_declaration(f, ctx->decl.line, ctx->decl.column);
    const dy_env_entry *setter = v && v->source ? name_file_setting(ctx, key, v) : NULL;
    if (setter)
        dy_finding_set_env_line(r, f, setter->path, setter->line);
    if (w)
        dy_finding_set_waiver(r, f, w->reason);
    return DAYONE_OK;
}

int dy_check_emit_issue(dy_check_ctx *ctx, dayone_report *r, const char *key,
                      dy_file_issue *issue, const char *because)
{
    if (!issue || issue->reported)
        return DAYONE_OK;
    issue->reported = 1;
    dy_value where = { DY_VALUE_UNSET, NULL, 0, issue->source, issue->path, issue->line, 0 };
    return dy_check_emit(ctx, r, "secret-file", key, DAYONE_SEVERITY_ERROR, issue->message, issue->hint,
                because, &where);
}
