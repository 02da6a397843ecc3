/* conformance_json.c - see conformance_json.h. */
#include "conformance_json.h"
#include "testutil.h"
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CJ_MAX_VECTORS 1024

void cj_failf(cj_vec *v, const char *fmt, ...)
{
    size_t n = strlen(v->fail);
    if (n > sizeof v->fail - 64)
        return; /* enough said */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v->fail + n, sizeof v->fail - n, fmt, ap);
    va_end(ap);
}

yaml_node_t *cj_node(cj_vec *v, int id) { return yaml_document_get_node(&v->doc, id); }

yaml_node_t *cj_get(cj_vec *v, yaml_node_t *m, const char *key)
{
    if (!m || m->type != YAML_MAPPING_NODE)
        return NULL;
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        yaml_node_t *k = cj_node(v, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp((char *)k->data.scalar.value, key) == 0)
            return cj_node(v, p->value);
    }
    return NULL;
}

int cj_is_null(const yaml_node_t *n)
{
    return !n || (n->type == YAML_SCALAR_NODE && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                  (strcmp((char *)n->data.scalar.value, "null") == 0 ||
                   strcmp((char *)n->data.scalar.value, "~") == 0));
}

const char *cj_str(const yaml_node_t *n)
{
    return (n && n->type == YAML_SCALAR_NODE && !cj_is_null(n)) ? (char *)n->data.scalar.value
                                                                 : NULL;
}

/* Load path into v->doc; 0, or -1 with v->fail saying why (doc not kept). */
static int load(cj_vec *v, const char *path)
{
    size_t len = 0;
    char *text = tu_read_file(path, &len);
    if (!text) {
        cj_failf(v, "cannot read %s; ", path);
        return -1;
    }
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int rc = 0;
    if (!yaml_parser_load(&parser, &v->doc)) {
        cj_failf(v, "not valid JSON: %s (line %zu); ", parser.problem ? parser.problem : "?",
                 parser.problem_mark.line + 1);
        rc = -1;
    } else if (!yaml_document_get_root_node(&v->doc)) {
        cj_failf(v, "empty file; ");
        yaml_document_delete(&v->doc);
        rc = -1;
    }
    yaml_parser_delete(&parser);
    free(text);
    return rc;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t cj_run_dir(const char *env_var, const char *default_dir, const char *what,
                  void (*run)(cj_vec *v), size_t *count)
{
    const char *dir = getenv(env_var);
    char dirbuf[1024];
    if (!dir) {
        snprintf(dirbuf, sizeof dirbuf, "%s", tu_src(default_dir));
        dir = dirbuf;
    }
    DIR *d = opendir(dir);
    assert_non_null(d);
    char *names[CJ_MAX_VECTORS];
    size_t n = 0, failed = 0;
    struct dirent *de;
    while ((de = readdir(d)) && n < CJ_MAX_VECTORS) {
        size_t l = strlen(de->d_name);
        if (l > 5 && strcmp(de->d_name + l - 5, ".json") == 0)
            assert_non_null(names[n++] = strdup(de->d_name));
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);

    for (size_t i = 0; i < n; i++) {
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        cj_vec *v = calloc(1, sizeof *v);
        assert_non_null(v);
        names[i][strlen(names[i]) - 5] = '\0';
        v->name = names[i];
        if (load(v, path) == 0) {
            run(v);
            yaml_document_delete(&v->doc);
        }
        if (v->fail[0]) {
            printf("FAIL %s: %s\n", v->name, v->fail);
            failed++;
        } else {
            printf("ok   %s\n", v->name);
        }
        free(v);
        free(names[i]);
    }
    printf("%zu %s vectors, %zu failed\n", n, what, failed);
    fflush(stdout);
    *count = n;
    return failed;
}

/* "{files}" in a value is replaced by the vector's temporary directory. */
static char *expand(cj_vec *v, const char *s)
{
    const char *at = strstr(s, "{files}");
    size_t n = strlen(s) + sizeof v->files_dir;
    char *out = malloc(n);
    assert_non_null(out);
    if (!at)
        snprintf(out, n, "%s", s);
    else
        snprintf(out, n, "%.*s%s%s", (int)(at - s), s, v->files_dir, at + 7);
    return out;
}

dayone_env *cj_env(cj_vec *v, yaml_node_t *m, const char *what)
{
    dayone_env *env = NULL;
    assert_int_equal(dayone_env_new(&env), DAYONE_OK);
    if (!m)
        return env;
    if (m->type != YAML_MAPPING_NODE) {
        cj_failf(v, "%s is not an object; ", what);
        return env;
    }
    for (yaml_node_pair_t *p = m->data.mapping.pairs.start; p < m->data.mapping.pairs.top; p++) {
        const char *k = cj_str(cj_node(v, p->key)), *val = cj_str(cj_node(v, p->value));
        if (!k || !val) {
            cj_failf(v, "%s: every value must be a string; ", what);
            continue;
        }
        char *x = expand(v, val);
        dayone_error err = {0};
        if (dayone_env_set(env, k, x, strlen(x), &err) != DAYONE_OK)
            cj_failf(v, "%s: cannot set %s: %s; ", what, k, err.message);
        free(x);
    }
    return env;
}

/* ---- facts: a vector's "facts" object, written back out as JSON ---- */

static void put_json(cj_vec *v, yaml_node_t *n, char **buf, size_t *len, size_t *cap);

static void put(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    if (*len + n + 1 > *cap) {
        *cap = (*len + n + 1) * 2;
        *buf = realloc(*buf, *cap);
        assert_non_null(*buf);
    }
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[*len] = '\0';
}

static void put_json(cj_vec *v, yaml_node_t *n, char **buf, size_t *len, size_t *cap)
{
    if (n->type == YAML_SCALAR_NODE) {
        const char *s = (const char *)n->data.scalar.value;
        size_t sl = n->data.scalar.length;
        if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE) {   /* number, bool, null */
            put(buf, len, cap, s, sl);
            return;
        }
        put(buf, len, cap, "\"", 1);
        for (size_t i = 0; i < sl; i++) {
            char esc[8];
            unsigned char c = (unsigned char)s[i];
            if (c == '"' || c == '\\' || c < 0x20) {
                snprintf(esc, sizeof esc, "\\u%04x", c);
                put(buf, len, cap, esc, strlen(esc));
            } else {
                put(buf, len, cap, (const char *)&s[i], 1);
            }
        }
        put(buf, len, cap, "\"", 1);
    } else if (n->type == YAML_SEQUENCE_NODE) {
        put(buf, len, cap, "[", 1);
        for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
            if (it != n->data.sequence.items.start)
                put(buf, len, cap, ", ", 2);
            put_json(v, cj_node(v, *it), buf, len, cap);
        }
        put(buf, len, cap, "]", 1);
    } else {
        put(buf, len, cap, "{", 1);
        for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
            if (p != n->data.mapping.pairs.start)
                put(buf, len, cap, ",\n", 2);
            put_json(v, cj_node(v, p->key), buf, len, cap);
            put(buf, len, cap, ": ", 2);
            put_json(v, cj_node(v, p->value), buf, len, cap);
        }
        put(buf, len, cap, "}", 1);
    }
}

/* The "facts" object as one document named facts.json (NULL: none). */
dayone_facts *cj_facts(cj_vec *v, yaml_node_t *m)
{
    char *buf = NULL;
    size_t len = 0, cap = 0;
    dayone_facts *facts = NULL;
    dayone_error err = {0};
    if (!m || cj_is_null(m))
        return NULL;
    put_json(v, m, &buf, &len, &cap);
    assert_int_equal(dayone_facts_new(&facts), DAYONE_OK);
    if (dayone_facts_add_string(facts, buf, len, "facts.json", &err) != DAYONE_OK)
        cj_failf(v, "facts do not load: %u:%u: %s; ", err.line, err.column, err.message);
    free(buf);
    return facts;
}

