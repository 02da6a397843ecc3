/* policy_load_environment.h - loading the `environment:` section into
 * p->environment (after the flags: it may name the launch flag). */
#ifndef DY_POLICY_LOAD_ENVIRONMENT_H
#define DY_POLICY_LOAD_ENVIRONMENT_H

#include "policy.h"
#include "yaml_doc.h"

/* n is the section node or NULL (absent). */
int dy_load_environment(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
