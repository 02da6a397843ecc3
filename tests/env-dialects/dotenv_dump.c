/* dotenv_dump.c - what libdayone's .env parser makes of files, for the
 * dialect comparison (compare.py).
 *
 *   dotenv_dump DIALECT LOOKUP.tsv FILE...
 *
 * Prints one JSON object per file: {"file", "ok": true, "vars": {name:
 * hex(value) or null}} (later assignments win, as in the tools' maps) or
 * {"file", "ok": false, "error": "line:column: message"}. Values are hex so
 * the comparison is byte for byte. A test tool: it prints values. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dayone.h"
#include "alloc.h"
#include "dotenv.h"
#include "secret_file.h"

static void json_str(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            printf("\\%c", c);
        else if (c < 0x20 || c >= 0x7f)
            printf("\\u%04x", c); /* names and messages are ASCII here */
        else
            putchar(c);
    }
    putchar('"');
}

static int load_lookup(const char *path, dayone_env *env)
{
    FILE *f = fopen(path, "r");
    char line[4096];
    if (!f)
        return -1;
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, "\n");
        line[n] = '\0';
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        if (dayone_env_set(env, line, tab + 1, strlen(tab + 1), NULL) != DAYONE_OK)
            return -1;
    }
    fclose(f);
    return 0;
}

int main(int argc, char **argv)
{
    dayone_env_file_options o = DAYONE_ENV_FILE_OPTIONS_INIT;
    dayone_env *lookup = NULL;
    if (argc < 3 || dayone_env_dialect_parse(&o.dialect, argv[1]) != DAYONE_OK ||
        dayone_env_new(&lookup) != DAYONE_OK || load_lookup(argv[2], lookup) != 0) {
        fprintf(stderr, "usage: dotenv_dump compose|docker|dotenv LOOKUP.tsv FILE...\n");
        return 2;
    }
    o.lookup = lookup;
    for (int a = 3; a < argc; a++) {
        char *buf = NULL;
        size_t len = 0, cap = 0;
        dayone_error err;
        dy_env_items items = DY_ENV_ITEMS_INIT;
        dayone_error_clear(&err);
        int rc = dy_read_file_limited(argv[a], DAYONE_ENV_FILE_MAX, &buf, &len, &cap, &err);
        if (rc == DAYONE_OK)
            rc = dy_dotenv_parse(buf, len, argv[a], &o, &items, &err);
        printf("{\"file\": ");
        json_str(argv[a], strlen(argv[a]));
        if (rc != DAYONE_OK) {
            char msg[DAYONE_ERROR_MESSAGE_MAX + 64];
            snprintf(msg, sizeof msg, "%u:%u: %s", err.line, err.column, err.message);
            printf(", \"ok\": false, \"error\": ");
            json_str(msg, strlen(msg));
            printf(", \"code\": \"%s\"}\n", dayone_status_name(rc));
        } else {
            printf(", \"ok\": true, \"vars\": [");
            for (size_t i = 0; i < items.n; i++) {
                printf(i ? ", [" : "[");
                json_str(items.v[i].name, items.v[i].name_len);
                if (items.v[i].value) {
                    printf(", \"");
                    for (size_t k = 0; k < items.v[i].value_len; k++)
                        printf("%02x", (unsigned char)items.v[i].value[k]);
                    printf("\", %u]", items.v[i].line);
                } else {
                    printf(", null, %u]", items.v[i].line);
                }
            }
            printf("]}\n");
        }
        dy_env_items_release(&items);
        dy_free(buf);
    }
    dayone_env_free(lookup);
    return 0;
}
