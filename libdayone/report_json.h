/* report_json.h - the report as JSON, for tools (report_json.c gives the
 * shape). */
#ifndef DY_REPORT_JSON_H
#define DY_REPORT_JSON_H

#include "report.h"
#include "strbuf.h"

/* Append the rendering to *b. */
void dy_render_json(const dayone_report *r, dy_strbuf *b);

#endif
