/* strbuf.h - a growable string buffer with escaping for the report writers.
 * Allocation failure is sticky: after it, appends are no-ops and
 * dy_strbuf_failed() is true, so writers check once at the end. */
#ifndef DY_STRBUF_H
#define DY_STRBUF_H

#include <stddef.h>
#include "error.h"

typedef struct dy_strbuf {
    char *data;   /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    int failed;
} dy_strbuf;

#define DY_STRBUF_INIT { NULL, 0, 0, 0 }

void dy_strbuf_append(dy_strbuf *b, const char *s, size_t n);
void dy_strbuf_puts(dy_strbuf *b, const char *s);
void dy_strbuf_putc(dy_strbuf *b, char c);
void dy_strbuf_printf(dy_strbuf *b, const char *fmt, ...) DY_PRINTF(2, 3);
/* JSON string body escaping (no surrounding quotes); invalid UTF-8 -> U+FFFD. */
void dy_strbuf_json_escape(dy_strbuf *b, const char *s);
/* XML text/attribute escaping; characters outside XML 1.0 (C0 controls
 * but tab/LF/CR, U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD. */
void dy_strbuf_xml_escape(dy_strbuf *b, const char *s);
int dy_strbuf_failed(const dy_strbuf *b);
/* Hand the buffer to the caller (never NULL on success: "" for empty). */
char *dy_strbuf_detach(dy_strbuf *b, size_t *len);
void dy_strbuf_release(dy_strbuf *b);

#endif
