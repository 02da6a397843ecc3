/* test_limiter_table_race.c - replays, step by step, the race that once let
 * a key own two slots of the limiter's table (and so get its burst twice).
 *
 * Key Y is being inserted and has chosen key K's expired slot; before Y
 * takes it, K comes back and renews it. Y then takes the slot, sees the
 * state is live again and hands it back. While Y holds it, K must still
 * find its slot (and wait for it), not create a second one.
 *
 * And: a key refused because its slots are full while one of them is being
 * claimed must not be told to retry after 0 ns (it would be refused again).
 *
 * The table's source is included with a hook that pauses Y inside claim(). */
#include <pthread.h>
#include <semaphore.h>
#include <time.h>
#include "testutil.h"

static void claim_hook(int step);
#define DY_TABLE_CLAIM_HOOK(step) claim_hook(step)
#include "limiter_table.c"

#define SEC INT64_C(1000000000)

static sem_t y_paused, y_resume;
static _Thread_local int is_y;
static atomic_int hooks_on;

static void claim_hook(int step)
{
    (void)step;
    if (!is_y || !atomic_load(&hooks_on))
        return;
    sem_post(&y_paused);
    sem_wait(&y_resume);
}

static dy_table *table;
/* Hashes chosen for their first buckets: K in bucket 0, Y in the last. */
static const uint64_t K = UINT64_C(0x1234567800000000);
static const uint64_t Y = UINT64_C(0x87654321ffffffff);
static const int64_t K_BURST = 3;      /* K: 1 per second, burst 3 */
static const int64_t T1 = 10 * SEC;    /* when the race runs: K has expired */

static int step(uint64_t h, int64_t now, int64_t emission, int64_t burst, dy_gcra_out *o)
{
    return dy_table_update(table, h, now, emission, dy_gcra_inverse(emission),
                           emission * burst, emission, o);
}

static void *insert_y(void *arg)
{
    (void)arg;
    is_y = 1;
    dy_gcra_out o;
    step(Y, T1, 1000 * SEC, 1, &o);
    return NULL;
}

static dy_gcra_out k_late;
static void *k_during_claim(void *arg)
{
    (void)arg;
    step(K, T1, SEC, K_BURST, &k_late);
    return NULL;
}

static int slots_holding(uint64_t hash)
{
    int n = 0;
    for (uint64_t b = 0; b < table->nbuckets; b++)
        for (int i = 0; i < DY_TABLE_WAYS; i++)
            n += (dy_slot_tag(&table->buckets[b].slot[i]) & ~DY_SLOT_LOCKED) ==
                 dy_table_tag(hash);
    return n;
}

static void test_key_keeps_one_slot_while_another_claims_it(void **state)
{
    (void)state;
    assert_int_equal(dy_table_new(&table, 1), DAYONE_OK); /* 3 buckets, 12 slots */
    assert_int_equal(table->nbuckets, 3);
    table->capacity = 12; /* the race needs every slot in use: allow one key per slot */
    sem_init(&y_paused, 0, 0);
    sem_init(&y_resume, 0, 0);
    dy_gcra_out o;
    /* t = 0: E (expires at 2 s), K (at 1 s), and 10 keys live for 1000 s:
     * at T1 the only reusable slots are K's and E's, K's expired first. */
    assert_int_equal(step(UINT64_C(0xeeee000000000003), 0, 2 * SEC, 1, &o), 1);
    assert_int_equal(step(K, 0, SEC, K_BURST, &o), 1);
    for (uint64_t f = 0; f < 10; f++)
        assert_int_equal(step(UINT64_C(0x51ed270b27d6c5a1) * (f + 7), 0, 1000 * SEC, 1, &o), 1);

    atomic_store(&hooks_on, 1);
    pthread_t y, k;
    pthread_create(&y, NULL, insert_y, NULL);
    sem_wait(&y_paused); /* Y has chosen K's expired slot, not yet taken it */
    int admitted = 0;
    for (int i = 0; i < K_BURST; i++) { /* K comes back and uses its burst */
        step(K, T1, SEC, K_BURST, &o);
        admitted += o.allowed;
    }
    assert_int_equal(admitted, K_BURST);
    sem_post(&y_resume);
    sem_wait(&y_paused); /* Y holds the slot, about to find its state live */
    pthread_create(&k, NULL, k_during_claim, NULL);
    struct timespec pause = {0, 20 * 1000 * 1000}; /* let K's request reach the slot */
    nanosleep(&pause, NULL);
    atomic_store(&hooks_on, 0);
    sem_post(&y_resume);
    pthread_join(y, NULL);
    pthread_join(k, NULL);
    admitted += k_late.allowed;
    for (int i = 0; i < 10; i++) { /* time stands still: nothing more for K */
        step(K, T1, SEC, K_BURST, &o);
        admitted += o.allowed;
    }
    assert_int_equal(slots_holding(K), 1);
    assert_int_equal(admitted, K_BURST);
    assert_int_equal(slots_holding(Y), 1); /* Y took E's expired slot instead */
    dy_table_free(table);
    sem_destroy(&y_paused);
    sem_destroy(&y_resume);
}

static dy_gcra_out z_out;
static int z_rc;
static void *insert_z(void *arg)
{
    (void)arg;
    z_rc = step(UINT64_C(0x2222222200000001), T1, SEC, 1, &z_out);
    return NULL;
}

static void test_refusal_during_a_claim_never_says_retry_now(void **state)
{
    (void)state;
    assert_int_equal(dy_table_new(&table, 1), DAYONE_OK);
    table->capacity = 12; /* every slot in use, as above */
    sem_init(&y_paused, 0, 0);
    sem_init(&y_resume, 0, 0);
    dy_gcra_out o;
    /* 11 keys live for 1000 s, and E, expired at T1: the only free slot. */
    assert_int_equal(step(UINT64_C(0xeeee000000000003), 0, 2 * SEC, 1, &o), 1);
    for (uint64_t f = 0; f < 11; f++)
        assert_int_equal(step(UINT64_C(0x51ed270b27d6c5a1) * (f + 7), 0, 1000 * SEC, 1, &o), 1);

    atomic_store(&hooks_on, 1);
    pthread_t y, z;
    pthread_create(&y, NULL, insert_y, NULL);
    sem_wait(&y_paused);
    sem_post(&y_resume);
    sem_wait(&y_paused); /* Y holds E's slot, locked, mid-claim */
    pthread_create(&z, NULL, insert_z, NULL);
    struct timespec pause = {0, 20 * 1000 * 1000};
    nanosleep(&pause, NULL);
    atomic_store(&hooks_on, 0);
    sem_post(&y_resume);
    pthread_join(y, NULL);
    pthread_join(z, NULL);
    assert_int_equal(slots_holding(Y), 1);
    assert_int_equal(z_rc, 0);                 /* full: refused... */
    assert_false(z_out.allowed);
    assert_true(z_out.retry_after_ns > 0);     /* ...until a slot really frees */
    assert_true(z_out.retry_after_ns <= 1000 * SEC - T1);
    dy_table_free(table);
    sem_destroy(&y_paused);
    sem_destroy(&y_resume);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_key_keeps_one_slot_while_another_claims_it),
        cmocka_unit_test(test_refusal_during_a_claim_never_says_retry_now),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
