/* dotenv_python.c - .env files as python-dotenv reads them (1.x,
 * dotenv_values() and load_dotenv()), statement by statement:
 *
 *   - the file is read as text with universal newlines: CRLF and a lone CR
 *     are line breaks (LF) before anything else;
 *   - white space (Python's str.isspace) and blank lines are skipped;
 *     `#` starts a comment line;
 *   - an optional `export` followed by blanks;
 *   - the name is '...' (any text but ') or a run of characters other than
 *     `=`, `#` and white space;
 *   - blanks, then `=` and blanks; no `=` is a bare NAME (python-dotenv's
 *     None: load_dotenv leaves such a name alone, so nothing is added);
 *   - `=` + blanks + `#...` is an empty value and a comment;
 *   - the value: '...' (escapes \\ and \' decoded, other backslashes kept),
 *     "..." (escapes \\ \' \" \a \b \f \n \r \t \v), both may span lines;
 *     or the rest of the line, cut where white space precedes a `#`,
 *     right-trimmed;
 *   - then optional blanks and a `# comment`, and the end of the line.
 * Every value, whatever its quotes, is then interpolated: ${NAME} and
 * ${NAME:-default} (NAME = anything but `}` and `:`; the default is not
 * interpolated again). dotenv_values() resolves a name from the file's
 * earlier lines first, then the environment; a name set nowhere, without
 * a default, is our error where python-dotenv substitutes "".
 *
 * python-dotenv skips a line it cannot parse (with a warning); we refuse
 * the file, naming the place. */
#include <string.h>
#include "alloc.h"
#include "dotenv_python.h"

/* Python white space other than a line break ([^\S\r\n]). */
static int is_blank_at(const dy_dotenv *d, size_t i, size_t *n)
{
    uint32_t cp;
    *n = dy_utf8_next(d->s, d->len, i, &cp);
    return cp != '\n' && cp != '\r' && dy_py_isspace(cp);
}

static size_t skip_blanks(const dy_dotenv *d, size_t i)
{
    size_t n;
    while (i < d->len && is_blank_at(d, i, &n))
        i += n;
    return i;
}

static size_t skip_space(const dy_dotenv *d, size_t i)
{
    uint32_t cp;
    while (i < d->len) {
        size_t n = dy_utf8_next(d->s, d->len, i, &cp);
        if (!dy_py_isspace(cp))
            break;
        i += n;
    }
    return i;
}

static int cannot_parse(dy_dotenv *d, size_t at, const char *what)
{
    return dy_dotenv_fail(d, DAYONE_EENVFILE, at,
                          "%s (python-dotenv would skip this statement with a warning)", what);
}

/* The end of a quoted value that starts at s[q], or d->len if unterminated. */
static size_t closing_quote(const dy_dotenv *d, size_t q)
{
    char quote = d->s[q];
    for (size_t i = q + 1; i < d->len; i++) {
        if (d->s[i] == '\\' && i + 1 < d->len)
            i++;
        else if (d->s[i] == quote)
            return i;
    }
    return d->len;
}

/* Decode s[a..b) into out: a backslash followed by one of `set` becomes
 * that escape's character, any other byte is kept. */
static void unescape(const dy_dotenv *d, size_t a, size_t b, const char *set, dy_vbuf *out)
{
    for (size_t i = a; i < b; i++) {
        char c = d->s[i];
        if (c == '\\' && i + 1 < b && strchr(set, d->s[i + 1]) && d->s[i + 1]) {
            switch (d->s[i + 1]) {
            case 'a': c = '\a'; break;
            case 'b': c = '\b'; break;
            case 'f': c = '\f'; break;
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case 'v': c = '\v'; break;
            default: c = d->s[i + 1]; break;
            }
            dy_vbuf_put(out, &c, 1, i);
            i++;
            continue;
        }
        dy_vbuf_put(out, &c, 1, i);
    }
}

/* The value starting at s[p]; *next after it. */
static int value(dy_dotenv *d, size_t p, dy_vbuf *out, size_t *next)
{
    char c = p < d->len ? d->s[p] : '\n';
    if (c == '\'' || c == '"') {
        size_t e = closing_quote(d, p);
        if (e >= d->len)
            return cannot_parse(d, p, c == '"' ? "unterminated double-quoted value"
                                               : "unterminated single-quoted value");
        unescape(d, p + 1, e, c == '"' ? "\\'\"abfnrtv" : "\\'", out);
        *next = e + 1;
        return DAYONE_OK;
    }
    if (c == '\n') {
        *next = p;
        return DAYONE_OK;
    }
    const char *nl = memchr(d->s + p, '\n', d->len - p);
    size_t end = nl ? (size_t)(nl - d->s) : d->len, cut = end;
    *next = end;
    /* Cut where a run of white space is followed by `#`. */
    size_t run = 0;
    int in_run = 0;
    for (size_t i = p; i < end;) {
        uint32_t cp;
        size_t n = dy_utf8_next(d->s, d->len, i, &cp);
        if (dy_py_isspace(cp)) {
            if (!in_run)
                run = i;
            in_run = 1;
        } else {
            if (cp == '#' && in_run) {
                cut = run;
                break;
            }
            in_run = 0;
        }
        i += n;
    }
    while (cut > p) {
        size_t b = cut - 1;
        while (b > p && ((unsigned char)d->s[b] & 0xC0) == 0x80)
            b--;
        uint32_t cp;
        dy_utf8_next(d->s, d->len, b, &cp);
        if (!dy_py_isspace(cp))
            break;
        cut = b;
    }
    dy_vbuf_put_mapped(out, d->s + p, NULL, p, cut - p);
    return DAYONE_OK;
}

/* ${NAME} / ${NAME:-default} over the decoded value. */
static int interpolate(dy_dotenv *d, const dy_vbuf *in, dy_vbuf *out)
{
    const char *t = in->p ? in->p : "";
    size_t n = in->len;
    for (size_t i = 0; i < n;) {
        size_t j, m = 0;
        int match = 0, has_default = 0;
        if (t[i] == '$' && i + 1 < n && t[i + 1] == '{') {
            for (j = i + 2; j < n && t[j] != '}' && t[j] != ':'; j++)
                ;
            if (j < n && t[j] == '}') {
                match = 1;
                m = j;
            } else if (j + 1 < n && t[j] == ':' && t[j + 1] == '-') {
                const char *cb = memchr(t + j + 2, '}', n - j - 2);
                if (cb) {
                    match = has_default = 1;
                    m = (size_t)(cb - t);
                }
            }
        }
        if (!match) {
            dy_vbuf_put(out, t + i, 1, in->off[i]);
            i++;
            continue;
        }
        const char *name = t + i + 2, *v = NULL;
        size_t nlen = j - i - 2, vl = 0;
        if (dy_dotenv_earlier(d, name, nlen, &v, &vl) || dy_dotenv_outside(d, name, nlen, &v, &vl))
            dy_vbuf_put(out, v ? v : "", v ? vl : 0, in->off[i]);
        else if (has_default)
            dy_vbuf_put_mapped(out, t + j + 2, in->off + j + 2, 0, m - j - 2);
        else
            return dy_dotenv_unresolved(d, in->off[i], name, nlen, 1, "python-dotenv");
        i = m + 1;
    }
    return DAYONE_OK;
}

static int statement(dy_dotenv *d, size_t *pos)
{
    size_t p = *pos, n, kstart = 0, klen = 0;
    int has_key = 0, rc;
    if (d->len - p > 6 && memcmp(d->s + p, "export", 6) == 0 && is_blank_at(d, p + 6, &n))
        p = skip_blanks(d, p + 6);
    if (p < d->len && d->s[p] == '\'') {
        const char *q = memchr(d->s + p + 1, '\'', d->len - p - 1);
        if (!q || q == d->s + p + 1)
            return cannot_parse(d, p, "unterminated or empty quoted variable name");
        kstart = p + 1;
        klen = (size_t)(q - d->s) - kstart;
        has_key = 1;
        p = (size_t)(q - d->s) + 1;
    } else if (p < d->len && d->s[p] != '#') {
        kstart = p;
        while (p < d->len && d->s[p] != '=' && d->s[p] != '#') {
            uint32_t cp;
            size_t cn = dy_utf8_next(d->s, d->len, p, &cp);
            if (dy_py_isspace(cp))
                break;
            p += cn;
        }
        if (p == kstart)
            return cannot_parse(d, p, "expected a variable name");
        klen = p - kstart;
        has_key = 1;
    }
    p = skip_blanks(d, p);
    dy_vbuf raw = DY_VBUF_INIT, val = DY_VBUF_INIT;
    int has_value = 0;
    size_t vstart = p;
    if (p < d->len && d->s[p] == '=') {
        size_t eq = p;
        p = skip_blanks(d, p + 1);
        has_value = 1;
        if (!(p > eq + 1 && p < d->len && d->s[p] == '#')) {
            vstart = p;
            rc = value(d, p, &raw, &p);
            if (rc != DAYONE_OK)
                goto done;
        }
    }
    size_t q = skip_blanks(d, p);
    if (q < d->len && d->s[q] == '#') {
        const char *nl = memchr(d->s + q, '\n', d->len - q);
        q = nl ? (size_t)(nl - d->s) : d->len;
    }
    if (q < d->len && d->s[q] != '\n') {
        rc = cannot_parse(d, q, "unexpected characters; expected the end of the line or a "
                                "# comment");
        goto done;
    }
    *pos = q < d->len ? q + 1 : q;
    rc = DAYONE_OK;
    if (!has_key)
        goto done;
    if (!has_value) {
        rc = dy_dotenv_emit(d, d->s + kstart, klen, NULL, kstart, kstart);
        goto done;
    }
    if (dy_vbuf_failed(&raw)) {
        rc = dy_dotenv_nomem(d);
        goto done;
    }
    d->key = d->s + kstart;
    d->key_len = klen;
    if (raw.too_long)
        val.too_long = 1; /* the emit reports it */
    else
        rc = interpolate(d, &raw, &val);
    if (rc == DAYONE_OK)
        rc = dy_dotenv_emit(d, d->s + kstart, klen, &val, kstart, vstart);
done:
    dy_vbuf_release(&raw);
    dy_vbuf_release(&val);
    return rc;
}

int dy_dotenv_parse_python(dy_dotenv *d)
{
    /* Universal newlines, as Python's text mode reads the file. The copy
     * holds secrets: wiped before it is freed. */
    char *norm = dy_malloc(d->len + 1);
    if (!norm)
        return dy_dotenv_nomem(d);
    size_t n = 0;
    for (size_t i = 0; i < d->len; i++) {
        if (d->s[i] == '\r') {
            norm[n++] = '\n';
            if (i + 1 < d->len && d->s[i + 1] == '\n')
                i++;
        } else
            norm[n++] = d->s[i];
    }
    const char *orig = d->s;
    size_t orig_len = d->len;
    d->s = norm;
    d->len = n;
    d->borrow = 0; /* norm is freed below: the items copy from it */
    int rc = DAYONE_OK;
    size_t p = d->start;
    while (rc == DAYONE_OK) {
        p = skip_space(d, p);
        if (p >= d->len)
            break;
        rc = statement(d, &p);
    }
    d->s = orig;
    d->len = orig_len;
    d->borrow = 1;
    dy_wipe(norm, n);
    dy_free(norm);
    return rc;
}
