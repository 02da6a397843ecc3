/* strbuf.h - a growable string buffer with escaping for the report writers.
 * Allocation failure is sticky: after it, appends are no-ops and
 * strbuf_failed() is true, so writers check once at the end. */
#ifndef DY_STRBUF_H
#define DY_STRBUF_H

#include <stddef.h>
#include "error.h"

typedef struct strbuf {
    char *data;   /* NUL-terminated when non-NULL */
    size_t len;
    size_t cap;
    int failed;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0, 0 }

void strbuf_append(strbuf *b, const char *s, size_t n);
void strbuf_puts(strbuf *b, const char *s);
void strbuf_putc(strbuf *b, char c);
void strbuf_printf(strbuf *b, const char *fmt, ...) DY_PRINTF(2, 3);
/* JSON string body escaping (no surrounding quotes); invalid UTF-8 -> U+FFFD. */
void strbuf_json_escape(strbuf *b, const char *s);
/* XML text/attribute escaping; characters outside XML 1.0 (C0 controls
 * but tab/LF/CR, U+FFFE, U+FFFF) and invalid UTF-8 become U+FFFD. */
void strbuf_xml_escape(strbuf *b, const char *s);
int strbuf_failed(const strbuf *b);
/* Hand the buffer to the caller (never NULL on success: "" for empty). */
char *strbuf_detach(strbuf *b, size_t *len);
void strbuf_release(strbuf *b);

#endif
