/* policy_load_plans.h - loading the enforcement side of a policy:
 * `billing:`, `features:` and `plans:` (policy_plans.h). Each stage takes
 * its section node, or NULL when the section is absent. */
#ifndef DY_POLICY_LOAD_PLANS_H
#define DY_POLICY_LOAD_PLANS_H

#include "policy.h"
#include "yaml_doc.h"

/* A rate mapping's one of rpm, rps, rph into l's rate_count,
 * rate_period_ns, emission_ns and rate_mark (also read by overrides). */
int dy_load_rate(dy_yctx *ctx, const dy_ynode *m, dy_plan_limit *l);
/* burst x interval must stay far from overflow in the limiter's GCRA
 * arithmetic (now + burst * emission): about 36 years. */
#define DY_MAX_TOLERANCE_NS (INT64_MAX / 8)
int dy_load_billing(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);
/* Last: every plan is checked against the limits all plans name. */
int dy_load_plans(dy_yctx *ctx, dayone_policy *p, const dy_ynode *features,
                  const dy_ynode *plans);

#endif
