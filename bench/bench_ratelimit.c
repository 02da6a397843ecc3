/* bench_ratelimit.c - libdayone's row of the in-process rate-limiting comparison.
 *
 * The same work every peer of `make bench` does (bench/peers/): 100,000
 * tenants taken round-robin, each limited to 1000 requests per second with a
 * burst of 1000 (GCRA here; x/time/rate's token bucket, limits' windows and
 * pyrate-limiter's log elsewhere), the time read from the clock at each
 * decision (CLOCK_MONOTONIC; the peers read theirs), 1 and 2 threads sharing
 * one limiter, the threads splitting the tenants. A figure is wall time
 * divided by the decisions of all threads (so two threads that scale show
 * half the one-thread figure). bench_limiter.c covers more cases (1 key, 1M
 * keys, supplied time); this program only exists so that libdayone's row is
 * measured exactly like the peers' rows. It also times the batch form,
 * dayone_limiter_decide_many over batches of 1000 requests.
 *
 * Usage: bench_ratelimit [--rounds N] [--ops N] [--json] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dayone.h"

static const char POLICY[] =
    "version: 1\n"
    "plans:\n"
    "  - name: bench\n"
    "    limits:\n"
    "      ingest: {rps: 1000, burst: 1000}\n";

#define TENANTS 100000
#define KEY_STRIDE 16
#define MAX_ROUNDS 101

typedef struct job {
    dayone_limiter *lim;
    const char *keys;
    size_t first, count, ops;
    int batch;             /* 0: one decide per request; else decide_many batch size */
    pthread_barrier_t *barrier;
    double t0, t1;
    size_t allowed, failed;
} job;

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

#define BATCH 1000

/* decide_many over batches of BATCH requests, built before the clock starts. */
static void run_batches(job *j)
{
    dayone_request *reqs = malloc(BATCH * sizeof *reqs);
    dayone_decision *outs = malloc(BATCH * sizeof *outs);
    size_t k = 0, allowed = 0, failed = 0;
    if (!reqs || !outs) {
        j->failed = j->ops;
        goto done;
    }
    for (size_t i = 0; i < BATCH; i++) {
        reqs[i] = (dayone_request)DAYONE_REQUEST_INIT;
        reqs[i].plan = "bench";
        reqs[i].limit = "ingest";
    }
    if (j->barrier)
        pthread_barrier_wait(j->barrier);
    j->t0 = now_ns();
    for (size_t done_ops = 0; done_ops < j->ops; done_ops += BATCH) {
        size_t n = j->ops - done_ops < BATCH ? j->ops - done_ops : BATCH;
        for (size_t i = 0; i < n; i++) {
            reqs[i].key = j->keys + (j->first + k) * KEY_STRIDE;
            if (++k == j->count)
                k = 0;
        }
        if (dayone_limiter_decide_many(j->lim, reqs, n, outs, NULL, NULL) != DAYONE_OK)
            failed += n;
        for (size_t i = 0; i < n; i++)
            allowed += (size_t)outs[i].allowed;
    }
    j->t1 = now_ns();
done:
    j->allowed = allowed;
    j->failed += failed;
    free(reqs);
    free(outs);
}

static void *run(void *arg)
{
    job *j = arg;
    if (j->batch) {
        run_batches(j);
        return NULL;
    }
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_decision d;
    r.plan = "bench";
    r.limit = "ingest";
    size_t k = 0, allowed = 0, failed = 0;
    if (j->barrier)
        pthread_barrier_wait(j->barrier);
    j->t0 = now_ns();
    for (size_t i = 0; i < j->ops; i++) {
        r.key = j->keys + (j->first + k) * KEY_STRIDE;
        if (++k == j->count)
            k = 0;
        if (dayone_limiter_decide(j->lim, &r, &d, NULL) != DAYONE_OK)
            failed++;
        allowed += (size_t)d.allowed;
    }
    j->t1 = now_ns();
    j->allowed = allowed;
    j->failed = failed;
    return NULL;
}

/* One round with `threads` threads; ns per decision (wall / all decisions). */
static double round_ns(dayone_limiter *lim, const char *keys, int threads, int batch,
                       size_t ops, size_t *allowed, size_t *failed)
{
    job jobs[2];
    pthread_t th[2];
    pthread_barrier_t barrier;
    pthread_barrier_init(&barrier, NULL, (unsigned)threads);
    size_t per = TENANTS / (size_t)threads;
    for (int t = 0; t < threads; t++)
        jobs[t] = (job){lim, keys, per * (size_t)t, per, ops / (size_t)threads, batch, &barrier,
                        0, 0, 0, 0};
    for (int t = 0; t < threads; t++)
        pthread_create(&th[t], NULL, run, &jobs[t]);
    double start = 1e300, end = 0;
    for (int t = 0; t < threads; t++) {
        pthread_join(th[t], NULL);
        start = jobs[t].t0 < start ? jobs[t].t0 : start;
        end = jobs[t].t1 > end ? jobs[t].t1 : end;
        *allowed += jobs[t].allowed;
        *failed += jobs[t].failed;
    }
    pthread_barrier_destroy(&barrier);
    return (end - start) / (double)(ops / (size_t)threads * (size_t)threads);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int rounds = 7, json = 0, status = 1;
    size_t ops = 2000000;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--ops") == 0 && i + 1 < argc)
            ops = (size_t)strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else {
            fprintf(stderr, "usage: bench_ratelimit [--rounds N] [--ops N] [--json]\n");
            return 2;
        }
    }
    if (rounds < 1 || rounds > MAX_ROUNDS)
        rounds = 7;
    if (ops < 1000)
        ops = 1000;

    dayone_error err = {0};
    dayone_policy *policy = NULL;
    dayone_limiter *lim = NULL;
    char *keys = malloc((size_t)TENANTS * KEY_STRIDE);
    if (!keys)
        goto done;
    for (size_t i = 0; i < TENANTS; i++)
        snprintf(keys + i * KEY_STRIDE, KEY_STRIDE, "tenant-%zu", i);
    if (dayone_policy_load_string(&policy, POLICY, sizeof POLICY - 1, "<bench>", &err) != DAYONE_OK) {
        fprintf(stderr, "bench_ratelimit: policy: %s\n", err.message);
        goto done;
    }
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = 2 * TENANTS; /* every tenant tracked, as in the peers' maps */
    if (dayone_limiter_new(&lim, policy, &o, &err) != DAYONE_OK) {
        fprintf(stderr, "bench_ratelimit: limiter: %s\n", err.message);
        goto done;
    }
    job warm = {lim, keys, 0, TENANTS, TENANTS, 0, NULL, 0, 0, 0, 0};
    run(&warm); /* every tenant tracked before timing */
    for (int c = 0; c < 4; c++) {
        int threads = 1 + c % 2, batch = c < 2 ? 0 : BATCH;
        double ns[MAX_ROUNDS];
        size_t allowed = 0, failed = 0, total = 0;
        for (int r = 0; r < rounds; r++) {
            ns[r] = round_ns(lim, keys, threads, batch, ops, &allowed, &failed);
            total += ops / (size_t)threads * (size_t)threads;
        }
        if (failed) {
            fprintf(stderr, "bench_ratelimit: %zu decisions failed\n", failed);
            goto done;
        }
        const char *op = threads == 1 ? "rl.mem.1t" : "rl.mem.2t";
        const char *tool = batch ? "libdayone (C, decide_many x1000)" : "libdayone (C)";
        if (json) {
            printf("{\"op\": \"%s\", \"tool\": \"%s\", \"allowed\": %.4f, \"samples_ns\": [",
                   op, tool, (double)allowed / (double)total);
            for (int r = 0; r < rounds; r++)
                printf("%s%.2f", r ? ", " : "", ns[r]);
            printf("]}\n");
        } else {
            double s[MAX_ROUNDS];
            memcpy(s, ns, (size_t)rounds * sizeof s[0]);
            qsort(s, (size_t)rounds, sizeof s[0], cmp_double);
            printf("%-32s %d thread%s, %d tenants: %.1f ns/decision (min %.1f, max %.1f), "
                   "%.1f%% allowed\n", tool, threads, threads == 1 ? " " : "s", TENANTS,
                   s[rounds / 2], s[0], s[rounds - 1],
                   100.0 * (double)allowed / (double)total);
        }
    }
    status = 0;
done:
    dayone_limiter_free(lim);
    dayone_policy_free(policy);
    free(keys);
    return status;
}
