/* redis_reply.c - the decision script's reply: checked, then mapped onto a
 * decision with the same fields the in-process limiter sets (limiter.c's
 * rate_step_local). */
#include "redis_reply.h"
#include <string.h>
#include "outcome.h"
#include "redis_script.h"

#define NS_PER_SEC INT64_C(1000000000)
/* Largest whole seconds whose nanoseconds (plus a limb below 1e9) fit. */
#define SECONDS_MAX (INT64_MAX / NS_PER_SEC - 1)
#define COUNTER_MAX (INT64_C(1) << 53)

/* s seconds + n nanoseconds, or -1 when the limbs are out of range. */
static int64_t limbs_ns(long long s, long long n)
{
    if (s < 0 || s > SECONDS_MAX || n < 0 || n >= NS_PER_SEC)
        return -1;
    return (int64_t)s * NS_PER_SEC + (int64_t)n;
}

#define REPLY_MAX (6 + 5 * DAYONE_LIMIT_RATES_MAX)

/* A reply's length the script sends: 6, or 6 + 5 per rate of 2..max. */
static int reply_length_ok(size_t n)
{
    return n == 6 || (n >= 6 + 5 * 2 && n <= REPLY_MAX && (n - 6) % 5 == 0);
}

/* The n integers of one reply at elem[0..n). */
static int decode_elements(redisReply *const *elem, size_t n, dy_redis_reply *out)
{
    if (!reply_length_ok(n))
        return -1;
    long long v[REPLY_MAX];
    for (size_t i = 0; i < n; i++) {
        const redisReply *e = elem[i];
        if (!e || e->type != REDIS_REPLY_INTEGER)
            return -1;
        v[i] = e->integer;
    }
    if (v[0] < DY_RS_ALLOW || v[0] > DY_RS_BANNED || v[5] < -1 || v[5] > COUNTER_MAX)
        return -1;
    out->code = (int)v[0];
    out->a_ns = limbs_ns(v[1], v[2]);
    out->z_ns = limbs_ns(v[3], v[4]);
    out->used = v[5];
    out->nrates = (int)((n - 6) / 5);
    int denied = 0;
    for (int k = 0; k < out->nrates; k++) {
        const long long *w = &v[6 + 5 * k];
        if (w[0] != 0 && w[0] != 1)
            return -1;
        out->rates[k].ok = (int)w[0];
        out->rates[k].a_ns = limbs_ns(w[1], w[2]);
        out->rates[k].z_ns = limbs_ns(w[3], w[4]);
        if (out->rates[k].a_ns < 0 || out->rates[k].z_ns < 0)
            return -1;
        denied |= !w[0];
    }
    if (out->nrates > 0 && out->code != DY_RS_DENY_QUOTA && denied != (out->code == DY_RS_DENY_RATE))
        return -1;
    return out->a_ns < 0 || out->z_ns < 0 ? -1 : 0;
}

int dy_redis_reply_decode(const redisReply *rep, dy_redis_reply *out)
{
    if (!rep || rep->type != REDIS_REPLY_ARRAY || !rep->element)
        return -1;
    return decode_elements(rep->element, rep->elements, out);
}

int dy_redis_batch_reply_split(const redisReply *rep, size_t count, size_t *offs)
{
    if (!rep || rep->type != REDIS_REPLY_ARRAY || (rep->elements && !rep->element))
        return -1;
    size_t at = 0;
    for (size_t d = 0; d < count; d++) {
        if (at >= rep->elements || !rep->element[at])
            return -1;
        const redisReply *e = rep->element[at];
        offs[d] = at;
        if (e->type == REDIS_REPLY_ERROR) {
            at++;
            continue;
        }
        if (e->type == REDIS_REPLY_INTEGER && e->integer == 0) {
            /* the decision before's integers again: there must be some */
            if (d == 0 || rep->element[offs[d - 1]]->type != REDIS_REPLY_INTEGER)
                return -1;
            offs[d] = offs[d - 1];
            at++;
            continue;
        }
        if (e->type != REDIS_REPLY_INTEGER || e->integer < 0 ||
            !reply_length_ok((size_t)e->integer) ||
            (size_t)e->integer >= rep->elements - at)
            return -1;
        at += 1 + (size_t)e->integer;
    }
    return at == rep->elements ? 0 : -1;
}

int dy_redis_batch_reply_decode(const redisReply *rep, size_t off, dy_redis_reply *out)
{
    const redisReply *e = rep->element[off];
    if (e->type != REDIS_REPLY_INTEGER)
        return -1; /* the decision's error */
    return decode_elements(rep->element + off + 1, (size_t)e->integer, out);
}

/* One listed ban from its index member "<limit>\n<tenant>". */
static int fill_ban(dayone_ban *out, const redisReply *m, const redisReply *ms,
                    const redisReply *n)
{
    if (!m || !ms || !n || m->type != REDIS_REPLY_STRING || ms->type != REDIS_REPLY_INTEGER ||
        n->type != REDIS_REPLY_INTEGER || !m->str)
        return -1;
    const char *nl = memchr(m->str, '\n', m->len);
    if (!nl)
        return -1;
    size_t ll = (size_t)(nl - m->str), kl = m->len - ll - 1;
    memset(out, 0, sizeof *out);
    memcpy(out->limit, m->str, ll < sizeof out->limit ? ll : sizeof out->limit - 1);
    memcpy(out->key, nl + 1, kl < sizeof out->key ? kl : sizeof out->key - 1);
    /* At least 1 ms: a ban listed is live; at most a year (the longest ban). */
    long long msv = ms->integer < 1 ? 1 : ms->integer > 31536000000LL ? 31536000000LL : ms->integer;
    out->remaining_ns = (int64_t)msv * 1000000;
    out->bans = n->integer > 0 && n->integer <= UINT32_MAX ? (uint32_t)n->integer : 1;
    return 0;
}

int dy_redis_bans_reply_decode(const redisReply *rep, dayone_ban *out, size_t cap,
                               size_t *count)
{
    if (!rep || rep->type != REDIS_REPLY_ARRAY || rep->elements < 1 || !rep->element ||
        (rep->elements - 1) % 3 || !rep->element[0] ||
        rep->element[0]->type != REDIS_REPLY_INTEGER || rep->element[0]->integer < 0)
        return -1;
    /* Exactly min(cap, total) entries: a caller reads that many. */
    size_t got = (rep->elements - 1) / 3;
    unsigned long long total = (unsigned long long)rep->element[0]->integer;
    if (got != (cap < total ? cap : (size_t)total))
        return -1;
    for (size_t i = 0; i < got; i++)
        if (fill_ban(&out[i], rep->element[1 + 3 * i], rep->element[2 + 3 * i],
                     rep->element[3 + 3 * i]) != 0)
            return -1;
    *count = (size_t)rep->element[0]->integer;
    return 0;
}

/* A limit of several rates: each rate's step into the decision, then the
 * tightest reported (limiter_rates.h), as in process. */
static void rates_to_decision(const dy_redis_reply *r, const dy_rate_step *st)
{
    dayone_decision *d = st->d;
    dy_rates_begin(d, st->rates, st->nrates);
    for (int k = 0; k < r->nrates; k++) {
        dy_gcra_out g = {0, 0, 0, r->rates[k].z_ns, 0};
        g.allowed = r->rates[k].ok;
        if (g.allowed)
            g.remaining = r->rates[k].a_ns / st->rates[k].emission_ns;
        else
            g.retry_after_ns = r->rates[k].a_ns;
        dy_rates_step(d, (size_t)k, &g);
    }
    dy_rates_settle(d, st->rates);
}

/* quota_remaining as the in-process limiter reports it for a usage. */
static int64_t left(int64_t amount, int64_t used)
{
    return used < amount ? amount - used : 0;
}

void dy_redis_reply_to_decision(const dy_redis_reply *r, const dy_rate_step *st)
{
    dayone_decision *d = st->d;
    int64_t used = st->count_quota ? r->used : st->usage;
    int quota = st->count_quota || st->quota_applies;
    switch (r->code) {
    case DY_RS_BANNED: /* as the in-process banlist answers (limiter.c) */
        memset(d, 0, sizeof *d);
        d->quota_remaining = -1;
        d->retry_after_ns = r->a_ns;
        d->reset_after_ns = r->a_ns;
        dy_decision_outcome(d, DAYONE_DENY_BANNED, "banned");
        return;
    case DY_RS_DENY_QUOTA:
        d->retry_after_ns = -1;
        d->limit = st->quota_amount;
        d->quota_remaining = left(st->quota_amount, used);
        dy_decision_outcome(d, DAYONE_DENY_QUOTA, "quota exceeded");
        return;
    case DY_RS_DENY_RATE:
        if (r->nrates > 0) {
            rates_to_decision(r, st);
        } else {
            d->retry_after_ns = r->a_ns;
            d->reset_after_ns = r->z_ns;
            d->remaining = 0;
        }
        if (quota)
            d->quota_remaining = left(st->quota_amount, used);
        dy_decision_outcome(d, DAYONE_DENY_RATE, "rate limited");
        return;
    default: /* DY_RS_ALLOW, DY_RS_OVERAGE */
        if (r->nrates > 0) {
            rates_to_decision(r, st);
        } else {
            d->reset_after_ns = r->z_ns;
            d->remaining = r->a_ns / st->emission_ns;
        }
        if (r->code == DY_RS_OVERAGE || st->overage) {
            d->limit = st->quota_amount;
            d->quota_remaining = 0;
            dy_decision_outcome(d, DAYONE_ALLOW_OVERAGE, "quota overage");
            return;
        }
        if (quota) /* never below 0, whatever the counter said */
            d->quota_remaining = used < st->quota_amount - st->cost
                                     ? st->quota_amount - used - st->cost : 0;
        dy_decision_outcome(d, DAYONE_ALLOW, "ok");
    }
}
