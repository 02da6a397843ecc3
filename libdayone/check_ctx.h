/* check_ctx.h - what one check (dayone_check, dayone_explain) shares
 * between its stages: the policy and snapshots, today, launch mode and
 * production, the declaration being checked, and the NAME_FILE values read
 * so far (check_file.h). A context belongs to one call on one thread; the
 * default policy it may stand on is loaded once per process and shared. */
#ifndef DY_CHECK_CTX_H
#define DY_CHECK_CTX_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/check.h"
#include "check_value.h"
#include "condition.h"
#include "env.h"
#include "policy.h"
#include "policy_rules.h"

typedef struct dy_resolved dy_resolved;

typedef struct dy_check_ctx {
    const dayone_policy *policy;
    const dayone_env *env;
    const dayone_env *example;
    unsigned flags;              /* DAYONE_CHECK_* */
    int64_t today;               /* days since the epoch (UTC) */
    dy_value_env ve;             /* example fields are filled per key */
    dy_resolved *files;          /* NAME_FILE values read so far (owned;
                                    check_file.c reads and frees them) */
    dy_mark decl;                /* the declaration being checked (flag, rule or
                                    distinct group): findings cite it */
    const dayone_facts *facts;   /* NULL: none */
    int64_t now_ns;              /* Unix ns: opts->now_ns or the real clock */
    uint32_t profiles;           /* bits into policy->profiles: the ones that run */
    int file_refs;               /* a NAME_FILE may be read: the snapshot holds one
                                    and DAYONE_CHECK_NO_SECRET_FILES is not set */
    dy_cond_memo memo;           /* flag states and production, read once per check */
} dy_check_ctx;

/* Start a check of env under p; dy_check_files_release ends it. */
void dy_check_ctx_init(dy_check_ctx *ctx, const dayone_policy *p, const dayone_env *env,
                       const dayone_check_options *opts);

/* The profiles opts asks for, as bits into p->profiles (startup when it
 * names none). DAYONE_EINVAL with a message naming an undeclared one. */
int dy_check_profiles(const dayone_policy *p, const dayone_check_options *opts, uint32_t *mask,
                      dayone_error *err);

/* The waiver for (rule, key): an unexpired one if any (*active = 1), else an
 * expired one (*active = 0), else NULL. */
const dy_waiver *dy_check_waiver(const dy_check_ctx *ctx, const char *rule, const char *key,
                                 int *active);

/* Index of the first rule that mentions key at or after `from`, or SIZE_MAX. */
size_t dy_check_next_rule(const dayone_policy *p, const char *key, size_t from);

/* The embedded default policy, loaded once per process and kept. */
int dy_check_default_policy(const dayone_policy **out, dayone_error *err);

#endif
