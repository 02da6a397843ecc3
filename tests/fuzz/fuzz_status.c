/* fuzz_status.c - arbitrary bytes as a facts document, judged by the
 * default policy's status: section and rendered.
 *
 * Evaluation must never crash, hang or leak, and must fail closed: a
 * component with a status-fact or status-stale reason is unknown, never
 * operational; every
 * state and indicator is a named one; the page indicator is the most severe
 * component's; text and JSON render. "Now" is fixed five minutes after the
 * seeds' observed_at (2026-03-02T06:00:00Z), so the seeds are fresh and
 * their checks are reached, and a run does not depend on the clock. */
#include <string.h>
#include "dayone.h"
#include "fuzz.h"

static const dayone_policy *policy(void)
{
    static dayone_policy *p;
    if (!p && dayone_policy_load_default(&p, NULL) != DAYONE_OK)
        fuzz_fail(__FILE__, __LINE__, "the default policy does not load");
    return p;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dayone_facts *f = NULL;
    dayone_status_result *r = NULL;
    if (dayone_facts_new(&f) != DAYONE_OK)
        return 0;
    if (dayone_facts_add_string(f, (const char *)data, size, "fuzz.json", NULL) != DAYONE_OK) {
        dayone_facts_free(f);
        return 0;
    }
    dayone_status_options opts = DAYONE_STATUS_OPTIONS_INIT;
    opts.now_ns = INT64_C(1772431500) * 1000000000;   /* 2026-03-02T06:05:00Z */
    int rc = dayone_status_evaluate_with(&r, policy(), f, &opts, NULL);
    FUZZ_ASSERT(rc == DAYONE_OK || (rc == DAYONE_ENOMEM && r == NULL));
    if (rc == DAYONE_OK) {
        dayone_indicator worst = DAYONE_INDICATOR_NONE;
        FUZZ_ASSERT(dayone_status_count(r) == 6);
        for (size_t i = 0; i < dayone_status_count(r); i++) {
            const dayone_component *c = dayone_status_get(r, i);
            FUZZ_ASSERT(c->state <= DAYONE_COMPONENT_UNKNOWN);
            FUZZ_ASSERT(c->indicator <= DAYONE_INDICATOR_UNKNOWN);
            if (c->indicator > worst)
                worst = c->indicator;
            for (size_t j = 0; j < c->nreasons; j++)
                if (strcmp(c->reasons[j].rule, "status-fact") == 0 ||
                    strcmp(c->reasons[j].rule, "status-stale") == 0)
                    FUZZ_ASSERT(c->state == DAYONE_COMPONENT_UNKNOWN && !dayone_status_ok(r));
        }
        FUZZ_ASSERT(dayone_status_indicator(r) == worst);
        for (int fmt = DAYONE_FORMAT_TEXT; fmt <= DAYONE_FORMAT_JSON; fmt++) {
            char *out = NULL;
            int rr = dayone_status_render(&out, NULL, r, (dayone_format)fmt, 0, NULL);
            FUZZ_ASSERT(rr == DAYONE_OK || rr == DAYONE_ENOMEM);
            dayone_free(out);
        }
    }
    dayone_status_free(r);
    dayone_facts_free(f);
    return 0;
}
