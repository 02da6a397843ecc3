/* banlist.c - bounded banlist and denial record (see banlist.h). */
#include <stdio.h>
#include <string.h>
#include "dayone/common.h"
#include "alloc.h"
#include "banlist.h"
#include "hash.h"

dy_banlist *dy_banlist_new(uint64_t seed)
{
    dy_banlist *b = dy_calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->shards = dy_calloc(DY_BAN_SHARDS, sizeof *b->shards);
    if (!b->shards) {
        dy_free(b);
        return NULL;
    }
    for (size_t i = 0; i < DY_BAN_SHARDS; i++)
        pthread_mutex_init(&b->shards[i].lock, NULL);
    atomic_init(&b->set, 0);
    b->seed = seed;
    return b;
}

void dy_banlist_free(dy_banlist *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < DY_BAN_SHARDS; i++)
        pthread_mutex_destroy(&b->shards[i].lock);
    dy_free(b->shards);
    dy_free(b);
}

uint64_t dy_banlist_hash(const dy_banlist *b, const char *key, const char *limit)
{
    uint64_t h = dy_hash_bytes(key, strlen(key),
                               b->seed ^ dy_hash_bytes(limit, strlen(limit), b->seed));
    return h ? h : 1; /* 0 marks a free entry */
}

static dy_ban_shard *shard_of(dy_banlist *b, uint64_t hash)
{
    return &b->shards[(hash >> 32) % DY_BAN_SHARDS];
}

static dy_ban_slot *find(dy_ban_shard *s, uint64_t hash)
{
    for (int i = 0; i < DY_BAN_SHARD_WAYS; i++)
        if (s->slot[i].hash == hash)
            return &s->slot[i];
    return NULL;
}

/* Clear a ban found expired (the shard is locked). */
static void expire(dy_banlist *b, dy_ban_slot *e, int64_t now)
{
    if (e->until != 0 && e->until <= now) {
        e->until = 0;
        atomic_fetch_sub_explicit(&b->set, 1, memory_order_relaxed);
    }
}

/* The pair's entry, created when absent: a free one, else the one without
 * a live ban touched longest ago. NULL when every entry holds a live ban. */
static dy_ban_slot *find_or_take(dy_banlist *b, dy_ban_shard *s, uint64_t hash,
                                 const char *key, const char *limit, int64_t now)
{
    dy_ban_slot *e = find(s, hash), *victim = NULL;
    if (e)
        return e;
    for (int i = 0; i < DY_BAN_SHARD_WAYS; i++) {
        dy_ban_slot *c = &s->slot[i];
        if (c->hash == 0) {
            victim = c;
            break;
        }
        expire(b, c, now);
        if (c->until == 0 && (!victim || c->touched < victim->touched))
            victim = c;
    }
    if (!victim)
        return NULL;
    memset(victim, 0, sizeof *victim);
    victim->hash = hash;
    victim->touched = now;
    snprintf(victim->key, sizeof victim->key, "%s", key);
    snprintf(victim->limit, sizeof victim->limit, "%s", limit);
    return victim;
}

int64_t dy_banlist_until(dy_banlist *b, uint64_t hash, int64_t now)
{
    dy_ban_shard *s = shard_of(b, hash);
    pthread_mutex_lock(&s->lock);
    dy_ban_slot *e = find(s, hash);
    int64_t until = 0;
    if (e) {
        expire(b, e, now);
        until = e->until;
    }
    pthread_mutex_unlock(&s->lock);
    return until;
}

/* Set e's ban until `until` (the shard is locked). */
static void set_ban(dy_banlist *b, dy_ban_slot *e, int64_t until, int64_t now)
{
    if (e->until == 0)
        atomic_fetch_add_explicit(&b->set, 1, memory_order_relaxed);
    if (until > e->until)
        e->until = until;
    e->bans++;
    e->denials = 0;
    e->window_start = 0;
    e->touched = now;
}

int dy_banlist_ban(dy_banlist *b, const char *key, const char *limit, int64_t until,
                   int64_t now)
{
    uint64_t hash = dy_banlist_hash(b, key, limit);
    dy_ban_shard *s = shard_of(b, hash);
    pthread_mutex_lock(&s->lock);
    dy_ban_slot *e = find_or_take(b, s, hash, key, limit, now);
    if (e) {
        expire(b, e, now);
        set_ban(b, e, until, now);
    }
    pthread_mutex_unlock(&s->lock);
    return e ? DAYONE_OK : DAYONE_ELIMIT;
}

int dy_banlist_lift(dy_banlist *b, const char *key, const char *limit, int64_t now)
{
    uint64_t hash = dy_banlist_hash(b, key, limit);
    dy_ban_shard *s = shard_of(b, hash);
    int lifted = 0;
    pthread_mutex_lock(&s->lock);
    dy_ban_slot *e = find(s, hash);
    if (e) {
        expire(b, e, now);
        if (e->until != 0) {
            lifted = 1;
            atomic_fetch_sub_explicit(&b->set, 1, memory_order_relaxed);
        }
        memset(e, 0, sizeof *e);
    }
    pthread_mutex_unlock(&s->lock);
    return lifted;
}

int dy_banlist_release(dy_banlist *b, const char *key, const char *limit, int64_t now)
{
    uint64_t hash = dy_banlist_hash(b, key, limit);
    dy_ban_shard *s = shard_of(b, hash);
    int released = 0;
    pthread_mutex_lock(&s->lock);
    dy_ban_slot *e = find(s, hash);
    if (e) {
        expire(b, e, now);
        if (e->until != 0) {
            released = 1;
            e->until = 0;
            atomic_fetch_sub_explicit(&b->set, 1, memory_order_relaxed);
        }
    }
    pthread_mutex_unlock(&s->lock);
    return released;
}

static int ignored(const dy_ban_policy *bp, const char *key)
{
    for (size_t i = 0; i < bp->nignore; i++)
        if (strcmp(bp->ignore[i], key) == 0)
            return 1;
    return 0;
}

/* ban_time * factor^(earlier bans), capped at max_ban_time, without overflow. */
static int64_t ban_length(const dy_ban_policy *bp, uint32_t earlier)
{
    int64_t t = bp->ban_time_ns;
    for (uint32_t i = 0; i < earlier && t < bp->max_ban_time_ns; i++)
        t = t > bp->max_ban_time_ns / bp->factor ? bp->max_ban_time_ns : t * bp->factor;
    return t < bp->max_ban_time_ns ? t : bp->max_ban_time_ns;
}

int dy_banlist_note_denial(dy_banlist *b, const char *key, const char *limit,
                           const dy_ban_policy *bp, int64_t now)
{
    if (!bp->enabled || ignored(bp, key))
        return 0;
    uint64_t hash = dy_banlist_hash(b, key, limit);
    dy_ban_shard *s = shard_of(b, hash);
    int banned = 0;
    pthread_mutex_lock(&s->lock);
    dy_ban_slot *e = find_or_take(b, s, hash, key, limit, now);
    if (e) {
        expire(b, e, now);
        if (e->denials == 0 || now - e->window_start >= bp->find_time_ns) {
            e->window_start = now;
            e->denials = 0;
        }
        e->denials++;
        e->touched = now;
        if (e->until == 0 && (int64_t)e->denials >= bp->max_denials) {
            set_ban(b, e, now + ban_length(bp, e->bans), now);
            banned = 1;
        }
    }
    pthread_mutex_unlock(&s->lock);
    return banned;
}

size_t dy_banlist_list(dy_banlist *b, int64_t now, dy_ban_entry *out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < DY_BAN_SHARDS; i++) {
        dy_ban_shard *s = &b->shards[i];
        pthread_mutex_lock(&s->lock);
        for (int j = 0; j < DY_BAN_SHARD_WAYS; j++) {
            dy_ban_slot *e = &s->slot[j];
            if (e->hash == 0)
                continue;
            expire(b, e, now);
            if (e->until == 0)
                continue;
            if (n < cap) {
                memcpy(out[n].key, e->key, sizeof out[n].key);
                memcpy(out[n].limit, e->limit, sizeof out[n].limit);
                out[n].until = e->until;
                out[n].bans = e->bans;
            }
            n++;
        }
        pthread_mutex_unlock(&s->lock);
    }
    return n;
}
