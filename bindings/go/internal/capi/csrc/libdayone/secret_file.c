/* secret_file.c - reading files that hold secrets (.env files, NAME_FILE).
 *
 * Every buffer that has held file content is wiped before it is freed,
 * including the old one when the buffer grows. Errors name the path only. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "alloc.h"
#include "clock.h"
#include "dayone/env.h"
#include "error.h"
#include "secret_file.h"

/* Grow buf to ncap bytes without leaving a copy of its content behind. */
static char *grow_wiped(char *buf, size_t used, size_t cap, size_t ncap)
{
    char *nb = dy_malloc(ncap);
    if (!nb)
        return NULL;
    if (buf) {
        memcpy(nb, buf, used);
        dy_wipe(buf, cap);
        dy_free(buf);
    }
    return nb;
}

/* How long a pipe or device may keep a NAME_FILE read waiting for data. */
#define SLOW_SOURCE_TIMEOUT_MS 2000

static int64_t now_ms(void) { return dy_monotonic_ns() / 1000000; }

/* dy_read_file_limited with extra open(2) flags. O_NONBLOCK keeps open()
 * from waiting forever for the writer of a FIFO (which then reads as
 * empty). It stays set for anything but a regular file, and reads wait for
 * data at most SLOW_SOURCE_TIMEOUT_MS in all: a FIFO whose writer never
 * writes must not hang a start-up check either. */
static int read_limited(const char *path, size_t max, int open_flags, char **out,
                        size_t *len, size_t *cap_out, dayone_error *err)
{
    *out = NULL;
    *len = 0;
    *cap_out = 0;
    if (!path)
        return dy_fail(err, DAYONE_EINVAL, "path must not be NULL");
    int rc = DAYONE_OK;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    int fd = open(path, O_RDONLY | O_CLOEXEC | open_flags);
    if (fd < 0)
        return dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot open file: %s",
                            strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        rc = dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot stat file: %s", strerror(errno));
        goto done;
    }
    /* A regular file never makes read() wait: back to blocking reads. */
    if ((open_flags & O_NONBLOCK) && S_ISREG(st.st_mode) &&
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0) {
        rc = dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot read file: %s", strerror(errno));
        goto done;
    }
    int64_t deadline = now_ms() + SLOW_SOURCE_TIMEOUT_MS;
    if (S_ISDIR(st.st_mode)) {
        rc = dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot read file: it is a directory");
        goto done;
    }
    /* Regular files: size the buffer once. Pipes and the like: grow. */
    if (S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max)
        goto too_big;
    cap = (S_ISREG(st.st_mode) ? (size_t)st.st_size : 4096) + 2;
    buf = grow_wiped(NULL, 0, 0, cap);
    if (!buf)
        goto nomem;
    for (;;) {
        if (n + 1 == cap) {
            if (n > max)
                goto too_big;
            size_t ncap = cap * 2 > max + 2 ? max + 2 : cap * 2;
            char *nb = grow_wiped(buf, n, cap, ncap);
            if (!nb)
                goto nomem;
            buf = nb;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + n, cap - 1 - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) { /* a pipe with nothing yet */
                int64_t left = deadline - now_ms();
                struct pollfd pfd = {fd, POLLIN, 0};
                if (left > 0 && poll(&pfd, 1, (int)left) != 0)
                    continue; /* data, hang-up, or EINTR: read again */
                rc = dy_error_set(err, DAYONE_EIO, path, 0, 0,
                                  "no data after %d ms (a pipe or device whose writer is "
                                  "silent)", SLOW_SOURCE_TIMEOUT_MS);
                goto done;
            }
            rc = dy_error_set(err, DAYONE_EIO, path, 0, 0, "cannot read file: %s",
                              strerror(errno));
            goto done;
        }
        if (r == 0)
            break;
        n += (size_t)r;
        if (n > max)
            goto too_big;
    }
    buf[n] = '\0';
    *out = buf;
    *len = n;
    *cap_out = cap;
    buf = NULL;
    goto done;
too_big:
    rc = dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                      "file is larger than the limit of %zu bytes", max);
    goto done;
nomem:
    rc = dy_error_set(err, DAYONE_ENOMEM, path, 0, 0, "out of memory while reading the file");
done:
    if (buf) {
        dy_wipe(buf, cap);
        dy_free(buf);
    }
    close(fd);
    return rc;
}

int dy_read_file_limited(const char *path, size_t max, char **out, size_t *len,
                         size_t *cap_out, dayone_error *err)
{
    return read_limited(path, max, 0, out, len, cap_out, err);
}

int dy_read_secret_file(const char *path, char **out, size_t *len, dayone_error *err)
{
    if (!out || !len || !path)
        return dy_fail(err, DAYONE_EINVAL, "path, out and len must not be NULL");
    *out = NULL;
    *len = 0;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    /* Room for the one trailing "\r\n" we strip. NAME_FILE comes from the
     * environment: a FIFO nobody writes to must not hang a start-up check. */
    int rc = read_limited(path, DAYONE_ENV_VALUE_MAX + 2, O_NONBLOCK, &buf, &n, &cap, err);
    if (rc == DAYONE_ELIMIT)
        goto too_big;
    if (rc)
        return rc;
    if (!buf)
        return dy_fail(err, DAYONE_ERROR, "internal error reading a secret file");
    if (n && buf[n - 1] == '\n') {
        n--;
        if (n && buf[n - 1] == '\r')
            n--;
    }
    if (n > DAYONE_ENV_VALUE_MAX)
        goto too_big;
    if (memchr(buf, '\0', n)) {
        rc = dy_error_set(err, DAYONE_EIO, path, 0, 0,
                          "secret file contains a NUL byte; secrets must be text");
        goto done;
    }
    /* Wipe the stripped newline too, so dy_free_secret (strlen) covers all. */
    dy_wipe(buf + n, cap - n);
    *out = buf;
    *len = n;
    buf = NULL;
    goto done;
too_big:
    rc = dy_error_set(err, DAYONE_ELIMIT, path, 0, 0,
                      "secret file is larger than the limit of %u bytes (plus one newline)",
                      DAYONE_ENV_VALUE_MAX);
done:
    if (buf) {
        dy_wipe(buf, cap);
        dy_free(buf);
    }
    return rc;
}
