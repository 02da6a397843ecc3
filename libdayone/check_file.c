/* check_file.c - resolving a key's value for a check (check_file.h): the
 * snapshot's entry, or the content of the file NAME_FILE names, read once
 * per key per check and wiped when the check ends. */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "check_file.h"
#include "secret_file.h"
#include "text.h"

struct dy_resolved {
    dy_resolved *next;
    const char *key;            /* borrowed from the policy */
    dy_value value;
    char *data;                 /* file content, wiped on release */
    int has_issue;
    dy_file_issue issue;
};

void dy_check_files_release(dy_check_ctx *ctx)
{
    dy_resolved *r = ctx->files;
    while (r) {
        dy_resolved *next = r->next;
        if (r->data) {
            dy_wipe(r->data, r->value.len);
            dy_free(r->data);
        }
        dy_free(r);
        r = next;
    }
    ctx->files = NULL;
}

/* Read NAME_FILE for key (fe is the NAME_FILE entry, e the NAME entry). */
static int resolve_file(dy_check_ctx *ctx, const char *key, const dy_env_entry *e,
                        const dy_env_entry *fe, dy_resolved **out)
{
    dy_resolved *node = dy_calloc(1, sizeof *node);
    if (!node)
        return DAYONE_ENOMEM;
    node->key = key;
    node->issue.source = dy_value_source(fe);
    node->issue.path = fe->path ? fe->path : "";
    node->issue.line = fe->line;
    if (e) {
        dy_value_from_entry(&node->value, e);
        node->has_issue = 1;
        snprintf(node->issue.hint, sizeof node->issue.hint,
                 "Unset %s or %s_FILE.", key, key);
        snprintf(node->issue.message, sizeof node->issue.message,
                 "%.100s and %.100s_FILE are both set; set only one (%.100s is used)",
                 key, key, key);
    } else {
        dayone_error ferr;
        char *data = NULL;
        size_t len = 0;
        dayone_error_clear(&ferr);
        int rc = dy_read_secret_file(fe->value, &data, &len, &ferr);
        if (rc == DAYONE_ENOMEM) {
            dy_free(node);
            return rc;
        }
        if (rc != DAYONE_OK) {
            memset(&node->value, 0, sizeof node->value);
            node->value.state = DY_VALUE_UNREADABLE;
            node->value.source = "secret-file";
            node->value.path = fe->value;
            node->has_issue = 1;
            snprintf(node->issue.hint, sizeof node->issue.hint,
                     "Point %s_FILE at a readable file that holds the secret.", key);
            /* dy_read_secret_file's messages name the path, never content. */
            snprintf(node->issue.message, sizeof node->issue.message,
                     "%.100s_FILE names %.200s, which could not be read: %.150s", key,
                     ferr.path[0] ? ferr.path : fe->value, ferr.message);
        } else {
            node->data = data;
            node->value.state = dy_is_blank(data, len) ? DY_VALUE_BLANK : DY_VALUE_SET;
            node->value.data = data;
            node->value.len = len;
            node->value.source = "secret-file";
            node->value.path = fe->value;   /* the file's path, as configured */
            node->value.line = 0;
        }
    }
    node->next = ctx->files;
    ctx->files = node;
    *out = node;
    return DAYONE_OK;
}

int dy_check_resolve(dy_check_ctx *ctx, const char *key, dy_value *v, dy_file_issue **issue)
{
    const dy_env_entry *e = dy_env_get(ctx->env, key);
    *issue = NULL;
    ctx->ve.example = NULL;
    ctx->ve.example_len = 0;
    if (ctx->example) {
        const dy_env_entry *ex = dy_env_get(ctx->example, key);
        if (ex) {
            ctx->ve.example = ex->value;
            ctx->ve.example_len = ex->value_len;
        }
    }
    if (!ctx->file_refs) {
        dy_value_from_entry(v, e);
        return DAYONE_OK;
    }
    for (dy_resolved *r = ctx->files; r; r = r->next) {
        if (strcmp(r->key, key) == 0) {
            *v = r->value;
            *issue = r->has_issue ? &r->issue : NULL;
            return DAYONE_OK;
        }
    }
    char stackname[128];
    char *fname = stackname;
    size_t klen = strlen(key);
    if (klen + sizeof "_FILE" > sizeof stackname) {
        fname = dy_malloc(klen + sizeof "_FILE");
        if (!fname)
            return DAYONE_ENOMEM;
    }
    memcpy(fname, key, klen);
    memcpy(fname + klen, "_FILE", sizeof "_FILE");
    const dy_env_entry *fe = dy_env_get(ctx->env, fname);
    if (fname != stackname)
        dy_free(fname);

    if (!fe || dy_is_blank(fe->value, fe->value_len) ||
        (e && ctx->ve.presence_only)) {
        dy_value_from_entry(v, e);
        return DAYONE_OK;
    }
    if (ctx->ve.presence_only) {
        /* NAME_FILE counts as present; it is not read. */
        dy_value_from_entry(v, fe);
        v->data = "";
        v->len = 0;
        v->state = DY_VALUE_SET;
        return DAYONE_OK;
    }
    dy_resolved *node = NULL;
    int rc = resolve_file(ctx, key, e, fe, &node);
    if (rc != DAYONE_OK)
        return rc;
    *v = node->value;
    *issue = node->has_issue ? &node->issue : NULL;
    return DAYONE_OK;
}
