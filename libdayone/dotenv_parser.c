/* dotenv_parser.c - what every .env dialect parser shares
 * (dotenv_parser.h): characters, the encoding check, error places, value
 * buffers, the file's own earlier assignments, the lookup, and staging.
 *
 * The text must be UTF-8 without NUL bytes in every dialect (a leading BOM
 * is skipped): the tools would pass such bytes on, but a value that is not
 * text cannot be judged. Lines are counted by LF; columns count characters
 * (code points), 1-based.
 *
 * Errors name the place and what was expected and never quote the text: the
 * line being parsed usually holds a secret. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "dotenv_parser.h"
#include "env.h"
#include "error.h"
#include "text.h"

extern char **environ;

/* ---- characters ---- */

size_t dy_utf8_next(const char *s, size_t len, size_t i, uint32_t *cp)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[i];
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (i + n > len) /* never for validated text; be safe anyway */
        n = 1;
    uint32_t v = n == 1 ? c : n == 2 ? c & 0x1Fu : n == 3 ? c & 0x0Fu : c & 0x07u;
    for (size_t k = 1; k < n; k++)
        v = (v << 6) | (u[i + k] & 0x3Fu);
    *cp = v;
    return n;
}

/* Unicode White_Space, as Go's unicode.IsSpace. */
int dy_go_isspace(uint32_t cp)
{
    if (cp < 0x100)
        return (cp >= 0x09 && cp <= 0x0D) || cp == 0x20 || cp == 0x85 || cp == 0xA0;
    return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Python's str.isspace adds the four information separators. */
int dy_py_isspace(uint32_t cp)
{
    return dy_go_isspace(cp) || (cp >= 0x1C && cp <= 0x1F);
}

/* Length of the valid UTF-8 sequence at s[i], or 0 if it is invalid. */
static size_t utf8_seq(const unsigned char *s, size_t i, size_t len)
{
    unsigned char c = s[i];
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;          /* overlong */
        if (c == 0xED) hi = 0x9F;          /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;          /* overlong */
        if (c == 0xF4) hi = 0x8F;          /* > U+10FFFF */
    } else
        return 0;
    if (i + n > len)
        return 0;
    if (s[i + 1] < lo || s[i + 1] > hi)
        return 0;
    for (size_t k = 2; k < n; k++)
        if (s[i + k] < 0x80 || s[i + k] > 0xBF)
            return 0;
    return n;
}

/* ---- places and errors ---- */

/* Line (LF-counted from d->start) and column (code points) of offset off,
 * counting from a known line start at or before it. */
static void place(const dy_dotenv *d, size_t from, unsigned from_line, size_t off,
                  unsigned *line, unsigned *col)
{
    size_t ls = from;
    unsigned ln = from_line;
    for (size_t i = from; i < off && i < d->len; i++)
        if (d->s[i] == '\n') {
            ln++;
            ls = i + 1;
        }
    unsigned c = 1;
    for (size_t i = ls; i < off && i < d->len; i++)
        if (((unsigned char)d->s[i] & 0xC0) != 0x80)
            c++;
    *line = ln;
    *col = c;
}

int dy_dotenv_fail(dy_dotenv *d, int code, size_t off, const char *fmt, ...)
{
    unsigned line, col;
    char msg[DAYONE_ERROR_MESSAGE_MAX];
    va_list ap;
    place(d, d->start, 1, off, &line, &col);
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    return dy_error_set(d->err, code, d->path, line, col, "%s", msg);
}

int dy_dotenv_nomem(dy_dotenv *d)
{
    return dy_error_set(d->err, DAYONE_ENOMEM, d->path, 0, 0, "out of memory while parsing");
}

int dy_dotenv_unresolved(dy_dotenv *d, size_t off, const char *name, size_t name_len,
                         int braced, const char *tool)
{
    int k = (int)(d->key_len > 64 ? 64 : d->key_len);
    if (braced && name_len <= 64 && dy_is_identifier(name, name_len))
        return dy_dotenv_fail(d, DAYONE_EENVFILE, off,
                              "the value of %.*s refers to ${%.*s}, which is set neither earlier "
                              "in the file nor in the environment (%s would substitute an "
                              "empty string); set it, or write ${%.*s:-} for an explicit "
                              "empty default",
                              k, d->key, (int)name_len, name, tool, (int)name_len, name);
    if (braced)
        return dy_dotenv_fail(d, DAYONE_EENVFILE, off,
                              "the value of %.*s has a ${...} reference that %s cannot "
                              "resolve (%zu characters between the braces; %s would "
                              "substitute an empty string)",
                              k, d->key, tool, name_len, tool);
    return dy_dotenv_fail(d, DAYONE_EENVFILE, off,
                          "the value of %.*s has a `$` followed by a %zu-character name that "
                          "is set neither earlier in the file nor in the environment (%s "
                          "would substitute an empty string); if the `$` belongs to the "
                          "value, write $$ or use single quotes",
                          k, d->key, name_len, tool);
}

int dy_dotenv_check_encoding(dy_dotenv *d)
{
    const unsigned char *s = (const unsigned char *)d->s;
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    for (size_t i = d->start; i < d->len;) {
        /* Eight bytes at a time while they are all ASCII and none is NUL
         * (the usual case); a word with either is checked byte by byte. */
        while (d->len - i >= 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if ((w & highs) || ((w - ones) & ~w & highs))
                break;
            i += 8;
        }
        if (i >= d->len)
            break;
        if (s[i] == '\0')
            return dy_dotenv_fail(d, DAYONE_EENVFILE, i, "NUL byte in .env file; expected text");
        size_t n = utf8_seq(s, i, d->len);
        if (!n)
            return dy_dotenv_fail(d, DAYONE_EENVFILE, i,
                                  "invalid UTF-8 byte sequence; expected UTF-8 text");
        i += n;
    }
    return DAYONE_OK;
}

/* ---- value buffers ---- */

static int vbuf_grow(dy_vbuf *b, size_t extra)
{
    if (b->failed || b->too_long)
        return 0;
    if (extra > DAYONE_ENV_VALUE_MAX || b->len + extra > DAYONE_ENV_VALUE_MAX) {
        b->too_long = 1; /* reported by the emit, as DAYONE_ELIMIT */
        return 0;
    }
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t ncap = b->cap ? b->cap : 64;
    while (ncap < b->len + extra + 1) {
        if (ncap > (size_t)-1 / 2 / sizeof(size_t)) {
            b->failed = 1;
            return 0;
        }
        ncap *= 2;
    }
    /* Not realloc: the old bytes must be wiped, not left in freed memory. */
    char *np = dy_malloc(ncap);
    size_t *no = dy_malloc(ncap * sizeof *no);
    if (!np || !no) {
        dy_free(np);
        dy_free(no);
        b->failed = 1;
        return 0;
    }
    if (b->len) {
        memcpy(np, b->p, b->len);
        memcpy(no, b->off, b->len * sizeof *no);
    }
    if (b->p) {
        dy_wipe(b->p, b->cap);
        dy_free(b->p);
    }
    dy_free(b->off);
    b->p = np;
    b->off = no;
    b->cap = ncap;
    return 1;
}

void dy_vbuf_put(dy_vbuf *b, const char *s, size_t n, size_t off)
{
    if (!vbuf_grow(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    for (size_t i = 0; i < n; i++)
        b->off[b->len + i] = off;
    b->len += n;
    b->p[b->len] = '\0';
}

void dy_vbuf_put_mapped(dy_vbuf *b, const char *s, const size_t *offs, size_t off0, size_t n)
{
    if (!vbuf_grow(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    for (size_t i = 0; i < n; i++)
        b->off[b->len + i] = offs ? offs[i] : off0 + i;
    b->len += n;
    b->p[b->len] = '\0';
}

int dy_vbuf_failed(const dy_vbuf *b) { return b->failed; }

void dy_vbuf_release(dy_vbuf *b)
{
    if (b->p) {
        dy_wipe(b->p, b->cap);
        dy_free(b->p);
    }
    dy_free(b->off);
    memset(b, 0, sizeof *b);
}

/* ---- what the file assigned so far ---- */

static uint32_t hash_bytes(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a: names are short and not hostile */
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static int index_put(dy_dotenv *d, size_t item)
{
    if ((d->items.n + 1) * 2 > d->icap) {
        size_t ncap = d->icap ? d->icap * 2 : 64;
        dy_dotenv_slot *nt = dy_calloc(ncap, sizeof *nt);
        if (!nt)
            return DAYONE_ENOMEM;
        for (size_t i = 0; i < d->icap; i++) {
            if (!d->index[i].item)
                continue;
            size_t j = d->index[i].hash & (ncap - 1);
            while (nt[j].item)
                j = (j + 1) & (ncap - 1);
            nt[j] = d->index[i];
        }
        dy_free(d->index);
        d->index = nt;
        d->icap = ncap;
    }
    const dy_env_item *nit = &d->items.v[item];
    uint32_t h = hash_bytes(nit->name, nit->name_len);
    size_t mask = d->icap - 1;
    for (size_t j = h & mask;; j = (j + 1) & mask) {
        dy_dotenv_slot *sl = &d->index[j];
        if (!sl->item) {
            sl->item = (uint32_t)(item + 1);
            sl->hash = h;
            return DAYONE_OK;
        }
        const dy_env_item *it = &d->items.v[sl->item - 1];
        if (sl->hash == h && it->name_len == nit->name_len &&
            memcmp(it->name, nit->name, it->name_len) == 0) {
            sl->item = (uint32_t)(item + 1); /* a later line wins */
            return DAYONE_OK;
        }
    }
}

int dy_dotenv_earlier(const dy_dotenv *d, const char *name, size_t name_len,
                      const char **value, size_t *value_len)
{
    if (!d->icap)
        return 0;
    uint32_t h = hash_bytes(name, name_len);
    size_t mask = d->icap - 1;
    for (size_t j = h & mask;; j = (j + 1) & mask) {
        const dy_dotenv_slot *sl = &d->index[j];
        if (!sl->item)
            return 0;
        const dy_env_item *it = &d->items.v[sl->item - 1];
        if (sl->hash == h && it->name_len == name_len && memcmp(it->name, name, name_len) == 0) {
            *value = it->value;
            *value_len = it->value_len;
            return 1;
        }
    }
}

int dy_dotenv_outside(const dy_dotenv *d, const char *name, size_t name_len,
                      const char **value, size_t *value_len)
{
    if (d->lookup) {
        char small[128], *heap = NULL;
        const char *z = small;
        if (memchr(name, '\0', name_len))
            return 0; /* no snapshot holds such a name */
        if (name_len < sizeof small) {
            memcpy(small, name, name_len);
            small[name_len] = '\0';
        } else if (!(z = heap = dy_strndup(name, name_len))) {
            return 0;
        }
        const dy_env_entry *e = dy_env_get(d->lookup, z);
        dy_free(heap);
        if (!e)
            return 0;
        *value = e->value;
        *value_len = e->value_len;
        return 1;
    }
    for (char **ep = environ; ep && *ep; ep++)
        if (strncmp(*ep, name, name_len) == 0 && (*ep)[name_len] == '=') {
            *value = *ep + name_len + 1;
            *value_len = strlen(*value);
            return 1;
        }
    return 0;
}

/* Line of offset off, moving the cursor forward (emits come in order). */
static unsigned line_of(dy_dotenv *d, size_t off)
{
    if (off < d->cur_off) {
        d->cur_off = d->start;
        d->cur_line = 1;
    }
    /* memchr from line to line, not a test per byte */
    size_t end = off < d->len ? off : d->len;
    const char *at = d->cur_off < end ? d->s + d->cur_off : NULL;
    while (at && (at = memchr(at, '\n', (size_t)(d->s + end - at))) != NULL) {
        d->cur_line++;
        at++;
    }
    d->cur_off = off;
    return d->cur_line;
}

/* Wipe and free a staged value the list did not take (not a borrowed one). */
static void drop_value(char *value, size_t value_len, int borrowed)
{
    if (value && !borrowed) {
        dy_wipe(value, value_len);
        dy_free(value);
    }
}

/* Stage name (borrowed from the text) = value, owned unless value_borrowed. */
static int emit_item(dy_dotenv *d, const char *name, size_t name_len, char *value,
                     size_t value_len, int value_borrowed, size_t name_off, size_t value_off)
{
    if (value && value_len > DAYONE_ENV_VALUE_MAX) {
        drop_value(value, value_len, value_borrowed);
        return dy_dotenv_fail(d, DAYONE_ELIMIT, value_off,
                              "value is longer than the limit of %u bytes",
                              DAYONE_ENV_VALUE_MAX);
    }
    if (value && (d->staged += value_len) > DY_DOTENV_STAGED_MAX) {
        drop_value(value, value_len, value_borrowed);
        return dy_dotenv_fail(d, DAYONE_ELIMIT, value_off,
                              "the file's values add up to more than %u bytes once "
                              "interpolated", DY_DOTENV_STAGED_MAX);
    }
    char *name_copy = NULL;
    if (!d->borrow && value_borrowed) {
        value = dy_strndup(value, value_len);
        if (!value)
            return dy_dotenv_nomem(d);
        value_borrowed = 0;
    }
    if (!d->borrow && !(name_copy = dy_strndup(name, name_len))) {
        drop_value(value, value_len, value_borrowed);
        return dy_dotenv_nomem(d);
    }
    unsigned borrowed = (name_copy ? 0u : DY_ENV_ITEM_NAME_BORROWED) |
                        (value_borrowed ? DY_ENV_ITEM_VALUE_BORROWED : 0u);
    if (dy_env_items_push_ref(&d->items, name_copy ? name_copy : name, name_len, value,
                              value_len, line_of(d, name_off), borrowed) != DAYONE_OK) {
        dy_free(name_copy);
        drop_value(value, value_len, value_borrowed);
        return dy_dotenv_nomem(d);
    }
    if (index_put(d, d->items.n - 1) != DAYONE_OK)
        return dy_dotenv_nomem(d);
    return DAYONE_OK;
}

int dy_dotenv_emit(dy_dotenv *d, const char *name, size_t name_len, dy_vbuf *value,
                   size_t name_off, size_t value_off)
{
    if (!value)
        return emit_item(d, name, name_len, NULL, 0, 0, name_off, value_off);
    if (value->failed) {
        dy_vbuf_release(value);
        return dy_dotenv_nomem(d);
    }
    if (value->too_long) {
        dy_vbuf_release(value);
        return dy_dotenv_fail(d, DAYONE_ELIMIT, value_off,
                              "value is longer than the limit of %u bytes",
                              DAYONE_ENV_VALUE_MAX);
    }
    if (memchr(value->p ? value->p : "", '\0', value->len)) {
        size_t at = value->off[(size_t)((char *)memchr(value->p, '\0', value->len) - value->p)];
        dy_vbuf_release(value);
        return dy_dotenv_fail(d, DAYONE_EENVFILE, at,
                              "escape sequence makes a NUL byte; values cannot hold NUL");
    }
    /* The buffer becomes the item's value, sparing a copy of every value:
     * it ends in a NUL and nothing was ever written past it. */
    char *v = value->p ? value->p : dy_strndup("", 0);
    size_t vlen = value->len;
    value->p = NULL;
    dy_vbuf_release(value);
    if (!v)
        return dy_dotenv_nomem(d);
    return emit_item(d, name, name_len, v, vlen, 0, name_off, value_off);
}

int dy_dotenv_emit_copy(dy_dotenv *d, const char *name, size_t name_len, const char *value,
                        size_t value_len, size_t name_off, size_t value_off)
{
    if (value_len > DAYONE_ENV_VALUE_MAX)
        return dy_dotenv_fail(d, DAYONE_ELIMIT, value_off,
                              "value is longer than the limit of %u bytes",
                              DAYONE_ENV_VALUE_MAX);
    char *v = dy_strndup(value, value_len);
    if (!v)
        return dy_dotenv_nomem(d);
    return emit_item(d, name, name_len, v, value_len, 0, name_off, value_off);
}

int dy_dotenv_emit_text(dy_dotenv *d, const char *name, size_t name_len, const char *value,
                        size_t value_len, size_t name_off, size_t value_off)
{
    return emit_item(d, name, name_len, (char *)value, value_len, 1, name_off, value_off);
}
