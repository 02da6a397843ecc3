/* report_json.c - the report as one JSON document, for scripts.
 *
 * {
 *   "ok": false,
 *   "policy": "saas",
 *   "profiles": ["startup"],
 *   "summary": {"errors": 1, "warnings": 0, "waived": 0},
 *   "findings": [
 *     {"rule": "secret-required", "key": "STRIPE_SECRET_KEY", "severity": "error",
 *      "message": "...", "hint": "...", "because": "BILLING_ENABLED=true",
 *      "source": "file", "path": ".env", "line": 12, "waiver": ""}
 *   ]
 * }
 *
 * Stable shape: every finding always has all ten members, in this order.
 * "profiles" are the profiles the check ran ([] for a lint report).
 * "source" is "process", "file", "api", "secret-file", "facts", "report" (a
 * post-incident report's finding: "path" and "line" are the report's) or ""
 * (unset);
 * "path" is the .env or NAME_FILE path and "" otherwise; "line" is the line
 * in "path", 0 when not from a .env file. "waiver" is the reason of the
 * waiver that applied (severity "waived") or that expired (severity "error"),
 * "" if none. "ok" is true when there is no error finding. Findings are in
 * report (policy) order. Strings are escaped by dy_strbuf_json_escape, which
 * also replaces invalid UTF-8, so the output is always valid JSON. */
#include "report.h"
#include "report_json.h"

static void member(dy_strbuf *b, const char *name, const char *value, int comma)
{
    dy_strbuf_printf(b, "\"%s\": \"", name);
    dy_strbuf_json_escape(b, value);
    dy_strbuf_puts(b, comma ? "\", " : "\"");
}

void dy_render_json(const dayone_report *r, dy_strbuf *b)
{
    size_t n = dayone_report_count(r);

    dy_strbuf_printf(b, "{\n  \"ok\": %s,\n  \"policy\": \"",
                     dayone_report_ok(r) ? "true" : "false");
    dy_strbuf_json_escape(b, dayone_report_policy_name(r));
    dy_strbuf_puts(b, "\",\n  \"profiles\": [");
    for (size_t i = 0; i < r->nprofiles; i++) {
        dy_strbuf_puts(b, i ? ", \"" : "\"");
        dy_strbuf_json_escape(b, r->profiles[i]);
        dy_strbuf_putc(b, '"');
    }
    dy_strbuf_printf(b,
                     "],\n  \"summary\": {\"errors\": %zu, \"warnings\": %zu, \"waived\": %zu},\n",
                     dayone_report_count_severity(r, DAYONE_SEVERITY_ERROR),
                     dayone_report_count_severity(r, DAYONE_SEVERITY_WARNING),
                     dayone_report_count_severity(r, DAYONE_SEVERITY_WAIVED));
    dy_strbuf_puts(b, "  \"findings\": [");
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        dy_strbuf_puts(b, i ? ",\n    {" : "\n    {");
        member(b, "rule", f->rule, 1);
        member(b, "key", f->key, 1);
        member(b, "severity", dayone_severity_name(f->severity), 1);
        member(b, "message", f->message, 1);
        member(b, "hint", f->hint, 1);
        member(b, "because", f->because, 1);
        member(b, "source", f->source, 1);
        member(b, "path", f->source_path, 1);
        dy_strbuf_printf(b, "\"line\": %u, ", f->source_line);
        member(b, "waiver", f->waiver, 0);
        dy_strbuf_putc(b, '}');
    }
    dy_strbuf_puts(b, n ? "\n  ]\n}\n" : "]\n}\n");
}
