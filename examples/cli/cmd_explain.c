/* cmd_explain.c - `dayone explain KEY`: every rule that concerns KEY, whether
 * it applies under this environment and why, and whether it passes.
 *
 * The text comes from dayone_explain(). The exit status answers "does KEY
 * pass?" for scripts: 0 when no error finding names KEY, 1 when one does,
 * 2 for usage, policy-file or env-file errors and for a key that no rule
 * mentions (most likely a typo). */
#include <string.h>

#include "cli_util.h"
#include "commands.h"

#define EXPLAIN_OPTS (CLI_OPT_POLICY | CLI_OPT_ENV | CLI_OPT_EXAMPLE | CLI_OPT_PRESENCE | \
                      CLI_OPT_TODAY | CLI_OPT_FACTS)

/* 1 when `found` is `key` or a fact inside it (an `each:` element's
 * failure names the element: incident.updates[1].status). */
static int concerns(const char *found, const char *key)
{
    size_t n = strlen(key);
    return strncmp(found, key, n) == 0 &&
           (found[n] == '\0' || found[n] == '[' || found[n] == '.');
}

/* 1 when the report has an error finding for `key`. */
static int key_fails(const dayone_report *report, const char *key)
{
    size_t i, n = dayone_report_count(report);

    for (i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(report, i);
        if (f && f->severity == DAYONE_SEVERITY_ERROR && concerns(f->key, key))
            return 1;
    }
    return 0;
}

int dayone_cmd_explain(int argc, char **argv)
{
    cli_options o;
    cli_inputs in = {0};
    dayone_report *report = NULL;
    dayone_error err;
    const char *key;
    char *text = NULL;
    int rc;

    if (!cli_parse_command(&o, argc, argv, EXPLAIN_OPTS, &rc))
        goto done;
    if (o.positional_count != 1) {
        rc = o.positional_count == 0
                 ? cli_usage_error(o.command, "missing KEY")
                 : cli_usage_error(o.command, "expected one KEY, got %zu arguments",
                                   o.positional_count);
        goto done;
    }
    key = o.positional[0];
    if ((rc = cli_inputs_open(&o, &in)) != 0)
        goto done;

    dayone_error_clear(&err);
    rc = dayone_explain(&text, in.policy, in.env, key, &in.copts, &err);
    if (rc == DAYONE_ENOTFOUND) {
        fprintf(stderr, "dayone explain: error: no rule of policy '%s' mentions %s\n",
                dayone_policy_name(in.policy), key);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    if (rc != DAYONE_OK) {
        cli_print_error(o.command, &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    rc = cli_write_output(o.command, NULL, text, strlen(text));
    if (rc != 0)
        goto done;

    /* The exit status comes from the same check the explanation describes. */
    if (dayone_check(&report, in.policy, in.env, &in.copts, &err) != DAYONE_OK) {
        cli_print_error(o.command, &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    rc = key_fails(report, key) ? CLI_EXIT_VIOLATION : CLI_EXIT_OK;
done:
    dayone_free(text);
    dayone_report_free(report);
    cli_inputs_free(&in);
    cli_options_free(&o);
    return rc;
}
