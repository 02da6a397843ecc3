/* status_render.h - dayone_status_render (status_render.c): the component
 * table in text and JSON, around the report's own writers. */
#ifndef DY_STATUS_RENDER_H
#define DY_STATUS_RENDER_H

#include "status.h"
#include "strbuf.h"

/* The component table for people: one line per component, its reasons
 * indented below it. */
void dy_status_render_table(const dayone_status_result *r, dy_strbuf *b);

#endif
