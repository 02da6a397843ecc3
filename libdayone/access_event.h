/* access_event.h - the audit event of a staff action as one JSON line
 * (the format dayone/access.h documents). */
#ifndef DY_ACCESS_EVENT_H
#define DY_ACCESS_EVENT_H

#include <stdint.h>

/* The event's fields, in the line's order. Strings are NUL-terminated;
 * ticket may be NULL (written as null). A field whose bit is set in
 * `withheld` is written as "<withheld: N bytes>". */
enum {
    DY_EVENT_ACTOR = 1u << 0,
    DY_EVENT_ROLE = 1u << 1,
    DY_EVENT_TENANT = 1u << 2,
    DY_EVENT_REASON = 1u << 3,
    DY_EVENT_TICKET = 1u << 4
};

typedef struct dy_access_event {
    int64_t time_unix_s;
    const char *code;
    const char *actor, *role, *tenant, *action, *reason, *ticket;
    unsigned withheld;
    int64_t duration_s;
    int allowed;
    const char *why;
} dy_access_event;

/* The line, without a trailing newline, from dy_malloc (free with
 * dy_free); NULL when out of memory. */
char *dy_access_event_json(const dy_access_event *e);

#endif
