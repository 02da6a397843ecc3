/*
 * dayone/facts.h - facts documents: the values daily, backup and incident
 * rules will judge besides the environment (docs/facts.md). The check does
 * not read them yet: this is the snapshot it will read.
 *
 * A dayone_facts is built by layering sources in call order:
 *   - dayone_facts_add_file() / dayone_facts_add_string(): a JSON or YAML
 *     document whose top level is a mapping. Nested mappings flatten to
 *     dotted names (backup.db.last_success_at), sequences are addressed by
 *     index (incident.updates[2].status) and counted;
 *   - dayone_facts_set(): one caller-supplied fact (what bindings use).
 * A later source overrides an earlier one per fact: mappings merge member by
 * member, anything else (a scalar, a whole sequence) replaces what was there.
 * Every fact keeps its source: file, line and column, or "api".
 *
 * Keys: a mapping key is 1 to DAYONE_FACTS_KEY_MAX bytes and may not contain
 * '.', '[', ']', spaces or control characters: those could not be addressed,
 * so such a document is refused (DAYONE_EENVFILE at the key).
 *
 * Errors: a malformed document (YAML/JSON syntax, anchors, tags, duplicate
 * keys, a key that cannot be addressed, a top level that is not a mapping)
 * is DAYONE_EENVFILE -- an input to be judged is malformed, as for .env
 * files -- with err->path/line/column; a document or snapshot over a limit
 * below is DAYONE_ELIMIT with the place; an unreadable file DAYONE_EIO. On
 * any error the snapshot is left unchanged. Messages never contain a value.
 *
 * Memory hygiene: values may be secrets. They are copied, and wiped when
 * replaced or freed, as are the parser's copies.
 *
 * Ownership: dayone_facts_new() hands the caller a snapshot, released with
 * dayone_facts_free(). Every add/set copies what it is given.
 *
 * Thread safety: build a snapshot on one thread; once built it is only read
 * and may be shared across threads as long as nobody adds to it.
 */
#ifndef DAYONE_FACTS_H
#define DAYONE_FACTS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dayone_facts dayone_facts;

/** Largest document accepted, in bytes. */
#define DAYONE_FACTS_DOCUMENT_MAX (1024u * 1024u)
/** Most facts (every scalar, mapping and sequence counts as one) in a snapshot. */
#define DAYONE_FACTS_COUNT_MAX 100000u
/** Longest mapping key, in bytes. */
#define DAYONE_FACTS_KEY_MAX 256u
/** Longest address (backup.db.last_success_at), in bytes. */
#define DAYONE_FACTS_ADDRESS_MAX 1024u
/* Nesting is limited to 64 levels and one scalar to 64 KiB, as in policies. */

/** What a caller-supplied fact is (dayone_facts_set). */
typedef enum dayone_fact_kind {
    DAYONE_FACT_STRING = 0, /**< any text without NUL */
    DAYONE_FACT_NUMBER = 1, /**< a decimal number: 42, -0.5, 1e3 */
    DAYONE_FACT_BOOL   = 2, /**< "true" or "false" */
    DAYONE_FACT_NULL   = 3  /**< present but null; value must be NULL */
} dayone_fact_kind;

/** Create an empty snapshot. Free with dayone_facts_free(). */
DAYONE_EXTERN int dayone_facts_new(dayone_facts **out);

/** Release a snapshot, wiping its values. NULL is a no-op. */
DAYONE_EXTERN void dayone_facts_free(dayone_facts *facts);

/** Layer a JSON or YAML file (UTF-8, one document). */
DAYONE_EXTERN int dayone_facts_add_file(dayone_facts *facts, const char *path,
                                        dayone_error *err);

/** Layer a document from memory; `name` is its path in errors and sources
 *  (NULL: "<string>"). */
DAYONE_EXTERN int dayone_facts_add_string(dayone_facts *facts, const char *text, size_t len,
                                          const char *name, dayone_error *err);

/**
 * Set one fact at a dotted address of keys (no [index]: sequences come from
 * documents), creating the mappings above it and replacing whatever was at
 * the address or in the way. The value is `value_len` bytes: for NUMBER a
 * decimal number, for BOOL "true" or "false", for NULL absent (NULL, 0).
 * A bad address or value is DAYONE_EINVAL (the message names the address,
 * never the value).
 */
DAYONE_EXTERN int dayone_facts_set(dayone_facts *facts, const char *address,
                                   dayone_fact_kind kind, const char *value,
                                   size_t value_len, dayone_error *err);

/** Number of facts in the snapshot (0 for NULL): scalars, mappings and
 *  sequences, not counting the top-level mapping. */
DAYONE_EXTERN size_t dayone_facts_count(const dayone_facts *facts);

/**
 * Read an RFC 3339 timestamp with an offset (2026-03-01T04:00:00Z) into Unix
 * nanoseconds, as the check reads timestamp facts (docs/facts.md): what
 * `dayone check --now` and the bindings' now options use. A malformed or
 * out-of-range text is DAYONE_EINVAL with the reason (never the text).
 */
DAYONE_EXTERN int dayone_timestamp_parse(const char *text, int64_t *unix_ns, dayone_error *err);

/** 1 if `address` (a.b[2].c) names a fact (even null), 0 otherwise. */
DAYONE_EXTERN int dayone_facts_has(const dayone_facts *facts, const char *address);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_FACTS_H */
