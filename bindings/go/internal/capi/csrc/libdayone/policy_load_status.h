/* policy_load_status.h - loading the `status:` section (the status page's
 * components, p->status; policy_status.h). */
#ifndef DY_POLICY_LOAD_STATUS_H
#define DY_POLICY_LOAD_STATUS_H

#include "policy.h"
#include "yaml_doc.h"

/* n is the section node or NULL (absent: p->status stays NULL and
 * dayone_status_evaluate refuses the policy). */
int dy_load_status(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
