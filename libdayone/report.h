/* report.h - the finding store behind dayone_report: building it (the
 * check, lint) and reading it back with the location fields the writers
 * cite. A report is built by one thread; once returned it is read-only and
 * may be shared. Strings are owned copies, never NULL. */
#ifndef DY_REPORT_H
#define DY_REPORT_H

#include "dayone/report.h"
#include "error.h"

typedef struct dy_finding_store {
    dayone_finding pub;       /* strings below point into owned copies */
    /* Where the finding sits in the files around it, for code-scanning
     * tools (report_location.h); not part of the public finding. */
    char *env_path;           /* the .env file whose line sets the key (for a
                                 NAME_FILE secret: the line setting NAME_FILE);
                                 "" if none */
    unsigned env_line;        /* that line, 0 if none */
    unsigned decl_line;       /* the rule's declaration in the policy text */
    unsigned decl_column;     /* (1-based; 0 = unknown) */
} dy_finding_store;

struct dayone_report {
    char *policy_name;
    char *policy_file;        /* the policy's path when loaded from a file, else "" */
    char *env_file;           /* the last .env file layered into the snapshot, "" if none */
    char **profiles;          /* the profiles the check ran, in policy order */
    size_t nprofiles;
    dy_finding_store *items;
    size_t count, cap;
    int oom;                  /* an allocation failed while building */
    const char *verdict_ok;   /* the text header's verdict words (static); */
    const char *verdict_fail; /* NULL: READY / NOT READY, a check's */
};

dayone_report *dy_report_new(const char *policy_name);

/* Name the text header's verdict for a report that is not a readiness
 * check (a status page, a post-incident report); ok and fail are static. */
void dy_report_set_verdict(dayone_report *r, const char *ok, const char *fail);

/* Append a finding; strings are copied (NULL -> ""). `message` is a printf
 * format: never pass an environment value as an argument. Returns the new
 * finding (mutable for source/waiver fields) or NULL on OOM. */
dayone_finding *dy_report_add(dayone_report *r, const char *rule, const char *key,
                              dayone_severity severity, const char *hint,
                              const char *because, const char *fmt, ...) DY_PRINTF(7, 8);

/* Set owned copies of the source fields / waiver of a finding. A "file"
 * source also sets the finding's .env line (dy_finding_set_env_line). */
void dy_finding_set_source(dayone_report *r, dayone_finding *f, const char *source,
                           const char *path, unsigned line);
void dy_finding_set_waiver(dayone_report *r, dayone_finding *f, const char *reason);

/* Where the finding sits: the .env line that sets its key (path NULL or ""
 * for none) and the rule's declaration in the policy (0 = unknown). `f`
 * must come from dy_report_add on `r`. */
void dy_finding_set_env_line(dayone_report *r, dayone_finding *f, const char *path,
                             unsigned line);
void dy_finding_set_declaration(dayone_finding *f, unsigned line, unsigned column);

/* The files the check read: the policy file (NULL or "" when the policy did
 * not come from a file) and the last .env file of the snapshot (NULL or ""
 * for none). Copies both; OOM marks the report. */
void dy_report_set_files(dayone_report *r, const char *policy_file, const char *env_file);

/* Record that the check ran profile `name` (copied; OOM marks the report). */
void dy_report_add_profile(dayone_report *r, const char *name);

/* Finding i with its location fields, or NULL when out of range. */
const dy_finding_store *dy_report_store(const dayone_report *r, size_t i);

#endif
