/*
 * dayone.i - the raw SWIG layer of the Python binding (module dayone._dayone).
 *
 * Deliberately thin: it wraps the public C API (include/dayone/*.h) and
 * translates. Conventions:
 *   - every function returning a status int and taking a dayone_error *err
 *     raises on failure; the exception class comes from ONE table,
 *     dayone/_errors.py (_from_status), so Python and C agree on the mapping;
 *   - owned outputs (T **out) become Python objects that free the C object
 *     when collected (SWIG destructors); the raw *_free functions are ignored;
 *   - owned strings (char **out) become str and are released with dayone_free;
 *   - options structs and strings with lengths go through the bindings'
 *     C helpers (bindings/shim/dayone_shim.h, shared with Go and tested
 *     in C); what stays here is Python-specific: dy_py_* helpers that
 *     build Python objects (the Decision record, from the shim's field
 *     table), read a Mapping in one crossing, and let decide() and
 *     decide_many() cross into C once per call / per batch.
 * No environment value is ever copied into a message here.
 */
%module(package="dayone") _dayone

%{
#include <string.h>
#include "dayone.h"
#include "dayone_shim.h"
#include <structmember.h> /* T_OBJECT_EX: how a __slots__ entry is stored */
#include "policy_patterns.h" /* internal: whether a check may run user regexes */

/* The module's entry point, defined by SWIG below; declared here so the
 * wrapper compiles with -Wmissing-prototypes like the rest of the project. */
PyMODINIT_FUNC PyInit___dayone(void);
%}

%include <stdint.i>
%include <typemaps.i>
/* dayone_period_bounds: (start, reset) come back as a tuple. */
%apply int64_t *OUTPUT { int64_t *start_unix_s, int64_t *reset_unix_s };
%ignore dayone_period_parse;

/* ------------------------------------------------------------------ errors */
%{
static PyObject *dy_py_error_factory = NULL; /* dayone._errors._from_status */

/* The interpreter dayone's Python objects belong to.
 *
 * The module keeps Python objects process-wide (the Decision type and its
 * record free list, cached strs, the error factory), each made by the one
 * interpreter that imported dayone. Another interpreter of the same process
 * (a sub-interpreter) would replace them with its own objects, which die with
 * it while the first interpreter still uses them. So the first interpreter to
 * set the module up owns it, and every other is refused, leaving the owner's
 * state untouched. An ID, not the PyInterpreterState pointer: a new
 * interpreter can be allocated where a finished one was. -1: not yet set up.
 * Read and written with the GIL held. */
static int64_t dy_py_owner_interpreter = -1;

/* 0 when the calling interpreter owns the module (claiming it if none does
 * yet); else -1 with `exc_type` raised, naming both interpreters. */
static int dy_py_claim_interpreter(PyObject *exc_type)
{
    int64_t id = PyInterpreterState_GetID(PyInterpreterState_Get());
    if (id < 0)
        return -1;
    if (dy_py_owner_interpreter < 0)
        dy_py_owner_interpreter = id;
    if (id == dy_py_owner_interpreter)
        return 0;
    PyErr_Format(exc_type,
                 "dayone cannot be used in interpreter %lld: it is set up in interpreter %lld "
                 "of this process and supports one interpreter per process (its Decision type "
                 "and caches are process-wide)",
                 (long long)id, (long long)dy_py_owner_interpreter);
    return -1;
}

static PyObject *dy_py_str(const char *s)
{
    return PyUnicode_DecodeUTF8(s ? s : "", (Py_ssize_t)strlen(s ? s : ""), "replace");
}

/* Build the exception for `code` (err may be NULL) without raising it. */
static PyObject *dy_py_make_error(int code, const dayone_error *err)
{
    PyObject *msg = NULL, *path = NULL, *exc = NULL;
    if (dy_py_claim_interpreter(PyExc_RuntimeError) < 0)
        return NULL; /* the factory is another interpreter's function */
    if (!dy_py_error_factory) {
        PyObject *mod = PyImport_ImportModule("dayone._errors");
        if (!mod)
            return NULL;
        dy_py_error_factory = PyObject_GetAttrString(mod, "_from_status");
        Py_DECREF(mod);
        if (!dy_py_error_factory)
            return NULL;
    }
    msg = dy_py_str(err && err->message[0] ? err->message : dayone_status_name(code));
    path = dy_py_str(err ? err->path : "");
    if (msg && path)
        exc = PyObject_CallFunction(dy_py_error_factory, "iOOII", code, msg, path,
                                    err ? err->line : 0u, err ? err->column : 0u);
    Py_XDECREF(msg);
    Py_XDECREF(path);
    return exc;
}

/* Raise the exception for `code`. Always leaves an exception set. */
static void dy_py_raise(int code, const dayone_error *err)
{
    PyObject *exc = dy_py_make_error(code, err);
    if (exc) {
        PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_DECREF(exc);
    }
}
%}

/* The caller-owned error object: hidden from Python, checked after the call. */
%typemap(in, numinputs=0) dayone_error *err (dayone_error dy_err) {
    memset(&dy_err, 0, sizeof dy_err);
    $1 = &dy_err;
}
%typemap(argout) dayone_error *err {
    if (result != DAYONE_OK) {
        Py_XDECREF($result);
        $result = NULL;
        if (result > 0) /* a helper already set a Python exception */
            SWIG_fail;
        dy_py_raise(result, $1);
        SWIG_fail;
    }
}

/* A status return: None on success (argouts append the real results). */
%define DY_STATUS(fn)
%typemap(out) int fn "$result = SWIG_Py_Void();";
%enddef
/* A status return without an error object. */
%define DY_STATUS_NOERR(fn)
%typemap(out) int fn {
    if ($1 != DAYONE_OK) {
        dy_py_raise($1, NULL);
        SWIG_fail;
    }
    $result = SWIG_Py_Void();
}
%enddef

DY_STATUS(dayone_policy_load_file)
DY_STATUS(dayone_policy_load_string)
DY_STATUS(dayone_policy_load_default)
DY_STATUS(dayone_env_add_file)
DY_STATUS(dayone_env_add_string)
DY_STATUS(dayone_env_set)
DY_STATUS(dayone_report_render)
DY_STATUS(dayone_policy_lint)
DY_STATUS(dayone_limiter_swap_policy)
DY_STATUS(dayone_limiter_ban)
DY_STATUS(dayone_limiter_unban)
DY_STATUS(dayone_shim_check)
DY_STATUS(dayone_shim_check_process)
DY_STATUS(dayone_shim_explain)
DY_STATUS(dayone_shim_access_decide)
DY_STATUS(dayone_shim_override_set)
DY_STATUS(dayone_shim_override_clear)
DY_STATUS(dayone_shim_overrides)
DY_STATUS(dayone_shim_effective_limit)
DY_STATUS(dayone_shim_limit_reset)
DY_STATUS(dayone_shim_status)
DY_STATUS_NOERR(dayone_period_bounds)
DY_STATUS(dayone_shim_limiter_new)
DY_STATUS(dayone_shim_attach_redis)
DY_STATUS(dy_py_env_update)
DY_STATUS(dayone_shim_env_add_file)
DY_STATUS(dayone_shim_facts_add_file)
DY_STATUS(dayone_shim_facts_add_string)
DY_STATUS(dayone_shim_postmortem_lint)
DY_STATUS(dayone_shim_postmortem_lint_file)
DY_STATUS(dayone_postmortem_template)
DY_STATUS_NOERR(dayone_facts_new)
DY_STATUS_NOERR(dayone_env_new)
DY_STATUS_NOERR(dayone_env_add_process)

/* ------------------------------------------------------------ owned handles */
%define DY_HANDLE(T, FREE)
%nodefaultctor T;
struct T {};
%extend T {
    ~T() { FREE($self); }
}
%typemap(in, numinputs=0) T **out (T *tmp = NULL) {
    $1 = &tmp;
}
%typemap(argout) T **out {
    if (*$1) {
        %append_output(SWIG_NewPointerObj(*$1, $*1_descriptor, SWIG_POINTER_OWN));
        *$1 = NULL; /* now owned by the Python object */
    }
}
%typemap(freearg) T **out {
    if ($1 && *$1)
        FREE(*$1); /* failed before ownership moved to Python */
}
%ignore FREE;
%enddef

DY_HANDLE(dayone_policy, dayone_policy_free)
DY_HANDLE(dayone_env, dayone_env_free)
DY_HANDLE(dayone_facts, dayone_facts_free)
DY_HANDLE(dayone_report, dayone_report_free)
DY_HANDLE(dayone_limiter, dayone_limiter_free)

/* ----------------------------------------------------------- owned strings */
%typemap(in, numinputs=0) (char **out, size_t *len) (char *s = NULL, size_t n = 0) {
    $1 = &s;
    $2 = &n;
}
%typemap(argout) (char **out, size_t *len) {
    if (*$1) {
        PyObject *o = PyUnicode_DecodeUTF8(*$1, (Py_ssize_t)*$2, "replace");
        if (!o)
            SWIG_fail;
        %append_output(o);
    }
}
%typemap(freearg) (char **out, size_t *len) {
    if ($1)
        dayone_free(*$1);
}
%typemap(in, numinputs=0) char **out (char *s = NULL) {
    $1 = &s;
}
%typemap(argout) char **out {
    if (*$1) {
        PyObject *o = dy_py_str(*$1);
        if (!o)
            SWIG_fail;
        %append_output(o);
    }
}
%typemap(freearg) char **out {
    if ($1)
        dayone_free(*$1);
}

/* Text in: str (UTF-8) or bytes, with its length; no copy is kept. */
%typemap(in) (const char *yaml, size_t len), (const char *text, size_t len),
             (const char *value, size_t value_len), (const char *name, size_t name_len),
             (const char *path, size_t path_len), (const char *key, size_t key_len),
             (const char *text, size_t text_len), (const char *profiles, size_t profiles_len),
             (const char *plan, size_t plan_len), (const char *limit, size_t limit_len) {
    Py_ssize_t n = 0;
    if (PyUnicode_Check($input)) {
        $1 = (char *)PyUnicode_AsUTF8AndSize($input, &n);
        if (!$1)
            SWIG_fail;
    } else if (PyBytes_Check($input)) {
        if (PyBytes_AsStringAndSize($input, &$1, &n) < 0)
            SWIG_fail;
    } else {
        PyErr_Format(PyExc_TypeError, "expected str or bytes, not %.100s",
                     Py_TYPE($input)->tp_name);
        SWIG_fail;
    }
    $2 = (size_t)n;
}

/* Optional text in: None is (NULL, 0), as the shim reads "as configured". */
%typemap(in) (const char *url, size_t url_len), (const char *password_env, size_t password_env_len),
             (const char *key_prefix, size_t key_prefix_len),
             (const char *actor, size_t actor_len), (const char *role, size_t role_len),
             (const char *tenant, size_t tenant_len), (const char *action, size_t action_len),
             (const char *reason, size_t reason_len), (const char *ticket, size_t ticket_len) {
    Py_ssize_t n = 0;
    if ($input == Py_None) {
        $1 = NULL;
    } else if (!($1 = (char *)PyUnicode_AsUTF8AndSize($input, &n))) {
        SWIG_fail;
    }
    $2 = (size_t)n;
}

/* ------------------------------------------------------------ the C API */
/* Replaced by helpers below (options structs, borrowed pointers, speed). */
%ignore dayone_error_clear;
%ignore dayone_free;
%ignore dayone_check;
%ignore dayone_check_process;
%ignore dayone_explain;
%ignore dayone_failfast;
%ignore dayone_failfast_or_exit;
%ignore dayone_report_get;
%ignore dayone_finding;
%ignore dayone_error;
%ignore dayone_check_options;
%ignore dayone_limiter_options;
%ignore dayone_request;
%ignore dayone_decision;
%ignore dayone_limiter_new;
%ignore dayone_limiter_decide;
%ignore dayone_limiter_decide_many;
%ignore dayone_limiter_resolve;
%ignore dayone_limiter_decide_handle;
%ignore dayone_decision_retry_after;
%ignore dayone_decision_ratelimit;
%ignore dayone_decision_ratelimit_policy;
%ignore dayone_format_parse;
%ignore dayone_enforcement_parse;
%ignore dayone_facts_add_file;
%ignore dayone_facts_add_string;
%ignore dayone_facts_set;
%ignore dayone_facts_has;
%ignore dayone_timestamp_parse;
%ignore dayone_postmortem_lint;
%ignore dayone_postmortem_lint_file;

/* A check may take a while: other threads run meanwhile (the arguments'
 * Python objects keep everything it reads alive). */
%exception dayone_shim_check {
    Py_BEGIN_ALLOW_THREADS
    $action
    Py_END_ALLOW_THREADS
}

/* Used by Go (packed words) or wrapped above with Python objects. */
%ignore dayone_shim_policy_load_file;
%ignore dayone_shim_policy_load_string;
%ignore dayone_shim_env_add_string;
%ignore dayone_shim_env_has;
%ignore dayone_shim_check_var_list;
%ignore dayone_var;
%ignore dayone_env_set_many;
%ignore dayone_check_vars;
%ignore dayone_shim_mem_new;
%ignore dayone_shim_mem_free;
%ignore dayone_shim_decide;
%ignore dayone_shim_decide_many;
%ignore dayone_shim_headers;
/* The decision field table is read by dayone/_decision.py (names, kinds). */
%immutable dayone_shim_field::name;
%immutable dayone_shim_field::kind;
%immutable dayone_shim_field::offset;
%immutable dayone_shim_field::size;

#define DAYONE_EXTERN
%include "dayone/common.h"
%include "dayone/policy.h"
%include "dayone/env.h"
%include "dayone/facts.h"
%include "dayone/report.h"
%include "dayone/check.h"
%include "dayone/limiter.h"
%include "dayone/lint.h"
%include "dayone/postmortem.h"
%include "dayone/quota.h"
%include "dayone/stats.h"
%ignore dayone_limiter_bans;
%ignore dayone_ban;
%include "dayone/banlist.h"
%include "dayone_shim.h"

%{
/* UTF-8 of a str (cached in the object, no copy) or the bytes of a bytes.
 * Rejects embedded NUL. `what` names the argument in messages. */
static const char *dy_py_text(PyObject *o, Py_ssize_t *len, const char *what)
{
    const char *s = NULL;
    Py_ssize_t n = 0;
    if (PyUnicode_Check(o) && PyUnicode_IS_COMPACT_ASCII(o)) {
        s = (const char *)PyUnicode_DATA(o); /* ASCII: the characters are the UTF-8 */
        n = PyUnicode_GET_LENGTH(o);
    } else if (PyUnicode_Check(o)) {
        s = PyUnicode_AsUTF8AndSize(o, &n);
        if (!s)
            return NULL;
    } else if (PyBytes_Check(o)) {
        s = PyBytes_AS_STRING(o);
        n = PyBytes_GET_SIZE(o);
    } else {
        PyErr_Format(PyExc_TypeError, "%s must be str, not %.100s", what,
                     Py_TYPE(o)->tp_name);
        return NULL;
    }
    if ((size_t)n != strlen(s)) {
        PyErr_Format(PyExc_ValueError, "%s must not contain NUL characters", what);
        return NULL;
    }
    if (len)
        *len = n;
    return s;
}

/* An environment value: str (UTF-8; surrogate escapes become their bytes,
 * as os.environ holds undecodable bytes) or bytes. Never named in messages.
 * Fills *s and *n, borrowed from `v` or from *hold (a new bytes object). */
static int dy_py_value(PyObject *v, const char *name, const char **s, Py_ssize_t *n,
                       PyObject **hold)
{
    *hold = NULL;
    if (PyUnicode_Check(v)) {
        *s = PyUnicode_AsUTF8AndSize(v, n); /* cached in the str: no copy */
        if (*s)
            return 0;
        if (!PyErr_ExceptionMatches(PyExc_UnicodeEncodeError))
            return -1;
        PyErr_Clear(); /* lone surrogates: encode them back to bytes */
        *hold = PyUnicode_AsEncodedString(v, "utf-8", "surrogateescape");
        if (!*hold) {
            PyErr_Clear(); /* the codec's message would quote the value */
            PyErr_Format(PyExc_ValueError, "env value of %.200s is not encodable", name);
            return -1;
        }
        v = *hold;
    }
    if (PyBytes_Check(v)) {
        *s = PyBytes_AS_STRING(v);
        *n = PyBytes_GET_SIZE(v);
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "env value of %.200s must be str or bytes, not %.100s",
                 name, Py_TYPE(v)->tp_name);
    return -1;
}

static int dy_py_env_set_one(dayone_env *env, PyObject *k, PyObject *v, dayone_error *err)
{
    const char *name, *value;
    Py_ssize_t n = 0;
    PyObject *hold = NULL;
    int rc;
    if (!PyUnicode_Check(k)) {
        PyErr_Format(PyExc_TypeError, "env names must be str, not %.100s",
                     Py_TYPE(k)->tp_name);
        return 1;
    }
    name = dy_py_text(k, NULL, "env name");
    if (!name)
        return 1;
    if (dy_py_value(v, name, &value, &n, &hold) < 0)
        return 1;
    rc = dayone_env_set(env, name, value, (size_t)n, err);
    Py_XDECREF(hold);
    return rc;
}

/* Returns a dayone status; 1 means "a Python exception is already set". */
static int dy_py_env_update_impl(dayone_env *env, PyObject *mapping, dayone_error *err)
{
    PyObject *k, *v, *items = NULL, *it = NULL, *pair;
    Py_ssize_t pos = 0;
    int rc = DAYONE_OK;
    if (PyDict_Check(mapping)) {
        while (PyDict_Next(mapping, &pos, &k, &v)) {
            Py_INCREF(k);
            Py_INCREF(v);
            rc = dy_py_env_set_one(env, k, v, err);
            Py_DECREF(k);
            Py_DECREF(v);
            if (rc != DAYONE_OK)
                return rc;
        }
        return DAYONE_OK;
    }
    if (!PyMapping_Check(mapping) || !PyObject_HasAttrString(mapping, "items")) {
        PyErr_Format(PyExc_TypeError, "env must be a Mapping of str to str, not %.100s",
                     Py_TYPE(mapping)->tp_name);
        return 1;
    }
    items = PyMapping_Items(mapping);
    if (!items)
        return 1;
    it = PyObject_GetIter(items);
    if (!it) {
        rc = 1;
        goto done;
    }
    while ((pair = PyIter_Next(it)) != NULL) {
        if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2) {
            Py_DECREF(pair);
            PyErr_SetString(PyExc_TypeError, "env.items() must yield (name, value) pairs");
            rc = 1;
            goto done;
        }
        rc = dy_py_env_set_one(env, PyTuple_GET_ITEM(pair, 0), PyTuple_GET_ITEM(pair, 1), err);
        Py_DECREF(pair);
        if (rc != DAYONE_OK)
            goto done;
    }
    if (PyErr_Occurred())
        rc = 1;
done:
    Py_XDECREF(it);
    Py_XDECREF(items);
    return rc;
}
%}

%inline %{
/* Copy a Mapping (name -> str|bytes) into `env` in one crossing. */
static int dy_py_env_update(dayone_env *env, PyObject *mapping, dayone_error *err)
{
    return dy_py_env_update_impl(env, mapping, err);
}

/* The check of a dict of str -> str|bytes in one crossing, without a
 * snapshot of it (dayone_check_vars: only the variables the policy can
 * read are copied). The names and values are lent in place: their UTF-8
 * is cached in each str (ASCII is read as it is). A check known to be
 * cheap is run with the GIL held (a few microseconds, far below the
 * interpreter's switch interval), so no other thread can change the dict
 * meanwhile and nothing needs holding: up to DY_PY_VARS_ON_STACK variables
 * of up to DY_PY_IN_PLACE_BYTES value bytes in all, under a policy whose
 * checks of variables run no user `pattern:` (a match may take
 * milliseconds). Any other is checked with the GIL released, a reference
 * to every key and value held so that another thread's change to the dict
 * cannot free them (values past the byte bound: the snapshot path, which
 * releases the GIL). A small dict naming a NAME_FILE reference (the check
 * would read a file) takes the snapshot path too.
 * Returns the report, or None when the fast path does not apply or the
 * call failed: the caller then takes the snapshot path, which raises the
 * exact error (first bad variable in iteration order, its Python type or
 * NUL message) -- no error is ever built here, so no message can differ. */
#define DY_PY_VARS_ON_STACK 256
#define DY_PY_IN_PLACE_BYTES 4096
#ifdef Py_GIL_DISABLED
#define DY_PY_FREE_THREADED 1 /* no GIL: another thread may change the dict at any time */
#else
#define DY_PY_FREE_THREADED 0
#endif
/* The UTF-8 of a str, lent by it: a compact ASCII str's characters follow
 * its header (what PyUnicode_DATA returns for one, without testing its kind
 * again); any other str's UTF-8 is the one it caches. NULL with an
 * exception set when the str cannot be encoded (lone surrogates). */
static inline const char *dy_py_lent_utf8(PyObject *s, Py_ssize_t *len)
{
    if (PyUnicode_IS_COMPACT_ASCII(s)) {
        *len = PyUnicode_GET_LENGTH(s);
        return (const char *)((PyASCIIObject *)s + 1);
    }
    return PyUnicode_AsUTF8AndSize(s, len);
}

static PyObject *dy_py_check_vars(const dayone_policy *policy, PyObject *env,
                                  unsigned int flags, int64_t today, int64_t now_ns,
                                  const char *profiles, size_t profiles_len)
{
    dayone_var stack[DY_PY_VARS_ON_STACK], *vars = stack, *var, *end;
    PyObject **held = NULL, *k, *v, *result = NULL;
    Py_ssize_t pos = 0, n, i, nheld = 0, len;
    size_t value_bytes = 0;
    dayone_report *report = NULL;
    dayone_error err;
    int rc, file_refs_read;
    if (!PyDict_Check(env))
        Py_RETURN_NONE;
    n = PyDict_GET_SIZE(env);
    if (n > DY_PY_VARS_ON_STACK || DY_PY_FREE_THREADED || dy_policy_env_patterns(policy)) {
        held = (PyObject **)PyMem_Malloc((size_t)(n ? n : 1) * 2 * sizeof *held);
        if (n > DY_PY_VARS_ON_STACK)
            vars = (dayone_var *)PyMem_Malloc((size_t)n * sizeof *vars);
        if (!held || !vars) {
            PyMem_Free(held);
            if (vars != stack)
                PyMem_Free(vars);
            return PyErr_NoMemory();
        }
    }
    /* With the GIL held the check may not read a NAME_FILE reference. */
    file_refs_read = !held && !(flags & DAYONE_CHECK_NO_SECRET_FILES);
    for (var = vars, end = vars + n; PyDict_Next(env, &pos, &k, &v); var++) {
        if (var == end || !PyUnicode_Check(k))
            goto fallback;
        if (!(var->name = dy_py_lent_utf8(k, &len)))
            goto fallback;
        var->name_len = (size_t)len;
        /* A NAME_FILE reference makes the check read a file: not with the
         * GIL held; the snapshot path releases it. */
        if (file_refs_read && len > 5 && memcmp(var->name + len - 5, "_FILE", 5) == 0)
            goto fallback;
        if (PyUnicode_Check(v)) {
            if (!(var->value = dy_py_lent_utf8(v, &len)))
                goto fallback; /* lone surrogates: the snapshot path encodes them */
        } else if (PyBytes_Check(v)) {
            var->value = PyBytes_AS_STRING(v);
            len = PyBytes_GET_SIZE(v);
        } else {
            goto fallback;
        }
        var->value_len = (size_t)len;
        value_bytes += (size_t)len;
        if (held) {
            Py_INCREF(k);
            Py_INCREF(v);
            held[nheld++] = k;
            held[nheld++] = v;
        }
    }
    i = var - vars;
    if (!held && value_bytes > DY_PY_IN_PLACE_BYTES)
        goto fallback; /* long values: not with the GIL held (checked once, after the walk) */
    /* An empty error without writing its 1 KiB: the check writes one only
     * through dy_error_set, which clears it first; the snapshot path reports
     * it, with its own checks first, so it is dropped unread (it never holds
     * a value, so nothing needs wiping). */
    err.code = DAYONE_OK;
    err.line = err.column = 0;
    err.path[0] = err.message[0] = '\0';
    if (held) {
        Py_BEGIN_ALLOW_THREADS
        rc = dayone_shim_check_var_list(&report, policy, vars, (size_t)i, flags, NULL, today,
                                        NULL, now_ns, profiles, profiles_len, &err);
        Py_END_ALLOW_THREADS
    } else {
        rc = dayone_shim_check_var_list(&report, policy, vars, (size_t)i, flags, NULL, today,
                                        NULL, now_ns, profiles, profiles_len, &err);
    }
    if (rc == DAYONE_OK) {
        result = SWIG_InternalNewPointerObj(report, SWIGTYPE_p_dayone_report, SWIG_POINTER_OWN);
        if (!result)
            dayone_report_free(report);
    }
    goto done;
fallback:
    PyErr_Clear();
done:
    while (nheld > 0)
        Py_DECREF(held[--nheld]);
    PyMem_Free(held);
    if (vars != stack)
        PyMem_Free(vars);
    if (result || PyErr_Occurred())
        return result;
    Py_RETURN_NONE;
}

%}

%{
/* check() as called nearly always -- check(env=dict) or check(env=dict,
 * policy=Policy), by position or by name -- without a Python frame: a
 * Python function of check()'s eleven parameters costs more than reading a
 * name and a value of the dict. Any other call (another argument, a
 * Mapping, a prebuilt Env, a bad argument, a dict the walk hands back) is
 * passed as it came to `impl`, the Python check(), which alone defines
 * what check() does and which errors it raises; so the two cannot differ.
 * The object carries `impl` as __wrapped__ (functools.update_wrapper), so
 * inspect.signature, typing.get_type_hints and help() read check()'s own. */
typedef struct dy_py_checker {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    PyObject *dict;            /* __dict__: __wrapped__, __doc__, ... */
    PyObject *impl;            /* the Python check() */
    PyTypeObject *policy_type; /* dayone.Policy */
    PyTypeObject *report_type; /* dayone.Report */
    PyObject *env_word, *policy_word; /* "env", "policy", interned */
    Py_ssize_t policy_h;       /* the offsets of Policy._h, Report._h and */
    Py_ssize_t report_h;       /* Report._findings (their __slots__) */
    Py_ssize_t report_findings;
} dy_py_checker;

/* The offset in `type`'s instances of its __slots__ entry `name`, or -1
 * with an exception. */
static Py_ssize_t dy_py_slot_offset(PyTypeObject *type, const char *name)
{
    PyObject *d = PyDict_GetItemString(type->tp_dict, name); /* borrowed */
    if (d && Py_IS_TYPE(d, &PyMemberDescr_Type) &&
        ((PyMemberDescrObject *)d)->d_member->type == T_OBJECT_EX)
        return ((PyMemberDescrObject *)d)->d_member->offset;
    PyErr_Format(PyExc_TypeError, "%.100s has no __slots__ entry %s", type->tp_name, name);
    return -1;
}

static PyObject *dy_py_checker_call(PyObject *self, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames)
{
    dy_py_checker *c = (dy_py_checker *)self;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf), nk = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    PyObject *env = nargs > 0 ? args[0] : NULL, *policy = nargs > 1 ? args[1] : Py_None;
    PyObject *h, *report, *handle = NULL;
    void *ph = NULL;
    if (nargs > 2)
        goto slow;
    for (Py_ssize_t i = 0; i < nk; i++) {
        PyObject *word = PyTuple_GET_ITEM(kwnames, i);
        if (word == c->env_word && nargs < 1)
            env = args[nargs + i];
        else if (word == c->policy_word && nargs < 2)
            policy = args[nargs + i];
        else
            goto slow; /* another argument, or a name not interned */
    }
    if (!env || !PyDict_CheckExact(env))
        goto slow;
    if (Py_IS_TYPE(policy, c->policy_type)) {
        /* Held first, as the Python check()'s local would hold it: the
         * conversion may run Python code (a `this` attribute), the check
         * may release the GIL, and the slot may be rebound meanwhile. */
        handle = *(PyObject **)((char *)policy + c->policy_h);
        Py_XINCREF(handle);
        if (!handle || !SWIG_IsOK(SWIG_ConvertPtr(handle, &ph, SWIGTYPE_p_dayone_policy, 0)) ||
            !ph) {
            Py_XDECREF(handle);
            goto slow;
        }
    } else if (policy != Py_None) { /* None: the default policy (NULL) */
        goto slow;
    }
    h = dy_py_check_vars((const dayone_policy *)ph, env, 0, 0, 0, "", 0);
    Py_XDECREF(handle);
    if (!h)
        return NULL;
    if (h == Py_None) {
        Py_DECREF(h);
        goto slow; /* the Python check() takes the snapshot path */
    }
    /* What object.__new__(Report) and the Python check()'s two slot
     * assignments make. */
    report = c->report_type->tp_alloc(c->report_type, 0);
    if (!report) {
        Py_DECREF(h);
        return NULL;
    }
    *(PyObject **)((char *)report + c->report_h) = h;
    Py_INCREF(Py_None);
    *(PyObject **)((char *)report + c->report_findings) = Py_None;
    return report;
slow:
    return PyObject_Vectorcall(c->impl, args, nargsf, kwnames);
}

static int dy_py_checker_traverse(PyObject *self, visitproc visit, void *arg)
{
    dy_py_checker *c = (dy_py_checker *)self;
    Py_VISIT(c->dict);
    Py_VISIT(c->impl);
    Py_VISIT(c->policy_type);
    Py_VISIT(c->report_type);
    return 0;
}

static int dy_py_checker_clear(PyObject *self)
{
    dy_py_checker *c = (dy_py_checker *)self;
    Py_CLEAR(c->dict);
    Py_CLEAR(c->impl);
    Py_CLEAR(c->policy_type);
    Py_CLEAR(c->report_type);
    return 0;
}

static void dy_py_checker_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    dy_py_checker_clear(self);
    Py_XDECREF(((dy_py_checker *)self)->env_word);
    Py_XDECREF(((dy_py_checker *)self)->policy_word);
    PyObject_GC_Del(self);
}

static PyObject *dy_py_checker_repr(PyObject *self)
{
    (void)self;
    return PyUnicode_FromString(
        "<dayone.check: check(env=dict) made in C, else the Python check()>");
}

/* As a function would: pickled and copied by its name (copy and deepcopy
 * return it itself), bound as a method when it is a class attribute. */
static PyObject *dy_py_checker_reduce(PyObject *self, PyObject *unused)
{
    (void)unused;
    return PyObject_GetAttrString(self, "__qualname__");
}

static PyObject *dy_py_checker_get(PyObject *self, PyObject *obj, PyObject *type)
{
    (void)type;
    if (!obj || obj == Py_None) {
        Py_INCREF(self);
        return self;
    }
    return PyMethod_New(self, obj);
}

static PyMethodDef dy_py_checker_methods[] = {
    {"__reduce__", dy_py_checker_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}};

static PyGetSetDef dy_py_checker_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyTypeObject dy_py_checker_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "dayone._Check",
    .tp_basicsize = sizeof(dy_py_checker),
    .tp_dealloc = dy_py_checker_dealloc,
    .tp_repr = dy_py_checker_repr,
    .tp_vectorcall_offset = offsetof(dy_py_checker, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "dayone.check(): its common call made in C, any other by the Python check().",
    .tp_traverse = dy_py_checker_traverse,
    .tp_clear = dy_py_checker_clear,
    .tp_getset = dy_py_checker_getset,
    .tp_methods = dy_py_checker_methods,
    .tp_descr_get = dy_py_checker_get,
    .tp_dictoffset = offsetof(dy_py_checker, dict),
};
%}

%inline %{
/* dayone.check(): `impl` (the Python check()) behind its common call made
 * in C; `policy_type` and `report_type` are dayone.Policy and dayone.Report
 * (their _h and _findings slots are read and filled in place). */
static PyObject *dy_py_check_function(PyObject *impl, PyObject *policy_type,
                                      PyObject *report_type)
{
    dy_py_checker *c;
    Py_ssize_t offsets[3];
    if (dy_py_claim_interpreter(PyExc_ImportError) < 0)
        return NULL; /* at import: the interned names are the owner's strs */
    if (!PyCallable_Check(impl) || !PyType_Check(policy_type) || !PyType_Check(report_type)) {
        PyErr_SetString(PyExc_TypeError, "expected check(), dayone.Policy and dayone.Report");
        return NULL;
    }
    if ((offsets[0] = dy_py_slot_offset((PyTypeObject *)policy_type, "_h")) < 0 ||
        (offsets[1] = dy_py_slot_offset((PyTypeObject *)report_type, "_h")) < 0 ||
        (offsets[2] = dy_py_slot_offset((PyTypeObject *)report_type, "_findings")) < 0)
        return NULL;
    if (PyType_Ready(&dy_py_checker_type) < 0)
        return NULL;
    c = PyObject_GC_New(dy_py_checker, &dy_py_checker_type);
    if (!c)
        return NULL;
    c->vectorcall = dy_py_checker_call;
    c->dict = NULL;
    Py_INCREF(impl);
    c->impl = impl;
    Py_INCREF(policy_type);
    c->policy_type = (PyTypeObject *)policy_type;
    Py_INCREF(report_type);
    c->report_type = (PyTypeObject *)report_type;
    c->policy_h = offsets[0];
    c->report_h = offsets[1];
    c->report_findings = offsets[2];
    c->env_word = PyUnicode_InternFromString("env");
    c->policy_word = PyUnicode_InternFromString("policy");
    PyObject_GC_Track((PyObject *)c);
    if (!c->env_word || !c->policy_word) {
        Py_DECREF(c);
        return NULL;
    }
    return (PyObject *)c;
}
%}



/* ------------------------------------------------------------------ helpers */
%inline %{

/* Findings as a list of tuples:
 * (rule, key, severity, message, hint, because, source, source_path,
 *  source_line, waiver, source_column) -- severity as its name. */
static PyObject *dy_py_findings(const dayone_report *report)
{
    size_t i, n = report ? dayone_report_count(report) : 0;
    PyObject *list = PyList_New((Py_ssize_t)n);
    if (!list)
        return NULL;
    for (i = 0; i < n; i++) {
        const dayone_finding *f = dayone_report_get(report, i);
        PyObject *t;
        if (!f) {
            Py_DECREF(list);
            PyErr_SetString(PyExc_RuntimeError, "report changed while read");
            return NULL;
        }
        t = Py_BuildValue("(NNNNNNNNINI)", dy_py_str(f->rule), dy_py_str(f->key),
                          dy_py_str(dayone_severity_name(f->severity)),
                          dy_py_str(f->message), dy_py_str(f->hint),
                          dy_py_str(f->because), dy_py_str(f->source),
                          dy_py_str(f->source_path), f->source_line,
                          dy_py_str(f->waiver), f->source_column);
        if (!t) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SET_ITEM(list, (Py_ssize_t)i, t);
    }
    return list;
}
%}

/* -------------------------------------------------------- decide helpers */
%{
static PyTypeObject *dy_py_decision_type = NULL; /* dayone._decision.Decision */
static PyObject *dy_py_empty = NULL;              /* "" */
static PyObject *dy_py_no_rates = NULL;           /* (): the rates of a limit of one rate */
#define DY_PY_OUTCOMES DAYONE_OUTCOME_COUNT /* outcomes are 0 .. COUNT - 1 */
static PyObject *dy_py_outcomes[DY_PY_OUTCOMES];  /* dayone_outcome_name(i) as str, cached */
/* The record's fields, copied from the shim's table at setup. */
static dayone_shim_field dy_py_fields[DAYONE_SHIM_DECISION_FIELDS];
static Py_ssize_t dy_py_limit_name_at = -1;       /* the LIMIT_NAME field's position */

/* The decision the previous record was built from, and that record's
 * items. Most fields repeat from one decision to the next (a limit's
 * burst, window, rate, the reason "ok"): a field whose bytes are those of
 * the previous decision gets the previous (immutable) int or str again,
 * with no conversion and no allocation. Read and written with the GIL held
 * (a free-threaded build skips the cache). */
static dayone_decision dy_py_prev;
static PyObject *dy_py_prev_items[DAYONE_SHIM_DECISION_FIELDS];

/* How field i is compared with the previous decision's, from the table at
 * setup: 8 or 4 (bytes of an integer), 1 (a text), 0 (never reused: the
 * limit name is the request's own str, rates are dicts, which are mutable). */
static unsigned char dy_py_repeat_width[DAYONE_SHIM_DECISION_FIELDS];
/* The integer fields (width 8 or 4), each compared as the 8 bytes at its
 * offset masked to its own bytes: one load and compare a side, no branch
 * on the width or kind. The other fields (texts, the limit name, rates)
 * are listed apart. Both lists are made at setup from the shim's table. */
typedef struct dy_py_word {
    uint64_t mask;
    size_t offset;
    Py_ssize_t index;
} dy_py_word;
static dy_py_word dy_py_words[DAYONE_SHIM_DECISION_FIELDS];
static Py_ssize_t dy_py_nwords;
static Py_ssize_t dy_py_others[DAYONE_SHIM_DECISION_FIELDS];
static Py_ssize_t dy_py_nothers;
/* The text fields that may repeat (width 1, among the others), and how many
 * fields that may repeat have a previous item so far: when all of them do,
 * a decision can be tested whole against the previous one first. */
static Py_ssize_t dy_py_texts[DAYONE_SHIM_DECISION_FIELDS];
static Py_ssize_t dy_py_ntexts;
static Py_ssize_t dy_py_prev_count;
/* Whole records: a decision that repeats the previous one field for field
 * (compared once, dy_py_repeats_whole) takes every previous item with no
 * compare per field. dy_py_prev_gen counts the changes of dy_py_prev_items
 * (from 1; 0 is "none"). The record built last, and the generation it was
 * built at: its items are then those of dy_py_prev_items, bar the limit
 * name. When it is kept (dy_py_record_dealloc) that generation goes with
 * it, and such a decision made into it while the generation holds needs
 * only its limit name. Only when every field is an integer or text that
 * may repeat, the limit name or the rates (dy_py_whole_fields, from the
 * shim's table at setup). */
static uint64_t dy_py_prev_gen = 1, dy_py_last_gen;
/* The items of a record kept after being built as a whole repeat of the
 * current previous decision: dy_py_prev_items, the empty rates, and NULL at
 * the limit name (cleared when kept). A kept record equal to it, pointer
 * for pointer, needs only its limit name: one compare of the item array
 * instead of one per field. Borrowed (dy_py_prev_items holds them). */
static PyObject *dy_py_whole_items[DAYONE_SHIM_DECISION_FIELDS];
static PyObject *dy_py_last_record; /* compared, never dereferenced */
static int dy_py_whole_fields;
static Py_ssize_t dy_py_rates_at = -1; /* the RATES field's position */

static unsigned char dy_py_repeat_width_of(const dayone_shim_field *f)
{
    switch (f->kind) {
    case DAYONE_SHIM_BOOL:
    case DAYONE_SHIM_OUTCOME:
    case DAYONE_SHIM_INT:
    case DAYONE_SHIM_INT64:
    case DAYONE_SHIM_INT64_OR_NONE:
        return f->size == 8 ? 8 : f->size == 4 ? 4 : 0;
    case DAYONE_SHIM_TEXT:
    case DAYONE_SHIM_TEXT_OR_NONE:
        return 1;
    default:
        return 0;
    }
}

static int dy_py_i64_given(PyObject *o, int64_t *out, const char *what);

/* An optional integer argument: `dflt` when not given (NULL or None), else
 * its value. Inline: most of a request's integers are not given. */
static inline int dy_py_i64(PyObject *o, int64_t *out, int64_t dflt, const char *what)
{
    if (o == NULL || o == Py_None) {
        *out = dflt;
        return 0;
    }
    return dy_py_i64_given(o, out, what);
}

static int dy_py_i64_given(PyObject *o, int64_t *out, const char *what)
{
    long long v;
    if (!PyLong_Check(o)) {
        PyErr_Format(PyExc_TypeError, "%s must be int or None, not %.100s", what,
                     Py_TYPE(o)->tp_name);
        return -1;
    }
    v = PyLong_AsLongLong(o);
    if (v == -1 && PyErr_Occurred()) {
        PyErr_Clear();
        PyErr_Format(PyExc_ValueError, "%s is out of range", what);
        return -1;
    }
    *out = (int64_t)v;
    return 0;
}

static const char *dy_py_opt_text(PyObject *o, const char *what)
{
    if (o == NULL || o == Py_None)
        return NULL;
    return dy_py_text(o, NULL, what);
}

/* The plan and limit of the previous request of a batch, already read: a
 * batch's requests usually share them, and the batch holds these objects
 * (dy_py_batch_parts.texts) for as long as it lives, so the same object
 * can be recognised by identity. */
typedef struct dy_py_text_memo {
    PyObject *plan, *limit;
    const char *plan_text, *limit_text;
} dy_py_text_memo;

/* One of a request's names: memo hit, else read (and remembered). */
static const char *dy_py_memo_text(PyObject *o, PyObject **seen, const char **text,
                                   const char *what)
{
    const char *s;
    if (seen && o == *seen)
        return *text;
    s = dy_py_text(o, NULL, what);
    if (s && seen) {
        *seen = o;
        *text = s;
    }
    return s;
}

/* Fill a request from (key, plan, limit, cost, feature, usage, now_ns).
 * The strings are borrowed from the Python objects, which the caller keeps
 * alive. `memo` (NULL: none) skips reading a batch's repeated plan and
 * limit again. */
static int dy_py_request_memo(dayone_request *r, PyObject *key, PyObject *plan, PyObject *limit,
                              PyObject *cost, PyObject *feature, PyObject *usage,
                              PyObject *now_ns, PyObject *anchor, PyObject *wall_ns,
                              int64_t default_now, dy_py_text_memo *memo)
{
    if (key == NULL || key == Py_None) {
        PyErr_SetString(PyExc_TypeError, "key is required (a str)");
        return -1;
    }
    if (plan == NULL || plan == Py_None) {
        PyErr_SetString(PyExc_TypeError, "plan is required (a str)");
        return -1;
    }
    if (!(r->key = dy_py_text(key, NULL, "key")))
        return -1;
    if (!(r->plan = dy_py_memo_text(plan, memo ? &memo->plan : NULL,
                                    memo ? &memo->plan_text : NULL, "plan")))
        return -1;
    if (limit == NULL || limit == Py_None) {
        PyErr_SetString(PyExc_TypeError, "limit is required (a str)");
        return -1;
    }
    if (!(r->limit = dy_py_memo_text(limit, memo ? &memo->limit : NULL,
                                     memo ? &memo->limit_text : NULL, "limit")))
        return -1;
    if (dy_py_i64(cost, &r->cost, 1, "cost") < 0)
        return -1;
    r->feature = dy_py_opt_text(feature, "feature");
    if (r->feature == NULL && feature != NULL && feature != Py_None)
        return -1; /* not text: dy_py_text raised */
    if (dy_py_i64(usage, &r->usage, -1, "usage") < 0)
        return -1;
    if (dy_py_i64(now_ns, &r->now_ns, default_now, "now_ns") < 0)
        return -1;
    if (dy_py_i64(anchor, &r->period_anchor_unix_s, 0, "period_anchor_unix_s") < 0)
        return -1;
    if (dy_py_i64(wall_ns, &r->wall_ns, 0, "wall_ns") < 0)
        return -1;
    return 0;
}

/* decide()'s arguments a[0..8] into a request (the limiter's clock for a
 * missing now_ns). */
static int dy_py_request(dayone_request *r, PyObject *const a[9])
{
    return dy_py_request_memo(r, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], 0, NULL);
}

/* A limit of several rates: a tuple of one dict per rate, keyed by the
 * shim's rate field names; () for a limit of one rate. */
static PyObject *dy_py_rates(const dayone_decision *d)
{
    int n = d->nrates < 0 ? 0 : d->nrates > DAYONE_LIMIT_RATES_MAX ? DAYONE_LIMIT_RATES_MAX
                                                                   : d->nrates;
    PyObject *t = PyTuple_New(n);
    int k;
    size_t f;
    if (!t)
        return NULL;
    for (k = 0; k < n; k++) {
        const int64_t *v = (const int64_t *)&d->rates[k];
        PyObject *r = PyDict_New();
        if (!r) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, k, r);
        for (f = 0; f < DAYONE_SHIM_RATE_FIELDS; f++) {
            PyObject *x = PyLong_FromLongLong(v[f]);
            if (!x || PyDict_SetItemString(r, dayone_shim_rate_field(f), x) < 0) {
                Py_XDECREF(x);
                Py_DECREF(t);
                return NULL;
            }
            Py_DECREF(x);
        }
    }
    return t;
}

/* `rates` back into the decision (for the header writers): a sequence of
 * mappings with the six fields; nrates is its length. */
static int dy_py_unpack_rates(PyObject *v, dayone_decision *d)
{
    PyObject *seq = PySequence_Fast(v, "rates must be a sequence");
    Py_ssize_t n, k;
    size_t f;
    if (!seq)
        return -1;
    n = PySequence_Fast_GET_SIZE(seq);
    if (n > DAYONE_LIMIT_RATES_MAX) {
        Py_DECREF(seq);
        PyErr_SetString(PyExc_ValueError, "rates: too many");
        return -1;
    }
    for (k = 0; k < n; k++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, k);
        int64_t *out = (int64_t *)&d->rates[k];
        for (f = 0; f < DAYONE_SHIM_RATE_FIELDS; f++) {
            PyObject *x = PyMapping_GetItemString(item, dayone_shim_rate_field(f));
            int bad = !x || dy_py_i64(x, &out[f], -1, dayone_shim_rate_field(f)) < 0;
            Py_XDECREF(x);
            if (bad) {
                Py_DECREF(seq);
                return -1;
            }
        }
    }
    d->nrates = (int)n;
    Py_DECREF(seq);
    return 0;
}

/* A decision as a Decision record, field by field from the shim's table
 * (the one place the fields and their order are written). Values are
 * range-checked by the C library, not here. */
static PyObject *dy_py_decision_value(const dayone_shim_field *f, const dayone_decision *d,
                                      const char *limit_name, PyObject *limit_obj)
{
    const char *at = (const char *)d + f->offset;
    int i32;
    int64_t i64;
    switch (f->kind) {
    case DAYONE_SHIM_BOOL:
        memcpy(&i32, at, sizeof i32);
        return PyBool_FromLong(i32);
    case DAYONE_SHIM_OUTCOME:
        memcpy(&i32, at, sizeof i32);
        if (i32 >= 0 && i32 < DY_PY_OUTCOMES && dy_py_outcomes[i32]) {
            Py_INCREF(dy_py_outcomes[i32]);
            return dy_py_outcomes[i32];
        }
        return dy_py_str(dayone_outcome_name((dayone_outcome)i32));
    case DAYONE_SHIM_INT:
        memcpy(&i32, at, sizeof i32);
        return PyLong_FromLong(i32);
    case DAYONE_SHIM_INT64:
    case DAYONE_SHIM_INT64_OR_NONE:
        memcpy(&i64, at, sizeof i64);
        if (i64 < 0 && f->kind == DAYONE_SHIM_INT64_OR_NONE)
            Py_RETURN_NONE;
        return PyLong_FromLongLong(i64);
    case DAYONE_SHIM_TEXT:
    case DAYONE_SHIM_TEXT_OR_NONE:
        if (at[0])
            return dy_py_str(at);
        if (f->kind == DAYONE_SHIM_TEXT_OR_NONE || !dy_py_empty)
            Py_RETURN_NONE;
        Py_INCREF(dy_py_empty);
        return dy_py_empty;
    case DAYONE_SHIM_LIMIT_NAME:
        /* The caller's own str when exact (a subclass instance could carry
         * other objects into the record, which is not GC-tracked below). */
        if (limit_obj && PyUnicode_CheckExact(limit_obj)) {
            Py_INCREF(limit_obj);
            return limit_obj;
        }
        return dy_py_str(limit_name);
    case DAYONE_SHIM_RATES:
        return dy_py_rates(d);
    }
    PyErr_SetString(PyExc_SystemError, "unknown decision field kind");
    return NULL;
}

/* Decision records: a free list.
 *
 * A record is a tuple subclass, which CPython's own tuple free list does not
 * serve: each one costs the generic allocation (zeroing, type reference,
 * collector link) and subtype_dealloc's walk on the way out, about as much
 * as the decision itself. Decision's tp_dealloc (installed by dy_py_setup)
 * keeps up to DY_PY_RECORDS_KEPT dead records built here - exact Decision
 * instances the collector does not track, so holding only ints, strs,
 * bools, None and () - and dy_py_record_new hands them out again. A kept
 * record keeps its reference to the type and its items, except the limit
 * name (the caller's str): most items of the next record built in it are
 * the same objects (dy_py_prev_items), which then need no reference taken
 * or dropped. Enough for a decide_many list of 1,000 to be rebuilt from the
 * previous one's records (about 200 bytes each, and their ints). Every
 * other instance (built by Python, tracked, or of a subclass, for which this
 * is the base's dealloc) is freed as subtype_dealloc would: the tuple's
 * dealloc (behind the trashcan), then the type's reference dropped (a heap
 * type's dealloc owns that reference). Read and written with the GIL held; not on a
 * free-threaded build. _Py_NewReference is declared by CPython's headers
 * from 3.9 to 3.13; on a later version records are allocated as before. A
 * __del__ set on Decision after import is not called (it defines none). */
#if !defined(Py_GIL_DISABLED) && PY_VERSION_HEX < 0x030E0000
#define DY_PY_RECORD_FREE_LIST 1
#endif
#define DY_PY_RECORDS_KEPT 1024
#ifdef DY_PY_RECORD_FREE_LIST
static PyObject *dy_py_records[DY_PY_RECORDS_KEPT];
static uint64_t dy_py_records_gen[DY_PY_RECORDS_KEPT]; /* dy_py_last_gen of the record built last */
static int dy_py_records_kept;
#endif

static void dy_py_record_dealloc(PyObject *op)
{
    PyTypeObject *tp = Py_TYPE(op);
#ifdef DY_PY_RECORD_FREE_LIST
    if (tp == dy_py_decision_type && dy_py_records_kept < DY_PY_RECORDS_KEPT &&
        Py_SIZE(op) == DAYONE_SHIM_DECISION_FIELDS && dy_py_limit_name_at >= 0 &&
        !PyObject_GC_IsTracked(op)) {
        /* A str: releasing it runs no Python code. */
        Py_CLEAR(((PyTupleObject *)op)->ob_item[dy_py_limit_name_at]);
        dy_py_records_gen[dy_py_records_kept] = op == dy_py_last_record ? dy_py_last_gen : 0;
        dy_py_records[dy_py_records_kept++] = op;
        if (op == dy_py_last_record)
            dy_py_last_record = NULL;
        return;
    }
#endif
    /* As subtype_dealloc: untracked first, and through the trashcan, so
     * that freeing a deep chain of records (a Decision built by Python can
     * hold anything) does not recurse once per link. */
    PyObject_GC_UnTrack(op);
    Py_TRASHCAN_BEGIN(op, dy_py_record_dealloc)
    PyTuple_Type.tp_dealloc(op);
    Py_DECREF(tp);
    Py_TRASHCAN_END
}

/* A record to fill: from the free list (not tracked; items to replace),
 * else newly allocated (tracked; every item NULL). *tracked says which;
 * *gen is the generation a kept record's items are of (0: unknown). */
static PyObject *dy_py_record_new(PyTypeObject *tp, int *tracked, uint64_t *gen)
{
#ifdef DY_PY_RECORD_FREE_LIST
    if (dy_py_records_kept > 0) {
        PyObject *op = dy_py_records[--dy_py_records_kept];
        *gen = dy_py_records_gen[dy_py_records_kept];
        _Py_NewReference(op);
        *tracked = 0;
        return op;
    }
#endif
    *gen = 0;
    *tracked = 1; /* tp_alloc tracks a collected type's instance */
    return tp->tp_alloc(tp, DAYONE_SHIM_DECISION_FIELDS);
}

/* Decision's fields, read in place.
 *
 * namedtuple reads a field through a descriptor of its own, which the
 * interpreter calls generically on every read (type lookup, descriptor
 * call, bounds check). A member descriptor (READONLY, an object at a fixed
 * offset: here the tuple's item) is one the interpreter specialises
 * (LOAD_ATTR_SLOT): the item read in place. A member has no bounds check,
 * so every instance of exactly Decision has room for all the fields:
 * dy_py_record_alloc allocates at least DAYONE_SHIM_DECISION_FIELDS items
 * (zeroed: an item past a short tuple's size is NULL, which the member
 * reports as a missing attribute), and dy_py_record_free, a deallocator of
 * Decision's own, makes `__class__` assignment into or out of Decision
 * refuse ("deallocator differs"), so no instance of another layout becomes
 * one. A subclass reaches the same members (super().reason, or the
 * descriptor called directly), so Decision.__init_subclass__ gives every
 * subclass this allocator too (dy_py_setup_subclass): its instances have
 * room for all the fields, or, when the subclass's __dict__ sits right
 * after the items (where a missing field would be read; not when Python
 * manages it, as 3.13 does), must have them all. */
#if PY_VERSION_HEX >= 0x030C0000
#define DY_PY_MEMBER_OBJECT Py_T_OBJECT_EX
#define DY_PY_MEMBER_READONLY Py_READONLY
#else
#define DY_PY_MEMBER_OBJECT T_OBJECT_EX
#define DY_PY_MEMBER_READONLY READONLY
#endif
static PyMemberDef dy_py_members[DAYONE_SHIM_DECISION_FIELDS];
static char dy_py_member_docs[DAYONE_SHIM_DECISION_FIELDS][32];

static PyObject *dy_py_record_alloc(PyTypeObject *type, Py_ssize_t n)
{
    /* A layout of its own (a subclass's __dict__, unless the version
     * manages it before the object as 3.13 does) lies after the Py_SIZE
     * items, where a missing field's member would read it. */
    if (n < DAYONE_SHIM_DECISION_FIELDS && type->tp_basicsize != PyTuple_Type.tp_basicsize) {
        PyErr_Format(PyExc_TypeError, "%s takes all %d fields of a Decision, not %zd",
                     type->tp_name, (int)DAYONE_SHIM_DECISION_FIELDS, n);
        return NULL;
    }
    PyObject *op = PyType_GenericAlloc(type, n < DAYONE_SHIM_DECISION_FIELDS
                                                 ? DAYONE_SHIM_DECISION_FIELDS : n);
    if (op)
        Py_SET_SIZE(op, n);
    return op;
}

static void dy_py_record_free(void *op)
{
    PyObject_GC_Del(op);
}

/* Install the members on `type` (Decision); -1 with an exception. */
static int dy_py_install_members(PyTypeObject *type)
{
    type->tp_alloc = dy_py_record_alloc;
    type->tp_free = dy_py_record_free;
    for (size_t i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++) {
        PyMemberDef *m = &dy_py_members[i];
        PyObject *descr;
        int rc;
        snprintf(dy_py_member_docs[i], sizeof dy_py_member_docs[i], "Alias for field number %zu",
                 i);
        m->name = dy_py_fields[i].name;
        m->type = DY_PY_MEMBER_OBJECT;
        m->offset = (Py_ssize_t)(offsetof(PyTupleObject, ob_item) + i * sizeof(PyObject *));
        m->flags = DY_PY_MEMBER_READONLY;
        m->doc = dy_py_member_docs[i];
        if (!(descr = PyDescr_NewMember(type, m)))
            return -1;
        rc = PyObject_SetAttrString((PyObject *)type, m->name, descr);
        Py_DECREF(descr);
        if (rc < 0)
            return -1;
    }
    return 0;
}

/* Free the kept records (their type is being replaced). */
static void dy_py_records_drop(void)
{
#ifdef DY_PY_RECORD_FREE_LIST
    while (dy_py_records_kept > 0) {
        PyObject *op = dy_py_records[--dy_py_records_kept];
        PyTypeObject *tp = Py_TYPE(op);
        PyTuple_Type.tp_dealloc(op); /* releases the items it kept */
        Py_DECREF(tp);
    }
#endif
}

/* 1 when the NUL-terminated texts a and b (within n bytes) are equal:
 * inline, as the texts compared are short ("ok", ""). */
static inline int dy_py_same_text(const char *a, const char *b, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        if (a[k] != b[k])
            return 0;
        if (!a[k])
            return 1;
    }
    return 1;
}

/* Field i of the record: the previous record's item, which repeats. A kept
 * record may hold it already (no reference to take or drop). */
static inline void dy_py_reuse(PyObject **items, Py_ssize_t i)
{
    PyObject *old = items[i], *prev = dy_py_prev_items[i];
    if (old != prev) { /* else a kept record's item, already the value */
        Py_INCREF(prev);
        items[i] = prev;
        Py_XDECREF(old); /* an int, str, bool or None: no Python code runs */
    }
}

/* Field i of the record, converted from the decision (and remembered as
 * the previous value when it may repeat). 0, or -1 with an exception. */
static int dy_py_fill(PyObject **items, Py_ssize_t i, const dayone_decision *d,
                      const char *limit_name, PyObject *limit_obj)
{
    const dayone_shim_field *f = &dy_py_fields[i];
    PyObject *old = items[i];
    PyObject *v = dy_py_decision_value(f, d, limit_name, limit_obj);
    if (!v)
        return -1;
    items[i] = v;
    Py_XDECREF(old);
#ifndef Py_GIL_DISABLED
    if (dy_py_repeat_width[i]) {
        if (!dy_py_prev_items[i])
            dy_py_prev_count++;
        dy_py_prev_gen++;
        Py_INCREF(v);
        Py_XSETREF(dy_py_prev_items[i], v);
        dy_py_whole_items[i] = v;
        memcpy((char *)&dy_py_prev + f->offset, (const char *)d + f->offset, f->size);
    }
#endif
    return 0;
}

#ifndef Py_GIL_DISABLED
/* 1 when every field that may repeat is as in the previous decision, each
 * with its previous item (the usual case: a tenant under its limit gets
 * the decision the one before it got). The integers are compared without a
 * branch per field, so that such a record costs a pass over its items. */
static inline int dy_py_repeats_whole(const dayone_decision *d)
{
    uint64_t diff = 0;
    Py_ssize_t k;
    /* First the fields that move with a tenant's use (its remaining
     * budget, its quota and the times that follow from them): a decision
     * that does not repeat is turned away before the compares below. */
    if (d->remaining != dy_py_prev.remaining || d->reset_after_ns != dy_py_prev.reset_after_ns ||
        d->retry_after_ns != dy_py_prev.retry_after_ns ||
        d->quota_remaining != dy_py_prev.quota_remaining ||
        dy_py_prev_count != dy_py_nwords + dy_py_ntexts)
        return 0;
    /* dy_py_prev keeps each field's bytes and zero elsewhere; a decision
     * written in a reused buffer (dy_py_outs_take) usually repeats the
     * bytes no field covers too: all bytes equal means every field equal
     * and nrates 0, in one wide compare. Else field by field. */
    if (memcmp(d, &dy_py_prev, offsetof(dayone_decision, rates)) == 0 &&
        memcmp(&d->override_source, &dy_py_prev.override_source,
               sizeof *d - offsetof(dayone_decision, override_source)) == 0)
        return 1; /* nrates 0 as dy_py_prev's: rates[] unread */
    for (k = 0; k < dy_py_nwords; k++) {
        const dy_py_word *w = &dy_py_words[k];
        uint64_t x, y;
        memcpy(&x, (const char *)d + w->offset, sizeof x);
        memcpy(&y, (const char *)&dy_py_prev + w->offset, sizeof y);
        diff |= (x ^ y) & w->mask;
    }
    if (diff)
        return 0;
    for (k = 0; k < dy_py_ntexts; k++) {
        const dayone_shim_field *f = &dy_py_fields[dy_py_texts[k]];
        if (!dy_py_same_text((const char *)d + f->offset, (const char *)&dy_py_prev + f->offset,
                             f->size))
            return 0;
    }
    return 1;
}

#endif

#ifndef Py_GIL_DISABLED
/* 1 when a kept record's items are dy_py_whole_items: a fixed number of
 * pointers compared without a branch each (no library call). */
static inline int dy_py_same_items(PyObject *const *items)
{
    uintptr_t diff = 0;
    for (int k = 0; k < DAYONE_SHIM_DECISION_FIELDS; k++)
        diff |= (uintptr_t)items[k] ^ (uintptr_t)dy_py_whole_items[k];
    return diff == 0;
}
#endif

static PyObject *dy_py_decision(const dayone_decision *d, const char *limit_name,
                                PyObject *limit_obj)
{
    PyTypeObject *tp = dy_py_decision_type;
    PyObject *t, **items;
    Py_ssize_t i, k;
    int tracked;
    uint64_t gen;
    if (!tp) {
        PyErr_SetString(PyExc_RuntimeError, "dayone._decision is not set up");
        return NULL;
    }
    t = dy_py_record_new(tp, &tracked, &gen);
    if (!t)
        return NULL;
    items = ((PyTupleObject *)t)->ob_item;
#ifndef Py_GIL_DISABLED
    if (d->nrates <= 0 && dy_py_whole_fields && dy_py_repeats_whole(d)) {
        /* Every item is the previous one, bar the limit name (cleared when
         * the record was kept): a record that was the last one built holds
         * them already; any other takes them without a compare each. */
        if (gen != dy_py_prev_gen && !dy_py_same_items(items)) {
            for (k = 0; k < dy_py_nwords; k++)
                dy_py_reuse(items, dy_py_words[k].index);
            for (k = 0; k < dy_py_ntexts; k++)
                dy_py_reuse(items, dy_py_texts[k]);
            if (dy_py_rates_at >= 0 && items[dy_py_rates_at] != dy_py_no_rates) {
                Py_INCREF(dy_py_no_rates);
                Py_XSETREF(items[dy_py_rates_at], dy_py_no_rates);
            }
        }
        i = dy_py_limit_name_at;
        if (limit_obj && PyUnicode_CheckExact(limit_obj)) {
            Py_INCREF(limit_obj);
            Py_XSETREF(items[i], limit_obj);
        } else if (dy_py_fill(items, i, d, limit_name, limit_obj) < 0) {
            goto fail;
        }
        goto built;
    }
    for (k = 0; k < dy_py_nwords; k++) {
        const dy_py_word *w = &dy_py_words[k];
        uint64_t x, y;
        memcpy(&x, (const char *)d + w->offset, sizeof x);
        memcpy(&y, (const char *)&dy_py_prev + w->offset, sizeof y);
        if (((x ^ y) & w->mask) == 0 && dy_py_prev_items[w->index])
            dy_py_reuse(items, w->index);
        else if (dy_py_fill(items, w->index, d, limit_name, limit_obj) < 0)
            goto fail;
    }
    for (k = 0; k < dy_py_nothers; k++) {
        const dayone_shim_field *f;
        PyObject *same = NULL;
        i = dy_py_others[k];
        f = &dy_py_fields[i];
        if (f->kind == DAYONE_SHIM_LIMIT_NAME) {
            /* The caller's own str when exact (a subclass instance could
             * carry other objects into the record, which is not tracked). */
            if (limit_obj && PyUnicode_CheckExact(limit_obj))
                same = limit_obj;
        } else if (f->kind == DAYONE_SHIM_RATES) {
            if (d->nrates <= 0)
                same = dy_py_no_rates;
        } else if (dy_py_repeat_width[i] == 1 && dy_py_prev_items[i] &&
                   dy_py_same_text((const char *)d + f->offset,
                                   (const char *)&dy_py_prev + f->offset, f->size)) {
            same = dy_py_prev_items[i];
        }
        if (same) {
            PyObject *old = items[i];
            if (old != same) {
                Py_INCREF(same);
                items[i] = same;
                Py_XDECREF(old); /* an int, str, bool or None: no Python code runs */
            }
        } else if (dy_py_fill(items, i, d, limit_name, limit_obj) < 0) {
            goto fail;
        }
    }
built:
    if (d->nrates <= 0 && dy_py_whole_fields) {
        dy_py_last_record = t;
        dy_py_last_gen = dy_py_prev_gen;
    }
#else
    (void)k;
    (void)gen;
    for (i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++)
        if (dy_py_fill(items, i, d, limit_name, limit_obj) < 0)
            goto fail;
#endif
    /* Only ints, exact strs, bools and None (and an empty tuple of rates):
     * the record can be in no reference cycle, so the collector need not
     * visit it (as it stops visiting such plain tuples). A record of
     * several rates holds dicts: tracked. */
    if (d->nrates <= 0) {
        if (tracked)
            PyObject_GC_UnTrack(t);
    } else if (!tracked) {
        PyObject_GC_Track(t);
    }
    return t;
fail:
    Py_DECREF(t);
    return NULL;
}

/* Store one field of a Decision record back into the C decision. */
static int dy_py_unpack_value(const dayone_shim_field *f, PyObject *v, dayone_decision *d)
{
    char *at = (char *)d + f->offset;
    int64_t i64;
    int i32, k;
    switch (f->kind) {
    case DAYONE_SHIM_OUTCOME:
        if (PyUnicode_Check(v)) {
            for (k = 0; k < DY_PY_OUTCOMES; k++) {
                if (PyUnicode_CompareWithASCIIString(v, dayone_outcome_name((dayone_outcome)k)) == 0)
                    break;
            }
            i64 = k; /* DY_PY_OUTCOMES when unknown: no outcome */
        } else if (dy_py_i64(v, &i64, -1, f->name) < 0) { /* given as its number */
            return -1;
        }
        break;
    case DAYONE_SHIM_BOOL:
    case DAYONE_SHIM_INT:
    case DAYONE_SHIM_INT64:
    case DAYONE_SHIM_INT64_OR_NONE:
        if (dy_py_i64(v, &i64, -1, f->name) < 0)
            return -1;
        break;
    case DAYONE_SHIM_TEXT:
    case DAYONE_SHIM_TEXT_OR_NONE:
        if (v != Py_None) {
            const char *s = dy_py_text(v, NULL, f->name);
            if (!s)
                return -1;
            snprintf(at, f->size, "%s", s);
        }
        return 0;
    case DAYONE_SHIM_RATES:
        return dy_py_unpack_rates(v, d);
    case DAYONE_SHIM_LIMIT_NAME:
    default:
        return 0;
    }
    if (f->size == sizeof i64) {
        memcpy(at, &i64, sizeof i64);
    } else {
        i32 = (int)i64;
        memcpy(at, &i32, sizeof i32);
    }
    return 0;
}

/* Rebuild the C decision from a Decision record (for the header writers). */
static int dy_py_unpack_decision(PyObject *t, dayone_decision *d)
{
    Py_ssize_t i;
    memset(d, 0, sizeof *d);
    if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != DAYONE_SHIM_DECISION_FIELDS ||
        dy_py_limit_name_at < 0) {
        PyErr_SetString(PyExc_TypeError, "expected a dayone.Decision");
        return -1;
    }
    for (i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++) {
        if (dy_py_unpack_value(&dy_py_fields[i], PyTuple_GET_ITEM(t, i), d) < 0)
            return -1;
    }
    return 0;
}
%}

%inline %{
/* Give a subclass of Decision (called by Decision.__init_subclass__, after
 * dy_py_setup) Decision's allocator: Decision's field members, which its
 * instances reach, read them without a bounds check. Its deallocator stays
 * Python's, so `__class__` assignment to or from Decision stays refused. */
static PyObject *dy_py_setup_subclass(PyObject *cls)
{
    if (!dy_py_decision_type || !PyType_Check(cls) ||
        !PyType_IsSubtype((PyTypeObject *)cls, dy_py_decision_type) ||
        (PyTypeObject *)cls == dy_py_decision_type ||
        !(((PyTypeObject *)cls)->tp_flags & Py_TPFLAGS_HEAPTYPE)) {
        PyErr_SetString(PyExc_TypeError, "not a Python subclass of the registered Decision");
        return NULL;
    }
    ((PyTypeObject *)cls)->tp_alloc = dy_py_record_alloc;
    Py_RETURN_NONE;
}

/* Register the Decision class (a tuple subclass with one item per field of
 * the shim's decision table) and cache the outcome names. */
static PyObject *dy_py_setup(PyObject *decision_type)
{
    size_t i;
    if (!PyType_Check(decision_type) ||
        !PyType_IsSubtype((PyTypeObject *)decision_type, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "Decision must be a tuple subclass");
        return NULL;
    }
    /* Its instances are freed by dy_py_record_dealloc: a class defined in
     * Python with no instance layout of its own (__slots__ = ()). */
    const PyTypeObject *dt = (const PyTypeObject *)decision_type;
    if (!(dt->tp_flags & Py_TPFLAGS_HEAPTYPE) || dt->tp_basicsize != PyTuple_Type.tp_basicsize ||
        dt->tp_itemsize != PyTuple_Type.tp_itemsize || dt->tp_dictoffset != 0 ||
        dt->tp_weaklistoffset != 0) {
        PyErr_SetString(PyExc_TypeError, "Decision must be a Python class with __slots__ = ()");
        return NULL;
    }
    /* Before any state is touched: another interpreter's import fails here
     * and the owner's type, records and caches stay as they are. */
    if (dy_py_claim_interpreter(PyExc_ImportError) < 0)
        return NULL;
    Py_ssize_t nwords = 0, nothers = 0;
    for (i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++) {
        dy_py_fields[i] = *dayone_shim_decision_field(i);
        dy_py_repeat_width[i] = dy_py_repeat_width_of(&dy_py_fields[i]);
        if (dy_py_repeat_width[i] >= 4 && dy_py_fields[i].offset + 8 <= sizeof(dayone_decision)) {
            unsigned char bytes[8] = {0};
            dy_py_word *w = &dy_py_words[nwords++];
            memset(bytes, 0xff, dy_py_repeat_width[i]);
            memcpy(&w->mask, bytes, sizeof bytes);
            w->offset = dy_py_fields[i].offset;
            w->index = (Py_ssize_t)i;
        } else {
            if (dy_py_repeat_width[i] >= 4)
                dy_py_repeat_width[i] = 0; /* 8 bytes would run past the end: not reused */
            dy_py_others[nothers++] = (Py_ssize_t)i;
        }
        if (dy_py_fields[i].kind == DAYONE_SHIM_LIMIT_NAME)
            dy_py_limit_name_at = (Py_ssize_t)i;
        if (dy_py_fields[i].kind == DAYONE_SHIM_RATES)
            dy_py_rates_at = (Py_ssize_t)i;
    }
    dy_py_nwords = nwords;
    dy_py_nothers = nothers;
    dy_py_ntexts = 0;
    for (Py_ssize_t k = 0; k < nothers; k++)
        if (dy_py_repeat_width[dy_py_others[k]] == 1)
            dy_py_texts[dy_py_ntexts++] = dy_py_others[k];
    dy_py_prev_count = 0;
    for (i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++)
        dy_py_prev_count += dy_py_repeat_width[i] && dy_py_prev_items[i];
    dy_py_whole_fields = dy_py_limit_name_at >= 0;
    for (i = 0; i < DAYONE_SHIM_DECISION_FIELDS; i++)
        if (!dy_py_repeat_width[i] && dy_py_fields[i].kind != DAYONE_SHIM_LIMIT_NAME &&
            dy_py_fields[i].kind != DAYONE_SHIM_RATES)
            dy_py_whole_fields = 0;
    dy_py_prev_gen++; /* records kept so far are dropped below or stay of an older one */
    if (!dy_py_empty && !(dy_py_empty = PyUnicode_FromString("")))
        return NULL;
    if (!dy_py_no_rates && !(dy_py_no_rates = PyTuple_New(0)))
        return NULL;
    if (dy_py_rates_at >= 0)
        dy_py_whole_items[dy_py_rates_at] = dy_py_no_rates; /* borrowed: kept for good */
    for (i = 0; i < DY_PY_OUTCOMES; i++) {
        if (!dy_py_outcomes[i] &&
            !(dy_py_outcomes[i] = PyUnicode_InternFromString(dayone_outcome_name((dayone_outcome)i))))
            return NULL;
    }
    if ((PyTypeObject *)decision_type != dy_py_decision_type)
        dy_py_records_drop(); /* records of the type being replaced */
    /* Its instances are freed by dy_py_record_dealloc (the free list). */
    ((PyTypeObject *)decision_type)->tp_dealloc = dy_py_record_dealloc;
    if (dy_py_install_members((PyTypeObject *)decision_type) < 0)
        return NULL;
    Py_INCREF(decision_type);
    Py_XDECREF((PyObject *)dy_py_decision_type);
    dy_py_decision_type = (PyTypeObject *)decision_type;
    Py_RETURN_NONE;
}

/* 1 when a Redis backend is attached: a decision may then wait on the
 * network (up to the command timeout), so the GIL must be released. */
static int dy_py_has_backend(const dayone_limiter *limiter)
{
    dayone_backend_status st;
    return dayone_limiter_backend_status(limiter, &st) == DAYONE_OK && st.attached;
}

%}

%{
/* One decision from dy_py_request's arguments (a[0..8]: key, plan, limit,
 * cost, feature, usage, now_ns, period_anchor_unix_s, wall_ns; NULL or None
 * for "not given"). In-process the GIL is kept (the C call is far shorter
 * than a GIL handoff); with a backend it is released around the round trip.
 * Safe: the caller's arguments keep the limiter and the strings alive. */
static PyObject *dy_py_decide_args(dayone_limiter *limiter, PyObject *const a[9])
{
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_decision d;
    dayone_error err;
    int rc;
    if (!limiter) {
        PyErr_SetString(PyExc_ValueError, "the limiter is closed");
        return NULL;
    }
    if (dy_py_request(&r, a) < 0)
        return NULL;
    /* Zeroed, as a batch's buffer starts: the bytes the library leaves
     * alone match dy_py_prev's, so a repeated decision is told in one
     * compare (dy_py_repeats_whole). */
    memset(&d, 0, sizeof d);
    err.code = 0;
    err.message[0] = '\0';
    err.path[0] = '\0';
    err.line = err.column = 0;
    if (dy_py_has_backend(limiter)) {
        Py_BEGIN_ALLOW_THREADS
        rc = dayone_limiter_decide(limiter, &r, &d, &err);
        Py_END_ALLOW_THREADS
    } else {
        rc = dayone_limiter_decide(limiter, &r, &d, &err);
    }
    if (rc != DAYONE_OK) {
        dy_py_raise(rc, &err);
        return NULL;
    }
    return dy_py_decision(&d, r.limit, a[2]);
}
%}

%inline %{
/* decide() through SWIG: the Python method's path (a Limiter with a clock). */
static PyObject *dy_py_decide(dayone_limiter *limiter, PyObject *key, PyObject *plan,
                              PyObject *limit, PyObject *cost, PyObject *feature,
                              PyObject *usage, PyObject *now_ns, PyObject *anchor,
                              PyObject *wall_ns)
{
    PyObject *const a[9] = {key, plan, limit, cost, feature, usage, now_ns, anchor, wall_ns};
    return dy_py_decide_args(limiter, a);
}
%}

%{
/* decide()'s crossing as C functions bound to a limiter's handle, called
 * with the vectorcall convention (positional arguments in place, keywords
 * by name): deciding, and the floors bench/bench_python.py measures -
 * reading the arguments alone, and reading them plus building a record,
 * without deciding. Limiter.decide itself is the method below
 * (dy_py_decide_method), which reads the arguments the same way. */
#define DY_PY_DECIDE_ARGS 9
/* A request's fields in order: decide()'s parameters, a batch tuple's
 * positions and a batch dict's keys. */
static const char *const dy_py_decide_names[DY_PY_DECIDE_ARGS] = {
    "key", "plan", "limit", "cost", "feature", "usage", "now_ns", "period_anchor_unix_s",
    "wall_ns"};
static PyObject *dy_py_decide_keywords[DY_PY_DECIDE_ARGS]; /* the names, interned */

/* The arguments of one call into a[] (NULL where not given); -1 with a
 * TypeError as Python words it for a bad call. */
static int dy_py_decide_unpack(PyObject *const *args, Py_ssize_t nargsf, PyObject *kwnames,
                               PyObject *a[DY_PY_DECIDE_ARGS])
{
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf), nk, i;
    int k;
    for (k = 0; k < DY_PY_DECIDE_ARGS; k++)
        a[k] = NULL;
    if (nargs > DY_PY_DECIDE_ARGS) {
        PyErr_Format(PyExc_TypeError, "decide() takes at most %d arguments (%zd given)",
                     DY_PY_DECIDE_ARGS, nargs);
        return -1;
    }
    for (i = 0; i < nargs; i++)
        a[i] = args[i];
    nk = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (i = 0; i < nk; i++) {
        PyObject *name = PyTuple_GET_ITEM(kwnames, i);
        for (k = 0; k < DY_PY_DECIDE_ARGS && name != dy_py_decide_keywords[k]; k++)
            ;
        for (int j = 0; k == DY_PY_DECIDE_ARGS && j < DY_PY_DECIDE_ARGS; j++)
            if (PyUnicode_Compare(name, dy_py_decide_keywords[j]) == 0)
                k = j;
        if (k == DY_PY_DECIDE_ARGS) {
            PyErr_Format(PyExc_TypeError, "decide() got an unexpected keyword argument '%U'",
                         name);
            return -1;
        }
        if (a[k]) {
            PyErr_Format(PyExc_TypeError, "decide() got multiple values for argument '%s'",
                         dy_py_decide_names[k]);
            return -1;
        }
        a[k] = args[nargs + i];
    }
    return 0;
}

/* A bound function's `self`: the limiter's SWIG handle (checked when
 * bound; it keeps the limiter alive). Holds only the handle, which refers
 * to no Python object: no cycle, so not GC-tracked. */
typedef struct dy_py_binding {
    PyObject_HEAD
    PyObject *handle;
} dy_py_binding;

static void dy_py_binding_dealloc(PyObject *self)
{
    Py_CLEAR(((dy_py_binding *)self)->handle);
    Py_TYPE(self)->tp_free(self);
}

static PyTypeObject dy_py_binding_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "dayone._DecideBinding",
    .tp_basicsize = sizeof(dy_py_binding),
    .tp_dealloc = dy_py_binding_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "The limiter handle a C-bound decide() floor of bench_python.py decides with.",
};

static PyObject *dy_py_decide_vector(PyObject *self, PyObject *const *args, Py_ssize_t nargsf,
                                     PyObject *kwnames)
{
    PyObject *a[DY_PY_DECIDE_ARGS], *handle = ((dy_py_binding *)self)->handle, *result;
    if (dy_py_decide_unpack(args, nargsf, kwnames, a) < 0)
        return NULL;
    if (!handle) /* never bound to a handle: refused as a closed limiter is */
        return dy_py_decide_args(NULL, a);
    /* Held for the call: close() in another thread (while a backend call
     * has the GIL released) must not free the limiter under it. */
    Py_INCREF(handle);
    result = dy_py_decide_args((dayone_limiter *)((SwigPyObject *)handle)->ptr, a);
    Py_DECREF(handle);
    return result;
}

/* Floor: the crossing and the arguments read into a request, no decision. */
static PyObject *dy_py_floor_arguments(PyObject *self, PyObject *const *args, Py_ssize_t nargsf,
                                       PyObject *kwnames)
{
    PyObject *a[DY_PY_DECIDE_ARGS];
    dayone_request r = DAYONE_REQUEST_INIT;
    (void)self;
    if (dy_py_decide_unpack(args, nargsf, kwnames, a) < 0 ||
        dy_py_request(&r, a) < 0)
        return NULL;
    Py_RETURN_NONE;
}

/* Floor: as above, plus a record of the same shape built from a fixed
 * allowing decision, no decision. */
static PyObject *dy_py_floor_record(PyObject *self, PyObject *const *args, Py_ssize_t nargsf,
                                    PyObject *kwnames)
{
    PyObject *a[DY_PY_DECIDE_ARGS];
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_decision d;
    (void)self;
    if (dy_py_decide_unpack(args, nargsf, kwnames, a) < 0 ||
        dy_py_request(&r, a) < 0)
        return NULL;
    memset(&d, 0, sizeof d);
    d.allowed = 1;
    d.status = 200;
    d.quota_remaining = d.quota_reset_unix_s = -1;
    memcpy(d.reason, "ok", 3);
    return dy_py_decision(&d, r.limit, a[2]);
}

#define DY_PY_DECIDE_DOC                                                                        \
    "decide($self, key, plan, limit, cost=1, feature=None, usage=None, now_ns=None, "          \
    "period_anchor_unix_s=None, wall_ns=None)\n--\n\nDecide one request (see Limiter.decide)."
static PyMethodDef dy_py_bound_defs[3] = {
    {"decide", (PyCFunction)(void (*)(void))dy_py_decide_vector,
     METH_FASTCALL | METH_KEYWORDS, DY_PY_DECIDE_DOC},
    {"decide_floor_arguments", (PyCFunction)(void (*)(void))dy_py_floor_arguments,
     METH_FASTCALL | METH_KEYWORDS, "Benchmark floor: decide()'s crossing, no decision."},
    {"decide_floor_record", (PyCFunction)(void (*)(void))dy_py_floor_record,
     METH_FASTCALL | METH_KEYWORDS,
     "Benchmark floor: decide()'s crossing and a record, no decision."},
};
%}

%inline %{
/* decide() bound to a limiter handle: `which` 0 decides; 1 and 2 are the
 * benchmark's floors (the crossing alone; the crossing and a record). */
static PyObject *dy_py_bind_decide(PyObject *handle, int which)
{
    void *p = NULL;
    if (which < 0 || which > 2) {
        PyErr_SetString(PyExc_ValueError, "which must be 0, 1 or 2");
        return NULL;
    }
    if (dy_py_claim_interpreter(PyExc_RuntimeError) < 0)
        return NULL; /* its keyword names are the owner's strs */
    if (!SWIG_IsOK(SWIG_ConvertPtr(handle, &p, SWIGTYPE_p_dayone_limiter, 0)) || !p) {
        PyErr_SetString(PyExc_TypeError, "expected a live dayone_limiter handle");
        return NULL;
    }
    for (int k = 0; k < DY_PY_DECIDE_ARGS; k++) {
        if (!dy_py_decide_keywords[k] &&
            !(dy_py_decide_keywords[k] = PyUnicode_InternFromString(dy_py_decide_names[k])))
            return NULL;
    }
    if (PyType_Ready(&dy_py_binding_type) < 0)
        return NULL;
    dy_py_binding *binding = PyObject_New(dy_py_binding, &dy_py_binding_type);
    if (!binding)
        return NULL;
    Py_INCREF(handle);
    binding->handle = handle;
    PyObject *fn = PyCFunction_NewEx(&dy_py_bound_defs[which], (PyObject *)binding, NULL);
    Py_DECREF(binding);
    return fn;
}

%}

%{
/* Limiter.decide made in C (dy_py_decide_method): a method descriptor
 * (Py_TPFLAGS_METHOD_DESCRIPTOR), so the interpreter finds it on the class
 * and calls it with the limiter as its first argument, the lookup
 * specialised on the class (a callable kept in each instance's __dict__
 * was looked up generically on every call). It does what the Python method
 * in _limiter.py says, which it wraps (functools.update_wrapper: its
 * signature, docstring and type hints): the arguments read as that
 * signature reads them, then the limiter's clock callable when now_ns is
 * not given, then the decision on the handle in the `_h` slot (None once
 * closed: ValueError). The slots are read at the offsets the class's
 * __slots__ gave them, found when it is made. */
typedef struct dy_py_decider {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    PyObject *dict;             /* __dict__: __wrapped__, __doc__, ... */
    PyTypeObject *limiter_type; /* dayone.Limiter */
    Py_ssize_t h_at, clock_at;  /* its `_h` and `_clock` slots */
} dy_py_decider;

/* The type of the limiter handles, from one SWIG_ConvertPtr accepted: a
 * handle of that exact type naming a dayone_limiter is read directly. */
static PyTypeObject *dy_py_handle_type = NULL;

static PyObject *dy_py_decider_call(PyObject *callable, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames)
{
    dy_py_decider *c = (dy_py_decider *)callable;
    Py_ssize_t nargs = PyVectorcall_NARGS(nargsf);
    PyObject *a[DY_PY_DECIDE_ARGS], *self, *clock, *handle, *now = NULL, *result;
    void *p = NULL;
    if (nargs < 1 || !PyObject_TypeCheck(args[0], c->limiter_type)) {
        PyErr_SetString(PyExc_TypeError, "decide() needs a dayone.Limiter as its first argument");
        return NULL;
    }
    self = args[0];
    if (!Py_IS_TYPE(self, c->limiter_type)) {
        /* A subclass may give `_h` or `_clock` a slot of its own or a
         * property, which the base class's slot offsets would miss: the
         * Python method it wraps, reading them as attributes, decides. */
        PyObject *wrapped = c->dict ? PyDict_GetItemString(c->dict, "__wrapped__") : NULL;
        if (wrapped) {
            Py_INCREF(wrapped);
            result = PyObject_Vectorcall(wrapped, args, nargsf, kwnames);
            Py_DECREF(wrapped);
            return result;
        }
    }
    if (dy_py_decide_unpack(args + 1, nargs - 1, kwnames, a) < 0)
        return NULL;
    clock = *(PyObject **)((char *)self + c->clock_at);
    if ((a[6] == NULL || a[6] == Py_None) && clock && clock != Py_None) {
        Py_INCREF(clock); /* the call may rebind the slot */
        now = PyObject_CallNoArgs(clock);
        Py_DECREF(clock);
        if (!now)
            return NULL;
        a[6] = now;
    }
    /* Held for the call: close() in another thread (while a backend call
     * has the GIL released) must not free the limiter under it. */
    handle = *(PyObject **)((char *)self + c->h_at);
    Py_XINCREF(handle);
    if (handle && Py_IS_TYPE(handle, dy_py_handle_type) &&
        ((SwigPyObject *)handle)->ty == SWIGTYPE_p_dayone_limiter) {
        p = ((SwigPyObject *)handle)->ptr; /* what SWIG_ConvertPtr would give */
    } else if (handle && handle != Py_None) {
        if (!SWIG_IsOK(SWIG_ConvertPtr(handle, &p, SWIGTYPE_p_dayone_limiter, 0))) {
            PyErr_SetString(PyExc_TypeError, "Limiter._h is not a dayone_limiter handle");
            Py_DECREF(handle);
            Py_XDECREF(now);
            return NULL;
        }
        if (p && !dy_py_handle_type && SwigPyObject_Check(handle))
            dy_py_handle_type = Py_TYPE(handle); /* SWIG's static type */
    }
    result = dy_py_decide_args((dayone_limiter *)p, a); /* NULL p: closed */
    Py_XDECREF(handle);
    Py_XDECREF(now);
    return result;
}

static int dy_py_decider_traverse(PyObject *self, visitproc visit, void *arg)
{
    dy_py_decider *c = (dy_py_decider *)self;
    Py_VISIT(c->dict);
    Py_VISIT(c->limiter_type);
    return 0;
}

static int dy_py_decider_clear(PyObject *self)
{
    dy_py_decider *c = (dy_py_decider *)self;
    Py_CLEAR(c->dict);
    Py_CLEAR(c->limiter_type);
    return 0;
}

static void dy_py_decider_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    dy_py_decider_clear(self);
    PyObject_GC_Del(self);
}

/* As a function: bound as a method when read from an instance. */
static PyObject *dy_py_decider_get(PyObject *self, PyObject *obj, PyObject *type)
{
    (void)type;
    if (!obj || obj == Py_None) {
        Py_INCREF(self);
        return self;
    }
    return PyMethod_New(self, obj);
}

static PyGetSetDef dy_py_decider_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}};

static PyTypeObject dy_py_decider_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "dayone._Decide",
    .tp_basicsize = sizeof(dy_py_decider),
    .tp_dealloc = dy_py_decider_dealloc,
    .tp_vectorcall_offset = offsetof(dy_py_decider, vectorcall),
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_doc = "Limiter.decide made in C (see the Python method it wraps).",
    .tp_traverse = dy_py_decider_traverse,
    .tp_clear = dy_py_decider_clear,
    .tp_getset = dy_py_decider_getset,
    .tp_descr_get = dy_py_decider_get,
    .tp_dictoffset = offsetof(dy_py_decider, dict),
};
%}

%inline %{
/* Limiter.decide for `limiter_type` (dayone.Limiter, whose __slots__ hold
 * `_h` and `_clock`); the caller wraps the Python method with it. */
static PyObject *dy_py_decide_method(PyObject *limiter_type)
{
    dy_py_decider *c;
    Py_ssize_t h_at, clock_at;
    if (!PyType_Check(limiter_type)) {
        PyErr_SetString(PyExc_TypeError, "expected the Limiter class");
        return NULL;
    }
    if (dy_py_claim_interpreter(PyExc_ImportError) < 0)
        return NULL; /* its keyword names are the owner's strs */
    if ((h_at = dy_py_slot_offset((PyTypeObject *)limiter_type, "_h")) < 0 ||
        (clock_at = dy_py_slot_offset((PyTypeObject *)limiter_type, "_clock")) < 0)
        return NULL;
    for (int k = 0; k < DY_PY_DECIDE_ARGS; k++) {
        if (!dy_py_decide_keywords[k] &&
            !(dy_py_decide_keywords[k] = PyUnicode_InternFromString(dy_py_decide_names[k])))
            return NULL;
    }
    if (PyType_Ready(&dy_py_decider_type) < 0)
        return NULL;
    if (!(c = PyObject_GC_New(dy_py_decider, &dy_py_decider_type)))
        return NULL;
    c->vectorcall = dy_py_decider_call;
    c->dict = NULL;
    Py_INCREF(limiter_type);
    c->limiter_type = (PyTypeObject *)limiter_type;
    c->h_at = h_at;
    c->clock_at = clock_at;
    PyObject_GC_Track((PyObject *)c);
    return (PyObject *)c;
}


%}

%{
/* Decide a sequence of requests (dicts or tuples) in one call into C;
 * `default_now` (0: the limiter's clock) stands for a missing now_ns.
 * The parts of one batch: the requests, the decisions and statuses, and
 * the text objects the requests' strings point into. Those are held by the
 * batch itself, not through the caller's dict or list: the caller may
 * change or empty that container after the call (or, while the GIL is
 * released, during it), and a record read later must show the limit name
 * that was decided.
 *
 * decide_many() builds its records before it returns, so it need not hold
 * every text: it holds the requests themselves as a tuple (`lent`: the
 * caller's tuple, or a copy of the caller's list), whose exact tuples are
 * immutable and keep their items alive; only a request that another thread
 * could change (a dict, a list) has its texts held one by one. A
 * DecisionBatch outlives the call and is not GC-tracked, so it holds only
 * texts (no tuple, which could hold anything). */
#define DY_PY_HELD_TEXTS 4 /* key, plan, limit, feature */
static const int dy_py_held_fields[DY_PY_HELD_TEXTS] = {0, 1, 2, 4};
#define DY_PY_HELD_LIMIT 2 /* the limit's slot among them */
typedef struct dy_py_batch_parts {
    Py_ssize_t n;
    PyObject **texts;          /* n * DY_PY_HELD_TEXTS: exact str or bytes, or NULL; held */
    int any_held;              /* some text is held in `texts` */
    PyObject *lent;            /* decide_many: the requests as a tuple, held; else NULL */
    dayone_request *reqs;
    dayone_decision *outs;     /* written by the library for every request */
    size_t outs_cap;           /* decisions it has room for (dy_py_outs_take) */
    int *statuses;             /* DAYONE_OK where outs[i] is a decision */
    int rc;                    /* the batch's status */
    dayone_error err;          /* its first failure */
} dy_py_batch_parts;

/* The decisions' buffer of a batch: one is kept for the next batch, zeroed
 * when first allocated. The library writes a decision's fields and leaves
 * the rest of its bytes (the text fields past their NUL, padding, unused
 * rates) as they were, so in a reused buffer those bytes repeat from one
 * batch to the next, and a decision equal to the previous one is usually
 * equal byte for byte (dy_py_repeats_whole's first compare). Up to
 * DY_PY_OUTS_KEPT decisions (about 2 MB); taken and given back with the GIL
 * held (a free-threaded build allocates each). */
#define DY_PY_OUTS_KEPT 4096
#ifndef Py_GIL_DISABLED
static dayone_decision *dy_py_outs_kept;
static size_t dy_py_outs_kept_cap;
#endif

static dayone_decision *dy_py_outs_take(size_t n, size_t *cap)
{
#ifndef Py_GIL_DISABLED
    if (dy_py_outs_kept && dy_py_outs_kept_cap >= n) {
        dayone_decision *o = dy_py_outs_kept;
        *cap = dy_py_outs_kept_cap;
        dy_py_outs_kept = NULL;
        return o;
    }
    if (n < 1024) /* to be kept: room for a usual batch of 1,000 */
        n = 1024;
#endif
    *cap = n;
    return PyMem_Calloc(n, sizeof(dayone_decision));
}

static void dy_py_outs_give(dayone_decision *o, size_t cap)
{
#ifndef Py_GIL_DISABLED
    if (o && cap <= DY_PY_OUTS_KEPT && (!dy_py_outs_kept || dy_py_outs_kept_cap < cap)) {
        PyMem_Free(dy_py_outs_kept);
        dy_py_outs_kept = o;
        dy_py_outs_kept_cap = cap;
        return;
    }
#else
    (void)cap;
#endif
    PyMem_Free(o);
}

static void dy_py_batch_parts_free(dy_py_batch_parts *p)
{
    Py_XDECREF(p->lent);
    if (p->texts && p->any_held) {
        for (Py_ssize_t i = 0; i < p->n * DY_PY_HELD_TEXTS; i++)
            Py_XDECREF(p->texts[i]);
    }
    PyMem_Free(p->texts);
    PyMem_Free(p->reqs);
    dy_py_outs_give(p->outs, p->outs_cap);
    PyMem_Free(p->statuses);
    memset(p, 0, sizeof *p);
}

/* A request's text field as a batch holds it, a new reference in *held:
 * the object itself when an exact str or bytes (or not text at all: then
 * dy_py_text refuses it and the batch is dropped), an exact copy of a
 * str or bytes subclass (whose instance could carry other objects; the
 * batch holds only strs and bytes). NULL for a field not given. -1 when
 * the copy fails. */
static int dy_py_hold_text(PyObject *o, PyObject **held)
{
    *held = NULL;
    if (o == NULL || o == Py_None)
        return 0;
    if (PyUnicode_Check(o) && !PyUnicode_CheckExact(o))
        *held = PyUnicode_FromObject(o);
    else if (PyBytes_Check(o) && !PyBytes_CheckExact(o))
        *held = PyBytes_FromStringAndSize(PyBytes_AS_STRING(o), PyBytes_GET_SIZE(o));
    else {
        Py_INCREF(o);
        *held = o;
    }
    return *held ? 0 : -1;
}

/* A dict request's fields by name into f[] (borrowed); -1 with a
 * TypeError for an unknown or repeated field. Runs no Python code. */
static int dy_py_dict_fields(PyObject *item, Py_ssize_t i, PyObject *f[DY_PY_DECIDE_ARGS])
{
    PyObject *name, *val;
    Py_ssize_t pos = 0;
    int k;
    for (k = 0; k < DY_PY_DECIDE_ARGS; k++)
        f[k] = NULL;
    while (PyDict_Next(item, &pos, &name, &val)) {
        /* A key written in the caller's source is the interned name: found
         * by identity, no text compared; any other str by its text. */
        for (k = 0; k < DY_PY_DECIDE_ARGS && name != dy_py_decide_keywords[k]; k++)
            ;
        for (int j = 0; k == DY_PY_DECIDE_ARGS && j < DY_PY_DECIDE_ARGS; j++)
            if (PyUnicode_Check(name) &&
                PyUnicode_CompareWithASCIIString(name, dy_py_decide_names[j]) == 0)
                k = j;
        if (k == DY_PY_DECIDE_ARGS) {
            PyErr_Format(PyExc_TypeError, "request %zd: unknown field %R", i, name);
            return -1;
        }
        if (f[k]) { /* a str subclass key spelled as another key */
            PyErr_Format(PyExc_TypeError, "request %zd: field '%s' given twice", i,
                         dy_py_decide_names[k]);
            return -1;
        }
        f[k] = val;
    }
    return 0;
}

/* Request i as the usual tuple (key, plan, limit) whose key is an exact
 * ASCII str and whose plan and limit are the objects of the previous
 * request (memo): filled without reading anything else. 0 when it is not
 * such a request (nothing written), 1 when filled. The key's text is its
 * characters, lent by the str (kept alive by the caller's tuple). */
static inline int dy_py_usual_request(dayone_request *r, PyObject *item,
                                      const dy_py_text_memo *memo, long long default_now)
{
    PyObject *const *f = ((PyTupleObject *)item)->ob_item;
    const char *key;
    if (Py_SIZE(item) != 3 || f[1] != memo->plan || f[2] != memo->limit ||
        !PyUnicode_CheckExact(f[0]) || !PyUnicode_IS_COMPACT_ASCII(f[0]))
        return 0;
    key = (const char *)((PyASCIIObject *)f[0] + 1);
    if (strlen(key) != (size_t)PyUnicode_GET_LENGTH(f[0]))
        return 0; /* an embedded NUL: the general path says so */
    dayone_request q = DAYONE_REQUEST_INIT; /* every other field its default */
    q.key = key;
    q.plan = memo->plan_text;
    q.limit = memo->limit_text;
    q.now_ns = default_now;
    *r = q;
    return 1;
}

/* Read `requests` and decide them: 0, or -1 with a Python exception set
 * (a malformed request; nothing decided). `lend`: hold the requests as a
 * tuple and only the texts of requests that are not exact tuples
 * (decide_many, which builds every record before returning); else hold
 * every text (a DecisionBatch). */
static int dy_py_batch_decide(dayone_limiter *limiter, PyObject *requests,
                              long long default_now, int lend, dy_py_batch_parts *p)
{
    PyObject *seq;
    Py_ssize_t n, i;
    size_t cap;
    memset(p, 0, sizeof *p);
    if (!limiter) {
        PyErr_SetString(PyExc_ValueError, "the limiter is closed");
        return -1;
    }
    seq = PySequence_Fast(requests, "requests must be an iterable of dicts or tuples");
    if (!seq)
        return -1;
    if (lend && seq == requests && PyList_CheckExact(seq)) {
        /* The caller's list, which another thread may change while the
         * GIL is released: its items as they are now, in a tuple. */
        PyObject *snapshot = PyList_AsTuple(seq);
        Py_DECREF(seq);
        if (!(seq = snapshot))
            return -1;
    }
    n = PySequence_Fast_GET_SIZE(seq);
    cap = (size_t)(n ? n : 1);
    /* Not zeroed: every request is filled below, every decision by the
     * library; a status it never writes stays a failure. */
    /* Lent, the texts are allocated when a request needs them held. */
    p->texts = lend ? NULL : PyMem_Calloc(cap * DY_PY_HELD_TEXTS, sizeof *p->texts);
    p->reqs = PyMem_Malloc(cap * sizeof *p->reqs);
    p->outs = dy_py_outs_take(cap, &p->outs_cap);
    p->statuses = PyMem_Malloc(cap * sizeof *p->statuses);
    if ((!lend && !p->texts) || !p->reqs || !p->outs || !p->statuses) {
        PyErr_NoMemory();
        goto fail;
    }
    p->n = n;
    memset(p->statuses, 0xff, cap * sizeof *p->statuses);
    dy_py_text_memo memo = {NULL, NULL, NULL, NULL};
    for (i = 0; i < n; i++) {
        PyObject *item = PySequence_Fast_GET_ITEM(seq, i), *f[DY_PY_DECIDE_ARGS], **held;
        int k, lent = lend && PyTuple_CheckExact(item);
        if (lent && dy_py_usual_request(&p->reqs[i], item, &memo, default_now))
            continue;
        if (!lent && !p->texts &&
            !(p->texts = PyMem_Calloc(cap * DY_PY_HELD_TEXTS, sizeof *p->texts))) {
            PyErr_NoMemory();
            goto fail;
        }
        held = p->texts ? &p->texts[i * DY_PY_HELD_TEXTS] : NULL;
        /* The fields, borrowed from the request until their texts are
         * held below (no Python code runs in between). */
        if (PyDict_Check(item)) {
            if (dy_py_dict_fields(item, i, f) < 0)
                goto fail;
        } else if (PyTuple_Check(item) || PyList_Check(item)) {
            Py_ssize_t have = PySequence_Fast_GET_SIZE(item);
            if (have < 3 || have > DY_PY_DECIDE_ARGS) {
                PyErr_Format(PyExc_TypeError,
                             "request %zd: a tuple needs 3 to 9 fields (key, plan, limit, "
                             "cost, feature, usage, now_ns, period_anchor_unix_s, wall_ns)", i);
                goto fail;
            }
            for (k = 0; k < DY_PY_DECIDE_ARGS; k++)
                f[k] = k < have ? PySequence_Fast_ITEMS(item)[k] : NULL;
        } else {
            PyErr_Format(PyExc_TypeError, "request %zd must be a dict or a tuple, not %.100s",
                         i, Py_TYPE(item)->tp_name);
            goto fail;
        }
        for (k = 0; k < DY_PY_HELD_TEXTS && !lent; k++) {
            int at = dy_py_held_fields[k];
            if (dy_py_hold_text(f[at], &held[k]) < 0)
                goto fail;
            if (held[k]) {
                f[at] = held[k]; /* the request's strings point into the held object */
                p->any_held = 1;
            }
        }
        if (dy_py_request_memo(&p->reqs[i], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                               f[8], default_now, &memo) < 0) {
            PyObject *et, *ev, *tb;
            PyErr_Fetch(&et, &ev, &tb);
            PyErr_NormalizeException(&et, &ev, &tb);
            PyErr_Format(et, "request %zd: %S", i, ev);
            Py_XDECREF(et);
            Py_XDECREF(ev);
            Py_XDECREF(tb);
            goto fail;
        }
    }
    if (lend)
        p->lent = seq; /* held until the parts are freed */
    else
        Py_DECREF(seq);
    seq = NULL;
    memset(&p->err, 0, sizeof p->err);
    if (n >= 64 || dy_py_has_backend(limiter)) {
        /* Let other threads run during a big batch or a round trip. Safe: the call's argument
         * tuple keeps the limiter object alive (close() only drops the
         * Limiter's own reference), and `texts` keeps the strings alive
         * whatever another thread does to the requests meanwhile. */
        Py_BEGIN_ALLOW_THREADS
        p->rc = dayone_limiter_decide_many(limiter, p->reqs, (size_t)n, p->outs, p->statuses,
                                           &p->err);
        Py_END_ALLOW_THREADS
    } else {
        p->rc = dayone_limiter_decide_many(limiter, p->reqs, (size_t)n, p->outs, p->statuses,
                                           &p->err);
    }
    return 0;
fail:
    Py_XDECREF(seq);
    dy_py_batch_parts_free(p);
    return -1;
}

/* The decision of request i as a Decision record, None where it failed. */
static PyObject *dy_py_batch_record(const dy_py_batch_parts *p, Py_ssize_t i)
{
    PyObject *limit = p->texts ? p->texts[i * DY_PY_HELD_TEXTS + DY_PY_HELD_LIMIT] : NULL;
    if (p->statuses[i] != DAYONE_OK)
        Py_RETURN_NONE;
    if (!limit && p->lent) /* an exact tuple, lent: its limit is its third item */
        limit = PyTuple_GET_ITEM(PySequence_Fast_GET_ITEM(p->lent, i), 2);
    return dy_py_decision(&p->outs[i], p->reqs[i].limit, limit);
}

/* Every decision as a list of records (None at failed positions). */
static PyObject *dy_py_batch_list(const dy_py_batch_parts *p)
{
    PyObject *result = PyList_New(p->n);
    for (Py_ssize_t i = 0; result && i < p->n; i++) {
        PyObject *d = dy_py_batch_record(p, i);
        if (!d)
            Py_CLEAR(result);
        else
            PyList_SET_ITEM(result, i, d);
    }
    return result;
}

/* A failed batch: raise its first failure's exception with .index and
 * .decisions (None at failed positions) attached. Returns NULL. */
static PyObject *dy_py_batch_raise(const dy_py_batch_parts *p)
{
    Py_ssize_t first = -1, i;
    PyObject *exc, *idx, *decisions = dy_py_batch_list(p);
    if (!decisions)
        return NULL;
    for (i = 0; i < p->n && first < 0; i++)
        if (p->statuses[i] != DAYONE_OK)
            first = i;
    exc = dy_py_make_error(p->rc, &p->err);
    if (exc) {
        idx = PyLong_FromSsize_t(first);
        if (idx && PyObject_SetAttrString(exc, "index", idx) == 0 &&
            PyObject_SetAttrString(exc, "decisions", decisions) == 0)
            PyErr_SetObject((PyObject *)Py_TYPE(exc), exc);
        Py_XDECREF(idx);
        Py_DECREF(exc);
    }
    Py_DECREF(decisions);
    return NULL;
}

/* DecisionBatch: the decisions of one batch kept as the library wrote them;
 * a Decision record is built when an item is read (no Python object per
 * field per decision until then). Immutable; holds only exact str and
 * bytes objects (dy_py_hold_text), which refer to nothing, so it is in no
 * reference cycle and is not tracked by the garbage collector. */
typedef struct dy_py_batch {
    PyObject_HEAD
    dy_py_batch_parts parts;
} dy_py_batch;

static void dy_py_batch_dealloc(PyObject *self)
{
    dy_py_batch_parts_free(&((dy_py_batch *)self)->parts);
    Py_TYPE(self)->tp_free(self);
}

static Py_ssize_t dy_py_batch_len(PyObject *self)
{
    return ((dy_py_batch *)self)->parts.n;
}

static PyObject *dy_py_batch_item(PyObject *self, Py_ssize_t i)
{
    const dy_py_batch_parts *p = &((dy_py_batch *)self)->parts;
    if (i < 0 || i >= p->n) {
        PyErr_SetString(PyExc_IndexError, "DecisionBatch index out of range");
        return NULL;
    }
    return dy_py_batch_record(p, i);
}

static PyObject *dy_py_batch_subscript(PyObject *self, PyObject *index)
{
    const dy_py_batch_parts *p = &((dy_py_batch *)self)->parts;
    if (PySlice_Check(index)) {
        Py_ssize_t start, stop, step, n, k;
        PyObject *out;
        if (PySlice_Unpack(index, &start, &stop, &step) < 0)
            return NULL;
        n = PySlice_AdjustIndices(p->n, &start, &stop, step);
        out = PyList_New(n);
        for (k = 0; out && k < n; k++) {
            PyObject *d = dy_py_batch_record(p, start + k * step);
            if (!d)
                Py_CLEAR(out);
            else
                PyList_SET_ITEM(out, k, d);
        }
        return out;
    }
    Py_ssize_t i = PyNumber_AsSsize_t(index, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    return dy_py_batch_item(self, i < 0 ? i + p->n : i);
}

/* The `allowed` column: a tuple of bools, no record built. */
static PyObject *dy_py_batch_allowed(PyObject *self, void *closure)
{
    const dy_py_batch_parts *p = &((dy_py_batch *)self)->parts;
    PyObject *t = PyTuple_New(p->n);
    (void)closure;
    for (Py_ssize_t i = 0; t && i < p->n; i++)
        PyTuple_SET_ITEM(t, i, PyBool_FromLong(p->outs[i].allowed));
    return t;
}

static PyObject *dy_py_batch_repr(PyObject *self)
{
    return PyUnicode_FromFormat("<dayone.DecisionBatch of %zd decisions>",
                                ((dy_py_batch *)self)->parts.n);
}

static PySequenceMethods dy_py_batch_as_sequence = {
    .sq_length = dy_py_batch_len,
    .sq_item = dy_py_batch_item,
};
static PyMappingMethods dy_py_batch_as_mapping = {
    .mp_length = dy_py_batch_len,
    .mp_subscript = dy_py_batch_subscript,
};
static PyGetSetDef dy_py_batch_getset[] = {
    {"allowed", dy_py_batch_allowed, NULL,
     "Each decision's `allowed`, in order, as a tuple of bools (no record built).", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};
static PyTypeObject dy_py_batch_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "dayone.DecisionBatch",
    .tp_basicsize = sizeof(dy_py_batch),
    .tp_dealloc = dy_py_batch_dealloc,
    .tp_repr = dy_py_batch_repr,
    .tp_as_sequence = &dy_py_batch_as_sequence,
    .tp_as_mapping = &dy_py_batch_as_mapping,
#ifdef Py_TPFLAGS_SEQUENCE /* 3.10+: match statements read it as a sequence */
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_SEQUENCE,
#else
    .tp_flags = Py_TPFLAGS_DEFAULT,
#endif
    .tp_doc = "The decisions of Limiter.decide_batch(), in request order: a Sequence of "
              "Decision records, each built when read.",
    .tp_getset = dy_py_batch_getset,
};
%}

%inline %{
/* decide_many(): the decisions as a list of records. On a failing request
 * raises the first failure's exception with .index and .decisions. */
static PyObject *dy_py_decide_many(dayone_limiter *limiter, PyObject *requests,
                                   long long default_now)
{
    dy_py_batch_parts p;
    PyObject *result;
    if (dy_py_batch_decide(limiter, requests, default_now, 1, &p) < 0)
        return NULL;
    result = p.rc == DAYONE_OK ? dy_py_batch_list(&p) : dy_py_batch_raise(&p);
    dy_py_batch_parts_free(&p);
    return result;
}

/* decide_batch(): as decide_many(), the decisions kept in a DecisionBatch. */
static PyObject *dy_py_decide_batch(dayone_limiter *limiter, PyObject *requests,
                                    long long default_now)
{
    dy_py_batch_parts p;
    dy_py_batch *b;
    if (dy_py_batch_decide(limiter, requests, default_now, 0, &p) < 0)
        return NULL;
    if (p.rc != DAYONE_OK) {
        dy_py_batch_raise(&p);
        dy_py_batch_parts_free(&p);
        return NULL;
    }
    b = PyObject_New(dy_py_batch, &dy_py_batch_type);
    if (!b) {
        dy_py_batch_parts_free(&p);
        return NULL;
    }
    b->parts = p; /* owned by the batch now */
    return (PyObject *)b;
}

/* Benchmark floor: the C batch alone. `requests` read once, then decided
 * `rounds` times by the library with no Python object built; returns the
 * number of decisions made. */
static PyObject *dy_py_floor_batch(dayone_limiter *limiter, PyObject *requests, int rounds)
{
    dy_py_batch_parts p;
    long long made = 0;
    if (dy_py_batch_decide(limiter, requests, 0, 1, &p) < 0)
        return NULL;
    for (int r = 1; r < rounds && p.rc == DAYONE_OK; r++) {
        Py_BEGIN_ALLOW_THREADS
        p.rc = dayone_limiter_decide_many(limiter, p.reqs, (size_t)p.n, p.outs, p.statuses,
                                          &p.err);
        Py_END_ALLOW_THREADS
        made += p.n;
    }
    if (p.rc != DAYONE_OK) {
        dy_py_batch_raise(&p);
        dy_py_batch_parts_free(&p);
        return NULL;
    }
    made += p.n; /* the first round, in dy_py_batch_decide */
    dy_py_batch_parts_free(&p);
    return PyLong_FromLongLong(made);
}

/* The DecisionBatch type, ready. */
static PyObject *dy_py_batch_class(void)
{
    if (dy_py_claim_interpreter(PyExc_RuntimeError) < 0)
        return NULL; /* its records are the owner's Decision type */
    if (PyType_Ready(&dy_py_batch_type) < 0)
        return NULL;
    Py_INCREF(&dy_py_batch_type);
    return (PyObject *)&dy_py_batch_type;
}

/* The three header values of a Decision: (retry_after, ratelimit, policy).
 * Each is the value, None when the decision has none (DAYONE_ENOTFOUND), or
 * the writer's negative status code, which Decision.headers() raises. */
static PyObject *dy_py_header_value(int rc, const char *buf)
{
    if (rc >= 0)
        return dy_py_str(buf);
    if (rc == DAYONE_ENOTFOUND) {
        Py_INCREF(Py_None);
        return Py_None;
    }
    return PyLong_FromLong(rc);
}

static PyObject *dy_py_headers(PyObject *decision)
{
    dayone_decision d;
    char buf[3][DAYONE_SHIM_HEADER_BYTES];
    int rc[3];
    const char *name;
    if (dy_py_unpack_decision(decision, &d) < 0)
        return NULL;
    name = dy_py_text(PyTuple_GET_ITEM(decision, dy_py_limit_name_at), NULL, "limit");
    if (!name)
        return NULL;
    rc[0] = dayone_decision_retry_after(&d, buf[0], sizeof buf[0]);
    rc[1] = dayone_decision_ratelimit(&d, name, buf[1], sizeof buf[1]);
    rc[2] = dayone_decision_ratelimit_policy(&d, name, buf[2], sizeof buf[2]);
    return Py_BuildValue("(NNN)", dy_py_header_value(rc[0], buf[0]),
                         dy_py_header_value(rc[1], buf[1]), dy_py_header_value(rc[2], buf[2]));
}
%}

/* ------------------------------------------------------ stats, metrics */
%ignore dayone_limiter_stats;
%ignore dayone_stats_row;
%ignore dayone_stats_release;
%ignore dayone_stats_prometheus;
%ignore dayone_limiter_metrics;
%ignore dayone_stats;
%ignore dayone_decision_count;
%inline %{
/* A snapshot of the counters as a dict: the totals, the table's counters,
 * and "decisions": [(plan, limit, outcome name, count), ...]. The backend's
 * part is backend_status(). Summing the stripes is short: the GIL is kept. */
static PyObject *dy_py_limiter_stats(dayone_limiter *lim)
{
    dayone_stats s;
    dayone_error err;
    if (!lim) {
        PyErr_SetString(PyExc_ValueError, "the limiter is closed");
        return NULL;
    }
    err.code = 0;
    err.message[0] = err.path[0] = '\0';
    err.line = err.column = 0;
    int rc = dayone_limiter_stats(lim, &s, &err);
    if (rc != DAYONE_OK) {
        dy_py_raise(rc, &err);
        return NULL;
    }
    PyObject *rows = PyList_New((Py_ssize_t)s.nrows);
    for (size_t i = 0; rows && i < s.nrows; i++) {
        const dayone_decision_count *r = &s.rows[i];
        PyObject *row = Py_BuildValue("(sssK)", r->plan, r->limit,
                                      dayone_outcome_name(r->outcome),
                                      (unsigned long long)r->count);
        if (!row) {
            Py_CLEAR(rows);
            break;
        }
        PyList_SET_ITEM(rows, (Py_ssize_t)i, row);
    }
    PyObject *out = rows ? Py_BuildValue("{s:K,s:K,s:K,s:K,s:K,s:K,s:N}",
                                         "total", (unsigned long long)s.decisions,
                                         "denied", (unsigned long long)s.denied,
                                         "table_capacity", (unsigned long long)s.table_capacity,
                                         "table_occupied", (unsigned long long)s.table_occupied,
                                         "table_evictions", (unsigned long long)s.table_evictions,
                                         "table_refusals", (unsigned long long)s.table_refusals,
                                         "decisions", rows) : NULL;
    dayone_stats_release(&s);
    return out;
}

/* The live bans: [(key, limit, remaining_ns, bans), ...]. */
static PyObject *dy_py_limiter_bans(dayone_limiter *lim, long long now_ns)
{
    dayone_error err;
    size_t n = 0;
    if (!lim) {
        PyErr_SetString(PyExc_ValueError, "the limiter is closed");
        return NULL;
    }
    memset(&err, 0, sizeof err);
    int rc = dayone_limiter_bans(lim, (int64_t)now_ns, NULL, 0, &n, &err);
    dayone_ban *bans = rc == DAYONE_OK && n ? PyMem_Calloc(n, sizeof *bans) : NULL;
    if (rc == DAYONE_OK && n && !bans)
        return PyErr_NoMemory();
    size_t cap = n;
    if (rc == DAYONE_OK && cap)
        rc = dayone_limiter_bans(lim, (int64_t)now_ns, bans, cap, &n, &err);
    if (rc != DAYONE_OK) {
        PyMem_Free(bans);
        dy_py_raise(rc, &err);
        return NULL;
    }
    if (n > cap)
        n = cap;
    PyObject *out = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; out && i < n; i++) {
        PyObject *t = Py_BuildValue("(NsLk)", dy_py_str(bans[i].key), bans[i].limit,
                                    (long long)bans[i].remaining_ns, (unsigned long)bans[i].bans);
        if (!t) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, (Py_ssize_t)i, t);
    }
    PyMem_Free(bans);
    return out;
}

/* The counters in the Prometheus text exposition format. */
static PyObject *dy_py_limiter_metrics(dayone_limiter *lim)
{
    char *text = NULL;
    size_t len = 0;
    dayone_error err;
    if (!lim) {
        PyErr_SetString(PyExc_ValueError, "the limiter is closed");
        return NULL;
    }
    err.code = 0;
    err.message[0] = err.path[0] = '\0';
    err.line = err.column = 0;
    int rc = dayone_limiter_metrics(&text, &len, lim, &err);
    if (rc != DAYONE_OK) {
        dy_py_raise(rc, &err);
        return NULL;
    }
    PyObject *out = PyUnicode_DecodeUTF8(text, (Py_ssize_t)len, "replace");
    dayone_free(text);
    return out;
}
%}

/* ------------------------------------------------------ Redis backend */
%inline %{
/* Backend health as a dict (attached, connected and the counters). */
static PyObject *dy_py_backend_status(dayone_limiter *lim)
{
    dayone_backend_status s;
    if (!lim) {
        PyErr_SetString(PyExc_ValueError, "the limiter is closed");
        return NULL;
    }
    dayone_limiter_backend_status(lim, &s);
    return Py_BuildValue("{s:O,s:O,s:K,s:K,s:K,s:K,s:K,s:K,s:K,s:K,s:K}",
                         "attached", s.attached ? Py_True : Py_False,
                         "connected", s.connected ? Py_True : Py_False,
                         "round_trips", (unsigned long long)s.round_trips,
                         "errors", (unsigned long long)s.errors,
                         "fallbacks_local", (unsigned long long)s.fallbacks_local,
                         "fallbacks_open", (unsigned long long)s.fallbacks_open,
                         "fallbacks_closed", (unsigned long long)s.fallbacks_closed,
                         "reconnects", (unsigned long long)s.reconnects,
                         "near_cache_hits", (unsigned long long)s.near_cache_hits,
                         "script_loads", (unsigned long long)s.script_loads,
                         "pool_wait_timeouts", (unsigned long long)s.pool_wait_timeouts);
}
%}
