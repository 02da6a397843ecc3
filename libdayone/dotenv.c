/* dotenv.c - parsing .env text: the limits and the encoding check every
 * dialect shares, the choice of dialect, and handing the staged items to
 * the caller. The dialects are dotenv_compose.c, dotenv_docker.c and
 * dotenv_python.c; what they share is dotenv_parser.c. */
#include <string.h>
#include "alloc.h"
#include "dotenv.h"
#include "dotenv_compose.h"
#include "dotenv_docker.h"
#include "dotenv_parser.h"
#include "dotenv_python.h"
#include "error.h"

/* ---- dialects ---- */

int dayone_env_dialect_parse(dayone_env_dialect *out, const char *name)
{
    static const dayone_env_dialect all[] = { DAYONE_ENV_DIALECT_COMPOSE,
                                              DAYONE_ENV_DIALECT_DOCKER,
                                              DAYONE_ENV_DIALECT_DOTENV };
    if (!name || !out)
        return DAYONE_EINVAL;
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        if (strcmp(name, dayone_env_dialect_name(all[i])) == 0) {
            *out = all[i];
            return DAYONE_OK;
        }
    return DAYONE_EINVAL;
}

const char *dayone_env_dialect_name(dayone_env_dialect dialect)
{
    switch (dialect) {
    case DAYONE_ENV_DIALECT_COMPOSE: return "compose";
    case DAYONE_ENV_DIALECT_DOCKER: return "docker";
    case DAYONE_ENV_DIALECT_DOTENV: return "dotenv";
    }
    return "unknown";
}

int dy_dotenv_parse(const char *text, size_t len, const char *name,
                    const dayone_env_file_options *opts, dy_env_items *out,
                    dayone_error *err)
{
    static const dayone_env_file_options defaults = DAYONE_ENV_FILE_OPTIONS_INIT;
    if (!opts)
        opts = &defaults;
    dy_dotenv d;
    memset(&d, 0, sizeof d);
    d.s = text;
    d.len = len;
    d.path = name ? name : "<string>";
    d.err = err;
    d.lookup = opts->lookup;
    d.cur_line = 1;
    d.borrow = 1; /* the caller keeps text until the items are released */
    if (!text && len)
        return dy_fail(err, DAYONE_EINVAL, "text must not be NULL");
    if (opts->version < 1)
        return dy_fail(err, DAYONE_EINVAL,
                       "options.version must be DAYONE_ENV_FILE_OPTIONS_VERSION");
    if (len > DAYONE_ENV_FILE_MAX)
        return dy_error_set(err, DAYONE_ELIMIT, d.path, 0, 0,
                            ".env content is larger than the limit of %u bytes",
                            DAYONE_ENV_FILE_MAX);
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        d.start = 3; /* UTF-8 byte order mark: every dialect drops it */
    d.cur_off = d.start;
    int rc = dy_dotenv_check_encoding(&d);
    if (rc == DAYONE_OK) {
        switch (opts->dialect) {
        case DAYONE_ENV_DIALECT_COMPOSE: rc = dy_dotenv_parse_compose(&d); break;
        case DAYONE_ENV_DIALECT_DOCKER: rc = dy_dotenv_parse_docker(&d); break;
        case DAYONE_ENV_DIALECT_DOTENV: rc = dy_dotenv_parse_python(&d); break;
        default:
            rc = dy_fail(err, DAYONE_EINVAL, "unknown .env dialect %d", (int)opts->dialect);
        }
    }
    /* Hand over: append everything to the caller's list at once. */
    if (rc == DAYONE_OK && dy_env_items_take(out, &d.items) != DAYONE_OK)
        rc = dy_error_set(err, DAYONE_ENOMEM, d.path, 0, 0, "out of memory while parsing");
    dy_env_items_release(&d.items);
    dy_free(d.index);
    return rc;
}
