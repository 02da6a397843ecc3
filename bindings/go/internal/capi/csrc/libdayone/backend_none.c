/* backend_none.c - the Redis entry points in a build without hiredis: they
 * exist (so bindings link the same symbols) and say why they cannot work. */
#ifndef DAYONE_HAVE_HIREDIS
#include <string.h>
#include "dayone/redis.h"
#include "error.h"
#include "limiter_internal.h"

int dy_backend_decide(dy_backend *b, const dy_backend_req *r, dayone_decision *d,
                      dayone_error *err)
{
    (void)b; (void)r; (void)d; (void)err;
    return DY_BACKEND_LOCAL; /* never attached */
}

void *dy_backend_batch_begin(dy_backend *b)
{
    (void)b;
    return NULL;
}

void dy_backend_batch_end(dayone_limiter *lim, void *batch)
{
    (void)lim; (void)batch;
}

void dy_backend_free(dy_backend *b)
{
    (void)b;
}

int dayone_limiter_attach_redis(dayone_limiter *lim, const dayone_redis_options *opts,
                                dayone_error *err)
{
    (void)lim; (void)opts;
    return dy_fail(err, DAYONE_EBACKEND, "built without Redis support");
}

int dayone_limiter_backend_status(const dayone_limiter *lim, dayone_backend_status *out)
{
    (void)lim;
    if (!out)
        return DAYONE_EINVAL;
    memset(out, 0, sizeof *out);
    return DAYONE_OK;
}
#else
/* ISO C forbids an empty translation unit. */
typedef int dy_backend_none_unused;
#endif
