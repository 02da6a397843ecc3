/* limiter_reset.c - dayone_limiter_limit_reset (dayone/limit_reset.h): the
 * access decision first, the state change only when it allows, and the
 * audit event either way. */
#include <inttypes.h>
#include <string.h>
#include "alloc.h"
#include "error.h"
#include "limiter.h"
#include "limiter_reset.h"
#include "strbuf.h"

#define CREDIT_MAX INT64_C(1000000000)

_Static_assert(DAYONE_RESET_RATE == DY_RESET_RATE && DAYONE_RESET_QUOTA == DY_RESET_QUOTA,
               "the public reset bits are the limiter's");

/* The access event with the reset's keys added before its closing brace. */
static char *event_with_reset(const char *event, const dayone_limit_reset *r, int applied)
{
    size_t len = strlen(event);
    dy_strbuf b = DY_STRBUF_INIT;
    if (len == 0 || event[len - 1] != '}')
        return NULL;
    dy_strbuf_append(&b, event, len - 1);
    dy_strbuf_puts(&b, ",\"plan\":\"");
    dy_strbuf_json_escape(&b, r->plan);
    dy_strbuf_puts(&b, "\",\"limit\":\"");
    dy_strbuf_json_escape(&b, r->limit);
    dy_strbuf_printf(&b, "\",\"credit\":%" PRId64 ",\"applied\":%s}", r->credit,
                     applied ? "true" : "false");
    if (dy_strbuf_failed(&b)) {
        dy_strbuf_release(&b);
        return NULL;
    }
    return dy_strbuf_detach(&b, NULL);
}

int dayone_limiter_limit_reset(dayone_limiter *lim, const dayone_access_request *staff,
                               const dayone_limit_reset *reset, dayone_access_decision *out,
                               char **event, dayone_error *err)
{
    if (event)
        *event = NULL;
    if (!lim || !staff || !reset || !out || !event || reset->version < 1 || !reset->plan ||
        !reset->limit)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_limit_reset: limiter, staff "
                       "request, reset (plan, limit), out and event are required");
    if (!staff->action || strcmp(staff->action, "limit_reset") != 0)
        return dy_fail(err, DAYONE_EINVAL, "dayone_limiter_limit_reset: the staff action "
                       "must be limit_reset");
    if (reset->credit < 0 || reset->credit > CREDIT_MAX)
        return dy_fail(err, DAYONE_EINVAL, "limit_reset: credit %lld is outside 0..%lld",
                       (long long)reset->credit, (long long)CREDIT_MAX);
    if (reset->what & ~(DY_RESET_RATE | DY_RESET_QUOTA))
        return dy_fail(err, DAYONE_EINVAL, "limit_reset: unknown bits in what");
    if (reset->now_ns < 0)
        return dy_fail(err, DAYONE_EINVAL, "limit_reset: now_ns is negative");
    const dayone_policy *policy = dy_limiter_policy(lim);
    dayone_effective_limit probe; /* the names must exist before anything is logged */
    int rc = dayone_limiter_effective_limit(lim, staff->tenant ? staff->tenant : "",
                                            reset->plan, reset->limit, &probe, err);
    if (rc != DAYONE_OK)
        return rc;

    char *access_event = NULL;
    if ((rc = dayone_access_decide(out, &access_event, policy, staff, err)) != DAYONE_OK)
        return rc;
    int applied = 0;
    if (out->allowed) {
        unsigned what = reset->what ? reset->what : DY_RESET_RATE | DY_RESET_QUOTA, found;
        /* version 1 callers' structs end before the period fields */
        int64_t anchor = reset->version >= 2 ? reset->period_anchor_unix_s : 0;
        int64_t wall = reset->version >= 2 ? reset->wall_ns : 0;
        rc = dy_limiter_reset_state(lim, staff->tenant, reset->plan, reset->limit,
                                    reset->credit, what, reset->now_ns, anchor, wall, &found,
                                    err);
        if (rc != DAYONE_OK) {
            dy_free(access_event);
            return rc;
        }
        applied = 1;
    }
    *event = event_with_reset(access_event, reset, applied);
    dy_free(access_event);
    if (!*event)
        return dy_fail(err, DAYONE_ENOMEM, "out of memory writing the audit event");
    return DAYONE_OK;
}
