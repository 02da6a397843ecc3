/* report_location.h - where a finding points, for code-scanning tools.
 *
 * GitHub code scanning rejects a whole SARIF upload when one result lacks a
 * physical location, and matches a location to the repository through a
 * URI relative to the repository root. So every finding gets an anchor: the
 * first of these candidates that is known and lies under the root (a path
 * outside the root is skipped rather than cited by an absolute URI, which
 * would name a machine's directory layout and never match the repository):
 *
 *   1. DY_ANCHOR_ENV_LINE   the .env line that sets the key (for a NAME_FILE
 *                           secret: the line that sets NAME_FILE, never the
 *                           secret file); region = that line, columns 1 to
 *                           1 + the name's length (the `NAME=` form);
 *   2. DY_ANCHOR_FACT       the fact's place in its facts document, for a
 *                           finding whose value came from the facts (source
 *                           "facts"); region = the fact's line and column,
 *                           one character wide. A missing fact has no place
 *                           and falls through to the policy rule. A post-
 *                           incident report's finding (source "report") is
 *                           anchored the same way, at its place in the report;
 *   3. DY_ANCHOR_POLICY_RULE the rule's declaration in the policy file, when
 *                           the policy was loaded from a file; region = the
 *                           declaration's first character;
 *   4. DY_ANCHOR_ENV_FILE   the .env file that should define the key: the
 *                           last one layered into the snapshot, at 1:1;
 *   5. DY_ANCHOR_NONE       no file is known (process environment and the
 *                           default policy) or none lies under the root: the
 *                           pseudo-file DY_ANCHOR_NONE_URI at 1:1. It is in no
 *                           repository, so GitHub lists the alert without a
 *                           code preview (docs/cli.md says how to get a real
 *                           one: check a committed policy or .env file).
 *
 * Regions are 1-based with endColumn exclusive, and always carry startLine,
 * startColumn, endLine and endColumn (GitHub lists all four as required).
 * Names in angle brackets ("<stdin>", "<string>") are the library's names
 * for text that was not a file, and are never cited.
 *
 * The root is resolved once per rendering: realpath() of the directory
 * (default: the working directory). Each cited path is resolved the same
 * way (relative paths against the working directory, symbolic links
 * followed, as GitHub needs); a path that no longer exists is normalised
 * lexically. */
#ifndef DY_REPORT_LOCATION_H
#define DY_REPORT_LOCATION_H

#include "report.h"

#define DY_ANCHOR_NONE_URI "dayone-environment"

typedef enum dy_anchor_kind {
    DY_ANCHOR_ENV_LINE = 0,
    DY_ANCHOR_POLICY_RULE,
    DY_ANCHOR_ENV_FILE,
    DY_ANCHOR_FACT,
    DY_ANCHOR_NONE,
    DY_ANCHOR_REPORT        /* a post-incident report's finding, at its place */
} dy_anchor_kind;

typedef struct dy_anchor {
    dy_anchor_kind kind;
    char *uri;              /* relative URI reference, percent-encoded; owned */
    unsigned start_line, start_column, end_line, end_column;
} dy_anchor;

/* The resolved root: an absolute path without a trailing slash ("" for
 * "/"), and the working directory relative paths are resolved against
 * (NULL when it cannot be determined: relative paths are then not under
 * the root). */
typedef struct dy_anchor_root {
    char *dir;
    char *cwd;
} dy_anchor_root;

/* Resolve `dir` (NULL: the working directory). DAYONE_EINVAL naming dir
 * when it is not an existing directory, DAYONE_ENOMEM, or DAYONE_EIO when
 * the working directory cannot be determined. */
int dy_anchor_root_open(dy_anchor_root *root, const char *dir, dayone_error *err);
void dy_anchor_root_close(dy_anchor_root *root);

/* The anchor of finding i. DAYONE_OK or DAYONE_ENOMEM; release with
 * dy_anchor_release(). */
int dy_anchor_find(const dy_anchor_root *root, const dayone_report *r, size_t i, dy_anchor *a);
void dy_anchor_release(dy_anchor *a);

/* The names of the anchor kinds, for the result's properties. */
const char *dy_anchor_kind_name(dy_anchor_kind kind);

#endif
