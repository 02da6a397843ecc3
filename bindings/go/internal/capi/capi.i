/*
 * capi.i - the raw SWIG layer of the Go binding (package capi, internal).
 *
 * Generated with `go generate ./...` from bindings/go (see generate.go):
 *     swig -go -cgo -intgosize 64 -I../../../../include -I../../../shim capi.i
 * The output (capi.go, capi_wrap.c) is committed so that `go build` needs no
 * SWIG; TestGeneratedIsFresh fails when it differs from what SWIG makes of
 * this file.
 *
 * Deliberately thin. It wraps the public C API (include/dayone/*.h) and
 * the bindings' C helpers (bindings/shim/dayone_shim.h: options as
 * arguments, strings as (pointer, length), decisions as packed int64
 * words, all tested in C). The only Go-specific code here is a handful of
 * dy_go_* wrappers that return an owned handle instead of filling an out
 * parameter (NULL on failure, details in the caller's dayone_error).
 * The error object is always the caller's, never thread-local state. No
 * environment value is ever copied into a message here.
 */
%module capi

/* cgo's flags depend on build tags, so they live in cgo_*.go, not here. */

%{
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dayone.h"
#include "dayone_shim.h"
%}

%include <stdint.i>

/* Strings returned by C: copied into Go memory, then the C copy SWIG made
 * is freed. Replaces SWIG's swigCopyString, whose uintptr to
 * unsafe.Pointer conversion `go vet` rejects. */
%go_import("strings")
%fragment("DyCopyString", "go_runtime") %{
func dyCopyString(s string) string {
	r := strings.Clone(s)
	if p := unsafe.StringData(s); p != nil {
		Swig_free(uintptr(unsafe.Pointer(p)))
	}
	return r
}
%}
%typemap(goout, fragment="DyCopyString") char *, char[ANY], char[]
%{ $result = dyCopyString($1) %}

/* ------------------------------------------------------- Go in-typemaps */
/* A Go string as (pointer, length): no copy, may hold any byte. */
%typemap(gotype) (const char *GOSTR, size_t GOLEN) "string"
%typemap(in) (const char *GOSTR, size_t GOLEN)
%{ $1 = ($1_ltype)$input.p; $2 = (size_t)$input.n; %}

/* A Go []byte as (pointer, length), read-only for the call. */
%typemap(gotype) (const char *GOBYTES, size_t GOLEN) "[]byte"
%typemap(in) (const char *GOBYTES, size_t GOLEN)
%{ $1 = ($1_ltype)$input.array; $2 = (size_t)$input.len; %}

/* A Go []byte the C side writes into during the call. */
%typemap(gotype) (char *GOBUF, size_t GOLEN) "[]byte"
%typemap(in) (char *GOBUF, size_t GOLEN)
%{ $1 = ($1_ltype)$input.array; $2 = (size_t)$input.len; %}

/* A Go []int64, read (const) or written during the call. */
%typemap(gotype) (const long long *GOINTS, size_t GOLEN), (long long *GOINTS, size_t GOLEN) "[]int64"
%typemap(in) (const long long *GOINTS, size_t GOLEN), (long long *GOINTS, size_t GOLEN)
%{ $1 = ($1_ltype)$input.array; $2 = (size_t)$input.len; %}

/* C memory handed to Go as unsafe.Pointer (dayone_shim_mem_*): Go writes the
 * request into it and reads the decision from it; cgo's pointer check of a
 * non-Go pointer is cheap, and no Go memory is involved at all. */
%typemap(gotype) void *DYMEM, void *DYMEMIN "unsafe.Pointer"
%typemap(out) void *DYMEM %{ $result = $1; %}
%typemap(goout) void *DYMEM %{ $result = $1 %}
%typemap(in) void *DYMEMIN %{ $1 = $input; %}
%apply void *DYMEM { void *dayone_shim_mem_new };
%apply void *DYMEMIN { void *mem };

%apply (const char *GOSTR, size_t GOLEN) {
    (const char *value, size_t value_len),
    (const char *name, size_t name_len),
    (const char *path, size_t path_len),
    (const char *key, size_t key_len),
    (const char *plan, size_t plan_len),
    (const char *limit, size_t limit_len),
    (const char *feature, size_t feature_len),
    (const char *url, size_t url_len),
    (const char *password_env, size_t password_env_len),
    (const char *key_prefix, size_t key_prefix_len),
    (const char *actor, size_t actor_len),
    (const char *role, size_t role_len),
    (const char *tenant, size_t tenant_len),
    (const char *action, size_t action_len),
    (const char *reason, size_t reason_len),
    (const char *ticket, size_t ticket_len),
    (const char *profiles, size_t profiles_len)
};
%apply (const char *GOBYTES, size_t GOLEN) {
    (const char *text, size_t text_len),
    (const char *yaml, size_t yaml_len),
    (const char *strs, size_t strs_len)
};
%apply (char *GOBUF, size_t GOLEN) { (char *buf, size_t buf_len) };
%apply (const long long *GOINTS, size_t GOLEN) { (const long long *nums, size_t nums_len) };
%apply (long long *GOINTS, size_t GOLEN) {
    (long long *out, size_t out_len), (long long *buf, size_t buf_len), (long long *rec, size_t rec_len)
};

/* Owned strings returned by the shims are released with dayone_free. */
%typemap(newfree) char * "dayone_free($1);";
%newobject dy_go_report_render;
%newobject dy_go_explain;
%newobject dy_go_access_decide;
%newobject dy_go_status;
%newobject dy_go_limiter_metrics;
%newobject dy_go_overrides;
%newobject dy_go_effective_limit;
%newobject dy_go_limit_reset;
%newobject dy_go_postmortem_template;

/* ------------------------------------------------------------ handles */
/* Opaque handles: named Go types, no constructor or destructor from SWIG;
 * the *_free functions below are wrapped as plain functions. */
%define DY_HANDLE(T)
%nodefaultctor T;
%nodefaultdtor T;
struct T {};
%enddef
DY_HANDLE(dayone_policy)
DY_HANDLE(dayone_env)
DY_HANDLE(dayone_report)
DY_HANDLE(dayone_limiter)
DY_HANDLE(dayone_facts)

/* Read-only structs: getters only (SWIG's char[N] setter would over-read). */
%immutable dayone_error::code;
%immutable dayone_error::line;
%immutable dayone_error::column;
%immutable dayone_error::path;
%immutable dayone_error::message;
%immutable dayone_finding::rule;
%immutable dayone_finding::key;
%immutable dayone_finding::severity;
%immutable dayone_finding::message;
%immutable dayone_finding::hint;
%immutable dayone_finding::because;
%immutable dayone_finding::source;
%immutable dayone_finding::source_path;
%immutable dayone_finding::source_line;
%immutable dayone_finding::waiver;
%immutable dayone_finding::source_column;
/* Filled by the library (dayone_redis_options_from_policy,
 * dayone_limiter_backend_status) and read by the Go side; SWIG's char *
 * setters would leak or dangle. Options for attach cross as arguments of
 * dy_go_limiter_attach_redis instead. */
%immutable dayone_redis_options::version;
%immutable dayone_redis_options::url;
%immutable dayone_redis_options::password_env;
%immutable dayone_redis_options::db;
%immutable dayone_redis_options::connect_timeout_ms;
%immutable dayone_redis_options::command_timeout_ms;
%immutable dayone_redis_options::near_cache;
%immutable dayone_redis_options::key_prefix;
%immutable dayone_redis_options::pool_size;
%immutable dayone_redis_options::clock_from_request;
%immutable dayone_redis_options::busy_poll_us;
%immutable dayone_backend_status::attached;
%immutable dayone_backend_status::connected;
%immutable dayone_backend_status::round_trips;
%immutable dayone_backend_status::errors;
%immutable dayone_backend_status::fallbacks_local;
%immutable dayone_backend_status::fallbacks_open;
%immutable dayone_backend_status::fallbacks_closed;
%immutable dayone_backend_status::reconnects;
%immutable dayone_backend_status::near_cache_hits;
%immutable dayone_backend_status::script_loads;
%immutable dayone_backend_status::pool_wait_timeouts;

/* ------------------------------------------------------------ the C API */
/* Replaced by the shims (owned out-parameters, options structs with
 * callbacks, strings that need lengths) or of no use from Go. */
%ignore dayone_free;
%ignore dayone_policy_load_file;
%ignore dayone_policy_load_string;
%ignore dayone_policy_load_default;
%ignore dayone_env_new;
%ignore dayone_env_add_file;
%ignore dayone_env_add_string;
%ignore dayone_env_add_file_ext;
%ignore dayone_env_add_string_ext;
%ignore dayone_env_dialect_parse;
%ignore dayone_env_dialect_name;
%ignore dayone_env_file_options;
%ignore dayone_env_has;
%ignore dayone_report_render;
%ignore dayone_format_parse;
%ignore dayone_check;
%ignore dayone_check_process;
%ignore dayone_check_options;
%ignore dayone_policy_lint;
%ignore dayone_explain;
%ignore dayone_failfast_or_exit;
%ignore dayone_limiter_options;
%ignore dayone_clock_fn;
%ignore dayone_request;
%ignore dayone_decision;
%ignore dayone_limiter_new;
%ignore dayone_limiter_decide;
%ignore dayone_limiter_decide_many;
%ignore dayone_limiter_resolve;       /* dayone_shim_resolve: names as Go strings */
%ignore dayone_limiter_decide_handle; /* dayone_shim_decide_handle */
%ignore dayone_enforcement_parse;
%ignore dayone_decision_retry_after;
%ignore dayone_decision_ratelimit;
%ignore dayone_decision_ratelimit_policy;
%ignore dayone_limiter_attach_redis;
/* Facts cross as documents (dayone_shim_facts_add_*), the way Go's
 * WithFacts and WithFactsFile build them; now is computed in Go. */
%ignore dayone_facts_new;
%ignore dayone_facts_add_file;
%ignore dayone_facts_add_string;
%ignore dayone_facts_set;
%ignore dayone_facts_has;
%ignore dayone_timestamp_parse;
/* Variables cross as dayone_var entries in C memory (check_fast.go). */
%ignore dayone_var;
%ignore dayone_env_set_many;
%ignore dayone_check_vars;

#define DAYONE_EXTERN
%include "dayone/common.h"
%include "dayone/policy.h"
%include "dayone/env.h"
%include "dayone/report.h"
%include "dayone/check.h"
%include "dayone/limiter.h"
%include "dayone/redis.h"
%include "dayone/lint.h"
%ignore dayone_period_parse;
%ignore dayone_period_bounds;
%include "dayone/quota.h"

/* Stats snapshots: filled by dayone_limiter_stats, read field by field
 * (rows through dayone_stats_row); the renderer through dy_go_limiter_metrics. */
%immutable dayone_stats::decisions;
%immutable dayone_stats::denied;
%immutable dayone_stats::table_capacity;
%immutable dayone_stats::table_occupied;
%immutable dayone_stats::table_evictions;
%immutable dayone_stats::table_refusals;
%immutable dayone_stats::backend;
%immutable dayone_stats::nrows;
%ignore dayone_stats::rows;
%immutable dayone_decision_count::plan;
%immutable dayone_decision_count::limit;
%immutable dayone_decision_count::outcome;
%immutable dayone_decision_count::count;
%ignore dayone_limiter_metrics;
%ignore dayone_stats_prometheus;
%include "dayone/stats.h"
%include "dayone/facts.h"

/* Bans: ban/unban as they are (strings without NUL, checked by the Go side);
 * the listing through dy_go_limiter_ban_at, one ban at a time. */
%immutable dayone_ban::key;
%immutable dayone_ban::limit;
%immutable dayone_ban::remaining_ns;
%immutable dayone_ban::bans;
%ignore dayone_limiter_bans;
%include "dayone/banlist.h"
%immutable dy_go_bans::n;
%inline %{
/* The live bans at one time, owned (dy_go_bans_free). */
typedef struct dy_go_bans {
    dayone_ban *items;
    int64_t n;
} dy_go_bans;
static dy_go_bans *dy_go_limiter_bans(dayone_limiter *limiter, int64_t now_ns, dayone_error *err)
{
    size_t n = 0, cap;
    dy_go_bans *out = calloc(1, sizeof *out);
    if (!out) {
        err->code = DAYONE_ENOMEM;
        return NULL;
    }
    int rc = dayone_limiter_bans(limiter, now_ns, NULL, 0, &n, err);
    cap = n;
    if (rc == DAYONE_OK && cap && !(out->items = calloc(cap, sizeof *out->items)))
        rc = DAYONE_ENOMEM;
    if (rc == DAYONE_OK && cap)
        rc = dayone_limiter_bans(limiter, now_ns, out->items, cap, &n, err);
    if (rc != DAYONE_OK) {
        err->code = rc;
        free(out->items);
        free(out);
        return NULL;
    }
    out->n = (int64_t)(n < cap ? n : cap);
    return out;
}
static const dayone_ban *dy_go_ban_at(const dy_go_bans *bans, int64_t i) { return &bans->items[i]; }
static void dy_go_bans_free(dy_go_bans *bans)
{
    if (bans)
        free(bans->items);
    free(bans);
}
%}
%ignore dy_go_bans::items;

/* -------------------------------------------------------------- shims */
/* The decision field table is read-only. */
%immutable dayone_shim_field::name;
%immutable dayone_shim_field::kind;
%immutable dayone_shim_field::offset;
%immutable dayone_shim_field::size;
/* Wrapped below with a handle result (dy_go_*); the checks by hand in
 * check_fast.go. */
%ignore dayone_shim_policy_load_file;
%ignore dayone_shim_policy_load_string;
%ignore dayone_shim_check;
%ignore dayone_shim_check_process;
%ignore dayone_shim_check_var_list;
%ignore dayone_shim_explain;
%ignore dayone_shim_access_decide;
%ignore dayone_shim_status;
%ignore dayone_shim_limiter_new;
%ignore dayone_shim_overrides;
%ignore dayone_shim_effective_limit;
%ignore dayone_shim_limit_reset;
%ignore dayone_shim_postmortem_lint;
%ignore dayone_shim_postmortem_lint_file;
%include "dayone_shim.h"

/* ------------------------------------------------ owned handles, Go style */
%inline %{
static dayone_policy *dy_go_policy_load_default(dayone_error *err)
{
    dayone_policy *h_ = NULL;
    int rc = dayone_policy_load_default(&h_, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? h_ : NULL;
}
static dayone_policy *dy_go_policy_load_file(const char *path, size_t path_len, dayone_error *err)
{
    dayone_policy *h_ = NULL;
    return dayone_shim_policy_load_file(&h_, path, path_len, err) == DAYONE_OK ? h_ : NULL;
}
static dayone_policy *dy_go_policy_load_string(const char *yaml, size_t yaml_len,
                                               const char *name, size_t name_len,
                                               dayone_error *err)
{
    dayone_policy *h_ = NULL;
    return dayone_shim_policy_load_string(&h_, yaml, yaml_len, name, name_len, err) == DAYONE_OK
               ? h_ : NULL;
}
static dayone_env *dy_go_env_new(void)
{
    dayone_env *h_ = NULL;
    return dayone_env_new(&h_) == DAYONE_OK ? h_ : NULL;
}
static dayone_facts *dy_go_facts_new(void)
{
    dayone_facts *h_ = NULL;
    return dayone_facts_new(&h_) == DAYONE_OK ? h_ : NULL;
}
static dayone_report *dy_go_policy_lint(const dayone_policy *policy, dayone_error *err)
{
    dayone_report *h_ = NULL;
    int rc = dayone_policy_lint(&h_, policy, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? h_ : NULL;
}
static dayone_report *dy_go_postmortem_lint(const dayone_policy *policy, const char *text,
                                            size_t text_len, const char *path, size_t path_len,
                                            dayone_error *err)
{
    dayone_report *h_ = NULL;
    return dayone_shim_postmortem_lint(&h_, policy, text, text_len, path, path_len, err) ==
                   DAYONE_OK
               ? h_ : NULL;
}
static dayone_report *dy_go_postmortem_lint_file(const dayone_policy *policy, const char *path,
                                                 size_t path_len, dayone_error *err)
{
    dayone_report *h_ = NULL;
    return dayone_shim_postmortem_lint_file(&h_, policy, path, path_len, err) == DAYONE_OK
               ? h_ : NULL;
}
static char *dy_go_postmortem_template(const dayone_policy *policy, dayone_error *err)
{
    char *h_ = NULL;
    int rc = dayone_postmortem_template(&h_, NULL, policy, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? h_ : NULL;
}
static char *dy_go_explain(const dayone_policy *policy, const dayone_env *env, const char *key,
                           size_t key_len, unsigned int flags, int64_t today,
                           const dayone_facts *facts, int64_t now_ns, const char *profiles,
                           size_t profiles_len, dayone_error *err)
{
    char *h_ = NULL;
    return dayone_shim_explain(&h_, policy, env, key, key_len, flags, NULL, today, facts, now_ns,
                               profiles, profiles_len, err) == DAYONE_OK
               ? h_ : NULL;
}
static char *dy_go_access_decide(const dayone_policy *policy, const char *actor, size_t actor_len,
                                 const char *role, size_t role_len, const char *tenant,
                                 size_t tenant_len, const char *action, size_t action_len,
                                 const char *reason, size_t reason_len, const char *ticket,
                                 size_t ticket_len, int64_t duration_s, int64_t now_unix_s,
                                 dayone_error *err)
{
    char *h_ = NULL;
    return dayone_shim_access_decide(&h_, policy, actor, actor_len, role, role_len, tenant,
                                     tenant_len, action, action_len, reason, reason_len, ticket,
                                     ticket_len, duration_s, now_unix_s, err) == DAYONE_OK
               ? h_ : NULL;
}
static char *dy_go_status(const dayone_policy *policy, const dayone_facts *facts,
                          int64_t now_ns, dayone_error *err)
{
    char *h_ = NULL;
    return dayone_shim_status(&h_, policy, facts, now_ns, err) == DAYONE_OK ? h_ : NULL;
}
/* dayone_period_bounds into out[0] (start) and out[1] (reset). */
static int dy_go_period_bounds(long long *out, size_t out_len, int period, int64_t anchor_unix_s,
                               int64_t now_unix_s)
{
    int64_t s_ = 0, r_ = 0;
    int rc = out_len < 2 ? DAYONE_EINVAL
                         : dayone_period_bounds(&s_, &r_, (dayone_period)period, anchor_unix_s,
                                                now_unix_s);
    if (rc == DAYONE_OK) {
        out[0] = s_;
        out[1] = r_;
    }
    return rc;
}
static char *dy_go_report_render(const dayone_report *report, int format, unsigned int flags,
                                 dayone_error *err)
{
    char *h_ = NULL;
    int rc = dayone_report_render(&h_, NULL, report, (dayone_format)format, flags, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? h_ : NULL;
}
static char *dy_go_limiter_metrics(const dayone_limiter *limiter, dayone_error *err)
{
    char *h_ = NULL;
    int rc = dayone_limiter_metrics(&h_, NULL, limiter, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? h_ : NULL;
}
static char *dy_go_overrides(dayone_limiter *limiter, dayone_error *err)
{
    char *h_ = NULL;
    return dayone_shim_overrides(&h_, limiter, err) == DAYONE_OK ? h_ : NULL;
}
static char *dy_go_effective_limit(dayone_limiter *limiter, const char *tenant,
                                   size_t tenant_len, const char *plan, size_t plan_len,
                                   const char *limit, size_t limit_len, dayone_error *err)
{
    char *h_ = NULL;
    return dayone_shim_effective_limit(&h_, limiter, tenant, tenant_len, plan, plan_len, limit,
                                       limit_len, err) == DAYONE_OK
               ? h_ : NULL;
}
static char *dy_go_limit_reset(dayone_limiter *limiter, const char *actor, size_t actor_len,
                               const char *role, size_t role_len, const char *tenant,
                               size_t tenant_len, const char *action, size_t action_len,
                               const char *reason, size_t reason_len, const char *ticket,
                               size_t ticket_len, int64_t now_unix_s, const char *plan,
                               size_t plan_len, const char *limit, size_t limit_len,
                               int64_t credit, int64_t what, int64_t now_ns,
                               int64_t period_anchor_unix_s, int64_t wall_ns, dayone_error *err)
{
    char *h_ = NULL;
    return dayone_shim_limit_reset(&h_, limiter, actor, actor_len, role, role_len, tenant,
                                   tenant_len, action, action_len, reason, reason_len, ticket,
                                   ticket_len, now_unix_s, plan, plan_len, limit, limit_len,
                                   credit, what, now_ns, period_anchor_unix_s, wall_ns,
                                   err) == DAYONE_OK
               ? h_ : NULL;
}
static dayone_limiter *dy_go_limiter_new(const dayone_policy *policy, int64_t capacity,
                                         int enforcement, const dayone_env *env,
                                         dayone_error *err)
{
    dayone_limiter *h_ = NULL;
    return dayone_shim_limiter_new(&h_, policy, capacity, enforcement, env, err) == DAYONE_OK
               ? h_ : NULL;
}
%}
