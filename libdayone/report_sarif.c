/* report_sarif.c - the report as a SARIF 2.1.0 log that GitHub code
 * scanning ingests (and any other SARIF 2.1.0 consumer reads).
 *
 * One run; tool.driver "dayone" with one reportingDescriptor per distinct
 * rule id, in order of first appearance (results point at it by ruleId and
 * ruleIndex). A descriptor carries shortDescription, fullDescription, help
 * (text and markdown) and helpUri from the rule catalogue (report_rules.h),
 * or its generic entry for rules the policy declares. Each finding is one
 * result:
 *   level      error | warning | note (waived)
 *   message    the finding's message, then "Fix: <hint>"
 *   locations  one location: a physicalLocation, always (report_location.h:
 *              the .env line, the policy rule, the .env file or the
 *              pseudo-file; URI relative to the root, uriBaseId %SRCROOT%),
 *              and a logicalLocation {name: key, kind: "variable"}
 *   partialFingerprints  primaryLocationLineHash: a hash of the rule id and
 *              the key, and the finding's occurrence among findings with the
 *              same pair ("<16 hex>:<n>"). It depends on neither the value
 *              nor the line, so an alert follows its variable across runs
 *              and edits; GitHub adds the file path itself.
 *   suppressions  for waived findings: {kind: "external", status:
 *              "accepted", justification: the waiver's reason}
 *   properties key, severity, because, source, locationKind (never a value)
 * run.originalUriBaseIds maps %SRCROOT% to the root's file URI. GitHub
 * rejects a run of more than 25,000 results: such a report is refused with
 * DAYONE_ELIMIT rather than written for an upload that would fail.
 * Validated by tests/report against the OASIS schema and GitHub's
 * documented constraints. */
#include <stdint.h>
#include <string.h>
#include "alloc.h"
#include "report_sarif.h"
#include "report_location.h"
#include "report_rules.h"

/* The project's home page for tool.driver.informationUri; set it at build
 * time (-DDAYONE_INFORMATION_URI="\"https://...\"") to have it emitted. */
#ifndef DAYONE_INFORMATION_URI
#define DAYONE_INFORMATION_URI ""
#endif

/* GitHub code scanning: at most 25,000 results (and rules) per run. */
#define SARIF_MAX_RESULTS 25000u
/* Policy-supplied text quoted in rule descriptions, in bytes: keeps them
 * under GitHub's 1024-character limit. */
#define QUOTE_MAX 200

static void put_str(dy_strbuf *b, const char *s)
{
    dy_strbuf_putc(b, '"');
    dy_strbuf_json_escape(b, s);
    dy_strbuf_putc(b, '"');
}

/* At most QUOTE_MAX bytes of s, cut at a UTF-8 boundary, "..." if cut. */
static void put_quoted(dy_strbuf *b, const char *s)
{
    char buf[QUOTE_MAX + 1];
    size_t n = strlen(s);
    if (n <= QUOTE_MAX) {
        dy_strbuf_json_escape(b, s);
        return;
    }
    n = QUOTE_MAX;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
        n--;
    memcpy(buf, s, n);
    buf[n] = '\0';
    dy_strbuf_json_escape(b, buf);
    dy_strbuf_puts(b, "...");
}

/* The finding's rule id as SARIF cites it: GitHub rejects an empty id
 * (required properties may not be ""), which the check never makes but a
 * report built through the API could hold. */
static const char *sarif_rule_id(const dayone_finding *f)
{
    return f->rule[0] ? f->rule : "unnamed-rule";
}

/* Index of rule id in rules[0..n), or n. */
static size_t rule_index(const char **rules, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(rules[i], id) == 0)
            return i;
    return n;
}

static void put_help_uri(dy_strbuf *b, const dy_rule_doc *doc)
{
    dy_strbuf_puts(b, "\"helpUri\": \"" DAYONE_DOCS_URI "rules.md#");
    dy_strbuf_json_escape(b, doc->id);
    dy_strbuf_putc(b, '"');
}

static void put_rule(dy_strbuf *b, const char *id, const char *policy, int default_policy)
{
    const dy_rule_doc *doc = dy_rule_doc_find(id, default_policy);
    const dy_rule_doc *text = doc ? doc : dy_rule_doc_declared();

    dy_strbuf_puts(b, "{\"id\": ");
    put_str(b, id);
    dy_strbuf_puts(b, ",\n         \"shortDescription\": {\"text\": \"");
    if (doc) {
        dy_strbuf_json_escape(b, doc->summary);
    } else {
        dy_strbuf_puts(b, "Policy rule '");
        put_quoted(b, id);
        dy_strbuf_puts(b, "'.");
    }
    dy_strbuf_puts(b, "\"},\n         \"fullDescription\": {\"text\": \"");
    dy_strbuf_json_escape(b, text->meaning);
    if (!doc) {
        dy_strbuf_puts(b, " Declared in policy '");
        put_quoted(b, policy);
        dy_strbuf_puts(b, "'.");
    }
    dy_strbuf_puts(b, "\"},\n         \"help\": {\"text\": \"");
    dy_strbuf_json_escape(b, text->meaning);
    dy_strbuf_puts(b, "\\n\\nHow to fix: ");
    dy_strbuf_json_escape(b, text->fix);
    dy_strbuf_puts(b, "\", \"markdown\": \"");
    dy_strbuf_json_escape(b, text->meaning);
    dy_strbuf_puts(b, "\\n\\n**How to fix:** ");
    dy_strbuf_json_escape(b, text->fix);
    dy_strbuf_puts(b, "\\n\\n[docs/rules.md](" DAYONE_DOCS_URI "rules.md#");
    dy_strbuf_json_escape(b, text->id);
    dy_strbuf_puts(b, ")\"},\n         ");
    put_help_uri(b, text);
    dy_strbuf_puts(b, ",\n         \"properties\": {\"tags\": [\"configuration\"], "
                   "\"precision\": \"very-high\"}}");
}

static void put_message(dy_strbuf *b, const dayone_finding *f)
{
    dy_strbuf_puts(b, "\"message\": {\"text\": \"");
    dy_strbuf_json_escape(b, f->message[0] ? f->message : f->rule[0] ? f->rule : "dayone finding");
    if (f->hint[0]) {
        size_t ml = strlen(f->message);
        if (ml && !strchr(".!?", f->message[ml - 1]))
            dy_strbuf_putc(b, '.');
        dy_strbuf_puts(b, " Fix: ");
        dy_strbuf_json_escape(b, f->hint);
    }
    dy_strbuf_puts(b, "\"}");
}

static void put_location(dy_strbuf *b, const dayone_finding *f, const dy_anchor *a)
{
    dy_strbuf_puts(b, "\"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
    put_str(b, a->uri);
    dy_strbuf_printf(b, ", \"uriBaseId\": \"%%SRCROOT%%\"}, \"region\": {\"startLine\": %u, "
                     "\"startColumn\": %u, \"endLine\": %u, \"endColumn\": %u}},\n"
                     "           \"logicalLocations\": [{\"name\": ",
                     a->start_line, a->start_column, a->end_line, a->end_column);
    put_str(b, f->key[0] ? f->key : f->rule);
    dy_strbuf_puts(b, ", \"kind\": \"variable\"}]}]");
}

/* FNV-1a, 64 bits, over rule id, NUL, key: stable across runs and
 * platforms, and never fed a value. */
static uint64_t identity_hash(const dayone_finding *f)
{
    uint64_t h = 0xcbf29ce484222325ull;
    const char *parts[2] = {f->rule, f->key};
    for (int k = 0; k < 2; k++) {
        for (const unsigned char *p = (const unsigned char *)parts[k]; *p; p++)
            h = (h ^ *p) * 0x100000001b3ull;
        h = (h ^ 0) * 0x100000001b3ull;
    }
    return h;
}

static void put_result(dy_strbuf *b, const dayone_finding *f, size_t index, const dy_anchor *a,
                       uint64_t hash, size_t occurrence)
{
    static const char *levels[] = {"error", "warning", "note"};
    dy_strbuf_puts(b, "{\"ruleId\": ");
    put_str(b, sarif_rule_id(f));
    dy_strbuf_printf(b, ", \"ruleIndex\": %zu, \"level\": \"%s\",\n         ", index,
                     levels[f->severity <= DAYONE_SEVERITY_WAIVED ? f->severity : 0]);
    put_message(b, f);
    dy_strbuf_puts(b, ",\n         ");
    put_location(b, f, a);
    dy_strbuf_printf(b, ",\n         \"partialFingerprints\": {\"primaryLocationLineHash\": "
                     "\"%016llx:%zu\"}", (unsigned long long)hash, occurrence);
    if (f->severity == DAYONE_SEVERITY_WAIVED) {
        dy_strbuf_puts(b, ",\n         \"suppressions\": [{\"kind\": \"external\", "
                       "\"status\": \"accepted\", \"justification\": ");
        put_str(b, f->waiver);
        dy_strbuf_puts(b, "}]");
    }
    dy_strbuf_puts(b, ",\n         \"properties\": {\"key\": ");
    put_str(b, f->key);
    dy_strbuf_puts(b, ", \"severity\": ");
    put_str(b, dayone_severity_name(f->severity));
    dy_strbuf_puts(b, ", \"because\": ");
    put_str(b, f->because);
    dy_strbuf_puts(b, ", \"source\": ");
    put_str(b, f->source);
    dy_strbuf_puts(b, ", \"locationKind\": ");
    put_str(b, dy_anchor_kind_name(a->kind));
    if (f->waiver[0]) {
        dy_strbuf_puts(b, ", \"waiver\": ");
        put_str(b, f->waiver);
    }
    dy_strbuf_puts(b, "}}");
}

/* The root as an absolute file URI ending in '/', for %SRCROOT%. */
static void put_root_uri(dy_strbuf *b, const char *dir)
{
    static const char hex[] = "0123456789ABCDEF";
    dy_strbuf_puts(b, "\"file://");
    for (const unsigned char *p = (const unsigned char *)dir; *p; p++) {
        unsigned char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
            dy_strbuf_putc(b, (char)c);
        } else {
            char esc[3] = {'%', hex[c >> 4], hex[c & 0xF]};
            dy_strbuf_append(b, esc, 3);
        }
    }
    dy_strbuf_puts(b, "/\"");
}

int dy_render_sarif(const dayone_report *r, const char *root_dir, dy_strbuf *b, dayone_error *err)
{
    size_t n = dayone_report_count(r);
    const char *policy = dayone_report_policy_name(r);
    int default_policy = strcmp(policy, "<default>") == 0 && !r->policy_file[0];
    const char **rules = NULL;
    uint64_t *hashes = NULL;
    size_t nrules = 0;
    dy_anchor_root root;
    int rc;

    if (n > SARIF_MAX_RESULTS)
        return dy_fail(err, DAYONE_ELIMIT,
                       "%zu findings: over the 25000 results per run that GitHub code "
                       "scanning accepts", n);
    if ((rc = dy_anchor_root_open(&root, root_dir, err)) != DAYONE_OK)
        return rc;
    if (n && (!(rules = dy_calloc(n, sizeof *rules)) || !(hashes = dy_calloc(n, sizeof *hashes)))) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory while rendering the report");
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        if (rule_index(rules, nrules, sarif_rule_id(f)) == nrules)
            rules[nrules++] = sarif_rule_id(f);
        hashes[i] = identity_hash(f);
    }

    dy_strbuf_puts(b, "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
                   "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n"
                   "      \"tool\": {\"driver\": {\"name\": \"dayone\", \"version\": ");
    put_str(b, dayone_version());
    if (DAYONE_INFORMATION_URI[0]) {
        dy_strbuf_puts(b, ", \"informationUri\": ");
        put_str(b, DAYONE_INFORMATION_URI);
    }
    dy_strbuf_puts(b, ", \"rules\": [");
    for (size_t i = 0; i < nrules; i++) {
        dy_strbuf_puts(b, i ? ",\n        " : "\n        ");
        put_rule(b, rules[i], policy, default_policy);
    }
    dy_strbuf_puts(b, nrules ? "\n      ]}},\n" : "]}},\n");

    dy_strbuf_puts(b, "      \"originalUriBaseIds\": {\"%SRCROOT%\": {\"uri\": ");
    put_root_uri(b, root.dir);
    dy_strbuf_puts(b, "}},\n      \"properties\": {\"policy\": ");
    put_str(b, policy);
    dy_strbuf_puts(b, ", \"profiles\": [");
    for (size_t i = 0; i < r->nprofiles; i++) {
        if (i)
            dy_strbuf_puts(b, ", ");
        put_str(b, r->profiles[i]);
    }
    dy_strbuf_printf(b, "], \"ok\": %s},\n", dayone_report_ok(r) ? "true" : "false");

    dy_strbuf_puts(b, "      \"results\": [");
    for (size_t i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        size_t occurrence = 1;
        for (size_t j = 0; j < i; j++)
            if (hashes[j] == hashes[i] && strcmp(dayone_report_get(r, j)->rule, f->rule) == 0 &&
                strcmp(dayone_report_get(r, j)->key, f->key) == 0)
                occurrence++;
        dy_anchor a;
        if ((rc = dy_anchor_find(&root, r, i, &a)) != DAYONE_OK) {
            rc = dy_fail(err, rc, "out of memory while rendering the report");
            goto done;
        }
        dy_strbuf_puts(b, i ? ",\n        " : "\n        ");
        put_result(b, f, rule_index(rules, nrules, sarif_rule_id(f)), &a, hashes[i], occurrence);
        dy_anchor_release(&a);
    }
    dy_strbuf_puts(b, n ? "\n      ]\n    }\n  ]\n}\n" : "]\n    }\n  ]\n}\n");
done:
    dy_free(rules);
    dy_free(hashes);
    dy_anchor_root_close(&root);
    return rc;
}
