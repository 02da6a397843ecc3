/* policy_load_profiles.h - loading profiles: the top-level `profiles:` list
 * a policy declares its own names in (startup, deploy, daily and incident
 * are always declared), and a rule's `profiles: [daily]`. */
#ifndef DY_POLICY_LOAD_PROFILES_H
#define DY_POLICY_LOAD_PROFILES_H

#include <stdint.h>
#include "policy.h"
#include "yaml_doc.h"

/* The predeclared names then the policy's (n: the section or NULL). */
int dy_load_profiles(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

/* A rule's profiles as a mask of bits into p->profiles; n NULL: startup.
 * An undeclared name is an error at the name. */
int dy_load_rule_profiles(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *n,
                          uint32_t *mask);

#endif
