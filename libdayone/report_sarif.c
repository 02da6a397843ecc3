/* report_sarif.c - sarif writer (placeholder until the full writer lands). */
#include "report_internal.h"

void dy_render_sarif(const dayone_report *r, strbuf *b)
{

    (void)r;
    strbuf_puts(b, "");
}
