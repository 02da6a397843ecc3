/* policy_rules.h - the check side of the compiled policy: rules, their
 * conditions and value checks, distinct groups and waivers. The only part
 * of the model that needs PCRE2 (a rule's compiled `pattern:`); the
 * limiter never includes it. Built by policy_load_rules.c, read-only
 * afterwards; every string and pattern is owned by the policy. */
#ifndef DY_POLICY_RULES_H
#define DY_POLICY_RULES_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include "dayone/report.h"
#include "decimal.h"
#include "mark.h"

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
    int fact;                /* EQUALS, IN, SET: `var` is a fact address
                                ({fact: incident.severity, in: [...]}), read
                                from the facts (relative to the element
                                inside each:), never the environment */
    size_t nchildren;
    dy_mark mark;
} dy_cond;

/* Named value formats: the shape a secret's value must have. */
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
    DY_FMT_TIMESTAMP,           /* RFC 3339 with an offset (time_value.h) */
    DY_FMT_DURATION,            /* 90s, 26h, PT30M (time_value.h) */
    DY_FMT_NUMBER,              /* an exact decimal (decimal.h); fact bounds min/max */
    DY_FMT_PERCENT,             /* 99.5% (decimal.h); fact bounds min/max in percent */
    DY_FMT_LAST = DY_FMT_PERCENT
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
    pcre2_code *pattern;               /* compiled at load, JIT on first match */
    atomic_int pattern_jit_tried;      /* dy_pattern_matches_lazy()'s flag */
    int stripe_mode;                   /* live/test consistency for Stripe keys */
    /* Incident records: checks over a list's elements (forward-only order,
     * values visited, gaps between timestamps) and a deadline with a
     * warning window (policy_sequence.h). NULL = none; owned. */
    struct dy_sequence_checks *sequence;
} dy_checks;

/* A bound relative to another fact: not_before / not_after
 * {fact: incident.resolved_at, plus: 48h}. */
typedef struct dy_fact_bound {
    char *fact;                /* absolute address; NULL = not configured */
    int64_t plus_ns;           /* a non-negative duration added to it */
    char *plus_text;           /* as written ("48h"), for messages; may be NULL */
} dy_fact_bound;

/* A decimal bound as written in the policy (for messages) and parsed. */
typedef struct dy_decimal_bound {
    int set;
    dy_decimal value;
    char *text;
} dy_decimal_bound;

/* The checks only facts (and time, numbers, lists) have (check_fact.h).
 * Allocated only for rules that use one, so the start-up rules stay small. */
typedef struct dy_fact_checks {
    dy_decimal_bound min, max;     /* number / percent bounds */
    int64_t max_age_ns;            /* timestamp: no older than now - this; 0 = none */
    char *max_age_text;
    dy_fact_bound not_before, not_after;
    char *ratio_of;                /* this number / that fact's number; NULL = none */
    dy_decimal_bound ratio_min, ratio_max;
    int has_min_items, has_max_items;
    size_t min_items, max_items;
    struct dy_rule *each;          /* checks for every element (key relative); NULL = none */

    /* ---- more fact checks (check_fact_more.h, policy_load_fact_more.c) ---- */
    char *differs_from;            /* the value must differ from this fact's; NULL = none */
    int has_hours;                 /* timestamp: a time of day inside [from, to) */
    int32_t hours_from_s, hours_to_s;  /* seconds after midnight; from > to wraps midnight */
    int32_t hours_offset_s;        /* the fixed UTC offset the hours are read in */
    char *hours_text;              /* "07:00-20:00 UTC+01:00", for messages */
    char *count_by;                /* list: group elements by this relative key; NULL = none */
    dy_decimal_bound count_max;    /* a group's size: at most this (times count_of) */
    char *count_of;                /* optional baseline fact the maximum multiplies */
} dy_fact_checks;

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
    /* Facts (check_fact.h). A fact rule names a fact address (a.b[2].c) or
     * uses a fact check; its findings carry the fact-* ids. A rule on a
     * plain name reads the environment first and the facts second. */
    int fact_rule;
    int key_is_address;  /* key has '.' or '[': only the facts can hold it */
    dy_fact_checks *facts; /* NULL when the rule uses no fact-only check */
    uint32_t profiles;   /* bit i: policy->profiles[i]; startup is bit 0 */
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

/* Free what these own (not the structs themselves, except the arrays
 * dy_rules_free and friends are given). Each accepts NULL. */
void dy_cond_clear(dy_cond *c);
void dy_checks_clear(dy_checks *c);
void dy_rule_clear(dy_rule *r);
void dy_rules_free(dy_rule *rules, size_t n);
void dy_distinct_free(dy_distinct *groups, size_t n);
void dy_waivers_free(dy_waiver *waivers, size_t n);

#endif
