/* cmd_report.c - `dayone report lint FILE|-` and `dayone report template`.
 *
 * lint reads a post-incident report (Markdown; `-` is standard input, named
 * <stdin>), lints it against the policy's `postmortem:` section
 * (dayone_postmortem_lint) and renders every finding in the chosen format,
 * each located in the report. Exit 0 when there is no error finding, 1 when
 * there is one, 2 for usage, a policy that does not load or has no
 * postmortem: section, and a report that cannot be read or is over the
 * policy's max_bytes (named as FILE:LINE:COLUMN where there is a place).
 * template prints a report skeleton with the policy's required sections. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli_util.h"
#include "commands.h"

#define LINT_OPTS (CLI_OPT_POLICY | CLI_OPT_FORMAT | CLI_OPT_OUTPUT | CLI_OPT_SARIF_ROOT)
/* Standard input is read up to the library's own hard limit plus one byte,
 * so a larger report reaches the library and gets its ELIMIT error. */
#define STDIN_MAX ((size_t)1024 * 1024 + 1)

/* Colour only for people, as `check` decides it. */
static unsigned render_flags(const cli_options *o)
{
    const char *no_color = getenv("NO_COLOR");
    const char *term = getenv("TERM");
    if (o->format != DAYONE_FORMAT_TEXT || o->output_path)
        return 0;
    if ((no_color && no_color[0]) || (term && strcmp(term, "dumb") == 0))
        return 0;
    return isatty(STDOUT_FILENO) ? DAYONE_RENDER_COLOR : 0;
}

/* All of standard input (at most STDIN_MAX bytes) into *buf; 0 or -1. */
static int read_stdin(char **buf, size_t *len)
{
    size_t cap = 65536, n = 0;
    char *b = malloc(cap);
    if (!b)
        return -1;
    for (;;) {
        if (n == cap) {
            if (cap >= STDIN_MAX)
                break;
            cap = cap * 2 > STDIN_MAX ? STDIN_MAX : cap * 2;
            char *nb = realloc(b, cap);
            if (!nb) {
                free(b);
                return -1;
            }
            b = nb;
        }
        size_t got = fread(b + n, 1, cap - n, stdin);
        n += got;
        if (got == 0) {
            if (ferror(stdin)) {
                free(b);
                return -1;
            }
            break;
        }
    }
    *buf = b;
    *len = n;
    return 0;
}

static int report_lint(int argc, char **argv)
{
    cli_options o;
    dayone_policy *policy = NULL;
    dayone_report *report = NULL;
    dayone_error err;
    char *input = NULL, *text = NULL;
    size_t input_len = 0, len = 0;
    int rc, lint_rc;

    if (!cli_parse_command(&o, argc, argv, LINT_OPTS, &rc))
        goto done;
    if (o.positional_count != 1) {
        rc = cli_usage_error("report", o.positional_count ? "lint takes one FILE (or -)"
                                                          : "lint needs a FILE (or - for "
                                                            "standard input)");
        goto done;
    }
    if (o.sarif_root && o.format != DAYONE_FORMAT_SARIF) {
        rc = cli_usage_error("report", "--sarif-root applies to --format sarif only");
        goto done;
    }
    if ((rc = cli_load_policy(&o, &policy)) != 0)
        goto done;
    dayone_error_clear(&err);
    if (strcmp(o.positional[0], "-") == 0) {
        if (read_stdin(&input, &input_len) != 0) {
            fprintf(stderr, "dayone report lint: error: cannot read standard input\n");
            rc = CLI_EXIT_USAGE;
            goto done;
        }
        lint_rc = dayone_postmortem_lint(&report, policy, input, input_len, "<stdin>", &err);
    } else {
        lint_rc = dayone_postmortem_lint_file(&report, policy, o.positional[0], &err);
    }
    if (lint_rc != DAYONE_OK) {
        cli_print_error("report lint", &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    dayone_render_options ropts = DAYONE_RENDER_OPTIONS_INIT;
    ropts.flags = render_flags(&o);
    ropts.sarif_root = o.sarif_root;
    if (dayone_report_render_with(&text, &len, report, o.format, &ropts, &err) != DAYONE_OK) {
        cli_print_error("report lint", &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    if ((rc = cli_write_output("report", o.output_path, text, len)) != 0)
        goto done;
    rc = dayone_report_ok(report) ? CLI_EXIT_OK : CLI_EXIT_VIOLATION;
done:
    dayone_free(text);
    dayone_report_free(report);
    dayone_policy_free(policy);
    free(input);
    cli_options_free(&o);
    return rc;
}

static int report_template(int argc, char **argv)
{
    cli_options o;
    dayone_policy *policy = NULL;
    dayone_error err;
    char *text = NULL;
    size_t len = 0;
    int rc;

    if (!cli_parse_command(&o, argc, argv, CLI_OPT_POLICY | CLI_OPT_OUTPUT, &rc))
        goto done;
    if (o.positional_count > 0) {
        rc = cli_usage_error("report", "template takes no argument");
        goto done;
    }
    if ((rc = cli_load_policy(&o, &policy)) != 0)
        goto done;
    dayone_error_clear(&err);
    if (dayone_postmortem_template(&text, &len, policy, &err) != DAYONE_OK) {
        cli_print_error("report template", &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    rc = cli_write_output("report", o.output_path, text, len);
done:
    dayone_free(text);
    dayone_policy_free(policy);
    cli_options_free(&o);
    return rc;
}

int dayone_cmd_report(int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : NULL;

    if (!sub)
        return cli_usage_error("report", "missing subcommand (lint or template)");
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0 || strcmp(sub, "help") == 0) {
        fputs(cli_help_text("report"), stdout);
        return CLI_EXIT_OK;
    }
    /* The subcommand parses the rest; its help is the report help. */
    argv[1] = argv[0];
    if (strcmp(sub, "lint") == 0)
        return report_lint(argc - 1, argv + 1);
    if (strcmp(sub, "template") == 0)
        return report_template(argc - 1, argv + 1);
    argv[1] = (char *)sub;
    return cli_usage_error("report", "unknown subcommand '%s' (expected lint or template)", sub);
}
