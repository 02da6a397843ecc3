/* redis_server.c - a private redis-server for the C tests. */
#include "redis_server.h"
#include "testutil.h"
#include <fcntl.h>
#include <hiredis/hiredis.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

enum { MAX_EXTRA = 16 };

static int answers_ping(const char *sock)
{
    struct timeval tv = {1, 0};
    redisContext *c = redisConnectUnixWithTimeout(sock, tv);
    int up = 0;
    if (c && !c->err) {
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
    const char *base[] = {"redis-server", "--port", "0", "--unixsocket", s->sock,
                          "--unixsocketperm", "700", "--save", "", "--appendonly", "no",
                          "--dir", s->dir};
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
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) {
            dup2(devnull, 1);
            dup2(devnull, 2);
        }
        execvp("redis-server", (char *const *)argv);
        _exit(127);
    }
    s->pid = pid;
    for (int i = 0; i < 500; i++) {
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
    fail_msg("redis-server did not answer on %s within 5 s", s->sock);
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
