/* policy_load_postmortem.h - loading the `postmortem:` section (what a
 * post-incident report must contain, p->postmortem). */
#ifndef DY_POLICY_LOAD_POSTMORTEM_H
#define DY_POLICY_LOAD_POSTMORTEM_H

#include "policy.h"
#include "yaml_doc.h"

/* n is the section node or NULL (absent: p->postmortem stays NULL, and
 * linting a report against the policy is refused). */
int dy_load_postmortem(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
