/* text.c - blanks, case folding and identifiers. See text.h. */
#include <stdint.h>
#include <string.h>
#include "text.h"

int dy_is_blank(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!dy_is_blank_char(s[i]))
            return 0;
    return 1;
}

void dy_trim_blank(const char **s, size_t *len)
{
    while (*len && dy_is_blank_char(**s)) {
        (*s)++;
        (*len)--;
    }
    while (*len && dy_is_blank_char((*s)[*len - 1]))
        (*len)--;
}

int dy_equal_fold(const char *a, size_t alen, const char *b)
{
    if (alen != strlen(b))
        return 0;
    for (size_t i = 0; i < alen; i++)
        if (dy_ascii_lower((unsigned char)a[i]) != dy_ascii_lower((unsigned char)b[i]))
            return 0;
    return 1;
}

int dy_prefix_fold(const char *s, const char *prefix, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (!s[i] || dy_ascii_lower((unsigned char)s[i]) != dy_ascii_lower((unsigned char)prefix[i]))
            return 0;
    return 1;
}

/* [A-Za-z0-9_] as a bit set over the 128 ASCII codes. */
static const uint64_t NAME_CHARS[2] = { 0x03FF000000000000ull, 0x07FFFFFE87FFFFFEull };

static int name_char(unsigned c)
{
    return c < 128 && (NAME_CHARS[c >> 6] >> (c & 63)) & 1;
}

int dy_is_identifier(const char *s, size_t len)
{
    if (!s || len == 0 || (unsigned)((unsigned char)s[0] - '0') < 10u)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (!name_char((unsigned char)s[i]))
            return 0;
    return 1;
}

int dy_is_policy_word(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_' ||
              s[i] == '-'))
            return 0;
    return 1;
}
