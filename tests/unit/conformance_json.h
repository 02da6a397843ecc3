/* conformance_json.h - what the C conformance runners share
 * (test_conformance_check.c, test_conformance_decide.c): each vector file is
 * read as a libyaml document (JSON is YAML flow syntax), members are looked
 * up by name, failures are collected as text, and every *.json file of a
 * directory is run in name order with one `ok   NAME` / `FAIL NAME: ...`
 * line each. The Python and Go suites run the same files. */
#ifndef DAYONE_TESTS_CONFORMANCE_JSON_H
#define DAYONE_TESTS_CONFORMANCE_JSON_H

#include <stddef.h>
#include <yaml.h>

typedef struct cj_vec {
    const char *name;       /* file name without ".json" */
    yaml_document_t doc;    /* loaded by cj_run_dir, deleted after run() */
    char files_dir[64];     /* check vectors: temporary directory of "files" */
    char fail[4096];        /* what went wrong, "" while the vector passes */
} cj_vec;

/* Append to v->fail (silently stops once the buffer is nearly full). */
void cj_failf(cj_vec *v, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

yaml_node_t *cj_node(cj_vec *v, int id);
/* Member `key` of mapping m, or NULL (also when m is not a mapping). */
yaml_node_t *cj_get(cj_vec *v, yaml_node_t *m, const char *key);
/* 1 for a missing node or a plain null (`null`, `~`). */
int cj_is_null(const yaml_node_t *n);
/* A scalar's text, or NULL for a non-scalar or null. */
const char *cj_str(const yaml_node_t *n);

/* A snapshot of mapping m's string pairs (none for a NULL m), set with
 * dayone_env_set; "{files}" in a value becomes v->files_dir. A bad member
 * is recorded with cj_failf, naming `what`. */
struct dayone_env;
struct dayone_env *cj_env(cj_vec *v, yaml_node_t *m, const char *what);

/* The "facts" object m written back out as JSON and loaded as one document
 * named facts.json (NULL for a missing or null m). A document that does not
 * load is recorded with cj_failf. */
struct dayone_facts;
struct dayone_facts *cj_facts(cj_vec *v, yaml_node_t *m);

/* Run run(v) on every *.json file of getenv(env_var), or of the source
 * tree's default_dir (relative to the repository) when unset. Prints one
 * line per vector and a summary naming `what`; *count gets the number of
 * vectors. Returns the number that failed (a file that does not parse is a
 * failure). */
size_t cj_run_dir(const char *env_var, const char *default_dir, const char *what,
                  void (*run)(cj_vec *v), size_t *count);

#endif
