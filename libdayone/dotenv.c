/* dotenv.c - the .env parser.
 *
 * Grammar, one assignment per line (a double-quoted value may span lines):
 *   line    = ws* ( comment | [ "export" ws+ ] NAME ws* "=" ws* value ws* [comment] ) EOL
 *   comment = "#" any*            (after a value only when preceded by ws)
 *   value   = "" | unquoted | 'literal' | "escaped"   (\n \r \t \" \\ \$)
 * Unquoted values are trimmed. The file must be UTF-8 without NUL bytes (a
 * leading BOM is skipped). Columns count characters (code points), 1-based.
 *
 * Errors name the place and what was expected and never quote the text: the
 * line being parsed usually holds a secret. */
#include <string.h>
#include "alloc.h"
#include "dotenv.h"
#include "env_internal.h"
#include "error.h"

typedef struct parser {
    const char *s;
    size_t len;
    size_t pos;
    unsigned line;
    size_t line_start;      /* byte offset where the current line begins */
    const char *name;       /* path for errors */
    dayone_error *err;
} parser;

static unsigned column_of(const parser *p, size_t line_start, size_t pos)
{
    unsigned col = 1;
    for (size_t i = line_start; i < pos; i++)
        if (((unsigned char)p->s[i] & 0xC0) != 0x80)
            col++;
    return col;
}

static int fail_at(parser *p, int code, unsigned line, size_t line_start, size_t pos,
                   const char *what)
{
    return dy_error_set(p->err, code, p->name, line, column_of(p, line_start, pos), "%s", what);
}

static int fail_here(parser *p, const char *what)
{
    return fail_at(p, DAYONE_EENVFILE, p->line, p->line_start, p->pos, what);
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

/* Encoding pass: NUL bytes and invalid UTF-8 anywhere are errors. */
static int check_encoding(parser *p)
{
    const unsigned char *s = (const unsigned char *)p->s;
    unsigned line = 1;
    size_t ls = p->pos;
    for (size_t i = p->pos; i < p->len;) {
        if (s[i] == '\0')
            return fail_at(p, DAYONE_EENVFILE, line, ls, i,
                           "NUL byte in .env file; expected text");
        if (s[i] == '\n') {
            line++;
            ls = ++i;
            continue;
        }
        size_t n = utf8_seq(s, i, p->len);
        if (!n) {
            /* Count the column only over the valid prefix of the line. */
            return fail_at(p, DAYONE_EENVFILE, line, ls, i,
                           "invalid UTF-8 byte sequence; expected UTF-8 text");
        }
        i += n;
    }
    return DAYONE_OK;
}

static int at_end(const parser *p) { return p->pos >= p->len; }
static char cur(const parser *p) { return p->pos < p->len ? p->s[p->pos] : '\0'; }
static int is_ws(char c) { return c == ' ' || c == '\t'; }

static int at_eol(const parser *p)
{
    if (at_end(p))
        return 1;
    char c = p->s[p->pos];
    return c == '\n' || (c == '\r' && (p->pos + 1 >= p->len || p->s[p->pos + 1] == '\n'));
}

static void skip_ws(parser *p)
{
    while (!at_end(p) && is_ws(p->s[p->pos]))
        p->pos++;
}

static void newline(parser *p, size_t after)
{
    p->line++;
    p->line_start = after;
}

/* Skip the rest of the line (a comment) and its line ending. */
static void skip_line(parser *p)
{
    while (!at_end(p) && p->s[p->pos] != '\n')
        p->pos++;
    if (!at_end(p)) {
        p->pos++;
        newline(p, p->pos);
    }
}

static int is_name_start(char c)
{
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int is_name_char(char c) { return is_name_start(c) || (c >= '0' && c <= '9'); }

/* After a quoted value: only whitespace and an optional comment may follow. */
static int end_of_quoted(parser *p)
{
    skip_ws(p);
    if (cur(p) == '#' || at_eol(p)) {
        skip_line(p);
        return DAYONE_OK;
    }
    return fail_here(p, "unexpected characters after the closing quote; "
                        "expected the end of the line or a # comment");
}

static int parse_single(parser *p, char **out, size_t *out_len)
{
    unsigned qline = p->line;
    size_t qpos = p->pos, qls = p->line_start;
    size_t start = ++p->pos;
    while (!at_end(p) && p->s[p->pos] != '\'' && p->s[p->pos] != '\n')
        p->pos++;
    if (cur(p) != '\'')
        return fail_at(p, DAYONE_EENVFILE, qline, qls, qpos,
                       "unterminated single-quoted value; expected a closing ' on the "
                       "same line");
    size_t n = p->pos - start;
    p->pos++;
    if (n > DAYONE_ENV_VALUE_MAX)
        return fail_at(p, DAYONE_ELIMIT, qline, qls, qpos,
                       "value is longer than the limit of 1048576 bytes");
    *out = dy_strndup(p->s + start, n);
    if (!*out)
        return dy_error_set(p->err, DAYONE_ENOMEM, p->name, 0, 0, "out of memory while parsing");
    *out_len = n;
    return DAYONE_OK;
}

static int parse_double(parser *p, char **out, size_t *out_len)
{
    unsigned qline = p->line;
    size_t qpos = p->pos, qls = p->line_start;
    size_t start = ++p->pos, end = start;
    /* Find the closing quote first so the buffer is allocated once. */
    while (end < p->len && p->s[end] != '"')
        end += (p->s[end] == '\\' && end + 1 < p->len) ? 2 : 1;
    if (end >= p->len)
        return fail_at(p, DAYONE_EENVFILE, qline, qls, qpos,
                       "unterminated double-quoted value; expected a closing \"");
    char *buf = dy_malloc(end - start + 1);
    if (!buf)
        return dy_error_set(p->err, DAYONE_ENOMEM, p->name, 0, 0, "out of memory while parsing");
    size_t n = 0;
    int rc = DAYONE_OK;
    while (p->pos < end) {
        char c = p->s[p->pos];
        if (c == '\\') {
            char e = p->s[p->pos + 1];
            switch (e) {
            case 'n': c = '\n'; break;
            case 'r': c = '\r'; break;
            case 't': c = '\t'; break;
            case '"': case '\\': case '$': c = e; break;
            default:
                rc = fail_here(p, "invalid escape sequence in double-quoted value; expected "
                                  "one of \\n \\r \\t \\\" \\\\ \\$");
                goto done;
            }
            p->pos += 2;
        } else if (c == '\r' && p->pos + 1 < end && p->s[p->pos + 1] == '\n') {
            p->pos++;            /* CRLF inside the value becomes LF */
            continue;
        } else {
            p->pos++;
            if (c == '\n')
                newline(p, p->pos);
        }
        buf[n++] = c;
    }
    p->pos++; /* the closing quote */
    if (n > DAYONE_ENV_VALUE_MAX) {
        rc = fail_at(p, DAYONE_ELIMIT, qline, qls, qpos,
                     "value is longer than the limit of 1048576 bytes");
        goto done;
    }
    buf[n] = '\0';
    *out = buf;
    *out_len = n;
    buf = NULL;
done:
    if (buf) {
        dy_wipe(buf, end - start + 1);
        dy_free(buf);
    }
    return rc;
}

static int parse_unquoted(parser *p, char **out, size_t *out_len)
{
    size_t start = p->pos, vpos = p->pos, vls = p->line_start;
    unsigned vline = p->line;
    size_t end = start;
    while (p->pos < p->len && p->s[p->pos] != '\n') {
        char c = p->s[p->pos];
        if (c == '#' && (p->pos == 0 || is_ws(p->s[p->pos - 1])))
            break;
        p->pos++;
        if (!is_ws(c) && c != '\r')
            end = p->pos;
    }
    skip_line(p);
    size_t n = end - start;
    if (n > DAYONE_ENV_VALUE_MAX)
        return fail_at(p, DAYONE_ELIMIT, vline, vls, vpos,
                       "value is longer than the limit of 1048576 bytes");
    *out = dy_strndup(p->s + start, n);
    if (!*out)
        return dy_error_set(p->err, DAYONE_ENOMEM, p->name, 0, 0, "out of memory while parsing");
    *out_len = n;
    return DAYONE_OK;
}

static int parse_assignment(parser *p, dy_env_items *out)
{
    /* `export NAME=...`; but `export=1` and `export =1` assign "export". */
    if (p->len - p->pos > 6 && memcmp(p->s + p->pos, "export", 6) == 0 &&
        is_ws(p->s[p->pos + 6])) {
        size_t save = p->pos;
        p->pos += 6;
        skip_ws(p);
        if (cur(p) == '=')
            p->pos = save;
    }
    unsigned kline = p->line;
    size_t nstart = p->pos;
    if (!is_name_start(cur(p)))
        return fail_here(p, cur(p) == '='
                                ? "missing variable name before '='"
                                : "expected a variable name ([A-Za-z_][A-Za-z0-9_]*)");
    while (is_name_char(cur(p)))
        p->pos++;
    size_t nend = p->pos;
    skip_ws(p);
    if (cur(p) != '=') {
        if (p->pos == nend && !at_eol(p) && cur(p) != '#')
            return fail_here(p, "invalid character in variable name; expected a name "
                                "matching [A-Za-z_][A-Za-z0-9_]* followed by '='");
        return fail_here(p, "expected '=' after the variable name");
    }
    p->pos++;
    skip_ws(p);
    char *value = NULL;
    size_t vlen = 0;
    int rc;
    if (cur(p) == '"') {
        rc = parse_double(p, &value, &vlen);
        if (rc == DAYONE_OK)
            rc = end_of_quoted(p);
    } else if (cur(p) == '\'') {
        rc = parse_single(p, &value, &vlen);
        if (rc == DAYONE_OK)
            rc = end_of_quoted(p);
    } else {
        rc = parse_unquoted(p, &value, &vlen);
    }
    char *name = NULL;
    if (rc == DAYONE_OK) {
        name = dy_strndup(p->s + nstart, nend - nstart);
        if (!name ||
            dy_env_items_push_owned(out, name, nend - nstart, value, vlen, kline) != DAYONE_OK)
            rc = dy_error_set(p->err, DAYONE_ENOMEM, p->name, 0, 0,
                              "out of memory while parsing");
        else
            return DAYONE_OK;
    }
    dy_free(name);
    if (value) {
        dy_wipe(value, vlen);
        dy_free(value);
    }
    return rc;
}

int dy_dotenv_parse(const char *text, size_t len, const char *name, dy_env_items *out,
                    dayone_error *err)
{
    parser p = { text, len, 0, 1, 0, name ? name : "<string>", err };
    if (!text && len)
        return dy_fail(err, DAYONE_EINVAL, "text must not be NULL");
    if (len > DAYONE_ENV_FILE_MAX)
        return dy_error_set(err, DAYONE_ELIMIT, p.name, 0, 0,
                            ".env content is larger than the limit of %u bytes",
                            DAYONE_ENV_FILE_MAX);
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        p.pos = p.line_start = 3; /* UTF-8 byte order mark */
    int rc = check_encoding(&p);
    dy_env_items items = DY_ENV_ITEMS_INIT;
    while (rc == DAYONE_OK && !at_end(&p)) {
        skip_ws(&p);
        if (at_eol(&p) || cur(&p) == '#')
            skip_line(&p);
        else
            rc = parse_assignment(&p, &items);
    }
    if (rc == DAYONE_OK) {
        /* Hand over: append everything to the caller's list at once. */
        for (size_t i = 0; i < items.n && rc == DAYONE_OK; i++) {
            dy_env_item *it = &items.v[i];
            rc = dy_env_items_push_owned(out, it->name, it->name_len, it->value, it->value_len,
                                         it->line);
            if (rc == DAYONE_OK)
                it->name = it->value = NULL;
            else
                rc = dy_error_set(err, DAYONE_ENOMEM, p.name, 0, 0,
                                  "out of memory while parsing");
        }
    }
    dy_env_items_release(&items);
    return rc;
}
