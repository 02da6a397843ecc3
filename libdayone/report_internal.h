/* report_internal.h - building a report (check.c) and reading it (writers). */
#ifndef DY_REPORT_INTERNAL_H
#define DY_REPORT_INTERNAL_H

#include "dayone/report.h"
#include "error.h"

typedef struct dy_finding_store {
    dayone_finding pub;       /* strings below point into owned copies */
} dy_finding_store;

struct dayone_report {
    char *policy_name;
    dy_finding_store *items;
    size_t count, cap;
    int oom;                  /* an allocation failed while building */
};

dayone_report *dy_report_new(const char *policy_name);

/* Append a finding; strings are copied (NULL -> ""). `message` is a printf
 * format: never pass an environment value as an argument. Returns the new
 * finding (mutable for source/waiver fields) or NULL on OOM. */
dayone_finding *dy_report_add(dayone_report *r, const char *rule, const char *key,
                              dayone_severity severity, const char *hint,
                              const char *because, const char *fmt, ...) DY_PRINTF(7, 8);

/* Set owned copies of the source fields / waiver of a finding. */
void dy_finding_set_source(dayone_report *r, dayone_finding *f, const char *source,
                           const char *path, unsigned line);
void dy_finding_set_waiver(dayone_report *r, dayone_finding *f, const char *reason);

/* Writers: append the rendering to *b. */
#include "strbuf.h"
void dy_render_text(const dayone_report *r, unsigned flags, strbuf *b);
void dy_render_json(const dayone_report *r, strbuf *b);
void dy_render_sarif(const dayone_report *r, strbuf *b);
void dy_render_junit(const dayone_report *r, strbuf *b);

#endif
