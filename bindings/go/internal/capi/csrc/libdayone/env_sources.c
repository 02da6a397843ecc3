/* env_sources.c - layering sources into a snapshot: the process
 * environment, .env text and .env files. Each is read into a staging list
 * first (env_items.h) and committed in one step (env.h), so a bad source
 * leaves the snapshot unchanged. */
#include <stdlib.h>
#include <string.h>
#include "alloc.h"
#include "dotenv.h"
#include "env.h"
#include "env_items.h"
#include "env_sources.h"
#include "error.h"
#include "secret_file.h"
#include "text.h"

extern char **environ;

/* Stage environ entries that have a '=' as borrowed items: name and value
 * point into environ itself, which outlives the commit, so nothing is
 * copied but into the snapshot's arena (wiped when it is freed) and the
 * staging list is one allocation. With `only`, an entry is staged when
 * `only` holds its name or the name ends in _FILE; without, every one is.
 * The commit judges each staged name once and skips those that are not
 * identifiers (bash's BASH_FUNC_x%%, "=x"): no policy can name them. Later
 * duplicates win, as with any source. */
static int stage_process(dy_env_items *items, const dayone_env *only)
{
    size_t n = 0;
    for (char **ep = environ; ep && *ep; ep++)
        n++;
    if (!n)
        return DAYONE_OK;
    items->v = dy_malloc(n * sizeof *items->v);
    if (!items->v)
        return DAYONE_ENOMEM;
    items->cap = n;
    for (char **ep = environ; ep && *ep; ep++) {
        const char *eq = strchr(*ep, '=');
        if (!eq)
            continue;
        size_t nlen = (size_t)(eq - *ep), vlen = strlen(eq + 1);
        /* Too long a value refuses the whole read, but only under a name a
         * policy could read (an odd name is skipped whatever its value). */
        if (vlen > DAYONE_ENV_VALUE_MAX) {
            if (dy_is_identifier(*ep, nlen))
                return DAYONE_ELIMIT;
            continue;
        }
        if (only && !dy_env_set_holds(only, *ep, nlen) &&
            !(nlen >= 5 && memcmp(eq - 5, "_FILE", 5) == 0))
            continue;
        /* Within the capacity reserved above, unless environ grew since it
         * was counted (another thread's setenv, which the caller rules
         * out): then a failure refuses the read rather than drop a name. */
        int rc = dy_env_items_push_ref(items, *ep, nlen, eq + 1, vlen, 0,
                                       DY_ENV_ITEM_NAME_BORROWED | DY_ENV_ITEM_VALUE_BORROWED);
        if (rc != DAYONE_OK)
            return rc;
    }
    return DAYONE_OK;
}

static int add_process(dayone_env *env, const dayone_env *only)
{
    dy_env_items items = DY_ENV_ITEMS_INIT;
    int rc = stage_process(&items, only);
    if (rc == DAYONE_OK)
        rc = dy_env_commit(env, &items, DAYONE_SOURCE_PROCESS, NULL, NULL);
    dy_env_items_release(&items);
    return rc;
}

int dy_env_add_process_only(dayone_env *env, const dayone_env *only)
{
    if (!env || !only)
        return DAYONE_EINVAL;
    int rc = add_process(env, only);
    if (rc == DAYONE_OK)
        dy_env_restrict(env, only);
    return rc;
}

int dayone_env_add_process(dayone_env *env)
{
    if (!env)
        return DAYONE_EINVAL;
    return add_process(env, NULL);
}

int dayone_env_add_string_ext(dayone_env *env, const char *text, size_t len,
                              const char *name, const dayone_env_file_options *opts,
                              dayone_error *err)
{
    if (!name)
        name = "<string>";
    if (!env || (!text && len))
        return dy_fail(err, DAYONE_EINVAL, "env and text must not be NULL");
    if (opts && opts->lookup == env)
        return dy_fail(err, DAYONE_EINVAL, "the lookup must not be the snapshot being added to");
    dy_env_items items = DY_ENV_ITEMS_INIT;
    int rc = dy_dotenv_parse(text ? text : "", len, name, opts, &items, err);
    if (rc == DAYONE_OK)
        rc = dy_env_commit(env, &items, DAYONE_SOURCE_FILE, name, err);
    dy_env_items_release(&items);
    return rc;
}

int dayone_env_add_string(dayone_env *env, const char *text, size_t len,
                          const char *name, dayone_error *err)
{
    return dayone_env_add_string_ext(env, text, len, name, NULL, err);
}

int dayone_env_add_file_ext(dayone_env *env, const char *path,
                            const dayone_env_file_options *opts, dayone_error *err)
{
    if (!env || !path)
        return dy_fail(err, DAYONE_EINVAL, "env and path must not be NULL");
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int rc = dy_read_file_limited(path, DAYONE_ENV_FILE_MAX, &buf, &len, &cap, err);
    if (rc)
        return rc;
    rc = dayone_env_add_string_ext(env, buf, len, path, opts, err);
    dy_wipe(buf, cap); /* the file holds secrets */
    dy_free(buf);
    return rc;
}

int dayone_env_add_file(dayone_env *env, const char *path, dayone_error *err)
{
    return dayone_env_add_file_ext(env, path, NULL, err);
}
