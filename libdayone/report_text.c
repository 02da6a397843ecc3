/* report_text.c - text writer (placeholder until the full writer lands). */
#include "report_internal.h"

void dy_render_text(const dayone_report *r, unsigned flags, strbuf *b)
{
    (void)flags;
    (void)r;
    strbuf_puts(b, "");
}
