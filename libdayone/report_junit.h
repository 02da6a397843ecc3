/* report_junit.h - the report as JUnit XML, for CI test reports. */
#ifndef DY_REPORT_JUNIT_H
#define DY_REPORT_JUNIT_H

#include "report.h"
#include "strbuf.h"

/* Append the rendering to *b. */
void dy_render_junit(const dayone_report *r, dy_strbuf *b);

#endif
