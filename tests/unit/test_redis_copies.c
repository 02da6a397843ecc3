/* test_redis_copies.c - the one-rate GCRA step's written-out copies in the
 * Redis scripts, held equal on a real redis-server.
 *
 * The scripts carry the step more than once, for speed (redis_script.h,
 * redis_script.c): the single script's top level, decide()'s one-rate copy
 * and rates_fast, all on single doubles, beside the step on limbs
 * (rates_limbs), which is exact for every value. Each copy is reached by a
 * condition (DY_REDIS_LUA_IF_*); turning those off one after the other
 * gives four scripts that decide the same call by a different copy:
 *
 *   top level   the single script as it ships
 *   decide      its top level off: decide()'s one-rate copy
 *   rates_fast  decide()'s copy off too: rates_fast, as for several rates
 *   limbs       rates_fast off too: every decision on limbs
 *
 * and the batch script twice: as it ships, where a call of one value set
 * of one rate without a quota counter, whose keys are all absent, runs the
 * fresh-key loop (the step written out in the batch script itself), and
 * with that loop off (decide()'s copy with the batch's tables of known
 * values). Seeded random rounds - new and existing keys,
 * TATs at and around 2^52 and 2^53 ns from now, increments over the burst,
 * quotas strict and soft, bans, stored text that is no number - run on all
 * six, each in a database of its own, and every reply, every key's value
 * and every key's expiry must equal the limbs'. Changing one copy makes it
 * differ (the rounds include the exact boundaries a comparison decides).
 *
 * Each round's commands are sent between two TIMEs: a key's expiry is
 * compared as the PX it was given, which must lie in the same window for
 * every script. The request's clock is used throughout (Redis TIME would
 * make each script decide at another instant), always ahead of the real
 * time, so quota counters expire at their period's end in every script.
 * Without redis-server the suite FAILS, naming the package to install. */
#include "testutil.h"
#include <hiredis/hiredis.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "redis_batch.h"
#include "redis_conn.h"
#include "redis_script.h"
#include "redis_server.h"

/* ---- a private redis-server ------------------------------------------------ */

static test_redis_server g_srv;

static redisContext *connect_db(int db)
{
    struct timeval tv = {5, 0};
    redisContext *c = redisConnectUnixWithTimeout(g_srv.sock, tv);
    /* hiredis bounds only the connect by that timeout: replies too */
    if (c && !c->err)
        assert_int_equal(redisSetTimeout(c, tv), REDIS_OK);
    if (c && !c->err && db > 0) {
        redisReply *r = redisCommand(c, "SELECT %d", db);
        assert_non_null(r);
        assert_int_equal(r->type, REDIS_REPLY_STATUS);
        freeReplyObject(r);
    }
    return c;
}

static int setup(void **state)
{
    (void)state;
    test_redis_server_start(&g_srv, NULL);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    test_redis_server_remove(&g_srv);
    return 0;
}

/* ---- the scripts ------------------------------------------------------------ */

/* The batch's variants run in the full form (every ban key) and in the
 * lean form (no ban keys, the ban index sent instead: redis_batch.h) for
 * every round without a ban; a round with one is sent in full. */
enum { V_TOP, V_DECIDE, V_FAST, V_LIMBS, V_BATCH, V_BATCH_DECIDE, V_BATCH_LEAN,
       V_BATCH_DECIDE_LEAN, NVARIANTS };
static const char *const variant_name[NVARIANTS] = {
    "the top level", "decide()'s one-rate copy", "rates_fast", "the limbs",
    "the batch (fresh-key loop)", "the batch, its loop off", "the lean batch (loop)",
    "the lean batch, loop off"};

static int is_batch(int v)
{
    return v >= V_BATCH;
}

static int is_lean(int v)
{
    return v == V_BATCH_LEAN || v == V_BATCH_DECIDE_LEAN;
}

/* text with its one `from` replaced by `to` (a new string); fails when
 * `from` is not there exactly once - the script changed under the test */
static char *replace_once(char *text, const char *from, const char *to)
{
    char *at = strstr(text, from);
    if (!at || strstr(at + 1, from))
        fail_msg("the script holds \"%s\" %s: update DY_REDIS_LUA_IF_* "
                 "(redis_script.h)", from, at ? "more than once" : "nowhere");
    size_t head = (size_t)(at - text), nf = strlen(from), nt = strlen(to);
    size_t tail = strlen(at + nf);
    char *out = malloc(head + nt + tail + 1);
    assert_non_null(out);
    memcpy(out, text, head);
    memcpy(out + head, to, nt);
    memcpy(out + head + nt, at + nf, tail + 1);
    free(text);
    return out;
}

/* The single script with the first `off` copies' conditions false. */
static char *script_with_copies_off(int off)
{
    static const char *const guard[3][2] = {
        {DY_REDIS_LUA_IF_TOP_LEVEL, "if false then\n"},
        {DY_REDIS_LUA_IF_ONE_RATE, "if false then\n"},
        {DY_REDIS_LUA_IF_RATES_FAST, "elseif false then"},
    };
    char *text = strdup(dy_redis_script);
    assert_non_null(text);
    for (int i = 0; i < off; i++)
        text = replace_once(text, guard[i][0], guard[i][1]);
    return text;
}

/* The batch script with its fresh-key loop off. */
static char *batch_with_fresh_loop_off(void)
{
    char *text = strdup(dy_redis_batch_script);
    assert_non_null(text);
    return replace_once(text, DY_REDIS_LUA_IF_FRESH_LOOP, "if false then\n");
}

static void script_load(redisContext *c, const char *text, char sha[41])
{
    redisReply *r = redisCommand(c, "SCRIPT LOAD %s", text);
    assert_non_null(r);
    if (r->type != REDIS_REPLY_STRING || r->len != 40)
        fail_msg("SCRIPT LOAD failed: %s", r->type == REDIS_REPLY_ERROR ? r->str : "bad reply");
    memcpy(sha, r->str, 41);
    freeReplyObject(r);
}

/* ---- rounds ----------------------------------------------------------------- */

#define P52 (INT64_C(1) << 52)
#define P53 (INT64_C(1) << 53)
#define SEC INT64_C(1000000000)
enum { MAX_RATES = 3, MAX_DECISIONS = 6, MAX_VALUES = 10 + 1 + 4 * (MAX_RATES - 1),
       MAX_KEYS = 2 + MAX_RATES, MAX_REPLY = 11 + 5 * (MAX_RATES - 1) };

typedef struct round_case {
    int m;                            /* rates after the first */
    int64_t tol[MAX_RATES], inc[MAX_RATES];
    int64_t amount, cost;             /* amount -1: no quota */
    int strict, ban, k;               /* k decisions */
    char period[48];
    const char *tat[MAX_RATES];       /* the TAT keys' text before the round, or NULL */
    char tat_text[MAX_RATES][32];
    int64_t now[MAX_DECISIONS];
    int tenant[MAX_DECISIONS];        /* decision i's first TAT key: t<tenant>; 0 with several rates */
} round_case;

typedef struct reply {
    int error;                        /* the script failed: text holds why */
    char text[96];
    size_t n;
    long long v[MAX_REPLY];
} reply;

static uint64_t g_rng;

static uint64_t rnd(void)
{
    g_rng += 0x9e3779b97f4a7c15u; /* splitmix64 */
    uint64_t z = g_rng;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static int64_t below(int64_t n) /* 0 .. n-1 */
{
    return n > 0 ? (int64_t)(rnd() % (uint64_t)n) : 0;
}

/* A rate: mostly small, else the edges of the doubles' range. */
static void pick_rate(int64_t *tol, int64_t *inc)
{
    int64_t r = below(20);
    if (r < 9) { /* small: a burst of 1..8 */
        *inc = (1 + below(1000)) * 1000000 + below(2);
        *tol = *inc * below(8) + below(*inc);
    } else if (r < 12) { /* an increment over the burst: always refused */
        *inc = (1 + below(1000)) * 1000000;
        *tol = below(*inc);
    } else if (r < 14) { /* the tolerance just below 2^52 */
        *tol = P52 - 1 - below(1000);
        *inc = *tol / (1 + below(4)) | 1;
    } else if (r < 16) { /* just above: the limbs */
        *tol = P52 + below(1000);
        *inc = SEC * (1 + below(100000));
    } else if (r < 18) { /* over 2^53, odd: no double holds it */
        *tol = P53 + 1 + 2 * below(1000000);
        *inc = *tol / 7 | 1;
    } else { /* the increment at 2^52 */
        *inc = P52 - below(2);
        *tol = *inc + below(3) - 1;
    }
}

static void tat_text_at(char *out, size_t size, int64_t t)
{
    snprintf(out, size, "%" PRId64 "%09" PRId64, t / SEC, t % SEC);
}

static void pick_round(round_case *rc, int64_t real_ns)
{
    memset(rc, 0, sizeof *rc);
    rc->m = below(4) == 0 ? 1 + (int)below(MAX_RATES - 1) : 0;
    for (int j = 0; j <= rc->m; j++)
        pick_rate(&rc->tol[j], &rc->inc[j]);
    rc->amount = below(2) ? -1 : below(6);
    rc->cost = 1 + below(3);
    rc->strict = (int)below(2);
    rc->ban = below(25) == 0;
    rc->k = 1 + (int)below(MAX_DECISIONS);
    /* ahead of the real time (never behind: quota expiries stay at their
     * period's end), with odd nanoseconds */
    int64_t now = real_ns + below(10 * 86400) * SEC + below(SEC);
    static const char *const kinds[3] = {"m", "d", "p"};
    const char *kind = kinds[below(3)];
    if (*kind == 'p')
        snprintf(rc->period, sizeof rc->period, "p%" PRId64 ":a%d", now / SEC + P52 / SEC +
                 86400 * (1 + below(40)), (int)below(100));
    else
        snprintf(rc->period, sizeof rc->period, "%s", kind);
    /* text a TAT key may hold that is no TAT of ours: refused, or read by
     * Lua's tonumber in every copy alike */
    static const char *const garbage[] = {"nan", "inf", "-inf", "x", "", "12a456789012",
                                          "nan000000001", "inf000000000", "1e3", "0x1",
                                          "1e3000000000", "123456789", "0123456789"};
    for (int j = 0; j <= rc->m; j++) {
        int64_t r = below(40), tol = rc->tol[j], inc = rc->inc[j], d;
        if (r < 12)
            continue; /* a new key */
        if (r <= 13) {
            rc->tat[j] = garbage[below(sizeof garbage / sizeof garbage[0])];
            continue;
        }
        /* the TAT at the boundaries each copy decides: before now, now, the
         * allowance reached exactly (a == 0) and by one ns either way, 2^52
         * and 2^53 ahead, and anywhere within the tolerance */
        const int64_t at[] = {-P53 - 1, -P52, -1, 0, 1, tol - inc, tol - inc + 1, tol - inc - 1,
                              P52 - 1, P52, P52 + 1, P53 + 1, below(tol + 1), below(tol + 1),
                              P52 - inc + below(3) - 1};
        d = at[below(sizeof at / sizeof at[0])];
        tat_text_at(rc->tat_text[j], sizeof rc->tat_text[j], now + d);
        rc->tat[j] = rc->tat_text[j];
    }
    for (int i = 0; i < rc->k; i++) {
        if (i > 0) {
            int64_t r = below(20), step;
            if (r < 5)
                step = 0;
            else if (r < 10)
                step = below(rc->inc[0] + 1);
            else if (r < 12)
                step = rc->inc[0];
            else if (r < 16)
                step = below(rc->tol[0] + 1);
            else if (r < 17)
                step = P52 + below(1000);
            else
                step = below(SEC);
            now += step;
        }
        rc->now[i] = now;
    }
    /* one round in five a call the batch's fresh-key loop takes: one value
     * set (every decision at one instant) of one rate without a quota
     * counter, on absent keys, of up to three tenants: a decision reads
     * the TAT the call wrote for its tenant, and reuses the TAT's and PX's
     * text formatted for another */
    if (below(5) == 0) {
        rc->m = 0;
        rc->amount = -1;
        rc->ban = 0;
        rc->tat[0] = NULL;
        for (int i = 0; i < rc->k; i++) {
            rc->now[i] = rc->now[0];
            rc->tenant[i] = (int)below(3);
        }
    }
}

/* Whether the batch script runs rc in its fresh-key loop. */
static int takes_fresh_loop(const round_case *rc)
{
    if (rc->m != 0 || rc->amount >= 0 || rc->ban || rc->tat[0])
        return 0;
    if (rc->tol[0] >= P52 || rc->inc[0] >= P52)
        return 0;
    for (int i = 1; i < rc->k; i++)
        if (rc->now[i] != rc->now[0])
            return 0;
    return 1;
}

/* Decision i's arguments: keys, then values (the single EVALSHA's). */
static size_t decision_args(const round_case *rc, int i, char buf[][40], const char **argv,
                            size_t *lens, size_t *nkeys)
{
    static const char *const tat_key[MAX_RATES] = {"t0", "t1", "t2"};
    size_t n = 0;
    argv[n++] = tat_key[rc->tenant[i]];
    argv[n++] = "q";
    for (int j = 1; j <= rc->m; j++)
        argv[n++] = tat_key[j];
    argv[n++] = "ban";
    *nkeys = n;
    int b = 0;
#define ARG_I64(v) (snprintf(buf[b], 40, "%" PRId64, (int64_t)(v)), argv[n++] = buf[b++])
    ARG_I64(rc->tol[0] / SEC);
    ARG_I64(rc->tol[0] % SEC);
    ARG_I64(rc->inc[0] / SEC);
    ARG_I64(rc->inc[0] % SEC);
    ARG_I64(rc->amount);
    ARG_I64(rc->cost);
    argv[n++] = rc->strict ? "1" : "0";
    ARG_I64(rc->now[i] / SEC);
    ARG_I64(rc->now[i] % SEC);
    argv[n++] = rc->period;
    if (rc->m > 0) {
        ARG_I64(rc->m);
        for (int j = 1; j <= rc->m; j++) {
            ARG_I64(rc->tol[j] / SEC);
            ARG_I64(rc->tol[j] % SEC);
            ARG_I64(rc->inc[j] / SEC);
            ARG_I64(rc->inc[j] % SEC);
        }
    }
#undef ARG_I64
    for (size_t a = 0; a < n; a++)
        lens[a] = strlen(argv[a]);
    return n;
}

static void reply_error(reply *out, const char *why)
{
    /* the same failure, told by EVALSHA ("... script: <sha>, on ...") or
     * by the batch ("ERR ..."): compared by its cause */
    if (strncmp(why, "ERR ", 4) == 0)
        why += 4;
    size_t n = strcspn(why, "\n");
    const char *script = strstr(why, " script: ");
    if (script && (size_t)(script - why) < n)
        n = (size_t)(script - why);
    if (n >= sizeof out->text)
        n = sizeof out->text - 1;
    out->error = 1;
    memcpy(out->text, why, n);
    out->text[n] = '\0';
}

/* A single EVALSHA's reply; with one rate, its first six integers
 * (rates_fast writes the first rate's five more, which no caller reads). */
static void reply_single(const redisReply *r, int m, reply *out)
{
    memset(out, 0, sizeof *out);
    if (r->type == REDIS_REPLY_ERROR) {
        reply_error(out, r->str);
        return;
    }
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    size_t n = r->elements;
    if (m == 0 && n > 6)
        n = 6;
    assert_true(n <= MAX_REPLY);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(r->element[i]->type, REDIS_REPLY_INTEGER);
        out->v[i] = r->element[i]->integer;
    }
    out->n = n;
}

/* The batch's flat reply (redis_batch.h) into k replies. */
static void reply_batch(const redisReply *r, int k, reply *out)
{
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    size_t at = 0;
    for (int i = 0; i < k; i++) {
        assert_true(at < r->elements);
        const redisReply *e = r->element[at++];
        memset(&out[i], 0, sizeof out[i]);
        if (e->type == REDIS_REPLY_ERROR) {
            reply_error(&out[i], e->str);
            continue;
        }
        assert_int_equal(e->type, REDIS_REPLY_INTEGER);
        if (e->integer == 0) { /* the decision before's reply */
            assert_true(i > 0 && !out[i - 1].error);
            out[i] = out[i - 1];
            continue;
        }
        size_t n = (size_t)e->integer;
        assert_true(n <= MAX_REPLY && at + n <= r->elements);
        for (size_t j = 0; j < n; j++) {
            assert_int_equal(r->element[at + j]->type, REDIS_REPLY_INTEGER);
            out[i].v[j] = r->element[at + j]->integer;
        }
        out[i].n = n;
        at += n;
    }
    assert_int_equal(at, r->elements);
}

/* TIME in whole ms, as the server counts an expiry's start */
static int64_t time_ms(const redisReply *r)
{
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    int64_t us = atoll(r->element[0]->str) * 1000000 + atoll(r->element[1]->str);
    return us / 1000;
}

/* What a database holds after a round: each key, its value and its expiry:
 * a quota counter's, set at its period's end (EXPIREAT), as it is; any
 * other's as the PX it was set with (PSETEX), a window between the
 * round's first and last TIME. */
typedef struct held {
    size_t n;
    char key[8][16], value[8][48];
    int64_t expiry_ms[8];       /* -1: none */
    int64_t px_lo[8], px_hi[8];
} held;

static void read_held(redisContext *c, int64_t before_ms, int64_t after_ms, held *h)
{
    memset(h, 0, sizeof *h);
    redisReply *r = redisCommand(c, "KEYS *");
    assert_non_null(r);
    assert_int_equal(r->type, REDIS_REPLY_ARRAY);
    assert_true(r->elements <= 8);
    for (size_t i = 0; i < r->elements; i++) { /* sorted: insertion */
        const char *k = r->element[i]->str;
        size_t at = h->n++;
        while (at > 0 && strcmp(h->key[at - 1], k) > 0) {
            memcpy(h->key[at], h->key[at - 1], sizeof h->key[at]);
            at--;
        }
        snprintf(h->key[at], sizeof h->key[at], "%s", k);
    }
    freeReplyObject(r);
    for (size_t i = 0; i < h->n; i++) {
        redisAppendCommand(c, "GET %s", h->key[i]);
        redisAppendCommand(c, "PEXPIRETIME %s", h->key[i]);
    }
    for (size_t i = 0; i < h->n; i++) {
        void *v = NULL, *x = NULL;
        assert_int_equal(redisGetReply(c, &v), REDIS_OK);
        assert_int_equal(redisGetReply(c, &x), REDIS_OK);
        redisReply *val = v, *exp = x;
        assert_int_equal(val->type, REDIS_REPLY_STRING);
        assert_int_equal(exp->type, REDIS_REPLY_INTEGER);
        snprintf(h->value[i], sizeof h->value[i], "%s", val->str);
        h->expiry_ms[i] = exp->integer;
        h->px_lo[i] = exp->integer < 0 ? -1 : exp->integer - after_ms;
        h->px_hi[i] = exp->integer < 0 ? -1 : exp->integer - before_ms;
        freeReplyObject(val);
        freeReplyObject(exp);
    }
}

/* Run the round on variant v (its database emptied first); replies into out
 * and what the database then holds into h. */
static void run_round(redisContext *c, int v, const char *sha, const round_case *rc,
                      reply *out, held *h)
{
    static const char *const tat_key[MAX_RATES] = {"t0", "t1", "t2"};
    redisAppendCommand(c, "FLUSHDB");
    redisAppendCommand(c, "TIME");
    int sets = 0;
    for (int j = 0; j <= rc->m; j++)
        if (rc->tat[j]) {
            redisAppendCommand(c, "SET %s %s", tat_key[j], rc->tat[j]);
            sets++;
        }
    if (rc->ban) {
        redisAppendCommand(c, "SET ban 1 PX 60000");
        sets++;
    }
    char buf[MAX_VALUES][40];
    const char *argv[3 + MAX_KEYS + MAX_VALUES];
    size_t lens[3 + MAX_KEYS + MAX_VALUES], nkeys;
    dy_redis_batch bt = DY_REDIS_BATCH_INIT;
    if (is_lean(v) && !rc->ban) {
        bt.lean_index = "bans:until"; /* FLUSHDB left it absent */
        bt.lean_index_len = 10;
    }
    for (int i = 0; i < rc->k; i++) {
        size_t n = decision_args(rc, i, buf, argv + 3, lens + 3, &nkeys);
        if (is_batch(v)) {
            assert_int_equal(dy_redis_batch_add(&bt, nkeys, n, argv + 3, lens + 3), 0);
            continue;
        }
        char nk[8];
        snprintf(nk, sizeof nk, "%zu", nkeys);
        argv[0] = "EVALSHA", argv[1] = sha, argv[2] = nk;
        lens[0] = 7, lens[1] = 40, lens[2] = strlen(nk);
        redisAppendCommandArgv(c, (int)n + 3, argv, lens);
    }
    if (is_batch(v))
        assert_int_equal(dy_redis_batch_send(&bt, c, sha), 0);
    dy_redis_batch_free(&bt);
    redisAppendCommand(c, "TIME");
    void *rv = NULL;
    assert_int_equal(redisGetReply(c, &rv), REDIS_OK); /* FLUSHDB */
    freeReplyObject(rv);
    assert_int_equal(redisGetReply(c, &rv), REDIS_OK);
    int64_t before_ms = time_ms(rv);
    freeReplyObject(rv);
    for (int i = 0; i < sets; i++) {
        assert_int_equal(redisGetReply(c, &rv), REDIS_OK);
        assert_int_equal(((redisReply *)rv)->type, REDIS_REPLY_STATUS);
        freeReplyObject(rv);
    }
    for (int i = 0; i < (is_batch(v) ? 1 : rc->k); i++) {
        assert_int_equal(redisGetReply(c, &rv), REDIS_OK);
        if (is_batch(v))
            reply_batch(rv, rc->k, out);
        else
            reply_single(rv, rc->m, &out[i]);
        freeReplyObject(rv);
    }
    assert_int_equal(redisGetReply(c, &rv), REDIS_OK);
    int64_t after_ms = time_ms(rv);
    freeReplyObject(rv);
    read_held(c, before_ms, after_ms, h);
}

static void print_round(int round, const round_case *rc)
{
    printf("round %d: %d rate(s)", round, rc->m + 1);
    for (int j = 0; j <= rc->m; j++)
        printf(" [tolerance %" PRId64 " ns, increment %" PRId64 " ns, TAT %s]", rc->tol[j],
               rc->inc[j], rc->tat[j] ? rc->tat[j] : "(none)");
    printf(", quota %" PRId64 " cost %" PRId64 " strict %d period %s ban %d, at", rc->amount,
           rc->cost, rc->strict, rc->period, rc->ban);
    for (int i = 0; i < rc->k; i++)
        printf(" %" PRId64, rc->now[i]);
    printf("\n");
}

static void print_reply(const char *who, const reply *r)
{
    printf("  %-26s", who);
    if (r->error)
        printf(" error \"%s\"", r->text);
    for (size_t i = 0; i < r->n; i++)
        printf(" %lld", r->v[i]);
    printf("\n");
}

/* r equal to the limbs' want; a ban's remaining time, read a moment later
 * or earlier, within 5 s */
static int same_reply(const reply *r, const reply *want)
{
    if (r->error != want->error || strcmp(r->text, want->text) != 0 || r->n != want->n)
        return 0;
    for (size_t i = 0; i < r->n; i++) {
        if (want->v[0] == DY_RS_BANNED && i == 1) {
            int64_t a = r->v[1] * 1000 + r->v[2] / 1000000;
            int64_t b = want->v[1] * 1000 + want->v[2] / 1000000;
            if (a - b > 5000 || b - a > 5000)
                return 0;
            i++;
            continue;
        }
        if (r->v[i] != want->v[i])
            return 0;
    }
    return 1;
}

static int same_held(const held *h, const held *want)
{
    if (h->n != want->n)
        return 0;
    for (size_t i = 0; i < h->n; i++) {
        if (strcmp(h->key[i], want->key[i]) != 0 || strcmp(h->value[i], want->value[i]) != 0)
            return 0;
        if ((h->expiry_ms[i] < 0) != (want->expiry_ms[i] < 0))
            return 0;
        if (h->expiry_ms[i] < 0)
            continue;
        if (h->key[i][0] == 'q') {
            if (h->expiry_ms[i] != want->expiry_ms[i])
                return 0;
        } else if (h->px_lo[i] > want->px_hi[i] || want->px_lo[i] > h->px_hi[i]) {
            return 0; /* the PX windows do not overlap */
        }
    }
    return 1;
}

static void print_held(const char *who, const held *h)
{
    printf("  %-26s", who);
    for (size_t i = 0; i < h->n; i++)
        printf(" %s=%s (expires %" PRId64 ", px %" PRId64 "..%" PRId64 ")", h->key[i],
               h->value[i], h->expiry_ms[i], h->px_lo[i], h->px_hi[i]);
    printf("\n");
}

static void test_copies_decide_alike(void **state)
{
    (void)state;
    enum { ROUNDS = 3000 };
    const uint64_t seed = 0x6a09e667f3bcc909u;
    g_rng = seed;
    redisContext *c[NVARIANTS];
    char sha[NVARIANTS][41];
    for (int v = 0; v < NVARIANTS; v++) {
        c[v] = connect_db(v);
        assert_non_null(c[v]);
        assert_int_equal(c[v]->err, 0);
    }
    for (int v = V_TOP; v <= V_LIMBS; v++) {
        char *text = script_with_copies_off(v);
        script_load(c[0], text, sha[v]);
        free(text);
    }
    dy_redis_pool pool;
    memset(&pool, 0, sizeof pool);
    char why[256];
    assert_int_equal(dy_redis_batch_load(&pool, c[0], sha[V_BATCH], why, sizeof why), 0);
    char *batch_off = batch_with_fresh_loop_off();
    script_load(c[0], batch_off, sha[V_BATCH_DECIDE]);
    free(batch_off);
    memcpy(sha[V_BATCH_LEAN], sha[V_BATCH], sizeof sha[0]);
    memcpy(sha[V_BATCH_DECIDE_LEAN], sha[V_BATCH_DECIDE], sizeof sha[0]);

    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t real_ns = (int64_t)ts.tv_sec * SEC + ts.tv_nsec + 60 * SEC;
    /* what the rounds reached, from the limbs' replies: each must occur */
    int allowed = 0, boundary = 0, refused = 0, quota = 0, over = 0, banned = 0, failed = 0;
    int far = 0, fresh = 0, several = 0, existing = 0, loop_rounds = 0, loop_allowed = 0;
    int loop_refused = 0;
    static reply rep[NVARIANTS][MAX_DECISIONS];
    static held hold[NVARIANTS];
    for (int round = 0; round < ROUNDS; round++) {
        round_case rc;
        pick_round(&rc, real_ns);
        for (int v = 0; v < NVARIANTS; v++)
            run_round(c[v], v, sha[v], &rc, rep[v], &hold[v]);
        for (int v = 0; v < NVARIANTS; v++) {
            if (v == V_LIMBS)
                continue;
            int d = -1;
            for (int i = 0; i < rc.k && d < 0; i++)
                if (!same_reply(&rep[v][i], &rep[V_LIMBS][i]))
                    d = i;
            if (d >= 0 || !same_held(&hold[v], &hold[V_LIMBS])) {
                printf("seed %#" PRIx64 "\n", seed);
                print_round(round, &rc);
                for (int i = 0; i < rc.k; i++) {
                    printf(" decision %d\n", i);
                    print_reply(variant_name[v], &rep[v][i]);
                    print_reply(variant_name[V_LIMBS], &rep[V_LIMBS][i]);
                }
                print_held(variant_name[v], &hold[v]);
                print_held(variant_name[V_LIMBS], &hold[V_LIMBS]);
                if (d >= 0)
                    fail_msg("round %d decision %d: %s replies otherwise than the limbs", round,
                             d, variant_name[v]);
                fail_msg("round %d: %s leaves other keys, values or expiries than the limbs",
                         round, variant_name[v]);
            }
        }
        several += rc.m > 0;
        loop_rounds += takes_fresh_loop(&rc);
        for (int i = 0; i < rc.k && takes_fresh_loop(&rc); i++) {
            loop_allowed += !rep[V_LIMBS][i].error && rep[V_LIMBS][i].v[0] <= DY_RS_OVERAGE;
            loop_refused += !rep[V_LIMBS][i].error && rep[V_LIMBS][i].v[0] == DY_RS_DENY_RATE;
        }
        for (int j = 0; j <= rc.m; j++) {
            fresh += rc.tat[j] == NULL;
            existing += rc.tat[j] != NULL;
        }
        for (int i = 0; i < rc.k; i++) {
            const reply *r = &rep[V_LIMBS][i];
            if (r->error) {
                failed++;
                continue;
            }
            int64_t a = r->v[1] * SEC + r->v[2], b = r->v[3] * SEC + r->v[4];
            allowed += r->v[0] <= DY_RS_OVERAGE;
            boundary += r->v[0] <= DY_RS_OVERAGE && a == 0;
            over += r->v[0] == DY_RS_OVERAGE;
            refused += r->v[0] == DY_RS_DENY_RATE;
            quota += r->v[0] == DY_RS_DENY_QUOTA;
            banned += r->v[0] == DY_RS_BANNED;
            far += r->v[0] <= DY_RS_DENY_RATE && b >= P52;
        }
    }
    printf("%d rounds: %d allowed (%d exactly at the allowance, %d over a soft quota), %d "
           "refused by a rate, %d by a quota, %d banned, %d failed; %d replies 2^52 ns or "
           "more ahead; %d TAT keys new, %d existing; %d rounds of several rates; %d rounds "
           "in the batch's fresh-key loop (%d decisions allowed, %d refused)\n",
           ROUNDS, allowed, boundary, over, refused, quota, banned, failed, far, fresh,
           existing, several, loop_rounds, loop_allowed, loop_refused);
    assert_true(allowed > 1000 && refused > 1000 && quota > 100 && over > 100 && banned > 40);
    assert_true(boundary > 20 && failed > 40 && far > 200 && fresh > 400 && existing > 400);
    assert_true(several > 200);
    assert_true(loop_rounds > 300 && loop_allowed > 500 && loop_refused > 300);
    for (int v = 0; v < NVARIANTS; v++)
        redisFree(c[v]);
}

/* text with every "rcall('PSETEX', " calling a function that fails for
 * the key t1 instead (a new string): a write refused after others were
 * made, which a real server does not give a fresh-key call */
static char *with_t1_writes_failing(const char *text)
{
    static const char head[] =
        "local function psetex_or_fail(k, t, v)\n"
        "  if k == 't1' then error({err = 'ERR injected'}) end\n"
        "  return redis.call('PSETEX', k, t, v)\n"
        "end\n";
    static const char from[] = "rcall('PSETEX', ", to[] = "psetex_or_fail(";
    size_t n = 0;
    for (const char *at = text; (at = strstr(at, from)) != NULL; at++)
        n++;
    assert_true(n >= 2);
    char *out = malloc(sizeof head + strlen(text) + n * sizeof to);
    assert_non_null(out);
    char *w = out + (sizeof head - 1);
    memcpy(out, head, sizeof head - 1);
    for (const char *at; (at = strstr(text, from)) != NULL; text = at + strlen(from)) {
        memcpy(w, text, (size_t)(at - text));
        w += at - text;
        memcpy(w, to, sizeof to - 1);
        w += sizeof to - 1;
    }
    strcpy(w, text);
    return out;
}

/* Writes that fail fail their decisions alone, in a fresh-key call as in
 * decide(): the batch with and without its fresh-key loop replies one
 * error entry per failed decision, in its place. A server at maxmemory
 * fails the first PSETEX of a script and every one after it while the
 * script has written nothing: every decision; a write refused for one
 * key (injected) fails it between decisions that succeed. */
static void test_fresh_loop_failures_alike(void **state)
{
    (void)state;
    redisContext *c = connect_db(8);
    assert_non_null(c);
    assert_int_equal(c->err, 0);
    char sha[4][41]; /* the batch, its loop off; each with t1's writes failing */
    char *text[4];
    text[0] = strdup(dy_redis_batch_script);
    text[1] = batch_with_fresh_loop_off();
    text[2] = with_t1_writes_failing(text[0]);
    text[3] = with_t1_writes_failing(text[1]);
    for (int v = 0; v < 4; v++) {
        assert_non_null(text[v]);
        script_load(c, text[v], sha[v]);
        free(text[v]);
    }
    round_case rc;
    memset(&rc, 0, sizeof rc);
    rc.inc[0] = 100 * 1000000;
    rc.tol[0] = 3 * rc.inc[0];
    rc.amount = -1;
    rc.cost = 1;
    rc.k = 5;
    snprintf(rc.period, sizeof rc.period, "d");
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    for (int i = 0; i < rc.k; i++) {
        rc.now[i] = (int64_t)ts.tv_sec * SEC + 60 * SEC + 123;
        rc.tenant[i] = i % 3;
    }
    assert_true(takes_fresh_loop(&rc));
    static reply rep[2][MAX_DECISIONS];
    /* 0: every write made; 1: at maxmemory; 2: t1's writes failing */
    for (int run = 0; run < 3; run++) {
        redisReply *r = redisCommand(c, "CONFIG SET maxmemory %s", run == 1 ? "1" : "0");
        assert_non_null(r);
        assert_int_equal(r->type, REDIS_REPLY_STATUS);
        freeReplyObject(r);
        for (int v = 0; v < 2; v++) {
            held h;
            run_round(c, V_BATCH, sha[v + (run == 2 ? 2 : 0)], &rc, rep[v], &h);
            assert_int_equal(h.n, run == 0 ? 3 : run == 1 ? 0 : 2);
        }
        for (int i = 0; i < rc.k; i++) {
            if (!same_reply(&rep[0][i], &rep[1][i])) {
                print_reply(variant_name[V_BATCH], &rep[0][i]);
                print_reply(variant_name[V_BATCH_DECIDE], &rep[1][i]);
                fail_msg("run %d decision %d: the fresh-key loop replies otherwise than "
                         "decide()", run, i);
            }
            int fails = run == 1 || (run == 2 && rc.tenant[i] == 1);
            assert_int_equal(rep[0][i].error, fails);
            if (fails)
                assert_non_null(strstr(rep[0][i].text, run == 1 ? "OOM" : "injected"));
            else
                assert_int_equal(rep[0][i].v[0], DY_RS_ALLOW);
        }
    }
    redisReply *r = redisCommand(c, "CONFIG SET maxmemory 0");
    assert_non_null(r);
    freeReplyObject(r);
    redisFree(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_copies_decide_alike),
        cmocka_unit_test(test_fresh_loop_failures_alike),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
