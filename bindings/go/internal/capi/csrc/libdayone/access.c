/* access.c - dayone_access_decide(): a staff action judged against the
 * policy's support: section, and its audit event (dayone/access.h).
 * The steps run in the documented order; the first that fails decides. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "access_event.h"
#include "access_reason.h"
#include "alloc.h"
#include "dayone/access.h"
#include "error.h"
#include "pattern.h"
#include "policy.h"
#include "policy_support.h"
#include "text.h"

/* A required or optional text field: bounded, no control characters. */
static int check_field(const char *v, const char *name, int required, size_t max,
                       dayone_error *err)
{
    if (!v || !*v)
        return required ? dy_fail(err, DAYONE_EINVAL, "dayone_access_decide: %s is required",
                                  name)
                        : DAYONE_OK;
    size_t n = strlen(v);
    if (n > max)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_access_decide: %s is %zu bytes, over the %zu-byte limit", name,
                       n, max);
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f)
            return dy_fail(err, DAYONE_EINVAL,
                           "dayone_access_decide: %s holds a control character at byte %zu",
                           name, i + 1);
    return DAYONE_OK;
}

static void deny(dayone_access_decision *d, const char *code, const char *fmt, ...)
    DY_PRINTF(3, 4);
static void deny(dayone_access_decision *d, const char *code, const char *fmt, ...)
{
    va_list ap;
    d->allowed = 0;
    d->duration_s = 0;
    snprintf(d->code, sizeof d->code, "%s", code);
    va_start(ap, fmt);
    vsnprintf(d->why, sizeof d->why, fmt, ap);
    va_end(ap);
}

/* Which fields look like credentials (the event withholds them). */
static unsigned secret_fields(const dayone_access_request *r)
{
    unsigned m = 0;
    const char *v[] = {r->actor, r->role, r->tenant, r->reason, r->ticket};
    const unsigned bit[] = {DY_EVENT_ACTOR, DY_EVENT_ROLE, DY_EVENT_TENANT, DY_EVENT_REASON,
                            DY_EVENT_TICKET};
    for (size_t i = 0; i < 5; i++)
        if (v[i] && dy_access_looks_secret(v[i], strlen(v[i])))
            m |= bit[i];
    return m;
}

static const char *secret_field_name(unsigned m)
{
    return m & DY_EVENT_REASON ? "the reason" : m & DY_EVENT_TICKET ? "the ticket"
         : m & DY_EVENT_TENANT ? "the tenant" : m & DY_EVENT_ACTOR ? "the actor" : "the role";
}

/* The decision proper; fills d. */
static void judge(dayone_access_decision *d, const dy_support *s,
                  const dayone_access_request *r, int action, unsigned withheld)
{
    const dy_support_role *role = dy_support_find_role(s, r->role);
    const char *reason = r->reason ? r->reason : "";
    size_t rlen = strlen(reason);
    if (!s) {
        deny(d, "support_not_configured",
             "the policy has no support: section, so no staff action is allowed");
        return;
    }
    if (!role) {
        deny(d, "role_unknown", "role '%.64s' is not in support.roles",
             withheld & DY_EVENT_ROLE ? "<withheld>" : r->role);
        return;
    }
    if (!(role->actions & (1u << action))) {
        deny(d, "action_not_allowed", "role '%.64s' may not %s", role->name,
             dy_access_action_name(action));
        return;
    }
    if (withheld) {
        deny(d, "secret_in_request",
             "%s looks like a credential: it is withheld from the event; never paste "
             "secrets into a staff action", secret_field_name(withheld));
        return;
    }
    if (dy_is_blank(reason, rlen)) {
        deny(d, "reason_missing", "a staff action needs a reason");
        return;
    }
    if (dy_access_reason_placeholder(reason, rlen)) {
        deny(d, "reason_placeholder", "the reason is a placeholder, not a reason");
        return;
    }
    const char *t = reason;
    size_t tlen = rlen;
    dy_trim_blank(&t, &tlen);
    if ((int64_t)tlen < s->reason_min_length) {
        deny(d, "reason_too_short", "the reason must be at least %lld characters",
             (long long)s->reason_min_length);
        return;
    }
    if (s->ticket && (!r->ticket || !*r->ticket)) {
        deny(d, "ticket_missing", "a ticket matching %.120s is required", s->ticket_src);
        return;
    }
    /* read-only but for the ticket pattern's thread-safe first-match JIT */
    atomic_int *jit_tried = (atomic_int *)&s->ticket_jit_tried;
    if (s->ticket && dy_pattern_matches_lazy(s->ticket, jit_tried, r->ticket,
                                             strlen(r->ticket)) != 1) {
        deny(d, "ticket_invalid", "the ticket does not match %.120s", s->ticket_src);
        return;
    }
    int64_t max_s = role->max_minutes * 60;
    int64_t grant = action == DY_ACCESS_LIMIT_RESET ? 0 : r->duration_s ? r->duration_s : max_s;
    if (grant > max_s) {
        deny(d, "duration_too_long", "role '%.64s' may hold %s for at most %lld minutes",
             role->name, dy_access_action_name(action), (long long)role->max_minutes);
        return;
    }
    d->allowed = 1;
    d->duration_s = grant;
    snprintf(d->code, sizeof d->code, "ok");
    snprintf(d->why, sizeof d->why, "role '%.64s' may %s with this reason", role->name,
             dy_access_action_name(action));
}

int dayone_access_decide(dayone_access_decision *out, char **event, const dayone_policy *policy,
                         const dayone_access_request *req, dayone_error *err)
{
    int rc;
    if (event)
        *event = NULL;
    if (!out || !event || !policy || !req)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_access_decide: out, event, policy and req are required");
    if ((rc = check_field(req->actor, "actor", 1, DAYONE_ACCESS_FIELD_MAX, err)) ||
        (rc = check_field(req->role, "role", 1, DAYONE_ACCESS_FIELD_MAX, err)) ||
        (rc = check_field(req->tenant, "tenant", 1, DAYONE_ACCESS_FIELD_MAX, err)) ||
        (rc = check_field(req->action, "action", 1, DAYONE_ACCESS_FIELD_MAX, err)) ||
        (rc = check_field(req->reason, "reason", 0, DAYONE_ACCESS_REASON_MAX, err)) ||
        (rc = check_field(req->ticket, "ticket", 0, DAYONE_ACCESS_FIELD_MAX, err)))
        return rc;
    int action = dy_access_action_parse(req->action);
    if (action < 0)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_access_decide: unknown action (expected view_as, admin or "
                       "limit_reset)");
    if (req->duration_s < 0)
        return dy_fail(err, DAYONE_EINVAL, "dayone_access_decide: duration must not be negative");
    if (action == DY_ACCESS_LIMIT_RESET && req->duration_s != 0)
        return dy_fail(err, DAYONE_EINVAL,
                       "dayone_access_decide: limit_reset is instant and takes no duration");

    dayone_access_decision d;
    memset(&d, 0, sizeof d);
    unsigned withheld = secret_fields(req);
    judge(&d, policy->support, req, action, withheld);

    dy_access_event e;
    e.time_unix_s = req->now_unix_s ? req->now_unix_s : (int64_t)time(NULL);
    e.code = d.code;
    e.actor = req->actor;
    e.role = req->role;
    e.tenant = req->tenant;
    e.action = dy_access_action_name(action);
    e.reason = req->reason && *req->reason ? req->reason : NULL;
    e.ticket = req->ticket && *req->ticket ? req->ticket : NULL;
    e.withheld = withheld;
    e.duration_s = d.duration_s;
    e.allowed = d.allowed;
    e.why = d.why;
    if (!(*event = dy_access_event_json(&e)))
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    *out = d;
    return DAYONE_OK;
}
