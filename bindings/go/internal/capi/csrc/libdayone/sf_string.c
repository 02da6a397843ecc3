/* sf_string.c - RFC 9651 Strings (see sf_string.h). */
#include "sf_string.h"

int dy_sf_string_ok(const char *s, size_t *bad_offset)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p > 0x7e) {
            if (bad_offset)
                *bad_offset = (size_t)(p - (const unsigned char *)s);
            return 0;
        }
    return 1;
}

int dy_sf_string_put(const char *s, char *buf, size_t size)
{
    size_t o = 0;
    if (!dy_sf_string_ok(s, NULL) || size < 3)
        return -1;
    buf[o++] = '"';
    for (const char *p = s; *p; p++) {
        int escape = *p == '"' || *p == '\\';
        if (o + (size_t)escape + 3 > size) /* the byte, its escape, closing quote, NUL */
            return -1;
        if (escape)
            buf[o++] = '\\';
        buf[o++] = *p;
    }
    if (o + 2 > size)
        return -1;
    buf[o++] = '"';
    buf[o] = '\0';
    return (int)o;
}
