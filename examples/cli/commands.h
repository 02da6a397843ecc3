/* commands.h - the dayone CLI's subcommands. main.c dispatches argv[1] to one
 * of these with argc/argv starting at the subcommand name (argv[0] is e.g.
 * "check"). Each returns the process exit code: 0 pass, 1 policy violations
 * (or, for simulate, nothing failed: 0), 2 usage, policy-file or env-file error. */
#ifndef DAYONE_CLI_COMMANDS_H
#define DAYONE_CLI_COMMANDS_H

int dayone_cmd_check(int argc, char **argv);     /* cmd_check.c */
int dayone_cmd_explain(int argc, char **argv);   /* cmd_explain.c */
int dayone_cmd_policy(int argc, char **argv);    /* cmd_policy.c: lint FILE, show-default */
int dayone_cmd_simulate(int argc, char **argv);  /* cmd_simulate.c */
int dayone_cmd_report(int argc, char **argv);    /* cmd_report.c: lint FILE|-, template */
int dayone_cmd_status(int argc, char **argv);    /* cmd_status.c */

#endif
