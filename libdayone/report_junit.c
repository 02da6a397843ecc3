/* report_junit.c - junit writer (placeholder until the full writer lands). */
#include "report_internal.h"

void dy_render_junit(const dayone_report *r, strbuf *b)
{

    (void)r;
    strbuf_puts(b, "");
}
