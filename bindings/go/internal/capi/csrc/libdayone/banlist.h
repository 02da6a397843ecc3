/* banlist.h - the limiter's bounded, in-process list of banned keys, and
 * the fail2ban-style record of recent denials that escalates into bans.
 *
 * A ban is for one (tenant key, limit name) pair until a time on the
 * limiter's clock. Entries live in DY_BAN_SHARDS shards of
 * DY_BAN_SHARD_WAYS entries each, allocated once (bounded memory, whatever
 * the keys seen), each shard under its own mutex. A pair's shard comes from
 * its hash; within the shard it takes any free entry, else the entry that
 * holds no live ban and was touched longest ago. A shard full of live bans
 * refuses a new one (the API says so; an escalation is dropped).
 *
 * The decision path asks dy_banlist_empty() first: one relaxed load of the
 * count of bans set, so a limiter with no ban pays a load and a branch.
 * Only when some ban is set does it hash the pair and look it up.
 *
 * Escalation (dy_banlist_note_denial): each rate denial of a limit with a
 * ban policy counts for its pair; max_denials within find_time bans it for
 * ban_time, multiplied by ban_factor for each earlier ban of the pair that
 * is still remembered, up to max_ban_time. Memory of earlier bans lasts as
 * long as the pair's entry does (it is the first to go when room is short).
 *
 * Thread safety: every function may be called from any thread at once,
 * except new/free. */
#ifndef DY_BANLIST_H
#define DY_BANLIST_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include "policy_plans.h"

#define DY_BAN_SHARDS 64
#define DY_BAN_SHARD_WAYS 64        /* 4096 pairs in all */
#define DY_BAN_KEY_MAX 64           /* key bytes kept for listing (hash identifies) */
#define DY_BAN_LIMIT_MAX 64

typedef struct dy_ban_slot {
    uint64_t hash;                /* 0: free */
    int64_t until;                /* ban end, 0: not banned */
    int64_t window_start;         /* first denial counted in the current find_time */
    int64_t touched;              /* last change, for choosing an entry to reuse */
    uint32_t denials;             /* denials since window_start */
    uint32_t bans;                /* bans remembered */
    char key[DY_BAN_KEY_MAX];
    char limit[DY_BAN_LIMIT_MAX];
} dy_ban_slot;

typedef struct dy_ban_shard {
    _Alignas(64) pthread_mutex_t lock;
    dy_ban_slot slot[DY_BAN_SHARD_WAYS];
} dy_ban_shard;

typedef struct dy_banlist {
    _Atomic uint64_t set;         /* bans set (live, or expired and not yet cleared) */
    uint64_t seed;
    dy_ban_shard *shards;         /* [DY_BAN_SHARDS] */
} dy_banlist;

dy_banlist *dy_banlist_new(uint64_t seed);
void dy_banlist_free(dy_banlist *b);

/* A ban's identity: the hash of (key, limit). */
uint64_t dy_banlist_hash(const dy_banlist *b, const char *key, const char *limit);

/* The pair's ban, if live at `now`: its end (> now), else 0. An expired ban
 * found here is cleared. */
int64_t dy_banlist_until(dy_banlist *b, uint64_t hash, int64_t now);

/* Ban (key, limit) until `until`. DAYONE_OK, or DAYONE_ELIMIT when its shard
 * is full of live bans. A longer existing ban is kept. */
int dy_banlist_ban(dy_banlist *b, const char *key, const char *limit, int64_t until,
                   int64_t now);

/* Lift the pair's ban: 1 when it had a live one, else 0. Its denial record
 * and ban history are forgotten too. */
int dy_banlist_lift(dy_banlist *b, const char *key, const char *limit, int64_t now);

/* Clear the pair's live ban but keep its record (denials, bans
 * remembered): the ban has moved to a shared backend. 1 when it had one. */
int dy_banlist_release(dy_banlist *b, const char *key, const char *limit, int64_t now);

/* A rate denial of (key, limit) under policy `bp` at `now`: count it and
 * ban when it is the max_denials-th within find_time. 1 when it banned. */
int dy_banlist_note_denial(dy_banlist *b, const char *key, const char *limit,
                           const dy_ban_policy *bp, int64_t now);

/* One live ban, for listing. */
typedef struct dy_ban_entry {
    char key[DY_BAN_KEY_MAX];     /* truncated when longer */
    char limit[DY_BAN_LIMIT_MAX];
    int64_t until;
    uint32_t bans;                /* bans of this pair remembered, this one included */
} dy_ban_entry;

/* Copy up to cap live bans at `now` into out; returns how many there are. */
size_t dy_banlist_list(dy_banlist *b, int64_t now, dy_ban_entry *out, size_t cap);

/* No ban set: the decision path's one check when nobody is banned. */
static inline int dy_banlist_empty(const dy_banlist *b)
{
    return atomic_load_explicit(&b->set, memory_order_relaxed) == 0;
}

#endif
