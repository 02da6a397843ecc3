/* redis_keys.c - the Redis keys of one rate step (redis_keys.h). */
#include "redis_keys.h"
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "civil.h"

#define NS_PER_SEC INT64_C(1000000000)

size_t dy_redis_put_int(char *out, int64_t v)
{
    char digits[20];
    size_t d = 0, n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (v < 0)
        out[n++] = '-';
    do
        digits[d++] = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    while (d)
        out[n++] = digits[--d];
    return n;
}

/* s written at at + n; the length after it. */
static size_t put_str(char *at, size_t n, const char *s, size_t sl)
{
    memcpy(at + n, s, sl);
    return n + sl;
}

/* <prefix>{<tenant>}, the head every key of the tenant starts with, at out;
 * its length. */
static size_t put_head(char *out, const char *prefix, size_t prefix_len, const char *tenant,
                       size_t tl)
{
    size_t n = put_str(out, 0, prefix, prefix_len);
    out[n++] = '{';
    n = put_str(out, n, tenant, tl);
    out[n++] = '}';
    return n;
}

char *dy_redis_ban_key(const char *prefix, size_t prefix_len, const char *tenant,
                       const char *limit, size_t *len)
{
    size_t tl = strlen(tenant), ll = strlen(limit);
    char *s = dy_malloc(prefix_len + tl + ll + 6);
    if (!s)
        return NULL;
    size_t n = put_str(s, put_head(s, prefix, prefix_len, tenant, tl), ":b:", 3);
    n = put_str(s, n, limit, ll);
    s[n] = '\0';
    *len = n;
    return s;
}

char *dy_redis_ban_index_key(const char *prefix, size_t prefix_len, size_t *len)
{
    static const char tail[] = "{bans}:until";
    char *s = dy_malloc(prefix_len + sizeof tail);
    if (!s)
        return NULL;
    size_t n = put_str(s, put_str(s, 0, prefix, prefix_len), tail, sizeof tail - 1);
    s[n] = '\0';
    if (len)
        *len = n;
    return s;
}

int dy_redis_keys_build(dy_redis_keys *k, const char *prefix, size_t prefix_len,
                        const dy_rate_step *st)
{
    const char *tenant = st->key, *limit = st->limit, *quota = st->quota;
    size_t extra = st->nrates > 1 ? st->nrates - 1 : 0;
    size_t tl = strlen(tenant), need = prefix_len + tl + strlen(limit) + strlen(quota) + 96;
    /* one slot of `need` bytes per key: the TATs, the quota's, the ban's */
    size_t nkeys = 3 + extra;
    k->heap = NULL;
    char *buf = k->stack;
    if (need * nkeys > sizeof k->stack && !(buf = k->heap = dy_malloc(nkeys * need)))
        return -1;
    char *head = buf, *q = buf + need, *ban = buf + 2 * need;
    size_t hl = put_head(head, prefix, prefix_len, tenant, tl);
    memcpy(q, head, hl);
    memcpy(ban, head, hl);
    /* written by hand, not snprintf: this runs for every decision */
    size_t ll = strlen(limit);
    k->quota = q;
    k->quota_len = put_str(q, put_str(q, hl, ":q:", 3), quota, strlen(quota));
    k->ban = ban;
    k->ban_len = put_str(ban, put_str(ban, hl, ":b:", 3), limit, ll);
    q[k->quota_len] = ban[k->ban_len] = '\0';
    /* The first rate's TAT key is written over the shared head; the extra
     * rates' keys carry their period too (two rates of a limit may share an
     * interval and a burst). */
    k->ntat = 1 + extra;
    for (size_t j = 0; j < extra; j++) {
        const dy_rate_desc *r = &st->rates[1 + j];
        char *kj = buf + (3 + j) * need;
        memcpy(kj, head, hl);
        k->tat[1 + j] = kj;
        size_t n = put_str(kj, put_str(kj, hl, ":r:", 3), limit, ll);
        kj[n++] = ':';
        n += dy_redis_put_int(kj + n, r->emission_ns);
        kj[n++] = ':';
        n += dy_redis_put_int(kj + n, r->burst);
        kj[n++] = ':';
        n += dy_redis_put_int(kj + n, r->rate_period_ns / NS_PER_SEC);
        kj[n] = '\0';
        k->tat_len[1 + j] = n;
    }
    k->tat[0] = head;
    size_t n = put_str(head, put_str(head, hl, ":r:", 3), limit, ll);
    head[n++] = ':';
    n += dy_redis_put_int(head + n, st->emission_ns);
    head[n++] = ':';
    n += dy_redis_put_int(head + n, st->burst);
    head[n] = '\0';
    k->tat_len[0] = n;
    return 0;
}

void dy_redis_keys_release(dy_redis_keys *k)
{
    dy_free(k->heap);
    k->heap = NULL;
}

/* The script's period argument (redis_script.c): "d" or "m" for a calendar
 * period the script tells by its clock, or "p<reset>:<suffix>" for one the
 * limiter told; the suffix names the period by its first day, so a new
 * period (or another anchor) counts from 0. */
void dy_redis_period_arg(char *out, size_t size, const dy_rate_step *st)
{
    if (st->period_start <= 0) { /* most decisions: no snprintf */
        if (size >= 2) {
            out[0] = st->quota_day ? 'd' : 'm';
            out[1] = '\0';
        }
        return;
    }
    int64_t y;
    unsigned m, d;
    dy_civil_from_days(st->period_start / 86400, &y, &m, &d);
    if (st->quota_anchored)
        snprintf(out, size, "p%lld:a%04lld%02u%02u", (long long)st->period_reset, (long long)y,
                 m, d);
    else if (st->quota_day)
        snprintf(out, size, "p%lld:%04lld%02u%02u", (long long)st->period_reset, (long long)y,
                 m, d);
    else
        snprintf(out, size, "p%lld:%04lld%02u", (long long)st->period_reset, (long long)y, m);
}
