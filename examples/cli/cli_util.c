/* cli_util.c - option parsing and set-up shared by the dayone subcommands.
 *
 * Options may be written `--name VALUE` or `--name=VALUE`; `--` ends the
 * options. Anything not recognised is a usage error (exit 2), so a typo such
 * as `--env-fle` can never silently check the wrong environment. */
#include "cli_util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef enum { ARG_NONE, ARG_VALUE } arg_kind;

typedef struct opt_spec {
    const char *name;
    unsigned group;   /* CLI_OPT_* that enables it */
    arg_kind arg;
} opt_spec;

static const opt_spec OPTS[] = {
    {"--policy", CLI_OPT_POLICY, ARG_VALUE},
    {"--env-file", CLI_OPT_ENV, ARG_VALUE},
    {"--with-process-env", CLI_OPT_ENV, ARG_NONE},
    {"--env-dialect", CLI_OPT_ENV, ARG_VALUE},
    {"--format", CLI_OPT_FORMAT, ARG_VALUE},
    {"--example", CLI_OPT_EXAMPLE, ARG_VALUE},
    {"--presence-only", CLI_OPT_PRESENCE, ARG_NONE},
    {"--today", CLI_OPT_TODAY, ARG_VALUE},
    {"--output", CLI_OPT_OUTPUT, ARG_VALUE},
    {"--sarif-root", CLI_OPT_SARIF_ROOT, ARG_VALUE},
    {"--strict", CLI_OPT_STRICT, ARG_NONE},
    {"--facts", CLI_OPT_FACTS, ARG_VALUE},
    {"--now", CLI_OPT_FACTS, ARG_VALUE},
    {"--profile", CLI_OPT_FACTS, ARG_VALUE},
};
#define OPT_COUNT (sizeof OPTS / sizeof OPTS[0])

int cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    const char *usage = cli_usage_line(command);

    fprintf(stderr, "dayone %s: error: ", command);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (usage)
        fprintf(stderr, "usage: %s\n", usage);
    fprintf(stderr, "Try 'dayone %s --help' for more information.\n", command);
    return CLI_EXIT_USAGE;
}

/* Find the spec for `arg` ("--name" or "--name=value"); *value points at the
 * inline value when there is one. */
static const opt_spec *find_opt(const char *arg, const char **value)
{
    size_t i;
    for (i = 0; i < OPT_COUNT; i++) {
        size_t n = strlen(OPTS[i].name);
        if (strncmp(arg, OPTS[i].name, n) != 0)
            continue;
        if (arg[n] == '\0') {
            *value = NULL;
            return &OPTS[i];
        }
        if (arg[n] == '=') {
            *value = arg + n + 1;
            return &OPTS[i];
        }
    }
    return NULL;
}

static int apply_opt(cli_options *o, const opt_spec *spec, const char *value)
{
    const char *name = spec->name;

    if (strcmp(name, "--policy") == 0) {
        o->policy_path = value;
    } else if (strcmp(name, "--env-file") == 0) {
        size_t i;
        for (i = 0; strcmp(value, "-") == 0 && i < o->env_file_count; i++)
            if (strcmp(o->env_files[i], "-") == 0)
                return cli_usage_error(o->command, "standard input (-) can be read only once");
        o->env_files[o->env_file_count++] = value;
    } else if (strcmp(name, "--with-process-env") == 0) {
        o->with_process_env = 1;
    } else if (strcmp(name, "--env-dialect") == 0) {
        if (dayone_env_dialect_parse(&o->env_dialect, value) != DAYONE_OK)
            return cli_usage_error(o->command,
                                   "unknown .env dialect '%s' (expected compose, docker or "
                                   "dotenv)",
                                   value);
    } else if (strcmp(name, "--format") == 0) {
        if (dayone_format_parse(&o->format, value) != DAYONE_OK)
            return cli_usage_error(o->command,
                                   "unknown format '%s' (expected text, json, sarif or junit)",
                                   value);
    } else if (strcmp(name, "--example") == 0) {
        o->example_path = value;
    } else if (strcmp(name, "--presence-only") == 0) {
        o->presence_only = 1;
    } else if (strcmp(name, "--today") == 0) {
        if (cli_parse_date(value, &o->today) != 0 || o->today <= 0)
            return cli_usage_error(o->command,
                                   "--today expects a date YYYY-MM-DD after 1970-01-01, got '%s'",
                                   value);
    } else if (strcmp(name, "--output") == 0) {
        o->output_path = value;
    } else if (strcmp(name, "--sarif-root") == 0) {
        o->sarif_root = value;
    } else if (strcmp(name, "--strict") == 0) {
        o->strict = 1;
    } else if (strcmp(name, "--facts") == 0) {
        o->facts_files[o->facts_file_count++] = value;
    } else if (strcmp(name, "--now") == 0) {
        dayone_error err;
        dayone_error_clear(&err);
        if (dayone_timestamp_parse(value, &o->now_ns, &err) != DAYONE_OK || o->now_ns == 0)
            return cli_usage_error(o->command, "--now expects an RFC 3339 timestamp with an "
                                   "offset (2026-03-01T04:00:00Z): %s", err.message);
    } else if (strcmp(name, "--profile") == 0) {
        o->profiles[o->profile_count++] = value;
    }
    return 0;
}

int cli_parse(cli_options *o, int argc, char **argv, unsigned accepted)
{
    int i, only_positional = 0;
    size_t cap = argc > 0 ? (size_t)argc : 1;

    memset(o, 0, sizeof *o);
    o->command = argc > 0 ? argv[0] : "dayone";
    o->format = DAYONE_FORMAT_TEXT;
    /* argc bounds both lists, so one allocation each is enough. */
    o->env_files = calloc(cap, sizeof *o->env_files);
    o->positional = calloc(cap, sizeof *o->positional);
    o->facts_files = calloc(cap, sizeof *o->facts_files);
    o->profiles = calloc(cap, sizeof *o->profiles);
    if (!o->env_files || !o->positional || !o->facts_files || !o->profiles) {
        fprintf(stderr, "dayone %s: error: out of memory\n", o->command);
        return CLI_EXIT_USAGE;
    }

    for (i = 1; i < argc; i++) {
        const char *arg = argv[i], *value = NULL;
        const opt_spec *spec;
        int rc;

        if (only_positional || arg[0] != '-' || strcmp(arg, "-") == 0) {
            o->positional[o->positional_count++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) {
            only_positional = 1;
            continue;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            const char *help = cli_help_text(o->command);
            fputs(help ? help : "no help for this command\n", stdout);
            return CLI_HELP_SHOWN;
        }
        spec = find_opt(arg, &value);
        if (!spec || !(spec->group & accepted))
            return cli_usage_error(o->command, "unknown option '%s'", arg);
        if (spec->arg == ARG_NONE && value)
            return cli_usage_error(o->command, "option '%s' takes no value", spec->name);
        if (spec->arg == ARG_VALUE && !value) {
            if (i + 1 >= argc)
                return cli_usage_error(o->command, "option '%s' needs a value", spec->name);
            value = argv[++i];
        }
        if (spec->arg == ARG_VALUE && value[0] == '\0')
            return cli_usage_error(o->command, "option '%s' needs a non-empty value",
                                   spec->name);
        rc = apply_opt(o, spec, value);
        if (rc != 0)
            return rc;
    }
    if (o->example_path && strcmp(o->example_path, "-") == 0) {
        size_t k;
        for (k = 0; k < o->env_file_count; k++)
            if (strcmp(o->env_files[k], "-") == 0)
                return cli_usage_error(o->command, "standard input (-) can be read only once");
    }
    return 0;
}

int cli_parse_command(cli_options *o, int argc, char **argv, unsigned accepted, int *status)
{
    int rc = cli_parse(o, argc, argv, accepted);
    *status = rc == CLI_HELP_SHOWN ? CLI_EXIT_OK : rc;
    return rc == 0;
}

void cli_options_free(cli_options *o)
{
    if (!o)
        return;
    free(o->env_files);
    free(o->facts_files);
    free(o->profiles);
    o->facts_files = NULL;
    o->profiles = NULL;
    free(o->positional);
    o->env_files = NULL;
    o->positional = NULL;
}

void cli_print_error(const char *command, const dayone_error *err)
{
    const char *msg = err->message[0] ? err->message : dayone_status_name(err->code);

    if (err->path[0] && err->line && err->column)
        fprintf(stderr, "%s:%u:%u: error: %s\n", err->path, err->line, err->column, msg);
    else if (err->path[0] && err->line)
        fprintf(stderr, "%s:%u: error: %s\n", err->path, err->line, msg);
    else if (err->path[0])
        fprintf(stderr, "%s: error: %s\n", err->path, msg);
    else
        fprintf(stderr, "dayone %s: error: %s\n", command, msg);
}

int cli_load_policy(const cli_options *o, dayone_policy **out)
{
    dayone_error err;
    int rc;

    dayone_error_clear(&err);
    if (o->policy_path)
        rc = dayone_policy_load_file(out, o->policy_path, &err);
    else
        rc = dayone_policy_load_default(out, &err);
    if (rc != DAYONE_OK) {
        /* A failing file load without a path still names the file. */
        if (!err.path[0] && o->policy_path)
            snprintf(err.path, sizeof err.path, "%s", o->policy_path);
        cli_print_error(o->command, &err);
        *out = NULL;
        return CLI_EXIT_USAGE;
    }
    return 0;
}

/* Layer .env text read from standard input (`--env-file -`), so a secrets
 * manager can pipe values in without writing them to disk. The buffer held
 * secrets: it is wiped before it is freed. Errors name "<stdin>", as those of
 * the parser do. The buffer grows to one byte past DAYONE_ENV_FILE_MAX: input
 * of exactly the limit is accepted (as dayone_env_add_file accepts such a
 * file), and reading the extra byte is what proves it too large. */
static int add_stdin(dayone_env *env, const dayone_env_file_options *opts, dayone_error *err)
{
    const size_t limit = DAYONE_ENV_FILE_MAX;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = DAYONE_OK;

    for (;;) {
        size_t n;
        if (len == cap) {
            char *grown;
            if (len > limit) {
                snprintf(err->message, sizeof err->message,
                         "standard input is larger than %u bytes", DAYONE_ENV_FILE_MAX);
                err->code = rc = DAYONE_ELIMIT;
                goto done;
            }
            cap = cap ? cap * 2 : 65536;
            if (cap > limit + 1)
                cap = limit + 1;
            grown = malloc(cap);
            if (!grown) {
                snprintf(err->message, sizeof err->message, "out of memory");
                err->code = rc = DAYONE_ENOMEM;
                goto done;
            }
            if (buf) {
                memcpy(grown, buf, len);
                explicit_bzero(buf, len);
                free(buf);
            }
            buf = grown;
        }
        n = fread(buf + len, 1, cap - len, stdin);
        len += n;
        if (n == 0)
            break;
    }
    if (ferror(stdin)) {
        snprintf(err->message, sizeof err->message, "cannot read standard input");
        err->code = rc = DAYONE_EIO;
        goto done;
    }
    rc = dayone_env_add_string_ext(env, buf ? buf : "", len, "<stdin>", opts, err);
done:
    if (rc != DAYONE_OK && !err->path[0])
        snprintf(err->path, sizeof err->path, "<stdin>");
    if (buf) {
        explicit_bzero(buf, cap);
        free(buf);
    }
    return rc;
}

/* Layer one .env file ("-": standard input); on failure print the error
 * (naming the file). */
static int add_file(const cli_options *o, dayone_env *env, const char *path)
{
    dayone_env_file_options opts = DAYONE_ENV_FILE_OPTIONS_INIT;
    dayone_error err;
    int rc;

    /* References resolve against the process environment, as the tool
     * handing the file to the service would resolve them. */
    opts.dialect = o->env_dialect;
    dayone_error_clear(&err);
    if (strcmp(path, "-") == 0)
        rc = add_stdin(env, &opts, &err);
    else
        rc = dayone_env_add_file_ext(env, path, &opts, &err);
    if (rc != DAYONE_OK) {
        if (!err.path[0])
            snprintf(err.path, sizeof err.path, "%s", path);
        cli_print_error(o->command, &err);
        return CLI_EXIT_USAGE;
    }
    return 0;
}

static int build_env(const cli_options *o, dayone_env **out)
{
    dayone_env *env = NULL;
    size_t i;
    int rc = CLI_EXIT_USAGE;

    *out = NULL;
    if (dayone_env_new(&env) != DAYONE_OK) {
        fprintf(stderr, "dayone %s: error: out of memory\n", o->command);
        goto done;
    }
    /* Files replace the process environment unless asked to layer over it. */
    if (o->env_file_count == 0 || o->with_process_env) {
        if (dayone_env_add_process(env) != DAYONE_OK) {
            fprintf(stderr, "dayone %s: error: cannot read the process environment\n",
                    o->command);
            goto done;
        }
    }
    for (i = 0; i < o->env_file_count; i++) {
        if (add_file(o, env, o->env_files[i]) != 0)
            goto done;
    }
    *out = env;
    env = NULL;
    rc = 0;
done:
    dayone_env_free(env);
    return rc;
}

/* The --facts documents, layered in order. A bad document is exit 2 with
 * its place (file:line:column). */
int cli_build_facts(const cli_options *o, dayone_facts **out)
{
    dayone_facts *facts = NULL;
    dayone_error err;

    *out = NULL;
    if (o->facts_file_count == 0)
        return 0;
    if (dayone_facts_new(&facts) != DAYONE_OK) {
        fprintf(stderr, "dayone %s: error: out of memory\n", o->command);
        return CLI_EXIT_USAGE;
    }
    for (size_t i = 0; i < o->facts_file_count; i++) {
        dayone_error_clear(&err);
        if (dayone_facts_add_file(facts, o->facts_files[i], &err) != DAYONE_OK) {
            cli_print_error(o->command, &err);
            dayone_facts_free(facts);
            return CLI_EXIT_USAGE;
        }
    }
    *out = facts;
    return 0;
}

static int build_example(const cli_options *o, dayone_env **out)
{
    dayone_env *env = NULL;

    *out = NULL;
    if (!o->example_path)
        return 0;
    if (dayone_env_new(&env) != DAYONE_OK) {
        fprintf(stderr, "dayone %s: error: out of memory\n", o->command);
        return CLI_EXIT_USAGE;
    }
    if (add_file(o, env, o->example_path) != 0) {
        dayone_env_free(env);
        return CLI_EXIT_USAGE;
    }
    *out = env;
    return 0;
}

int cli_inputs_open(const cli_options *o, cli_inputs *in)
{
    dayone_check_options init = DAYONE_CHECK_OPTIONS_INIT;
    int rc;

    memset(in, 0, sizeof *in);
    in->copts = init;
    if ((rc = cli_load_policy(o, &in->policy)) != 0 || (rc = build_env(o, &in->env)) != 0 ||
        (rc = build_example(o, &in->example)) != 0 || (rc = cli_build_facts(o, &in->facts)) != 0)
        return rc;
    in->copts.facts = in->facts;
    in->copts.now_ns = o->now_ns;
    in->copts.profiles = o->profile_count ? o->profiles : NULL;
    in->copts.nprofiles = o->profile_count;
    if (o->presence_only)
        in->copts.flags |= DAYONE_CHECK_PRESENCE_ONLY;
    in->copts.example = in->example;
    in->copts.today = o->today;
    return 0;
}

void cli_inputs_free(cli_inputs *in)
{
    dayone_env_free(in->example);
    dayone_facts_free(in->facts);
    dayone_env_free(in->env);
    dayone_policy_free(in->policy);
    memset(in, 0, sizeof *in);
}

int cli_write_output(const char *command, const char *path, const char *data, size_t len)
{
    FILE *f = stdout;
    int ok;

    if (path) {
        f = fopen(path, "wb");
        if (!f) {
            fprintf(stderr, "%s: error: cannot open for writing: %s\n", path, strerror(errno));
            return CLI_EXIT_USAGE;
        }
    }
    ok = fwrite(data, 1, len, f) == len;
    if (path)
        ok = (fclose(f) == 0) && ok;
    else
        ok = (fflush(f) == 0) && ok;
    if (!ok) {
        fprintf(stderr, "dayone %s: error: cannot write %s\n", command,
                path ? path : "to standard output");
        return CLI_EXIT_USAGE;
    }
    return 0;
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (H. Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    int64_t era;
    unsigned yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = (unsigned)(y - era * 400);
    doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

int cli_parse_date(const char *s, int64_t *days)
{
    static const unsigned mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    unsigned y = 0, m = 0, d = 0, dim;
    int i;

    /* Exactly YYYY-MM-DD: sscanf alone would accept "2026-1-5x". */
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    for (i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (s[i] < '0' || s[i] > '9')
            return -1;
    }
    y = (unsigned)((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0'));
    m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (m < 1 || m > 12 || d < 1)
        return -1;
    dim = mdays[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        dim = 29;
    if (d > dim)
        return -1;
    *days = days_from_civil((int64_t)y, m, d);
    return 0;
}
