/* bench_limiter.c - ns per decision of the in-process limiter.
 *
 * Cases: 1 key, 100k keys, 1M keys (capacity = keys); 1 and 2 threads; the
 * time supplied in the request (now_ns: the limiter alone) or read from
 * CLOCK_MONOTONIC per call; single calls (dayone_limiter_decide), single
 * calls on a resolved handle (dayone_limiter_decide_handle, what the Go
 * binding's Decide uses) and batches of 64 (dayone_limiter_decide_many,
 * what the bindings' batch calls use). Each
 * figure is the median of several runs on a table warmed with every key.
 * Prints the 2-thread speedup and the bytes of state per tracked key too.
 *
 * Wall time gives the throughput; each thread's CPU time is printed as well
 * with the share of the CPUs the threads actually got ("util"): on a busy
 * machine the wall figures overstate the cost, the CPU ones much less.
 *
 * Floors, at 100k keys: what a single call cannot go below on this
 * machine - one clock read (clock_gettime(CLOCK_MONOTONIC), what a call
 * without a supplied time adds), and one atomic compare-and-swap on a
 * random cache line of a buffer as large as the state table (what every
 * decision does to its key's line), in sequence with independent lines as
 * the single-call loop has them; beside it the same with a plain load and
 * store, which the CPU can overlap across iterations where the locked
 * instruction cannot. Two more: the locked compare-and-swap with each
 * line's address depending on the previous one's result (one line at a
 * time: the full latency of a line, which a single call pays for whatever
 * part of it its own work does not cover), and a decision's state work
 * alone - hash the key, then step its GCRA state in the limiter's own
 * table (limiter_table.h), one key after the other - with no name lookup,
 * no decision to fill and no counters.
 *
 * Usage: bench_limiter [--quick] [--runs N] [--keys N (only that case)]
 *        bench_limiter --json [--runs N] [--ops N]
 *        bench_limiter --profile single|handle|batch [--clock]
 * --json is `make bench`'s part (bench/collect.py reads it): at 100k keys
 * only, N rounds (default 7), each round one sample of every row - single
 * calls and batches of 64 with the time supplied, and the hash + table step
 * and one-line-at-a-time floors, each on 1 then 2 threads back to back (the
 * pair is one speedup sample), then the other floors - printed as one JSON
 * record per row {"op", "tool", "samples_ns", ...}; --ops sets the
 * decisions per sample (floors: a quarter of them).
 * --profile runs 200,000 decisions of one form at 100k keys (after a warm
 * pass in another form) and nothing else, for an instruction count:
 *   valgrind --tool=callgrind --toggle-collect=dayone_limiter_decide_handle \
 *       build/bench/bench/bench_limiter --profile handle
 * then divide the collected count by 200,000 (the API function and what it
 * calls, not the loop; dayone_limiter_decide / _decide_many for the others).
 * Build with the release preset for meaningful numbers. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dayone.h"
#include "limiter_table.h"

static const char POLICY[] =
    "version: 1\n"
    "plans:\n"
    "  - name: bench\n"
    "    limits:\n"
    "      ingest: {rps: 1000000, burst: 1000}\n";

#define KEY_STRIDE 24
#define BATCH 64
/* Supplied time advances 50 ns per decision and per thread and carries on
 * across runs, so state stays in a steady regime: with many keys each key is
 * under its rate (allowed); a single key is far over it (mostly denied). */
#define STEP_NS 50
static int64_t g_time = 1000000000;

/* How a run decides (job.batch). */
enum { CALLS_SINGLE = 0, CALLS_BATCH = 1, CALLS_HANDLE = 2 };
static const char *const CALLS_NAME[] = {"single", "batch", "handle"};

typedef struct job {
    dayone_limiter *lim;
    const char *keys;      /* nkeys * KEY_STRIDE */
    size_t first, nkeys;   /* this thread's key range */
    size_t ops;
    int64_t start_t;       /* supplied time of the first decision */
    int use_clock;
    int batch;             /* CALLS_SINGLE, CALLS_BATCH or CALLS_HANDLE */
    pthread_barrier_t *barrier;
    double ns;             /* wall ns of this thread's loop */
    double cpu_ns;         /* CPU ns of this thread's loop */
    size_t allowed;
} job;

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double thread_cpu_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static void *run(void *arg)
{
    job *j = arg;
    dayone_request r[BATCH];
    dayone_decision d[BATCH];
    for (int b = 0; b < BATCH; b++) {
        dayone_request init = DAYONE_REQUEST_INIT;
        r[b] = init;
        r[b].plan = "bench";
        r[b].limit = "ingest";
    }
    size_t k = 0, allowed = 0;
    int64_t t = j->start_t;
    size_t per_call = j->batch == CALLS_BATCH ? BATCH : 1;
    dayone_limit_handle *h = NULL;
    if (j->batch == CALLS_HANDLE &&
        dayone_limiter_resolve(j->lim, "bench", "ingest", NULL, &h, NULL) != DAYONE_OK)
        return NULL;
    if (j->barrier)
        pthread_barrier_wait(j->barrier);
    double start = now_ns(), cpu_start = thread_cpu_ns();
    for (size_t i = 0; i < j->ops; i += per_call) {
        for (size_t b = 0; b < per_call; b++) {
            r[b].key = j->keys + (j->first + k) * KEY_STRIDE;
            if (++k == j->nkeys)
                k = 0;
            r[b].now_ns = j->use_clock ? 0 : (t += STEP_NS);
        }
        if (h)
            dayone_limiter_decide_handle(j->lim, h, r[0].key, strlen(r[0].key), 1, -1,
                                         r[0].now_ns, &d[0], NULL);
        else if (per_call == 1)
            dayone_limiter_decide(j->lim, &r[0], &d[0], NULL);
        else
            dayone_limiter_decide_many(j->lim, r, per_call, d, NULL, NULL);
        for (size_t b = 0; b < per_call; b++)
            allowed += (size_t)d[b].allowed;
    }
    j->ns = now_ns() - start;
    j->cpu_ns = thread_cpu_ns() - cpu_start;
    j->allowed = allowed;
    dayone_limit_handle_free(h);
    return NULL;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof v[0], cmp_double);
    return v[n / 2];
}

typedef struct result {
    double ns_per_op;     /* wall time / total decisions (throughput) */
    double mops;          /* million decisions per second */
    double cpu_ns_per_op; /* busiest thread's CPU time / total decisions */
    double utilisation;   /* CPU time / (threads * wall): < 0.9 = machine busy */
    double allowed;       /* share of decisions allowed */
} result;

/* One configuration, median of `runs`. The limiter is reused (warm). */
static result measure(dayone_limiter *lim, const char *keys, size_t nkeys, int threads,
                      int use_clock, int batch, size_t ops, int runs)
{
    double wall[32], cpu[32], util[32], allowed = 0;
    for (int r = 0; r < runs; r++) {
        job jobs[2];
        pthread_t th[2];
        pthread_barrier_t barrier;
        pthread_barrier_init(&barrier, NULL, (unsigned)threads);
        size_t per = nkeys / (size_t)threads;
        for (int t = 0; t < threads; t++) {
            jobs[t] = (job){lim, keys, per * (size_t)t, per ? per : 1, ops / (size_t)threads,
                            g_time, use_clock, batch, &barrier, 0, 0, 0};
            if (nkeys == 1)
                jobs[t].first = 0, jobs[t].nkeys = 1;
        }
        for (int t = 0; t < threads; t++)
            pthread_create(&th[t], NULL, run, &jobs[t]);
        for (int t = 0; t < threads; t++)
            pthread_join(th[t], NULL);
        g_time += (int64_t)ops * STEP_NS;
        double slowest = 0, busiest = 0, cpu_sum = 0;
        size_t ok = 0;
        for (int t = 0; t < threads; t++) {
            if (jobs[t].ns > slowest)
                slowest = jobs[t].ns;
            if (jobs[t].cpu_ns > busiest)
                busiest = jobs[t].cpu_ns;
            cpu_sum += jobs[t].cpu_ns;
            ok += jobs[t].allowed;
        }
        wall[r] = slowest / (double)ops;
        cpu[r] = busiest / (double)ops;
        util[r] = cpu_sum / ((double)threads * slowest);
        allowed += (double)ok / (double)ops / runs;
        pthread_barrier_destroy(&barrier);
    }
    result res;
    res.ns_per_op = median(wall, runs);
    res.mops = 1e3 / res.ns_per_op;
    res.cpu_ns_per_op = median(cpu, runs);
    res.utilisation = median(util, runs);
    res.allowed = allowed;
    return res;
}

/* ---- floors ---------------------------------------------------------------- */

/* Wall and CPU ns per operation, each the median of the runs with the
 * wall time's min and max: on a busy machine the CPU figure is the one to
 * trust. */
typedef struct floor_stats {
    double median, min, max, cpu;
    double util; /* the share of their CPUs the threads got (floor_threads) */
} floor_stats;

static floor_stats floor_summary(double *v, double *cpu, int n)
{
    floor_stats f;
    f.median = median(v, n); /* sorts v */
    f.min = v[0];
    f.max = v[n - 1];
    f.cpu = median(cpu, n);
    f.util = 1;
    return f;
}

/* ns per clock_gettime(CLOCK_MONOTONIC). */
static floor_stats floor_clock(size_t ops, int runs)
{
    double v[32], cpu[32];
    volatile int64_t sink = 0;
    for (int r = 0; r < runs; r++) {
        double t0 = now_ns(), c0 = thread_cpu_ns();
        for (size_t i = 0; i < ops; i++) {
            struct timespec ts;
            clock_gettime(CLOCK_MONOTONIC, &ts);
            sink += ts.tv_nsec;
        }
        v[r] = (now_ns() - t0) / (double)ops;
        cpu[r] = (thread_cpu_ns() - c0) / (double)ops;
    }
    (void)sink;
    return floor_summary(v, cpu, runs);
}

/* A zeroed buffer of `bytes` (at least one line) in 64-byte lines, their
 * count in *nlines; NULL when out of memory. */
static _Atomic uint64_t *floor_buffer(size_t bytes, size_t *nlines)
{
    *nlines = bytes / 64 ? bytes / 64 : 1;
    _Atomic uint64_t *buf = aligned_alloc(64, *nlines * 64);
    if (buf)
        for (size_t i = 0; i < *nlines * 8; i++)
            atomic_init(&buf[i], 0);
    return buf;
}

/* ns per update of a random 64-byte line of a `bytes` buffer: a locked
 * compare-and-swap after a write prefetch (as a decision locks its
 * key's slot), or a plain load and store. All -1 when out of memory. */
static floor_stats floor_lines(size_t bytes, int locked, size_t ops, int runs)
{
    floor_stats none = {-1, -1, -1, -1, -1};
    size_t nlines;
    _Atomic uint64_t *buf = floor_buffer(bytes, &nlines);
    if (!buf)
        return none;
    /* Random lines, by multiply-shift like the table's index, read from
     * memory as a decision reads its key: the address comes from a load. */
    size_t nidx = ops < 1000000 ? ops : 1000000;
    uint32_t *line = malloc(nidx * sizeof *line);
    if (!line) {
        free((void *)buf);
        return none;
    }
    for (size_t i = 0; i < nidx; i++)
        line[i] = (uint32_t)((((((uint64_t)i + 1) * UINT64_C(0x9e3779b97f4a7c15)) >> 32) *
                              nlines) >> 32);
    double v[32], cpu[32];
    for (int r = 0; r < runs; r++) {
        double t0 = now_ns(), c0 = thread_cpu_ns();
        for (size_t i = 0, k = 0; i < ops; i++, k = k + 1 == nidx ? 0 : k + 1) {
            _Atomic uint64_t *w = &buf[(size_t)line[k] * 8];
            if (locked) {
                __builtin_prefetch((const void *)w, 1, 3);
                uint64_t old = atomic_load_explicit(w, memory_order_relaxed);
                atomic_compare_exchange_strong_explicit(w, &old, old + 1, memory_order_acquire,
                                                        memory_order_relaxed);
            } else {
                uint64_t old = atomic_load_explicit(w, memory_order_relaxed);
                atomic_store_explicit(w, old + 1, memory_order_relaxed);
            }
        }
        v[r] = (now_ns() - t0) / (double)ops;
        cpu[r] = (thread_cpu_ns() - c0) / (double)ops;
    }
    free(line);
    free((void *)buf);
    return floor_summary(v, cpu, runs);
}

/* One thread's share of a floor that also runs on two threads
 * (floor_serial_lines, floor_table_step): the lines of a buffer, or keys
 * of a table; the threads share the buffer or the table, as decisions on
 * two threads share the limiter's. */
typedef struct floor_job {
    _Alignas(64) _Atomic uint64_t *buf; /* lines: the buffer, its line count, this thread's */
    size_t nlines;         /* random state */
    uint64_t x;
    dy_table *table;       /* table step: the table and its seed, this thread's */
    uint64_t seed;         /* keys, its supplied time */
    const char *keys;
    size_t nkeys;
    int64_t now;
    size_t ops;
    pthread_barrier_t *barrier;
    double ns, cpu_ns;
    size_t allowed;
} floor_job;

/* the bench policy's rate: 1,000,000 per second, burst 1000 */
#define FLOOR_EMISSION INT64_C(1000)
#define FLOOR_TOLERANCE (1000 * FLOOR_EMISSION)

static void *floor_worker(void *arg)
{
    floor_job *j = arg;
    if (j->barrier)
        pthread_barrier_wait(j->barrier);
    double t0 = now_ns(), c0 = thread_cpu_ns();
    if (j->table) {
        /* locals, written back once: the two threads' jobs are neighbours
         * in memory, and a store per step would bounce their line */
        const uint64_t inv = dy_gcra_inverse(FLOOR_EMISSION), seed = j->seed;
        dy_table *table = j->table;
        const char *keys = j->keys;
        int64_t now = j->now;
        size_t allowed = 0;
        dy_gcra_out g;
        for (size_t i = 0, k = 0; i < j->ops; i++, k = k + 1 == j->nkeys ? 0 : k + 1) {
            const char *key = keys + k * KEY_STRIDE;
            allowed += (size_t)dy_table_update(table, dy_hash_bytes(key, strlen(key), seed),
                                               now += STEP_NS, FLOOR_EMISSION, inv,
                                               FLOOR_TOLERANCE, FLOOR_EMISSION, &g) &
                       (size_t)g.allowed;
        }
        j->now = now;
        j->allowed += allowed;
    } else {
        uint64_t x = j->x;
        for (size_t i = 0; i < j->ops; i++) {
            x = x * UINT64_C(0x9e3779b97f4a7c15) + 1;
            _Atomic uint64_t *w = &j->buf[(size_t)(((x >> 32) * j->nlines) >> 32) * 8];
            uint64_t old = atomic_load_explicit(w, memory_order_relaxed);
            atomic_compare_exchange_strong_explicit(w, &old, old + 1, memory_order_acquire,
                                                    memory_order_relaxed);
            x ^= old >> 63; /* 0, but the next address now waits for this swap */
        }
        j->x = x;
    }
    j->ns = now_ns() - t0;
    j->cpu_ns = thread_cpu_ns() - c0;
    return NULL;
}

/* `runs` runs of `ops` operations split over `threads` (1 or 2) jobs set up
 * by the caller; wall per operation is the slowest thread's time over all
 * operations, as measure() does for decisions. After each run a job's
 * supplied time (table step) moves past every time the run gave. */
static floor_stats floor_threads(floor_job *jobs, int threads, size_t ops, int runs)
{
    double v[32], cpu[32], util[32];
    for (int r = 0; r < runs; r++) {
        pthread_barrier_t barrier;
        pthread_t th[2];
        if (threads > 1)
            pthread_barrier_init(&barrier, NULL, (unsigned)threads);
        for (int t = 0; t < threads; t++) {
            jobs[t].ops = ops / (size_t)threads;
            jobs[t].barrier = threads > 1 ? &barrier : NULL;
        }
        if (threads == 1)
            floor_worker(&jobs[0]);
        else {
            for (int t = 0; t < threads; t++)
                pthread_create(&th[t], NULL, floor_worker, &jobs[t]);
            for (int t = 0; t < threads; t++)
                pthread_join(th[t], NULL);
            pthread_barrier_destroy(&barrier);
        }
        double slowest = 0, busiest = 0, cpu_sum = 0;
        for (int t = 0; t < threads; t++) {
            slowest = jobs[t].ns > slowest ? jobs[t].ns : slowest;
            busiest = jobs[t].cpu_ns > busiest ? jobs[t].cpu_ns : busiest;
            cpu_sum += jobs[t].cpu_ns;
            jobs[t].now += (int64_t)ops * STEP_NS; /* past every time this run gave */
        }
        v[r] = slowest / (double)ops;
        cpu[r] = busiest / (double)ops;
        util[r] = cpu_sum / ((double)threads * slowest);
    }
    floor_stats f = floor_summary(v, cpu, runs);
    f.util = median(util, runs);
    return f;
}

/* ns per locked compare-and-swap on a random line of a `bytes` buffer when
 * each line's address depends on the previous swap's result: no two lines
 * in flight at once (per thread: `threads` threads share the buffer). */
static floor_stats floor_serial_lines(size_t bytes, size_t ops, int runs, int threads)
{
    floor_stats none = {-1, -1, -1, -1, -1};
    floor_job jobs[2];
    size_t nlines;
    _Atomic uint64_t *buf = floor_buffer(bytes, &nlines);
    if (!buf)
        return none;
    for (int t = 0; t < threads; t++)
        jobs[t] = (floor_job){.buf = buf, .nlines = nlines, .x = 1 + (uint64_t)t * 0x5bd1e995};
    floor_stats f = floor_threads(jobs, threads, ops, runs);
    free((void *)buf);
    return f;
}

/* ns per hash of a key and GCRA step on its state in a table of
 * `capacity` keys (the limiter's table, warmed with every key), one key
 * after the other, the time supplied: a decision's state work alone. On
 * two threads, each takes half the keys of one shared table. */
static floor_stats floor_table_step(const char *keys, size_t nkeys, size_t capacity, size_t ops,
                                    int runs, int threads)
{
    floor_stats none = {-1, -1, -1, -1, -1};
    dy_table *t = NULL;
    if (dy_table_new(&t, capacity) != DAYONE_OK)
        return none;
    const uint64_t inv = dy_gcra_inverse(FLOOR_EMISSION), seed = dy_table_seed(t);
    int64_t now = INT64_C(1000000000);
    dy_gcra_out g;
    for (size_t k = 0; k < nkeys; k++) {
        const char *key = keys + k * KEY_STRIDE;
        dy_table_update(t, dy_hash_bytes(key, strlen(key), seed), now += STEP_NS, FLOOR_EMISSION,
                        inv, FLOOR_TOLERANCE, FLOOR_EMISSION, &g);
    }
    floor_job jobs[2];
    size_t per = nkeys / (size_t)threads;
    for (int i = 0; i < threads; i++)
        jobs[i] = (floor_job){.table = t, .seed = seed, .keys = keys + (size_t)i * per * KEY_STRIDE,
                              .nkeys = per, .now = now};
    floor_stats f = floor_threads(jobs, threads, ops, runs);
    dy_table_free(t);
    for (int i = 0; i < threads; i++)
        if (jobs[i].allowed == 0) /* every step is allowed at this rate: a broken floor otherwise */
            return none;
    return f;
}

static char *make_keys(size_t n)
{
    char *keys = malloc(n * KEY_STRIDE);
    if (!keys)
        return NULL;
    for (size_t i = 0; i < n; i++)
        snprintf(keys + i * KEY_STRIDE, KEY_STRIDE, "tenant-%zu", i * 2654435761u % 1000000007u);
    return keys;
}

/* nkeys keys (make_keys) and a limiter with room for them, or 1 with
 * nothing held and the reason on stderr. */
static int new_keyed_limiter(const dayone_policy *policy, size_t nkeys, char **keys,
                             dayone_limiter **lim)
{
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    o.capacity = nkeys;
    dayone_error err = {0};
    *keys = make_keys(nkeys);
    if (!*keys || dayone_limiter_new(lim, policy, &o, &err) != DAYONE_OK) {
        fprintf(stderr, "bench_limiter: setup failed: %s\n", *keys ? err.message : "out of memory");
        free(*keys);
        *keys = NULL;
        return 1;
    }
    return 0;
}


/* ---- --json: make bench's rows ------------------------------------------------ */

#define JSON_ROUNDS_MAX 31

/* One record: an op of bench/collect.py's table, a tool label, a sample per
 * round; `extra` is more JSON members (", \"k\": v") or "". */
static void json_record(const char *op, const char *tool, const double *v, int n,
                        const char *extra)
{
    printf("{\"op\": \"%s\", \"tool\": \"%s\"%s, \"samples_ns\": [", op, tool, extra);
    for (int i = 0; i < n; i++)
        printf("%s%.2f", i ? ", " : "", v[i]);
    printf("]}\n");
}

/* The members of a paired row: per sample, the share of their CPUs the
 * threads got ("util", under 0.9: the machine was busy) and the busiest
 * thread's CPU ns per operation ("cpu_ns", which a busy machine inflates
 * far less than the wall time). */
static void json_paired(char *out, size_t size, const double *util, const double *cpu, int n)
{
    int len = snprintf(out, size, ", \"paired\": true, \"util\": [");
    for (int i = 0; i < n; i++)
        len += snprintf(out + len, size - (size_t)len, "%s%.3f", i ? ", " : "", util[i]);
    len += snprintf(out + len, size - (size_t)len, "], \"cpu_ns\": [");
    for (int i = 0; i < n; i++)
        len += snprintf(out + len, size - (size_t)len, "%s%.2f", i ? ", " : "", cpu[i]);
    snprintf(out + len, size - (size_t)len, "]");
}

#define JSON_EXTRA_MAX (96 + JSON_ROUNDS_MAX * 24)

/* A floor's record, or an "unavailable" one when it could not be measured
 * (out of memory, or a table step that never allowed). `util`: per
 * sample, for a floor on two threads paired with its 1-thread row. */
static void json_floor(const char *op, const char *tool, const double *v, const double *util,
                       const double *cpu, int n)
{
    for (int i = 0; i < n; i++)
        if (v[i] < 0) {
            printf("{\"op\": \"%s\", \"tool\": \"%s\", \"unavailable\": "
                   "\"bench_limiter could not measure it (out of memory?)\"}\n", op, tool);
            return;
        }
    char extra[JSON_EXTRA_MAX];
    int len = snprintf(extra, sizeof extra, ", \"floor\": true");
    if (util)
        json_paired(extra + len, sizeof extra - (size_t)len, util, cpu, n);
    json_record(op, tool, v, n, extra);
}

/* The floors' labels; collect.py expects exactly these (LIMITER_FLOORS
 * there, checked by ctest bench.limiter_json). The first two also run on
 * two threads (rl.mem.2t rows of the same name, paired with these). */
static const char *const FLOOR_TOOL[] = {
    "floor: hash + table step, no decision",
    "floor: locked CAS, one random line at a time",
    "floor: clock read, no decision",
    "floor: locked CAS, random lines overlapped",
    "floor: plain load+store, random lines",
};
#define NFLOORS (sizeof FLOOR_TOOL / sizeof FLOOR_TOOL[0])
#define NFLOORS_2T 2

/* --json: `rounds` rounds at 100k keys; in each, every decision row and
 * every floor that has a 2-thread form on 1 then 2 threads back to back
 * (one paired speedup sample), then the other floors, so a busy spell of
 * the machine falls on all rows alike. */
static int json_rows(const dayone_policy *policy, int rounds, size_t ops)
{
    const size_t nkeys = 100000;
    static const int forms[] = {CALLS_SINGLE, CALLS_BATCH};
    static const char *const form_tool[] = {"libdayone (C, time supplied)",
                                            "libdayone (C, time supplied, decide_many x64)"};
    double ns[2][2][JSON_ROUNDS_MAX], util[2][2][JSON_ROUNDS_MAX], allowed[2][2] = {{0}};
    double cpu[2][2][JSON_ROUNDS_MAX];
    double fl[NFLOORS][JSON_ROUNDS_MAX], fl2[NFLOORS_2T][JSON_ROUNDS_MAX];
    double fl_util[2][NFLOORS_2T][JSON_ROUNDS_MAX], fl_cpu[2][NFLOORS_2T][JSON_ROUNDS_MAX];
    /* whole batches for each of two threads, so every sample decides `ops` */
    ops = ops < 2 * BATCH ? 2 * BATCH : ops - ops % (2 * BATCH);
    char *keys = NULL;
    dayone_limiter *lim = NULL;
    if (new_keyed_limiter(policy, nkeys, &keys, &lim) != 0)
        return 1;
    job warm = {lim, keys, 0, nkeys, nkeys * 2, g_time, 0, CALLS_SINGLE, NULL, 0, 0, 0};
    run(&warm);
    g_time += (int64_t)nkeys * 2 * STEP_NS;
    const size_t table_bytes = nkeys * 32; /* as the floors of the text report */
    const size_t fops = ops / 4;
    for (int r = 0; r < rounds; r++) {
        for (int f = 0; f < 2; f++)
            for (int threads = 1; threads <= 2; threads++) {
                result m = measure(lim, keys, nkeys, threads, 0, forms[f], ops, 1);
                ns[f][threads - 1][r] = m.ns_per_op;
                util[f][threads - 1][r] = m.utilisation;
                cpu[f][threads - 1][r] = m.cpu_ns_per_op;
                allowed[f][threads - 1] += m.allowed / rounds;
            }
        for (int threads = 1; threads <= 2; threads++) {
            floor_stats ts = floor_table_step(keys, nkeys, nkeys, fops, 1, threads);
            floor_stats sl = floor_serial_lines(table_bytes, fops, 1, threads);
            double *row0 = threads == 1 ? fl[0] : fl2[0], *row1 = threads == 1 ? fl[1] : fl2[1];
            row0[r] = ts.median;
            row1[r] = sl.median;
            fl_util[threads - 1][0][r] = ts.util;
            fl_util[threads - 1][1][r] = sl.util;
            fl_cpu[threads - 1][0][r] = ts.cpu;
            fl_cpu[threads - 1][1][r] = sl.cpu;
        }
        fl[2][r] = floor_clock(fops, 1).median;
        fl[3][r] = floor_lines(table_bytes, 1, fops, 1).median;
        fl[4][r] = floor_lines(table_bytes, 0, fops, 1).median;
    }
    for (int f = 0; f < 2; f++)
        for (int threads = 1; threads <= 2; threads++) {
            /* paired: sample i of the 2-thread row ran right after
             * sample i of the 1-thread row */
            char extra[JSON_EXTRA_MAX];
            int n = snprintf(extra, sizeof extra, ", \"allowed\": %.4f", allowed[f][threads - 1]);
            json_paired(extra + n, sizeof extra - (size_t)n, util[f][threads - 1],
                        cpu[f][threads - 1], rounds);
            json_record(threads == 1 ? "rl.mem.1t" : "rl.mem.2t", form_tool[f],
                        ns[f][threads - 1], rounds, extra);
        }
    for (size_t i = 0; i < NFLOORS; i++)
        json_floor("rl.mem.1t", FLOOR_TOOL[i], fl[i], i < NFLOORS_2T ? fl_util[0][i] : NULL,
                   i < NFLOORS_2T ? fl_cpu[0][i] : NULL, rounds);
    for (size_t i = 0; i < NFLOORS_2T; i++)
        json_floor("rl.mem.2t", FLOOR_TOOL[i], fl2[i], fl_util[1][i], fl_cpu[1][i], rounds);
    dayone_limiter_free(lim);
    free(keys);
    return 0;
}

#define PROFILE_DECISIONS 200000

/* --profile: PROFILE_DECISIONS decisions of one form at 100k keys. */
static int profile(const dayone_policy *policy, int form, int use_clock)
{
    const size_t nkeys = 100000;
    char *keys = NULL;
    dayone_limiter *lim = NULL;
    if (new_keyed_limiter(policy, nkeys, &keys, &lim) != 0)
        return 1;
    /* Warm in another form, so a callgrind toggle on this form's function
     * counts the measured decisions only. */
    job warm = {lim, keys, 0, nkeys, nkeys * 2, g_time, use_clock,
                form == CALLS_BATCH ? CALLS_SINGLE : CALLS_BATCH, NULL, 0, 0, 0};
    run(&warm);
    g_time += (int64_t)nkeys * 2 * STEP_NS;
    job j = {lim, keys, 0, nkeys, PROFILE_DECISIONS, g_time, use_clock, form, NULL, 0, 0, 0};
    run(&j);
    printf("%s, %s: %d decisions, %zu allowed\n", CALLS_NAME[form],
           use_clock ? "clock" : "time supplied", PROFILE_DECISIONS, j.allowed);
    dayone_limiter_free(lim);
    free(keys);
    return 0;
}

int main(int argc, char **argv)
{
    int runs = 5, quick = 0, prof = -1, prof_clock = 0, json = 0, runs_given = 0;
    size_t only_keys = 0, json_ops = 2048000;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0)
            quick = 1;
        else if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc) {
            const char *form = argv[++i];
            for (int f = CALLS_SINGLE; f <= CALLS_HANDLE; f++)
                if (strcmp(form, CALLS_NAME[f]) == 0)
                    prof = f;
            if (prof < 0) {
                fprintf(stderr, "bench_limiter: --profile takes single, handle or batch\n");
                return 2;
            }
        } else if (strcmp(argv[i], "--clock") == 0)
            prof_clock = 1;
        else if (strcmp(argv[i], "--keys") == 0 && i + 1 < argc)
            only_keys = (size_t)strtoull(argv[++i], NULL, 10);
        else if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]), runs_given = 1;
        else if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else if (strcmp(argv[i], "--ops") == 0 && i + 1 < argc)
            json_ops = (size_t)strtoull(argv[++i], NULL, 10);
        else {
            fprintf(stderr, "usage: bench_limiter [--quick] [--runs N] [--keys 1|100000|1000000]\n"
                            "       bench_limiter --json [--runs N] [--ops N]\n"
                            "       bench_limiter --profile single|handle|batch [--clock]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > 31)
        runs = 5;
    if (strcmp(DAYONE_BUILD_TYPE, "Release") != 0 && strcmp(DAYONE_BUILD_TYPE, "RelWithDebInfo") != 0)
        fprintf(stderr, "warning: library built as '%s'; use the release preset for real numbers\n",
                DAYONE_BUILD_TYPE);

    dayone_error err = {0};
    dayone_policy *policy = NULL;
    if (dayone_policy_load_string(&policy, POLICY, sizeof POLICY - 1, "<bench>", &err) != DAYONE_OK) {
        fprintf(stderr, "bench_limiter: policy: %s\n", err.message);
        return 1;
    }
    if (json) {
        if (!runs_given)
            runs = 7;
        if (json_ops < 1000)
            json_ops = 1000;
        int rc = json_rows(policy, runs, json_ops);
        dayone_policy_free(policy);
        return rc;
    }
    if (prof >= 0) {
        int rc = profile(policy, prof, prof_clock);
        dayone_policy_free(policy);
        return rc;
    }
    size_t key_counts[] = {1, 100000, 1000000};
    size_t ops = quick ? 2048000 : 10240000;
    /* [batch][threads-1] at 100k keys, supplied time */
    double ns100k[3][2] = {{0}}, cpu100k[3][2] = {{0}}, util100k[3][2] = {{0}};
    double bytes_per_key = 0;
    size_t table_bytes_100k = 0;

    printf("libdayone in-process limiter: ns per decision (median of %d runs, %zu decisions each)\n",
           runs, ops);
    printf("%-8s %-7s %-9s %-7s %11s %12s %11s %6s %8s\n", "keys", "threads", "time", "calls",
           "ns/decision", "Mdecisions/s", "cpu ns/dec", "util", "allowed");
    for (size_t c = 0; c < sizeof key_counts / sizeof key_counts[0]; c++) {
        size_t nkeys = key_counts[c];
        if (only_keys && nkeys != only_keys)
            continue;
        char *keys = make_keys(nkeys);
        if (!keys)
            return 1;
        /* One limiter per time source: supplied times and CLOCK_MONOTONIC
         * readings must not meet in one table. */
        for (int use_clock = 0; use_clock <= 1; use_clock++) {
            dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
            o.capacity = nkeys < 1000 ? 1000 : nkeys;
            dayone_limiter *lim = NULL;
            if (dayone_limiter_new(&lim, policy, &o, &err) != DAYONE_OK) {
                fprintf(stderr, "bench_limiter: setup failed: %s\n", err.message);
                return 1;
            }
            /* Warm: every key tracked. */
            job warm = {lim, keys, 0, nkeys, nkeys * 2, g_time, use_clock, 0, NULL, 0, 0, 0};
            run(&warm);
            g_time += (int64_t)nkeys * 2 * STEP_NS;
            if (nkeys == 100000) {
                bytes_per_key = (double)dayone_limiter_memory(lim) / (double)nkeys;
                /* the state table alone: two 16-byte slots per key of
                 * capacity (limiter_table.h) */
                table_bytes_100k = o.capacity * 32;
            }
            for (int batch = CALLS_SINGLE; batch <= CALLS_HANDLE; batch++) {
                for (int threads = 1; threads <= 2; threads++) {
                    result r = measure(lim, keys, nkeys, threads, use_clock, batch, ops, runs);
                    printf("%-8zu %-7d %-9s %-7s %11.1f %12.1f %11.1f %5.0f%% %7.1f%%\n", nkeys,
                           threads, use_clock ? "clock" : "supplied", CALLS_NAME[batch],
                           r.ns_per_op, r.mops, r.cpu_ns_per_op, 100.0 * r.utilisation,
                           100.0 * r.allowed);
                    if (nkeys == 100000 && !use_clock) {
                        ns100k[batch][threads - 1] = r.ns_per_op;
                        cpu100k[batch][threads - 1] = r.cpu_ns_per_op;
                        util100k[batch][threads - 1] = r.utilisation;
                    }
                }
            }
            dayone_limiter_free(lim);
        }
        free(keys);
    }
    if (ns100k[0][0] > 0) {
        printf("\nAt 100k keys, supplied time (targets: <= 25 ns on one thread, 2 threads >= 1.7x):\n");
        for (int batch = CALLS_SINGLE; batch <= CALLS_HANDLE; batch++) {
            printf("  %-6s 1 thread %.1f ns wall (%.1f CPU); 2-thread speedup %.2fx wall "
                   "(%.2fx CPU)\n", CALLS_NAME[batch], ns100k[batch][0],
                   cpu100k[batch][0], ns100k[batch][0] / ns100k[batch][1],
                   cpu100k[batch][0] / cpu100k[batch][1]);
            if (util100k[batch][0] < 0.9 || util100k[batch][1] < 0.9)
                printf("         (threads got under 90%% of their CPUs: machine busy, wall "
                       "figures unreliable)\n");
        }
    }
    if (bytes_per_key > 0)
        printf("bytes of state per tracked key at 100k keys: %.1f (target <= 64)\n",
               bytes_per_key);
    if (table_bytes_100k > 0) {
        floor_stats c = floor_clock(ops / 4, runs);
        floor_stats l = floor_lines(table_bytes_100k, 1, ops / 4, runs);
        floor_stats u = floor_lines(table_bytes_100k, 0, ops / 4, runs);
        floor_stats sl = floor_serial_lines(table_bytes_100k, ops / 4, runs, 1);
        char *keys = make_keys(100000);
        floor_stats ts = keys ? floor_table_step(keys, 100000, 100000, ops / 4, runs, 1) : sl;
        free(keys);
        printf("\nFloors at 100k keys, 1 thread: ns per operation, wall median (min .. max) "
               "of %d runs, CPU median\n", runs);
        printf("  clock read (clock_gettime CLOCK_MONOTONIC)          %6.1f (%.1f .. %.1f)  "
               "cpu %.1f\n", c.median, c.min, c.max, c.cpu);
        printf("  locked CAS, random line of the %4.1f MB state table %6.1f (%.1f .. %.1f)  "
               "cpu %.1f\n", (double)table_bytes_100k / 1e6, l.median, l.min, l.max, l.cpu);
        printf("  plain load+store, random line of the same           %6.1f (%.1f .. %.1f)  "
               "cpu %.1f\n", u.median, u.min, u.max, u.cpu);
        printf("  locked CAS, one line at a time (next address waits) %6.1f (%.1f .. %.1f)  "
               "cpu %.1f\n", sl.median, sl.min, sl.max, sl.cpu);
        printf("  hash + table step only, one key at a time           %6.1f (%.1f .. %.1f)  "
               "cpu %.1f\n", ts.median, ts.min, ts.max, ts.cpu);
    }
    dayone_policy_free(policy);
    return 0;
}
