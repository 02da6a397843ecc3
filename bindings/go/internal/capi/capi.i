/*
 * capi.i - the raw SWIG layer of the Go binding (package capi, internal).
 *
 * Generated with `go generate ./...` from bindings/go (see generate.go):
 *     swig -go -cgo -intgosize 64 -I../../../../include capi.i
 * The output (capi.go, capi_wrap.c) is committed so that `go build` needs no
 * SWIG; TestGeneratedIsFresh fails when it differs from what SWIG makes of
 * this file.
 *
 * Deliberately thin. It wraps the public C API (include/dayone/*.h) and adds
 * a few dy_go_* shims that exist only for what SWIG cannot express well:
 *   - functions with owned out-parameters (T **out) return the handle
 *     instead (NULL on failure, details in the caller's dayone_error);
 *   - strings and byte slices cross as Go (pointer, length) pairs, without
 *     the malloc SWIG does for a plain char * - the shims copy them onto
 *     the C stack where a NUL terminator is needed and reject embedded NULs;
 *   - a check's variables cross cgo once, packed into one buffer
 *     (dy_go_env_set_many), not once per variable;
 *   - decide / decide_many cross cgo once per call / per batch; the
 *     library writes dayone_decision values straight into the buffers the
 *     Go side reads (layout: capi_layout.h); request strings are packed
 *     into one buffer, so no Go memory holding Go pointers is ever handed
 *     to C (cgo pointer rules). Decide uses pooled C memory, so the hot
 *     path needs no cgo check of Go memory and no allocation;
 *   - on a failed decide the shim hands back a malloc'd copy of its
 *     stack-allocated dayone_error (freed by the Go side with
 *     DeleteDayone_error): the success path allocates nothing.
 * The error object is always the caller's, never thread-local state. No
 * environment value is ever copied into a message here.
 */
%module capi

%insert(cgo_comment_typedefs) %{
#cgo pkg-config: dayone
%}

%{
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dayone.h"
#include "capi_layout.h"
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

/* C memory handed to Go as unsafe.Pointer (dy_go_mem_*): Go writes the
 * request into it and reads the decision from it; cgo's pointer check of a
 * non-Go pointer is cheap, and no Go memory is involved at all. */
%typemap(gotype) void *DYMEM, void *DYMEMIN "unsafe.Pointer"
%typemap(out) void *DYMEM %{ $result = $1; %}
%typemap(goout) void *DYMEM %{ $result = $1 %}
%typemap(in) void *DYMEMIN %{ $1 = $input; %}
%apply void *DYMEM { void *dy_go_mem_new };
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
    (const char *key_prefix, size_t key_prefix_len)
};
%apply (const char *GOBYTES, size_t GOLEN) {
    (const char *text, size_t len),
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
%ignore dayone_enforcement_parse;
%ignore dayone_decision_retry_after;
%ignore dayone_decision_ratelimit;
%ignore dayone_decision_ratelimit_policy;
%ignore dayone_limiter_attach_redis;

#define DAYONE_EXTERN
%include "dayone/common.h"
%include "dayone/policy.h"
%include "dayone/env.h"
%include "dayone/report.h"
%include "dayone/check.h"
%include "dayone/limiter.h"
%include "dayone/redis.h"
%include "dayone/lint.h"

/* -------------------------------------------------------------- shims */
%include "capi_layout.h"

%{
_Static_assert(sizeof(long long) == 8, "buffers are Go []int64");
#define DY_GO_AT(field, off) \
    _Static_assert(offsetof(dayone_decision, field) == (off), "capi_layout.h: " #field)
DY_GO_AT(outcome, DY_GO_D_OUTCOME);
DY_GO_AT(allowed, DY_GO_D_ALLOWED);
DY_GO_AT(status, DY_GO_D_STATUS);
DY_GO_AT(retry_after_ns, DY_GO_D_RETRY_AFTER);
DY_GO_AT(reset_after_ns, DY_GO_D_RESET_AFTER);
DY_GO_AT(remaining, DY_GO_D_REMAINING);
DY_GO_AT(limit, DY_GO_D_LIMIT);
DY_GO_AT(window_ns, DY_GO_D_WINDOW);
DY_GO_AT(quota_remaining, DY_GO_D_QUOTA_REMAINING);
DY_GO_AT(upgrade_plan, DY_GO_D_UPGRADE_PLAN);
DY_GO_AT(reason, DY_GO_D_REASON);
DY_GO_AT(burst, DY_GO_D_BURST);
DY_GO_AT(rate, DY_GO_D_RATE);
DY_GO_AT(rate_period_ns, DY_GO_D_RATE_PERIOD);
_Static_assert(DY_GO_HEADER_CODES == DY_GO_D_WORDS && DY_GO_HEADER_WORDS == DY_GO_D_WORDS + 3 &&
               DY_GO_DECIDE_STRS == 1 + DY_GO_D_WORDS, "capi_layout.h: header words");
_Static_assert(sizeof(dayone_decision) == DY_GO_D_WORDS * 8 && sizeof(dayone_outcome) == 4 &&
               sizeof(int) == 4 && DAYONE_PLAN_NAME_MAX == DY_GO_TEXT_BYTES &&
               DAYONE_REASON_MAX == DY_GO_TEXT_BYTES, "capi_layout.h: dayone_decision");

/* A heap copy of the error for the Go side (NULL when out of memory). */
static dayone_error *dy_go_error_copy(int rc, const dayone_error *e)
{
    dayone_error *c = (dayone_error *)malloc(sizeof *c);
    if (c) {
        memcpy(c, e, sizeof *c);
        if (c->code == 0)
            c->code = rc;
    }
    return c;
}

static void dy_go_error_init(dayone_error *e)
{
    e->code = 0;
    e->line = e->column = 0;
    e->path[0] = '\0';
    e->message[0] = '\0';
}

/* Fill a caller's error with a fixed message (no value is ever named). */
static int dy_go_fail(dayone_error *e, int rc, const char *msg)
{
    if (e) {
        dy_go_error_init(e);
        e->code = rc;
        strncpy(e->message, msg, sizeof e->message - 1);
        e->message[sizeof e->message - 1] = '\0';
    }
    return rc;
}

/* Append s[0..n) and a NUL at *p; NULL when s holds a NUL byte. */
static const char *dy_go_put(char **p, const char *s, size_t n)
{
    char *start = *p;
    if (n && memchr(s, '\0', n))
        return NULL;
    if (n)
        memcpy(start, s, n);
    start[n] = '\0';
    *p = start + n + 1;
    return start;
}

/* A NUL-terminated copy of s[0..n) in stack[size] when it fits, else on
 * the heap (*heap set); NULL (with err filled) on a NUL byte or ENOMEM. */
static const char *dy_go_cstr(const char *s, size_t n, char *stack, size_t size,
                              char **heap, const char *what, dayone_error *err)
{
    char *buf = stack, *p;
    const char *r;
    *heap = NULL;
    if (n + 1 > size) {
        buf = *heap = (char *)malloc(n + 1);
        if (!buf) {
            dy_go_fail(err, DAYONE_ENOMEM, "out of memory");
            return NULL;
        }
    }
    p = buf;
    r = dy_go_put(&p, s ? s : "", s ? n : 0);
    if (!r) {
        char msg[128];
        snprintf(msg, sizeof msg, "%s contains a NUL byte", what);
        dy_go_fail(err, DAYONE_EINVAL, msg);
        free(*heap);
        *heap = NULL;
    }
    return r;
}

/* Store a failed call's error in out[0] (a pointer the Go side frees). */
static void dy_go_store_error(long long *out, int rc, const dayone_error *err)
{
    out[0] = (int64_t)(intptr_t)dy_go_error_copy(rc, err);
}
%}

%inline %{
/* ---- policy */
static dayone_policy *dy_go_policy_load_default(dayone_error *err)
{
    dayone_policy *p = NULL;
    int rc = dayone_policy_load_default(&p, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? p : NULL;
}

static dayone_policy *dy_go_policy_load_file(const char *path, size_t path_len,
                                             dayone_error *err)
{
    char stack[1024], *heap;
    dayone_policy *p = NULL;
    const char *cpath = dy_go_cstr(path, path_len, stack, sizeof stack, &heap, "path", err);
    int rc;
    if (!cpath)
        return NULL;
    rc = dayone_policy_load_file(&p, cpath, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    free(heap);
    return rc == DAYONE_OK ? p : NULL;
}

static dayone_policy *dy_go_policy_load_string(const char *yaml, size_t yaml_len,
                                               const char *name, size_t name_len,
                                               dayone_error *err)
{
    char stack[1024], *heap;
    dayone_policy *p = NULL;
    const char *cname = dy_go_cstr(name, name_len, stack, sizeof stack, &heap, "name", err);
    int rc;
    if (!cname)
        return NULL;
    rc = dayone_policy_load_string(&p, yaml ? yaml : "", yaml ? yaml_len : 0,
                                   name_len ? cname : NULL, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    free(heap);
    return rc == DAYONE_OK ? p : NULL;
}

/* ---- env */
static dayone_env *dy_go_env_new(void)
{
    dayone_env *e = NULL;
    return dayone_env_new(&e) == DAYONE_OK ? e : NULL;
}

/* Set every variable of a batch in one crossing (layout: DY_GO_VAR_* in
 * capi_layout.h), in order, stopping at the first failure. Only
 * translation: each pair goes to dayone_env_set, which validates it, copies
 * the value and words its errors by name, never by value. The Go side wipes
 * the buffer afterwards. */
static int dy_go_env_set_many(dayone_env *env, const char *strs, size_t strs_len,
                              const long long *nums, size_t nums_len, dayone_error *err)
{
    size_t i;
    if (!env || nums_len % DY_GO_VAR_WORDS != 0)
        return dy_go_fail(err, DAYONE_EINVAL, "malformed variable batch");
    for (i = 0; i < nums_len; i += DY_GO_VAR_WORDS) {
        const long long *w = nums + i;
        long long noff = w[DY_GO_VAR_NAME_OFF], nlen = w[DY_GO_VAR_NAME_LEN];
        long long voff = w[DY_GO_VAR_VALUE_OFF], vlen = w[DY_GO_VAR_VALUE_LEN];
        int rc;
        if (noff < 0 || nlen < 0 || voff < 0 || vlen < 0 ||
            (unsigned long long)noff >= strs_len ||
            (unsigned long long)nlen >= strs_len - (size_t)noff || strs[noff + nlen] != '\0' ||
            (unsigned long long)voff > strs_len ||
            (unsigned long long)vlen > strs_len - (size_t)voff)
            return dy_go_fail(err, DAYONE_EINVAL, "malformed variable batch");
        /* The library takes the name as a C string: an embedded NUL would
         * silently cut it short. */
        if (nlen && memchr(strs + noff, '\0', (size_t)nlen))
            return dy_go_fail(err, DAYONE_EINVAL,
                              "an environment variable name contains a NUL byte");
        rc = dayone_env_set(env, strs + noff, strs + voff, (size_t)vlen, err);
        if (rc != DAYONE_OK)
            return rc;
    }
    return DAYONE_OK;
}

/* dialect: a dayone_env_dialect; references resolve against the process
 * environment. */
static int dy_go_env_add_file(dayone_env *env, const char *path, size_t path_len,
                              int dialect, dayone_error *err)
{
    char stack[1024], *heap;
    const char *cpath = dy_go_cstr(path, path_len, stack, sizeof stack, &heap, "path", err);
    dayone_env_file_options o = DAYONE_ENV_FILE_OPTIONS_INIT;
    int rc;
    if (!cpath)
        return err ? err->code : DAYONE_EINVAL;
    o.dialect = (dayone_env_dialect)dialect;
    rc = dayone_env_add_file_ext(env, cpath, &o, err);
    free(heap);
    return rc;
}

static int dy_go_env_add_string(dayone_env *env, const char *text, size_t len,
                                const char *name, size_t name_len, dayone_error *err)
{
    char stack[1024], *heap;
    const char *cname = dy_go_cstr(name, name_len, stack, sizeof stack, &heap, "name", err);
    int rc;
    if (!cname)
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_env_add_string(env, text ? text : "", text ? len : 0,
                               name_len ? cname : NULL, err);
    free(heap);
    return rc;
}

static int dy_go_env_has(const dayone_env *env, const char *name, size_t name_len)
{
    char stack[256], *heap;
    const char *cname = dy_go_cstr(name, name_len, stack, sizeof stack, &heap, "name", NULL);
    int r;
    if (!cname)
        return 0;
    r = dayone_env_has(env, cname);
    free(heap);
    return r;
}

/* ---- check */
static dayone_report *dy_go_check(const dayone_policy *policy, const dayone_env *env,
                                  unsigned int flags, const dayone_env *example,
                                  int64_t today, dayone_error *err)
{
    dayone_check_options opts = DAYONE_CHECK_OPTIONS_INIT;
    dayone_report *r = NULL;
    int rc;
    opts.flags = flags;
    opts.example = example;
    opts.today = today;
    rc = dayone_check(&r, policy, env, &opts, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? r : NULL;
}

/* ---- lint */
static dayone_report *dy_go_policy_lint(const dayone_policy *policy, dayone_error *err)
{
    dayone_report *r = NULL;
    int rc = dayone_policy_lint(&r, policy, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? r : NULL;
}

static char *dy_go_explain(const dayone_policy *policy, const dayone_env *env,
                           const char *key, size_t key_len, unsigned int flags,
                           int64_t today, dayone_error *err)
{
    dayone_check_options opts = DAYONE_CHECK_OPTIONS_INIT;
    char stack[256], *heap, *out = NULL;
    const char *ckey = dy_go_cstr(key, key_len, stack, sizeof stack, &heap, "key", err);
    int rc;
    if (!ckey)
        return NULL;
    opts.flags = flags;
    opts.today = today;
    rc = dayone_explain(&out, policy, env, ckey, &opts, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    free(heap);
    return rc == DAYONE_OK ? out : NULL;
}

/* ---- report */
static char *dy_go_report_render(const dayone_report *report, int format,
                                 unsigned int flags, dayone_error *err)
{
    char *out = NULL;
    int rc = dayone_report_render(report, (dayone_format)format, flags, &out, NULL, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? out : NULL;
}

/* ---- limiter */
static dayone_limiter *dy_go_limiter_new(const dayone_policy *policy, int64_t capacity,
                                         int enforcement, const dayone_env *env,
                                         dayone_error *err)
{
    dayone_limiter_options opts = DAYONE_LIMITER_OPTIONS_INIT;
    dayone_limiter *l = NULL;
    int rc;
    if (capacity < 0)
        return dy_go_fail(err, DAYONE_EINVAL, "capacity must not be negative"), NULL;
    opts.capacity = (size_t)capacity;
    opts.enforcement = (dayone_enforcement)enforcement;
    opts.env = env;
    rc = dayone_limiter_new(&l, policy, &opts, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc == DAYONE_OK ? l : NULL;
}

/* Parse "strict"/"soft"/"off"; -1 when unknown. */
static int dy_go_enforcement_parse(const char *name, size_t name_len)
{
    char stack[64], *heap;
    dayone_enforcement e;
    const char *cname = dy_go_cstr(name, name_len, stack, sizeof stack, &heap, "name", NULL);
    int r = -1;
    if (cname && dayone_enforcement_parse(cname, &e) == DAYONE_OK)
        r = (int)e;
    free(heap);
    return r;
}

/* ---- redis (issue 7) */
/* dayone_limiter_attach_redis with the options as arguments: strings as Go
 * (pointer, length) pairs, copied NUL-terminated onto the stack ("" passes
 * NULL, the library's default); integers as int64 so that a value out of
 * the C field's range is DAYONE_EINVAL rather than truncated. The password
 * is read by the library from the variable password_env names; no value is
 * ever copied into a message here. */
static int dy_go_limiter_attach_redis(dayone_limiter *limiter,
                                      const char *url, size_t url_len,
                                      const char *password_env, size_t password_env_len,
                                      const char *key_prefix, size_t key_prefix_len,
                                      int64_t db, int64_t connect_timeout_ms,
                                      int64_t command_timeout_ms, int near_cache,
                                      int64_t pool_size, int clock_from_request,
                                      dayone_error *err)
{
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    char ustack[1024], pstack[256], kstack[256];
    char *uheap = NULL, *pheap = NULL, *kheap = NULL;
    int rc;
    if (!limiter) {
        rc = dy_go_fail(err, DAYONE_EINVAL, "the limiter is closed");
        goto done;
    }
    if (db < INT_MIN || db > INT_MAX || connect_timeout_ms < INT_MIN ||
        connect_timeout_ms > INT_MAX || command_timeout_ms < INT_MIN ||
        command_timeout_ms > INT_MAX || pool_size < 0 || (uint64_t)pool_size > UINT_MAX) {
        rc = dy_go_fail(err, DAYONE_EINVAL,
                        "redis options: db, a timeout or the pool size is out of range");
        goto done;
    }
    if ((url_len && !(o.url = dy_go_cstr(url, url_len, ustack, sizeof ustack, &uheap,
                                         "the Redis URL", err))) ||
        (password_env_len &&
         !(o.password_env = dy_go_cstr(password_env, password_env_len, pstack, sizeof pstack,
                                       &pheap, "the password variable name", err))) ||
        (key_prefix_len && !(o.key_prefix = dy_go_cstr(key_prefix, key_prefix_len, kstack,
                                                       sizeof kstack, &kheap,
                                                       "the key prefix", err)))) {
        rc = err ? err->code : DAYONE_EINVAL;
        goto done;
    }
    o.db = (int)db;
    o.connect_timeout_ms = (int)connect_timeout_ms;
    o.command_timeout_ms = (int)command_timeout_ms;
    o.near_cache = near_cache;
    o.pool_size = (unsigned int)pool_size;
    o.clock_from_request = clock_from_request;
    rc = dayone_limiter_attach_redis(limiter, &o, err);
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
done:
    free(uheap);
    free(pheap);
    free(kheap);
    return rc;
}

/* The strings of a dy_go_decide request, back to back at `p` (each
 * followed by a NUL) within `room` bytes; NULL when they do not fit or one
 * holds a NUL byte. Advances *p past the string. */
static const char *dy_go_take(char **p, long long len, size_t *room)
{
    char *s = *p;
    if (len < 0 || (size_t)len >= *room || memchr(s, '\0', (size_t)len + 1) != s + len)
        return NULL;
    *p = s + len + 1;
    *room -= (size_t)len + 1;
    return s;
}

/* C memory for dy_go_decide (NULL when out of memory); dy_go_mem_free. */
static void *dy_go_mem_new(size_t bytes)
{
    return calloc(1, bytes ? bytes : 1);
}

static void dy_go_mem_free(void *mem)
{
    free(mem);
}

/* One decision in one crossing. `mem` (C memory from dy_go_mem_new, `words`
 * int64 words; see capi_layout.h) carries the header word, room for the
 * decision, then from word DY_GO_DECIDE_STRS the request's key, plan, limit
 * and feature back to back, each followed by a NUL, with the given lengths
 * (feature_len 0: none). The library writes the decision straight into it. */
static int dy_go_decide(dayone_limiter *limiter, long long key_len, long long plan_len,
                        long long limit_len, long long feature_len, int64_t cost,
                        int64_t usage, int64_t now_ns, void *mem, size_t words)
{
    long long *buf = (long long *)mem;
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_error err;
    char *p;
    size_t room;
    int rc;
    if (!buf || words < DY_GO_DECIDE_STRS)
        return DAYONE_EINVAL;
    buf[0] = 0;
    dy_go_error_init(&err);
    if (!limiter) {
        rc = dy_go_fail(&err, DAYONE_EINVAL, "the limiter is closed");
        goto fail;
    }
    p = (char *)(buf + DY_GO_DECIDE_STRS);
    room = (words - DY_GO_DECIDE_STRS) * sizeof *buf;
    r.key = dy_go_take(&p, key_len, &room);
    r.plan = r.key ? dy_go_take(&p, plan_len, &room) : NULL;
    r.limit = r.plan ? dy_go_take(&p, limit_len, &room) : NULL;
    if (r.limit && feature_len > 0 && !(r.feature = dy_go_take(&p, feature_len, &room)))
        r.limit = NULL;
    if (!r.limit) {
        rc = dy_go_fail(&err, DAYONE_EINVAL,
                        "a request key, plan, limit or feature contains a NUL byte");
        goto fail;
    }
    r.cost = cost;
    r.usage = usage;
    r.now_ns = now_ns;
    rc = dayone_limiter_decide(limiter, &r, (dayone_decision *)(buf + 1), &err);
    if (rc == DAYONE_OK)
        return rc;
fail:
    dy_go_store_error(buf, rc, &err);
    return rc;
}

/* A batch in one crossing: `nums` holds DY_GO_REQ_WORDS words per request
 * (see capi_layout.h); `out` has DY_GO_MANY_WORDS(n) words: the header, the
 * n decisions, the n int32 statuses (a failed request's decision is zero).
 * Returns DAYONE_OK or the first failure (described by out[0]). */
static int dy_go_decide_many(dayone_limiter *limiter, const char *strs, size_t strs_len,
                             const long long *nums, size_t nums_len,
                             long long *out, size_t out_len)
{
    size_t n = nums_len / DY_GO_REQ_WORDS, i;
    dayone_request *reqs = NULL;
    dayone_decision *outs;
    int *statuses;
    dayone_error err;
    int rc = DAYONE_OK, decided = 0;
    if (!out || nums_len % DY_GO_REQ_WORDS != 0 || out_len < DY_GO_MANY_WORDS(n))
        return DAYONE_EINVAL;
    outs = (dayone_decision *)(out + 1);
    statuses = (int *)(out + 1 + n * DY_GO_D_WORDS);
    dy_go_error_init(&err);
    out[0] = 0;
    if (n == 0)
        return DAYONE_OK;
    if (!limiter) {
        rc = dy_go_fail(&err, DAYONE_EINVAL, "the limiter is closed");
        goto done;
    }
    if (!strs || strs_len == 0 || strs[strs_len - 1] != '\0') {
        rc = dy_go_fail(&err, DAYONE_EINVAL, "malformed request batch");
        goto done;
    }
    reqs = (dayone_request *)malloc(n * sizeof *reqs);
    if (!reqs) {
        rc = dy_go_fail(&err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    /* strs ends with a NUL: an offset inside it is a terminated string. */
    for (i = 0; i < n; i++) {
        const long long *w = nums + i * DY_GO_REQ_WORDS;
        unsigned long long key = (unsigned long long)w[DY_GO_REQ_KEY];
        unsigned long long plan = (unsigned long long)w[DY_GO_REQ_PLAN];
        unsigned long long limit = (unsigned long long)w[DY_GO_REQ_LIMIT];
        long long feature = w[DY_GO_REQ_FEATURE];
        if (key >= strs_len || plan >= strs_len || limit >= strs_len ||
            (feature != -1 && (unsigned long long)feature >= strs_len)) {
            rc = dy_go_fail(&err, DAYONE_EINVAL, "malformed request batch");
            goto done;
        }
        reqs[i].key = strs + key;
        reqs[i].plan = strs + plan;
        reqs[i].limit = strs + limit;
        reqs[i].cost = w[DY_GO_REQ_COST];
        reqs[i].feature = feature == -1 ? NULL : strs + feature;
        reqs[i].usage = w[DY_GO_REQ_USAGE];
        reqs[i].now_ns = w[DY_GO_REQ_NOW];
    }
    /* Decisions and statuses go straight into the Go buffer. */
    rc = dayone_limiter_decide_many(limiter, reqs, n, outs, statuses, &err);
    decided = 1;
done:
    if (rc != DAYONE_OK) {
        if (!decided) { /* nothing decided: every request carries the failure */
            memset(outs, 0, n * sizeof *outs);
            for (i = 0; i < n; i++)
                statuses[i] = rc;
        }
        dy_go_store_error(out, rc, &err);
    }
    free(reqs);
    return rc;
}

/* The Retry-After, RateLimit and RateLimit-Policy values of a decision
 * (its DY_GO_D_WORDS words laid out as a dayone_decision, then
 * DY_GO_HEADER_CODES..+2 receive each writer's status), written by the C
 * helpers into three DY_GO_HEADER_BYTES slots of buf ("" unless the status
 * is >= 0; DAYONE_ENOTFOUND means the decision has no such value). */
static int dy_go_headers(long long *rec, size_t rec_len, const char *name,
                         size_t name_len, char *buf, size_t buf_len)
{
    char stack[256], *heap;
    dayone_decision d;
    const char *cname;
    if (!rec || rec_len < DY_GO_HEADER_WORDS || !buf || buf_len < 3 * DY_GO_HEADER_BYTES)
        return DAYONE_EINVAL;
    buf[0] = buf[DY_GO_HEADER_BYTES] = buf[2 * DY_GO_HEADER_BYTES] = '\0';
    cname = dy_go_cstr(name, name_len, stack, sizeof stack, &heap, "name", NULL);
    if (!cname)
        return DAYONE_EINVAL;
    memcpy(&d, rec, sizeof d);
    rec[DY_GO_HEADER_CODES] = dayone_decision_retry_after(&d, buf, DY_GO_HEADER_BYTES);
    rec[DY_GO_HEADER_CODES + 1] =
        dayone_decision_ratelimit(&d, cname, buf + DY_GO_HEADER_BYTES, DY_GO_HEADER_BYTES);
    rec[DY_GO_HEADER_CODES + 2] = dayone_decision_ratelimit_policy(
        &d, cname, buf + 2 * DY_GO_HEADER_BYTES, DY_GO_HEADER_BYTES);
    free(heap);
    return DAYONE_OK;
}
%}
