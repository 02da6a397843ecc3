/* policy_support.h - the `support:` section of the compiled policy: which
 * staff roles may take which actions on a tenant (view_as, admin,
 * limit_reset), for how long, and what the reason and ticket they give
 * must look like. Built by policy_load_support.c, read-only afterwards
 * and owned by the policy; dayone_access_decide() (access.c) reads it.
 * Needs PCRE2 (the compiled ticket pattern); the limiter never includes
 * it. */
#ifndef DY_POLICY_SUPPORT_H
#define DY_POLICY_SUPPORT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

/* The staff actions, as bits of a role's `actions`. */
typedef enum dy_access_action {
    DY_ACCESS_VIEW_AS = 0,     /* see the product as the tenant sees it (timed) */
    DY_ACCESS_ADMIN = 1,       /* administer the tenant (timed) */
    DY_ACCESS_LIMIT_RESET = 2, /* reset or credit the tenant's budget (instant) */
    DY_ACCESS_NACTIONS = 3
} dy_access_action;

typedef struct dy_support_role {
    char *name;
    unsigned actions;          /* bit 1 << dy_access_action for each allowed action */
    int64_t max_minutes;       /* longest grant of a timed action */
} dy_support_role;

typedef struct dy_support {
    int64_t reason_min_length; /* characters, after trimming blanks */
    char *ticket_src;          /* the ticket pattern as written, or NULL: no ticket needed */
    pcre2_code *ticket;        /* compiled ticket_src, JIT on first match */
    atomic_int ticket_jit_tried;  /* dy_pattern_matches_lazy()'s flag */
    dy_support_role *roles; size_t nroles;
} dy_support;

/* The action called `name` ("view_as", "admin", "limit_reset"), or -1. */
int dy_access_action_parse(const char *name);

/* The name of an action (static), or "unknown". */
const char *dy_access_action_name(int action);

/* Release a support section (NULL is a no-op). */
void dy_support_free(dy_support *s);

/* The role called `name`, or NULL. */
const dy_support_role *dy_support_find_role(const dy_support *s, const char *name);

#endif
