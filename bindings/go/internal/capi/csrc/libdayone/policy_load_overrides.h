/* policy_load_overrides.h - loading `overrides:`, the per-tenant rates and
 * bursts of limits (policy_plans.h: dy_policy_override). */
#ifndef DY_POLICY_LOAD_OVERRIDES_H
#define DY_POLICY_LOAD_OVERRIDES_H

#include "policy.h"
#include "yaml_doc.h"

/* After the plans: an override must name a limit some plan gives a rate.
 * `n` is the section's node, or NULL when it is absent. */
int dy_load_overrides(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
