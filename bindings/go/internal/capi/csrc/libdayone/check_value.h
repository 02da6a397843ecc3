/* check_value.h - applying one rule's checks to one value.
 *
 * dy_check_value() is the single place that decides whether a value passes
 * a rule: dayone_check() turns its failures into findings and
 * dayone_explain() prints them, so the two can never disagree. Failure
 * messages name the key and what was expected, never the value (at most its
 * length in characters). */
#ifndef DY_CHECK_VALUE_H
#define DY_CHECK_VALUE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "dayone/check.h"
#include "policy.h"
#include "policy_rules.h"
#include "env.h"

typedef enum dy_value_state {
    DY_VALUE_UNSET = 0,      /* not in the snapshot */
    DY_VALUE_BLANK,          /* "" or whitespace only: counts as missing */
    DY_VALUE_SET,            /* present with content */
    DY_VALUE_UNREADABLE      /* NAME_FILE could not be read: no checks */
} dy_value_state;

/* A resolved value and where it came from (for the finding's citation). */
typedef struct dy_value {
    dy_value_state state;
    const char *data;        /* DY_VALUE_SET / BLANK; never printed */
    size_t len;
    const char *source;      /* "process", "file", "api", "secret-file", "" */
    const char *path;        /* "" if none */
    unsigned line;
    unsigned column;         /* facts: the column in path; 0 otherwise */
} dy_value;

/* What the value checks need to know about the whole environment. */
typedef struct dy_value_env {
    int presence_only;       /* only presence checks */
    int launch;              /* launch mode: the launch flag on, or production */
    int production;          /* the environment counts as production */
    /* Why launch mode is on ("LAUNCH_MODE=true") is worded only for a
     * finding that says it: dy_environment_launch_known (environment.h) of
     * these three. */
    const dayone_policy *policy;
    const dayone_env *env;
    int production_kind;     /* dy_env_production */
    const dy_environment *environment;  /* the policy's environment: section */
    const char *example;     /* the key's value in the example snapshot, or NULL */
    size_t example_len;
} dy_value_env;

#define DY_FAILURE_TEXT_MAX 320
#define DY_MAX_FAILURES 12

typedef struct dy_failure {
    const char *rule;              /* finding rule id (static or the rule's id) */
    dayone_severity severity;
    char message[DY_FAILURE_TEXT_MAX];
    char hint[DY_FAILURE_TEXT_MAX];
} dy_failure;

typedef struct dy_failures {
    size_t n;
    dy_failure f[DY_MAX_FAILURES];
} dy_failures;

/* Fill f's message and hint: the rule's own message and hint when it has
 * them, else fmt (key names, numbers and policy text, never a value) and
 * hint. The one place every check words a failure. */
void dy_failure_vsay(dy_failure *f, const dy_rule *r, const char *hint, const char *fmt,
                     va_list ap);

/* Apply rule->checks to v (the rule is assumed to apply). Appends one
 * failure per failing check to out (out->n must be initialised). */
void dy_check_value(const dy_rule *rule, const dy_value *v, const dy_value_env *ve,
                    dy_failures *out);

/* The snapshot entry e as a value (UNSET when e is NULL; BLANK when it is
 * blank), citing e's source, path and line. */
void dy_value_from_entry(dy_value *v, const dy_env_entry *e);

/* e's source as findings name it: "process", "file", "api", "secret-file". */
const char *dy_value_source(const dy_env_entry *e);

/* Constant-time (for equal lengths) comparison: 1 equal, 0 different. */
int dy_values_equal(const char *a, size_t alen, const char *b, size_t blen);

#endif
