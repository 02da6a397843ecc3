/* postmortem.c - the post-incident report linter (dayone/postmortem.h):
 * the report's blocks (postmortem_markdown.c) against the policy's
 * `postmortem:` section (policy_postmortem.h), findings into a report.
 *
 * One pass assigns every block to the required section whose heading it
 * follows; then each rule reads its section's blocks. A block holding a
 * placeholder is reported once and skipped by the entry rules: its time or
 * owner is not written yet. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "alloc.h"
#include "dayone/postmortem.h"
#include "error.h"
#include "policy.h"
#include "policy_postmortem.h"
#include "postmortem_markdown.h"
#include "postmortem_time.h"
#include "report.h"
#include "secret_file.h"

#define NO_SECTION SIZE_MAX
#define UNNAMED_REPORT "<report>"

typedef struct lint_run {
    const dy_postmortem *pm;
    const char *path;
    const dy_md_doc *doc;
    dayone_report *report;
    size_t *owner;          /* [doc->n]: the section a block belongs to, or NO_SECTION */
    size_t *heading;        /* [pm->nsections]: the block of its heading, or NO_SECTION */
    size_t *content;        /* [pm->nsections]: its blocks other than headings */
    unsigned char *pending; /* [doc->n]: the block holds a placeholder */
} lint_run;

static const char *const HINT_MISSING =
    "Add the section under a heading the policy accepts (`dayone report template` prints "
    "them all).";
static const char *const HINT_EMPTY = "Write the section's content under its heading.";
static const char *const HINT_PLACEHOLDER = "Replace the placeholder with the real content.";
static const char *const HINT_TIME =
    "Start each entry with its time: 2026-03-04T14:05Z (RFC 3339, seconds optional; Z, UTC "
    "or an offset), or HH:MM for a later entry of the same day.";
static const char *const HINT_ORDER = "List the timeline's entries in the order they happened.";
static const char *const HINT_OWNER =
    "Name the action's owner: `owner: @handle` in the entry, or an Owner column holding "
    "@handle.";
static const char *const HINT_DUPLICATE = "Merge the two sections into one.";

static const char *section_key(const lint_run *run, size_t s)
{
    return s == NO_SECTION ? "report" : run->pm->sections[s].id;
}

/* A finding located at line:column of the report. The message names the
 * policy's words (titles, placeholders) and line numbers, never report text. */
static void emit(lint_run *run, const char *rule, size_t section, dayone_severity sev,
                 const char *hint, unsigned line, unsigned column, const char *fmt, ...)
    DY_PRINTF(8, 9);
static void emit(lint_run *run, const char *rule, size_t section, dayone_severity sev,
                 const char *hint, unsigned line, unsigned column, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dayone_finding *f = dy_report_add(run->report, rule, section_key(run, section), sev, hint,
                                      "", "%s", msg);
    if (!f)
        return;
    dy_finding_set_source(run->report, f, "report", run->path, line ? line : 1);
    f->source_column = column ? column : 1;
}

static int word_char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_';
}

/* The first placeholder in b's text: its offset and which one, or 0. A
 * placeholder that starts (ends) with a word character must not be
 * preceded (followed) by one: TODO is not found in TODOS. */
static int find_placeholder(const dy_postmortem *pm, const dy_md_block *b, size_t *off,
                            size_t *which)
{
    int found = 0;
    for (size_t p = 0; p < pm->nplaceholders; p++) {
        const char *w = pm->placeholders[p];
        size_t wl = strlen(w);
        for (size_t i = 0; wl && i + wl <= b->len && (!found || i < *off); i++) {
            if (memcmp(b->text + i, w, wl) != 0)
                continue;
            if (word_char(w[0]) && i > 0 && word_char(b->text[i - 1]))
                continue;
            if (word_char(w[wl - 1]) && i + wl < b->len && word_char(b->text[i + wl]))
                continue;
            *off = i;
            *which = p;
            found = 1;
            break;
        }
    }
    return found;
}

/* Which required section a heading opens, or NO_SECTION. */
static size_t section_of_heading(const dy_postmortem *pm, const dy_md_block *b)
{
    char key[DY_POSTMORTEM_MAX_WORD + 1];
    if (!dy_postmortem_heading_key(b->text, b->len, key, sizeof key))
        return NO_SECTION;
    for (size_t s = 0; s < pm->nsections; s++)
        for (size_t h = 0; h < pm->sections[s].nheadings; h++)
            if (strcmp(pm->sections[s].headings[h], key) == 0)
                return s;
    return NO_SECTION;
}

/* Assign blocks to sections; report duplicates and placeholders. */
static void assign(lint_run *run)
{
    const dy_md_doc *doc = run->doc;
    size_t current = NO_SECTION;
    int level = 0;
    for (size_t i = 0; i < doc->n; i++) {
        const dy_md_block *b = &doc->blocks[i];
        if (b->kind == DY_MD_HEADING) {
            if (current != NO_SECTION && b->level <= level)
                current = NO_SECTION;
            size_t s = section_of_heading(run->pm, b);
            if (s != NO_SECTION) {
                if (run->heading[s] == NO_SECTION) {
                    run->heading[s] = i;
                } else {
                    const dy_md_block *first = &doc->blocks[run->heading[s]];
                    emit(run, "postmortem-section-duplicate", s, DAYONE_SEVERITY_WARNING,
                         HINT_DUPLICATE, b->line, b->column,
                         "section \"%s\" has a second heading (the first is on line %u)",
                         run->pm->sections[s].title, first->line);
                }
                current = s;
                level = b->level;
            }
        } else if (current != NO_SECTION) {
            run->content[current]++;
        }
        run->owner[i] = current;
        size_t off = 0, which = 0;
        if (find_placeholder(run->pm, b, &off, &which)) {
            unsigned line, column;
            run->pending[i] = 1;
            dy_md_locate(b, off, &line, &column);
            emit(run, "postmortem-placeholder", current, DAYONE_SEVERITY_ERROR,
                 HINT_PLACEHOLDER, line, column, "the report still holds the placeholder \"%s\"",
                 run->pm->placeholders[which]);
        }
    }
}

static int is_entry(const dy_md_block *b) { return b->kind == DY_MD_ITEM || b->kind == DY_MD_ROW; }

/* The text a timeline entry's time is read from: an item's text, a row's
 * first cell. */
static void entry_lead(const dy_md_block *b, size_t *start, size_t *len)
{
    if (b->kind == DY_MD_ROW) {
        dy_md_cell(b, 0, start, len);
        return;
    }
    *start = 0;
    *len = b->len;
}

static void check_timeline(lint_run *run, size_t s)
{
    const dy_md_doc *doc = run->doc;
    dy_pm_clock clock = DY_PM_CLOCK_INIT;
    int64_t latest = INT64_MIN;
    unsigned latest_line = 0;
    size_t entries = 0;
    for (size_t i = 0; i < doc->n; i++) {
        const dy_md_block *b = &doc->blocks[i];
        if (run->owner[i] != s || !is_entry(b))
            continue;
        entries++;
        if (run->pending[i])
            continue;
        size_t start, len;
        unsigned line, column;
        int64_t t;
        const char *why = "";
        entry_lead(b, &start, &len);
        dy_md_locate(b, start, &line, &column);
        if (!dy_pm_time_read(b->text + start, len, &clock, &t, &why)) {
            emit(run, "postmortem-timeline-time", s, DAYONE_SEVERITY_ERROR, HINT_TIME, line,
                 column, "timeline entry: %s", why);
            continue;
        }
        if (t < latest)
            emit(run, "postmortem-timeline-order", s, DAYONE_SEVERITY_ERROR, HINT_ORDER, line,
                 column, "timeline entry is earlier than the entry on line %u", latest_line);
        else {
            latest = t;
            latest_line = line;
        }
    }
    if (entries == 0 && run->content[s] > 0) {
        const dy_md_block *h = &doc->blocks[run->heading[s]];
        emit(run, "postmortem-timeline-time", s, DAYONE_SEVERITY_ERROR, HINT_TIME, h->line,
             h->column, "\"%s\" has no entries (list items or table rows, each starting with "
             "a time)", run->pm->sections[s].title);
    }
}

static int handle_char(char c) { return word_char(c) || c == '-' || c == '.' || c == '/'; }

/* "@handle" at text[i]. */
static int handle_at(const char *text, size_t len, size_t i)
{
    return i + 1 < len && text[i] == '@' && handle_char(text[i + 1]);
}

/* "owner: @handle" (any case, blanks around ':') anywhere in text. */
static int names_owner(const char *text, size_t len)
{
    for (size_t i = 0; i + 5 <= len; i++) {
        if (strncasecmp(text + i, "owner", 5) != 0 || (i > 0 && word_char(text[i - 1])))
            continue;
        size_t j = i + 5;
        if (j < len && (text[j] == 's' || text[j] == 'S'))
            j++;
        while (j < len && (text[j] == ' ' || text[j] == '\t'))
            j++;
        if (j >= len || text[j] != ':')
            continue;
        j++;
        while (j < len && (text[j] == ' ' || text[j] == '\t'))
            j++;
        if (handle_at(text, len, j))
            return 1;
    }
    return 0;
}

/* The Owner column of a table's header row, or SIZE_MAX. */
static size_t owner_column(const dy_md_block *header)
{
    for (size_t c = 0; c < header->ncells; c++) {
        size_t start, len;
        char key[16];
        dy_md_cell(header, c, &start, &len);
        if (dy_postmortem_heading_key(header->text + start, len, key, sizeof key) &&
            (strcmp(key, "owner") == 0 || strcmp(key, "owners") == 0))
            return c;
    }
    return SIZE_MAX;
}

static int cell_has_handle(const dy_md_block *b, size_t c)
{
    size_t start, len;
    dy_md_cell(b, c, &start, &len);
    for (size_t i = 0; i < len; i++)
        if (handle_at(b->text + start, len, i) && (i == 0 || !word_char(b->text[start + i - 1])))
            return 1;
    return 0;
}

static void check_actions(lint_run *run, size_t s)
{
    const dy_md_doc *doc = run->doc;
    size_t entries = 0, column = SIZE_MAX;
    unsigned table = 0;
    for (size_t i = 0; i < doc->n; i++) {
        const dy_md_block *b = &doc->blocks[i];
        if (b->kind == DY_MD_HEADER_ROW) {
            table = b->table;
            column = owner_column(b);
        }
        if (run->owner[i] != s || !is_entry(b))
            continue;
        entries++;
        if (run->pending[i])
            continue;
        int named = names_owner(b->text, b->len) ||
                    (b->kind == DY_MD_ROW && b->table == table && column != SIZE_MAX &&
                     cell_has_handle(b, column));
        if (!named) {
            unsigned line, col;
            dy_md_locate(b, 0, &line, &col);
            emit(run, "postmortem-action-owner", s, DAYONE_SEVERITY_ERROR, HINT_OWNER, line, col,
                 "preventative action names no owner (%s)",
                 b->kind == DY_MD_ROW ? "an @handle in the Owner column, or owner: @handle"
                                      : "owner: @handle");
        }
    }
    if (entries == 0 && run->content[s] > 0) {
        const dy_md_block *h = &doc->blocks[run->heading[s]];
        emit(run, "postmortem-action-owner", s, DAYONE_SEVERITY_ERROR, HINT_OWNER, h->line,
             h->column, "\"%s\" lists no actions (list items or table rows, each naming an "
             "owner)", run->pm->sections[s].title);
    }
}

static void check_sections(lint_run *run)
{
    for (size_t s = 0; s < run->pm->nsections; s++) {
        const dy_postmortem_section *sec = &run->pm->sections[s];
        if (run->heading[s] == NO_SECTION) {
            emit(run, "postmortem-section-missing", s, DAYONE_SEVERITY_ERROR, HINT_MISSING, 1, 1,
                 "the report has no \"%s\" section", sec->title);
            continue;
        }
        if (run->content[s] == 0) {
            const dy_md_block *h = &run->doc->blocks[run->heading[s]];
            emit(run, "postmortem-section-empty", s, DAYONE_SEVERITY_ERROR, HINT_EMPTY, h->line,
                 h->column, "section \"%s\" is empty", sec->title);
            continue;
        }
        if (sec->kind == DY_PM_TIMELINE)
            check_timeline(run, s);
        else if (sec->kind == DY_PM_ACTIONS)
            check_actions(run, s);
    }
}

static int policy_section(const dayone_policy *policy, const dy_postmortem **out,
                          dayone_error *err)
{
    if (!policy->postmortem)
        return dy_fail(err, DAYONE_EINVAL,
                       "policy '%.200s' has no postmortem: section, so it cannot lint a report",
                       policy->name ? policy->name : "");
    *out = policy->postmortem;
    return DAYONE_OK;
}

int dayone_postmortem_lint(dayone_report **out, const dayone_policy *policy, const char *text,
                           size_t len, const char *path, dayone_error *err)
{
    const dy_postmortem *pm = NULL;
    dy_md_doc doc = {0};
    lint_run run;
    int rc;
    memset(&run, 0, sizeof run);
    if (!out || !policy || (!text && len))
        return dy_fail(err, DAYONE_EINVAL, "out, policy and text must not be NULL");
    *out = NULL;
    if (!path)
        path = UNNAMED_REPORT;
    if ((rc = policy_section(policy, &pm, err)))
        return rc;
    if (len > pm->max_bytes)
        return dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                            "the report is %zu bytes, over the policy's max_bytes (%zu)", len,
                            pm->max_bytes);
    if ((rc = dy_md_parse(&doc, text ? text : "", len, path, err)))
        goto done;
    run.pm = pm;
    run.path = path;
    run.doc = &doc;
    run.report = dy_report_new(policy->name);
    if (run.report)
        dy_report_set_verdict(run.report, "COMPLETE", "INCOMPLETE");
    run.owner = dy_calloc(doc.n + 1, sizeof *run.owner);
    run.pending = dy_calloc(doc.n + 1, 1);
    run.heading = dy_calloc(pm->nsections, sizeof *run.heading);
    run.content = dy_calloc(pm->nsections, sizeof *run.content);
    if (!run.report || !run.owner || !run.pending || !run.heading || !run.content) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t s = 0; s < pm->nsections; s++)
        run.heading[s] = NO_SECTION;
    assign(&run);
    check_sections(&run);
    if (run.report->oom) {
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    *out = run.report;
    run.report = NULL;
done:
    dayone_report_free(run.report);
    dy_free(run.owner);
    dy_free(run.pending);
    dy_free(run.heading);
    dy_free(run.content);
    dy_md_doc_free(&doc);
    return rc;
}

int dayone_postmortem_lint_file(dayone_report **out, const dayone_policy *policy,
                                const char *path, dayone_error *err)
{
    const dy_postmortem *pm = NULL;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc;
    if (!out || !policy || !path)
        return dy_fail(err, DAYONE_EINVAL, "out, policy and path must not be NULL");
    *out = NULL;
    if ((rc = policy_section(policy, &pm, err)))
        return rc;
    rc = dy_read_file_limited(path, pm->max_bytes, &buf, &len, &cap, err);
    if (rc == DAYONE_ELIMIT)
        return dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                            "the report is over the policy's max_bytes (%zu)", pm->max_bytes);
    if (rc)
        return rc;
    rc = dayone_postmortem_lint(out, policy, buf, len, path, err);
    dy_free(buf);
    return rc;
}
