/* policy_load_postmortem.c - the optional `postmortem:` section:
 *
 *   postmortem:
 *     max_bytes: 262144                 # a larger report is refused (default 256 KiB)
 *     placeholders: ["<fill>", TODO, TBD]
 *     sections:
 *       - id: root-cause                # the findings' key
 *         title: Root cause             # the template's heading; always matches
 *         headings: [Cause, Root cause analysis]   # other headings that match
 *         kind: text                    # text (default), timeline or actions
 *
 * Headings are compared normalised (policy_postmortem.h), so two sections
 * may not share one: the report's heading would be ambiguous. */
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "policy_load_postmortem.h"
#include "policy_postmortem.h"
#include "policy_schema.h"

static int valid_id(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' || *s == '_'))
            return 0;
    return 1;
}

/* A heading or placeholder: a non-blank string of at most
 * DY_POSTMORTEM_MAX_WORD bytes, without line breaks. */
static int load_word(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out)
{
    int rc = dy_y_string(ctx, n, what, out);
    if (rc)
        return rc;
    size_t len = strlen(*out);
    if (len > DY_POSTMORTEM_MAX_WORD)
        return dy_y_error(ctx, n, "%s is longer than %u bytes", what, DY_POSTMORTEM_MAX_WORD);
    if (strchr(*out, '\n') || strchr(*out, '\r'))
        return dy_y_error(ctx, n, "%s must be one line", what);
    for (size_t i = 0; i < len; i++)
        if ((*out)[i] != ' ' && (*out)[i] != '\t')
            return DAYONE_OK;
    return dy_y_error(ctx, n, "%s must not be blank", what);
}

/* Add the normalised form of `text` (at node n) to section s, refusing a
 * heading some section already has. */
static int add_heading(dy_yctx *ctx, const dy_postmortem *pm, dy_postmortem_section *s,
                       const dy_ynode *n, const char *text)
{
    char key[DY_POSTMORTEM_MAX_WORD + 1];
    if (!dy_postmortem_heading_key(text, strlen(text), key, sizeof key) || !key[0])
        return dy_y_error(ctx, n, "heading '%.64s' has no words", text);
    for (size_t i = 0; i < pm->nsections; i++) {
        const dy_postmortem_section *o = &pm->sections[i];
        for (size_t j = 0; j < o->nheadings; j++)
            if (strcmp(o->headings[j], key) == 0) {
                if (o == s)
                    return DAYONE_OK; /* the title repeated: harmless */
                return dy_y_error(ctx, n, "heading '%.64s' already belongs to section '%s'",
                                  text, o->id);
            }
    }
    if (!(s->headings[s->nheadings] = dy_strdup(key)))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    s->nheadings++;
    return DAYONE_OK;
}

static int load_section(dy_yctx *ctx, dy_postmortem *pm, const dy_ynode *n)
{
    /* Counted first, so whatever it holds is freed with the policy when
     * loading stops half-way. */
    dy_postmortem_section *s = &pm->sections[pm->nsections++];
    const dy_ynode *id, *title, *v;
    int rc;
    s->mark = n->mark;
    if ((rc = dy_y_expect_map(ctx, n, "a postmortem section")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_postmortem_section)) ||
        (rc = dy_y_require(ctx, n, "id", "postmortem section", &id)) ||
        (rc = dy_y_require(ctx, n, "title", "postmortem section", &title)) ||
        (rc = dy_y_string(ctx, id, "id", &s->id)))
        return rc;
    if (!valid_id(s->id) || strlen(s->id) > 64)
        return dy_y_error(ctx, id, "section id '%.64s' must use a-z, 0-9, '-' or '_' "
                                   "(at most 64)", s->id);
    for (size_t i = 0; i + 1 < pm->nsections; i++)
        if (strcmp(pm->sections[i].id, s->id) == 0)
            return dy_y_error(ctx, id, "section id '%s' is used twice", s->id);
    if ((rc = load_word(ctx, title, "title", &s->title)))
        return rc;
    const dy_ynode *heads = dy_y_get(n, "headings");
    size_t nheads = 0;
    if (heads) {
        if ((rc = dy_y_expect_seq(ctx, heads, "headings")))
            return rc;
        if (heads->n >= DY_POSTMORTEM_MAX_WORDS)
            return dy_y_too_many(ctx, heads, "headings");
        nheads = heads->n;
    }
    if (!(s->headings = dy_calloc(nheads + 1, sizeof *s->headings)))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    if ((rc = add_heading(ctx, pm, s, title, s->title)))
        return rc;
    for (size_t i = 0; i < nheads; i++) {
        char *text = NULL;
        if ((rc = load_word(ctx, heads->vals[i], "a heading", &text)) ||
            (rc = add_heading(ctx, pm, s, heads->vals[i], text))) {
            dy_free(text);
            return rc;
        }
        dy_free(text);
    }
    s->kind = DY_PM_TEXT;
    if ((v = dy_y_get(n, "kind"))) {
        int kind = v->kind == DY_Y_SCALAR ? dy_postmortem_kind_parse(v->str) : -1;
        if (kind < 0)
            return dy_y_error(ctx, v, "unknown section kind '%.64s' (expected text, timeline "
                                      "or actions)", v->kind == DY_Y_SCALAR ? v->str : "");
        s->kind = (dy_postmortem_kind)kind;
    }
    return DAYONE_OK;
}

int dy_load_postmortem(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n)
{
    const dy_ynode *secs, *v;
    int rc;
    if (!n || dy_y_is_null(n))
        return DAYONE_OK;
    if ((rc = dy_y_expect_map(ctx, n, "postmortem")) ||
        (rc = dy_schema_check_keys(ctx, n, &dy_schema_postmortem)) ||
        (rc = dy_y_require(ctx, n, "sections", "postmortem", &secs)) ||
        (rc = dy_y_expect_seq(ctx, secs, "postmortem.sections")))
        return rc;
    if (secs->n == 0)
        return dy_y_error(ctx, secs, "postmortem.sections must list at least one section");
    if (secs->n > DY_POSTMORTEM_MAX_SECTIONS)
        return dy_y_too_many(ctx, secs, "postmortem sections");
    dy_postmortem *pm = dy_calloc(1, sizeof *pm);
    if (!pm)
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    p->postmortem = pm;
    pm->mark = n->mark;
    pm->max_bytes = DY_POSTMORTEM_DEFAULT_MAX_BYTES;
    if ((v = dy_y_get(n, "max_bytes"))) {
        int64_t max = 0;
        if ((rc = dy_y_int(ctx, v, "max_bytes", 1, DY_POSTMORTEM_MAX_BYTES_LIMIT, &max)))
            return rc;
        pm->max_bytes = (size_t)max;
    }
    if ((v = dy_y_get(n, "placeholders"))) {
        if ((rc = dy_y_expect_seq(ctx, v, "placeholders")))
            return rc;
        if (v->n > DY_POSTMORTEM_MAX_WORDS)
            return dy_y_too_many(ctx, v, "placeholders");
        if (v->n && !(pm->placeholders = dy_calloc(v->n, sizeof *pm->placeholders)))
            return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
        for (size_t i = 0; i < v->n; i++)
            if ((rc = load_word(ctx, v->vals[i], "a placeholder",
                                &pm->placeholders[pm->nplaceholders++])))
                return rc;
    }
    if (!(pm->sections = dy_calloc(secs->n, sizeof *pm->sections)))
        return dy_fail(ctx->err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < secs->n; i++)
        if ((rc = load_section(ctx, pm, secs->vals[i])))
            return rc;
    return DAYONE_OK;
}
