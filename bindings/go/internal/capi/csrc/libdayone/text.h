/* text.h - the byte-level text rules every module shares, defined once:
 * what counts as blank, ASCII case folding, and what an environment
 * variable name (an identifier) is. Pure functions on (pointer, length);
 * none of them copies or prints the text, so they are safe on secrets.
 * The per-byte tests are inline: the check calls them in its inner loops. */
#ifndef DY_TEXT_H
#define DY_TEXT_H

#include <stddef.h>

/* 1 if c is a blank: space, tab, CR, LF, VT or FF. A value made only of
 * these counts as missing, and they may surround a boolean or an
 * enforcement word. */
static inline int dy_is_blank_char(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* 1 if s[0..len) is empty or only blanks. */
int dy_is_blank(const char *s, size_t len);

/* Drop leading and trailing blanks from (*s, *len). */
void dy_trim_blank(const char **s, size_t *len);

/* c with A-Z folded to a-z; every other byte unchanged. */
static inline int dy_ascii_lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* 1 if a[0..alen) equals the NUL-terminated b ignoring ASCII case. */
int dy_equal_fold(const char *a, size_t alen, const char *b);

/* 1 if s starts with prefix[0..len) ignoring ASCII case (s NUL-terminated). */
int dy_prefix_fold(const char *s, const char *prefix, size_t len);

/* 1 if s[0..len) is an environment variable name: [A-Za-z_][A-Za-z0-9_]*. */
int dy_is_identifier(const char *s, size_t len);

/* 1 if the NUL-terminated s is a policy word a command line and a fact key
 * can carry (a profile or a component name): [a-z0-9_-], 1 to 64 bytes. */
int dy_is_policy_word(const char *s);

#endif
