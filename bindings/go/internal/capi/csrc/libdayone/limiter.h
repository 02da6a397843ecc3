/* limiter.h - what limiter.c offers the rest of the library: attaching a
 * shared-state backend (the seam's types are in limiter_backend.h). */
#ifndef DY_LIMITER_H
#define DY_LIMITER_H

#include "dayone/limiter.h"
#include "limiter_backend.h"

/* 1 when a backend is attached. */
int dy_limiter_has_backend(const dayone_limiter *lim);

/* Give `lim` its backend; on success the limiter owns `self` and frees it
 * with ops->free. DAYONE_EINVAL when one is already attached (self is then
 * still the caller's). Not thread-safe: before the limiter is shared. */
int dy_limiter_attach_backend(dayone_limiter *lim, const dy_backend_ops *ops, void *self,
                              dayone_error *err);

#endif
