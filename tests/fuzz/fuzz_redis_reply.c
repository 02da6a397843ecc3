/* fuzz_redis_reply.c - hostile replies to the Redis decision script.
 *
 * The input is a step header (a flags byte, then emission interval, cost,
 * quota amount and usage as big-endian int64) followed by bytes a server
 * could send, in RESP. hiredis' own reader turns them into reply objects
 * (wrong types, nil elements, truncated or nested arrays, integers that
 * overflow) and each goes through dy_redis_reply_decode(); whatever it
 * accepts is turned into a decision, which must then be one the limiter
 * could have made: outcome, allowed and status from the outcome table, no
 * negative time but the documented -1, a reason, counters in range. Each
 * reply is also read as a batch call's flat reply (redis_batch.h).
 * Each reply also goes to the shared banlist's listing decoder, with room
 * for (flags & 7) bans: what it accepts must be bans a listing can show. */
#include <string.h>
#include <hiredis/read.h>
#include "dayone.h"
#include "fuzz.h"
#include "redis_reply.h"

#define HEADER 33

static int64_t be64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v = (v << 8) | p[i];
    return (int64_t)v;
}

/* A step the limiter could build: emission >= 1, cost 1..1e9, quota -1 or
 * more, usage -1 or more, flags consistent with them. */
static void make_step(const uint8_t *h, dy_rate_step *st, dayone_decision *d)
{
    memset(st, 0, sizeof *st);
    memset(d, 0, sizeof *d);
    uint8_t flags = h[0];
    st->key = "tenant";
    st->limit = "ingest";
    st->quota = "events";
    st->emission_ns = 1 + (int64_t)((uint64_t)be64(h + 1) % INT64_C(3600000000000));
    st->cost = 1 + (int64_t)((uint64_t)be64(h + 9) % INT64_C(1000000000));
    int64_t q = be64(h + 17), u = be64(h + 25);
    st->quota_amount = q < 0 ? -1 : q;
    st->usage = u < 0 ? -1 : u;
    st->strict = flags & 1;
    st->count_quota = st->quota_amount >= 0 && st->usage < 0 && (flags & 2);
    st->quota_applies = st->quota_amount >= 0 && st->usage >= 0 && (flags & 4);
    st->overage = st->quota_applies && (flags & 8) && !st->strict;
    st->burst = 1 + (flags >> 4);
    st->d = d;
    /* What the limiter fills before the rate step. */
    d->outcome = DAYONE_ALLOW;
    d->allowed = 1;
    d->status = 200;
    d->limit = st->burst;
    d->burst = st->burst;
    d->quota_remaining = -1;
}

static void check_decision(const dy_rate_step *st, const dy_redis_reply *r)
{
    const dayone_decision *d = st->d;
    FUZZ_ASSERT(r->code >= 0 && r->code <= 4);
    FUZZ_ASSERT(r->a_ns >= 0 && r->z_ns >= 0 && r->used >= -1);
    FUZZ_ASSERT(d->allowed == dayone_outcome_allowed(d->outcome));
    FUZZ_ASSERT(d->status == dayone_outcome_status(d->outcome));
    FUZZ_ASSERT(d->status != 0);
    FUZZ_ASSERT(d->outcome != DAYONE_DENY_PLAN);
    FUZZ_ASSERT(memchr(d->reason, '\0', sizeof d->reason) && d->reason[0]);
    FUZZ_ASSERT(d->remaining >= 0 && d->reset_after_ns >= 0);
    FUZZ_ASSERT(d->quota_remaining >= -1);
    if (d->allowed)
        FUZZ_ASSERT(d->retry_after_ns == 0);
    else if (d->outcome == DAYONE_DENY_QUOTA)
        FUZZ_ASSERT(d->retry_after_ns == -1);
    else
        FUZZ_ASSERT(d->retry_after_ns >= 0);
}

/* An array or string header above this many elements or bytes: hiredis
 * (0.14 has no reader limit) would allocate all of it up front, which is
 * hiredis' behaviour to bound, not the decoder's. Such inputs are skipped
 * (conservatively: any line that looks like such a header). */
#define RESP_COUNT_MAX 4096

static int announces_huge(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if ((p[i] != '*' && p[i] != '$') || (i > 0 && p[i - 1] != '\n'))
            continue;
        unsigned long long v = 0;
        for (size_t k = i + 1; k < n && p[k] >= '0' && p[k] <= '9'; k++)
            if ((v = v * 10 + (unsigned)(p[k] - '0')) > RESP_COUNT_MAX)
                return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < HEADER || announces_huge(data + HEADER, size - HEADER))
        return 0;
    redisReader *rd = redisReaderCreate();
    if (!rd)
        return 0;
    rd->maxbuf = 0;
    if (redisReaderFeed(rd, (const char *)data + HEADER, size - HEADER) != REDIS_OK) {
        redisReaderFree(rd);
        return 0;
    }
    for (int n = 0; n < 64; n++) { /* every whole reply in the input */
        void *rv = NULL;
        if (redisReaderGetReply(rd, &rv) != REDIS_OK || !rv)
            break; /* a protocol error or a truncated reply: nothing to decode */
        dy_rate_step st;
        dayone_decision d;
        make_step(data, &st, &d);
        dy_redis_reply r;
        int rc = dy_redis_reply_decode(rv, &r);
        FUZZ_ASSERT(rc == 0 || rc == -1);
        if (rc == 0) {
            /* A reply for a limit of several rates answers a step that has
             * them (redis_decide.c refuses any other pairing). */
            static const dy_rate_desc rates[DAYONE_LIMIT_RATES_MAX] = {
                {10, 1000000000, 5, 100000000, 500000000},
                {600, 60000000000, 20, 100000000, 2000000000},
                {1000, 3600000000000, 50, 3600000000, 180000000000},
                {1, 86400000000000, 1, 86400000000000, 86400000000000}};
            if (r.nrates > 0) {
                st.rates = rates;
                st.nrates = (size_t)r.nrates;
            }
            dy_redis_reply_to_decision(&r, &st);
            check_decision(&st, &r);
        }
        /* As a batch call's flat reply for 1..8 decisions: every entry
         * the framing accepts decodes or fails alone, never past the
         * array. */
        size_t offs[8], entries = 1 + ((size_t)data[0] >> 5);
        if (dy_redis_batch_reply_split(rv, entries, offs) == 0)
            for (size_t i = 0; i < entries; i++) {
                FUZZ_ASSERT(offs[i] < ((redisReply *)rv)->elements);
                dy_rate_step bst;
                dayone_decision bd;
                make_step(data, &bst, &bd);
                dy_redis_reply br;
                if (dy_redis_batch_reply_decode(rv, offs[i], &br) == 0 && br.nrates == 0) {
                    dy_redis_reply_to_decision(&br, &bst);
                    check_decision(&bst, &br);
                }
            }
        dayone_ban bans[7];
        size_t cap = data[0] & 7, count = 0;
        if (dy_redis_bans_reply_decode(rv, bans, cap, &count) == 0) {
            for (size_t i = 0; i < count && i < cap; i++) { /* every one filled */
                FUZZ_ASSERT(memchr(bans[i].key, '\0', sizeof bans[i].key));
                FUZZ_ASSERT(memchr(bans[i].limit, '\0', sizeof bans[i].limit));
                FUZZ_ASSERT(bans[i].remaining_ns > 0 && bans[i].bans >= 1);
            }
        }
        freeReplyObject(rv);
    }
    redisReaderFree(rd);
    return 0;
}
