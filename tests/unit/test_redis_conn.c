/* test_redis_conn.c - the Redis connection pool's wait for a free
 * connection (redis_conn.h): when every connection stays busy, a thread
 * gives up after the command timeout instead of waiting without bound, so a
 * decision stays within its configured time and falls back. No server
 * needed: the pool is busy, never connected. */
#include <pthread.h>
#include <string.h>
#include <time.h>
#include "testutil.h"
#include "clock.h"
#include "redis_conn.h"

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

static void test_busy_pool_gives_up_after_the_command_timeout(void **state)
{
    (void)state;
    dy_redis_pool pool;
    memset(&pool, 0, sizeof pool);
    assert_int_equal(dy_redis_pool_init(&pool, 1), DAYONE_OK);
    pool.command_tv.tv_sec = 0;
    pool.command_tv.tv_usec = 80 * 1000;   /* 80 ms */

    holder h = {.pool = &pool, .holding = 0, .release = 0};
    pthread_mutex_init(&h.mu, NULL);
    pthread_cond_init(&h.cv, NULL);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, hold, &h), 0);
    pthread_mutex_lock(&h.mu);
    while (!h.holding)
        pthread_cond_wait(&h.cv, &h.mu);
    pthread_mutex_unlock(&h.mu);

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

    pthread_mutex_lock(&h.mu);
    h.release = 1;
    pthread_cond_broadcast(&h.cv);
    pthread_mutex_unlock(&h.mu);
    assert_int_equal(pthread_join(t, NULL), 0);
    pthread_mutex_destroy(&h.mu);
    pthread_cond_destroy(&h.cv);
    dy_redis_pool_free(&pool);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_busy_pool_gives_up_after_the_command_timeout),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
