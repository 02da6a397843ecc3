/* failfast.c - checks of the process environment: dayone_check_process(),
 * and dayone_failfast(), which runs it at start-up and lists every problem
 * on stderr before the service serves traffic.
 *
 * As dayone_check_vars does for a caller's variables, the check reads into
 * its snapshot only the variables the policy can look up (the policy's
 * set of names, dy_check_vars_names), not a copy of the whole environment;
 * should the check look up a name outside the set, it is run again on a
 * snapshot of every variable, so the answer is always the whole
 * snapshot's. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "dayone/check.h"
#include "alloc.h"
#include "check_ctx.h"
#include "check_vars.h"
#include "env_sources.h"
#include "error.h"

static int use_color(void)
{
    const char *nc = getenv("NO_COLOR");
    if (nc && nc[0])
        return 0;
    return isatty(STDERR_FILENO);
}

/* One check of the process environment: restricted to `only`, or (NULL)
 * of every variable (dy_check_source_fn; no source argument). */
static int check_process_once(dayone_report **out, const dayone_policy *policy,
                              const dayone_env *only, const dayone_check_options *opts,
                              void *arg, int *strayed, dayone_error *err)
{
    (void)arg;
    dayone_env *env = NULL;
    int rc = dayone_env_new(&env);
    if (rc == DAYONE_OK)
        rc = only ? dy_env_add_process_only(env, only) : dayone_env_add_process(env);
    if (rc == DAYONE_ELIMIT)
        rc = dy_fail(err, rc, "a value in the process environment is longer than %u bytes",
                     (unsigned)DAYONE_ENV_VALUE_MAX);
    else if (rc != DAYONE_OK)
        rc = dy_fail(err, rc, "out of memory reading the process environment");
    else
        rc = dayone_check(out, policy, env, opts, err);
    *strayed = dy_env_strayed(env);
    dayone_env_free(env);
    return rc;
}

int dayone_check_process(dayone_report **out, const dayone_policy *policy,
                         const dayone_check_options *opts, dayone_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return dy_fail(err, DAYONE_EINVAL, "dayone_check_process: out must not be NULL");
    return dy_check_restricted(out, policy, opts, check_process_once, NULL, err);
}

int dayone_failfast(const dayone_policy *policy)
{
    dayone_error err;
    dayone_report *report = NULL;
    char *text = NULL;
    size_t len = 0;
    int rc;

    dayone_error_clear(&err);
    if ((rc = dayone_check_process(&report, policy, NULL, &err)) != DAYONE_OK)
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
    return rc;
}

void dayone_failfast_or_exit(const dayone_policy *policy)
{
    int rc = dayone_failfast(policy);
    if (rc == DAYONE_OK)
        return;
    exit(rc == DAYONE_EVIOLATION ? 1 : 2);
}
