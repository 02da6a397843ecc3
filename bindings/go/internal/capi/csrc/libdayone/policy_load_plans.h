/* policy_load_plans.h - loading the enforcement side of a policy:
 * `billing:`, `features:` and `plans:` (policy_plans.h). Each stage takes
 * its section node, or NULL when the section is absent. */
#ifndef DY_POLICY_LOAD_PLANS_H
#define DY_POLICY_LOAD_PLANS_H

#include "policy.h"
#include "yaml_doc.h"

int dy_load_billing(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);
/* Last: every plan is checked against the limits all plans name. */
int dy_load_plans(dy_yctx *ctx, dayone_policy *p, const dy_ynode *features,
                  const dy_ynode *plans);

#endif
