/*
 * dayone/check.h - judging an environment against a policy.
 *
 * dayone_check() evaluates every rule of the policy against the snapshot and
 * returns all findings in one report: missing secrets, posture violations,
 * values in the wrong format, placeholders, weak key material, shared
 * secrets, non-boolean flags. A violation is a finding, not an error: the
 * return code is DAYONE_OK whenever a report was produced.
 *
 * NAME_FILE: when `NAME_FILE=/path` is in the snapshot and the policy
 * mentions NAME, NAME's value is read from that file (one trailing newline
 * stripped). NAME and NAME_FILE both set, or an unreadable file, are findings
 * that name the path, never the content.
 *
 * Facts and profiles (docs/policy.md): a rule's key may name a fact from
 * opts->facts (backup.db.last_success_at) and check it against opts->now_ns;
 * every rule belongs to profiles (startup unless it says otherwise) and a
 * check runs only the rules of opts->profiles. Flags, environment-unknown
 * and distinct groups belong to startup. The report records the profiles
 * that ran. dayone_failfast() runs startup only.
 *
 * Thread safety: dayone_check() and dayone_explain() only read the policy,
 * the snapshots (env and opts->example) and the NAME_FILE files; any number
 * of them may run at once on shared policies and snapshots. A NULL policy
 * means the embedded default, loaded on first use and then shared by every
 * call for the life of the process (the first concurrent callers race
 * safely). dayone_failfast() reads the process environment: call it at
 * start-up, before other threads may change the environment.
 *
 * Ownership: options and everything they point to are borrowed for the
 * duration of the call only; reports and texts handed back in *out belong
 * to the caller.
 */
#ifndef DAYONE_CHECK_H
#define DAYONE_CHECK_H

#include "common.h"
#include "policy.h"
#include "env.h"
#include "report.h"
#include "facts.h"

#ifdef __cplusplus
extern "C" {
#endif

#define DAYONE_CHECK_OPTIONS_VERSION 2

/** Check flags. */
#define DAYONE_CHECK_PRESENCE_ONLY   0x1u /**< only check that required names exist */
#define DAYONE_CHECK_NO_SECRET_FILES 0x2u /**< do not resolve NAME_FILE references */

/**
 * Options for dayone_check(). Initialise with DAYONE_CHECK_OPTIONS_INIT;
 * fields are only ever appended.
 */
typedef struct dayone_check_options {
    unsigned int version;        /**< DAYONE_CHECK_OPTIONS_VERSION */
    unsigned int flags;          /**< DAYONE_CHECK_* */
    const dayone_env *example;   /**< a .env.example snapshot: values equal to its
                                      values are placeholders (NULL: none). Borrowed. */
    int64_t today;               /**< days since 1970-01-01 for waiver expiry;
                                      0 = the UTC date of now_ns */
    /* version 2 */
    const dayone_facts *facts;   /**< facts documents rules may name (NULL: none).
                                      Borrowed; only read. */
    int64_t now_ns;              /**< "now" in Unix nanoseconds, for max_age and
                                      (when today is 0) waiver expiry; 0 = the
                                      real clock */
    const char *const *profiles; /**< the profiles to run, e.g. {"daily"}; a rule
                                      outside them is not evaluated. NULL or
                                      nprofiles 0: {"startup"}. A name the policy
                                      does not declare is DAYONE_EINVAL. */
    size_t nprofiles;
} dayone_check_options;

#define DAYONE_CHECK_OPTIONS_INIT { DAYONE_CHECK_OPTIONS_VERSION, 0u, NULL, 0, NULL, 0, NULL, 0 }

/**
 * Check `env` against `policy` (NULL: the embedded default). `opts` may be
 * NULL (defaults). On DAYONE_OK, *out is a report owned by the caller
 * (dayone_report_free()); on error *out is NULL and nothing is leaked.
 */
DAYONE_EXTERN int dayone_check(dayone_report **out, const dayone_policy *policy,
                               const dayone_env *env, const dayone_check_options *opts,
                               dayone_error *err);

/**
 * dayone_check() of the snapshot dayone_env_set_many(vars) would build --
 * same report, same errors (a bad variable first, then the check's own) --
 * without building it: every variable is judged, but only those the
 * policy's check can read (its flags, environment variable, rule keys,
 * their NAME_FILE names, condition variables) are copied, so the cost
 * hardly grows with the size of the environment. For the caller that
 * holds its variables in its own structure (the language bindings' maps).
 * `vars` is borrowed for the call only. Thread safety: as dayone_check().
 */
DAYONE_EXTERN int dayone_check_vars(dayone_report **out, const dayone_policy *policy,
                                    const dayone_var *vars, size_t nvars,
                                    const dayone_check_options *opts, dayone_error *err);

/**
 * dayone_check() of the process environment: the answer of a snapshot made
 * with dayone_env_add_process(), findings citing the source "process", but
 * only the variables the policy can look up are copied (as
 * dayone_check_vars() does; the whole environment is read again should
 * the check need a name outside them). A value over DAYONE_ENV_VALUE_MAX
 * under a variable name is DAYONE_ELIMIT, as for dayone_env_add_process().
 * Thread safety: as dayone_check(), but it reads `environ`: call it when no
 * other thread changes the environment (dayone_failfast() runs it).
 */
DAYONE_EXTERN int dayone_check_process(dayone_report **out, const dayone_policy *policy,
                                       const dayone_check_options *opts, dayone_error *err);

/**
 * Explain every rule of `policy` that concerns `key` under `env`: whether it
 * applies and why (which flag or value made it apply), and whether it
 * currently passes. On DAYONE_OK, *out is human-readable text owned by the
 * caller (release with dayone_free()). A key no rule mentions is
 * DAYONE_ENOTFOUND.
 */
DAYONE_EXTERN int dayone_explain(char **out, const dayone_policy *policy,
                                 const dayone_env *env, const char *key,
                                 const dayone_check_options *opts, dayone_error *err);

/**
 * Fail fast at start-up: check the process environment against `policy`
 * (NULL: the default). When the check fails, writes the text report to
 * stderr and returns DAYONE_EVIOLATION; on success returns DAYONE_OK and
 * writes nothing. Other negative codes mean the check could not run (and the
 * reason is written to stderr).
 *
 *     int main(void) { if (dayone_failfast(NULL) != 0) return 1; ... }
 */
DAYONE_EXTERN int dayone_failfast(const dayone_policy *policy);

/**
 * Is `env` in launch mode under `policy` (NULL: the default)? Launch mode is
 * on when the policy's launch flag (environment.launch_flag; LAUNCH_MODE in
 * the default policy) is true, or when the policy's environment variable
 * counts as production: exactly its production name, the same in another
 * case or with blanks around it, or a production_like spelling such as
 * "prod", "prd", "live" or "prod-eu" (docs/policy.md, "Environments").
 * Returns 1 (launch mode) or 0, or a negative DAYONE_E* code. `why` (may be
 * NULL) receives the reason, e.g. "LAUNCH_MODE=true" or "ENVIRONMENT counts
 * as production" ("" when 0); it never contains a value from `env` beyond
 * the policy's own names. A policy without an environment: section and
 * launch flag is never in launch mode.
 */
DAYONE_EXTERN int dayone_launch_mode(const dayone_policy *policy, const dayone_env *env,
                                     char *why, size_t why_size, dayone_error *err);

/** Like dayone_failfast() but calls exit(1) (exit(2) if the check could not run). */
DAYONE_EXTERN void dayone_failfast_or_exit(const dayone_policy *policy);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_CHECK_H */
