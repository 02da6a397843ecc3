/*
 * dayone/report.h - the result of a check: every finding, and writers.
 *
 * A report holds all findings of one check, in a stable order (policy order
 * of the rules). Findings never contain an environment value: at most the
 * key's name and the value's length.
 *
 * Ownership: dayone_check() hands the caller a report in *out, released with
 * dayone_report_free(). dayone_report_get() returns a pointer borrowed from
 * the report; its strings live as long as the report.
 *
 * Thread safety: a report is immutable once returned and may be read and
 * rendered from several threads at once; dayone_report_free() must not race
 * with any of them. dayone_severity_name() and dayone_format_parse() use no
 * state.
 */
#ifndef DAYONE_REPORT_H
#define DAYONE_REPORT_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dayone_report dayone_report;

typedef enum dayone_severity {
    DAYONE_SEVERITY_ERROR   = 0, /**< fails the check (exit 1) */
    DAYONE_SEVERITY_WARNING = 1, /**< reported, does not fail the check */
    DAYONE_SEVERITY_WAIVED  = 2  /**< an error covered by an unexpired waiver */
} dayone_severity;

/**
 * One finding. All strings are non-NULL (possibly ""), borrowed from the
 * report. New fields are only ever appended.
 */
typedef struct dayone_finding {
    const char *rule;       /**< rule id, e.g. "secret-required" */
    const char *key;        /**< the variable concerned, e.g. "STRIPE_SECRET_KEY" */
    dayone_severity severity;
    const char *message;    /**< what is wrong */
    const char *hint;       /**< how to fix it */
    const char *because;    /**< why the rule applied, e.g. "BILLING_ENABLED=true"; "" if unconditional */
    const char *source;     /**< where the value came from: "process", "file", "api", "secret-file", "" if unset */
    const char *source_path;/**< the .env (or NAME_FILE) path when the value came from a file, else "" */
    unsigned int source_line; /**< line in source_path, 0 if none */
    const char *waiver;     /**< reason of the waiver applied (or expired), "" if none */
    unsigned int source_column; /**< column in source_path, 0 if none (lint findings) */
} dayone_finding;

/** Output formats of dayone_report_render(). */
typedef enum dayone_format {
    DAYONE_FORMAT_TEXT  = 0, /**< for people; see DAYONE_RENDER_COLOR */
    DAYONE_FORMAT_JSON  = 1, /**< {"ok":bool,"findings":[...]}, see README */
    DAYONE_FORMAT_SARIF = 2, /**< SARIF 2.1.0, as GitHub code scanning ingests it */
    DAYONE_FORMAT_JUNIT = 3  /**< JUnit XML (Jenkins junit-10.xsd, Ant/Surefire shape),
                                  one test case per finding */
} dayone_format;

/** Render flags. */
#define DAYONE_RENDER_COLOR 0x1u /**< text format: ANSI colours */

/* The render options are C-only: the language bindings render with the
 * defaults, and SWIG (which generates them) does not see this part. */
#ifndef SWIG
#define DAYONE_RENDER_OPTIONS_VERSION 1

/**
 * Options for dayone_report_render_with(). Initialise with
 * DAYONE_RENDER_OPTIONS_INIT; fields are only ever appended. Borrowed for
 * the duration of the call.
 */
typedef struct dayone_render_options {
    unsigned int version;       /**< DAYONE_RENDER_OPTIONS_VERSION */
    unsigned int flags;         /**< DAYONE_RENDER_* */
    const char *sarif_root;     /**< SARIF: the directory artifact URIs are relative
                                     to (the repository root); NULL: the working
                                     directory. Must exist. Relative file paths in
                                     the report are resolved against the working
                                     directory at render time. */
} dayone_render_options;

#define DAYONE_RENDER_OPTIONS_INIT { DAYONE_RENDER_OPTIONS_VERSION, 0u, NULL }
#endif /* SWIG */

/** 1 when the report has no error findings (warnings and waivers allowed). */
DAYONE_EXTERN int dayone_report_ok(const dayone_report *report);

/** Number of findings (all severities). */
DAYONE_EXTERN size_t dayone_report_count(const dayone_report *report);

/** Number of findings of one severity. */
DAYONE_EXTERN size_t dayone_report_count_severity(const dayone_report *report,
                                                  dayone_severity severity);

/** Finding `i` (0-based), or NULL when out of range. Borrowed. */
DAYONE_EXTERN const dayone_finding *dayone_report_get(const dayone_report *report, size_t i);

/** Name of the policy the report was checked against (borrowed). */
DAYONE_EXTERN const char *dayone_report_policy_name(const dayone_report *report);

/** "error", "warning" or "waived". */
DAYONE_EXTERN const char *dayone_severity_name(dayone_severity severity);

/**
 * Render the report. On success *out is a NUL-terminated string owned by the
 * caller (release with dayone_free()) and *len (if non-NULL) its length.
 * `flags` is a combination of DAYONE_RENDER_*.
 */
DAYONE_EXTERN int dayone_report_render(char **out, size_t *len, const dayone_report *report,
                                       dayone_format format, unsigned int flags, dayone_error *err);

#ifndef SWIG
/**
 * dayone_report_render() with options (`opts` NULL: the defaults). SARIF
 * reads the file system to resolve the root and the cited files (symbolic
 * links included); a root that does not exist is DAYONE_EINVAL naming it.
 */
DAYONE_EXTERN int dayone_report_render_with(char **out, size_t *len, const dayone_report *report,
                                            dayone_format format, const dayone_render_options *opts,
                                            dayone_error *err);
#endif /* SWIG */

/** Parse "text", "json", "sarif", "junit". Returns DAYONE_EINVAL if unknown. */
DAYONE_EXTERN int dayone_format_parse(dayone_format *out, const char *name);

/** Release a report. NULL is a no-op. */
DAYONE_EXTERN void dayone_report_free(dayone_report *report);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_REPORT_H */
