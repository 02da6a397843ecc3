/* report_sarif.c - the report as a SARIF 2.1.0 log, for code-scanning UIs.
 *
 * One run; tool.driver "dayone" with one reportingDescriptor per distinct
 * rule id (in order of first appearance; results point at it by ruleId and
 * ruleIndex). Each finding is one result:
 *   level      error | warning | note (waived)
 *   message    the finding's message, then "Fix: <hint>"
 *   locations  a logicalLocation {name: key, kind: "variable"} (SARIF §3.33.7
 *              lists "variable"), plus a physicalLocation (artifact URI and
 *              startLine) when the value came from a .env or NAME_FILE file
 *   suppressions  for waived findings: {kind: "external", status:
 *              "accepted", justification: the waiver's reason} - the waiver
 *              lives in the policy file, outside the artifact
 *   properties key, severity, because, source (never a value)
 * Validated against the OASIS schema by tests/report. Note: GitHub code
 * scanning only places results that have a physicalLocation, i.e. findings
 * whose variable came from a file. */
#include <string.h>
#include "alloc.h"
#include "report_internal.h"

/* The project's home page for tool.driver.informationUri; set it at build
 * time (-DDAYONE_INFORMATION_URI="\"https://...\"") to have it emitted. */
#ifndef DAYONE_INFORMATION_URI
#define DAYONE_INFORMATION_URI ""
#endif

static const struct {
    const char *id;
    const char *text;
} known_rules[] = {
    {"secret-required", "A required secret is set and not empty."},
    {"secret-min-length", "A secret is at least as long as the policy requires."},
    {"secret-max-length", "A secret is no longer than the policy allows."},
    {"secret-format", "A secret has the format the policy requires."},
    {"secret-placeholder", "A secret is not a placeholder such as 'changeme'."},
    {"secret-entropy", "A secret has at least the entropy the policy requires."},
    {"secret-pattern", "A secret matches the policy's pattern."},
    {"secret-stripe-mode", "Stripe keys match the deployment (live in production, test elsewhere)."},
    {"secret-file", "A NAME_FILE secret is readable and does not conflict with NAME."},
    {"secrets-distinct", "Secrets that must differ are not equal."},
    {"flag-not-boolean", "A flag variable holds a boolean."},
};

static void put_str(strbuf *b, const char *s)
{
    strbuf_putc(b, '"');
    strbuf_json_escape(b, s);
    strbuf_putc(b, '"');
}

/* Index of rule id in rules[0..n), or n. */
static size_t rule_index(const char **rules, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(rules[i], id) == 0)
            return i;
    return n;
}

static void put_rule(strbuf *b, const char *id, const char *policy)
{
    strbuf_puts(b, "{\"id\": ");
    put_str(b, id);
    strbuf_puts(b, ", \"shortDescription\": {\"text\": ");
    for (size_t i = 0; i < sizeof known_rules / sizeof known_rules[0]; i++) {
        if (strcmp(known_rules[i].id, id) == 0) {
            put_str(b, known_rules[i].text);
            strbuf_puts(b, "}}");
            return;
        }
    }
    /* Posture rules and distinct groups are named by the policy file. */
    strbuf_puts(b, "\"Rule '");
    strbuf_json_escape(b, id);
    strbuf_puts(b, "' of policy '");
    strbuf_json_escape(b, policy);
    strbuf_puts(b, "'.\"}}");
}

/* A file path as a URI reference: percent-encode all but RFC 3986
 * unreserved characters and '/'; absolute paths become file:// URIs. */
static void put_uri(strbuf *b, const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    strbuf_putc(b, '"');
    if (path[0] == '/')
        strbuf_puts(b, "file://");
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            strbuf_putc(b, (char)c);
        } else {
            char esc[3] = {'%', hex[c >> 4], hex[c & 0xF]};
            strbuf_append(b, esc, 3);
        }
    }
    strbuf_putc(b, '"');
}

static void put_message(strbuf *b, const dayone_finding *f)
{
    strbuf_puts(b, "\"message\": {\"text\": \"");
    strbuf_json_escape(b, f->message[0] ? f->message : f->rule);
    if (f->hint[0]) {
        size_t ml = strlen(f->message);
        if (ml && !strchr(".!?", f->message[ml - 1]))
            strbuf_putc(b, '.');
        strbuf_puts(b, " Fix: ");
        strbuf_json_escape(b, f->hint);
    }
    strbuf_puts(b, "\"}");
}

static void put_locations(strbuf *b, const dayone_finding *f)
{
    int from_file = (strcmp(f->source, "file") == 0 || strcmp(f->source, "secret-file") == 0) &&
                    f->source_path[0];
    strbuf_puts(b, "\"locations\": [{");
    if (from_file) {
        strbuf_puts(b, "\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
        put_uri(b, f->source_path);
        strbuf_putc(b, '}');
        if (f->source_line)
            strbuf_printf(b, ", \"region\": {\"startLine\": %u}", f->source_line);
        strbuf_puts(b, "}, ");
    }
    strbuf_puts(b, "\"logicalLocations\": [{\"name\": ");
    put_str(b, f->key[0] ? f->key : f->rule);
    strbuf_puts(b, ", \"kind\": \"variable\"}]}]");
}

static void put_result(strbuf *b, const dayone_finding *f, size_t index)
{
    static const char *levels[] = {"error", "warning", "note"};
    strbuf_puts(b, "{\"ruleId\": ");
    put_str(b, f->rule);
    strbuf_printf(b, ", \"ruleIndex\": %zu, \"level\": \"%s\",\n         ", index,
                  levels[f->severity <= DAYONE_SEVERITY_WAIVED ? f->severity : 0]);
    put_message(b, f);
    strbuf_puts(b, ",\n         ");
    put_locations(b, f);
    if (f->severity == DAYONE_SEVERITY_WAIVED) {
        strbuf_puts(b, ",\n         \"suppressions\": [{\"kind\": \"external\", "
                       "\"status\": \"accepted\", \"justification\": ");
        put_str(b, f->waiver);
        strbuf_puts(b, "}]");
    }
    strbuf_puts(b, ",\n         \"properties\": {\"key\": ");
    put_str(b, f->key);
    strbuf_puts(b, ", \"severity\": ");
    put_str(b, dayone_severity_name(f->severity));
    strbuf_puts(b, ", \"because\": ");
    put_str(b, f->because);
    strbuf_puts(b, ", \"source\": ");
    put_str(b, f->source);
    if (f->waiver[0]) {
        strbuf_puts(b, ", \"waiver\": ");
        put_str(b, f->waiver);
    }
    strbuf_puts(b, "}}");
}

void dy_render_sarif(const dayone_report *r, strbuf *b)
{
    size_t n = dayone_report_count(r);
    const char *policy = dayone_report_policy_name(r);
    /* Distinct rule ids, in order of first appearance. */
    const char **rules = n ? dy_calloc(n, sizeof *rules) : NULL;
    size_t nrules = 0;

    if (n && !rules) {
        b->failed = 1; /* the caller reports ENOMEM */
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *id = dayone_report_get(r, i)->rule;
        if (rule_index(rules, nrules, id) == nrules)
            rules[nrules++] = id;
    }

    strbuf_puts(b, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                   "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
                   "      \"tool\": {\"driver\": {\"name\": \"dayone\", \"version\": ");
    put_str(b, dayone_version());
    if (DAYONE_INFORMATION_URI[0]) {
        strbuf_puts(b, ", \"informationUri\": ");
        put_str(b, DAYONE_INFORMATION_URI);
    }
    strbuf_puts(b, ", \"rules\": [");
    for (size_t i = 0; i < nrules; i++) {
        strbuf_puts(b, i ? ",\n        " : "\n        ");
        put_rule(b, rules[i], policy);
    }
    strbuf_puts(b, nrules ? "\n      ]}},\n" : "]}},\n");

    strbuf_puts(b, "      \"properties\": {\"policy\": ");
    put_str(b, policy);
    strbuf_printf(b, ", \"ok\": %s},\n", dayone_report_ok(r) ? "true" : "false");

    strbuf_puts(b, "      \"results\": [");
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        strbuf_puts(b, i ? ",\n        " : "\n        ");
        put_result(b, f, rule_index(rules, nrules, f->rule));
    }
    strbuf_puts(b, n ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n");
    dy_free(rules);
}
