/* status_render.c - dayone_status_render (status_render.h).
 *
 * Text: the page indicator, one line per component with its state and
 * published state, its reasons below it, then the report's text (the
 * findings). JSON (docs/status.md):
 *
 *   {"ok": false, "policy": "<default>", "indicator": "major",
 *    "components": [
 *      {"name": "ingest", "status": "partial_outage", "indicator": "major",
 *       "published": "operational",
 *       "reasons": [{"rule": "status-burn-rate", "check": "ingest-success",
 *                    "fact": "ingest.success_rate", "status": "partial_outage",
 *                    "message": "...", "path": "health.json", "line": 0, "column": 0}]}],
 *    "report": { ...the report's JSON document... }}
 *
 * "published" is null when no published state was read. SARIF and JUnit
 * are the report's own writers. */
#include <string.h>
#include "error.h"
#include "report.h"
#include "report_json.h"
#include "report_text.h"
#include "status_render.h"

/* Policy texts on a terminal: control characters become '?'. */
static void put_safe(dy_strbuf *b, const char *s)
{
    for (; *s; s++)
        dy_strbuf_putc(b, (unsigned char)*s < 0x20 || *s == 0x7f ? '?' : *s);
}

static void put_padded(dy_strbuf *b, const char *s, size_t width)
{
    size_t n = strlen(s);
    put_safe(b, s);
    for (; n < width; n++)
        dy_strbuf_putc(b, ' ');
}

void dy_status_render_table(const dayone_status_result *r, dy_strbuf *b)
{
    size_t width = 9;
    for (size_t i = 0; i < r->ncomponents; i++)
        if (strlen(r->components[i].name) > width)
            width = strlen(r->components[i].name);
    dy_strbuf_printf(b, "status page indicator: %s\n\n", dayone_indicator_name(r->indicator));
    put_padded(b, "component", width + 2);
    put_padded(b, "status", 22);
    put_padded(b, "indicator", 11);
    dy_strbuf_puts(b, "published\n");
    for (size_t i = 0; i < r->ncomponents; i++) {
        const dayone_component *c = &r->components[i];
        put_padded(b, c->name, width + 2);
        put_padded(b, dayone_component_state_name(c->state), 22);
        put_padded(b, dayone_indicator_name(c->indicator), 11);
        dy_strbuf_puts(b, c->has_published ? dayone_component_state_name(c->published) : "-");
        if (c->has_published && c->state != DAYONE_COMPONENT_UNKNOWN && c->published < c->state)
            dy_strbuf_puts(b, "  (drift)");
        dy_strbuf_putc(b, '\n');
        for (size_t j = 0; j < c->nreasons; j++) {
            const dayone_status_reason *x = &c->reasons[j];
            dy_strbuf_puts(b, "    ");
            put_safe(b, x->check);
            dy_strbuf_printf(b, " (%s): ", x->rule);
            put_safe(b, x->message);
            if (x->path[0]) {
                dy_strbuf_puts(b, " [");
                put_safe(b, x->path);
                dy_strbuf_printf(b, ":%u:%u]", x->line, x->column);
            }
            dy_strbuf_putc(b, '\n');
        }
    }
    dy_strbuf_putc(b, '\n');
}

static void member(dy_strbuf *b, const char *name, const char *value)
{
    dy_strbuf_printf(b, "\"%s\": \"", name);
    dy_strbuf_json_escape(b, value);
    dy_strbuf_puts(b, "\", ");
}

static void render_json(const dayone_status_result *r, dy_strbuf *b)
{
    dy_strbuf_printf(b, "{\n  \"ok\": %s,\n  \"policy\": \"",
                     dayone_report_ok(r->report) ? "true" : "false");
    dy_strbuf_json_escape(b, dayone_report_policy_name(r->report));
    dy_strbuf_printf(b, "\",\n  \"indicator\": \"%s\",\n  \"components\": [",
                     dayone_indicator_name(r->indicator));
    for (size_t i = 0; i < r->ncomponents; i++) {
        const dayone_component *c = &r->components[i];
        dy_strbuf_puts(b, i ? ",\n    {" : "\n    {");
        member(b, "name", c->name);
        member(b, "status", dayone_component_state_name(c->state));
        member(b, "indicator", dayone_indicator_name(c->indicator));
        if (c->has_published)
            member(b, "published", dayone_component_state_name(c->published));
        else
            dy_strbuf_puts(b, "\"published\": null, ");
        dy_strbuf_puts(b, "\"reasons\": [");
        for (size_t j = 0; j < c->nreasons; j++) {
            const dayone_status_reason *x = &c->reasons[j];
            dy_strbuf_puts(b, j ? ",\n      {" : "\n      {");
            member(b, "rule", x->rule);
            member(b, "check", x->check);
            member(b, "fact", x->fact);
            member(b, "status", dayone_component_state_name(x->state));
            member(b, "message", x->message);
            member(b, "path", x->path);
            dy_strbuf_printf(b, "\"line\": %u, \"column\": %u}", x->line, x->column);
        }
        dy_strbuf_puts(b, c->nreasons ? "]}" : "]}");
    }
    dy_strbuf_puts(b, r->ncomponents ? "\n  ],\n  \"report\": " : "],\n  \"report\": ");
    dy_render_json(r->report, b);
    dy_strbuf_puts(b, "}\n");
}

int dayone_status_render(char **out, size_t *len, const dayone_status_result *r,
                         dayone_format format, unsigned int flags, dayone_error *err)
{
    dy_strbuf b = DY_STRBUF_INIT;
    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!r || !out)
        return dy_fail(err, DAYONE_EINVAL, "result and out must not be NULL");
    switch (format) {
    case DAYONE_FORMAT_TEXT:
        dy_status_render_table(r, &b);
        dy_render_text(r->report, flags, &b);
        break;
    case DAYONE_FORMAT_JSON:
        render_json(r, &b);
        break;
    case DAYONE_FORMAT_SARIF:
    case DAYONE_FORMAT_JUNIT:
        return dayone_report_render(out, len, r->report, format, flags, err);
    default:
        return dy_fail(err, DAYONE_EINVAL, "unknown report format %d", (int)format);
    }
    *out = dy_strbuf_detach(&b, len);
    dy_strbuf_release(&b);
    return *out ? DAYONE_OK : dy_fail(err, DAYONE_ENOMEM, "out of memory while rendering");
}
