/* bench_check.c - time of one launch-readiness check and of loading the policy.
 *
 * The check: dayone_check() of the embedded default policy against the
 * ~200-variable environment of bench/env200.env (the same data every peer
 * of `make bench` checks), after the policy is loaded and the snapshot
 * built - what a service pays at start-up, and what a deploy gate pays per
 * environment. Target: 5 us or less. The load: dayone_policy_load_default()
 * (YAML parse, validation, regex compilation) plus the matching free.
 *
 * check_vars: dayone_check_vars() of the same variables handed over as
 * (name, value) pairs, as the Python and Go bindings do on every call: every
 * pair is judged and the snapshot the check reads is built per call. The
 * bindings' crossing adds only the unpacking of their buffer to this.
 *
 * Each figure is the median of ROUNDS rounds; a round times a batch of
 * calls and divides. The environment must pass the check (a failing one
 * would measure a different path), so the program refuses to time it
 * otherwise.
 *
 * Usage: bench_check [--env FILE] [--rounds N] [--json]
 *   --json prints one JSON object per line for bench/collect.py:
 *   {"op": ..., "tool": ..., "samples_ns": [...]}. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dayone.h"
#include "env.h" /* dy_env_at: the pairs of the snapshot, for check_vars */

#define MAX_ROUNDS 101
/* The check_vars row's tool name in make bench (bench/collect.py). */
#define CHECK_VARS_TOOL "libdayone (C, check_vars of 200 packed variables)"

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

typedef struct stats {
    double median, min, max;
} stats;

static stats summarise(const double *samples, int n)
{
    double v[MAX_ROUNDS];
    memcpy(v, samples, (size_t)n * sizeof v[0]);
    qsort(v, (size_t)n, sizeof v[0], cmp_double);
    return (stats){v[n / 2], v[0], v[n - 1]};
}

/* One check + free; returns the report's verdict (1 ok), -1 on failure. */
static int check_once(const dayone_policy *policy, const dayone_env *env)
{
    dayone_report *report = NULL;
    dayone_error err = {0};
    if (dayone_check(&report, policy, env, NULL, &err) != DAYONE_OK)
        return -1;
    int ok = dayone_report_ok(report);
    dayone_report_free(report);
    return ok;
}

static int time_checks(const dayone_policy *policy, const dayone_env *env, int rounds,
                       int batch, double *out)
{
    for (int i = 0; i < batch / 10; i++) /* warm caches and the allocator */
        if (check_once(policy, env) != 1)
            return -1;
    for (int r = 0; r < rounds; r++) {
        double t0 = now_ns();
        for (int i = 0; i < batch; i++)
            if (check_once(policy, env) != 1)
                return -1;
        out[r] = (now_ns() - t0) / batch;
    }
    return 0;
}

/* One dayone_check_vars + free; the verdict (1 ok), -1 on failure. */
static int check_vars_once(const dayone_policy *policy, const dayone_var *vars, size_t n)
{
    dayone_report *report = NULL;
    dayone_error err = {0};
    if (dayone_check_vars(&report, policy, vars, n, NULL, &err) != DAYONE_OK)
        return -1;
    int ok = dayone_report_ok(report);
    dayone_report_free(report);
    return ok;
}

static int time_check_vars(const dayone_policy *policy, const dayone_var *vars, size_t n,
                           int rounds, int batch, double *out)
{
    for (int i = 0; i < batch / 10; i++)
        if (check_vars_once(policy, vars, n) != 1)
            return -1;
    for (int r = 0; r < rounds; r++) {
        double t0 = now_ns();
        for (int i = 0; i < batch; i++)
            if (check_vars_once(policy, vars, n) != 1)
                return -1;
        out[r] = (now_ns() - t0) / batch;
    }
    return 0;
}

/* The snapshot's entries as the (name, value) pairs a binding passes;
 * they borrow the snapshot's strings. NULL when memory ran out. */
static dayone_var *env_pairs(const dayone_env *env, size_t *n)
{
    *n = dayone_env_count(env);
    dayone_var *vars = calloc(*n ? *n : 1, sizeof *vars);
    for (size_t i = 0; vars && i < *n; i++) {
        const dy_env_entry *e = dy_env_at(env, i);
        vars[i] = (dayone_var){e->name, strlen(e->name), e->value, e->value_len};
    }
    return vars;
}

static int time_loads(int rounds, int batch, double *out)
{
    dayone_error err = {0};
    for (int r = 0; r < rounds; r++) {
        double t0 = now_ns();
        for (int i = 0; i < batch; i++) {
            dayone_policy *p = NULL;
            if (dayone_policy_load_default(&p, &err) != DAYONE_OK)
                return -1;
            dayone_policy_free(p);
        }
        out[r] = (now_ns() - t0) / batch;
    }
    return 0;
}

static void print_json(const char *op, const char *tool, const double *s, int n)
{
    printf("{\"op\": \"%s\", \"tool\": \"%s\", \"samples_ns\": [", op, tool);
    for (int i = 0; i < n; i++)
        printf("%s%.1f", i ? ", " : "", s[i]);
    printf("]}\n");
}

int main(int argc, char **argv)
{
    const char *env_path = "bench/env200.env";
    int rounds = 11, json = 0, status = 1;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--env") == 0 && i + 1 < argc)
            env_path = argv[++i];
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else {
            fprintf(stderr, "usage: bench_check [--env FILE] [--rounds N] [--json]\n");
            return 2;
        }
    }
    if (rounds < 1 || rounds > MAX_ROUNDS)
        rounds = 11;
    if (strcmp(DAYONE_BUILD_TYPE, "Release") != 0 && !json)
        fprintf(stderr, "warning: library built as '%s'; use the bench preset for real numbers\n",
                DAYONE_BUILD_TYPE);

    dayone_error err = {0};
    dayone_policy *policy = NULL;
    dayone_env *env = NULL;
    dayone_var *vars = NULL;
    size_t nvars = 0;
    double check_ns[MAX_ROUNDS], vars_ns[MAX_ROUNDS], load_ns[MAX_ROUNDS];

    if (dayone_policy_load_default(&policy, &err) != DAYONE_OK) {
        fprintf(stderr, "bench_check: default policy: %s\n", err.message);
        goto done;
    }
    if (dayone_env_new(&env) != DAYONE_OK || dayone_env_add_file(env, env_path, &err) != DAYONE_OK) {
        fprintf(stderr, "bench_check: %s: %s\n", env_path, err.message);
        goto done;
    }
    if (check_once(policy, env) != 1) {
        fprintf(stderr, "bench_check: %s does not pass the default policy; "
                        "run `dayone check --env-file %s`\n", env_path, env_path);
        goto done;
    }
    if (!(vars = env_pairs(env, &nvars))) {
        fprintf(stderr, "bench_check: out of memory\n");
        goto done;
    }
    if (check_vars_once(policy, vars, nvars) != 1) {
        fprintf(stderr, "bench_check: dayone_check_vars of %s's pairs does not pass\n",
                env_path);
        goto done;
    }
    if (time_checks(policy, env, rounds, 4000, check_ns) != 0 ||
        time_check_vars(policy, vars, nvars, rounds, 2000, vars_ns) != 0 ||
        time_loads(rounds, 200, load_ns) != 0) {
        fprintf(stderr, "bench_check: a call failed while timing\n");
        goto done;
    }
    if (json) {
        print_json("check.inproc", "libdayone (C)", check_ns, rounds);
        /* Beside "one check" in make bench's table: the same check, the
         * snapshot built from the pairs on every call. */
        print_json("check.inproc", CHECK_VARS_TOOL, vars_ns, rounds);
        print_json("check.load", "libdayone (C)", load_ns, rounds);
    } else {
        stats c = summarise(check_ns, rounds), v = summarise(vars_ns, rounds),
              l = summarise(load_ns, rounds);
        printf("libdayone launch-readiness check, default policy, %zu variables (%s)\n",
               dayone_env_count(env), env_path);
        printf("median of %d rounds (min .. max)\n", rounds);
        printf("  one check:                        %9.2f us  (%.2f .. %.2f)  target <= 2 us: %s\n",
               c.median / 1e3, c.min / 1e3, c.max / 1e3, c.median <= 2000 ? "ok" : "OVER");
        printf("  check_vars, %3zu packed variables: %9.2f us  (%.2f .. %.2f)  target <= 2.5 us: %s\n",
               nvars, v.median / 1e3, v.min / 1e3, v.max / 1e3,
               v.median <= 2500 ? "ok" : "OVER");
        printf("  load default policy:              %9.2f us  (%.2f .. %.2f)  target <= 30 us: %s\n",
               l.median / 1e3, l.min / 1e3, l.max / 1e3, l.median <= 30000 ? "ok" : "OVER");
    }
    status = 0;
done:
    free(vars);
    dayone_env_free(env);
    dayone_policy_free(policy);
    return status;
}
