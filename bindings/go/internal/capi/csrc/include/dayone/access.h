/*
 * dayone/access.h - staff actions on a tenant, each with a reason, each
 * leaving one audit event.
 *
 * Support staff sometimes need to see the product as a tenant sees it
 * (view_as), administer a tenant (admin) or reset or credit a tenant's
 * budget (limit_reset). The playbook asks that such access happen only
 * with a reason, and that it be logged. dayone_access_decide() answers
 * "may this actor, in this role, do this to this tenant, for this long,
 * for this reason?" from the policy's `support:` section
 * (docs/policy.md), and writes the audit event the caller must log.
 *
 * The decision, in this order (the first failing step decides; `code`
 * names it, `why` says it in words):
 *   "support_not_configured" the policy has no support: section (fail
 *                            closed: no section, no staff action);
 *   "role_unknown"           the role is not in support.roles;
 *   "action_not_allowed"     the role's actions do not list the action;
 *   "secret_in_request"      a field looks like a credential (a long,
 *                            random-looking token: an API key, a hex or
 *                            base64 secret, a Stripe key); the event
 *                            withholds that field (it says only its length);
 *   "reason_missing"         no reason, or only blanks;
 *   "reason_placeholder"     the reason is a placeholder (TODO, n/a,
 *                            test, changeme, ...);
 *   "reason_too_short"       fewer characters than support.reason_min_length
 *                            (blanks trimmed);
 *   "ticket_missing"         support.ticket is set and no ticket was given;
 *   "ticket_invalid"         the ticket does not match support.ticket;
 *   "duration_too_long"      view_as or admin for longer than the role's
 *                            max_minutes;
 *   "ok"                     allowed; duration_s is the grant (the asked
 *                            duration, or the role's maximum when 0 was
 *                            asked; 0 for limit_reset, which is instant).
 *
 * The audit event is one line of JSON (no newline at the end), its keys in
 * this order:
 *   {"time":"2026-12-05T09:30:00Z","event":"staff_access","code":"ok",
 *    "actor":"ana@example.test","role":"support","tenant":"t-42",
 *    "action":"view_as","reason":"...","ticket":"SUP-1234",
 *    "duration":1800,"decision":"allow","why":"..."}
 * time is UTC, whole seconds (RFC 3339); reason and ticket are null when
 * none was given; duration is the granted seconds (0 when denied); decision is
 * "allow" or "deny". A field that looks like a credential is replaced by
 * "<withheld: N bytes>". Strings are JSON-escaped, so a reason cannot
 * forge a second line or another key.
 *
 * Errors (no decision, no event): DAYONE_EINVAL for a NULL argument, an
 * empty or missing actor, role, tenant or action, an action other than
 * view_as, admin and limit_reset, a negative duration, a duration for
 * limit_reset, a field longer than DAYONE_ACCESS_FIELD_MAX (the reason:
 * DAYONE_ACCESS_REASON_MAX) bytes, or a field holding a control character;
 * DAYONE_ENOMEM.
 *
 * Ownership: strings in the request are borrowed for the call; *event is
 * the caller's, released with dayone_free() (NULL on error).
 * Thread safety: reads the policy only; safe from any number of threads.
 */
#ifndef DAYONE_ACCESS_H
#define DAYONE_ACCESS_H

#include "common.h"
#include "policy.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DAYONE_ACCESS_FIELD_MAX 256
#define DAYONE_ACCESS_REASON_MAX 1024
#define DAYONE_ACCESS_CODE_MAX 32
#define DAYONE_ACCESS_WHY_MAX 256

/** One staff action to decide. */
typedef struct dayone_access_request {
    const char *actor;    /**< who acts (an e-mail, a staff id); required */
    const char *role;     /**< the actor's role, a key of support.roles; required */
    const char *tenant;   /**< the tenant acted on; required */
    const char *action;   /**< "view_as", "admin" or "limit_reset"; required */
    const char *reason;   /**< why, in words; NULL or "" is denied (reason_missing) */
    const char *ticket;   /**< the support ticket or incident, or NULL */
    int64_t duration_s;   /**< seconds asked for view_as / admin; 0 = the role's
                               maximum; must be 0 for limit_reset */
    int64_t now_unix_s;   /**< the event's time, seconds since 1970 UTC;
                               0 = the system clock */
} dayone_access_request;

#define DAYONE_ACCESS_REQUEST_INIT { NULL, NULL, NULL, NULL, NULL, NULL, 0, 0 }

/** A staff action's decision. Plain data, owned by the caller. */
typedef struct dayone_access_decision {
    int allowed;                          /**< 1 allow, 0 deny */
    char code[DAYONE_ACCESS_CODE_MAX];    /**< machine-readable: "ok", "role_unknown", ... */
    char why[DAYONE_ACCESS_WHY_MAX];      /**< for people; never a field's value
                                               beyond the role and action names */
    int64_t duration_s;                   /**< granted seconds (0 when denied or instant) */
} dayone_access_decision;

/**
 * Decide a staff action under `policy`'s support: section and write its
 * audit event into *event (one JSON line, owned by the caller). Returns
 * DAYONE_OK with *out and *event filled, allowed or not; else an error
 * status, *event NULL.
 */
DAYONE_EXTERN int dayone_access_decide(dayone_access_decision *out, char **event,
                                       const dayone_policy *policy,
                                       const dayone_access_request *req, dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_ACCESS_H */
