/* access_reason.c - credential-looking tokens and placeholder reasons in a
 * staff action's text (access_reason.h). */
#include <string.h>
#include "access_reason.h"
#include "placeholder.h"
#include "text.h"

static int is_token_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '+' || c == '/' || c == '=' || c == '_' || c == '-' || c == '.' || c == '~';
}

/* 0 lower, 1 upper, 2 digit, -1 other. */
static int char_class(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        return 0;
    if (c >= 'A' && c <= 'Z')
        return 1;
    if (c >= '0' && c <= '9')
        return 2;
    return -1;
}

static int is_hex(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static int is_uuid(const char *s, size_t n)
{
    if (n != 36)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !is_hex((unsigned char)s[i]))
            return 0;
    }
    return 1;
}

static int known_prefix(const char *s, size_t n)
{
    static const char *const prefixes[] = {
        "sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "whsec_", "ghp_", "gho_",
        "ghs_", "ghu_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "xoxa-", "AKIA", "ASIA",
        "-----BEGIN", "eyJ", NULL};
    for (size_t i = 0; prefixes[i]; i++) {
        size_t k = strlen(prefixes[i]);
        size_t tail = prefixes[i][0] == '-' ? 0 : 8; /* a PEM header is enough alone */
        if (n >= k + tail && memcmp(s, prefixes[i], k) == 0)
            return 1;
    }
    return 0;
}

static int token_looks_secret(const char *s, size_t n)
{
    if (known_prefix(s, n))
        return 1;
    if (n < 20 || is_uuid(s, n))
        return 0;
    size_t changes = 0;
    for (size_t i = 1; i < n; i++) {
        int a = char_class((unsigned char)s[i - 1]), b = char_class((unsigned char)s[i]);
        if (a >= 0 && b >= 0 && a != b)
            changes++;
    }
    return changes * 4 >= n;
}

int dy_access_looks_secret(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && !is_token_char((unsigned char)s[i]))
            i++;
        size_t start = i;
        while (i < len && is_token_char((unsigned char)s[i]))
            i++;
        /* "-----BEGIN" keeps its dashes; a token is otherwise judged whole. */
        if (i > start && token_looks_secret(s + start, i - start))
            return 1;
    }
    return 0;
}

int dy_access_reason_placeholder(const char *s, size_t len)
{
    static const char *const stand_ins[] = {
        "n/a", "na", "-", "no reason", "reason", "support", "debug", "debugging", "check",
        "checking", "asdf", "misc", "other", "because", "needed", "x", "?", NULL};
    const char *why = NULL;
    dy_trim_blank(&s, &len);
    while (len && (s[len - 1] == '.' || s[len - 1] == '!'))
        len--;
    if (len == 0 || dy_is_placeholder(s, len, &why))
        return 1;
    for (size_t i = 0; stand_ins[i]; i++)
        if (strlen(stand_ins[i]) == len && dy_equal_fold(s, len, stand_ins[i]))
            return 1;
    return 0;
}
