/* test_redis_conn.c - the Redis connection's waits (redis_conn.h), all
 * measured on the monotonic clock:
 *   - the pool's wait for a free connection: when every connection stays
 *     busy, a thread gives up at the command timeout, or at an earlier
 *     deadline it was given, so a decision stays within its configured time
 *     and falls back; the clock it waits on is the one the build chose
 *     (built twice: CLOCK_MONOTONIC through pthread_mutex_clocklock where
 *     the C library has it, and the wall-clock fallback);
 *   - a round trip's reads under one deadline: replies (or the bytes of
 *     one reply) trickling in faster than the command timeout still end at
 *     the deadline, and the socket gets the command timeout back after.
 * No server needed: the pool is busy, never connected, or talks to a
 * thread on the other end of a socket pair. */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>
#include "testutil.h"
#include "clock.h"
#include "redis_conn.h"

#define MS INT64_C(1000000)

typedef struct holder {
    dy_redis_pool *pool;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int holding, release;
} holder;

/* Holds connection 0 until told to let go. */
static void *hold(void *arg)
{
    holder *h = arg;
    pthread_mutex_lock(&h->pool->conns[0].mu);
    pthread_mutex_lock(&h->mu);
    h->holding = 1;
    pthread_cond_broadcast(&h->cv);
    while (!h->release)
        pthread_cond_wait(&h->cv, &h->mu);
    pthread_mutex_unlock(&h->mu);
    pthread_mutex_unlock(&h->pool->conns[0].mu);
    return NULL;
}

/* A thread of its own holds the pool's one connection (returns once it
 * does); held_pool_end lets go, joins it and frees the pool. */
static void held_pool_start(holder *h, dy_redis_pool *pool, pthread_t *t)
{
    *h = (holder){.pool = pool, .holding = 0, .release = 0};
    pthread_mutex_init(&h->mu, NULL);
    pthread_cond_init(&h->cv, NULL);
    assert_int_equal(pthread_create(t, NULL, hold, h), 0);
    pthread_mutex_lock(&h->mu);
    while (!h->holding)
        pthread_cond_wait(&h->cv, &h->mu);
    pthread_mutex_unlock(&h->mu);
}

static void held_pool_end(holder *h, pthread_t t)
{
    pthread_mutex_lock(&h->mu);
    h->release = 1;
    pthread_cond_broadcast(&h->cv);
    pthread_mutex_unlock(&h->mu);
    assert_int_equal(pthread_join(t, NULL), 0);
    pthread_mutex_destroy(&h->mu);
    pthread_cond_destroy(&h->cv);
    dy_redis_pool_free(h->pool);
}

static void test_busy_pool_gives_up_after_the_command_timeout(void **state)
{
    (void)state;
    dy_redis_pool pool;
    memset(&pool, 0, sizeof pool);
    assert_int_equal(dy_redis_pool_init(&pool, 1), DAYONE_OK);
    pool.command_tv.tv_sec = 0;
    pool.command_tv.tv_usec = 80 * 1000;   /* 80 ms */
    holder h;
    pthread_t t;
    held_pool_start(&h, &pool, &t);

    int64_t t0 = dy_monotonic_ns();
    dy_redis_conn *k = dy_redis_acquire(&pool);
    int64_t waited = dy_monotonic_ns() - t0;
    assert_null(k);
    /* It waited for a connection, about the command timeout, and no longer
     * than a slow machine needs to notice (the bound is what matters). */
    assert_true(waited >= INT64_C(70) * 1000000);
    assert_true(waited < INT64_C(2000) * 1000000);
    assert_int_equal(atomic_load(&pool.pool_wait_timeouts), 1);
    /* Busy is not down: no back-off, the next caller may try at once. */
    assert_int_equal(atomic_load(&pool.down_until), 0);

    held_pool_end(&h, t);
}

/* A deadline before the command timeout ends the wait there: the pool
 * wait and the round trip share one bound. */
static void test_busy_pool_gives_up_at_the_deadline(void **state)
{
    (void)state;
    dy_redis_pool pool;
    memset(&pool, 0, sizeof pool);
    assert_int_equal(dy_redis_pool_init(&pool, 1), DAYONE_OK);
    pool.command_tv.tv_sec = 1; /* far beyond the deadline below */
    holder h;
    pthread_t t;
    held_pool_start(&h, &pool, &t);

    int64_t t0 = dy_monotonic_ns(), until = t0 + 40 * MS;
    dy_redis_conn *k = dy_redis_acquire_by(&pool, &until);
    int64_t waited = dy_monotonic_ns() - t0;
    assert_null(k);
    assert_true(waited >= 35 * MS);
    assert_true(waited < 900 * MS); /* not the 1 s command timeout */
    assert_int_equal(until, t0 + 40 * MS); /* nothing connected: unchanged */
    assert_int_equal(atomic_load(&pool.pool_wait_timeouts), 1);

    held_pool_end(&h, t);
}

/* The build's choice (DY_EXPECT_CLOCKLOCK, from CMake's check): this
 * binary waits on the clock it was built for. */
static void test_pool_waits_on_the_configured_clock(void **state)
{
    (void)state;
    assert_int_equal(dy_redis_pool_wait_clock,
                     DY_EXPECT_CLOCKLOCK ? CLOCK_MONOTONIC : CLOCK_REALTIME);
}

/* ---- reads under one deadline ------------------------------------------- */

/* The far end of a socket pair: writes `pieces` pieces of `text`, one
 * every `gap_ms`, then waits until the near end closes. */
typedef struct trickle {
    int fd;
    const char *text;
    int pieces, gap_ms;
    pthread_t thread;
} trickle;

static void *trickle_run(void *arg)
{
    trickle *tr = arg;
    size_t len = strlen(tr->text), at = 0;
    for (int i = 0; i < tr->pieces; i++) {
        usleep((useconds_t)tr->gap_ms * 1000);
        size_t end = len * (size_t)(i + 1) / (size_t)tr->pieces;
        if (send(tr->fd, tr->text + at, end - at, MSG_NOSIGNAL) != (ssize_t)(end - at))
            break; /* the near end gave up and closed */
        at = end;
    }
    char sink[64];
    while (read(tr->fd, sink, sizeof sink) > 0) /* until the near end closes */
        ;
    return NULL;
}

/* A pool of one connection (a socket pair's near end, the command timeout
 * on its socket as dy_redis_open leaves it) and the far end trickling. */
static dy_redis_conn *trickling_pool(dy_redis_pool *pool, trickle *tr, int command_ms,
                                     const char *text, int pieces, int gap_ms)
{
    int sv[2];
    memset(pool, 0, sizeof *pool);
    assert_int_equal(dy_redis_pool_init(pool, 1), DAYONE_OK);
    pool->command_tv.tv_sec = command_ms / 1000;
    pool->command_tv.tv_usec = (command_ms % 1000) * 1000;
    assert_int_equal(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    redisContext *c = redisConnectFd(sv[0]);
    assert_non_null(c);
    assert_int_equal(redisSetTimeout(c, pool->command_tv), REDIS_OK);
    dy_redis_pool_adopt(pool, c);
    *tr = (trickle){.fd = sv[1], .text = text, .pieces = pieces, .gap_ms = gap_ms};
    assert_int_equal(pthread_create(&tr->thread, NULL, trickle_run, tr), 0);
    int64_t until = dy_redis_deadline(pool);
    dy_redis_conn *k = dy_redis_acquire_by(pool, &until);
    assert_non_null(k);
    return k;
}

static void trickle_end(dy_redis_pool *pool, trickle *tr)
{
    dy_redis_pool_free(pool); /* closes the near end: the thread ends */
    assert_int_equal(pthread_join(tr->thread, NULL), 0);
    close(tr->fd);
}

static int64_t rcvtimeo_ns(int fd)
{
    struct timeval tv;
    socklen_t n = sizeof tv;
    assert_int_equal(getsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, &n), 0);
    return (int64_t)tv.tv_sec * 1000000000 + (int64_t)tv.tv_usec * 1000;
}

/* Eight replies of a pipeline, one every 40 ms, with a 50 ms command
 * timeout: each read alone is within it (hiredis' own redisGetReply takes
 * all eight, 320 ms), but the round trip ends at its 50 ms deadline. (The
 * 200 ms between the bound and what a per-read timeout takes absorb a
 * loaded sanitizer run's scheduling.) */
static void test_pipeline_trickling_ends_at_the_deadline(void **state)
{
    (void)state;
    dy_redis_pool pool;
    trickle tr;
    dy_redis_conn *k = trickling_pool(&pool, &tr, 50,
                                     ":1\r\n:2\r\n:3\r\n:4\r\n:5\r\n:6\r\n:7\r\n:8\r\n", 8, 40);
    int64_t t0 = dy_monotonic_ns(), until = t0 + 50 * MS;
    int got = 0;
    void *r = NULL;
    while (got < 8 && dy_redis_read_by(k, until, &r) == 0) {
        assert_int_equal(((redisReply *)r)->integer, got + 1);
        freeReplyObject(r);
        got++;
    }
    int64_t took = dy_monotonic_ns() - t0;
    print_message("trickling pipeline: %d of 8 replies, gave up after %.1f ms\n", got,
                  (double)took / 1e6);
    assert_true(got < 8);
    assert_true(took >= 45 * MS);
    assert_true(took < 250 * MS); /* not the 320 ms of eight 40 ms gaps */
    dy_redis_release(&pool, k, 1);
    trickle_end(&pool, &tr);
}

/* One reply whose bytes come 15 ms apart, in 20 pieces (300 ms): the same
 * deadline, however many reads it takes. */
static void test_one_reply_trickling_ends_at_the_deadline(void **state)
{
    (void)state;
    dy_redis_pool pool;
    trickle tr;
    dy_redis_conn *k = trickling_pool(&pool, &tr, 50, "$20\r\nabcdefghijklmnopqrst\r\n", 20, 15);
    int64_t t0 = dy_monotonic_ns();
    void *r = NULL;
    int rc = dy_redis_read_by(k, t0 + 50 * MS, &r);
    int64_t took = dy_monotonic_ns() - t0;
    assert_int_equal(rc, -1);
    assert_null(r);
    assert_true(took >= 45 * MS);
    assert_true(took < 250 * MS); /* not the 300 ms of twenty 15 ms gaps */
    dy_redis_release(&pool, k, 1);
    trickle_end(&pool, &tr);
}

/* A reply within the deadline is read whole; a read near the deadline
 * lowered SO_RCVTIMEO, and the connection given back has the command
 * timeout again for its next holder. */
static void test_timeout_restored_after_a_round_trip(void **state)
{
    (void)state;
    dy_redis_pool pool;
    trickle tr;
    dy_redis_conn *k = trickling_pool(&pool, &tr, 500, "+OK\r\n", 1, 20);
    int fd = k->c->fd;
    assert_int_equal(rcvtimeo_ns(fd), 500 * MS);
    void *r = NULL;
    assert_int_equal(dy_redis_read_by(k, dy_monotonic_ns() + 200 * MS, &r), 0);
    assert_string_equal(((redisReply *)r)->str, "OK");
    freeReplyObject(r);
    int64_t lowered = rcvtimeo_ns(fd);
    assert_true(lowered <= 201 * MS); /* what remained of the 200 ms */
    dy_redis_release(&pool, k, 0);
    assert_int_equal(rcvtimeo_ns(fd), 500 * MS);
    assert_int_equal(pool.conns[0].rcv_ns, 500 * MS);
    trickle_end(&pool, &tr);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_busy_pool_gives_up_after_the_command_timeout),
        cmocka_unit_test(test_busy_pool_gives_up_at_the_deadline),
        cmocka_unit_test(test_pool_waits_on_the_configured_clock),
        cmocka_unit_test(test_pipeline_trickling_ends_at_the_deadline),
        cmocka_unit_test(test_one_reply_trickling_ends_at_the_deadline),
        cmocka_unit_test(test_timeout_restored_after_a_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
