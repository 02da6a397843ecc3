/* policy_load_cond.h - loading a rule's `when:` condition. The policy's flags
 * and environment section must already be loaded: a condition names a flag
 * by its index and marks the production value (policy_rules.h). */
#ifndef DY_POLICY_LOAD_COND_H
#define DY_POLICY_LOAD_COND_H

#include "policy.h"
#include "policy_rules.h"
#include "yaml_doc.h"

/* Fill *out from node n. On error the partly built *out is left for the
 * caller's dy_cond_clear. */
int dy_load_cond(dy_yctx *ctx, const dayone_policy *p, const dy_ynode *n, dy_cond *out);

#endif
