/* cmd_policy.c - `dayone policy lint [--strict] FILE...`,
 * `dayone policy schema` and `dayone policy show-default`.
 *
 * lint loads each file exactly as `check --policy` would, then runs
 * dayone_policy_lint() on it: each warning is printed on stdout as
 * FILE:LINE:COLUMN: warning: message, then "ok: FILE" (with the count of
 * warnings when there are any); a load error is printed as
 * FILE:LINE:COLUMN: error: message on stderr. Exit 2 when a file does not
 * load, else 1 when --strict and there was a warning, else 0.
 * schema prints the policy language's JSON Schema (dayone_policy_schema).
 * show-default prints the embedded default policy, which is itself a valid
 * policy file and names that schema in its first line. */
#include <stdio.h>
#include <string.h>

#include "cli_util.h"
#include "commands.h"

/* Print the lint's warnings for `path`; returns how many, or -1 (after an
 * error message) when the lint itself failed. */
static long print_lint(const dayone_policy *policy, const char *path)
{
    dayone_report *report = NULL;
    dayone_error err;
    size_t i, n;

    dayone_error_clear(&err);
    if (dayone_policy_lint(&report, policy, &err) != DAYONE_OK) {
        snprintf(err.path, sizeof err.path, "%s", path);
        cli_print_error("policy lint", &err);
        return -1;
    }
    n = dayone_report_count(report);
    for (i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(report, i);
        printf("%s:%u:%u: %s: %s\n", path, f->source_line, f->source_column,
               dayone_severity_name(f->severity), f->message);
    }
    dayone_report_free(report);
    return (long)n;
}

static int policy_lint(int argc, char **argv)
{
    cli_options o;
    size_t i;
    int rc, warned = 0, failed = 0;

    if (!cli_parse_command(&o, argc, argv, CLI_OPT_STRICT, &rc))
        goto done;
    if (o.positional_count == 0) {
        rc = cli_usage_error("policy", "lint needs a FILE");
        goto done;
    }
    /* Lint every file even after a failure, so one run reports them all. */
    for (i = 0; i < o.positional_count; i++) {
        dayone_policy *policy = NULL;
        dayone_error err;
        const char *path = o.positional[i];

        dayone_error_clear(&err);
        if (dayone_policy_load_file(&policy, path, &err) == DAYONE_OK) {
            long n = print_lint(policy, path);
            if (n < 0)
                failed = 1;
            else if (n == 0)
                printf("ok: %s\n", path);
            else
                printf("ok: %s (%ld warning%s)\n", path, n, n == 1 ? "" : "s");
            warned |= n > 0;
        } else {
            if (!err.path[0])
                snprintf(err.path, sizeof err.path, "%s", path);
            cli_print_error("policy lint", &err);
            failed = 1;
        }
        dayone_policy_free(policy);
    }
    rc = failed ? CLI_EXIT_USAGE : warned && o.strict ? CLI_EXIT_VIOLATION : CLI_EXIT_OK;
    if (fflush(stdout) != 0)
        rc = CLI_EXIT_USAGE;
done:
    cli_options_free(&o);
    return rc;
}

static int policy_schema(int argc, char **argv)
{
    cli_options o;
    char *schema = NULL;
    dayone_error err;
    int rc;

    if (!cli_parse_command(&o, argc, argv, 0, &rc))
        goto done;
    if (o.positional_count > 0) {
        rc = cli_usage_error("policy", "schema takes no argument");
        goto done;
    }
    dayone_error_clear(&err);
    if (dayone_policy_schema(&schema, &err) != DAYONE_OK) {
        cli_print_error("policy schema", &err);
        rc = CLI_EXIT_USAGE;
        goto done;
    }
    rc = cli_write_output("policy", NULL, schema, strlen(schema));
done:
    dayone_free(schema);
    cli_options_free(&o);
    return rc;
}

static int policy_show_default(int argc, char **argv)
{
    cli_options o;
    const char *src;
    int rc;

    if (!cli_parse_command(&o, argc, argv, 0, &rc))
        goto done;
    if (o.positional_count > 0) {
        rc = cli_usage_error("policy", "show-default takes no argument");
        goto done;
    }
    src = dayone_policy_default_source();
    rc = cli_write_output("policy", NULL, src, strlen(src));
done:
    cli_options_free(&o);
    return rc;
}

int dayone_cmd_policy(int argc, char **argv)
{
    const char *sub = argc > 1 ? argv[1] : NULL;

    if (!sub)
        return cli_usage_error("policy", "missing subcommand (lint, schema or show-default)");
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0 || strcmp(sub, "help") == 0) {
        fputs(cli_help_text("policy"), stdout);
        return CLI_EXIT_OK;
    }
    /* The subcommand parses the rest; its help is the policy help. */
    argv[1] = argv[0];
    if (strcmp(sub, "lint") == 0)
        return policy_lint(argc - 1, argv + 1);
    if (strcmp(sub, "show-default") == 0)
        return policy_show_default(argc - 1, argv + 1);
    if (strcmp(sub, "schema") == 0)
        return policy_schema(argc - 1, argv + 1);
    argv[1] = (char *)sub;
    return cli_usage_error("policy", "unknown subcommand '%s' (expected lint, schema or "
                           "show-default)", sub);
}
