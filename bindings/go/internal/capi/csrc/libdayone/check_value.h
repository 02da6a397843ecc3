/* check_value.h - applying one rule's checks to one value, and the context
 * a check shares with explain (NAME_FILE resolution, waivers).
 *
 * dy_check_value() is the single place that decides whether a value passes
 * a rule: dayone_check() turns its failures into findings and
 * dayone_explain() prints them, so the two can never disagree. Failure
 * messages name the key and what was expected, never the value (at most its
 * length in characters). */
#ifndef DY_CHECK_VALUE_H
#define DY_CHECK_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/check.h"
#include "policy_internal.h"
#include "env_internal.h"

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
} dy_value;

/* What the value checks need to know about the whole environment. */
typedef struct dy_value_env {
    int presence_only;       /* only presence checks */
    int launch;              /* launch mode: the launch flag on, or production */
    int production;          /* the environment counts as production */
    char launch_why[160];    /* e.g. "LAUNCH_MODE=true" (environment.h) */
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

/* Apply rule->checks to v (the rule is assumed to apply). Appends one
 * failure per failing check to out (out->n must be initialised). */
void dy_check_value(const dy_rule *rule, const dy_value *v, const dy_value_env *ve,
                    dy_failures *out);

/* ---- The check context (implemented in check.c, shared with explain.c) ---- */

typedef struct dy_resolved dy_resolved;

typedef struct dy_check_ctx {
    const dayone_policy *policy;
    const dayone_env *env;
    const dayone_env *example;
    unsigned flags;              /* DAYONE_CHECK_* */
    int64_t today;               /* days since the epoch (UTC) */
    dy_value_env ve;             /* example fields are filled per key */
    dy_resolved *files;          /* NAME_FILE values read so far (owned) */
    dy_mark decl;                /* the declaration being checked (flag, rule or
                                    distinct group): findings cite it */
} dy_check_ctx;

/* A NAME_FILE problem: NAME and NAME_FILE both set, or an unreadable file. */
typedef struct dy_file_issue {
    char message[512];                   /* names the path, never the content */
    char hint[DY_FAILURE_TEXT_MAX];      /* how to fix it */
    const char *source, *path;           /* where NAME_FILE was set */
    unsigned line;
    int reported;                        /* already turned into a finding */
} dy_file_issue;

void dy_check_ctx_init(dy_check_ctx *ctx, const dayone_policy *p, const dayone_env *env,
                       const dayone_check_options *opts);
/* Wipe and free the NAME_FILE values read. */
void dy_check_ctx_release(dy_check_ctx *ctx);

/* Resolve key's value, reading NAME_FILE if needed (once per key per
 * context). *issue is set to the key's NAME_FILE problem or NULL. Also
 * points ctx->ve.example at the key's example value. Returns DAYONE_OK or
 * DAYONE_ENOMEM. */
int dy_check_resolve(dy_check_ctx *ctx, const char *key, dy_value *v, dy_file_issue **issue);

/* The waiver for (rule, key): an unexpired one if any (*active = 1), else an
 * expired one (*active = 0), else NULL. */
const dy_waiver *dy_check_waiver(const dy_check_ctx *ctx, const char *rule, const char *key,
                                 int *active);

/* Index of the first rule that mentions key at or after `from`, or SIZE_MAX. */
size_t dy_check_next_rule(const dayone_policy *p, const char *key, size_t from);

/* The embedded default policy, loaded once per process and kept. */
int dy_check_default_policy(const dayone_policy **out, dayone_error *err);

/* Constant-time (for equal lengths) comparison: 1 equal, 0 different. */
int dy_values_equal(const char *a, size_t alen, const char *b, size_t blen);

#endif
