/* backend_none.c - the Redis entry point in a build without hiredis (the
 * build picks this file instead of redis_*.c): it exists, so bindings link
 * the same symbols, and says why it cannot work. */
#include "dayone/redis.h"
#include "error.h"

int dayone_limiter_attach_redis(dayone_limiter *lim, const dayone_redis_options *opts,
                                dayone_error *err)
{
    (void)lim;
    (void)opts;
    return dy_fail(err, DAYONE_EBACKEND, "built without Redis support");
}
