/* redis_server.c - a private redis-server for the C tests. */
#include "redis_server.h"
#include "testutil.h"
#include <fcntl.h>
#include <hiredis/hiredis.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

enum { MAX_EXTRA = 16, START_TIMEOUT_S = 10 };

static double mono_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* PING with a bound on the reply too: a server that accepted the
 * connection but does not answer (stopped, or not ours) costs 1 s, not
 * the whole test run. */
static int answers_ping(const char *sock)
{
    struct timeval tv = {1, 0};
    redisContext *c = redisConnectUnixWithTimeout(sock, tv);
    int up = 0;
    if (c && !c->err && redisSetTimeout(c, tv) == REDIS_OK) {
        redisReply *r = redisCommand(c, "PING");
        up = r != NULL;
        if (r)
            freeReplyObject(r);
    }
    if (c)
        redisFree(c);
    return up;
}

void test_redis_server_start(test_redis_server *s, const char *const *extra)
{
    if (!s->dir[0]) {
        snprintf(s->dir, sizeof s->dir, "/tmp/dayone-redis-XXXXXX");
        assert_non_null(mkdtemp(s->dir));
        snprintf(s->sock, sizeof s->sock, "%s/redis.sock", s->dir);
    }
    char port[16];
    snprintf(port, sizeof port, "%d", s->port);
    const char *base[] = {"redis-server", "--port", port, "--bind", "127.0.0.1",
                          "--unixsocket", s->sock, "--unixsocketperm", "700", "--save", "",
                          "--appendonly", "no", "--dir", s->dir};
    enum { NBASE = sizeof base / sizeof base[0] };
    const char *argv[NBASE + MAX_EXTRA + 1];
    size_t n = 0;
    for (; n < NBASE; n++)
        argv[n] = base[n];
    for (size_t i = 0; extra && extra[i]; i++) {
        assert_true(i < MAX_EXTRA);
        argv[n++] = extra[i];
    }
    argv[n] = NULL;
    unlink(s->sock);
#ifdef __linux__
    const pid_t test_pid = getpid();
#endif
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
#ifdef __linux__
        /* Dies with the test: a test killed at its timeout leaves no server
         * behind. */
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != test_pid) /* it died before the line above */
            _exit(127);
#endif
        /* stdout and stderr are the test runner's pipes: ctest waits for
         * every holder to close them, so a server left running would turn
         * a finished test into a timeout. */
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            dup2(devnull, 1);
            dup2(devnull, 2);
        }
        execvp("redis-server", (char *const *)argv);
        _exit(127);
    }
    s->pid = pid;
    const double deadline = mono_s() + START_TIMEOUT_S;
    while (mono_s() < deadline) {
        int st;
        if (waitpid(pid, &st, WNOHANG) == pid) {
            s->pid = 0;
            fail_msg("redis-server did not start (exit %d): install the redis-server package "
                     "(apt-get install redis-server, or scripts/install-deps.sh)",
                     WIFEXITED(st) ? WEXITSTATUS(st) : -1);
        }
        if (answers_ping(s->sock))
            return;
        usleep(10000);
    }
    test_redis_server_stop(s); /* not left behind by the failure */
    fail_msg("redis-server did not answer PING on %s within %d s", s->sock, START_TIMEOUT_S);
}

void test_redis_server_stop(test_redis_server *s)
{
    if (s->pid > 0) {
        kill(s->pid, SIGKILL);
        waitpid(s->pid, NULL, 0);
        s->pid = 0;
    }
}

void test_redis_server_remove(test_redis_server *s)
{
    test_redis_server_stop(s);
    if (s->dir[0]) {
        unlink(s->sock);
        rmdir(s->dir);
    }
}
