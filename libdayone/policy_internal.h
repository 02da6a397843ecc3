/* policy_internal.h - the compiled, immutable policy shared by the check,
 * the limiter and the Redis backend. Built only by policy_load.c; read-only
 * everywhere else. All strings are owned by the policy. Indices (flag, plan,
 * limit, quota, feature) are stable for the policy's lifetime. */
#ifndef DY_POLICY_INTERNAL_H
#define DY_POLICY_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdint.h>
#include "dayone/policy.h"
#include "dayone/report.h"
#include "dayone/limiter.h"

/* Where something was declared in the policy file (1-based, 0 = unknown). */
typedef struct dy_mark { unsigned line, column; } dy_mark;

/* flags: named booleans read from environment variables. */
typedef struct dy_flag {
    char *name;          /* policy-local name, e.g. "billing" */
    char *env;           /* variable, e.g. "BILLING_ENABLED" */
    int default_value;   /* used when the variable is unset */
    dy_mark mark;
} dy_flag;

/* Conditions ("when:"). */
typedef enum dy_cond_kind {
    DY_COND_FLAG,    /* flag is on:           {flag: billing} */
    DY_COND_EQUALS,  /* var equals a literal: {var: ENVIRONMENT, equals: production} */
    DY_COND_IN,      /* var is one of:        {var: X, in: [a, b]} */
    DY_COND_SET,     /* var set & non-blank:  {var: X, set: true} (set: false = unset) */
    DY_COND_ALL,     /* {all: [c, ...]} */
    DY_COND_ANY,     /* {any: [c, ...]} */
    DY_COND_NOT      /* {not: c} */
} dy_cond_kind;

typedef struct dy_cond {
    dy_cond_kind kind;
    size_t flag;             /* FLAG: index into policy->flags */
    char *var;               /* EQUALS, IN, SET */
    char **values;           /* EQUALS (1 value), IN (n values) */
    size_t nvalues;
    int set_expected;        /* SET: 1 = must be set, 0 = must be unset */
    int production;          /* EQUALS, IN: var is the environment variable and
                                one of values is its production name, so a
                                production-like spelling matches too */
    struct dy_cond *children;/* ALL, ANY (n), NOT (1) */
    size_t nchildren;
    dy_mark mark;
} dy_cond;

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

/* Named value formats (issue: secrets present but wrong). */
typedef enum dy_format {
    DY_FMT_NONE = 0,
    DY_FMT_URL,                 /* uses checks.schemes (empty = any) */
    DY_FMT_DATABASE_URL,        /* postgres, postgresql, mysql, mariadb, ... with host */
    DY_FMT_BASE64,              /* uses checks.decoded_bytes (0 = any) */
    DY_FMT_BASE64URL,
    DY_FMT_HEX,
    DY_FMT_KEY,                 /* base64, base64url or hex decoding to decoded_bytes */
    DY_FMT_STRIPE_SECRET_KEY,   /* sk_live_/sk_test_/rk_live_/rk_test_ */
    DY_FMT_STRIPE_WEBHOOK_SECRET, /* whsec_ */
    DY_FMT_UUID,
    DY_FMT_INTEGER,             /* uses checks.int_min/int_max */
    DY_FMT_PORT,                /* 1..65535 */
    DY_FMT_ENUM,                /* uses checks.values */
    DY_FMT_BOOLEAN,             /* true/false/1/0/yes/no/on/off, any case */
    DY_FMT_PEM_PRIVATE_KEY,     /* one PEM PRIVATE KEY / RSA / EC block (format_pem.h) */
    DY_FMT_PEM_CERTIFICATE,     /* PEM CERTIFICATE blocks (a chain) */
    DY_FMT_LAST = DY_FMT_PEM_CERTIFICATE
} dy_format;

/* The checks a rule applies to a value. Zero/NULL = not configured. */
typedef struct dy_checks {
    int required;              /* missing or blank is a finding */
    size_t min_length;
    size_t max_length;         /* 0 = none */
    double min_entropy_bits;   /* estimated total bits; 0 = none */
    int reject_placeholders;   /* changeme, <fill>, ${VAR}, ... */
    dy_format format;
    char **schemes; size_t nschemes;   /* URL */
    size_t decoded_bytes;              /* BASE64*, HEX, KEY; 0 = any */
    int has_min, has_max; int64_t int_min, int_max;   /* INTEGER */
    char **values; size_t nvalues;     /* ENUM, and "one_of" */
    char *equals;                      /* value must equal this literal */
    int expect_bool;                   /* -1 none, 0 must be false, 1 must be true
                                          ("is:"; unset counts as false) */
    char *pattern_src;                 /* custom "pattern:" */
    pcre2_code *pattern;               /* compiled + JIT at load */
    int stripe_mode;                   /* live/test consistency for Stripe keys */
} dy_checks;

/* One rule on one variable: a posture rule or a required secret. */
typedef struct dy_rule {
    char *id;            /* rule id reported in findings */
    char *key;           /* the variable */
    int secret;          /* from the secrets: section */
    dy_cond *when;       /* NULL = always applies */
    dy_checks checks;
    dayone_severity severity;  /* ERROR or WARNING */
    char *message;       /* optional override */
    char *hint;          /* optional fix hint */
    dy_mark mark;
} dy_rule;

/* distinct: [[A, B, ...]] - listed secrets must differ pairwise. */
typedef struct dy_distinct {
    char *id;
    char **keys; size_t nkeys;
    dy_mark mark;
} dy_distinct;

/* waivers: a rule waived for a key until a date. */
typedef struct dy_waiver {
    char *rule;          /* rule id */
    char *key;
    char *reason;
    int64_t expires_day; /* days since 1970-01-01 (UTC); waived while today <= expires */
    char *expires_text;  /* as written, YYYY-MM-DD */
    dy_mark mark;
} dy_waiver;

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

/* A plan's setting for one named limit. For UNLIMITED and NONE only
 * `limit`, `kind` and `mark` are meaningful. */
typedef struct dy_plan_limit {
    size_t limit;          /* index into policy->limit_names */
    dy_limit_kind kind;
    int64_t emission_ns;   /* nanoseconds per unit of cost (60e9 / rpm) */
    int64_t burst;         /* >= 1 */
    int64_t rate_count;    /* as written: N per rate_period_ns */
    int64_t rate_period_ns;
    size_t quota;          /* index into policy->quota_names, or SIZE_MAX */
    dy_on_failure on_failure;
    dy_mark mark;          /* the limit's name in the plan */
    dy_mark rate_mark;     /* its rpm/rps/rph value (RATE only) */
    dy_mark burst_mark;    /* its burst value, or its name when burst is defaulted */
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

struct dayone_policy {
    int refcount;                  /* atomic; see dy_policy_ref/unref */
    char *name;                    /* path, "<default>" or given name */
    int from_file;                 /* loaded by dayone_policy_load_file: name is its path */
    dy_flag *flags; size_t nflags;
    dy_environment environment;
    dy_rule *rules; size_t nrules; /* posture rules then secrets, in file order */
    dy_distinct *distinct; size_t ndistinct;
    dy_waiver *waivers; size_t nwaivers;
    /* billing */
    dayone_enforcement enforcement_default;  /* STRICT, SOFT or OFF */
    char *enforcement_env;                   /* e.g. "BILLING_ENFORCEMENT", may be NULL */
    /* plans, cheapest first */
    dy_plan *plans; size_t nplans;
    char **limit_names; size_t nlimit_names;     /* union over plans */
    char **quota_names; size_t nquota_names;
    char **feature_names; size_t nfeature_names; /* features: catalogue + union */
    /* Shared-state backend: backend: {redis: {...}}, or NULL. */
    struct dy_redis_conf *redis;
};

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

/* Reference counting (atomic). dayone_policy_free() is dy_policy_unref(). */
const dayone_policy *dy_policy_ref(const dayone_policy *p);
void dy_policy_unref(const dayone_policy *p);

/* Lookups; return SIZE_MAX when absent. */
size_t dy_policy_find_plan(const dayone_policy *p, const char *name);
size_t dy_policy_find_limit(const dayone_policy *p, const char *name);
size_t dy_policy_find_feature(const dayone_policy *p, const char *name);
size_t dy_policy_find_flag(const dayone_policy *p, const char *name);
/* The plan's setting for a limit, or NULL if the plan does not define it. */
const dy_plan_limit *dy_plan_get_limit(const dy_plan *plan, size_t limit);
int dy_plan_has_feature(const dy_plan *plan, size_t feature);
/* Quota amount of the plan, or -1 if the plan has no such quota (unlimited). */
int64_t dy_plan_quota_amount(const dy_plan *plan, size_t quota);

/* Parse a boolean as the policy contract defines it (true/false/1/0/yes/no/
 * on/off, any case, surrounding blanks ignored). Returns 1/0, or -1 if the
 * text is not a boolean. */
int dy_parse_bool(const char *s, size_t len);

/* Parse YYYY-MM-DD into days since 1970-01-01; -1 if invalid. */
int64_t dy_parse_date(const char *s);

#endif
