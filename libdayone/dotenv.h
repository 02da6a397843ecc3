/* dotenv.h - parsing .env text, in one of three dialects, into a staging
 * list (env_items.h). Parsing never touches a snapshot; the caller commits
 * the list in one step. Parses share no state (without a lookup one reads
 * the process environment, as getenv does). */
#ifndef DY_DOTENV_H
#define DY_DOTENV_H

#include <stddef.h>
#include "dayone/env.h"
#include "env_items.h"

/* Parse .env text into items, in the dialect and with the lookup of
 * `opts` (NULL: the defaults). `name` is the path used in errors. Errors:
 * DAYONE_EENVFILE (syntax, NUL, invalid UTF-8, unresolved reference;
 * path/line/column set), DAYONE_ELIMIT (text or a value over the
 * documented limits), DAYONE_EINVAL (bad options), DAYONE_ENOMEM.
 * Messages name the place, what was expected and at most a variable's
 * name, never the content. The items may borrow names and values from
 * `text` (env_items.h), which must outlive them. */
int dy_dotenv_parse(const char *text, size_t len, const char *name,
                    const dayone_env_file_options *opts, dy_env_items *out,
                    dayone_error *err);

#endif
