/* redis_script.h - the Lua script that makes one decision in Redis
 * (redis_script.c, where its arguments and reply are described). */
#ifndef DY_REDIS_SCRIPT_H
#define DY_REDIS_SCRIPT_H

extern const char dy_redis_script[];

/* The reply's first element. */
enum { DY_RS_ALLOW = 0, DY_RS_OVERAGE = 1, DY_RS_DENY_RATE = 2, DY_RS_DENY_QUOTA = 3,
       DY_RS_BANNED = 4 };

#endif
