/* format_pem.c - PEM private keys and certificates (see format_pem.h).
 *
 * One pass over the value with a cursor: BEGIN line, body, END line, per
 * block. The body is decoded as it is read, keeping only the count of
 * decoded bytes and the first 8 of them (enough for a DER SEQUENCE header
 * of up to 6 bytes and the tag after it), so nothing of the key is copied. */
#include <string.h>
#include "alloc.h"
#include "format_pem.h"

/* The reasons, phrased to follow "Set NAME to ..." and "not in the expected
 * format: ...". They name labels, never content. */
#define WHY_KEY "a PEM private key (one PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY " \
                "block: its BEGIN line, a complete base64 body, the matching END line)"
#define WHY_CERT "a PEM certificate (CERTIFICATE blocks: each a BEGIN line, a complete " \
                 "base64 body, the matching END line)"
#define WHY_KEY_GOT_CERT "a PEM private key, not a certificate (the value is a " \
                         "CERTIFICATE block)"
#define WHY_CERT_GOT_KEY "a PEM certificate, not a private key (the value is a private " \
                         "key block; keep the key out of the certificate's variable)"
#define WHY_ENCRYPTED "an unencrypted PEM private key: this one is encrypted and the " \
                      "service has no passphrase for it (decrypt it with `openssl pkey " \
                      "-in key.pem -out key-plain.pem`)"
#define WHY_ESCAPED "PEM text with real line breaks, not literal \\n escapes (in a .env " \
                    "file write the value in double quotes, or set NAME_FILE to a .pem file)"

typedef struct cursor {
    const char *p, *end;
} cursor;

typedef enum label_class {
    LABEL_OTHER,
    LABEL_KEY,            /* PRIVATE KEY, RSA PRIVATE KEY, EC PRIVATE KEY */
    LABEL_ENCRYPTED_KEY,  /* ENCRYPTED PRIVATE KEY */
    LABEL_OTHER_KEY,      /* any other "... PRIVATE KEY" (DSA, OPENSSH, ...) */
    LABEL_CERT            /* CERTIFICATE */
} label_class;

/* Base64 decoding state: the current group of four, whether '=' padding
 * has started (then the group must end the body), and the output. */
typedef struct b64_state {
    unsigned quad[4];
    int nquad;
    int pad;
    int closed;
    size_t decoded;            /* bytes decoded so far */
    unsigned char head[8];     /* the first of them */
} b64_state;

static int starts_with(const cursor *c, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(c->end - c->p) >= n && memcmp(c->p, s, n) == 0;
}

static void skip_blank_space(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\r' || *c->p == '\n'))
        c->p++;
}

/* Trailing spaces or tabs, then \n, \r\n or the end of the value. */
static int line_end(cursor *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
        c->p++;
    if (c->p == c->end)
        return 1;
    if (*c->p == '\r')
        c->p++;
    if (c->p < c->end && *c->p == '\n') {
        c->p++;
        return 1;
    }
    return 0;
}

/* "-----BEGIN LABEL-----" (or END) and its line end; *label points into the
 * value. Labels are short and hold no '-' pair, so scan to the first '-'. */
static int boundary(cursor *c, const char *keyword, const char **label, size_t *label_len)
{
    if (!starts_with(c, keyword))
        return 0;
    c->p += strlen(keyword);
    *label = c->p;
    while (c->p < c->end && *c->p != '-' && *c->p != '\n' && *c->p != '\r' &&
           c->p - *label < 64)
        c->p++;
    *label_len = (size_t)(c->p - *label);
    if (!*label_len || !starts_with(c, "-----"))
        return 0;
    c->p += 5;
    return line_end(c);
}

static int label_is(const char *label, size_t len, const char *name)
{
    return len == strlen(name) && memcmp(label, name, len) == 0;
}

static label_class classify(const char *label, size_t len)
{
    static const char suffix[] = " PRIVATE KEY";
    const size_t slen = sizeof suffix - 1;
    if (label_is(label, len, "PRIVATE KEY") || label_is(label, len, "RSA PRIVATE KEY") ||
        label_is(label, len, "EC PRIVATE KEY"))
        return LABEL_KEY;
    if (label_is(label, len, "ENCRYPTED PRIVATE KEY"))
        return LABEL_ENCRYPTED_KEY;
    if (label_is(label, len, "CERTIFICATE"))
        return LABEL_CERT;
    if (len > slen && memcmp(label + len - slen, suffix, slen) == 0)
        return LABEL_OTHER_KEY;
    return LABEL_OTHER;
}

static int b64_digit(char ch)
{
    if (ch >= 'A' && ch <= 'Z')
        return ch - 'A';
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a' + 26;
    if (ch >= '0' && ch <= '9')
        return ch - '0' + 52;
    if (ch == '+')
        return 62;
    if (ch == '/')
        return 63;
    return -1;
}

/* One base64 character (or '='). 0 if it cannot be there. */
static int b64_push(b64_state *s, char ch)
{
    int v;
    if (s->closed)
        return 0;
    if (ch == '=') {
        if (s->nquad < 2)          /* "=" needs two digits before it in its group */
            return 0;
        s->pad++;
        v = 0;
    } else {
        if (s->pad || (v = b64_digit(ch)) < 0)
            return 0;
    }
    s->quad[s->nquad++] = (unsigned)v;
    if (s->nquad < 4)
        return 1;
    unsigned long w = ((unsigned long)s->quad[0] << 18) | ((unsigned long)s->quad[1] << 12) |
                      ((unsigned long)s->quad[2] << 6) | s->quad[3];
    unsigned char bytes[3] = {(unsigned char)(w >> 16), (unsigned char)(w >> 8),
                              (unsigned char)w};
    for (int i = 0; i < 3 - s->pad; i++, s->decoded++)
        if (s->decoded < sizeof s->head)
            s->head[s->decoded] = bytes[i];
    dy_wipe(bytes, sizeof bytes);
    s->nquad = 0;
    s->closed = s->pad > 0;       /* padding ends the body */
    return 1;
}

/* The body lines up to the END line (not consumed). 1 ok, 0 not padded
 * base64 or no END line, -1 a legacy encryption header (Proc-Type). */
static int body(cursor *c, b64_state *s)
{
    for (;;) {
        if (c->p == c->end)
            return 0;
        if (starts_with(c, "-----END "))
            return s->nquad == 0 && s->decoded > 0;
        if (starts_with(c, "Proc-Type:"))
            return -1;
        while (c->p < c->end && (*c->p == '=' || b64_digit(*c->p) >= 0)) {
            if (!b64_push(s, *c->p))
                return 0;
            c->p++;
        }
        if (!line_end(c))
            return 0;
    }
}

/* The decoded bytes are one DER SEQUENCE spanning all of them, whose first
 * element has the tag a key (INTEGER) or a certificate (SEQUENCE) starts with. */
static int der_ok(const b64_state *s, dy_pem_kind kind)
{
    const unsigned char *h = s->head;
    size_t n = s->decoded, hdr, len = 0;

    if (n < 3 || h[0] != 0x30)
        return 0;
    if (h[1] < 0x80) {
        hdr = 2;
        len = h[1];
    } else {
        size_t k = h[1] & 0x7fu;       /* 0x80 (indefinite) is BER, not DER */
        if (k == 0 || k > 4)
            return 0;
        hdr = 2 + k;
        if (n <= hdr)
            return 0;
        for (size_t i = 0; i < k; i++)
            len = (len << 8) | h[2 + i];
    }
    if (n <= hdr || len != n - hdr)
        return 0;
    return h[hdr] == (kind == DY_PEM_PRIVATE_KEY ? 0x02 : 0x30);
}

/* Literal "\n" (or "\r") escapes: a backslash never occurs in PEM text. */
static int has_escaped_breaks(const char *v, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        if (v[i] == '\\' && (v[i + 1] == 'n' || v[i + 1] == 'r'))
            return 1;
    return 0;
}

/* Whether a block with this label may stand where `kind` is expected; if
 * not, *why may get a more precise reason than the default. */
static int label_fits(dy_pem_kind kind, label_class cls, const char **why)
{
    if (kind == DY_PEM_PRIVATE_KEY) {
        if (cls == LABEL_ENCRYPTED_KEY)
            *why = WHY_ENCRYPTED;
        else if (cls == LABEL_CERT)
            *why = WHY_KEY_GOT_CERT;
        return cls == LABEL_KEY;
    }
    if (cls == LABEL_KEY || cls == LABEL_ENCRYPTED_KEY || cls == LABEL_OTHER_KEY)
        *why = WHY_CERT_GOT_KEY;
    return cls == LABEL_CERT;
}

int dy_pem_matches(dy_pem_kind kind, const char *value, size_t len, const char **why)
{
    const char *w = kind == DY_PEM_PRIVATE_KEY ? WHY_KEY : WHY_CERT;
    static const char nothing[1] = "";
    b64_state s;
    size_t blocks = 0;
    int ok = 0;

    if (!value) {
        value = nothing;
        len = 0;
    }
    cursor c = {value, value + len};
    memset(&s, 0, sizeof s);
    if (has_escaped_breaks(value, len)) {
        w = WHY_ESCAPED;
        goto done;
    }
    skip_blank_space(&c);
    while (c.p < c.end) {
        const char *label, *end_label;
        size_t label_len, end_label_len;
        if (!boundary(&c, "-----BEGIN ", &label, &label_len))
            goto done;
        if (kind == DY_PEM_PRIVATE_KEY && blocks)   /* one key, nothing after it */
            goto done;
        if (!label_fits(kind, classify(label, label_len), &w))
            goto done;
        memset(&s, 0, sizeof s);
        int r = body(&c, &s);
        if (r < 0)
            w = WHY_ENCRYPTED;
        if (r <= 0 || !der_ok(&s, kind))
            goto done;
        if (!boundary(&c, "-----END ", &end_label, &end_label_len) ||
            end_label_len != label_len || memcmp(end_label, label, label_len) != 0)
            goto done;
        blocks++;
        skip_blank_space(&c);
    }
    ok = blocks > 0;
done:
    dy_wipe(&s, sizeof s);
    if (why)
        *why = ok ? NULL : w;
    return ok;
}
