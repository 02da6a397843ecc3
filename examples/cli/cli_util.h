/* cli_util.h - what the dayone subcommands share: parsing the common
 * options, building the policy and the environment snapshot from them, and
 * printing errors as `path:line:column: error: message`.
 *
 * The CLI only uses the public API (it links the shared library). It never
 * reads an environment value itself: values go from the sources straight
 * into a dayone_env, and only the library's findings come back out. */
#ifndef DAYONE_CLI_UTIL_H
#define DAYONE_CLI_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <dayone.h>

/* Exit codes, as documented in docs/cli.md. */
#define CLI_EXIT_OK        0
#define CLI_EXIT_VIOLATION 1
#define CLI_EXIT_USAGE     2

/* Returned by cli_parse() when --help was given and printed: exit 0. */
#define CLI_HELP_SHOWN (-1)

/* The options a command accepts (cli_parse's `accepted`). */
#define CLI_OPT_POLICY   0x01u /* --policy FILE */
#define CLI_OPT_ENV      0x02u /* --env-file FILE..., --with-process-env, --env-dialect */
#define CLI_OPT_FORMAT   0x04u /* --format text|json|sarif|junit */
#define CLI_OPT_EXAMPLE  0x08u /* --example FILE */
#define CLI_OPT_PRESENCE 0x10u /* --presence-only */
#define CLI_OPT_TODAY    0x20u /* --today YYYY-MM-DD */
#define CLI_OPT_OUTPUT   0x40u /* --output FILE */
#define CLI_OPT_SARIF_ROOT 0x80u /* --sarif-root DIR */
#define CLI_OPT_STRICT   0x100u /* --strict */
#define CLI_OPT_FACTS    0x200u /* --facts FILE..., --now RFC3339, --profile NAME... */

typedef struct cli_options {
    const char *command;        /* "check", "explain", ... (for messages) */
    const char *policy_path;    /* NULL: the embedded default */
    const char **env_files;     /* in layering order; borrowed from argv */
    size_t env_file_count;
    int with_process_env;
    dayone_env_dialect env_dialect; /* how --env-file/--example files are read */
    dayone_format format;
    const char *example_path;
    int presence_only;
    int64_t today;              /* days since 1970-01-01; 0 = today */
    const char *output_path;    /* NULL: stdout */
    const char *sarif_root;     /* --sarif-root; NULL: the working directory */
    int strict;                 /* --strict: warnings fail (exit 1) */
    const char **facts_files;   /* --facts, in layering order; borrowed from argv */
    size_t facts_file_count;
    int64_t now_ns;             /* --now, Unix ns; 0 = the real clock */
    const char **profiles;      /* --profile, in order; none: startup */
    size_t profile_count;
    const char **positional;    /* arguments that are not options */
    size_t positional_count;
} cli_options;

/* Parse argv[1..argc) (argv[0] is the subcommand's name). Returns 0,
 * CLI_HELP_SHOWN after printing the command's help, or CLI_EXIT_USAGE after
 * printing a usage error. Always release with cli_options_free(). */
int cli_parse(cli_options *o, int argc, char **argv, unsigned accepted);
/* cli_parse as a subcommand uses it: 1 to go on, or 0 when the command is
 * done, with its exit status in *status (CLI_EXIT_OK after --help,
 * CLI_EXIT_USAGE after a usage error). */
int cli_parse_command(cli_options *o, int argc, char **argv, unsigned accepted, int *status);
void cli_options_free(cli_options *o);

/* The policy (--policy, else the default). 0, or CLI_EXIT_USAGE after
 * printing the error to stderr. */
int cli_load_policy(const cli_options *o, dayone_policy **out);

/* What check and explain judge, built from the parsed options in one place
 * so the two commands always see the same environment: the policy, the
 * snapshot (process env and/or --env-file files), the --example snapshot
 * and the check options (copts.example borrows `example`). */
typedef struct cli_inputs {
    dayone_policy *policy;
    dayone_env *env;
    dayone_env *example;          /* NULL without --example */
    dayone_facts *facts;          /* NULL without --facts */
    dayone_check_options copts;
} cli_inputs;

/* 0, or CLI_EXIT_USAGE after printing the error to stderr. Release with
 * cli_inputs_free() in both cases. */
int cli_inputs_open(const cli_options *o, cli_inputs *in);
void cli_inputs_free(cli_inputs *in);

/* The --facts documents layered in order (*out NULL without --facts). 0, or
 * CLI_EXIT_USAGE after printing the document's file:line:column error. */
int cli_build_facts(const cli_options *o, dayone_facts **out);

/* Print a library error as `path:line:column: error: message` (fewer parts
 * when the library has no path, line or column) to stderr. */
void cli_print_error(const char *command, const dayone_error *err);

/* Print "dayone CMD: error: ..." plus the command's usage line; returns
 * CLI_EXIT_USAGE. Never pass an environment value. */
int cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Write `len` bytes to `path` (NULL: stdout). 0 or CLI_EXIT_USAGE. */
int cli_write_output(const char *command, const char *path, const char *data, size_t len);

/* "YYYY-MM-DD" -> days since 1970-01-01. 0 on success, -1 if malformed. */
int cli_parse_date(const char *s, int64_t *days);

/* Help texts, defined in main.c (which owns --help). NULL for an unknown
 * command. The usage line is one line without a trailing newline. */
const char *cli_help_text(const char *command);
const char *cli_usage_line(const char *command);

#endif
