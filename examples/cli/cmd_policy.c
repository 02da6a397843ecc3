/* cmd_policy.c - `dayone policy lint FILE...` and `dayone policy show-default`.
 *
 * lint loads each file exactly as `check --policy` would and prints
 * "ok: FILE", or the loader's error as FILE:LINE:COLUMN: error: message on
 * stderr; exit 0 when every file loads, 2 otherwise. show-default prints
 * the embedded default policy, which is itself a valid policy file. */
#include <string.h>

#include "cli_util.h"
#include "commands.h"

static int policy_lint(int argc, char **argv)
{
    cli_options o;
    size_t i;
    int rc;

    if (!cli_parse_command(&o, argc, argv, 0, &rc))
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
            printf("ok: %s\n", path);
        } else {
            if (!err.path[0])
                snprintf(err.path, sizeof err.path, "%s", path);
            cli_print_error("policy lint", &err);
            rc = CLI_EXIT_USAGE;
        }
        dayone_policy_free(policy);
    }
    if (fflush(stdout) != 0)
        rc = CLI_EXIT_USAGE;
done:
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
        return cli_usage_error("policy", "missing subcommand (lint or show-default)");
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
    argv[1] = (char *)sub;
    return cli_usage_error("policy", "unknown subcommand '%s' (expected lint or show-default)",
                           sub);
}
