/* fuzz_policy_load.c - arbitrary bytes as a policy document.
 *
 * Loading must never crash, hang or leak; a failure must be a documented
 * code whose error names a place inside the document. A policy that loads
 * is then exercised: a check against a small fixed environment, every
 * report format, explain of each rule's key, and a limiter over its plans. */
#include <string.h>
#include "dayone.h"
#include "policy.h"
#include "policy_rules.h"
#include "fuzz.h"

static int known_load_error(int rc)
{
    return rc == DAYONE_EPOLICY || rc == DAYONE_ELIMIT || rc == DAYONE_ENOMEM;
}

static dayone_env *small_env(void)
{
    static const char *const kv[] = {
        "ENVIRONMENT", "production", "LAUNCH_MODE", "true", "BILLING_ENABLED", "yes",
        "SECRET_KEY", "0123456789abcdefghijklmnopqrstuvwxyzABCDEF", "X", "changeme",
        "DATABASE_URL", "postgresql://u@db:5432/app", "FLAG", "maybe", NULL};
    dayone_env *env = NULL;
    if (dayone_env_new(&env) != DAYONE_OK)
        return NULL;
    for (size_t i = 0; kv[i]; i += 2)
        dayone_env_set(env, kv[i], kv[i + 1], strlen(kv[i + 1]), NULL);
    return env;
}

static void exercise(const dayone_policy *p, const dayone_env *env)
{
    dayone_error err = {0};
    dayone_report *r = NULL;
    if (dayone_check(&r, p, env, NULL, &err) == DAYONE_OK) {
        for (int f = DAYONE_FORMAT_TEXT; f <= DAYONE_FORMAT_JUNIT; f++) {
            char *out = NULL;
            size_t len = 0;
            if (dayone_report_render(&out, &len, r, (dayone_format)f, 0, &err) == DAYONE_OK)
                FUZZ_ASSERT(out && strlen(out) == len);
            dayone_free(out);
        }
        dayone_report_free(r);
    }
    /* the plan-ladder lint: warnings only, each at a place in the file */
    if (dayone_policy_lint(&r, p, &err) == DAYONE_OK) {
        for (size_t i = 0; i < dayone_report_count(r); i++) {
            const dayone_finding *f = dayone_report_get(r, i);
            FUZZ_ASSERT(f->severity == DAYONE_SEVERITY_WARNING && f->source_line > 0 &&
                        f->source_column > 0);
        }
        dayone_report_free(r);
    }
    /* explain: a bounded number of keys so a 10,000-rule policy stays fast */
    for (size_t i = 0; i < p->nrules && i < 8; i++) {
        char *text = NULL;
        int rc = dayone_explain(&text, p, env, p->rules[i].key, NULL, &err);
        FUZZ_ASSERT(rc == DAYONE_OK || rc == DAYONE_ENOMEM);
        dayone_free(text);
    }
    dayone_limiter *lim = NULL;
    if (dayone_limiter_new(&lim, p, NULL, &err) == DAYONE_OK) {
        for (size_t i = 0; i < p->nplans && i < 4; i++) {
            const dy_plan *plan = &p->plans[i];
            for (size_t j = 0; j < plan->nlimits && j < 4; j++) {
                dayone_request req = DAYONE_REQUEST_INIT;
                dayone_decision d;
                req.key = "tenant";
                req.plan = plan->name;
                req.limit = p->limit_names[plan->limits[j].limit];
                req.usage = 5;
                req.now_ns = 1000000000;
                if (p->nfeature_names)
                    req.feature = p->feature_names[0];
                int rc = dayone_limiter_decide(lim, &req, &d, &err);
                FUZZ_ASSERT(rc == DAYONE_OK);
            }
        }
        dayone_limiter_free(lim);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dayone_policy *p = NULL;
    dayone_error err;
    dayone_error_clear(&err);
    int rc = dayone_policy_load_string(&p, (const char *)data, size, "fuzz.yaml", &err);
    if (rc != DAYONE_OK) {
        FUZZ_ASSERT(p == NULL);
        FUZZ_ASSERT(known_load_error(rc));
        FUZZ_ASSERT(err.code == rc);
        FUZZ_ASSERT(err.message[0] != '\0');
        FUZZ_ASSERT(memchr(err.message, '\0', sizeof err.message) != NULL);
        /* the place, when given, is inside the document */
        if (rc == DAYONE_EPOLICY)
            FUZZ_ASSERT(strcmp(err.path, "fuzz.yaml") == 0);
        FUZZ_ASSERT(err.line <= size + 1);
        return 0;
    }
    FUZZ_ASSERT(p != NULL);
    dayone_env *env = small_env();
    if (env)
        exercise(p, env);
    dayone_env_free(env);
    dayone_policy_free(p);
    return 0;
}
