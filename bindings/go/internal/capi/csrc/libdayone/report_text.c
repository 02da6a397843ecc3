/* report_text.c - the report for people.
 *
 *   dayone: policy "saas" - NOT READY      (or "- READY: no problems found")
 *
 *   errors:
 *     STRIPE_SECRET_KEY  secret-required    STRIPE_SECRET_KEY is not set
 *                        fix: Set it in the deploy secrets.
 *                        because BILLING_ENABLED=true
 *                        from .env:12
 *   warnings:
 *     ...
 *   waived:
 *     SECRET_KEY         secret-min-length  SECRET_KEY is 12 characters, needs 32
 *                        waived: rotating on 12-01
 *
 *   2 errors, 1 warning, 1 waived
 *
 * Findings are grouped by severity (errors, warnings, waived), in report
 * order within a group. Columns are aligned over the whole report. Strings
 * are printed safely: control characters are shown escaped (\n, \x1b) and
 * invalid UTF-8 as U+FFFD, so a policy file cannot drive the terminal.
 * ANSI colours only with DAYONE_RENDER_COLOR. */
#include <string.h>
#include "report_text.h"

#define COLUMN_MAX 32        /* wider keys/rules are not padded further */
#define DETAIL_INDENT_MAX 40 /* beyond it, details get a short indent */

#define ANSI_RED "\033[31m"
#define ANSI_YELLOW "\033[33m"
#define ANSI_GREEN "\033[32m"
#define ANSI_DIM "\033[2m"
#define ANSI_BOLD "\033[1m"
#define ANSI_RESET "\033[0m"

/* Decode one UTF-8 sequence at s: its length, or 0 if invalid. */
static size_t utf8_decode(const unsigned char *s, unsigned *cp_out)
{
    size_t n;
    unsigned cp;
    if (s[0] < 0x80) { *cp_out = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0) { n = 2; cp = s[0] & 0x1Fu; }
    else if ((s[0] & 0xF0) == 0xE0) { n = 3; cp = s[0] & 0x0Fu; }
    else if ((s[0] & 0xF8) == 0xF0) { n = 4; cp = s[0] & 0x07u; }
    else return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3Fu);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    *cp_out = cp;
    return n;
}

/* Append s for a terminal; returns the number of columns written (one per
 * code point, good enough for alignment of ASCII keys and rule ids). */
static size_t put_safe(dy_strbuf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t cols = 0;
    while (*p) {
        unsigned cp = 0;
        size_t n = utf8_decode(p, &cp);
        if (n == 0) {
            dy_strbuf_puts(b, "\xEF\xBF\xBD");
            p++;
            cols++;
            continue;
        }
        if (cp == '\n') { dy_strbuf_puts(b, "\\n"); cols += 2; }
        else if (cp == '\t') { dy_strbuf_puts(b, "\\t"); cols += 2; }
        else if (cp == '\r') { dy_strbuf_puts(b, "\\r"); cols += 2; }
        else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) {
            dy_strbuf_printf(b, "\\x%02x", cp);
            cols += 4;
        } else {
            dy_strbuf_append(b, (const char *)p, n);
            cols++;
        }
        p += n;
    }
    return cols;
}

/* Pad a column to width plus a two-space gap (always at least the gap). */
static void pad(dy_strbuf *b, size_t written, size_t width)
{
    size_t end = (written > width ? written : width) + 2;
    for (size_t i = written; i < end; i++)
        dy_strbuf_putc(b, ' ');
}

static void put_indent(dy_strbuf *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dy_strbuf_putc(b, ' ');
}

/* Where the value came from, e.g. "from .env:12". Nothing when unknown. */
static void put_source(dy_strbuf *b, const dayone_finding *f, size_t indent)
{
    const char *src = f->source;
    if (!src[0])
        return;
    put_indent(b, indent);
    if (strcmp(src, "file") == 0 && f->source_path[0]) {
        dy_strbuf_puts(b, "from ");
        put_safe(b, f->source_path);
        if (f->source_line)
            dy_strbuf_printf(b, ":%u", f->source_line);
    } else if (strcmp(src, "policy") == 0 && f->source_path[0]) { /* a lint finding */
        dy_strbuf_puts(b, "at ");
        put_safe(b, f->source_path);
        if (f->source_line)
            dy_strbuf_printf(b, ":%u:%u", f->source_line, f->source_column);
    } else if ((strcmp(src, "facts") == 0 || strcmp(src, "report") == 0) && f->source_path[0]) {
        dy_strbuf_puts(b, "from ");
        put_safe(b, f->source_path);
        if (f->source_line)
            dy_strbuf_printf(b, ":%u:%u", f->source_line, f->source_column);
    } else if (strcmp(src, "secret-file") == 0) {
        dy_strbuf_puts(b, "from secret file ");
        put_safe(b, f->source_path[0] ? f->source_path : "(unknown path)");
    } else if (strcmp(src, "process") == 0) {
        dy_strbuf_puts(b, "from process environment");
    } else if (strcmp(src, "api") == 0) {
        dy_strbuf_puts(b, "set through the API");
    } else {
        dy_strbuf_puts(b, "from ");
        put_safe(b, src);
    }
    dy_strbuf_putc(b, '\n');
}

static void put_finding(dy_strbuf *b, const dayone_finding *f, unsigned flags,
                        const char *colour, size_t key_w, size_t rule_w)
{
    int color = (flags & DAYONE_RENDER_COLOR) != 0;
    /* Details go under the message, unless that column is far right. */
    size_t indent = 2 + key_w + 2 + rule_w + 2;
    if (indent > DETAIL_INDENT_MAX)
        indent = 6;

    dy_strbuf_puts(b, "  ");
    if (color)
        dy_strbuf_puts(b, colour);
    pad(b, put_safe(b, f->key), key_w);
    pad(b, put_safe(b, f->rule), rule_w);
    put_safe(b, f->message);
    if (color)
        dy_strbuf_puts(b, ANSI_RESET);
    dy_strbuf_putc(b, '\n');

    if (f->hint[0]) {
        put_indent(b, indent);
        dy_strbuf_puts(b, "fix: ");
        put_safe(b, f->hint);
        dy_strbuf_putc(b, '\n');
    }
    if (f->because[0]) {
        put_indent(b, indent);
        dy_strbuf_puts(b, "because ");
        put_safe(b, f->because);
        dy_strbuf_putc(b, '\n');
    }
    put_source(b, f, indent);
    if (f->waiver[0]) {
        put_indent(b, indent);
        /* A waiver on a finding that still counts has expired. */
        dy_strbuf_puts(b, f->severity == DAYONE_SEVERITY_WAIVED ? "waived: " : "waiver expired: ");
        put_safe(b, f->waiver);
        dy_strbuf_putc(b, '\n');
    }
}

static const char *plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}

void dy_render_text(const dayone_report *r, unsigned flags, dy_strbuf *b)
{
    static const struct {
        dayone_severity severity;
        const char *title;
        const char *colour;
    } groups[] = {
        {DAYONE_SEVERITY_ERROR, "errors", ANSI_RED},
        {DAYONE_SEVERITY_WARNING, "warnings", ANSI_YELLOW},
        {DAYONE_SEVERITY_WAIVED, "waived", ANSI_DIM},
    };
    int color = (flags & DAYONE_RENDER_COLOR) != 0;
    size_t n = dayone_report_count(r);
    size_t errors = dayone_report_count_severity(r, DAYONE_SEVERITY_ERROR);
    size_t warnings = dayone_report_count_severity(r, DAYONE_SEVERITY_WARNING);
    size_t waived = dayone_report_count_severity(r, DAYONE_SEVERITY_WAIVED);
    int ok = errors == 0;

    dy_strbuf_puts(b, "dayone: policy \"");
    put_safe(b, dayone_report_policy_name(r));
    dy_strbuf_puts(b, "\"");
    /* Start-up alone is the usual check; any other selection is named. */
    if (r->nprofiles && !(r->nprofiles == 1 && strcmp(r->profiles[0], "startup") == 0)) {
        dy_strbuf_puts(b, r->nprofiles == 1 ? ", profile " : ", profiles ");
        for (size_t i = 0; i < r->nprofiles; i++) {
            if (i)
                dy_strbuf_puts(b, ", ");
            put_safe(b, r->profiles[i]);
        }
    }
    dy_strbuf_puts(b, " - ");
    if (color)
        dy_strbuf_puts(b, ok ? ANSI_BOLD ANSI_GREEN : ANSI_BOLD ANSI_RED);
    if (ok)
        dy_strbuf_puts(b, r->verdict_ok ? r->verdict_ok : "READY");
    else
        dy_strbuf_puts(b, r->verdict_fail ? r->verdict_fail : "NOT READY");
    if (color)
        dy_strbuf_puts(b, ANSI_RESET);
    if (n == 0) {
        dy_strbuf_puts(b, ": no problems found\n");
        return;
    }
    dy_strbuf_putc(b, '\n');

    size_t key_w = 0, rule_w = 0;
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        size_t kl = strlen(f->key), rl = strlen(f->rule);
        if (kl > key_w)
            key_w = kl;
        if (rl > rule_w)
            rule_w = rl;
    }
    if (key_w > COLUMN_MAX)
        key_w = COLUMN_MAX;
    if (rule_w > COLUMN_MAX)
        rule_w = COLUMN_MAX;

    for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
        if (dayone_report_count_severity(r, groups[g].severity) == 0)
            continue;
        dy_strbuf_putc(b, '\n');
        if (color)
            dy_strbuf_puts(b, groups[g].colour);
        dy_strbuf_printf(b, "%s:", groups[g].title);
        if (color)
            dy_strbuf_puts(b, ANSI_RESET);
        dy_strbuf_putc(b, '\n');
        for (size_t i = 0; i < n; i++) {
            const dayone_finding *f = dayone_report_get(r, i);
            if (f->severity == groups[g].severity)
                put_finding(b, f, flags, groups[g].colour, key_w, rule_w);
        }
    }

    dy_strbuf_printf(b, "\n%zu %s, %zu %s, %zu waived\n", errors,
                     plural(errors, "error", "errors"), warnings,
                     plural(warnings, "warning", "warnings"), waived);
}
