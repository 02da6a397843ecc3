/* report_location.c - where a finding points (see report_location.h). */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "alloc.h"
#include "report_location.h"
#include "strbuf.h"

const char *dy_anchor_kind_name(dy_anchor_kind kind)
{
    switch (kind) {
    case DY_ANCHOR_ENV_LINE: return "env-line";
    case DY_ANCHOR_POLICY_RULE: return "policy-rule";
    case DY_ANCHOR_ENV_FILE: return "env-file";
    case DY_ANCHOR_FACT: return "fact";
    case DY_ANCHOR_REPORT: return "report";
    case DY_ANCHOR_NONE: break;
    }
    return "none";
}

/* The working directory in a dy_malloc'd buffer, or NULL (errno set). */
static char *working_directory(void)
{
    for (size_t cap = 256; cap <= (1u << 20); cap *= 2) {
        char *buf = dy_malloc(cap);
        if (!buf) {
            errno = ENOMEM;
            return NULL;
        }
        if (getcwd(buf, cap))
            return buf;
        int e = errno;
        dy_free(buf);
        if (e != ERANGE) {
            errno = e;
            return NULL;
        }
    }
    errno = ENAMETOOLONG;
    return NULL;
}

/* Collapse "//", drop "." and resolve ".." in an absolute path, in place;
 * a trailing slash is removed ("/" becomes ""). */
static void normalise(char *path)
{
    char *out = path;               /* path[0..out) is the result so far */
    const char *p = path;
    while (*p) {
        while (*p == '/')
            p++;
        const char *seg = p;
        while (*p && *p != '/')
            p++;
        size_t n = (size_t)(p - seg);
        if (n == 0 || (n == 1 && seg[0] == '.'))
            continue;
        if (n == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out > path && *--out != '/')
                ;
            continue;
        }
        *out++ = '/';
        memmove(out, seg, n);
        out += n;
    }
    *out = '\0';
}

/* The absolute, resolved form of path (dy_malloc'd), or NULL on OOM:
 * realpath() when the path exists (symbolic links followed), else the path
 * joined to cwd and normalised. */
static char *resolve(const char *path, const char *cwd)
{
    char *real = realpath(path, NULL);
    if (real) {
        char *copy = dy_strdup(real);
        free(real);
        if (copy)
            normalise(copy);
        return copy;
    }
    size_t cl = strlen(cwd), pl = strlen(path);
    int relative = path[0] != '/';
    char *joined = dy_malloc((relative ? cl + 1 : 0) + pl + 1);
    if (!joined)
        return NULL;
    size_t at = 0;
    if (relative) {
        memcpy(joined, cwd, cl);
        joined[cl] = '/';
        at = cl + 1;
    }
    memcpy(joined + at, path, pl + 1);
    normalise(joined);
    return joined;
}

int dy_anchor_root_open(dy_anchor_root *root, const char *dir, dayone_error *err)
{
    root->dir = root->cwd = NULL;
    if (dir && !dir[0])
        return dy_fail(err, DAYONE_EINVAL, "the SARIF root must not be empty");
    root->cwd = working_directory();
    if (!root->cwd && (errno == ENOMEM || !dir)) {
        int e = errno;
        return e == ENOMEM ? dy_fail(err, DAYONE_ENOMEM, "out of memory")
                           : dy_fail(err, DAYONE_EIO,
                                     "cannot determine the working directory for SARIF URIs: %s",
                                     strerror(e));
    }
    if (!dir) {
        if (!(root->dir = dy_strdup(root->cwd))) {
            dy_anchor_root_close(root);
            return dy_fail(err, DAYONE_ENOMEM, "out of memory");
        }
        normalise(root->dir);
        return DAYONE_OK;
    }
    struct stat st;
    char *real = realpath(dir, NULL);
    if (!real || stat(real, &st) != 0 || !S_ISDIR(st.st_mode)) {
        int e = real ? ENOTDIR : errno;
        free(real);
        dy_anchor_root_close(root);
        return dy_error_set(err, DAYONE_EINVAL, dir, 0, 0,
                            "the SARIF root is not an existing directory: %s", strerror(e));
    }
    root->dir = dy_strdup(real);
    free(real);
    if (!root->dir) {
        dy_anchor_root_close(root);
        return dy_fail(err, DAYONE_ENOMEM, "out of memory");
    }
    normalise(root->dir);
    return DAYONE_OK;
}

void dy_anchor_root_close(dy_anchor_root *root)
{
    dy_free(root->dir);
    dy_free(root->cwd);
    root->dir = root->cwd = NULL;
}

/* "<stdin>", "<string>": the library's names for text that was no file. */
static int names_a_file(const char *path)
{
    size_t n = strlen(path);
    return n > 0 && !(path[0] == '<' && path[n - 1] == '>');
}

/* path as a percent-encoded URI reference relative to the root, in *uri
 * (dy_malloc'd); *uri NULL when the path is not under the root. Returns
 * DAYONE_ENOMEM or DAYONE_OK. Every byte but RFC 3986 unreserved ones and
 * '/' is encoded, so no segment can read as a scheme. */
static int relative_uri(const dy_anchor_root *root, const char *path, char **uri)
{
    static const char hex[] = "0123456789ABCDEF";
    *uri = NULL;
    if (!names_a_file(path))
        return DAYONE_OK;
    if (path[0] != '/' && !root->cwd)
        return DAYONE_OK; /* unknowable: not under the root */
    char *abs = resolve(path, root->cwd ? root->cwd : "/");
    if (!abs)
        return DAYONE_ENOMEM;
    size_t rl = strlen(root->dir);
    const char *rel = NULL;
    if (strncmp(abs, root->dir, rl) == 0 && abs[rl] == '/' && abs[rl + 1])
        rel = abs + rl + 1;
    if (rel) {
        dy_strbuf b = DY_STRBUF_INIT;
        for (const unsigned char *p = (const unsigned char *)rel; *p; p++) {
            unsigned char c = *p;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                dy_strbuf_putc(&b, (char)c);
            } else {
                char esc[3] = {'%', hex[c >> 4], hex[c & 0xF]};
                dy_strbuf_append(&b, esc, 3);
            }
        }
        *uri = dy_strbuf_detach(&b, NULL);
        if (!*uri) {
            dy_free(abs);
            return DAYONE_ENOMEM;
        }
    }
    dy_free(abs);
    return DAYONE_OK;
}

static void set_region(dy_anchor *a, unsigned line, unsigned column, unsigned width)
{
    a->start_line = a->end_line = line ? line : 1;
    a->start_column = column ? column : 1;
    a->end_column = a->start_column + (width ? width : 1);
}

int dy_anchor_find(const dy_anchor_root *root, const dayone_report *r, size_t i, dy_anchor *a)
{
    const dy_finding_store *s = dy_report_store(r, i);
    int rc;
    memset(a, 0, sizeof *a);
    if (!s)
        return DAYONE_EINVAL;

    /* 1. The .env line that sets the key (NAME_FILE's own line for a
     *    secret-file finding or a value read through NAME_FILE). */
    if (s->env_path[0] && s->env_line) {
        if ((rc = relative_uri(root, s->env_path, &a->uri)) != DAYONE_OK)
            return rc;
        if (a->uri) {
            int via_file = strcmp(s->pub.rule, "secret-file") == 0 ||
                           strcmp(s->pub.source, "secret-file") == 0;
            size_t width = strlen(s->pub.key) + (via_file ? sizeof "_FILE" - 1 : 0);
            a->kind = DY_ANCHOR_ENV_LINE;
            set_region(a, s->env_line, 1, width < UINT_MAX / 2 ? (unsigned)width : 1);
            return DAYONE_OK;
        }
    }
    /* 2. The fact in its facts document, as a .env value cites its line;
     *    a post-incident report's finding, its place in the report. */
    if ((strcmp(s->pub.source, "facts") == 0 || strcmp(s->pub.source, "report") == 0) &&
        s->pub.source_path[0] && s->pub.source_line) {
        if ((rc = relative_uri(root, s->pub.source_path, &a->uri)) != DAYONE_OK)
            return rc;
        if (a->uri) {
            a->kind = s->pub.source[0] == 'r' ? DY_ANCHOR_REPORT : DY_ANCHOR_FACT;
            set_region(a, s->pub.source_line, s->pub.source_column, 1);
            return DAYONE_OK;
        }
    }
    /* 3. The rule's declaration in the policy file. */
    if (r->policy_file[0] && s->decl_line) {
        if ((rc = relative_uri(root, r->policy_file, &a->uri)) != DAYONE_OK)
            return rc;
        if (a->uri) {
            a->kind = DY_ANCHOR_POLICY_RULE;
            set_region(a, s->decl_line, s->decl_column, 1);
            return DAYONE_OK;
        }
    }
    /* 4. The .env file that should define the key. */
    if (r->env_file[0]) {
        if ((rc = relative_uri(root, r->env_file, &a->uri)) != DAYONE_OK)
            return rc;
        if (a->uri) {
            a->kind = DY_ANCHOR_ENV_FILE;
            set_region(a, 1, 1, 1);
            return DAYONE_OK;
        }
    }
    /* 5. No file: the pseudo-file (see report_location.h). */
    if (!(a->uri = dy_strdup(DY_ANCHOR_NONE_URI)))
        return DAYONE_ENOMEM;
    a->kind = DY_ANCHOR_NONE;
    set_region(a, 1, 1, 1);
    return DAYONE_OK;
}

void dy_anchor_release(dy_anchor *a)
{
    dy_free(a->uri);
    a->uri = NULL;
}
