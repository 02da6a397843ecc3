/* policy_load_backend.h - loading the `backend:` section (the Redis
 * backend's settings, p->redis). */
#ifndef DY_POLICY_LOAD_BACKEND_H
#define DY_POLICY_LOAD_BACKEND_H

#include "policy.h"
#include "yaml_doc.h"

/* n is the section node or NULL (absent: no backend, p->redis stays NULL). */
int dy_load_backend(dy_yctx *ctx, dayone_policy *p, const dy_ynode *n);

#endif
