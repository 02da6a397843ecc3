/* bench_redis.c - decisions per second of the limiter with the Redis
 * backend: single calls (one EVALSHA round trip each) and decide_many
 * batches (one pipelined round trip per batch), against the same server.
 *
 * Workload, as go-redis/redis_rate's peer in bench/peers/go/redisrate.go:
 * 100k tenants "tenant-N" taken round-robin, 1000/s with burst 1000,
 * rounds of 20000 decisions; ns per decision = wall / decisions.
 *
 * Usage: bench_redis [--json] [--socket PATH | --url URL] [--rounds N]
 *                    [--ops N] [--batch N] [--only single|batch]
 *                    [--busy-poll-us N] [--tenants N] [--key-prefix P]
 * --tenants N (default 100000) takes N tenants instead: with few, a batch
 * decides on keys that hold state (hot tenants) rather than fresh ones.
 * --key-prefix P names the keys "P" rather than "bench<pid>:", so that one
 * run can decide on the keys another run left (to study server state).
 * Without --socket/--url it starts a private redis-server on a unix socket
 * in a temporary directory and stops it at the end. --json prints one JSON
 * line per figure for bench/collect.py. Build with the release preset.
 *
 * With a socket (--socket or the private server) each mode also reports the
 * CPU time the server and this client spent per decision ("server_cpu_ns",
 * "client_cpu_ns"; the server's from INFO cpu on a connection of its own,
 * before and after the mode): a wall clock that moves while the server's
 * CPU per decision does not is the machine (scheduling, wake-ups), not the
 * work (docs/redis.md, "Benchmark"). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <hiredis/hiredis.h>
#include "dayone.h"

static const char POLICY[] =
    "version: 1\n"
    "plans:\n"
    "  - name: bench\n"
    "    limits:\n"
    "      ingest: {rps: 1000, burst: 1000}\n";

#define TENANTS_MAX 100000
#define KEY_STRIDE 24

/* ns on `id`: CLOCK_MONOTONIC for the rounds, CLOCK_PROCESS_CPUTIME_ID for
 * this client's CPU. */
static double clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

/* CPU seconds the server has used (INFO cpu: used_cpu_sys + used_cpu_user),
 * or a negative number when it cannot say. */
static double server_cpu_s(redisContext *c)
{
    if (!c)
        return -1;
    redisReply *r = redisCommand(c, "INFO cpu");
    double sum = -1;
    if (r && r->type == REDIS_REPLY_STRING) {
        const char *sys = strstr(r->str, "used_cpu_sys:");
        const char *user = strstr(r->str, "used_cpu_user:");
        if (sys && user)
            sum = strtod(sys + 13, NULL) + strtod(user + 14, NULL);
    }
    if (r)
        freeReplyObject(r);
    return sum;
}

static pid_t g_server;
static char g_dir[128], g_sock[192];

static int start_server(void)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/dayone-bench-redis-XXXXXX");
    if (!mkdtemp(g_dir))
        return -1;
    snprintf(g_sock, sizeof g_sock, "%s/redis.sock", g_dir);
    g_server = fork();
    if (g_server < 0)
        return -1;
    if (g_server == 0) {
        freopen("/dev/null", "w", stdout);
        execlp("redis-server", "redis-server", "--port", "0", "--unixsocket", g_sock,
               "--unixsocketperm", "700", "--save", "", "--appendonly", "no", "--dir", g_dir,
               (char *)NULL);
        _exit(127);
    }
    for (int i = 0; i < 500; i++) {
        if (access(g_sock, F_OK) == 0)
            return 0;
        if (waitpid(g_server, NULL, WNOHANG) == g_server) {
            g_server = 0;
            fprintf(stderr, "bench_redis: redis-server did not start "
                            "(install the redis-server package)\n");
            return -1;
        }
        usleep(10000);
    }
    return -1;
}

static void stop_server(void)
{
    if (g_server > 0) {
        kill(g_server, SIGTERM);
        waitpid(g_server, NULL, 0);
        unlink(g_sock);
        rmdir(g_dir);
    }
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
    int json = 0, rounds = 5, ops = 20000, batch = 1000, first_mode = 0, last_mode = 1;
    int busy_poll_us = 0, tenants = TENANTS_MAX;
    const char *sock = NULL, *url = NULL, *key_prefix = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else if (strcmp(argv[i], "--socket") == 0 && i + 1 < argc)
            sock = argv[++i];
        else if (strcmp(argv[i], "--url") == 0 && i + 1 < argc)
            url = argv[++i];
        else if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "--ops") == 0 && i + 1 < argc)
            ops = atoi(argv[++i]);
        else if (strcmp(argv[i], "--batch") == 0 && i + 1 < argc)
            batch = atoi(argv[++i]);
        else if (strcmp(argv[i], "--only") == 0 && i + 1 < argc &&
                 (strcmp(argv[i + 1], "single") == 0 || strcmp(argv[i + 1], "batch") == 0))
            first_mode = last_mode = strcmp(argv[++i], "batch") == 0; /* profiling one mode */
        else if (strcmp(argv[i], "--busy-poll-us") == 0 && i + 1 < argc)
            busy_poll_us = atoi(argv[++i]); /* docs/redis.md, "Waiting for the reply" */
        else if (strcmp(argv[i], "--tenants") == 0 && i + 1 < argc)
            tenants = atoi(argv[++i]);
        else if (strcmp(argv[i], "--key-prefix") == 0 && i + 1 < argc)
            key_prefix = argv[++i];
        else {
            fprintf(stderr, "usage: bench_redis [--json] [--socket PATH | --url URL] "
                            "[--rounds N] [--ops N] [--batch N] [--only single|batch] "
                            "[--busy-poll-us N] [--tenants N] [--key-prefix P]\n");
            return 2;
        }
    }
    if (rounds < 1 || rounds > 100 || ops < 1 || batch < 1 || batch > ops || tenants < 1 ||
        tenants > TENANTS_MAX || (key_prefix && strlen(key_prefix) > 63))
        return 2;
    if (!url && !sock && !getenv("DAYONE_REDIS_URL")) {
        if (start_server() != 0)
            return 1;
        sock = g_sock;
    }
    char urlbuf[256];
    if (sock) {
        snprintf(urlbuf, sizeof urlbuf, "unix://%s", sock);
        url = urlbuf;
    } else if (!url) {
        url = getenv("DAYONE_REDIS_URL");
    }

    int rc = 1;
    dayone_policy *p = NULL;
    dayone_limiter *lim = NULL;
    dayone_error err = {0};
    redisContext *info = NULL;
    char *keys = malloc((size_t)tenants * KEY_STRIDE);
    dayone_request *reqs = malloc((size_t)batch * sizeof *reqs);
    dayone_decision *outs = malloc((size_t)batch * sizeof *outs);
    double *samples = malloc((size_t)rounds * sizeof *samples);
    if (!keys || !reqs || !outs || !samples)
        goto done;
    for (int i = 0; i < tenants; i++)
        snprintf(keys + (size_t)i * KEY_STRIDE, KEY_STRIDE, "tenant-%d", i);
    char prefix[64];
    if (key_prefix)
        snprintf(prefix, sizeof prefix, "%s", key_prefix);
    else
        snprintf(prefix, sizeof prefix, "bench%d:", (int)getpid());
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    o.url = url;
    o.key_prefix = prefix;
    o.command_timeout_ms = 1000; /* a batch of 1000 on a loaded machine */
    o.busy_poll_us = busy_poll_us;
    if (dayone_policy_load_string(&p, POLICY, sizeof POLICY - 1, "bench", &err) ||
        dayone_limiter_new(&lim, p, NULL, &err) ||
        dayone_limiter_attach_redis(lim, &o, &err)) {
        fprintf(stderr, "bench_redis: %s\n", err.message);
        goto done;
    }

    /* its own connection, for INFO cpu only, outside the timed rounds; a
     * server that does not answer in 1 s leaves the figure out, never hangs */
    struct timeval info_tv = {1, 0};
    info = sock ? redisConnectUnixWithTimeout(sock, info_tv) : NULL;
    if (info && (info->err || redisSetTimeout(info, info_tv) != REDIS_OK)) {
        redisFree(info);
        info = NULL;
    }
    size_t k = 0;
    for (int mode = first_mode; mode <= last_mode; mode++) {
        long allowed = 0, total = 0;
        double srv0 = server_cpu_s(info), cli0 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
        for (int r = 0; r < rounds; r++) {
            double t0 = clock_ns(CLOCK_MONOTONIC);
            if (mode == 0) {
                dayone_request q = DAYONE_REQUEST_INIT;
                q.plan = "bench";
                q.limit = "ingest";
                dayone_decision d;
                for (int i = 0; i < ops; i++) {
                    q.key = keys + k * KEY_STRIDE;
                    k = (k + 1) % (size_t)tenants;
                    if (dayone_limiter_decide(lim, &q, &d, &err) != DAYONE_OK)
                        goto fail;
                    allowed += d.allowed;
                }
            } else {
                for (int i = 0; i < ops; i += batch) {
                    int n = ops - i < batch ? ops - i : batch;
                    for (int j = 0; j < n; j++) {
                        dayone_request q = DAYONE_REQUEST_INIT;
                        q.key = keys + k * KEY_STRIDE;
                        q.plan = "bench";
                        q.limit = "ingest";
                        reqs[j] = q;
                        k = (k + 1) % (size_t)tenants;
                    }
                    if (dayone_limiter_decide_many(lim, reqs, (size_t)n, outs, NULL, &err))
                        goto fail;
                    for (int j = 0; j < n; j++)
                        allowed += outs[j].allowed;
                }
            }
            samples[r] = (clock_ns(CLOCK_MONOTONIC) - t0) / ops;
            total += ops;
        }
        double srv1 = server_cpu_s(info), cli1 = clock_ns(CLOCK_PROCESS_CPUTIME_ID);
        double srv_ns = srv0 >= 0 && srv1 >= 0 ? (srv1 - srv0) * 1e9 / (double)total : -1;
        double cli_ns = (cli1 - cli0) / (double)total;
        dayone_backend_status st;
        dayone_limiter_backend_status(lim, &st);
        if (st.fallbacks_local || st.fallbacks_open || st.fallbacks_closed) {
            fprintf(stderr, "bench_redis: the backend fell back (%llu errors): figures void\n",
                    (unsigned long long)st.errors);
            goto done;
        }
        const char *op = mode == 0 ? "rl.redis.single" : "rl.redis.batch";
        if (json) {
            /* a wait other than the default is named: not what a user gets */
            if (busy_poll_us)
                printf("{\"op\": \"%s\", \"tool\": \"libdayone Redis (C, busy_poll_us %d)\", "
                       "\"samples_ns\": [", op, busy_poll_us);
            else
                printf("{\"op\": \"%s\", \"tool\": \"libdayone Redis (C)\", \"samples_ns\": [",
                       op);
            for (int r = 0; r < rounds; r++)
                printf("%s%.1f", r ? ", " : "", samples[r]);
            printf("], \"allowed\": %.4f", (double)allowed / (double)total);
            if (srv_ns >= 0)
                printf(", \"server_cpu_ns\": %.1f", srv_ns);
            printf(", \"client_cpu_ns\": %.1f", cli_ns);
            if (mode == 1)
                printf(", \"batch\": %d", batch);
            printf("}\n");
        } else {
            qsort(samples, (size_t)rounds, sizeof *samples, cmp_double);
            double med = samples[rounds / 2];
            printf("%-16s %s: %8.0f ns/decision  %9.0f decisions/s  (median of %d rounds "
                   "of %d, allowed %.1f%%)\n", op, mode == 0 ? "single" : "batch ", med,
                   1e9 / med, rounds, ops, 100.0 * (double)allowed / (double)total);
            if (srv_ns >= 0)
                printf("%-16s        CPU per decision: server %.0f ns, client %.0f ns\n", "",
                       srv_ns, cli_ns);
        }
        fflush(stdout);
    }
    rc = 0;
    goto done;
fail:
    fprintf(stderr, "bench_redis: %s\n", err.message);
done:
    if (info)
        redisFree(info);
    dayone_limiter_free(lim);
    dayone_policy_free(p);
    free(keys);
    free(reqs);
    free(outs);
    free(samples);
    stop_server();
    return rc;
}
