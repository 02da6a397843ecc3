/* redis_server.h - a private redis-server for the C tests (no mocks).
 *
 * Each test program starts its own server on a unix socket in a temporary
 * directory, with nothing saved to disk. Without redis-server the test
 * FAILS, naming the package to install: a skipped Redis suite would hide
 * the backend's only real coverage.
 *
 * Not thread-safe: start and stop from the test's main thread. */
#ifndef DAYONE_TEST_REDIS_SERVER_H
#define DAYONE_TEST_REDIS_SERVER_H

#include <sys/types.h>

typedef struct test_redis_server {
    char dir[256];  /* the temporary directory; made by the first start */
    char sock[300]; /* dir/redis.sock */
    pid_t pid;      /* 0 when not running */
    int port;       /* also listen on 127.0.0.1:port; 0 (the default): no TCP */
} test_redis_server;

/* Start redis-server on s->sock (and on 127.0.0.1:s->port when set) with
 * `extra` arguments appended (a NULL-terminated list, or NULL), and wait
 * until it answers PING on the socket (an authentication error counts as
 * an answer). s must be zeroed before its first start; later starts reuse
 * its directory. Fails the test when the server exits or does not answer
 * within 10 s (the server is then killed). The server's output goes to
 * /dev/null, and on Linux it dies with the test process. */
void test_redis_server_start(test_redis_server *s, const char *const *extra);
/* Kill the server (SIGKILL) and reap it; nothing when it is not running. */
void test_redis_server_stop(test_redis_server *s);
/* Stop, then remove the socket and the directory. */
void test_redis_server_remove(test_redis_server *s);

#endif
