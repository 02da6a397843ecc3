/* redis_internal.h - pieces of the Redis backend shared between its files. */
#ifndef DY_REDIS_INTERNAL_H
#define DY_REDIS_INTERNAL_H

/* The decision script (redis_script.c); see the comment there. */
extern const char dy_redis_script[];

/* Script reply, first element. */
enum { DY_RS_ALLOW = 0, DY_RS_OVERAGE = 1, DY_RS_DENY_RATE = 2, DY_RS_DENY_QUOTA = 3 };

#endif
