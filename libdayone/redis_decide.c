/* redis_decide.c - the rate step (and the unknown-usage quota counter) in
 * Redis: keys and arguments of the decision script, one round trip per
 * batch (a single decision: one EVALSHA; several: batch script calls of up
 * to DY_REDIS_BATCH_MAX decisions each, redis_batch.h) waiting no longer
 * than the command timeout in all, NOSCRIPT recovery, and each step's
 * fallback when Redis cannot answer. */
#include "redis_decide.h"
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "clock.h"
#include "gcra.h"
#include "outcome.h"
#include "redis_batch.h"
#include "redis_keys.h"
#include "redis_reply.h"
#include "redis_script.h"

#define NS_PER_SEC INT64_C(1000000000)
#define FAIL_CLOSED_RETRY_NS NS_PER_SEC

/* One step on its way, and whether Redis answered it. */
typedef struct qent {
    dy_rate_step *st;
    uint64_t near_hash;
    int state;              /* Q_PENDING, Q_SENT (in a batch call), Q_DONE, Q_FAILED */
} qent;
enum { Q_PENDING, Q_SENT, Q_DONE, Q_FAILED };

/* Most arguments of one EVALSHA: command, sha, numkeys, the keys (one per
 * rate, the quota's and the ban's), ten values, then the extra rates'
 * count and four values each (redis_script.c). */
#define ARGS_MAX (3 + 2 + DAYONE_LIMIT_RATES_MAX + 10 + 1 + 4 * (DAYONE_LIMIT_RATES_MAX - 1))

/* The key count of a limit of n rates, 3 + (n - 1): written once. */
static const char *const numkeys[DAYONE_LIMIT_RATES_MAX] = {"3", "4", "5", "6"};
_Static_assert(DAYONE_LIMIT_RATES_MAX == 4, "one key count per number of rates");

/* The values of one decision, written side by side in one buffer. */
typedef struct argvals {
    char text[(10 + 1 + 4 * (DAYONE_LIMIT_RATES_MAX - 1)) * 21 + 32];
    size_t used;
} argvals;

static void add_int(argvals *av, const char **argv, size_t *lens, int *argc, int64_t v)
{
    char *at = av->text + av->used;
    size_t n = dy_redis_put_int(at, v);
    av->used += n;
    argv[*argc] = at;
    lens[(*argc)++] = n;
}

/* Append one EVALSHA for st to the connection's output buffer (by_text:
 * an EVAL of the script's text), or with bt its keys and values to a batch
 * call. */
static int append(dy_redis *b, redisContext *c, dy_redis_batch *bt, const dy_rate_step *st,
                  int by_text)
{
    size_t extra = st->nrates > 1 ? st->nrates - 1 : 0;
    dy_redis_keys keys;
    if (dy_redis_keys_build(&keys, b->prefix, b->prefix_len, st) != 0)
        return -1;
    /* KEYS: the first rate's TAT, the quota's, the extra rates' TATs, the ban's */
    const char *argv[ARGS_MAX] = {"EVALSHA", b->pool.sha, numkeys[extra], keys.tat[0],
                                  keys.quota};
    size_t lens[ARGS_MAX] = {7, 40, 1, keys.tat_len[0], keys.quota_len};
    if (by_text) {
        argv[0] = "EVAL";
        lens[0] = 4;
        argv[1] = dy_redis_script;
        lens[1] = strlen(dy_redis_script);
    }
    int argc = 5;
    for (size_t j = 1; j <= extra; j++) {
        argv[argc] = keys.tat[j];
        lens[argc++] = keys.tat_len[j];
    }
    argv[argc] = keys.ban; /* the ban key, after every TAT key */
    lens[argc++] = keys.ban_len;
    argvals av;
    av.used = 0;
    int64_t inc = dy_gcra_sat_mul(st->emission_ns, st->cost);
    add_int(&av, argv, lens, &argc, st->tolerance_ns / NS_PER_SEC);
    add_int(&av, argv, lens, &argc, st->tolerance_ns % NS_PER_SEC);
    add_int(&av, argv, lens, &argc, inc / NS_PER_SEC);
    add_int(&av, argv, lens, &argc, inc % NS_PER_SEC);
    add_int(&av, argv, lens, &argc, st->count_quota ? st->quota_amount : -1);
    add_int(&av, argv, lens, &argc, st->cost);
    add_int(&av, argv, lens, &argc, st->strict);
    if (b->client_clock && st->now_ns > 0) {
        add_int(&av, argv, lens, &argc, st->now_ns / NS_PER_SEC);
        add_int(&av, argv, lens, &argc, st->now_ns % NS_PER_SEC);
    } else {
        argv[argc] = "";
        lens[argc++] = 0;
        argv[argc] = "";
        lens[argc++] = 0;
    }
    char *period = av.text + av.used;
    dy_redis_period_arg(period, 32, st);
    argv[argc] = period;
    lens[argc++] = strlen(period);
    av.used += lens[argc - 1] + 1;
    if (extra) {
        add_int(&av, argv, lens, &argc, (int64_t)extra);
        for (size_t j = 0; j < extra; j++) {
            const dy_rate_desc *r = &st->rates[1 + j];
            int64_t rinc = dy_gcra_sat_mul(r->emission_ns, st->cost);
            add_int(&av, argv, lens, &argc, r->tolerance_ns / NS_PER_SEC);
            add_int(&av, argv, lens, &argc, r->tolerance_ns % NS_PER_SEC);
            add_int(&av, argv, lens, &argc, rinc / NS_PER_SEC);
            add_int(&av, argv, lens, &argc, rinc % NS_PER_SEC);
        }
    }
    int rc = bt ? dy_redis_batch_add(bt, 3 + extra, (size_t)argc - 3, argv + 3, lens + 3)
                : redisAppendCommandArgv(c, argc, argv, lens);
    dy_redis_keys_release(&keys);
    return rc == 0 ? 0 : -1;
}

static int is_noscript(const redisReply *r)
{
    return r && r->type == REDIS_REPLY_ERROR && r->str && strncmp(r->str, "NOSCRIPT", 8) == 0;
}

/* A lean batch call that met the ban index (redis_batch.h): 1, and the
 * full form until the index's PTTL has passed (at least a second when it
 * tells none); else 0. */
static int met_bans(dy_redis *b, const redisReply *r)
{
    static const char tag[] = "DAYONE_BANS ";
    if (!r || r->type != REDIS_REPLY_ERROR || !r->str || strncmp(r->str, tag, sizeof tag - 1) != 0)
        return 0;
    long long ms = strtoll(r->str + sizeof tag - 1, NULL, 10);
    if (ms < 1000 || ms > 86400000LL * 366)
        ms = ms < 1000 ? 1000 : 86400000LL * 366;
    atomic_store(&b->bans_until, dy_monotonic_ns() + (int64_t)ms * 1000000);
    return 1;
}

/* A decoded reply for e (decoded = 0; -1: none) into a decision, or
 * Q_FAILED for a reply that is not one. */
static void take_decoded(dy_redis *b, qent *e, int decoded, const dy_redis_reply *r)
{
    /* A limit of several rates gets each rate back, but for a quota denial
     * (no rate was stepped). */
    if (decoded != 0 ||
        ((size_t)r->nrates != e->st->nrates && !(r->code == DY_RS_DENY_QUOTA && r->nrates == 0))) {
        dy_redis_count_error(&b->pool);
        e->state = Q_FAILED;
        return;
    }
    dy_redis_reply_to_decision(r, e->st);
    e->state = Q_DONE;
    if (b->use_near && e->st->nrates == 0 && e->st->d->outcome == DAYONE_DENY_RATE &&
        r->a_ns > 0)
        dy_redis_near_remember(&b->near, e->near_hash, e->st, dy_monotonic_ns());
}

static void take_reply(dy_redis *b, qent *e, const redisReply *rep)
{
    dy_redis_reply r;
    int rc = dy_redis_reply_decode(rep, &r);
    take_decoded(b, e, rc, &r);
}

/* NOSCRIPT (a restarted or flushed server) is answered by sending the
 * unanswered entries again at once, the first as an EVAL of the script's
 * text: Redis runs it and caches it in that one round trip (the commands
 * after it find it by its SHA), where SCRIPT LOAD and EVALSHA took two.
 * Both attempts share the round trip's deadline. */
enum { BY_SHA, BY_TEXT };

/* Send the pending entries of q[0..n) in one pipeline and read the replies,
 * all by the command timeout's deadline; NOSCRIPT sends those entries
 * again once, by the script's text. Entries left without an answer become
 * Q_FAILED. */
static void round_trip(dy_redis *b, qent *q, size_t n)
{
    int64_t until = dy_redis_deadline(&b->pool);
    dy_redis_conn *k = dy_redis_acquire_by(&b->pool, &until);
    int broken = 0;
    if (!k)
        goto failed;
    for (int attempt = BY_SHA; attempt <= BY_TEXT; attempt++) {
        size_t sent = 0;
        for (size_t i = 0; i < n; i++)
            if (q[i].state == Q_PENDING) {
                if (append(b, k->c, NULL, q[i].st, attempt == BY_TEXT && sent == 0) != 0) {
                    broken = 1;
                    break;
                }
                sent++;
            }
        if (broken || sent == 0)
            break;
        atomic_fetch_add(&b->round_trips, 1);
        if (attempt == BY_TEXT)
            atomic_fetch_add(&b->pool.script_loads, 1);
        int64_t sent_at = dy_monotonic_ns();
        if (dy_redis_send_and_poll(&b->pool, k, until) != 0) {
            broken = dy_redis_failure(&b->pool, sent_at, until);
            break;
        }
        int noscript = 0;
        for (size_t i = 0; i < n && !broken; i++) {
            if (q[i].state != Q_PENDING)
                continue;
            void *rv = NULL;
            if (dy_redis_read_by(k, until, &rv) != 0) {
                broken = dy_redis_failure(&b->pool, sent_at, until);
                break;
            }
            redisReply *rep = rv;
            if (is_noscript(rep))
                noscript = 1; /* stays pending for the retry */
            else
                take_reply(b, &q[i], rep);
            freeReplyObject(rep);
        }
        if (broken || !noscript)
            break;
        if (attempt == BY_TEXT) /* not cached even by EVAL: a server that is no Redis */
            dy_redis_count_error(&b->pool);
    }
    dy_redis_release(&b->pool, k, broken);
failed:
    for (size_t i = 0; i < n; i++)
        if (q[i].state == Q_PENDING)
            q[i].state = Q_FAILED;
}

/* Append batch calls for the pending entries of q[0..n), at most
 * DY_REDIS_BATCH_MAX decisions each, marking them Q_SENT; by_text: the
 * first call by the batch script's text. The number of calls, or -1 when
 * one could not be written (or written by `until`). */
static long send_batches(dy_redis *b, dy_redis_conn *k, dy_redis_batch *bt, qent *q, size_t n,
                         int by_text, int lean, int64_t until)
{
    redisContext *c = k->c;
    long calls = 0;
    bt->lean_index = lean ? b->ban_index : NULL;
    bt->lean_index_len = lean ? b->ban_index_len : 0;
    for (size_t i = 0; i < n; i++) {
        if (q[i].state != Q_PENDING)
            continue;
        if (append(b, NULL, bt, q[i].st, 0) != 0)
            return -1;
        q[i].state = Q_SENT;
        if (bt->decisions == DY_REDIS_BATCH_MAX) {
            /* On the wire at once: the server decides this call while the
             * next is built. */
            if (dy_redis_batch_send(bt, c, by_text && calls == 0 ? NULL : b->batch_sha) != 0 ||
                dy_redis_flush_by(k, until) != 0)
                return -1;
            calls++;
        }
    }
    if (bt->decisions) {
        if (dy_redis_batch_send(bt, c, by_text && calls == 0 ? NULL : b->batch_sha) != 0)
            return -1;
        calls++;
    }
    return calls;
}

/* What a batch call's reply asks of the next attempt. */
enum { AGAIN_BY_TEXT = 1, AGAIN_FULL = 2 };

/* One batch call's reply for the next `count` Q_SENT entries from *at:
 * each answered by its entry (redis_batch.h); NOSCRIPT leaves them pending
 * for a retry (returns AGAIN_BY_TEXT), and so does a lean call that met
 * the ban index (AGAIN_FULL); any other reply that is not one entry per
 * decision fails them all. */
static int take_batch_reply(dy_redis *b, qent *q, size_t *at, size_t count,
                            const redisReply *rep)
{
    size_t offs[DY_REDIS_BATCH_MAX];
    int again = is_noscript(rep) ? AGAIN_BY_TEXT : met_bans(b, rep) ? AGAIN_FULL : 0;
    int whole = !again && count <= DY_REDIS_BATCH_MAX &&
                dy_redis_batch_reply_split(rep, count, offs) == 0;
    if (!again && !whole)
        dy_redis_count_error(&b->pool);
    for (size_t j = 0; j < count; (*at)++) {
        qent *e = &q[*at];
        if (e->state != Q_SENT)
            continue;
        if (again) {
            e->state = Q_PENDING;
        } else if (whole) {
            dy_redis_reply r;
            int rc = dy_redis_batch_reply_decode(rep, offs[j], &r);
            take_decoded(b, e, rc, &r);
        } else {
            e->state = Q_FAILED;
        }
        j++;
    }
    return again;
}

/* Several decisions: batch calls in one pipeline, then their replies; as
 * round_trip() otherwise (one deadline; NOSCRIPT sends the unanswered
 * again once, by the batch script's text; entries left without an answer
 * become Q_FAILED). */
static void round_trip_batched(dy_redis *b, qent *q, size_t n)
{
    dy_redis_batch bt = DY_REDIS_BATCH_INIT;
    int64_t until = dy_redis_deadline(&b->pool);
    dy_redis_conn *k = dy_redis_acquire_by(&b->pool, &until);
    int broken = 0;
    if (!k)
        goto failed;
    /* Lean unless a call met a ban lately; at most: lean by SHA, then
     * (NOSCRIPT) lean by text, then (a ban met) full: three attempts. */
    int by_text = 0, lean = dy_monotonic_ns() >= atomic_load(&b->bans_until);
    for (int attempt = 0; attempt < 3; attempt++) {
        int64_t sent_at = dy_monotonic_ns();
        long calls = send_batches(b, k, &bt, q, n, by_text, lean, until);
        if (calls <= 0) {
            broken = calls < 0 ? dy_redis_failure(&b->pool, sent_at, until) : DY_REDIS_WHOLE;
            break;
        }
        atomic_fetch_add(&b->round_trips, 1);
        if (by_text)
            atomic_fetch_add(&b->pool.script_loads, 1);
        if (dy_redis_send_and_poll(&b->pool, k, until) != 0) {
            broken = dy_redis_failure(&b->pool, sent_at, until);
            break;
        }
        size_t sent = 0, at = 0;
        for (size_t i = 0; i < n; i++)
            sent += q[i].state == Q_SENT;
        int again = 0;
        for (long call = 0; call < calls; call++) {
            void *rv = NULL;
            if (dy_redis_read_by(k, until, &rv) != 0) {
                broken = dy_redis_failure(&b->pool, sent_at, until);
                break;
            }
            size_t count = sent < DY_REDIS_BATCH_MAX ? sent : DY_REDIS_BATCH_MAX;
            again |= take_batch_reply(b, q, &at, count, rv);
            sent -= count;
            freeReplyObject(rv);
        }
        if (broken || !again)
            break;
        if ((again & AGAIN_BY_TEXT) && by_text) {
            /* not cached even by EVAL: a server that is no Redis */
            dy_redis_count_error(&b->pool);
            break;
        }
        if (again & AGAIN_BY_TEXT)
            by_text = 1;
        if (again & AGAIN_FULL)
            lean = 0;
    }
    dy_redis_release(&b->pool, k, broken);
failed:
    dy_redis_batch_free(&bt);
    for (size_t i = 0; i < n; i++)
        if (q[i].state == Q_PENDING || q[i].state == Q_SENT)
            q[i].state = Q_FAILED;
}

/* Redis could not answer: the step's fallback. */
static void fall_back(dy_redis *b, dy_rate_step *st)
{
    dayone_decision *d = st->d;
    switch (st->fallback) {
    case DY_FALLBACK_OPEN:
        atomic_fetch_add(&b->fb_open, 1);
        d->retry_after_ns = 0;
        d->remaining = 0;
        if (st->quota_applies)
            d->quota_remaining = st->overage ? 0 : st->quota_amount - st->usage - st->cost;
        dy_decision_outcome(d, DAYONE_ALLOW, "backend unavailable: fail open");
        st->decided = 1;
        return;
    case DY_FALLBACK_CLOSED:
        atomic_fetch_add(&b->fb_closed, 1);
        d->retry_after_ns = FAIL_CLOSED_RETRY_NS;
        d->reset_after_ns = FAIL_CLOSED_RETRY_NS;
        d->remaining = 0;
        if (st->quota_applies)
            d->quota_remaining = st->usage < st->quota_amount ? st->quota_amount - st->usage : 0;
        dy_decision_outcome(d, DAYONE_DENY_RATE, "backend unavailable");
        st->decided = 1;
        return;
    case DY_FALLBACK_LOCAL:
        atomic_fetch_add(&b->fb_local, 1);
        st->decided = 0;
        return;
    }
}

/* Steps at a time when a batch's queue cannot be allocated. */
#define QUEUE_ON_STACK 32

static void decide_chunk(dy_redis *b, dy_rate_step *steps, size_t n, qent *q)
{
    size_t pending = 0;
    int64_t now = b->use_near ? dy_monotonic_ns() : 0;
    for (size_t i = 0; i < n; i++) {
        dy_rate_step *st = &steps[i];
        qent *e = &q[pending];
        e->st = st;
        e->state = Q_PENDING;
        e->near_hash = b->use_near ? dy_redis_near_hash(&b->near, st) : 0;
        /* The near cache remembers one rate's denial: a limit of several
         * always asks Redis. */
        if (b->use_near && st->nrates == 0 &&
            dy_redis_near_answer(&b->near, e->near_hash, st, now)) {
            atomic_fetch_add(&b->near_hits, 1);
            st->decided = 1;
            continue;
        }
        pending++;
    }
    if (pending > 1)
        round_trip_batched(b, q, pending);
    else if (pending)
        round_trip(b, q, pending);
    for (size_t i = 0; i < pending; i++) {
        if (q[i].state == Q_DONE)
            q[i].st->decided = 1;
        else
            fall_back(b, q[i].st);
    }
}

void dy_redis_decide(void *self, dy_rate_step *steps, size_t n)
{
    dy_redis *b = self;
    qent stackq[QUEUE_ON_STACK];
    qent *q = n <= QUEUE_ON_STACK ? stackq : dy_malloc(n * sizeof *q);
    if (q) {
        decide_chunk(b, steps, n, q);
        if (q != stackq)
            dy_free(q);
        return;
    }
    for (size_t i = 0; i < n; i += QUEUE_ON_STACK)
        decide_chunk(b, steps + i, n - i < QUEUE_ON_STACK ? n - i : QUEUE_ON_STACK, stackq);
}
