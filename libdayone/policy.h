/* policy.h - the core of the compiled, immutable policy shared by the
 * check, the limiter and the Redis backend: its name, flags, environment
 * section and reference count, plus the enforcement side it embeds
 * (policy_plans.h). The check side (rules, conditions, patterns) is in
 * policy_rules.h, which needs PCRE2; this header does not, so the limiter
 * compiles without it.
 *
 * Built only by the loader (policy_load*.c); read-only everywhere else and
 * so safe to share between threads. All strings are owned by the policy.
 * Indices (flag, plan, limit, quota, feature) are stable for the policy's
 * lifetime. */
#ifndef DY_POLICY_H
#define DY_POLICY_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/limiter.h"
#include "dayone/policy.h"
#include "dayone/quota.h"
#include "mark.h"
#include "policy_plans.h"

/* Defined in policy_rules.h (the check side). */
struct dy_rule;
struct dy_distinct;
struct dy_waiver;
/* Defined in policy_support.h (staff actions). */
struct dy_support;
/* Defined in policy_postmortem.h (post-incident reports). */
struct dy_postmortem;
/* Defined in policy_status.h (components of the status page). */
struct dy_status_conf;

/* flags: named booleans read from environment variables. */
typedef struct dy_flag {
    char *name;          /* policy-local name, e.g. "billing" */
    char *env;           /* variable, e.g. "BILLING_ENABLED" */
    int default_value;   /* used when the variable is unset */
    dy_mark mark;
} dy_flag;

/* environment: which variable names the deployment environment, the names
 * it may take, which one is production, which other spellings count as
 * production (so a typo fails closed), and which flag is launch mode. */
typedef struct dy_environment {
    char *env;                       /* e.g. "ENVIRONMENT"; NULL = no section */
    char **values; size_t nvalues;   /* the known names, exact */
    char *production;                /* one of values, or NULL */
    char **production_like;          /* lower case; a trailing '*' is a prefix */
    size_t nproduction_like;
    size_t launch_flag;              /* index into flags; none when >= nflags */
    dy_mark mark;
} dy_environment;

/* Something a higher layer derives from the policy on first use and keeps
 * with it (check_vars.c: the names a check can read). Starts with its own
 * destructor, which dy_policy_destroy calls. */
typedef struct dy_policy_derived {
    void (*destroy)(struct dy_policy_derived *self);
} dy_policy_derived;

struct dy_alloc_arena;

struct dayone_policy {
    int refcount;                  /* atomic; see dy_policy_ref/unref */
    /* Where the whole model lives (alloc_arena.h): the loader fills it, and
     * dy_policy_destroy frees it in one go. Not PCRE2's compiled patterns
     * nor check_names, which are on the heap. */
    struct dy_alloc_arena *arena;
    char *name;                    /* path, "<default>" or given name */
    int from_file;                 /* loaded by dayone_policy_load_file: name is its path */
    dy_flag *flags; size_t nflags;
    dy_environment environment;
    struct dy_rule *rules; size_t nrules; /* posture rules then secrets, in file order */
    int env_patterns;              /* dy_policy_env_patterns, found once by the loader */
    /* Profiles (policy_load_profiles.h): the predeclared startup, deploy,
     * daily, incident, then the policy's own; a rule's bit i is profiles[i]. */
    char **profiles; size_t nprofiles;
    struct dy_distinct *distinct; size_t ndistinct;
    struct dy_waiver *waivers; size_t nwaivers;
    /* billing */
    dayone_enforcement enforcement_default;  /* STRICT, SOFT or OFF */
    char *enforcement_env;                   /* e.g. "BILLING_ENFORCEMENT", may be NULL */
    unsigned enforcement_env_refused;        /* bit 1 << mode for each mode a value of
                                                enforcement_env may not select: one an
                                                unconditional enum rule on the variable
                                                leaves out (the check calls it invalid);
                                                0 = any mode */
    /* plans, cheapest first */
    dy_plan *plans; size_t nplans;
    char **limit_names; size_t nlimit_names;     /* union over plans */
    char **quota_names; size_t nquota_names;
    dayone_period *quota_periods;                /* [nquota_names]: what each counts over */
    char **feature_names; size_t nfeature_names; /* features: catalogue + union */
    /* The Redis backend's settings (backend: {redis: {...}}), or NULL. */
    struct dy_redis_conf *redis;
    /* Staff actions (support: {...}), or NULL: every staff action is denied. */
    struct dy_support *support;
    /* Per-tenant overrides of limits (overrides: [...]), in file order. */
    dy_policy_override *overrides; size_t noverrides;
    /* What a post-incident report needs (postmortem: {...}), or NULL: the
     * policy cannot lint a report. */
    struct dy_postmortem *postmortem;
    /* The status page's components (status: {...}), or NULL. */
    struct dy_status_conf *status;
    /* Set once, atomically (__atomic compare-exchange), by the first check
     * that needs it; NULL until then. The policy stays logically immutable. */
    dy_policy_derived *check_names;
};

/* Reference counting (atomic). dayone_policy_free() is dy_policy_unref(). */
const dayone_policy *dy_policy_ref(const dayone_policy *p);
void dy_policy_unref(const dayone_policy *p);

/* Free a policy regardless of its reference count (the loader uses it on a
 * half-built policy; dy_policy_unref uses it when the count reaches zero). */
void dy_policy_destroy(dayone_policy *p);

/* The most profiles a policy may name (a rule's set is a 32-bit mask). */
#define DY_POLICY_MAX_PROFILES 32
#define DY_PROFILE_STARTUP 0u   /* profiles[0] */

/* Lookups; return SIZE_MAX when absent. */
size_t dy_policy_find_profile(const dayone_policy *p, const char *name);
size_t dy_policy_find_plan(const dayone_policy *p, const char *name);
size_t dy_policy_find_limit(const dayone_policy *p, const char *name);
size_t dy_policy_find_feature(const dayone_policy *p, const char *name);
size_t dy_policy_find_flag(const dayone_policy *p, const char *name);

/* Parse a boolean as the policy contract defines it (true/false/1/0/yes/no/
 * on/off, any case, surrounding blanks ignored). Returns 1/0, or -1 if the
 * text is not a boolean. */
int dy_parse_bool(const char *s, size_t len);

/* Parse YYYY-MM-DD into days since 1970-01-01; -1 if invalid. */
int64_t dy_parse_date(const char *s);

#endif
