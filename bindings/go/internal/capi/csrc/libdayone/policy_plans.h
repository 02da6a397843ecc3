/* policy_plans.h - the enforcement side of the compiled policy: plans, the
 * limits and quotas they set, features, and the Redis backend's settings.
 * Needs no PCRE2: this is all the limiter and its backends read of the
 * policy besides its core (policy.h). Built by policy_load_plans.c and
 * policy_load_backend.c, read-only afterwards. */
#ifndef DY_POLICY_PLANS_H
#define DY_POLICY_PLANS_H

#include <stddef.h>
#include <stdint.h>
#include "mark.h"

/* Backend failure behaviour for a limit (Redis backend). */
typedef enum dy_on_failure {
    DY_ON_FAILURE_DEFAULT = 0,  /* rate limits: LOCAL, strict quotas: CLOSED */
    DY_ON_FAILURE_OPEN,
    DY_ON_FAILURE_CLOSED,
    DY_ON_FAILURE_LOCAL
} dy_on_failure;

/* What a plan says about one named limit. Every plan says something about
 * every limit any plan defines (the loader refuses a silent gap). */
typedef enum dy_limit_kind {
    DY_LIMIT_RATE = 0,     /* a rate, a burst and maybe a quota */
    DY_LIMIT_UNLIMITED,    /* "unlimited": no rate, no quota - always allowed */
    DY_LIMIT_NONE          /* "none": not offered - DENY_PLAN, upgrade named */
} dy_limit_kind;

/* fail2ban-style escalation for a limit (its `ban:` mapping): max_denials
 * rate denials of one key within find_time ban it for ban_time, each later
 * ban ban_factor times longer, up to max_ban_time. Keys in `ignore` are
 * never banned automatically. Zero `enabled`: no escalation. */
typedef struct dy_ban_policy {
    int enabled;
    int64_t max_denials;
    int64_t find_time_ns, ban_time_ns, max_ban_time_ns;
    int64_t factor;
    char **ignore; size_t nignore;
} dy_ban_policy;

/* Documented defaults of a `ban:` mapping's keys (docs/policy.md). */
#define DY_BAN_DEFAULT_MAX_DENIALS 20
#define DY_BAN_DEFAULT_FIND_TIME_S 60
#define DY_BAN_DEFAULT_BAN_TIME_S 600
#define DY_BAN_DEFAULT_FACTOR 2
#define DY_BAN_DEFAULT_MAX_BAN_TIME_S 86400

/* Most rates one limit may carry (`ingest: [{rps: 20, burst: 40}, {rpm: 600}]`). */
#define DY_LIMIT_RATES_MAX 4

/* One rate of a limit, as the fields of the same names in dy_plan_limit. */
typedef struct dy_plan_rate {
    int64_t emission_ns, burst, rate_count, rate_period_ns;
    dy_mark mark;          /* the rate's mapping in the list */
    dy_mark rate_mark, burst_mark;
} dy_plan_rate;

/* A plan's setting for one named limit. For UNLIMITED and NONE only
 * `limit`, `kind` and `mark` are meaningful. A limit of several rates
 * (nrates >= 2) has each in `rates`, in the order written; rates[0] also
 * fills emission_ns .. burst_mark, so a reader that knows one rate sees
 * the first. */
typedef struct dy_plan_limit {
    size_t limit;          /* index into policy->limit_names */
    dy_limit_kind kind;
    int64_t emission_ns;   /* nanoseconds per unit of cost (60e9 / rpm) */
    int64_t burst;         /* >= 1 */
    int64_t rate_count;    /* as written: N per rate_period_ns */
    int64_t rate_period_ns;
    size_t quota;          /* index into policy->quota_names, or SIZE_MAX */
    dy_on_failure on_failure;
    dy_ban_policy ban;     /* escalation into bans (RATE only) */
    int shadow;            /* `shadow: true`: denials are counted, not enforced */
    int admit_at_capacity; /* `at_capacity: admit`: a new key the full table cannot
                              hold is let through untracked (default deny) */
    dy_mark mark;          /* the limit's name in the plan */
    dy_mark rate_mark;     /* its rpm/rps/rph value (RATE only) */
    dy_mark burst_mark;    /* its burst value, or its name when burst is defaulted */
    dy_plan_rate *rates;   /* several rates: all of them; NULL for a limit of one rate */
    size_t nrates;         /* 0 (one rate) or 2 .. DY_LIMIT_RATES_MAX */
} dy_plan_limit;

typedef struct dy_plan_quota {
    size_t quota;          /* index into policy->quota_names */
    int64_t amount;        /* hard limit */
    dy_mark mark;          /* the amount in the file */
} dy_plan_quota;

typedef struct dy_plan {
    char *name;
    dy_plan_limit *limits; size_t nlimits;
    dy_plan_quota *quotas; size_t nquotas;
    size_t *features; size_t nfeatures;   /* indices into policy->feature_names */
    dy_mark mark;
    dy_mark features_mark; /* its features: list, or the plan when it has none */
} dy_plan;

/* The policy's Redis settings (policy_load_backend.c). One allocation. */
typedef struct dy_redis_conf {
    char url[1024];
    char password_env[256];  /* a variable NAME, "" = none */
    char key_prefix[256];
    int has_key_prefix;
    int db;                  /* -1: from the URL */
    int connect_timeout_ms, command_timeout_ms;
    int near_cache;
} dy_redis_conf;

/* The plan's setting for a limit, or NULL if the plan does not define it. */
const dy_plan_limit *dy_plan_get_limit(const dy_plan *plan, size_t limit);
int dy_plan_has_feature(const dy_plan *plan, size_t feature);
/* Quota amount of the plan, or -1 if the plan has no such quota (unlimited). */
int64_t dy_plan_quota_amount(const dy_plan *plan, size_t quota);

/* Free n plans and the array (accepts NULL). */
void dy_plans_free(dy_plan *plans, size_t n);

#endif
