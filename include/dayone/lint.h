/*
 * dayone/lint.h - advice on a policy that loads: what is legal but likely a
 * mistake.
 *
 * The one lint today is the plan ladder (rule "plan-ladder"). Plans are
 * listed cheapest first, and a DENY_PLAN's upgrade_plan names the first plan
 * that has what the request needs, so a plan that is cheaper in some way
 * than the plan before it makes upgrades point at plans that do not help.
 * Each plan is compared with the one just before it; each way it is
 * cheaper is one WARNING finding:
 *   - a limit: `none` where the earlier plan offers it; a rate where the
 *     earlier plan is `unlimited`; fewer requests per unit of time (rates
 *     are compared exactly, across rpm, rps, rph and rpd; a limit of
 *     several rates by its first); a smaller burst;
 *   - a quota: smaller than the earlier plan's, or set where the earlier
 *     plan has none (unlimited);
 *   - a feature the earlier plan has and it lacks.
 * A finding's rule is "plan-ladder", its key the later plan's name, its
 * message names both plans, the limit, quota or feature and both values;
 * source is "policy", source_path the policy's name (its path when loaded
 * from a file), source_line and source_column the later plan's offending
 * entry (the rate or burst value, the limit's name, the quota's amount, or
 * its features list - the plan itself when it has none).
 *
 * Ownership: dayone_policy_lint() hands the caller a new report in *out,
 * released with dayone_report_free() (see report.h); the policy is only
 * read and stays the caller's.
 *
 * Thread safety: a policy is immutable, so any number of threads may lint
 * it (and use it otherwise) at once; each gets its own report.
 */
#ifndef DAYONE_LINT_H
#define DAYONE_LINT_H

#include "common.h"
#include "policy.h"
#include "report.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Lint a loaded policy. On DAYONE_OK *out holds every finding (all
 * WARNINGs; dayone_report_ok() is therefore 1, and an empty report means
 * the policy lints clean). DAYONE_EINVAL for a NULL argument, DAYONE_ENOMEM
 * when memory runs out (then *out is NULL).
 */
DAYONE_EXTERN int dayone_policy_lint(dayone_report **out, const dayone_policy *policy,
                                     dayone_error *err);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_LINT_H */
