/* policy_load_support.h - loading the `support:` section (staff actions,
 * p->support). */
#ifndef DY_POLICY_LOAD_SUPPORT_H
#define DY_POLICY_LOAD_SUPPORT_H

#include "policy.h"
#include "yaml_doc.h"

/* n is the section node or NULL (absent: p->support stays NULL, and every
 * staff action is denied). */
int dy_load_support(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
