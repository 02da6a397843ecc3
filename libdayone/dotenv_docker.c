/* dotenv_docker.c - .env files as `docker run --env-file` reads them
 * (docker/cli pkg/kvfile, as released in v29):
 *
 *   - one assignment per line; a CR before the LF is dropped; a line longer
 *     than 65535 bytes is an error (Go's bufio.Scanner limit);
 *   - leading Unicode white space is dropped; empty lines and lines
 *     starting with `#` are skipped;
 *   - NAME=value splits at the first `=`; the name may not be empty nor
 *     hold a space or tab, and is otherwise any text; the value is taken
 *     exactly as written: quotes, `#`, `$` and trailing spaces included;
 *   - a line without `=` is a bare NAME: the lookup's value, else unset.
 * There is no `export`, no quoting, no escape and no interpolation. */
#include <string.h>
#include "dotenv_docker.h"

#define LINE_MAX_BYTES 65535u

int dy_dotenv_parse_docker(dy_dotenv *d)
{
    size_t i = d->start;
    while (i < d->len) {
        const char *nl = memchr(d->s + i, '\n', d->len - i);
        size_t end = nl ? (size_t)(nl - d->s) : d->len, next = nl ? end + 1 : end;
        if (end - i > LINE_MAX_BYTES)
            return dy_dotenv_fail(d, DAYONE_EENVFILE, i,
                                  "line is longer than docker's limit of %u bytes",
                                  LINE_MAX_BYTES);
        if (end > i && d->s[end - 1] == '\r')
            end--;
        uint32_t cp;
        while (i < end) {
            size_t n = dy_utf8_next(d->s, d->len, i, &cp);
            if (!dy_go_isspace(cp))
                break;
            i += n;
        }
        if (i == end || d->s[i] == '#') {
            i = next;
            continue;
        }
        const char *eq = memchr(d->s + i, '=', end - i);
        size_t kend = eq ? (size_t)(eq - d->s) : end;
        if (kend == i)
            return dy_dotenv_fail(d, DAYONE_EENVFILE, i,
                                  "missing variable name before '='");
        for (size_t k = i; k < kend; k++)
            if (d->s[k] == ' ' || d->s[k] == '\t')
                return dy_dotenv_fail(d, DAYONE_EENVFILE, k,
                                      "variable name contains white space; expected NAME=value "
                                      "(docker takes the value literally: no quotes, no "
                                      "export)");
        int rc = DAYONE_OK;
        if (eq) {
            rc = dy_dotenv_emit_text(d, d->s + i, kend - i, eq + 1, end - kend - 1, i, kend + 1);
        } else {
            const char *v;
            size_t vl;
            if (dy_dotenv_outside(d, d->s + i, kend - i, &v, &vl))
                rc = dy_dotenv_emit_copy(d, d->s + i, kend - i, v, vl, i, i);
        }
        if (rc != DAYONE_OK)
            return rc;
        i = next;
    }
    return DAYONE_OK;
}
