/* dotenv_compose.c - .env files as docker compose reads them (compose-go's
 * dotenv parser, v2), statement by statement:
 *
 *   1. Skip white space (Unicode) and `#` comment lines.
 *   2. An optional `export` followed by white space ([\t\n\f\r ]).
 *   3. The name runs to the first `=`, `:` or newline; it may hold ASCII
 *      letters, digits, `_ . - [ ]` and inline blanks (then refused if one
 *      is a space). Ending at a newline it is a bare NAME: its value comes
 *      from the lookup or an earlier line, else the name is left unset.
 *      (compose also takes Unicode letters and digits; we refuse non-ASCII
 *      names -- no policy can name them.)
 *   4. Blanks after the separator are skipped ([\t\v\f\r ], U+0085, U+00A0).
 *   5. The value:
 *      - '...': everything up to the next unescaped ', across lines; a
 *        backslash escapes the quote (`'Let\'s go!'`) and is otherwise kept.
 *        No interpolation.
 *      - "...": the same with ", then the escapes \a \b \f \n \r \t \v \\
 *        \" \$ and \0ooo (octal) are decoded, then ${VAR} interpolation
 *        (dotenv_template.c); `\$` stays a literal `$`.
 *      - otherwise the rest of the line, cut at the first " #" (a space,
 *        not a tab), right-trimmed of Unicode white space, interpolated.
 *   6. Whatever follows a closing quote is parsed as the next statement
 *      (compose does not require the end of the line there).
 * A name met at the end of the text with neither a separator nor a newline
 * gives compose an empty name; we refuse it. */
#include <stdint.h>
#include <string.h>
#include "dotenv_compose.h"
#include "dotenv_template.h"

static int blank(uint32_t cp) /* compose's isSpace */
{
    return cp == '\t' || cp == '\v' || cp == '\f' || cp == '\r' || cp == ' ' || cp == 0x85 ||
           cp == 0xA0;
}

/* dy_utf8_next, with the common ASCII byte decoded in place. */
static inline size_t next_cp(const dy_dotenv *d, size_t i, uint32_t *cp)
{
    unsigned char c = (unsigned char)d->s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    return dy_utf8_next(d->s, d->len, i, cp);
}

static size_t skip_blank(const dy_dotenv *d, size_t i)
{
    uint32_t cp;
    while (i < d->len) {
        size_t n = next_cp(d, i, &cp);
        if (!blank(cp))
            break;
        i += n;
    }
    return i;
}

/* Step 1: the start of the next statement, or d->len. */
static size_t statement_start(const dy_dotenv *d, size_t i)
{
    uint32_t cp;
    while (i < d->len) {
        size_t n = next_cp(d, i, &cp);
        if (dy_go_isspace(cp)) {
            i += n;
            continue;
        }
        if (d->s[i] != '#')
            return i;
        const char *nl = memchr(d->s + i, '\n', d->len - i);
        if (!nl)
            return d->len;
        i = (size_t)(nl - d->s);
    }
    return d->len;
}

/* [A-Za-z0-9_.\-\[\]] as a bit set over the 128 ASCII codes. */
static const uint64_t NAME_CHARS[2] = { 0x03FF600000000000ull, 0x07FFFFFEAFFFFFFEull };

static int name_char(char ch)
{
    unsigned c = (unsigned char)ch;
    return c < 128 && (NAME_CHARS[c >> 6] >> (c & 63)) & 1;
}

/* "\0" + up to 3 digits, as compose decodes it: exactly three octal digits
 * of value <= 0377 give that code point (UTF-8 encoded); anything else
 * stays a backslash followed by the digits. */
static size_t octal_escape(const char *c, size_t n, size_t i, dy_vbuf *out, size_t off)
{
    size_t k = 0;
    while (k < 3 && i + 2 + k < n && c[i + 2 + k] >= '0' && c[i + 2 + k] <= '9')
        k++;
    const char *dg = c + i + 2;
    if (k == 3 && dg[0] <= '7' && dg[1] <= '7' && dg[2] <= '7' &&
        (dg[0] - '0') * 64 + (dg[1] - '0') * 8 + (dg[2] - '0') <= 255) {
        unsigned v = (unsigned)((dg[0] - '0') * 64 + (dg[1] - '0') * 8 + (dg[2] - '0'));
        char u[2];
        if (v < 0x80) {
            u[0] = (char)v;
            dy_vbuf_put(out, u, 1, off);
        } else {
            u[0] = (char)(0xC0 | (v >> 6));
            u[1] = (char)(0x80 | (v & 0x3F));
            dy_vbuf_put(out, u, 2, off);
        }
    } else {
        dy_vbuf_put(out, "\\", 1, off);
        dy_vbuf_put(out, dg, k, off);
    }
    return 2 + k;
}

/* compose's expandEscapes over c[0..n) (offsets offs), appended to out. */
static void expand_escapes(const char *c, const size_t *offs, size_t n, dy_vbuf *out)
{
    for (size_t i = 0; i < n;) {
        if (c[i] != '\\' || i + 1 >= n) {
            dy_vbuf_put(out, c + i, 1, offs[i]);
            i++;
            continue;
        }
        char e = c[i + 1], r;
        switch (e) {
        case 'a': r = '\a'; break;
        case 'b': r = '\b'; break;
        case 'f': r = '\f'; break;
        case 'n': r = '\n'; break;
        case 'r': r = '\r'; break;
        case 't': r = '\t'; break;
        case 'v': r = '\v'; break;
        case '"': case '\\': r = e; break;
        case '$': dy_vbuf_put(out, "$$", 2, offs[i]); i += 2; continue;
        case 'c': dy_vbuf_put(out, "\\c", 2, offs[i]); i += 2; continue;
        case '0': i += octal_escape(c, n, i, out, offs[i]); continue;
        default:
            dy_vbuf_put(out, c + i, 1, offs[i]);
            i++;
            continue;
        }
        dy_vbuf_put(out, &r, 1, offs[i]);
        i += 2;
    }
}

/* A quoted value starting at the quote s[q]; *next is set past the closing
 * quote. The value is built in val, or, when the text holds it as it
 * stands, *lit points at it instead (val untouched). */
static int quoted(dy_dotenv *d, size_t q, dy_vbuf *val, const char **lit, size_t *lit_len,
                  size_t *next)
{
    char quote = d->s[q];
    /* Fast path: without a backslash up to the closing quote, and (double
     * quotes) without a `$`, the value is the text between the quotes as
     * it stands: no escape to decode, nothing to substitute, so no error
     * can point inside it and no offset map is needed. */
    const char *close = memchr(d->s + q + 1, quote, d->len - q - 1);
    if (close) {
        size_t vs = q + 1, vn = (size_t)(close - d->s) - vs;
        if (!memchr(d->s + vs, '\\', vn) && (quote == '\'' || !memchr(d->s + vs, '$', vn))) {
            *next = vs + vn + 1;
            *lit = d->s + vs;
            *lit_len = vn;
            return DAYONE_OK;
        }
    }
    dy_vbuf raw = DY_VBUF_INIT;
    int esc = 0, rc = DAYONE_OK;
    size_t i;
    for (i = q + 1; i < d->len; i++) {
        char c = d->s[i];
        if (c != quote) {
            if (!esc && c == '\\') {
                esc = 1;
                continue;
            }
            if (esc) {
                esc = 0;
                dy_vbuf_put(&raw, "\\", 1, i - 1);
            }
            dy_vbuf_put(&raw, &c, 1, i);
            continue;
        }
        if (esc) {
            esc = 0;
            dy_vbuf_put(&raw, &c, 1, i);
            continue;
        }
        break;
    }
    if (i >= d->len) {
        rc = dy_dotenv_fail(d, DAYONE_EENVFILE, q,
                            "unterminated %s-quoted value; expected a closing %c",
                            quote == '"' ? "double" : "single", quote);
        goto done;
    }
    *next = i + 1;
    if (dy_vbuf_failed(&raw)) {
        rc = dy_dotenv_nomem(d);
        goto done;
    }
    if (raw.too_long) {
        val->too_long = 1; /* the emit reports it */
        goto done;
    }
    if (quote == '\'') {
        *val = raw;
        memset(&raw, 0, sizeof raw);
        goto done;
    }
    dy_vbuf esc_out = DY_VBUF_INIT;
    expand_escapes(raw.p ? raw.p : "", raw.off, raw.len, &esc_out);
    if (dy_vbuf_failed(&esc_out))
        rc = dy_dotenv_nomem(d);
    else if (esc_out.too_long)
        val->too_long = 1;
    else
        rc = dy_compose_substitute(d, esc_out.p ? esc_out.p : "", esc_out.off, esc_out.len,
                                   val);
    dy_vbuf_release(&esc_out);
done:
    dy_vbuf_release(&raw);
    return rc;
}

/* An unquoted value from s[v] to the end of the line; *next past the LF.
 * Built in val, or *lit as in quoted(). */
static int unquoted(dy_dotenv *d, size_t v, dy_vbuf *val, const char **lit, size_t *lit_len,
                    size_t *next)
{
    const char *nl = memchr(d->s + v, '\n', d->len - v);
    size_t end = nl ? (size_t)(nl - d->s) : d->len;
    *next = nl ? end + 1 : end;
    /* Cut at the first " #": look for each `#` (rare), not at every byte. */
    for (const char *h = d->s + v; h < d->s + end && (h = memchr(h, '#', (size_t)(d->s + end - h)));
         h++)
        if (h > d->s + v && h[-1] == ' ') {
            end = (size_t)(h - 1 - d->s);
            break;
        }
    /* Right-trim Unicode white space: step back over whole characters. */
    while (end > v) {
        size_t b = end - 1;
        while (b > v && ((unsigned char)d->s[b] & 0xC0) == 0x80)
            b--;
        uint32_t cp;
        dy_utf8_next(d->s, d->len, b, &cp);
        if (!dy_go_isspace(cp))
            break;
        end = b;
    }
    if (!memchr(d->s + v, '$', end - v)) { /* nothing to substitute */
        *lit = d->s + v;
        *lit_len = end - v;
        return DAYONE_OK;
    }
    dy_vbuf raw = DY_VBUF_INIT;
    dy_vbuf_put_mapped(&raw, d->s + v, NULL, v, end - v);
    int rc = DAYONE_OK;
    if (dy_vbuf_failed(&raw))
        rc = dy_dotenv_nomem(d);
    else if (raw.too_long)
        val->too_long = 1; /* the emit reports it */
    else
        rc = dy_compose_substitute(d, raw.p ? raw.p : "", raw.off, raw.len, val);
    dy_vbuf_release(&raw);
    return rc;
}

int dy_dotenv_parse_compose(dy_dotenv *d)
{
    size_t i = d->start;
    for (;;) {
        i = statement_start(d, i);
        if (i >= d->len)
            return DAYONE_OK;
        if (d->len - i > 6 && memcmp(d->s + i, "export", 6) == 0 &&
            strchr("\t\n\f\r ", d->s[i + 6]) && d->s[i + 6])
            i = skip_blank(d, i + 6);
        size_t kstart = i, kend = i, after = i;
        int sep = 0;
        uint32_t cp;
        for (size_t j = i; j < d->len;) {
            if (name_char(d->s[j])) { /* the usual byte: no blank, no separator */
                j++;
                continue;
            }
            size_t n = next_cp(d, j, &cp);
            if (blank(cp)) {
                j += n;
                continue;
            }
            char c = d->s[j];
            if (c == '=' || c == ':' || c == '\n') {
                kend = j;
                after = j + 1;
                sep = c;
                break;
            }
            if (!name_char(c))
                return dy_dotenv_fail(d, DAYONE_EENVFILE, j,
                                      "unexpected character in variable name; expected "
                                      "letters, digits, _ . - [ ] and then '=' or ':'");
            j += n;
        }
        if (!sep)
            return dy_dotenv_fail(d, DAYONE_EENVFILE, kstart,
                                  "variable name at the end of the file without '=' or "
                                  "a line break; expected NAME=value or NAME on its own line");
        /* Right-trim the name (it can end in blanks before the separator). */
        while (kend > kstart) {
            size_t b = kend - 1;
            while (b > kstart && ((unsigned char)d->s[b] & 0xC0) == 0x80)
                b--;
            dy_utf8_next(d->s, d->len, b, &cp);
            if (!dy_go_isspace(cp))
                break;
            kend = b;
        }
        if (memchr(d->s + kstart, ' ', kend - kstart))
            return dy_dotenv_fail(d, DAYONE_EENVFILE, kstart,
                                  "variable name contains a space; expected NAME=value");
        size_t v = skip_blank(d, after);
        int rc;
        if (sep == '\n') {
            const char *val;
            size_t vl;
            if (kend > kstart && (dy_dotenv_outside(d, d->s + kstart, kend - kstart, &val, &vl) ||
                                  dy_dotenv_earlier(d, d->s + kstart, kend - kstart, &val, &vl))) {
                rc = dy_dotenv_emit_copy(d, d->s + kstart, kend - kstart, val, vl, kstart, kstart);
                if (rc != DAYONE_OK)
                    return rc;
            }
            i = v;
            continue;
        }
        if (kend == kstart)
            return dy_dotenv_fail(d, DAYONE_EENVFILE, kstart,
                                  "missing variable name before '%c'", sep);
        dy_vbuf val = DY_VBUF_INIT;
        size_t next = d->len;
        d->key = d->s + kstart;
        d->key_len = kend - kstart;
        const char *lit = NULL;
        size_t lit_len = 0;
        if (v < d->len && (d->s[v] == '"' || d->s[v] == '\''))
            rc = quoted(d, v, &val, &lit, &lit_len, &next);
        else
            rc = unquoted(d, v, &val, &lit, &lit_len, &next);
        if (rc == DAYONE_OK && lit)
            rc = dy_dotenv_emit_text(d, d->s + kstart, kend - kstart, lit, lit_len, kstart, v);
        else if (rc == DAYONE_OK)
            rc = dy_dotenv_emit(d, d->s + kstart, kend - kstart, &val, kstart, v);
        dy_vbuf_release(&val);
        if (rc != DAYONE_OK)
            return rc;
        i = next;
    }
}
