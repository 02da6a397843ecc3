/* status.h - the result of dayone_status_evaluate (status.c), for its
 * writers (status_render.c). Built by one thread, then read-only; every
 * string is owned by the result (reason rule ids are static). */
#ifndef DY_STATUS_H
#define DY_STATUS_H

#include "dayone/status.h"

struct dayone_status_result {
    dayone_component *components; size_t ncomponents;
    dayone_indicator indicator;     /* the page's: the most severe */
    dayone_report *report;          /* every reason and status-drift as findings */
};

/* The page indicator of a state: none (operational, under_maintenance),
 * minor, major, critical, or unknown. */
dayone_indicator dy_status_indicator_of(dayone_component_state state);

#endif
