/* counters.c - striped decision counters (see counters.h). */
#include <pthread.h>
#include "alloc.h"
#include "counters.h"
#include "policy_plans.h"

DY_TLS unsigned dy_counters_stripe_plus1 = 0;

/* Which owned stripes (0 .. DY_COUNTER_STRIPES - 2) a live thread holds. */
static _Atomic uint64_t stripes_taken;
static pthread_key_t stripe_key;
static int stripe_key_ok;
static pthread_once_t stripe_key_once = PTHREAD_ONCE_INIT;

/* A thread exits: its counts stay in the stripe, the stripe goes back to
 * the pool for the next thread (the release orders its last writes before
 * the next owner's first). */
static void release_stripe(void *value)
{
    unsigned s = (unsigned)(uintptr_t)value - 1;
    /* Runs on the exiting thread: a decision from a later destructor then
     * claims a stripe afresh rather than writing to one given away. */
    dy_counters_stripe_plus1 = 0;
    atomic_fetch_and_explicit(&stripes_taken, ~(UINT64_C(1) << s), memory_order_release);
}

static void make_key(void)
{
    stripe_key_ok = pthread_key_create(&stripe_key, release_stripe) == 0;
}

unsigned dy_counters_claim_stripe(void)
{
    unsigned shared = DY_COUNTER_STRIPES - 1;
    pthread_once(&stripe_key_once, make_key);
    uint64_t taken = atomic_load_explicit(&stripes_taken, memory_order_relaxed);
    for (;;) {
        uint64_t free_bits = ~taken & ((UINT64_C(1) << shared) - 1);
        if (free_bits == 0 || !stripe_key_ok)
            break;
        unsigned s = (unsigned)__builtin_ctzll(free_bits);
        if (atomic_compare_exchange_weak_explicit(&stripes_taken, &taken,
                                                  taken | (UINT64_C(1) << s),
                                                  memory_order_acquire, memory_order_relaxed)) {
            if (pthread_setspecific(stripe_key, (void *)(uintptr_t)(s + 1)) != 0) {
                release_stripe((void *)(uintptr_t)(s + 1));
                break;
            }
            dy_counters_stripe_plus1 = s + 1;
            return s;
        }
    }
    /* No stripe of its own: share the last one (atomic adds). Not cached,
     * so the thread tries again once others have exited. */
    return shared;
}

dy_counters *dy_counters_new(const dayone_policy *policy)
{
    dy_counters *c = dy_calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->nplans = policy->nplans;
    c->nlimits = policy->nlimit_names;
    c->limit_names = policy->limit_names;
    size_t nslots = c->nplans * c->nlimits;
    size_t line = 64 / sizeof(uint64_t);
    c->per_stripe = (nslots * DY_OUTCOME_COUNT + line - 1) / line * line;
    c->defined = dy_calloc(nslots + 1, 1);
    char **names = dy_calloc(c->nplans + 1, sizeof *names);
    c->plan_names = names;
    c->counts = dy_calloc(DY_COUNTER_STRIPES * c->per_stripe, sizeof *c->counts);
    if (!c->defined || !names || !c->counts) {
        dy_counters_free(c);
        return NULL;
    }
    for (size_t i = 0; i < c->nplans; i++) {
        const dy_plan *pl = &policy->plans[i];
        names[i] = pl->name;
        for (size_t j = 0; j < pl->nlimits; j++)
            if (pl->limits[j].limit < c->nlimits)
                c->defined[i * c->nlimits + pl->limits[j].limit] = 1;
    }
    return c;
}

void dy_counters_free(dy_counters *c)
{
    if (!c)
        return;
    dy_free(c->defined);
    dy_free((void *)c->plan_names);
    dy_free(c->counts);
    dy_free(c);
}

uint64_t dy_counters_get(const dy_counters *c, size_t slot, dayone_outcome outcome)
{
    uint64_t sum = 0;
    for (size_t s = 0; s < DY_COUNTER_STRIPES; s++)
        sum += atomic_load_explicit(&c->counts[s * c->per_stripe + slot * DY_OUTCOME_COUNT +
                                               (size_t)outcome],
                                    memory_order_relaxed);
    return sum;
}
