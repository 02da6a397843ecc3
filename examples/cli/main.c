/* main.c - the dayone command line: dispatch, --help, --version.
 *
 * Each subcommand lives in its own file (commands.h); this file only picks
 * one and owns the help texts, so `dayone help CMD`, `dayone CMD --help`
 * and the usage line of an error all say the same thing. */
#include <stdio.h>
#include <string.h>

#include "cli_util.h"
#include "commands.h"

static const char MAIN_HELP[] =
    "usage: dayone [--help] [--version] COMMAND [ARGS]\n"
    "\n"
    "Check an environment against a launch policy and try out its rate limits.\n"
    "\n"
    "Commands:\n"
    "  check              is this environment launch-ready? (every finding, exit 0/1/2)\n"
    "  explain KEY        which rules concern KEY, whether they apply and why\n"
    "  policy lint FILE   validate a policy file\n"
    "  policy schema      print the policy language's JSON Schema\n"
    "  policy show-default\n"
    "                     print the embedded default policy (the Day-1 Ops Playbook)\n"
    "  simulate           replay requests through a policy's rate limits and quotas\n"
    "  report lint FILE   check a post-incident report (Markdown; - for stdin)\n"
    "  report template    print a post-incident report skeleton\n"
    "  status             component status for the status page, from health facts\n"
    "  help [COMMAND]     show help for a command\n"
    "\n"
    "Exit status: 0 pass, 1 policy violations, 2 usage, policy-file or env-file error.\n"
    "No command ever prints an environment value: at most a name and a length.\n"
    "See docs/cli.md.\n";

static const char CHECK_USAGE[] =
    "dayone check [--policy FILE] [--env-file FILE]... [--with-process-env] "
    "[--env-dialect compose|docker|dotenv] "
    "[--format text|json|sarif|junit] [--example FILE] [--presence-only] "
    "[--today YYYY-MM-DD] [--output FILE] [--sarif-root DIR] "
    "[--facts FILE]... [--now RFC3339] [--profile NAME]...";

static const char CHECK_HELP[] =
    "usage: dayone check [OPTIONS]\n"
    "\n"
    "Check an environment against a policy and report every finding at once.\n"
    "\n"
    "Options:\n"
    "  --policy FILE        policy file (default: the embedded default policy)\n"
    "  --env-file FILE      check this .env file instead of the process environment;\n"
    "                       repeatable, later files override earlier ones;\n"
    "                       '-' reads standard input (nothing touches the disk)\n"
    "  --with-process-env   layer the --env-file files over the process environment\n"
    "  --env-dialect NAME   read .env files as compose (default: docker compose),\n"
    "                       docker (docker run --env-file) or dotenv (python-dotenv)\n"
    "                       reads them; ${VAR} resolves from earlier lines and the\n"
    "                       process environment (docs/env-files.md)\n"
    "  --format FORMAT      text (default), json, sarif or junit\n"
    "  --example FILE       a .env.example: values equal to its values are placeholders\n"
    "  --presence-only      only check that required names exist, not their values\n"
    "  --today YYYY-MM-DD   the date waivers expire against (default: today, UTC)\n"
    "  --output FILE        write the report to FILE instead of standard output\n"
    "  --facts FILE         a JSON or YAML facts document rules may name\n"
    "                       (backup.db.last_success_at); repeatable, later files\n"
    "                       override earlier ones (docs/facts.md)\n"
    "  --now RFC3339        the time max_age and waivers judge against\n"
    "                       (default: the real clock), e.g. 2026-03-02T06:00:00Z\n"
    "  --profile NAME       run the rules of this profile (startup, deploy, daily,\n"
    "                       incident or the policy's own); repeatable; default startup\n"
    "  --sarif-root DIR     sarif: the repository root that file URIs are relative to\n"
    "                       (default: the working directory)\n"
    "  -h, --help           show this help\n"
    "\n"
    "Text output is coloured only on a terminal and when NO_COLOR is not set.\n"
    "Exit status: 0 no error findings (warnings and waivers allowed), 1 at least one\n"
    "error finding, 2 usage, policy-file, env-file or facts-file error (named\n"
    "file:line:column).\n";

static const char EXPLAIN_USAGE[] =
    "dayone explain KEY [--policy FILE] [--env-file FILE]... [--with-process-env] "
    "[--env-dialect compose|docker|dotenv] "
    "[--example FILE] [--presence-only] [--today YYYY-MM-DD] "
    "[--facts FILE]... [--now RFC3339] [--profile NAME]...";

static const char EXPLAIN_HELP[] =
    "usage: dayone explain KEY [OPTIONS]\n"
    "\n"
    "Explain every rule of the policy that concerns KEY: whether it applies under\n"
    "the environment and why (which flag or value made it apply), and whether it\n"
    "currently passes.\n"
    "\n"
    "Options:\n"
    "  --policy FILE        policy file (default: the embedded default policy)\n"
    "  --env-file FILE      use this .env file instead of the process environment;\n"
    "                       repeatable, later files override earlier ones\n"
    "  --with-process-env   layer the --env-file files over the process environment\n"
    "  --env-dialect NAME   read .env files as compose (default: docker compose),\n"
    "                       docker (docker run --env-file) or dotenv (python-dotenv)\n"
    "                       reads them; ${VAR} resolves from earlier lines and the\n"
    "                       process environment (docs/env-files.md)\n"
    "  --example FILE       a .env.example: values equal to its values are placeholders\n"
    "  --presence-only      only check that required names exist, not their values\n"
    "  --today YYYY-MM-DD   the date waivers expire against (default: today, UTC)\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 KEY passes, 1 a rule on KEY fails, 2 usage, policy-file or\n"
    "env-file error, or no rule mentions KEY.\n";

static const char STATUS_USAGE[] =
    "dayone status [--policy FILE] [--facts FILE]... [--now RFC3339] "
    "[--format text|json|sarif|junit] [--output FILE] [--sarif-root DIR]";

static const char STATUS_HELP[] =
    "usage: dayone status [OPTIONS]\n"
    "\n"
    "Compute each component's status-page state (operational, degraded_performance,\n"
    "partial_outage, major_outage, under_maintenance) and the page indicator (none,\n"
    "minor, major, critical) from health facts, with the reasons, and compare it\n"
    "with the published status (docs/status.md). The library never polls a system:\n"
    "it judges the facts documents monitoring exported.\n"
    "\n"
    "Options:\n"
    "  --policy FILE        policy file (default: the embedded default policy); it\n"
    "                       needs a status: section\n"
    "  --facts FILE         a JSON or YAML facts document (health codes, rates per\n"
    "                       window, backlogs, the published status); repeatable,\n"
    "                       later files override earlier ones (docs/facts.md)\n"
    "  --now RFC3339        the time the facts' observed_at is judged against\n"
    "                       (status.max_age; default: the real clock)\n"
    "  --format FORMAT      text (default: the component table and the findings),\n"
    "                       json (components and the report), sarif or junit\n"
    "  --output FILE        write the result to FILE instead of standard output\n"
    "  --sarif-root DIR     sarif: the repository root that file URIs are relative to\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 no error finding, 1 status-drift (the published status is less\n"
    "severe than the computed one), a missing or malformed fact (status-fact) or\n"
    "facts older than status.max_age (status-stale: every component unknown),\n"
    "2 usage, policy-file or facts-file error (named file:line:column), or a policy\n"
    "without a status: section.\n";

static const char POLICY_USAGE[] =
    "dayone policy lint [--strict] FILE... | dayone policy schema | dayone policy show-default";

static const char POLICY_HELP[] =
    "usage: dayone policy lint [--strict] FILE...\n"
    "       dayone policy schema\n"
    "       dayone policy show-default\n"
    "\n"
    "  lint FILE...     load each policy file strictly and check its plan ladder;\n"
    "                   print each warning as FILE:LINE:COLUMN: warning: message,\n"
    "                   then \"ok: FILE\" (or \"ok: FILE (N warnings)\"); a file that\n"
    "                   does not load is FILE:LINE:COLUMN: error: message on stderr.\n"
    "                   Exit 2 if any file does not load, else 1 with --strict and a\n"
    "                   warning, else 0\n"
    "  --strict         warnings fail the lint (exit 1)\n"
    "  schema           print the JSON Schema (2020-12) of the policy language, for\n"
    "                   editors and validators (docs/policy.schema.json)\n"
    "  show-default     print the embedded default policy (YAML, a valid policy file\n"
    "                   to start your own from; its first line names the schema)\n";

static const char REPORT_USAGE[] =
    "dayone report lint [--policy FILE] [--format F] [--output FILE] [--sarif-root DIR] FILE|- "
    "| dayone report template [--policy FILE] [--output FILE]";

static const char REPORT_HELP[] =
    "usage: dayone report lint [--policy FILE] [--format text|json|sarif|junit]\n"
    "                          [--output FILE] [--sarif-root DIR] FILE|-\n"
    "       dayone report template [--policy FILE] [--output FILE]\n"
    "\n"
    "  lint FILE|-      check a post-incident report (Markdown; - reads standard\n"
    "                   input) against the policy's postmortem: section: every\n"
    "                   required section present, not empty, no placeholder; timeline\n"
    "                   entries timed and in order; every preventative action owned.\n"
    "                   Each finding names FILE:LINE:COLUMN (docs/postmortem.md)\n"
    "  template         print a report skeleton with the policy's required sections\n"
    "  --policy FILE    policy file (default: the embedded default policy)\n"
    "  --format F       text (default), json, sarif or junit\n"
    "  --output FILE    write to FILE instead of standard output\n"
    "  --sarif-root DIR SARIF: the repository root artifact URIs are relative to\n"
    "\n"
    "Exit status: 0 no error finding, 1 at least one, 2 usage, policy-file error,\n"
    "a policy without postmortem:, or a report that cannot be read or is too large.\n";

typedef int (*command_fn)(int argc, char **argv);

typedef struct command {
    const char *name;
    command_fn fn;
    const char *usage;
    const char *help;   /* NULL: the command prints its own help (simulate) */
} command;

static const command COMMANDS[] = {
    {"check", dayone_cmd_check, CHECK_USAGE, CHECK_HELP},
    {"explain", dayone_cmd_explain, EXPLAIN_USAGE, EXPLAIN_HELP},
    {"policy", dayone_cmd_policy, POLICY_USAGE, POLICY_HELP},
    {"simulate", dayone_cmd_simulate, NULL, NULL},
    {"report", dayone_cmd_report, REPORT_USAGE, REPORT_HELP},
    {"status", dayone_cmd_status, STATUS_USAGE, STATUS_HELP},
};
#define COMMAND_COUNT (sizeof COMMANDS / sizeof COMMANDS[0])

static const command *find_command(const char *name)
{
    size_t i;
    for (i = 0; i < COMMAND_COUNT; i++)
        if (strcmp(COMMANDS[i].name, name) == 0)
            return &COMMANDS[i];
    return NULL;
}

const char *cli_help_text(const char *name)
{
    const command *c = find_command(name);
    return c ? c->help : NULL;
}

const char *cli_usage_line(const char *name)
{
    const command *c = find_command(name);
    return c ? c->usage : NULL;
}

static int unknown_command(const char *name)
{
    fprintf(stderr, "dayone: error: unknown command '%s'\n"
                    "usage: dayone [--help] [--version] COMMAND [ARGS]\n"
                    "Try 'dayone --help' for the list of commands.\n", name);
    return CLI_EXIT_USAGE;
}

static int run(const command *c, int argc, char **argv)
{
    return c->fn(argc, argv);
}

/* `dayone help [COMMAND]` */
static int help(int argc, char **argv)
{
    const command *c;
    static char help_flag[] = "--help";

    if (argc < 2) {
        fputs(MAIN_HELP, stdout);
        return CLI_EXIT_OK;
    }
    c = find_command(argv[1]);
    if (!c)
        return unknown_command(argv[1]);
    if (c->help) {
        fputs(c->help, stdout);
        return CLI_EXIT_OK;
    }
    {
        char *args[3];
        args[0] = argv[1];
        args[1] = help_flag;
        args[2] = NULL;
        return run(c, 2, args);
    }
}

int main(int argc, char **argv)
{
    const command *c;
    const char *name = argc > 1 ? argv[1] : NULL;

    if (!name) {
        fputs(MAIN_HELP, stderr);
        return CLI_EXIT_USAGE;
    }
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
        fputs(MAIN_HELP, stdout);
        return CLI_EXIT_OK;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        printf("dayone %s (libdayone %s)\n", DAYONE_VERSION_STRING, dayone_version());
        return CLI_EXIT_OK;
    }
    if (strcmp(name, "help") == 0)
        return help(argc - 1, argv + 1);
    if (name[0] == '-') {
        fprintf(stderr, "dayone: error: unknown option '%s'\n"
                        "usage: dayone [--help] [--version] COMMAND [ARGS]\n", name);
        return CLI_EXIT_USAGE;
    }
    c = find_command(name);
    if (!c)
        return unknown_command(name);
    return run(c, argc - 1, argv + 1);
}
