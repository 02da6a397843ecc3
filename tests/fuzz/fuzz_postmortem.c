/* fuzz_postmortem.c - arbitrary bytes as a post-incident report, linted
 * against the default policy's `postmortem:` section.
 *
 * Linting must never crash, hang or leak. It succeeds for any input within
 * max_bytes (Markdown has no syntax errors) and refuses a larger one with
 * DAYONE_ELIMIT naming the path. Every finding is located in the report
 * (source "report", the path, a line within the input and a column from 1),
 * and the report renders as text, JSON and JUnit. */
#include <string.h>
#include "dayone.h"
#include "dayone/postmortem.h"
#include "fuzz.h"

static dayone_policy *g_policy;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dayone_report *r = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    if (!g_policy)
        FUZZ_ASSERT(dayone_policy_load_default(&g_policy, &err) == DAYONE_OK);
    int rc = dayone_postmortem_lint(&r, g_policy, (const char *)data, size, "fuzz.md", &err);
    if (rc != DAYONE_OK) {
        FUZZ_ASSERT(rc == DAYONE_ELIMIT || rc == DAYONE_ENOMEM);
        FUZZ_ASSERT(r == NULL && err.code == rc && err.message[0] != '\0');
        if (rc == DAYONE_ELIMIT)
            FUZZ_ASSERT(strcmp(err.path, "fuzz.md") == 0);
        return 0;
    }
    /* Lines as CommonMark counts them: \n, \r\n and a lone \r each end one. */
    size_t lines = 1;
    for (size_t i = 0; i < size; i++)
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n')))
            lines++;
    for (size_t i = 0; i < dayone_report_count(r); i++) {
        const dayone_finding *f = dayone_report_get(r, i);
        FUZZ_ASSERT(strcmp(f->source, "report") == 0 && strcmp(f->source_path, "fuzz.md") == 0);
        FUZZ_ASSERT(f->source_line >= 1 && f->source_line <= lines && f->source_column >= 1);
        FUZZ_ASSERT(strncmp(f->rule, "postmortem-", 11) == 0 && f->key[0] != '\0');
    }
    static const dayone_format formats[] = {DAYONE_FORMAT_TEXT, DAYONE_FORMAT_JSON,
                                            DAYONE_FORMAT_JUNIT};
    for (size_t k = 0; k < sizeof formats / sizeof formats[0]; k++) {
        char *out = NULL;
        FUZZ_ASSERT(dayone_report_render(&out, NULL, r, formats[k], 0, &err) == DAYONE_OK);
        dayone_free(out);
    }
    dayone_report_free(r);
    return 0;
}
