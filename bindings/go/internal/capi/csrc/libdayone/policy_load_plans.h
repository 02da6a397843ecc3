/* policy_load_plans.h - loading the enforcement side of a policy:
 * `billing:`, `features:` and `plans:` (policy_plans.h). Each stage takes
 * its section node, or NULL when the section is absent. */
#ifndef DY_POLICY_LOAD_PLANS_H
#define DY_POLICY_LOAD_PLANS_H

#include "policy.h"
#include "yaml_doc.h"

/* A rate and its burst from mapping m (a limit's, an item of its list of
 * rates, or an override's): one of rpm, rps, rph, rpd, and burst (1 when
 * absent), each checked at its mark. */
int dy_load_rate(dy_yctx *ctx, const dy_ynode *m, dy_plan_rate *r);
/* burst x interval must stay far from overflow in the limiter's GCRA
 * arithmetic (now + burst * emission): about 36 years. */
#define DY_MAX_TOLERANCE_NS (INT64_MAX / 8)
int dy_load_billing(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);
/* Last: every plan is checked against the limits all plans name. */
int dy_load_plans(dy_yctx *ctx, dayone_policy *p, const dy_ynode *features,
                  const dy_ynode *plans);

#endif
