/* report_text.h - the report for people (report_text.c says how it
 * looks). */
#ifndef DY_REPORT_TEXT_H
#define DY_REPORT_TEXT_H

#include "report.h"
#include "strbuf.h"

/* Append the rendering to *b; flags are DAYONE_RENDER_* (colour). */
void dy_render_text(const dayone_report *r, unsigned flags, dy_strbuf *b);

#endif
