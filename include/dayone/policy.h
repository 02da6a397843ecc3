/*
 * dayone/policy.h - loading and inspecting a compiled policy.
 *
 * A policy is a YAML document (version: 1) describing launch posture, the
 * required-secrets matrix, value formats, waivers, plans with rate limits,
 * quotas and paid features. See docs/policy.md for every key.
 *
 * Loading is strict: unknown keys, wrong types, duplicate keys, references to
 * undefined flags, regexes that do not compile and documents past the
 * documented limits are all DAYONE_EPOLICY (or DAYONE_ELIMIT) errors whose
 * dayone_error names path:line:column.
 *
 * Ownership: each load function hands the caller a new policy in *out, to be
 * released with dayone_policy_free(). Strings returned by accessors are
 * borrowed and live as long as the policy.
 *
 * Thread safety: a loaded policy is immutable (its regexes are compiled and
 * JIT-compiled once at load time) and may be shared freely across threads:
 * checks, explanations, limiters and the accessors below may all read it at
 * once. The load functions may run concurrently. Internally it is
 * reference-counted so that a limiter can keep using it after the caller
 * frees its own handle; dayone_policy_free() drops only the caller's
 * reference, so call it once no thread of yours still uses that handle.
 */
#ifndef DAYONE_POLICY_H
#define DAYONE_POLICY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dayone_policy dayone_policy;

/** Load a policy from a file. The path is used in error messages (and as the
 *  policy's name); it is not kept. On error *out is NULL. */
DAYONE_EXTERN int dayone_policy_load_file(dayone_policy **out, const char *path,
                                          dayone_error *err);

/**
 * Load a policy from memory. `name` (may be NULL: "<string>") is the name used
 * in error messages in place of a path. `len` is the byte length of `yaml`.
 * Both are copied as needed: the caller keeps ownership of them.
 */
DAYONE_EXTERN int dayone_policy_load_string(dayone_policy **out, const char *yaml,
                                            size_t len, const char *name,
                                            dayone_error *err);

/** Load the default policy compiled into the library (encodes the playbook).
 *  Each call returns a new, independent policy (free it as any other). */
DAYONE_EXTERN int dayone_policy_load_default(dayone_policy **out, dayone_error *err);

/**
 * The JSON Schema (draft 2020-12) of the policy language, generated from the
 * same tables the loader checks keys against, for editors and validators
 * (docs/policy.schema.json is its output). On DAYONE_OK *out is
 * NUL-terminated text owned by the caller (release with dayone_free()). A
 * policy the schema accepts may still fail to load (an undefined flag, a
 * regex that does not compile, duplicate ids: docs/policy.md lists these);
 * one it rejects never loads.
 */
DAYONE_EXTERN int dayone_policy_schema(char **out, dayone_error *err);

/** The YAML text of the embedded default policy (static, NUL-terminated). */
DAYONE_EXTERN const char *dayone_policy_default_source(void);

/** Release the caller's reference to a policy (a limiter keeps its own). NULL
 *  is a no-op. Must not race with other uses of the same handle. */
DAYONE_EXTERN void dayone_policy_free(dayone_policy *policy);

/** The name the policy was loaded under (path, "<default>" or the given name).
 *  Borrowed from the policy; NULL for a NULL policy. */
DAYONE_EXTERN const char *dayone_policy_name(const dayone_policy *policy);

/** Number of plans, in the policy's order (cheapest first). */
DAYONE_EXTERN size_t dayone_policy_plan_count(const dayone_policy *policy);

/** Name of plan `i` (0-based), or NULL when out of range. Borrowed. */
DAYONE_EXTERN const char *dayone_policy_plan_name(const dayone_policy *policy, size_t i);

#ifdef __cplusplus
}
#endif
#endif /* DAYONE_POLICY_H */
