/* report.c - the finding store behind dayone_report and its accessors.
 * Rendering is report_render.c's, the writers are report_<format>.c.
 *
 * Findings are kept in insertion order (the check adds them in policy order).
 * Every string of a finding is an owned copy, never NULL. An allocation
 * failure while building is sticky (r->oom): the report then refuses to say
 * "ok" and to render, so a half-built report can never pass a check.
 *
 * The finding pointer dy_report_add returns is valid until the next
 * dy_report_add on the same report (the array may move): set its source and
 * waiver right away.
 *
 * Speed: a passing check's report is built on every call, so it costs two
 * allocations, not ten: empty strings all point at one static "" (never
 * freed), the policy name lives in the report's own allocation, and the
 * built-in profile's name is not copied. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "report.h"

/* The one empty string every empty field shares; release_string skips it. */
static char empty_string[1];

static char *dup_or_empty(const char *s)
{
    return s && s[0] ? dy_strdup(s) : empty_string;
}

static void release_string(const char *s)
{
    if (s != empty_string)
        dy_free((char *)s);
}

/* The profile every check runs unless told otherwise (policy.h:
 * DY_PROFILE_STARTUP); its name is kept as this literal, not copied. */
static const char startup_profile[] = "startup";

dayone_report *dy_report_new(const char *policy_name)
{
    size_t len = policy_name ? strlen(policy_name) : 0;
    dayone_report *r = dy_calloc(1, sizeof *r + len + 1);
    if (!r)
        return NULL;
    r->policy_name = (char *)(r + 1);   /* freed with the report */
    if (len)
        memcpy(r->policy_name, policy_name, len);
    r->policy_file = empty_string;
    r->env_file = empty_string;
    return r;
}

/* Release every owned string of one finding. */
static void finding_release(dy_finding_store *s)
{
    dayone_finding *f = &s->pub;
    release_string(s->env_path);
    release_string(f->rule);
    release_string(f->key);
    release_string(f->message);
    release_string(f->hint);
    release_string(f->because);
    release_string(f->source);
    release_string(f->source_path);
    release_string(f->waiver);
}

static char *format_message(const char *fmt, va_list ap)
{
    va_list aq;
    va_copy(aq, ap);
    int n = vsnprintf(NULL, 0, fmt, aq);
    va_end(aq);
    if (n <= 0)
        return empty_string;
    char *m = dy_malloc((size_t)n + 1);
    if (m)
        vsnprintf(m, (size_t)n + 1, fmt, ap);
    return m;
}

dayone_finding *dy_report_add(dayone_report *r, const char *rule, const char *key,
                              dayone_severity severity, const char *hint,
                              const char *because, const char *fmt, ...)
{
    if (!r)
        return NULL;
    if (r->count == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 8;
        dy_finding_store *items = dy_realloc(r->items, cap * sizeof *items);
        if (!items) {
            r->oom = 1;
            return NULL;
        }
        r->items = items;
        r->cap = cap;
    }
    /* An unknown severity fails closed: it is counted as an error. */
    if (severity != DAYONE_SEVERITY_WARNING && severity != DAYONE_SEVERITY_WAIVED)
        severity = DAYONE_SEVERITY_ERROR;

    dy_finding_store store;
    memset(&store, 0, sizeof store);
    dayone_finding f;
    memset(&f, 0, sizeof f);
    f.severity = severity;
    f.rule = dup_or_empty(rule);
    f.key = dup_or_empty(key);
    f.hint = dup_or_empty(hint);
    f.because = dup_or_empty(because);
    f.source = dup_or_empty(NULL);
    f.source_path = dup_or_empty(NULL);
    f.waiver = dup_or_empty(NULL);
    store.env_path = dup_or_empty(NULL);
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        f.message = format_message(fmt, ap);
        va_end(ap);
    } else {
        f.message = dup_or_empty(NULL);
    }
    store.pub = f;
    if (!f.rule || !f.key || !f.hint || !f.because || !f.source || !f.source_path ||
        !f.waiver || !f.message || !store.env_path) {
        finding_release(&store);
        r->oom = 1;
        return NULL;
    }
    r->items[r->count] = store;
    return &r->items[r->count++].pub;
}

/* Replace *slot with an owned copy of s; on OOM keep the old string and mark
 * the report. */
static void replace_string(dayone_report *r, const char **slot, const char *s)
{
    char *copy = dup_or_empty(s);
    if (!copy) {
        if (r)
            r->oom = 1;
        return;
    }
    release_string(*slot);
    *slot = copy;
}

void dy_finding_set_source(dayone_report *r, dayone_finding *f, const char *source,
                           const char *path, unsigned line)
{
    if (!f)
        return;
    replace_string(r, &f->source, source);
    replace_string(r, &f->source_path, path);
    f->source_line = line;
    /* A value from a .env file: its line is where the key is set. */
    if (source && strcmp(source, "file") == 0)
        dy_finding_set_env_line(r, f, path, line);
}

void dy_finding_set_waiver(dayone_report *r, dayone_finding *f, const char *reason)
{
    if (!f)
        return;
    replace_string(r, &f->waiver, reason);
}

/* The store around a finding dy_report_add returned (pub is its first
 * member). */
static dy_finding_store *store_of(dayone_finding *f)
{
    return (dy_finding_store *)(void *)f;
}

void dy_finding_set_env_line(dayone_report *r, dayone_finding *f, const char *path,
                             unsigned line)
{
    if (!f)
        return;
    dy_finding_store *s = store_of(f);
    replace_string(r, (const char **)&s->env_path, path);
    s->env_line = path && path[0] ? line : 0;
}

void dy_finding_set_declaration(dayone_finding *f, unsigned line, unsigned column)
{
    if (!f)
        return;
    store_of(f)->decl_line = line;
    store_of(f)->decl_column = column;
}

void dy_report_set_files(dayone_report *r, const char *policy_file, const char *env_file)
{
    if (!r)
        return;
    replace_string(r, (const char **)&r->policy_file, policy_file);
    replace_string(r, (const char **)&r->env_file, env_file);
}

const dy_finding_store *dy_report_store(const dayone_report *r, size_t i)
{
    if (!r || i >= r->count)
        return NULL;
    return &r->items[i];
}

int dayone_report_ok(const dayone_report *report)
{
    if (!report || report->oom)
        return 0;
    return dayone_report_count_severity(report, DAYONE_SEVERITY_ERROR) == 0;
}

size_t dayone_report_count(const dayone_report *report)
{
    return report ? report->count : 0;
}

size_t dayone_report_count_severity(const dayone_report *report, dayone_severity severity)
{
    size_t n = 0;
    if (!report)
        return 0;
    for (size_t i = 0; i < report->count; i++)
        if (report->items[i].pub.severity == severity)
            n++;
    return n;
}

const dayone_finding *dayone_report_get(const dayone_report *report, size_t i)
{
    if (!report || i >= report->count)
        return NULL;
    return &report->items[i].pub;
}

const char *dayone_report_policy_name(const dayone_report *report)
{
    return report && report->policy_name ? report->policy_name : "";
}

const char *dayone_severity_name(dayone_severity severity)
{
    switch (severity) {
    case DAYONE_SEVERITY_ERROR: return "error";
    case DAYONE_SEVERITY_WARNING: return "warning";
    case DAYONE_SEVERITY_WAIVED: return "waived";
    }
    return "error";
}

void dayone_report_free(dayone_report *report)
{
    if (!report)
        return;
    for (size_t i = 0; i < report->count; i++)
        finding_release(&report->items[i]);
    dy_free(report->items);
    for (size_t i = 0; i < report->nprofiles; i++)
        if (report->profiles[i] != startup_profile)
            dy_free(report->profiles[i]);
    dy_free(report->profiles);
    release_string(report->policy_file);
    release_string(report->env_file);
    dy_free(report);
}

void dy_report_add_profile(dayone_report *r, const char *name)
{
    char **grown = dy_realloc(r->profiles, (r->nprofiles + 1) * sizeof *grown);
    char *copy = strcmp(name, startup_profile) == 0 ? (char *)startup_profile : dy_strdup(name);
    if (grown)
        r->profiles = grown;
    if (!grown || !copy) {
        if (copy != startup_profile)
            dy_free(copy);
        r->oom = 1;
        return;
    }
    r->profiles[r->nprofiles++] = copy;
}

void dy_report_set_verdict(dayone_report *r, const char *ok, const char *fail)
{
    r->verdict_ok = ok;
    r->verdict_fail = fail;
}
