/* test_redis_reply.c - the decision script's reply (and the shared
 * banlist's listing), judged alone
 * (redis_reply.h): what is accepted, what is refused, and the decision an
 * accepted reply makes. No server needed; the fuzz target
 * tests/fuzz/fuzz_redis_reply.c explores the same code with hostile input. */
#include <string.h>
#include "testutil.h"
#include "redis_reply.h"
#include "redis_script.h"

/* A reply {v[0], ..., v[n-1]} of integers, built by hand. */
typedef struct fake_reply {
    redisReply top;
    redisReply items[32];
    redisReply *ptrs[32];
} fake_reply;

static const redisReply *ints(fake_reply *f, const long long *v, size_t n)
{
    memset(f, 0, sizeof *f);
    f->top.type = REDIS_REPLY_ARRAY;
    f->top.elements = n;
    f->top.element = f->ptrs;
    for (size_t i = 0; i < n; i++) {
        f->items[i].type = REDIS_REPLY_INTEGER;
        f->items[i].integer = v[i];
        f->ptrs[i] = &f->items[i];
    }
    return &f->top;
}

static void test_accepts_the_five_codes(void **unused)
{
    (void)unused;
    fake_reply f;
    dy_redis_reply r;
    const long long allow[6] = {DY_RS_ALLOW, 1, 500, 2, 999999999, 7};
    assert_int_equal(dy_redis_reply_decode(ints(&f, allow, 6), &r), 0);
    assert_int_equal(r.code, DY_RS_ALLOW);
    assert_int_equal(r.a_ns, 1000000500);
    assert_int_equal(r.z_ns, 2999999999);
    assert_int_equal(r.used, 7);
    for (long long code = DY_RS_OVERAGE; code <= DY_RS_BANNED; code++) {
        const long long v[6] = {code, 0, 0, 0, 0, -1};
        assert_int_equal(dy_redis_reply_decode(ints(&f, v, 6), &r), 0);
        assert_int_equal(r.code, code);
    }
}

static void test_refuses_what_the_script_never_sends(void **unused)
{
    (void)unused;
    fake_reply f;
    dy_redis_reply r;
    const long long ok[7] = {0, 0, 0, 0, 0, 0, 0};
    assert_int_equal(dy_redis_reply_decode(ints(&f, ok, 5), &r), -1);  /* short */
    assert_int_equal(dy_redis_reply_decode(ints(&f, ok, 7), &r), -1);  /* long */
    const long long bad[][6] = {
        {5, 0, 0, 0, 0, 0},                     /* unknown code */
        {-1, 0, 0, 0, 0, 0},
        {2, -1, 0, 0, 0, 0},                    /* negative time */
        {2, 0, 1000000000, 0, 0, 0},            /* a nanosecond limb of a whole second */
        {2, 0, 0, 0, -1, 0},
        {2, INT64_MAX, 0, 0, 0, 0},             /* seconds past int64 nanoseconds */
        {2, 9223372036, 0, 0, 0, 0},
        {0, 0, 0, 0, 0, (1LL << 53) + 1},       /* a counter no Lua number holds exactly */
        {0, 0, 0, 0, 0, -2},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        assert_int_equal(dy_redis_reply_decode(ints(&f, bad[i], 6), &r), -1);
    /* The largest limbs that fit are accepted. */
    const long long edge[6] = {2, 9223372035, 999999999, 0, 0, 1LL << 53};
    assert_int_equal(dy_redis_reply_decode(ints(&f, edge, 6), &r), 0);
    assert_true(r.a_ns > 0);
    /* Wrong types: a string element, an error reply, nil, a nested array. */
    ints(&f, ok, 6);
    f.items[3].type = REDIS_REPLY_STRING;
    assert_int_equal(dy_redis_reply_decode(&f.top, &r), -1);
    f.items[3].type = REDIS_REPLY_NIL;
    assert_int_equal(dy_redis_reply_decode(&f.top, &r), -1);
    f.items[3].type = REDIS_REPLY_ARRAY;
    assert_int_equal(dy_redis_reply_decode(&f.top, &r), -1);
    f.ptrs[3] = NULL;
    assert_int_equal(dy_redis_reply_decode(&f.top, &r), -1);
    ints(&f, ok, 6);
    f.top.type = REDIS_REPLY_ERROR;
    assert_int_equal(dy_redis_reply_decode(&f.top, &r), -1);
    assert_int_equal(dy_redis_reply_decode(NULL, &r), -1);
}

/* A limit of several rates: six integers and five per rate; each rate's
 * flag 0 or 1, and code 2 exactly when some rate denies. */
static void test_several_rates(void **unused)
{
    (void)unused;
    fake_reply f;
    dy_redis_reply r;
    const long long deny[16] = {DY_RS_DENY_RATE, 0, 100, 0, 200, -1,
                                1, 0, 300000000, 0, 700000000,  /* allows */
                                0, 2, 5, 3, 0};                  /* denies: retry 2 s */
    assert_int_equal(dy_redis_reply_decode(ints(&f, deny, 16), &r), 0);
    assert_int_equal(r.nrates, 2);
    assert_int_equal(r.rates[0].ok, 1);
    assert_int_equal(r.rates[0].a_ns, 300000000);
    assert_int_equal(r.rates[1].ok, 0);
    assert_int_equal(r.rates[1].a_ns, 2000000005);
    assert_int_equal(r.rates[1].z_ns, 3000000000);
    long long bad[16];
    memcpy(bad, deny, sizeof bad);
    bad[0] = DY_RS_ALLOW; /* allowed although a rate denies */
    assert_int_equal(dy_redis_reply_decode(ints(&f, bad, 16), &r), -1);
    memcpy(bad, deny, sizeof bad);
    bad[11] = 2; /* a flag that is not 0 or 1 */
    assert_int_equal(dy_redis_reply_decode(ints(&f, bad, 16), &r), -1);
    memcpy(bad, deny, sizeof bad);
    bad[13] = -1; /* a negative limb */
    assert_int_equal(dy_redis_reply_decode(ints(&f, bad, 16), &r), -1);
    /* one rate's five (a limit of one rate has none), or a partial rate */
    assert_int_equal(dy_redis_reply_decode(ints(&f, deny, 11), &r), -1);
    assert_int_equal(dy_redis_reply_decode(ints(&f, deny, 15), &r), -1);
    long long many[6 + 5 * 5] = {DY_RS_ALLOW, 0, 0, 0, 0, -1};
    for (int k = 0; k < 5; k++)
        many[6 + 5 * k] = 1;
    assert_int_equal(dy_redis_reply_decode(ints(&f, many, 6 + 5 * 4), &r), 0);
    assert_int_equal(r.nrates, 4);
    assert_int_equal(dy_redis_reply_decode(ints(&f, many, 6 + 5 * 5), &r), -1); /* > 4 */
}

/* The limiter's decision so far for a 10/s, burst 5 limit with a quota. */
static void step_for(dy_rate_step *st, dayone_decision *d, int64_t usage, int count_quota)
{
    memset(st, 0, sizeof *st);
    memset(d, 0, sizeof *d);
    d->limit = d->burst = 5;
    d->window_ns = 500000000;
    d->quota_remaining = -1;
    st->key = "t";
    st->limit = "ingest";
    st->quota = "events";
    st->emission_ns = 100000000;
    st->burst = 5;
    st->tolerance_ns = 500000000;
    st->cost = 2;
    st->quota_amount = 100;
    st->usage = usage;
    st->strict = 1;
    st->count_quota = count_quota;
    st->quota_applies = usage >= 0;
    st->d = d;
}

static void test_decisions_follow_the_limiter(void **unused)
{
    (void)unused;
    dy_rate_step st;
    dayone_decision d;
    dy_redis_reply r = {DY_RS_ALLOW, 350000000, 200000000, 40, 0, {{0, 0, 0}}};
    step_for(&st, &d, -1, 1);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.outcome, DAYONE_ALLOW);
    assert_int_equal(d.allowed, 1);
    assert_int_equal(d.status, 200);
    assert_string_equal(d.reason, "ok");
    assert_int_equal(d.remaining, 3);           /* 350 ms / 100 ms */
    assert_int_equal(d.reset_after_ns, 200000000);
    assert_int_equal(d.quota_remaining, 58);    /* 100 - 40 used - 2 */

    r = (dy_redis_reply){DY_RS_DENY_RATE, 70000000, 400000000, 40, 0, {{0, 0, 0}}};
    step_for(&st, &d, -1, 1);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.outcome, DAYONE_DENY_RATE);
    assert_int_equal(d.allowed, 0);
    assert_int_equal(d.status, 429);
    assert_int_equal(d.retry_after_ns, 70000000);
    assert_int_equal(d.quota_remaining, 60);    /* a denial uses none */
    assert_string_equal(d.reason, "rate limited");

    r = (dy_redis_reply){DY_RS_DENY_QUOTA, 0, 0, 99, 0, {{0, 0, 0}}};
    step_for(&st, &d, -1, 1);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.outcome, DAYONE_DENY_QUOTA);
    assert_int_equal(d.status, 402);
    assert_int_equal(d.retry_after_ns, -1);
    assert_int_equal(d.limit, 100);
    assert_int_equal(d.quota_remaining, 1);
    assert_string_equal(d.reason, "quota exceeded");

    r = (dy_redis_reply){DY_RS_OVERAGE, 0, 100000000, 100, 0, {{0, 0, 0}}};
    step_for(&st, &d, -1, 1);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.outcome, DAYONE_ALLOW_OVERAGE);
    assert_int_equal(d.status, 200);
    assert_int_equal(d.quota_remaining, 0);
    assert_string_equal(d.reason, "quota overage");

    /* A ban: as the in-process banlist answers, no rate or quota values. */
    r = (dy_redis_reply){.code = DY_RS_BANNED, .a_ns = 4500000000, .z_ns = 0, .used = -1};
    step_for(&st, &d, -1, 1);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.outcome, DAYONE_DENY_BANNED);
    assert_int_equal(d.status, 403);
    assert_int_equal(d.retry_after_ns, 4500000000);
    assert_int_equal(d.reset_after_ns, 4500000000);
    assert_int_equal(d.limit, 0);
    assert_int_equal(d.burst, 0);
    assert_int_equal(d.quota_remaining, -1);
    assert_string_equal(d.reason, "banned");

    /* With the caller's usage, the counter in the reply is not used. */
    r = (dy_redis_reply){DY_RS_ALLOW, 0, 100000000, -1, 0, {{0, 0, 0}}};
    step_for(&st, &d, 10, 0);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.quota_remaining, 88);    /* 100 - 10 - 2 */
    /* A counter past what an allow permits never makes quota_remaining negative. */
    r = (dy_redis_reply){DY_RS_ALLOW, 0, 100000000, 1LL << 53, 0, {{0, 0, 0}}};
    step_for(&st, &d, -1, 1);
    dy_redis_reply_to_decision(&r, &st);
    assert_int_equal(d.quota_remaining, 0);
}

/* The shared banlist's listing {total, member, ms, bans, ...}. */
static void test_bans_listing(void **unused)
{
    (void)unused;
    fake_reply f;
    const long long v[7] = {3, 0, 4500, 2, 0, 0, 1};
    ints(&f, v, 7);
    char m1[] = "api\nabuser", m2[] = "ingest\n"
        "a-key-longer-than-the-sixty-three-bytes-a-ban-record-keeps-of-it-0123456789";
    f.items[1].type = f.items[4].type = REDIS_REPLY_STRING;
    f.items[1].str = m1;
    f.items[1].len = strlen(m1);
    f.items[4].str = m2;
    f.items[4].len = strlen(m2);
    dayone_ban out[2];
    size_t count = 0;
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 2, &count), 0);
    assert_int_equal(count, 3); /* three live, two listed: the room given */
    assert_string_equal(out[0].limit, "api");
    assert_string_equal(out[0].key, "abuser");
    assert_int_equal(out[0].remaining_ns, 4500000000LL);
    assert_int_equal(out[0].bans, 2);
    assert_string_equal(out[1].limit, "ingest");
    assert_int_equal(strlen(out[1].key), DAYONE_BAN_KEY_MAX - 1);  /* truncated */
    assert_int_equal(out[1].remaining_ns, 1000000);                /* at least 1 ms */
    /* Refused: more entries than room, a member without its newline, an
     * integer where the member goes, a total below the entries. */
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 1, &count), -1);
    f.items[1].len = 3;
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 2, &count), -1);
    f.items[1].len = strlen(m1);
    f.items[4].type = REDIS_REPLY_INTEGER;
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 2, &count), -1);
    f.items[4].type = REDIS_REPLY_STRING;
    f.items[0].integer = 1;
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 2, &count), -1);
    f.items[0].integer = 9; /* fewer entries than the room and the total */
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 2, &count), 0);
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 3, &count), -1);
    f.top.elements = 6; /* not 1 + 3n */
    assert_int_equal(dy_redis_bans_reply_decode(&f.top, out, 2, &count), -1);
    const long long none[1] = {0};
    assert_int_equal(dy_redis_bans_reply_decode(ints(&f, none, 1), out, 0, &count), 0);
    assert_int_equal(count, 0);
}

/* A batch call's flat reply: per decision an error, or a count and that
 * many integers; exactly `count` entries, nothing left over. */
static void test_batch_reply(void **unused)
{
    (void)unused;
    fake_reply f;
    dy_redis_reply r;
    size_t offs[4];
    /* allow | an error | deny */
    const long long v[15] = {6, 0, 0, 5, 0, 10, -1, 0, 6, 2, 0, 7, 0, 9, -1};
    ints(&f, v, 15);
    f.items[7].type = REDIS_REPLY_ERROR;
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), 0);
    assert_int_equal(offs[0], 0);
    assert_int_equal(offs[1], 7);
    assert_int_equal(offs[2], 8);
    assert_int_equal(dy_redis_batch_reply_decode(&f.top, offs[0], &r), 0);
    assert_int_equal(r.code, DY_RS_ALLOW);
    assert_int_equal(r.z_ns, 10);
    assert_int_equal(dy_redis_batch_reply_decode(&f.top, offs[1], &r), -1);
    assert_int_equal(dy_redis_batch_reply_decode(&f.top, offs[2], &r), 0);
    assert_int_equal(r.code, DY_RS_DENY_RATE);
    assert_int_equal(r.a_ns, 7);
    /* Too few or too many entries for the decisions sent. */
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 2, offs), -1);
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 4, offs), -1);
    /* Counts the script never sends, or that run past the array. */
    static const long long bad_counts[] = {5, 7, 8, -1, 14, 31};
    for (size_t i = 0; i < sizeof bad_counts / sizeof bad_counts[0]; i++) {
        ints(&f, v, 15);
        f.items[7].type = REDIS_REPLY_ERROR;
        f.items[8].integer = bad_counts[i];
        assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), -1);
    }
    /* An entry that is neither a count nor an error, a missing element. */
    ints(&f, v, 15);
    f.items[7].type = REDIS_REPLY_STRING;
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), -1);
    ints(&f, v, 15);
    f.ptrs[7] = NULL;
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), -1);
    f.top.type = REDIS_REPLY_ERROR;
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), -1);
    assert_int_equal(dy_redis_batch_reply_split(NULL, 1, offs), -1);
    /* Well framed, but integers the single decoder refuses: that decision
     * alone fails. */
    ints(&f, v, 15);
    f.items[7].type = REDIS_REPLY_ERROR;
    f.items[9].integer = 9; /* no such code */
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), 0);
    assert_int_equal(dy_redis_batch_reply_decode(&f.top, offs[2], &r), -1);
    assert_int_equal(dy_redis_batch_reply_decode(&f.top, offs[0], &r), 0);
    /* 0: the integers of the decision before, again - allow | 0 | 0 | an
     * error: the two repeats decode as the first */
    const long long w[10] = {6, 0, 0, 5, 0, 10, -1, 0, 0, 0};
    ints(&f, w, 10);
    f.items[9].type = REDIS_REPLY_ERROR;
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 4, offs), 0);
    assert_int_equal(offs[1], 0);
    assert_int_equal(offs[2], 0);
    assert_int_equal(offs[3], 9);
    assert_int_equal(dy_redis_batch_reply_decode(&f.top, offs[2], &r), 0);
    assert_int_equal(r.code, DY_RS_ALLOW);
    assert_int_equal(r.z_ns, 10);
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), -1); /* one left over */
    /* a 0 first, or after an error, repeats nothing: refused */
    const long long first[8] = {0, 6, 0, 0, 5, 0, 10, -1};
    assert_int_equal(dy_redis_batch_reply_split(ints(&f, first, 8), 2, offs), -1);
    const long long after_error[9] = {0, 0, 6, 0, 0, 5, 0, 10, -1};
    ints(&f, after_error, 9);
    f.items[0].type = REDIS_REPLY_ERROR;
    assert_int_equal(dy_redis_batch_reply_split(&f.top, 3, offs), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_accepts_the_five_codes),
        cmocka_unit_test(test_refuses_what_the_script_never_sends),
        cmocka_unit_test(test_several_rates),
        cmocka_unit_test(test_decisions_follow_the_limiter),
        cmocka_unit_test(test_bans_listing),
        cmocka_unit_test(test_batch_reply),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
