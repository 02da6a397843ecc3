/* cmd_status.c - `dayone status`: each component's status-page state from
 * health facts (docs/status.md).
 *
 * Builds the policy (default or --policy) and the facts (--facts files),
 * evaluates the policy's status: section at --now (default: the clock; the
 * facts' observed_at is judged against it), renders the component table and
 * the findings, and exits 0 (no error finding), 1 (status-drift,
 * status-fact or status-stale) or 2 (usage, policy-file or facts-file error, or a policy
 * without a status: section). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_util.h"
#include "commands.h"

#define STATUS_OPTS (CLI_OPT_POLICY | CLI_OPT_FORMAT | CLI_OPT_OUTPUT | CLI_OPT_SARIF_ROOT | \
                     CLI_OPT_FACTS)

static unsigned render_flags(const cli_options *o)
{
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (o->format != DAYONE_FORMAT_TEXT || o->output_path || (no_color && no_color[0]) ||
        (term && strcmp(term, "dumb") == 0))
        return 0;
    return isatty(STDOUT_FILENO) ? DAYONE_RENDER_COLOR : 0;
}

int dayone_cmd_status(int argc, char **argv)
{
    cli_options o;
    dayone_policy *policy = NULL;
    dayone_facts *facts = NULL;
    dayone_status_result *result = NULL;
    dayone_error err;
    char *text = NULL;
    size_t len = 0;
    int rc;

    if (!cli_parse_command(&o, argc, argv, STATUS_OPTS, &rc))
        goto done;
    if (o.positional_count > 0) {
        rc = cli_usage_error(o.command, "unexpected argument '%s'", o.positional[0]);
        goto done;
    }
    if (o.profile_count > 0) {
        rc = cli_usage_error(o.command, "--profile does not apply to status");
        goto done;
    }
    if (o.sarif_root && o.format != DAYONE_FORMAT_SARIF) {
        rc = cli_usage_error(o.command, "--sarif-root applies to --format sarif only");
        goto done;
    }
    if ((rc = cli_load_policy(&o, &policy)) != 0 || (rc = cli_build_facts(&o, &facts)) != 0)
        goto done;
    dayone_error_clear(&err);
    dayone_status_options sopts = DAYONE_STATUS_OPTIONS_INIT;
    sopts.now_ns = o.now_ns;
    if (dayone_status_evaluate_with(&result, policy, facts, &sopts, &err) != DAYONE_OK) {
        cli_print_error(o.command, &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    if (o.format == DAYONE_FORMAT_SARIF) {
        dayone_render_options ropts = DAYONE_RENDER_OPTIONS_INIT;
        ropts.sarif_root = o.sarif_root;
        rc = dayone_report_render_with(&text, &len, dayone_status_report(result), o.format,
                                       &ropts, &err);
    } else {
        rc = dayone_status_render(&text, &len, result, o.format, render_flags(&o), &err);
    }
    if (rc != DAYONE_OK) {
        cli_print_error(o.command, &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    if ((rc = cli_write_output(o.command, o.output_path, text, len)) != 0)
        goto done;
    rc = dayone_status_ok(result) ? CLI_EXIT_OK : CLI_EXIT_VIOLATION;
done:
    dayone_free(text);
    dayone_status_free(result);
    dayone_facts_free(facts);
    dayone_policy_free(policy);
    cli_options_free(&o);
    return rc;
}
