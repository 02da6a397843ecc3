/* strbuf.c - growable string buffer with JSON and XML escaping. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "strbuf.h"

static int dy_strbuf_grow(dy_strbuf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = 1;
            return 0;
        }
        cap *= 2;
    }
    char *d = dy_realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return 0;
    }
    b->data = d;
    b->cap = cap;
    return 1;
}

void dy_strbuf_append(dy_strbuf *b, const char *s, size_t n)
{
    if (!dy_strbuf_grow(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void dy_strbuf_puts(dy_strbuf *b, const char *s) { dy_strbuf_append(b, s, strlen(s)); }

void dy_strbuf_putc(dy_strbuf *b, char c) { dy_strbuf_append(b, &c, 1); }

void dy_strbuf_printf(dy_strbuf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !dy_strbuf_grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* Length of the valid UTF-8 sequence at s, or 0 if invalid. */
static size_t utf8_seq_len(const unsigned char *s)
{
    if (s[0] < 0x80)
        return 1;
    size_t n;
    unsigned int cp;
    if ((s[0] & 0xE0) == 0xC0) { n = 2; cp = s[0] & 0x1F; }
    else if ((s[0] & 0xF0) == 0xE0) { n = 3; cp = s[0] & 0x0F; }
    else if ((s[0] & 0xF8) == 0xF0) { n = 4; cp = s[0] & 0x07; }
    else return 0;
    for (size_t i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

void dy_strbuf_json_escape(dy_strbuf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned char c = *p;
        switch (c) {
        case '"': dy_strbuf_puts(b, "\\\""); p++; continue;
        case '\\': dy_strbuf_puts(b, "\\\\"); p++; continue;
        case '\n': dy_strbuf_puts(b, "\\n"); p++; continue;
        case '\r': dy_strbuf_puts(b, "\\r"); p++; continue;
        case '\t': dy_strbuf_puts(b, "\\t"); p++; continue;
        default: break;
        }
        if (c < 0x20) {
            dy_strbuf_printf(b, "\\u%04x", c);
            p++;
            continue;
        }
        size_t n = utf8_seq_len(p);
        if (n == 0) {
            dy_strbuf_puts(b, "\\ufffd");
            p++;
        } else {
            dy_strbuf_append(b, (const char *)p, n);
            p += n;
        }
    }
}

void dy_strbuf_xml_escape(dy_strbuf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned char c = *p;
        switch (c) {
        case '<': dy_strbuf_puts(b, "&lt;"); p++; continue;
        case '>': dy_strbuf_puts(b, "&gt;"); p++; continue;
        case '&': dy_strbuf_puts(b, "&amp;"); p++; continue;
        case '"': dy_strbuf_puts(b, "&quot;"); p++; continue;
        case '\'': dy_strbuf_puts(b, "&apos;"); p++; continue;
        default: break;
        }
        /* XML 1.0 Char excludes C0 controls other than tab, LF and CR, and
         * U+FFFE/U+FFFF (EF BF BE/BF); invalid UTF-8 (surrogates included)
         * is no character at all. Each becomes U+FFFD, so the document is
         * well-formed whatever the input. */
        if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            dy_strbuf_puts(b, "\xEF\xBF\xBD");
            p++;
            continue;
        }
        size_t n = utf8_seq_len(p);
        if (n == 3 && p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
            dy_strbuf_puts(b, "\xEF\xBF\xBD");
            p += 3;
        } else if (n == 0) {
            dy_strbuf_puts(b, "\xEF\xBF\xBD");
            p++;
        } else {
            dy_strbuf_append(b, (const char *)p, n);
            p += n;
        }
    }
}

int dy_strbuf_failed(const dy_strbuf *b) { return b->failed; }

char *dy_strbuf_detach(dy_strbuf *b, size_t *len)
{
    if (b->failed) {
        dy_strbuf_release(b);
        return NULL;
    }
    if (!b->data && !dy_strbuf_grow(b, 0))
        return NULL;
    if (b->len == 0)
        b->data[0] = '\0';
    char *d = b->data;
    if (len)
        *len = b->len;
    b->data = NULL;
    b->len = b->cap = 0;
    return d;
}

void dy_strbuf_release(dy_strbuf *b)
{
    dy_free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = 0;
}
