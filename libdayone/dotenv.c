/* dotenv.c - the .env parser (placeholder until the real parser lands). */
#include "dotenv.h"
#include "error.h"

int dy_dotenv_parse(const char *text, size_t len, const char *name,
                    dy_env_items *out, dayone_error *err)
{
    (void)text; (void)len; (void)out;
    return dy_error_set(err, DAYONE_ERROR, name, 0, 0, ".env parser not implemented yet");
}
