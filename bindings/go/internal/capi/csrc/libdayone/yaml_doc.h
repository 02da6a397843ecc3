/* yaml_doc.h - a small, strict YAML document tree for the policy loader.
 *
 * Built from libyaml's event API so that limits are enforced while parsing,
 * before anything large is built: anchors and aliases are rejected (alias
 * bombs), nesting is capped, scalars are capped, explicit tags are rejected,
 * duplicate mapping keys are errors and only one document is allowed.
 * Every node keeps its 1-based line and column for error messages.
 *
 * The typed getters (dy_y_string, dy_y_bool, ...) report a DAYONE_EPOLICY
 * error naming the node's place when the node has the wrong type. */
#ifndef DY_YAML_DOC_H
#define DY_YAML_DOC_H

#include <stddef.h>
#include <stdint.h>
#include "dayone/common.h"
#include "error.h"
#include "mark.h"

/* Documented loader limits (docs/policy.md "Limits"). */
#define DY_POLICY_MAX_BYTES   (1024u * 1024u)  /* document size */
#define DY_POLICY_MAX_DEPTH   64u              /* nesting of mappings/sequences */
#define DY_POLICY_MAX_SCALAR  (64u * 1024u)    /* one string scalar */
#define DY_POLICY_MAX_RULES   10000u           /* posture + secrets rules, and each of
                                                  flags, distinct, waivers, features, plans */

typedef enum dy_ynode_kind {
    DY_Y_SCALAR,
    DY_Y_MAP,
    DY_Y_SEQ
} dy_ynode_kind;

typedef struct dy_ynode dy_ynode;
struct dy_ynode {
    dy_ynode_kind kind;
    dy_mark mark;
    /* SCALAR */
    char *str;          /* NUL-terminated */
    size_t len;
    int plain;          /* unquoted, non-block scalar (may be a bool/int/null) */
    /* MAP: keys[i] -> vals[i]; SEQ: vals[i] */
    dy_ynode **keys;
    dy_ynode **vals;
    size_t n, cap;
    /* MAP: a bit per key, dy_y_key_bit(key), so that dy_y_get() settles
     * most absent keys without looking at any; 0 = not kept (look). */
    uint64_t keymask;
};


/* Where errors go: the name used in messages and the caller's error.
 * keys_known: the tree is the default policy's pre-parsed one, whose keys
 * the test suite checks against the schema by loading its YAML (so the
 * loader may skip dy_schema_check_keys); 0 for every other document. */
typedef struct dy_yctx {
    const char *name;
    dayone_error *err;
    int keys_known;
} dy_yctx;

/* Parse `len` bytes as one YAML document. On success *root is the tree (NULL
 * for an empty document) to release with dy_ynode_free(). */
int dy_ydoc_parse(dy_yctx *ctx, const char *buf, size_t len, dy_ynode **root);
void dy_ynode_free(dy_ynode *n);

/* EPOLICY error at a node (or at 0:0 when node is NULL). */
int dy_y_error(dy_yctx *ctx, const dy_ynode *node, const char *fmt, ...) DY_PRINTF(3, 4);

/* A section longer than DY_POLICY_MAX_RULES: DAYONE_ELIMIT at the node,
 * naming what it holds ("flags", "plans"). */
int dy_y_too_many(dy_yctx *ctx, const dy_ynode *n, const char *what);

/* Kind name for messages: "a mapping", "a sequence", "a string", "null". */
const char *dy_y_describe(const dy_ynode *n);
int dy_y_is_null(const dy_ynode *n);

/* Require a node of a kind; `what` names it in the message ("secret"). */
int dy_y_expect_map(dy_yctx *ctx, const dy_ynode *n, const char *what);
int dy_y_expect_seq(dy_yctx *ctx, const dy_ynode *n, const char *what);

/* A comma-separated list of names for an error message ("a, b, c"): start
 * from DY_Y_NAMES_INIT, add names; silently truncated when it outgrows the
 * buffer (the message is capped anyway). */
typedef struct dy_y_names {
    char text[320];
    size_t used;
} dy_y_names;
#define DY_Y_NAMES_INIT { "", 0 }
void dy_y_names_add(dy_y_names *l, const char *name);

/* Every key of map must be in allowed[] (NULL-terminated); otherwise
 * "unknown key 'k' in <what> (expected one of: a, b, ...)". */
int dy_y_check_keys(dy_yctx *ctx, const dy_ynode *map, const char *what,
                    const char *const *allowed);

/* The bit a key sets in its mapping's keymask (from its first 3 bytes).
 * Inline so that the bit of a literal key is folded at compile time. */
static inline uint64_t dy_y_key_bit(const char *key)
{
    const unsigned char *k = (const unsigned char *)key;
    uint32_t c0 = k[0], c1 = c0 ? k[1] : 0, c2 = c1 ? k[2] : 0;
    return (uint64_t)1 << (((c0 | c1 << 8 | c2 << 16) * 0x9E3779B1u) >> 26);
}

/* dy_y_get() past the keymask: look at every key of map. */
const dy_ynode *dy_y_find(const dy_ynode *map, const char *key);

/* Value of `key` in map, or NULL when absent. Loaders ask every mapping for
 * each key they know, most of them absent: the keymask settles most misses
 * here, without a call. */
static inline const dy_ynode *dy_y_get(const dy_ynode *map, const char *key)
{
    if (!map || map->kind != DY_Y_MAP || (map->keymask && !(map->keymask & dy_y_key_bit(key))))
        return NULL;
    return dy_y_find(map, key);
}
/* Same, but a missing key is "missing required key 'key' in <what>". */
int dy_y_require(dy_yctx *ctx, const dy_ynode *map, const char *key, const char *what,
                 const dy_ynode **out);

/* Typed scalars. `what` names the field, e.g. "min_length". */
int dy_y_string(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out);
/* dy_y_string without the copy: *out is the node's own text, valid as long
 * as the tree (for a name the loader only looks up or compares). */
int dy_y_text(dy_yctx *ctx, const dy_ynode *n, const char *what, const char **out);
int dy_y_bool(dy_yctx *ctx, const dy_ynode *n, const char *what, int *out);
int dy_y_int(dy_yctx *ctx, const dy_ynode *n, const char *what, int64_t min, int64_t max,
             int64_t *out);
int dy_y_number(dy_yctx *ctx, const dy_ynode *n, const char *what, double min, double max,
                double *out);
/* A sequence of strings (may be empty when allow_empty). */
int dy_y_string_list(dy_yctx *ctx, const dy_ynode *n, const char *what, int allow_empty,
                     char ***out, size_t *count);
/* An environment variable name: [A-Za-z_][A-Za-z0-9_]*. */
int dy_y_env_name(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out);

#endif
