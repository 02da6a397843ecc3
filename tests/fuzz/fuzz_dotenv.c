/* fuzz_dotenv.c - arbitrary bytes as .env text, read in every dialect
 * (compose, docker, python-dotenv), references resolved against a fixed
 * lookup so a run does not depend on the fuzzer's environment.
 *
 * Parsing must never crash, hang or leak; an error is DAYONE_EENVFILE (with
 * a place inside the text) or DAYONE_ELIMIT, and a failed parse leaves the
 * snapshot unchanged. A parse that succeeds is then checked against the
 * default policy and rendered as text and JSON. */
#include <string.h>
#include "dayone.h"
#include "fuzz.h"

static void count_lines(const uint8_t *data, size_t size, size_t *lines)
{
    *lines = 1;
    for (size_t i = 0; i < size; i++)
        if (data[i] == '\n' || data[i] == '\r')
            (*lines)++;
}

static void one_dialect(const uint8_t *data, size_t size, dayone_env_dialect dialect,
                        const dayone_env *lookup)
{
    dayone_env *env = NULL;
    dayone_error err;
    dayone_env_file_options opts = DAYONE_ENV_FILE_OPTIONS_INIT;
    opts.dialect = dialect;
    opts.lookup = lookup;
    dayone_error_clear(&err);
    if (dayone_env_new(&env) != DAYONE_OK)
        return;
    FUZZ_ASSERT(dayone_env_set(env, "PRESET_NAME", "kept", 4, NULL) == DAYONE_OK);
    int rc = dayone_env_add_string_ext(env, (const char *)data, size, "fuzz.env", &opts, &err);
    if (rc != DAYONE_OK) {
        size_t lines;
        count_lines(data, size, &lines);
        FUZZ_ASSERT(rc == DAYONE_EENVFILE || rc == DAYONE_ELIMIT || rc == DAYONE_ENOMEM);
        FUZZ_ASSERT(err.code == rc && err.message[0] != '\0');
        if (rc == DAYONE_EENVFILE) {
            FUZZ_ASSERT(strcmp(err.path, "fuzz.env") == 0);
            FUZZ_ASSERT(err.line >= 1 && err.line <= lines);
            FUZZ_ASSERT(err.column >= 1);
        }
        /* the snapshot is unchanged */
        FUZZ_ASSERT(dayone_env_count(env) == 1 && dayone_env_has(env, "PRESET_NAME"));
        dayone_env_free(env);
        return;
    }
    dayone_report *r = NULL;
    if (dayone_check(&r, NULL, env, NULL, &err) == DAYONE_OK) {
        char *out = NULL;
        if (dayone_report_render(&out, NULL, r, DAYONE_FORMAT_TEXT, 0, &err) == DAYONE_OK)
            FUZZ_ASSERT(out != NULL);
        dayone_free(out);
        out = NULL;
        if (dayone_report_render(&out, NULL, r, DAYONE_FORMAT_JSON, 0, &err) == DAYONE_OK)
            FUZZ_ASSERT(out != NULL);
        dayone_free(out);
        dayone_report_free(r);
    }
    dayone_env_free(env);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const dayone_env_dialect dialects[] = { DAYONE_ENV_DIALECT_COMPOSE,
                                                   DAYONE_ENV_DIALECT_DOCKER,
                                                   DAYONE_ENV_DIALECT_DOTENV };
    dayone_env *lookup = NULL;
    if (dayone_env_new(&lookup) != DAYONE_OK)
        return 0;
    FUZZ_ASSERT(dayone_env_set(lookup, "SHELL_VAR", "shell", 5, NULL) == DAYONE_OK);
    FUZZ_ASSERT(dayone_env_set(lookup, "A", "", 0, NULL) == DAYONE_OK);
    for (size_t i = 0; i < sizeof dialects / sizeof dialects[0]; i++)
        one_dialect(data, size, dialects[i], lookup);
    dayone_env_free(lookup);
    return 0;
}
