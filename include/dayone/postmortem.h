/*
 * dayone/postmortem.h - the post-incident report linter: does a report
 * (Markdown) have what the policy's `postmortem:` section requires?
 *
 * The report is parsed with cmark-gfm (CommonMark and GitHub tables). Each
 * required section is found by its heading (the policy's title or one of
 * its headings; case, blanks, a leading number and a trailing ':' do not
 * matter) and runs to the next heading of the same or a higher level.
 * Findings (rule ids in docs/rules.md, syntax in docs/postmortem.md):
 *   postmortem-section-missing   a required section has no heading (error)
 *   postmortem-section-empty     a section has nothing under its heading (error)
 *   postmortem-placeholder       a block still holds a placeholder: <fill>,
 *                                TODO, TBD, ... (error, one per block; the
 *                                block is then exempt from the rules below)
 *   postmortem-timeline-time     a timeline entry (list item or table row)
 *                                does not start with a time, or a timeline
 *                                has no entries (error)
 *   postmortem-timeline-order    an entry is earlier than one above it (error)
 *   postmortem-action-owner      a preventative action names no owner, or the
 *                                section lists no actions (error)
 *   postmortem-section-duplicate a section's heading appears twice (warning)
 * Every finding is located in the report: source "report", source_path the
 * report's path, source_line and source_column the place (1-based, bytes),
 * so every output format (SARIF too) points into the report. A finding's
 * key is its section's id ("report" outside the required sections).
 *
 * Limits: a report larger than the policy's max_bytes (default 256 KiB, at
 * most 1 MiB) is refused with DAYONE_ELIMIT naming its path, and so is one
 * whose tables could expand to more than 100000 cells (cmark-gfm pads every
 * row to the table's width), at the line of the table's delimiter row.
 *
 * Ownership: the lint calls hand the caller a new report in *out, released
 * with dayone_report_free(); dayone_postmortem_template() a string released
 * with dayone_free(). The policy and the text stay the caller's.
 *
 * Thread safety: any number of threads may lint (and print templates) at
 * once, with the same policy or not.
 *
 * Memory: cmark-gfm allocates with malloc and aborts the process if that
 * fails; the library's own allocations fail with DAYONE_ENOMEM.
 */
#ifndef DAYONE_POSTMORTEM_H
#define DAYONE_POSTMORTEM_H

#include "common.h"
#include "policy.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Lint `len` bytes of Markdown. `path` is how findings and errors name the
 * report (NULL: "<report>", which SARIF never cites). DAYONE_OK with every
 * finding in *out (dayone_report_ok() says whether there was an error);
 * DAYONE_EINVAL for a NULL argument or a policy without a `postmortem:`
 * section; DAYONE_ELIMIT when the report is over max_bytes; DAYONE_ENOMEM.
 * On an error *out is NULL and err names the cause.
 */
DAYONE_EXTERN int dayone_postmortem_lint(dayone_report **out, const dayone_policy *policy,
                                         const char *text, size_t len, const char *path,
                                         dayone_error *err);

/**
 * dayone_postmortem_lint() on the file at `path` (read up to max_bytes;
 * DAYONE_EIO when it cannot be read).
 */
DAYONE_EXTERN int dayone_postmortem_lint_file(dayone_report **out, const dayone_policy *policy,
                                              const char *path, dayone_error *err);

/**
 * A report skeleton: a title and one heading per required section, in
 * policy order, each holding the policy's first placeholder (<fill> when it
 * lists none; a timeline two entries, the actions one entry with an owner),
 * so that it lints with postmortem-placeholder findings only. *out is NUL-terminated, owned by
 * the caller (dayone_free()); *len (if non-NULL) its length. DAYONE_EINVAL
 * for a NULL argument or a policy without a `postmortem:` section.
 */
DAYONE_EXTERN int dayone_postmortem_template(char **out, size_t *len,
                                             const dayone_policy *policy, dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_POSTMORTEM_H */
