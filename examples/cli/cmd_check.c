/* cmd_check.c - `dayone check`: is this environment launch-ready?
 *
 * Builds the policy (default or --policy) and the environment snapshot
 * (process env, or --env-file files, optionally layered over the process env
 * with --with-process-env), runs one check, renders every finding in the
 * chosen format and exits 0 (no error findings), 1 (at least one) or 2
 * (usage, policy-file or env-file error). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_util.h"
#include "commands.h"

#define CHECK_OPTS (CLI_OPT_POLICY | CLI_OPT_ENV | CLI_OPT_FORMAT | CLI_OPT_EXAMPLE | \
                    CLI_OPT_PRESENCE | CLI_OPT_TODAY | CLI_OPT_OUTPUT | CLI_OPT_SARIF_ROOT | \
                    CLI_OPT_FACTS)

/* Colour only for people: text on a terminal, unless NO_COLOR (no-color.org)
 * or a dumb terminal says otherwise. */
static unsigned render_flags(const cli_options *o)
{
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");

    if (o->format != DAYONE_FORMAT_TEXT || o->output_path)
        return 0;
    if (no_color && no_color[0])
        return 0;
    if (term && strcmp(term, "dumb") == 0)
        return 0;
    return isatty(STDOUT_FILENO) ? DAYONE_RENDER_COLOR : 0;
}

int dayone_cmd_check(int argc, char **argv)
{
    cli_options o;
    cli_inputs in = {0};
    dayone_report *report = NULL;
    dayone_error err;
    char *text = NULL;
    size_t len = 0;
    int rc;

    if (!cli_parse_command(&o, argc, argv, CHECK_OPTS, &rc))
        goto done;
    if (o.positional_count > 0) {
        rc = cli_usage_error(o.command, "unexpected argument '%s'", o.positional[0]);
        goto done;
    }
    if (o.sarif_root && o.format != DAYONE_FORMAT_SARIF) {
        rc = cli_usage_error(o.command, "--sarif-root applies to --format sarif only");
        goto done;
    }
    if ((rc = cli_inputs_open(&o, &in)) != 0)
        goto done;

    dayone_error_clear(&err);
    if (dayone_check(&report, in.policy, in.env, &in.copts, &err) != DAYONE_OK) {
        cli_print_error(o.command, &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    dayone_render_options ropts = DAYONE_RENDER_OPTIONS_INIT;
    ropts.flags = render_flags(&o);
    ropts.sarif_root = o.sarif_root;
    if (dayone_report_render_with(&text, &len, report, o.format, &ropts, &err) != DAYONE_OK) {
        cli_print_error(o.command, &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    rc = cli_write_output(o.command, o.output_path, text, len);
    if (rc != 0)
        goto done;
    rc = dayone_report_ok(report) ? CLI_EXIT_OK : CLI_EXIT_VIOLATION;
done:
    dayone_free(text);
    dayone_report_free(report);
    cli_inputs_free(&in);
    cli_options_free(&o);
    return rc;
}
