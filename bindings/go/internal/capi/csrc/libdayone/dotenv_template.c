/* dotenv_template.c - compose's ${VAR} interpolation, as compose-go's
 * template package applies it to .env values.
 *
 * Scanning left to right, a `$` starts:
 *   $$                -> "$"
 *   $NAME             -> NAME's value; NAME = [_A-Za-z][_A-Za-z0-9]*
 *   ${NAME}           -> NAME's value
 *   ${NAME<op>arg}    -> op one of :- - :+ + :? ? (the one right after NAME)
 *   ${ anything else  -> "invalid template" (an error in compose too)
 *   $ before anything else stays a literal `$`.
 * compose matches ${NAME<op>arg} greedily up to the LAST `}` on the line,
 * then cuts it at the `}` that closes the first `{` (counting braces, where
 * a `{` also skips the character after it); arg is what lies between the
 * operator and that `}`, and the remainder is substituted on its own. arg
 * is itself substituted, but only when the operator uses it:
 *   :-  arg if NAME is unset or empty     -   arg if NAME is unset
 *   :+  arg if NAME is set and non-empty  +   arg if NAME is set
 *       (else NAME's value, "" when unset)
 *   :?  error "arg" if NAME unset or empty, ?  error if unset
 * A name is looked up in the lookup (the shell's environment) first, then
 * in the file's earlier lines: compose lets the shell win.
 *
 * Where compose substitutes "" for an unset NAME (and logs a warning) this
 * is an error: the check must judge what the service gets, and an empty
 * string it cannot see is not that. Defaults nest at most MAX_DEPTH deep
 * (compose has no bound; ours keeps the stack bounded). */
#include <string.h>
#include "dotenv_template.h"

#define MAX_DEPTH 32
/* How much of a :? message an error quotes (the message is the user's). */
#define REASON_MAX 200

typedef struct line_cache {
    size_t lo, end, last_brace; /* valid for starts in [lo, end]; last_brace == end: none */
    int valid;
} line_cache;

static int name_start(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int name_char(char c) { return name_start(c) || (c >= '0' && c <= '9'); }

static int lookup(const dy_dotenv *d, const char *name, size_t n, const char **v, size_t *vl)
{
    if (dy_dotenv_outside(d, name, n, v, vl))
        return 1;
    if (dy_dotenv_earlier(d, name, n, v, vl) && *v)
        return 1;
    return 0;
}


static int invalid(dy_dotenv *d, size_t off)
{
    return dy_dotenv_fail(d, DAYONE_EENVFILE, off,
                          "invalid ${...} reference; expected ${NAME}, ${NAME:-default}, "
                          "${NAME-default}, ${NAME:?message}, ${NAME?message}, "
                          "${NAME:+value} or ${NAME+value} (write $$ for a literal $)");
}

/* The last `}` in t[from..end of its line), using and filling the cache. */
static size_t last_brace(const char *t, size_t n, size_t from, line_cache *lc, size_t *line_end)
{
    if (!lc->valid || from < lc->lo || from > lc->end) {
        const char *nl = memchr(t + from, '\n', n - from);
        size_t end = nl ? (size_t)(nl - t) : n, lb = end;
        for (size_t k = end; k > from; k--)
            if (t[k - 1] == '}') {
                lb = k - 1;
                break;
            }
        lc->lo = from;
        lc->end = end;
        lc->last_brace = lb;
        lc->valid = 1;
    }
    *line_end = lc->end;
    return lc->last_brace >= from ? lc->last_brace : lc->end;
}

/* compose's getFirstBraceClosingIndex over t[0..n): -1 if it never closes. */
static long first_closing(const char *t, size_t n)
{
    long open = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '}' && --open == 0)
            return (long)i;
        if (t[i] == '{') {
            open++;
            i++;
        }
    }
    return -1;
}

static int subst(dy_dotenv *d, const char *t, const size_t *offs, size_t n, dy_vbuf *out,
                 int depth);

static int apply_op(dy_dotenv *d, const char *t, const size_t *offs, size_t dollar,
                    const char *name, size_t nlen, const char *op, size_t arg,
                    size_t arg_end, dy_vbuf *out, int depth)
{
    const char *v = NULL;
    size_t vl = 0;
    int set = lookup(d, name, nlen, &v, &vl);
    int colon = op[0] == ':';
    char kind = op[colon];
    int use_arg;
    if (kind == '-')
        use_arg = !set || (colon && vl == 0);
    else if (kind == '+')
        use_arg = set && (!colon || vl > 0);
    else {
        if (set && (!colon || vl > 0)) {
            dy_vbuf_put(out, v, vl, offs[dollar]);
            return DAYONE_OK;
        }
        size_t rl = arg_end - arg;
        return dy_dotenv_fail(d, DAYONE_EENVFILE, offs[dollar],
                              "required variable %.*s is %s: %.*s%s", (int)(nlen > 64 ? 64 : nlen),
                              name, set ? "empty" : "not set",
                              (int)(rl > REASON_MAX ? REASON_MAX : rl), t + arg,
                              rl > REASON_MAX ? "..." : "");
    }
    if (use_arg) {
        if (depth >= MAX_DEPTH)
            return dy_dotenv_fail(d, DAYONE_EENVFILE, offs[dollar],
                                  "${...} defaults nested more than %d deep", MAX_DEPTH);
        return subst(d, t + arg, offs + arg, arg_end - arg, out, depth + 1);
    }
    dy_vbuf_put(out, v ? v : "", vl, offs[dollar]);
    return DAYONE_OK;
}

static int subst(dy_dotenv *d, const char *t, const size_t *offs, size_t n, dy_vbuf *out,
                 int depth)
{
    line_cache lc = { 0, 0, 0, 0 };
    size_t i = 0;
    while (i < n) {
        if (t[i] != '$' || i + 1 >= n) {
            size_t j = i + 1;
            while (j < n && t[j] != '$')
                j++;
            dy_vbuf_put_mapped(out, t + i, offs + i, 0, j - i);
            i = j;
            continue;
        }
        char c = t[i + 1];
        const char *v;
        size_t vl, j;
        if (c == '$') {
            dy_vbuf_put(out, "$", 1, offs[i]);
            i += 2;
            continue;
        }
        if (name_start(c)) {
            for (j = i + 2; j < n && name_char(t[j]); j++)
                ;
            if (!lookup(d, t + i + 1, j - i - 1, &v, &vl))
                return dy_dotenv_unresolved(d, offs[i], t + i + 1, j - i - 1, 0, "compose");
            dy_vbuf_put(out, v, vl, offs[i]);
            i = j;
            continue;
        }
        if (c != '{') {
            dy_vbuf_put(out, "$", 1, offs[i]);
            i++;
            continue;
        }
        size_t k = i + 2;
        if (k >= n || !name_start(t[k]))
            return invalid(d, offs[i]);
        for (j = k + 1; j < n && name_char(t[j]); j++)
            ;
        if (j < n && t[j] == '}') {
            if (!lookup(d, t + k, j - k, &v, &vl))
                return dy_dotenv_unresolved(d, offs[i], t + k, j - k, 1, "compose");
            dy_vbuf_put(out, v, vl, offs[i]);
            i = j + 1;
            continue;
        }
        size_t oplen;
        if (j + 1 < n && t[j] == ':' && strchr("-+?", t[j + 1]) && t[j + 1])
            oplen = 2;
        else if (j < n && t[j] && strchr("-+?", t[j]))
            oplen = 1;
        else
            return invalid(d, offs[i]);
        size_t line_end, last = last_brace(t, n, j + oplen, &lc, &line_end);
        if (last == line_end)
            return invalid(d, offs[i]);
        long closing = first_closing(t + i, last + 1 - i);
        size_t sub_end = closing >= 0 ? i + (size_t)closing + 1 : last + 1;
        int rc = apply_op(d, t, offs, i, t + k, j - k, t + j, j + oplen, sub_end - 1, out,
                          depth);
        if (rc != DAYONE_OK)
            return rc;
        /* The rest of the greedy match is substituted on its own; it ends
         * at the line's last `}`, so carrying on here is the same. */
        i = sub_end;
    }
    return DAYONE_OK;
}

int dy_compose_substitute(dy_dotenv *d, const char *t, const size_t *offs, size_t n,
                          dy_vbuf *out)
{
    return subst(d, t, offs, n, out, 0);
}
