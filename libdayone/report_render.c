/* report_render.c - dayone_report_render: choosing a format and handing the
 * report to its writer (report_text.c, report_json.c, report_sarif.c,
 * report_junit.c). A report that ran out of memory while it was built is
 * never rendered. */
#include <string.h>
#include "error.h"
#include "report.h"
#include "report_json.h"
#include "report_junit.h"
#include "report_sarif.h"
#include "report_text.h"
#include "strbuf.h"

int dayone_format_parse(dayone_format *out, const char *name)
{
    static const struct { const char *name; dayone_format format; } formats[] = {
        {"text", DAYONE_FORMAT_TEXT},
        {"json", DAYONE_FORMAT_JSON},
        {"sarif", DAYONE_FORMAT_SARIF},
        {"junit", DAYONE_FORMAT_JUNIT},
    };
    if (!name || !out)
        return DAYONE_EINVAL;
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++) {
        if (strcmp(name, formats[i].name) == 0) {
            *out = formats[i].format;
            return DAYONE_OK;
        }
    }
    return DAYONE_EINVAL;
}

int dayone_report_render(char **out, size_t *len, const dayone_report *report,
                         dayone_format format, unsigned int flags, dayone_error *err)
{
    dayone_render_options opts = DAYONE_RENDER_OPTIONS_INIT;
    opts.flags = flags;
    return dayone_report_render_with(out, len, report, format, &opts, err);
}

int dayone_report_render_with(char **out, size_t *len, const dayone_report *report,
                              dayone_format format, const dayone_render_options *opts,
                              dayone_error *err)
{
    static const dayone_render_options defaults = DAYONE_RENDER_OPTIONS_INIT;
    dy_strbuf b = DY_STRBUF_INIT;
    int rc = DAYONE_OK;

    if (out)
        *out = NULL;
    if (len)
        *len = 0;
    if (!report || !out)
        return dy_fail(err, DAYONE_EINVAL, "report and out must not be NULL");
    if (opts && opts->version < 1)
        return dy_fail(err, DAYONE_EINVAL,
                       "render options: version must be DAYONE_RENDER_OPTIONS_VERSION");
    if (!opts)
        opts = &defaults;
    if (report->oom)
        return dy_fail(err, DAYONE_ENOMEM,
                       "the report is incomplete: memory ran out while it was built");

    switch (format) {
    case DAYONE_FORMAT_TEXT: dy_render_text(report, opts->flags, &b); break;
    case DAYONE_FORMAT_JSON: dy_render_json(report, &b); break;
    case DAYONE_FORMAT_SARIF:
        if ((rc = dy_render_sarif(report, opts->sarif_root, &b, err)) != DAYONE_OK)
            goto done;
        break;
    case DAYONE_FORMAT_JUNIT: dy_render_junit(report, &b); break;
    default:
        rc = dy_fail(err, DAYONE_EINVAL, "unknown report format %d", (int)format);
        goto done;
    }
    *out = dy_strbuf_detach(&b, len);
    if (!*out)
        rc = dy_fail(err, DAYONE_ENOMEM, "out of memory while rendering the report");
done:
    dy_strbuf_release(&b);
    return rc;
}
