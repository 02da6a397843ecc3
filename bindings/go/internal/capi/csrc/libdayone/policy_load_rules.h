/* policy_load_rules.h - loading the check side of a policy: the
 * `posture:` and `secrets:` rules, `distinct:` groups and `waivers:`
 * (policy_rules.h). Each stage takes its section node, or NULL when the
 * section is absent, and fills its part of p. */
#ifndef DY_POLICY_LOAD_RULES_H
#define DY_POLICY_LOAD_RULES_H

#include "policy.h"
#include "yaml_doc.h"

int dy_load_rules(dy_yctx *ctx, dayone_policy *p, const dy_ynode *posture,
                  const dy_ynode *secrets);
int dy_load_distinct(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);
/* After the rules: a waiver names a rule id. */
int dy_load_waivers(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
