/* access_event.c - writing a staff action's audit event (access_event.h).
 * Every string is JSON-escaped, so no field can end the line or add a key. */
#include <inttypes.h>
#include <string.h>
#include "access_event.h"
#include "civil.h"
#include "strbuf.h"

static void put_time(dy_strbuf *b, int64_t t)
{
    int64_t days = dy_floor_div(t, 86400);
    int64_t secs = t - days * 86400, y;
    unsigned m, d;
    dy_civil_from_days(days, &y, &m, &d);
    dy_strbuf_printf(b, "\"%04" PRId64 "-%02u-%02uT%02u:%02u:%02uZ\"", y, m, d,
                     (unsigned)(secs / 3600), (unsigned)(secs / 60 % 60), (unsigned)(secs % 60));
}

static void put_field(dy_strbuf *b, const char *key, const char *value, int withheld)
{
    dy_strbuf_printf(b, ",\"%s\":", key);
    if (!value) {
        dy_strbuf_puts(b, "null");
    } else if (withheld) {
        dy_strbuf_printf(b, "\"<withheld: %zu bytes>\"", strlen(value));
    } else {
        dy_strbuf_putc(b, '"');
        dy_strbuf_json_escape(b, value);
        dy_strbuf_putc(b, '"');
    }
}

char *dy_access_event_json(const dy_access_event *e)
{
    dy_strbuf b = DY_STRBUF_INIT;
    dy_strbuf_puts(&b, "{\"time\":");
    put_time(&b, e->time_unix_s);
    dy_strbuf_puts(&b, ",\"event\":\"staff_access\"");
    put_field(&b, "code", e->code, 0);
    put_field(&b, "actor", e->actor, e->withheld & DY_EVENT_ACTOR);
    put_field(&b, "role", e->role, e->withheld & DY_EVENT_ROLE);
    put_field(&b, "tenant", e->tenant, e->withheld & DY_EVENT_TENANT);
    put_field(&b, "action", e->action, 0);
    put_field(&b, "reason", e->reason, e->withheld & DY_EVENT_REASON);
    put_field(&b, "ticket", e->ticket, e->withheld & DY_EVENT_TICKET);
    dy_strbuf_printf(&b, ",\"duration\":%" PRId64 ",\"decision\":\"%s\"", e->duration_s,
                     e->allowed ? "allow" : "deny");
    put_field(&b, "why", e->why, 0);
    dy_strbuf_putc(&b, '}');
    return dy_strbuf_detach(&b, NULL);
}
