/*
 * dayone_shim.h - the plain-C helpers the language bindings wrap.
 *
 * The Python (bindings/python/dayone.i) and Go (bindings/go/internal/capi/
 * capi.i) SWIG interfaces wrap this header next to the public API. Each
 * helper only translates: it turns arguments a binding can pass easily
 * (scalars, strings as pointer + length, packed int64 words) into the
 * public API's option structs and calls it. No policy, limit or check
 * logic lives here, and no environment value is ever copied into a
 * message.
 *
 * Conventions:
 *   - strings arrive as (pointer, length) and may hold any byte; where the
 *     library needs a C string the helper copies it NUL-terminated and
 *     refuses an embedded NUL with DAYONE_EINVAL naming the argument;
 *   - owned results come back through the first parameter (`out`), as in
 *     the public API; on failure *out stays NULL;
 *   - every status-returning helper fills the caller's `err` (may be NULL),
 *     and err->code is always the returned status on failure;
 *   - DAYONE_SHIM_UNSET for an integer option means "as configured".
 *
 * Thread safety: as the public function each helper calls. No state.
 */
#ifndef DAYONE_SHIM_H
#define DAYONE_SHIM_H

#include <stddef.h>
#include <stdint.h>

#include "dayone.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An integer option left as the policy or the library default sets it
 * (INT64_MIN: no real option value can be it). */
#define DAYONE_SHIM_UNSET (-0x7fffffffffffffffLL - 1)

/* ------------------------------------------------------------- policy */

/** dayone_policy_load_file with the path as (pointer, length). */
int dayone_shim_policy_load_file(dayone_policy **out, const char *path, size_t path_len,
                                 dayone_error *err);

/** dayone_policy_load_string; name_len 0 means no name (the default one). */
int dayone_shim_policy_load_string(dayone_policy **out, const char *yaml, size_t yaml_len,
                                   const char *name, size_t name_len, dayone_error *err);

/* ---------------------------------------------------------------- env */

/** The dayone_env_dialect called `name` ("compose", "docker", "dotenv"); -1 when unknown. */
int dayone_shim_env_dialect(const char *name, size_t name_len);

/** Layer a .env file read in `dialect` (a dayone_env_dialect; -1 is refused). */
int dayone_shim_env_add_file(dayone_env *env, const char *path, size_t path_len, int dialect,
                             dayone_error *err);

/** dayone_env_add_string; name_len 0 means no name. */
int dayone_shim_env_add_string(dayone_env *env, const char *text, size_t text_len,
                               const char *name, size_t name_len, dayone_error *err);

/** dayone_env_has; 0 also for a name holding a NUL byte. */
int dayone_shim_env_has(const dayone_env *env, const char *name, size_t name_len);

/* -------------------------------------------------------------- check */

/** A report format by name ("text", "json", "sarif", "junit"); -1 when unknown. */
int dayone_shim_format(const char *name, size_t name_len);

/**
 * dayone_check with the options as arguments (`example` and `facts` may be
 * NULL; today 0 and now_ns 0: the clock). `profiles` holds the profile
 * names, each followed by a NUL ("daily\0incident\0"); profiles_len 0
 * means none (startup). An empty name, or a list not ending in NUL, is
 * DAYONE_EINVAL; a name the policy does not declare is the check's
 * DAYONE_EINVAL.
 */
int dayone_shim_check(dayone_report **out, const dayone_policy *policy, const dayone_env *env,
                      unsigned int flags, const dayone_env *example, int64_t today,
                      const dayone_facts *facts, int64_t now_ns, const char *profiles,
                      size_t profiles_len, dayone_error *err);

/**
 * dayone_check_process with the options as for dayone_shim_check: the
 * check of the process environment, copying only the variables the policy
 * can read. Reads environ: the caller keeps other threads from changing
 * the environment meanwhile.
 */
int dayone_shim_check_process(dayone_report **out, const dayone_policy *policy,
                              unsigned int flags, const dayone_env *example, int64_t today,
                              const dayone_facts *facts, int64_t now_ns, const char *profiles,
                              size_t profiles_len, dayone_error *err);

/**
 * dayone_check_vars with the options as for dayone_shim_check: the check of
 * a binding's map in one call, copying only the variables the policy can
 * read. The entries' strings are only read during the call (Python lends
 * its strings in place; Go packs them into C memory).
 */
int dayone_shim_check_var_list(dayone_report **out, const dayone_policy *policy,
                               const dayone_var *vars, size_t nvars, unsigned int flags,
                               const dayone_env *example, int64_t today,
                               const dayone_facts *facts, int64_t now_ns, const char *profiles,
                               size_t profiles_len, dayone_error *err);

/** dayone_explain with the options as arguments (as dayone_shim_check). */
int dayone_shim_explain(char **out, const dayone_policy *policy, const dayone_env *env,
                        const char *key, size_t key_len, unsigned int flags,
                        const dayone_env *example, int64_t today, const dayone_facts *facts,
                        int64_t now_ns, const char *profiles, size_t profiles_len,
                        dayone_error *err);

/* -------------------------------------------------------------- facts */

/** dayone_facts_add_file with the path as (pointer, length). */
int dayone_shim_facts_add_file(dayone_facts *facts, const char *path, size_t path_len,
                               dayone_error *err);

/** dayone_facts_add_string; name_len 0 means no name ("<string>"). */
int dayone_shim_facts_add_string(dayone_facts *facts, const char *text, size_t text_len,
                                 const char *name, size_t name_len, dayone_error *err);

/* --------------------------------------------------------- postmortem */

/** dayone_postmortem_lint; path_len 0 means no path ("<report>"). */
int dayone_shim_postmortem_lint(dayone_report **out, const dayone_policy *policy,
                                const char *text, size_t text_len, const char *path,
                                size_t path_len, dayone_error *err);

/** dayone_postmortem_lint_file with the path as (pointer, length). */
int dayone_shim_postmortem_lint_file(dayone_report **out, const dayone_policy *policy,
                                     const char *path, size_t path_len, dayone_error *err);

/* ------------------------------------------------------------- access */

/**
 * dayone_access_decide with the request's fields as arguments; a string of
 * length 0 is "not given" (NULL). *out is the audit event line (owned,
 * dayone_free): the decision's allowed, code, duration and why are its
 * `decision`, `code`, `duration` and `why` keys, so a binding reads the
 * decision from the event it must log anyway.
 */
int dayone_shim_access_decide(char **out, const dayone_policy *policy, const char *actor,
                              size_t actor_len, const char *role, size_t role_len,
                              const char *tenant, size_t tenant_len, const char *action,
                              size_t action_len, const char *reason, size_t reason_len,
                              const char *ticket, size_t ticket_len, int64_t duration_s,
                              int64_t now_unix_s, dayone_error *err);

/* ------------------------------------------------------------- status */

/**
 * dayone_status_evaluate_with at now_ns (Unix nanoseconds; 0 = the clock),
 * rendered as its JSON document (docs/status.md): *out is owned by the
 * caller (dayone_free). The bindings read components, reasons and findings
 * from it, so the three languages see one result.
 */
int dayone_shim_status(char **out, const dayone_policy *policy, const dayone_facts *facts,
                       int64_t now_ns, dayone_error *err);

/* ------------------------------------------------------------ periods */

/** A dayone_period by name ("month", "day", "anchored"); -1 when unknown. */
int dayone_shim_period(const char *name, size_t name_len);

/* ------------------------------------------------------------ limiter */

/** An enforcement by name ("strict", "soft", "off"); -1 when unknown. */
int dayone_shim_enforcement(const char *name, size_t name_len);

/** dayone_limiter_new with the options as arguments (capacity 0: the default). */
int dayone_shim_limiter_new(dayone_limiter **out, const dayone_policy *policy, int64_t capacity,
                            int enforcement, const dayone_env *env, dayone_error *err);

/**
 * dayone_limiter_attach_redis with the options as arguments. When `policy`
 * is not NULL and url_len is 0 the options start from the policy's
 * backend.redis section (DAYONE_ENOTFOUND when it has none); otherwise
 * from the defaults. An empty string or DAYONE_SHIM_UNSET leaves an option
 * as it is; an integer out of the option's range is DAYONE_EINVAL.
 * `busy_poll_us` is dayone_redis_options.busy_poll_us (0..1000).
 * `password_env` is the NAME of the variable holding the password.
 */
int dayone_shim_attach_redis(dayone_limiter *limiter, const dayone_policy *policy,
                             const char *url, size_t url_len,
                             const char *password_env, size_t password_env_len,
                             const char *key_prefix, size_t key_prefix_len, int64_t db,
                             int64_t connect_timeout_ms, int64_t command_timeout_ms,
                             int64_t near_cache, int64_t pool_size, int64_t busy_poll_us,
                             int clock_from_request,
                             dayone_error *err);

/* ---------------------------------------------- overrides, limit_reset */
/* dayone/overrides.h and dayone/limit_reset.h for bindings: strings with
 * their lengths (a NULL or empty reason, ticket, ...: not given); the
 * listings come back as JSON the caller frees with dayone_free():
 *   overrides:  [{"tenant","limit","rate","rate_period_ns","burst","reason",
 *                 "expires_unix_s","source":"api"|"policy","in_force":bool}]
 *   effective:  {"kind":"rate"|"unlimited"|"none","rate","rate_period_ns",
 *                "burst","plan_rate","plan_rate_period_ns","plan_burst",
 *                "source":"plan"|"policy"|"api","reason","expires_unix_s",
 *                "rates":[{"rate","rate_period_ns","burst"}], "plan_rates":[...]}
 *                (every rate that applies and every rate the plan gives) 
 *   limit_reset: the audit event (dayone/limit_reset.h); `what` 0..3; the
 *                period anchor and wall time as dayone_limit_reset's. */
int dayone_shim_override_set(dayone_limiter *limiter, const char *tenant, size_t tenant_len,
                             const char *limit, size_t limit_len, int64_t rate,
                             int64_t rate_period_ns, int64_t burst, const char *reason,
                             size_t reason_len, int64_t expires_unix_s, dayone_error *err);
int dayone_shim_override_clear(dayone_limiter *limiter, const char *tenant, size_t tenant_len,
                               const char *limit, size_t limit_len, dayone_error *err);
int dayone_shim_overrides(char **out, dayone_limiter *limiter, dayone_error *err);
int dayone_shim_effective_limit(char **out, dayone_limiter *limiter, const char *tenant,
                                size_t tenant_len, const char *plan, size_t plan_len,
                                const char *limit, size_t limit_len, dayone_error *err);
int dayone_shim_limit_reset(char **out, dayone_limiter *limiter, const char *actor,
                            size_t actor_len, const char *role, size_t role_len,
                            const char *tenant, size_t tenant_len, const char *action,
                            size_t action_len, const char *reason, size_t reason_len,
                            const char *ticket, size_t ticket_len, int64_t now_unix_s,
                            const char *plan, size_t plan_len, const char *limit,
                            size_t limit_len, int64_t credit, int64_t what, int64_t now_ns,
                            int64_t period_anchor_unix_s, int64_t wall_ns, dayone_error *err);

/* ---------------------------------------------------- decision fields */

/** How a binding reads one field of a decision record, and how a language
 * with a "no value" (None, nil) presents it. */
typedef enum dayone_shim_type {
    DAYONE_SHIM_BOOL,          /**< int in the decision, a boolean to the language */
    DAYONE_SHIM_OUTCOME,       /**< dayone_outcome (int32), named by dayone_outcome_name() */
    DAYONE_SHIM_INT,           /**< int (int32) */
    DAYONE_SHIM_INT64,         /**< int64_t */
    DAYONE_SHIM_TEXT,          /**< char[N], NUL-terminated */
    DAYONE_SHIM_LIMIT_NAME,    /**< not in dayone_decision: the request's limit name */
    DAYONE_SHIM_INT64_OR_NONE, /**< int64_t; a negative value means "none" */
    DAYONE_SHIM_TEXT_OR_NONE,  /**< char[N], NUL-terminated; "" means "none" */
    DAYONE_SHIM_RATES          /**< dayone_rate_state[DAYONE_LIMIT_RATES_MAX], the first
                                    `nrates` of them (an int just before `tightest`):
                                    a list of records, empty for a limit of one rate */
} dayone_shim_type;

/** One field of a binding's decision record, in the record's order. */
typedef struct dayone_shim_field {
    const char *name;       /**< the field's name in every binding */
    dayone_shim_type kind;
    size_t offset;          /**< byte offset in dayone_decision (0 for LIMIT_NAME) */
    size_t size;            /**< bytes in dayone_decision (0 for LIMIT_NAME) */
} dayone_shim_field;

/** Fields of a decision record, the one place their order is written. */
#define DAYONE_SHIM_DECISION_FIELDS 20

/** The fields of one item of `rates`, in dayone_rate_state's order (int64 each). */
#define DAYONE_SHIM_RATE_FIELDS 6
/** The i-th field name of a `rates` item (i < DAYONE_SHIM_RATE_FIELDS), else NULL. */
const char *dayone_shim_rate_field(size_t i);

/** The i-th field of a decision record (i < DAYONE_SHIM_DECISION_FIELDS), else NULL. */
const dayone_shim_field *dayone_shim_decision_field(size_t i);

/* ------------------------------------------- decisions as packed words */
/*
 * The Go binding exchanges decisions as int64 words: a dayone_decision
 * occupies DAYONE_SHIM_D_WORDS words, exactly as the library writes it.
 * Every `out` buffer starts with a header word: 0, or after a failure a
 * heap dayone_error * the caller frees (free()).
 */
#define DAYONE_SHIM_D_WORDS 62
#define DAYONE_SHIM_TEXT_BYTES 64

/** dayone_shim_decide's buffer: the header, then one decision. */
#define DAYONE_SHIM_DECIDE_WORDS 63
/** Words of dayone_shim_decide_many's `out` for n requests. */
#define DAYONE_SHIM_MANY_WORDS(n) (1 + (n) * DAYONE_SHIM_D_WORDS + ((n) + 1) / 2)

/* Request words for dayone_shim_decide_many, in dayone_request's order. A
 * string is an offset into `strs` (which ends with a NUL); FEATURE -1: none. */
#define DAYONE_SHIM_REQ_KEY 0
#define DAYONE_SHIM_REQ_PLAN 1
#define DAYONE_SHIM_REQ_LIMIT 2
#define DAYONE_SHIM_REQ_COST 3
#define DAYONE_SHIM_REQ_FEATURE 4
#define DAYONE_SHIM_REQ_USAGE 5
#define DAYONE_SHIM_REQ_NOW 6
#define DAYONE_SHIM_REQ_ANCHOR 7
#define DAYONE_SHIM_REQ_WALL 8
#define DAYONE_SHIM_REQ_WORDS 9

/* dayone_shim_headers: three value slots of this many bytes; the writers'
 * status codes land in the words after the decision. */
#define DAYONE_SHIM_HEADER_BYTES 1024
#define DAYONE_SHIM_HEADER_CODES 62 /* == DAYONE_SHIM_D_WORDS */
#define DAYONE_SHIM_HEADER_WORDS 65 /* == DAYONE_SHIM_D_WORDS + 3 */

/** Memory for dayone_shim_decide (zeroed; NULL when out of memory). */
void *dayone_shim_mem_new(size_t bytes);
/** Release dayone_shim_mem_new memory. NULL is a no-op. */
void dayone_shim_mem_free(void *mem);

/**
 * One decision. The strings are (pointer, length), not terminated, and
 * only read during the call (the helper terminates a copy; a NUL byte in
 * one is DAYONE_EINVAL; feature_len 0: no feature). `mem` holds
 * DAYONE_SHIM_DECIDE_WORDS int64 words, the header and then the decision.
 */
int dayone_shim_decide(dayone_limiter *limiter, const char *key, size_t key_len,
                       const char *plan, size_t plan_len, const char *limit, size_t limit_len,
                       const char *feature, size_t feature_len, int64_t cost, int64_t usage,
                       int64_t now_ns, int64_t period_anchor_unix_s, int64_t wall_ns, void *mem);

/**
 * dayone_limiter_resolve() for names given as (pointer, length)
 * (feature_len 0: none): the handle, or NULL when they do not resolve, hold
 * a NUL byte, or memory ran out - the caller then decides by name, which
 * says why. Free with dayone_limit_handle_free() before the limiter.
 */
dayone_limit_handle *dayone_shim_resolve(dayone_limiter *limiter, const char *plan,
                                         size_t plan_len, const char *limit, size_t limit_len,
                                         const char *feature, size_t feature_len);

/**
 * dayone_shim_decide() on a handle from dayone_shim_resolve(): the key is
 * passed on as (pointer, length), uncopied; `mem` as for dayone_shim_decide,
 * given as an integer: it is C memory, which cgo then need not check.
 */
int dayone_shim_decide_handle(dayone_limiter *limiter, const dayone_limit_handle *handle,
                              const char *key, size_t key_len, int64_t cost, int64_t usage,
                              int64_t now_ns, uintptr_t mem);

/**
 * A batch: DAYONE_SHIM_REQ_WORDS words per request in `nums`; `out` has
 * DAYONE_SHIM_MANY_WORDS(n) words: the header, n decisions, n int32
 * statuses. Returns DAYONE_OK or the first failure (described by out[0]).
 */
int dayone_shim_decide_many(dayone_limiter *limiter, const char *strs, size_t strs_len,
                            const long long *nums, size_t nums_len, long long *out,
                            size_t out_len);

/**
 * The Retry-After, RateLimit and RateLimit-Policy values of the decision in
 * rec[0..DAYONE_SHIM_D_WORDS) for the limit `name`: each written into one
 * DAYONE_SHIM_HEADER_BYTES slot of buf, each writer's status into
 * rec[DAYONE_SHIM_HEADER_CODES + i] (DAYONE_ENOTFOUND: no such value).
 */
int dayone_shim_headers(long long *rec, size_t rec_len, const char *name, size_t name_len,
                        char *buf, size_t buf_len);

#ifdef __cplusplus
}
#endif

#endif
