/* failfast.c - dayone_failfast(): check the process environment at start-up
 * and list every problem on stderr before the service serves traffic. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "dayone/check.h"
#include "alloc.h"
#include "check_ctx.h"

static int use_color(void)
{
    const char *nc = getenv("NO_COLOR");
    if (nc && nc[0])
        return 0;
    return isatty(STDERR_FILENO);
}

int dayone_failfast(const dayone_policy *policy)
{
    dayone_error err;
    dayone_env *env = NULL;
    dayone_report *report = NULL;
    char *text = NULL;
    size_t len = 0;
    int rc;

    dayone_error_clear(&err);
    if (!policy && (rc = dy_check_default_policy(&policy, &err)) != DAYONE_OK)
        goto fail;
    if ((rc = dayone_env_new(&env)) != DAYONE_OK ||
        (rc = dayone_env_add_process(env)) != DAYONE_OK)
        goto fail;
    if ((rc = dayone_check(&report, policy, env, NULL, &err)) != DAYONE_OK)
        goto fail;
    if (dayone_report_ok(report)) {
        rc = DAYONE_OK;
        goto done;
    }
    rc = dayone_report_render(&text, &len, report, DAYONE_FORMAT_TEXT,
                              use_color() ? DAYONE_RENDER_COLOR : 0u, &err);
    if (rc != DAYONE_OK)
        goto fail;
    fwrite(text, 1, len, stderr);
    fflush(stderr);
    rc = DAYONE_EVIOLATION;
    goto done;
fail:
    fprintf(stderr, "dayone: the environment check could not run: %s%s%s\n",
            dayone_status_name(rc), err.message[0] ? ": " : "", err.message);
done:
    dayone_free(text);
    dayone_report_free(report);
    dayone_env_free(env);
    return rc;
}

void dayone_failfast_or_exit(const dayone_policy *policy)
{
    int rc = dayone_failfast(policy);
    if (rc == DAYONE_OK)
        return;
    exit(rc == DAYONE_EVIOLATION ? 1 : 2);
}
