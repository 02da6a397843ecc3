/* startup_service.c - a C service that refuses to start misconfigured.
 *
 * The first line of main() checks the process environment against the
 * launch policy and, if anything is wrong, writes EVERY problem to stderr and
 * exits (1 for violations, 2 if the check itself could not run) - before a
 * single request is served. Values are never printed, only names.
 *
 *   ./startup_service                    # the embedded default policy
 *   ./startup_service --policy my.yaml   # your own policy
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <dayone.h>

/* Optional: load a policy file named on the command line (NULL: default). */
static dayone_policy *policy_from_args(int argc, char **argv)
{
    dayone_policy *policy = NULL;
    dayone_error err = {0};

    if (argc < 3 || strcmp(argv[1], "--policy") != 0)
        return NULL;
    if (dayone_policy_load_file(&policy, argv[2], &err) != DAYONE_OK) {
        fprintf(stderr, "%s:%u:%u: error: %s\n", err.path[0] ? err.path : argv[2],
                err.line, err.column, err.message);
        exit(2);
    }
    return policy;
}

int main(int argc, char **argv)
{
    dayone_policy *policy = policy_from_args(argc, argv);

    /* The one line a service needs: fail fast with every finding listed. */
    dayone_failfast_or_exit(policy);

    dayone_policy_free(policy);
    /* A real service would now open its listener; this one just says so. */
    printf("startup_service: environment is launch-ready, serving\n");
    return 0;
}
