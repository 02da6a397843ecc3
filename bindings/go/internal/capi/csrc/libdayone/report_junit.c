/* report_junit.c - the report as JUnit XML, for CI test dashboards.
 *
 * The shape is the one Jenkins' xUnit plugin validates (junit-10.xsd) and
 * the Ant/Surefire one GitLab reads (artifacts:reports:junit):
 *
 * <testsuites name="dayone" tests= failures= errors="0">   (junit-10.xsd
 *                                 allows no "skipped" here: Jenkins would
 *                                 drop the whole file)
 *   <testsuite name="dayone" tests= failures= errors="0" skipped=>
 *     <properties><property name="policy" value="saas"/></properties>
 *     <testcase classname="<rule>" name="<key>">   one per finding:
 *       error    -> <failure message="<message>" type="<rule>">fix, because, source</failure>
 *       waived   -> <skipped message="waived: <reason>"/>
 *       warning  -> passes, with the details in <system-out>
 *
 * Every string goes through dy_strbuf_xml_escape, which replaces characters
 * XML 1.0 cannot carry with U+FFFD, so the document is well-formed for any
 * bytes in a message, hint, path or waiver (tests/report fuzzes this).
 *
 * A report holds findings, not passes, so only (rule, key) pairs that
 * produced a finding appear. A report without findings gets one passing
 * test case, classname "dayone" name "policy <name>", so CI shows the check
 * ran instead of an empty suite. */
#include <string.h>
#include "alloc.h"
#include "report_junit.h"

/* XML-escape s; with `attr`, also write tab, newline and carriage return as
 * character references, which attribute-value normalisation would turn into
 * spaces, and which XML parsers fold (\r\n -> \n) in text. */
static void put_escaped(dy_strbuf *b, const char *s, int attr)
{
    char *copy = dy_strdup(s);
    if (!copy) {
        b->failed = 1; /* sticky: the render reports ENOMEM */
        return;
    }
    char *span = copy;
    for (char *p = copy;; p++) {
        char c = *p;
        if (c != '\0' && c != '\r' && !(attr && (c == '\n' || c == '\t')))
            continue;
        *p = '\0';
        dy_strbuf_xml_escape(b, span);
        if (c == '\0')
            break;
        dy_strbuf_printf(b, "&#%d;", c);
        span = p + 1;
    }
    dy_free(copy);
}

static void put_text(dy_strbuf *b, const char *s) { put_escaped(b, s, 0); }

static void put_attr(dy_strbuf *b, const char *name, const char *value)
{
    dy_strbuf_printf(b, " %s=\"", name);
    put_escaped(b, value, 1);
    dy_strbuf_putc(b, '"');
}

/* The lines under a finding's message: fix, because, source, waiver. */
static void put_details(dy_strbuf *b, const dayone_finding *f)
{
    if (f->hint[0]) {
        dy_strbuf_puts(b, "fix: ");
        put_text(b, f->hint);
        dy_strbuf_putc(b, '\n');
    }
    if (f->because[0]) {
        dy_strbuf_puts(b, "because ");
        put_text(b, f->because);
        dy_strbuf_putc(b, '\n');
    }
    /* Same wording as the text report. */
    if (strcmp(f->source, "file") == 0 || strcmp(f->source, "secret-file") == 0) {
        dy_strbuf_puts(b, f->source[0] == 's' ? "from secret file " : "from ");
        put_text(b, f->source_path);
        if (f->source_line)
            dy_strbuf_printf(b, ":%u", f->source_line);
        dy_strbuf_putc(b, '\n');
    } else if (strcmp(f->source, "report") == 0 && f->source_path[0]) {
        dy_strbuf_puts(b, "at ");
        put_text(b, f->source_path);
        if (f->source_line)
            dy_strbuf_printf(b, ":%u:%u", f->source_line, f->source_column);
        dy_strbuf_putc(b, '\n');
    } else if (strcmp(f->source, "process") == 0) {
        dy_strbuf_puts(b, "from process environment\n");
    } else if (strcmp(f->source, "api") == 0) {
        dy_strbuf_puts(b, "set through the API\n");
    } else if (f->source[0]) {
        dy_strbuf_puts(b, "from ");
        put_text(b, f->source);
        dy_strbuf_putc(b, '\n');
    }
    if (f->waiver[0]) {
        dy_strbuf_puts(b, f->severity == DAYONE_SEVERITY_WAIVED ? "waived: " : "waiver expired: ");
        put_text(b, f->waiver);
        dy_strbuf_putc(b, '\n');
    }
}

static void put_testcase(dy_strbuf *b, const dayone_finding *f)
{
    dy_strbuf_puts(b, "    <testcase");
    put_attr(b, "classname", f->rule);
    put_attr(b, "name", f->key);
    dy_strbuf_puts(b, ">\n");
    switch (f->severity) {
    case DAYONE_SEVERITY_WAIVED:
        dy_strbuf_puts(b, "      <skipped message=\"waived: ");
        put_escaped(b, f->waiver, 1);
        dy_strbuf_puts(b, "\">");
        put_text(b, f->message);
        dy_strbuf_putc(b, '\n');
        put_details(b, f);
        dy_strbuf_puts(b, "</skipped>\n");
        break;
    case DAYONE_SEVERITY_WARNING:
        dy_strbuf_puts(b, "      <system-out>warning: ");
        put_text(b, f->message);
        dy_strbuf_putc(b, '\n');
        put_details(b, f);
        dy_strbuf_puts(b, "</system-out>\n");
        break;
    default:
        dy_strbuf_puts(b, "      <failure");
        put_attr(b, "message", f->message);
        put_attr(b, "type", f->rule);
        dy_strbuf_puts(b, ">");
        put_text(b, f->message);
        dy_strbuf_putc(b, '\n');
        put_details(b, f);
        dy_strbuf_puts(b, "</failure>\n");
        break;
    }
    dy_strbuf_puts(b, "    </testcase>\n");
}

void dy_render_junit(const dayone_report *r, dy_strbuf *b)
{
    size_t n = dayone_report_count(r);
    size_t tests = n ? n : 1;
    size_t failures = dayone_report_count_severity(r, DAYONE_SEVERITY_ERROR);
    size_t skipped = dayone_report_count_severity(r, DAYONE_SEVERITY_WAIVED);
    const char *policy = dayone_report_policy_name(r);

    dy_strbuf_puts(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    dy_strbuf_printf(b,
                     "<testsuites name=\"dayone\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n",
                     tests, failures);
    dy_strbuf_printf(b, "  <testsuite name=\"dayone\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" "
                     "skipped=\"%zu\">\n", tests, failures, skipped);
    dy_strbuf_puts(b, "    <properties><property name=\"policy\"");
    put_attr(b, "value", policy);
    if (r->nprofiles) {
        /* One property, the names comma-separated: what a CI page shows. */
        dy_strbuf_puts(b, "/><property name=\"profiles\" value=\"");
        for (size_t i = 0; i < r->nprofiles; i++) {
            if (i)
                dy_strbuf_putc(b, ',');
            put_escaped(b, r->profiles[i], 1);
        }
        dy_strbuf_putc(b, '"');
    }
    dy_strbuf_puts(b, "/></properties>\n");
    if (n == 0) {
        dy_strbuf_puts(b, "    <testcase classname=\"dayone\" name=\"policy ");
        put_escaped(b, policy, 1);
        dy_strbuf_puts(b, "\"/>\n");
    }
    for (size_t i = 0; i < n; i++)
        put_testcase(b, dayone_report_get(r, i));
    dy_strbuf_puts(b, "  </testsuite>\n</testsuites>\n");
}
