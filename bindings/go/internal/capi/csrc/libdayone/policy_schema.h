/* policy_schema.h - the shape of the policy language as data: every mapping
 * the loader reads, its keys, what each key holds and which are required.
 *
 * The loader checks keys against these tables (dy_schema_check_keys), and
 * `dayone policy schema` renders the same tables as a JSON Schema (2020-12),
 * so the two cannot drift: a key the loader accepts is a key the schema
 * lists. Rules the schema cannot express (a flag a condition names must be
 * defined, a regex must compile, ids must be unique, ...) stay in the
 * loader; docs/policy.md lists them. */
#ifndef DY_POLICY_SCHEMA_H
#define DY_POLICY_SCHEMA_H

#include <stddef.h>
#include <stdint.h>
#include "yaml_doc.h"

/* Where the schema is published (its $id, and the yaml-language-server
 * modeline of the default policy). docs/policy.schema.json is this output. */
#define DY_SCHEMA_ID \
    "https://raw.githubusercontent.com/libdayone/libdayone/main/docs/policy.schema.json"

typedef enum dy_schema_kind {
    DY_SK_TEXT,        /* any scalar, read as text */
    DY_SK_ENV_NAME,    /* [A-Za-z_][A-Za-z0-9_]* */
    DY_SK_FACT_KEY,    /* a variable name or a fact address (a.b[2].c) */
    DY_SK_BOOL,        /* true / false */
    DY_SK_INT,         /* an integer within [min, max] */
    DY_SK_NUMBER,      /* a number within [min, max] */
    DY_SK_DATE,        /* YYYY-MM-DD */
    DY_SK_WORD,        /* one of words[] */
    DY_SK_FORMAT,      /* a value format's name (the format table) */
    DY_SK_TEXTS,       /* a list of scalars */
    DY_SK_ENV_NAMES,   /* a list of variable names */
    DY_SK_OBJECT,      /* a mapping described by object */
    DY_SK_LIST_OF,     /* a list of object */
    DY_SK_MAP_OF,      /* a mapping from any name to object */
    DY_SK_MAP_OF_INT,  /* a mapping from any name to an integer within [min, max] */
    DY_SK_CONDITION,   /* a `when:` condition (recursive) */
    DY_SK_WORDS,       /* a list of distinct words[] */
    DY_SK_MAP_OF_WORD  /* a mapping from any name to one of words[] */
} dy_schema_kind;

typedef struct dy_schema_object dy_schema_object;

typedef struct dy_schema_key {
    const char *name;
    dy_schema_kind kind;
    int required;
    const dy_schema_object *object;   /* OBJECT, LIST_OF, MAP_OF */
    const char *const *words;         /* WORD: NULL-terminated; for OBJECT/MAP_OF
                                         values: words also accepted in place */
    int64_t min, max;                 /* INT, NUMBER, MAP_OF_INT (min > max: none) */
    const char *description;
} dy_schema_key;

struct dy_schema_object {
    const char *id;                   /* the $defs name */
    const char *what;                 /* as errors name it: "flag", "plan" */
    const dy_schema_key *keys;
    size_t nkeys;
    const char *description;
    const char *const *one_of;        /* NULL-terminated: exactly one of these keys */
    const char *const *alone;         /* NULL-terminated: keys that stand alone */
};

/* The objects of the policy language. */
extern const dy_schema_object dy_schema_policy, dy_schema_flag, dy_schema_environment,
    dy_schema_condition, dy_schema_posture_rule, dy_schema_secret, dy_schema_distinct,
    dy_schema_waiver, dy_schema_billing, dy_schema_plan, dy_schema_limit, dy_schema_backend,
    dy_schema_redis, dy_schema_fact_bound, dy_schema_ratio, dy_schema_each,
    dy_schema_support, dy_schema_support_role, dy_schema_ban, dy_schema_override,
    dy_schema_rate,
    dy_schema_postmortem, dy_schema_postmortem_section,
    dy_schema_status, dy_schema_status_component, dy_schema_status_check,
    dy_schema_burn_pair, dy_schema_status_step, dy_schema_sequence, dy_schema_intervals,
    dy_schema_deadline, dy_schema_hours, dy_schema_count_by;

/* Every key of map must be a key of obj; otherwise "unknown key 'k' in
 * <obj->what> (expected one of: a, b, ...)" at the key. Nothing to check
 * when ctx->keys_known (the default policy's pre-parsed tree). */
int dy_schema_check_keys(dy_yctx *ctx, const dy_ynode *map, const dy_schema_object *obj);

/* The JSON Schema (draft 2020-12) of the policy language, NUL-terminated,
 * from dy_malloc (free with dy_free), or NULL when out of memory. */
char *dy_schema_json(void);

#endif
