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

/* Overrides (dayone/overrides.h, limiter_overrides.c): the API's table,
 * the hash a (tenant, limit) override is found by, the current policy
 * (its overrides; it lives as long as the limiter). */
typedef struct dy_override_table dy_override_table;
dy_override_table *dy_limiter_override_table(dayone_limiter *lim);
uint64_t dy_limiter_override_hash(const dayone_limiter *lim, const char *tenant,
                                  const char *limit);
const dayone_policy *dy_limiter_policy(const dayone_limiter *lim);
/* Unix seconds by the limiter's wall clock (overrides' and quotas' ends). */
int64_t dy_limiter_wall_s(const dayone_limiter *lim);

/* Reset (credit 0) or credit `credit` units of (key, plan, limit)'s state
 * - its rate state (DY_RESET_RATE: under every rate of the plan's limit and
 * an override in force) and its quota count this period (DY_RESET_QUOTA) - in process,
 * or with a backend attached in the backend (its `reset`; DAYONE_EBACKEND when it has
 * none or cannot answer, nothing changed).
 * *found gets the bits of what existed to reset. DAYONE_ENOTFOUND for an
 * unknown plan or limit. No access check: limiter_reset.c makes it. */
#define DY_RESET_RATE 1u
#define DY_RESET_QUOTA 2u
int dy_limiter_reset_state(dayone_limiter *lim, const char *key, const char *plan,
                           const char *limit, int64_t credit, unsigned what, int64_t now_ns,
                           int64_t anchor_unix_s, int64_t wall_ns, unsigned *found,
                           dayone_error *err);

/* The state table's counters (limiter_table.h). */
void dy_limiter_table_counts(const dayone_limiter *lim, dy_table_counts *out);

#endif
