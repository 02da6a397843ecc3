/* limiter.h - what limiter.c offers the rest of the library: attaching a
 * shared-state backend (the seam's types are in limiter_backend.h). */
#ifndef DY_LIMITER_H
#define DY_LIMITER_H

#include "dayone/limiter.h"
#include "limiter_backend.h"
#include "limiter_table.h"

typedef struct dy_counters dy_counters;

/* 1 when a backend is attached. */
int dy_limiter_has_backend(const dayone_limiter *lim);

/* Give `lim` its backend; on success the limiter owns `self` and frees it
 * with ops->free. DAYONE_EINVAL when one is already attached (self is then
 * still the caller's). Not thread-safe: before the limiter is shared. */
int dy_limiter_attach_backend(dayone_limiter *lim, const dy_backend_ops *ops, void *self,
                              dayone_error *err);

/* The decision counters of every policy view the limiter has used, the
 * current one first: stores up to `cap` in out, returns how many there are.
 * Each stays valid until the limiter is freed. */
size_t dy_limiter_counter_sets(const dayone_limiter *lim, const dy_counters **out, size_t cap);

/* The banlist (banlist.h), the limiter's clock, and whether the current
 * policy names a limit: for the ban API (limiter_bans.c). */
typedef struct dy_banlist dy_banlist;
dy_banlist *dy_limiter_banlist(dayone_limiter *lim);
int64_t dy_limiter_now(const dayone_limiter *lim);
int dy_limiter_has_limit(const dayone_limiter *lim, const char *name);

/* The attached backend when it shares bans (ops->ban set), with its self;
 * else NULL: bans stay in process. */
const dy_backend_ops *dy_limiter_ban_backend(const dayone_limiter *lim, void **self);

/* The state table's counters (limiter_table.h). */
void dy_limiter_table_counts(const dayone_limiter *lim, dy_table_counts *out);

#endif
