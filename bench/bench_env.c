/* bench_env.c - cost of building and freeing a 200-variable snapshot with
 * dayone_env_set(), the path every language binding takes once per check
 * (Python's check() of a dict, Go's Check of a map).
 *
 * A sample builds one snapshot of 200 new variables (names VAR_NUMBER_<i>,
 * 41-byte values) and frees it, timing the two halves separately. Each run
 * takes SAMPLES samples and keeps their best and median; the program does
 * RUNS runs and prints each, then the median of the run medians and the
 * overall best. Targets: build <= ~25 ns per variable (5 us), free <= 1.5 us.
 *
 * Then the two ways a binding checks 200 variables against the default
 * policy: a snapshot of all of them then dayone_check, and
 * dayone_check_vars (no snapshot; only the variables the policy can read
 * are copied): medians over the same samples.
 *
 * Usage: bench_env [--runs N] [--samples N] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dayone.h"

enum { NVARS = 200, MAX_RUNS = 101 };

static double now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e9 + (double)t.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    int runs = 5, samples = 2000;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = atoi(argv[++i]);
        else if (strcmp(argv[i], "--samples") == 0 && i + 1 < argc)
            samples = atoi(argv[++i]);
        else {
            fprintf(stderr, "usage: bench_env [--runs N] [--samples N]\n");
            return 2;
        }
    }
    if (runs < 1 || runs > MAX_RUNS || samples < 1) {
        fprintf(stderr, "bench_env: runs must be 1..%d, samples >= 1\n", MAX_RUNS);
        return 2;
    }
    static char names[NVARS][32], vals[NVARS][48];
    size_t lens[NVARS];
    for (int i = 0; i < NVARS; i++) {
        snprintf(names[i], sizeof names[i], "VAR_NUMBER_%d", i);
        snprintf(vals[i], sizeof vals[i], "value-%d-abcdefghijklmnopqrstuvwxyz", i);
        lens[i] = strlen(vals[i]);
    }
    double *bt = malloc((size_t)samples * sizeof *bt);
    double *ft = malloc((size_t)samples * sizeof *ft);
    double run_bmed[MAX_RUNS], run_fmed[MAX_RUNS], best_b = 1e18, best_f = 1e18;
    if (!bt || !ft)
        return 1;
    for (int r = 0; r < runs; r++) {
        double rb = 1e18, rf = 1e18;
        for (int s = 0; s < samples; s++) {
            double t0 = now_ns();
            dayone_env *e = NULL;
            if (dayone_env_new(&e) != DAYONE_OK)
                return 1;
            for (int i = 0; i < NVARS; i++)
                if (dayone_env_set(e, names[i], vals[i], lens[i], NULL) != DAYONE_OK)
                    return 1;
            double t1 = now_ns();
            dayone_env_free(e);
            double t2 = now_ns();
            bt[s] = t1 - t0;
            ft[s] = t2 - t1;
            rb = bt[s] < rb ? bt[s] : rb;
            rf = ft[s] < rf ? ft[s] : rf;
        }
        run_bmed[r] = median(bt, (size_t)samples);
        run_fmed[r] = median(ft, (size_t)samples);
        best_b = rb < best_b ? rb : best_b;
        best_f = rf < best_f ? rf : best_f;
        printf("run %d: build median %.0f ns (best %.0f), free median %.0f ns (best %.0f)\n",
               r + 1, run_bmed[r], rb, run_fmed[r], rf);
    }
    /* The check both ways; bt/ft reused for their samples. */
    dayone_var vars[NVARS];
    for (int i = 0; i < NVARS; i++)
        vars[i] = (dayone_var){ names[i], strlen(names[i]), vals[i], lens[i] };
    for (int s = 0; s < samples; s++) {
        dayone_report *r = NULL;
        double t0 = now_ns();
        dayone_env *e = NULL;
        if (dayone_env_new(&e) != DAYONE_OK ||
            dayone_env_set_many(e, vars, NVARS, NULL) != DAYONE_OK ||
            dayone_check(&r, NULL, e, NULL, NULL) != DAYONE_OK)
            return 1;
        dayone_env_free(e);
        dayone_report_free(r);
        double t1 = now_ns();
        if (dayone_check_vars(&r, NULL, vars, NVARS, NULL, NULL) != DAYONE_OK)
            return 1;
        dayone_report_free(r);
        double t2 = now_ns();
        bt[s] = t1 - t0;
        ft[s] = t2 - t1;
    }
    printf("check of %d variables, default policy: snapshot + dayone_check median %.0f ns, "
           "dayone_check_vars median %.0f ns\n",
           NVARS, median(bt, (size_t)samples), median(ft, (size_t)samples));
    double mb = median(run_bmed, (size_t)runs), mf = median(run_fmed, (size_t)runs);
    printf("env build (%d x dayone_env_set): median %.0f ns (%.1f ns/var), best %.0f ns\n",
           NVARS, mb, mb / NVARS, best_b);
    printf("env free (%d entries): median %.0f ns, best %.0f ns  [%s build]\n", NVARS, mf,
           best_f, DAYONE_BUILD_TYPE);
    free(bt);
    free(ft);
    return 0;
}
