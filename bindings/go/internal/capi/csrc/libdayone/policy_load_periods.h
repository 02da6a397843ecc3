/* policy_load_periods.h - loading billing.periods: which period each quota
 * counts over (p->quota_periods). */
#ifndef DY_POLICY_LOAD_PERIODS_H
#define DY_POLICY_LOAD_PERIODS_H

#include "policy.h"
#include "yaml_doc.h"

/* billing is the billing section or NULL. Runs after the plans (a period
 * names a quota some plan sets); every quota without one counts per month. */
int dy_load_quota_periods(dy_yctx *ctx, dayone_policy *p, const dy_ynode *billing);

#endif
