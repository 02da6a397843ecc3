/* report_sarif.h - the report as SARIF 2.1.0, for code-scanning tools. */
#ifndef DY_REPORT_SARIF_H
#define DY_REPORT_SARIF_H

#include "report.h"
#include "strbuf.h"
#include "error.h"

/* Append the rendering to *b. URIs are relative to root (NULL: the working
 * directory); a bad root fails with err set and nothing appended. */
int dy_render_sarif(const dayone_report *r, const char *root, dy_strbuf *b, dayone_error *err);

#endif
