/*
 * dayone_shim.c - the plain-C helpers the language bindings wrap (see
 * dayone_shim.h). Translation only: each helper builds the public API's
 * option structs or C strings from what a binding can pass, then calls it.
 */
#include "dayone_shim.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Static_assert(sizeof(long long) == 8, "packed words are int64");
_Static_assert(sizeof(dayone_decision) == DAYONE_SHIM_D_WORDS * 8,
               "DAYONE_SHIM_D_WORDS: dayone_decision changed size");
_Static_assert(DAYONE_SHIM_HEADER_CODES == DAYONE_SHIM_D_WORDS &&
                   DAYONE_SHIM_HEADER_WORDS == DAYONE_SHIM_D_WORDS + 3 &&
                   DAYONE_SHIM_DECIDE_WORDS == 1 + DAYONE_SHIM_D_WORDS,
               "dayone_shim.h: header words");
_Static_assert(DAYONE_PLAN_NAME_MAX == DAYONE_SHIM_TEXT_BYTES &&
                   DAYONE_REASON_MAX == DAYONE_SHIM_TEXT_BYTES &&
                   DAYONE_OVERRIDE_REASON_MAX == DAYONE_SHIM_TEXT_BYTES,
               "dayone_shim.h: text fields");

/* ------------------------------------------------------------ errors */

static void shim_error_init(dayone_error *e)
{
    e->code = 0;
    e->line = e->column = 0;
    e->path[0] = '\0';
    e->message[0] = '\0';
}

/* Fill a caller's error with a fixed message (never a value). */
static int shim_fail(dayone_error *e, int rc, const char *msg)
{
    if (e) {
        shim_error_init(e);
        e->code = rc;
        snprintf(e->message, sizeof e->message, "%s", msg);
    }
    return rc;
}

/* The library fills err->code; make sure it is the returned status. */
static int shim_status(int rc, dayone_error *err)
{
    if (rc != DAYONE_OK && err && err->code == 0)
        err->code = rc;
    return rc;
}

/* ----------------------------------------------------------- strings */

/* A C string for s[0..n) borrowed from the caller's buffer. */
typedef struct shim_cstr {
    char stack[256];
    char *heap;
} shim_cstr;

/* A NUL-terminated copy of s[0..n) in `c` (stack when it fits); NULL (err
 * filled, naming `what`) on an embedded NUL or out of memory. */
static const char *shim_cstr_of(shim_cstr *c, const char *s, size_t n, const char *what,
                                dayone_error *err)
{
    char *buf = c->stack;
    c->heap = NULL;
    if (!s)
        n = 0;
    if (n && memchr(s, '\0', n)) {
        char msg[128];
        snprintf(msg, sizeof msg, "%s contains a NUL byte", what);
        shim_fail(err, DAYONE_EINVAL, msg);
        return NULL;
    }
    if (n + 1 > sizeof c->stack) {
        buf = c->heap = (char *)malloc(n + 1);
        if (!buf) {
            shim_fail(err, DAYONE_ENOMEM, "out of memory");
            return NULL;
        }
    }
    if (n)
        memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

static void shim_cstr_done(shim_cstr *c)
{
    free(c->heap);
    c->heap = NULL;
}

/* ------------------------------------------------------------- policy */

int dayone_shim_policy_load_file(dayone_policy **out, const char *path, size_t path_len,
                                 dayone_error *err)
{
    shim_cstr c;
    const char *cpath = shim_cstr_of(&c, path, path_len, "path", err);
    int rc;
    if (out)
        *out = NULL;
    if (!cpath)
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_policy_load_file(out, cpath, err);
    shim_cstr_done(&c);
    return shim_status(rc, err);
}

int dayone_shim_policy_load_string(dayone_policy **out, const char *yaml, size_t yaml_len,
                                   const char *name, size_t name_len, dayone_error *err)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "name", err);
    int rc;
    if (out)
        *out = NULL;
    if (!cname)
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_policy_load_string(out, yaml ? yaml : "", yaml ? yaml_len : 0,
                                   name_len ? cname : NULL, err);
    shim_cstr_done(&c);
    return shim_status(rc, err);
}

/* ---------------------------------------------------------------- env */

int dayone_shim_env_dialect(const char *name, size_t name_len)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "dialect", NULL);
    dayone_env_dialect d;
    int r = -1;
    if (cname && dayone_env_dialect_parse(&d, cname) == DAYONE_OK)
        r = (int)d;
    shim_cstr_done(&c);
    return r;
}

int dayone_shim_env_add_file(dayone_env *env, const char *path, size_t path_len, int dialect,
                             dayone_error *err)
{
    dayone_env_file_options o = DAYONE_ENV_FILE_OPTIONS_INIT;
    shim_cstr c;
    const char *cpath;
    int rc;
    if (dialect < 0)
        return shim_fail(err, DAYONE_EINVAL,
                         "unknown .env dialect (expected compose, docker or dotenv)");
    cpath = shim_cstr_of(&c, path, path_len, "path", err);
    if (!cpath)
        return err ? err->code : DAYONE_EINVAL;
    o.dialect = (dayone_env_dialect)dialect;
    rc = dayone_env_add_file_ext(env, cpath, &o, err);
    shim_cstr_done(&c);
    return shim_status(rc, err);
}

int dayone_shim_env_add_string(dayone_env *env, const char *text, size_t text_len,
                               const char *name, size_t name_len, dayone_error *err)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "name", err);
    int rc;
    if (!cname)
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_env_add_string(env, text ? text : "", text ? text_len : 0,
                               name_len ? cname : NULL, err);
    shim_cstr_done(&c);
    return shim_status(rc, err);
}

int dayone_shim_env_has(const dayone_env *env, const char *name, size_t name_len)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "name", NULL);
    int r = cname ? dayone_env_has(env, cname) : 0;
    shim_cstr_done(&c);
    return r;
}

/* -------------------------------------------------------------- check */

int dayone_shim_format(const char *name, size_t name_len)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "format", NULL);
    dayone_format f;
    int r = -1;
    if (cname && dayone_format_parse(&f, cname) == DAYONE_OK)
        r = (int)f;
    shim_cstr_done(&c);
    return r;
}

/* The profile list of dayone_shim_check: names each followed by a NUL,
 * as pointers into `list` in *names (malloc'd; NULL for none). */
static int shim_profiles(const char *list, size_t len, const char ***names, size_t *n,
                         dayone_error *err)
{
    size_t count = 0, k = 0;
    *names = NULL;
    *n = 0;
    if (!len)
        return DAYONE_OK;
    if (!list || list[len - 1] != '\0')
        return shim_fail(err, DAYONE_EINVAL, "malformed profile list");
    for (size_t i = 0; i < len; i++) {
        if (list[i] != '\0')
            continue;
        if (i == 0 || list[i - 1] == '\0')
            return shim_fail(err, DAYONE_EINVAL, "a profile name is empty");
        count++;
    }
    *names = (const char **)malloc(count * sizeof **names);
    if (!*names)
        return shim_fail(err, DAYONE_ENOMEM, "out of memory");
    for (size_t i = 0; i < len; i += strlen(list + i) + 1)
        (*names)[k++] = list + i;
    *n = count;
    return DAYONE_OK;
}

/* The check options both helpers build; *names is freed by the caller. */
static int shim_check_options(dayone_check_options *o, unsigned int flags,
                              const dayone_env *example, int64_t today,
                              const dayone_facts *facts, int64_t now_ns, const char *profiles,
                              size_t profiles_len, const char ***names, dayone_error *err)
{
    o->flags = flags;
    o->example = example;
    o->today = today;
    o->facts = facts;
    o->now_ns = now_ns;
    int rc = shim_profiles(profiles, profiles_len, names, &o->nprofiles, err);
    o->profiles = *names;
    return rc;
}

/* What shim_check_run checks: a snapshot, a binding's variables, or the
 * process environment. */
enum shim_check_source { SHIM_CHECK_ENV, SHIM_CHECK_VARS, SHIM_CHECK_PROCESS };

/* dayone_check of `env`, dayone_check_vars of `vars` or
 * dayone_check_process, as `source` says, with the options set up once
 * for all three. */
static int shim_check_run(dayone_report **out, const dayone_policy *policy,
                          enum shim_check_source source, const dayone_env *env,
                          const dayone_var *vars, size_t nvars, unsigned int flags,
                          const dayone_env *example, int64_t today, const dayone_facts *facts,
                          int64_t now_ns, const char *profiles, size_t profiles_len,
                          dayone_error *err)
{
    dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT;
    const char **names = NULL;
    int rc;
    if (out)
        *out = NULL;
    rc = shim_check_options(&o, flags, example, today, facts, now_ns, profiles, profiles_len,
                            &names, err);
    if (rc == DAYONE_OK)
        rc = shim_status(source == SHIM_CHECK_VARS ? dayone_check_vars(out, policy, vars, nvars,
                                                                       &o, err)
                         : source == SHIM_CHECK_PROCESS ? dayone_check_process(out, policy, &o,
                                                                              err)
                                                        : dayone_check(out, policy, env, &o, err),
                         err);
    free((void *)names);
    return rc;
}

int dayone_shim_check(dayone_report **out, const dayone_policy *policy, const dayone_env *env,
                      unsigned int flags, const dayone_env *example, int64_t today,
                      const dayone_facts *facts, int64_t now_ns, const char *profiles,
                      size_t profiles_len, dayone_error *err)
{
    return shim_check_run(out, policy, SHIM_CHECK_ENV, env, NULL, 0, flags, example, today,
                          facts, now_ns, profiles, profiles_len, err);
}

int dayone_shim_check_process(dayone_report **out, const dayone_policy *policy,
                              unsigned int flags, const dayone_env *example, int64_t today,
                              const dayone_facts *facts, int64_t now_ns, const char *profiles,
                              size_t profiles_len, dayone_error *err)
{
    return shim_check_run(out, policy, SHIM_CHECK_PROCESS, NULL, NULL, 0, flags, example, today,
                          facts, now_ns, profiles, profiles_len, err);
}

int dayone_shim_check_var_list(dayone_report **out, const dayone_policy *policy,
                               const dayone_var *vars, size_t nvars, unsigned int flags,
                               const dayone_env *example, int64_t today,
                               const dayone_facts *facts, int64_t now_ns, const char *profiles,
                               size_t profiles_len, dayone_error *err)
{
    return shim_check_run(out, policy, SHIM_CHECK_VARS, NULL, vars, nvars, flags, example, today,
                          facts, now_ns, profiles, profiles_len, err);
}

int dayone_shim_explain(char **out, const dayone_policy *policy, const dayone_env *env,
                        const char *key, size_t key_len, unsigned int flags,
                        const dayone_env *example, int64_t today, const dayone_facts *facts,
                        int64_t now_ns, const char *profiles, size_t profiles_len,
                        dayone_error *err)
{
    dayone_check_options o = DAYONE_CHECK_OPTIONS_INIT;
    const char **names = NULL;
    shim_cstr c;
    const char *ckey = shim_cstr_of(&c, key, key_len, "key", err);
    int rc;
    if (out)
        *out = NULL;
    if (!ckey)
        return err ? err->code : DAYONE_EINVAL;
    rc = shim_check_options(&o, flags, example, today, facts, now_ns, profiles, profiles_len,
                            &names, err);
    if (rc == DAYONE_OK)
        rc = shim_status(dayone_explain(out, policy, env, ckey, &o, err), err);
    free((void *)names);
    shim_cstr_done(&c);
    return rc;
}

/* -------------------------------------------------------------- facts */

int dayone_shim_facts_add_file(dayone_facts *facts, const char *path, size_t path_len,
                               dayone_error *err)
{
    shim_cstr c;
    const char *cpath = shim_cstr_of(&c, path, path_len, "path", err);
    int rc;
    if (!cpath)
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_facts_add_file(facts, cpath, err);
    shim_cstr_done(&c);
    return shim_status(rc, err);
}

int dayone_shim_facts_add_string(dayone_facts *facts, const char *text, size_t text_len,
                                 const char *name, size_t name_len, dayone_error *err)
{
    shim_cstr c;
    const char *cname = NULL;
    int rc;
    if (name_len && !(cname = shim_cstr_of(&c, name, name_len, "name", err)))
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_facts_add_string(facts, text, text_len, cname, err);
    if (name_len)
        shim_cstr_done(&c);
    return shim_status(rc, err);
}

/* --------------------------------------------------------- postmortem */

int dayone_shim_postmortem_lint(dayone_report **out, const dayone_policy *policy,
                                const char *text, size_t text_len, const char *path,
                                size_t path_len, dayone_error *err)
{
    shim_cstr c;
    const char *cpath = NULL;
    int rc;
    if (path_len && !(cpath = shim_cstr_of(&c, path, path_len, "path", err)))
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_postmortem_lint(out, policy, text, text_len, cpath, err);
    if (path_len)
        shim_cstr_done(&c);
    return shim_status(rc, err);
}

int dayone_shim_postmortem_lint_file(dayone_report **out, const dayone_policy *policy,
                                     const char *path, size_t path_len, dayone_error *err)
{
    shim_cstr c;
    const char *cpath = shim_cstr_of(&c, path, path_len, "path", err);
    int rc;
    if (!cpath)
        return err ? err->code : DAYONE_EINVAL;
    rc = dayone_postmortem_lint_file(out, policy, cpath, err);
    shim_cstr_done(&c);
    return shim_status(rc, err);
}

/* ------------------------------------------------------------- access */

int dayone_shim_access_decide(char **out, const dayone_policy *policy, const char *actor,
                              size_t actor_len, const char *role, size_t role_len,
                              const char *tenant, size_t tenant_len, const char *action,
                              size_t action_len, const char *reason, size_t reason_len,
                              const char *ticket, size_t ticket_len, int64_t duration_s,
                              int64_t now_unix_s, dayone_error *err)
{
    const char *src[6] = {actor, role, tenant, action, reason, ticket};
    const size_t len[6] = {actor_len, role_len, tenant_len, action_len, reason_len, ticket_len};
    static const char *const what[6] = {"actor", "role", "tenant", "action", "reason", "ticket"};
    const char *c[6] = {NULL};
    shim_cstr buf[6];
    int rc = DAYONE_OK;
    size_t made = 0;
    if (out)
        *out = NULL;
    for (; made < 6; made++) {
        buf[made].heap = NULL;
        if (!src[made] || !len[made])
            continue; /* absent: NULL, as the library reads "not given" */
        if (!(c[made] = shim_cstr_of(&buf[made], src[made], len[made], what[made], err))) {
            rc = err ? err->code : DAYONE_EINVAL;
            break;
        }
    }
    if (rc == DAYONE_OK) {
        dayone_access_request r = DAYONE_ACCESS_REQUEST_INIT;
        dayone_access_decision d;
        r.actor = c[0];
        r.role = c[1];
        r.tenant = c[2];
        r.action = c[3];
        r.reason = c[4];
        r.ticket = c[5];
        r.duration_s = duration_s;
        r.now_unix_s = now_unix_s;
        rc = shim_status(dayone_access_decide(&d, out, policy, &r, err), err);
    }
    for (size_t i = 0; i < made && i < 6; i++)
        shim_cstr_done(&buf[i]);
    return rc;
}

/* ---------------------------------------------- overrides, limit_reset */

/* A growing heap string for the JSON the override listings return. */
typedef struct shim_json {
    char *s;
    size_t len, cap;
    int failed;
} shim_json;

static void sj_put(shim_json *j, const char *s, size_t n)
{
    if (j->failed)
        return;
    if (j->len + n + 1 > j->cap) {
        size_t cap = j->cap ? j->cap : 256;
        while (cap < j->len + n + 1)
            cap *= 2;
        char *p = (char *)realloc(j->s, cap);
        if (!p) {
            j->failed = 1;
            return;
        }
        j->s = p;
        j->cap = cap;
    }
    memcpy(j->s + j->len, s, n);
    j->len += n;
    j->s[j->len] = '\0';
}

static void sj_puts(shim_json *j, const char *s) { sj_put(j, s, strlen(s)); }

static void sj_text(shim_json *j, const char *s)
{
    sj_put(j, "\"", 1);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            sj_put(j, esc, 2);
        } else if (c < 0x20 || c == 0x7f) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            sj_put(j, esc, 6);
        } else {
            sj_put(j, (const char *)&c, 1);
        }
    }
    sj_put(j, "\"", 1);
}

static void sj_int(shim_json *j, const char *key, long long v)
{
    char buf[64];
    int n = snprintf(buf, sizeof buf, ",\"%s\":%lld", key, v);
    sj_put(j, buf, (size_t)n);
}

/* ,"key":[{"rate":..,"rate_period_ns":..,"burst":..},...] */
static void sj_rates(shim_json *j, const char *key, const dayone_rate_spec *r, int n)
{
    sj_puts(j, ",\"");
    sj_puts(j, key);
    sj_puts(j, "\":[");
    for (int k = 0; k < n && k < DAYONE_LIMIT_RATES_MAX; k++) {
        char buf[160];
        int len = snprintf(buf, sizeof buf, "%s{\"rate\":%lld,\"rate_period_ns\":%lld,"
                           "\"burst\":%lld}", k ? "," : "", (long long)r[k].rate,
                           (long long)r[k].rate_period_ns, (long long)r[k].burst);
        sj_put(j, buf, (size_t)len);
    }
    sj_puts(j, "]");
}

static const char *shim_source_name(int source)
{
    return source == DAYONE_OVERRIDE_API ? "api" : source == DAYONE_OVERRIDE_POLICY ? "policy"
                                                                                    : "plan";
}

int dayone_shim_override_set(dayone_limiter *limiter, const char *tenant, size_t tenant_len,
                             const char *limit, size_t limit_len, int64_t rate,
                             int64_t rate_period_ns, int64_t burst, const char *reason,
                             size_t reason_len, int64_t expires_unix_s, dayone_error *err)
{
    shim_cstr t, l, r;
    dayone_override_spec o = DAYONE_OVERRIDE_SPEC_INIT;
    int rc = DAYONE_OK;
    t.heap = l.heap = r.heap = NULL;
    if (!limiter)
        return shim_fail(err, DAYONE_EINVAL, "the limiter is closed");
    if (!(o.tenant = shim_cstr_of(&t, tenant, tenant_len, "tenant", err)) ||
        !(o.limit = shim_cstr_of(&l, limit, limit_len, "limit", err)) ||
        (reason && reason_len && !(o.reason = shim_cstr_of(&r, reason, reason_len, "reason", err)))) {
        rc = err ? err->code : DAYONE_EINVAL;
        goto done;
    }
    o.rate = rate;
    o.rate_period_ns = rate_period_ns;
    o.burst = burst;
    o.expires_unix_s = expires_unix_s;
    rc = shim_status(dayone_limiter_override_set(limiter, &o, err), err);
done:
    shim_cstr_done(&t);
    shim_cstr_done(&l);
    shim_cstr_done(&r);
    return rc;
}

int dayone_shim_override_clear(dayone_limiter *limiter, const char *tenant, size_t tenant_len,
                               const char *limit, size_t limit_len, dayone_error *err)
{
    shim_cstr t, l;
    const char *ct, *cl;
    int rc;
    t.heap = l.heap = NULL;
    if (!limiter)
        return shim_fail(err, DAYONE_EINVAL, "the limiter is closed");
    if (!(ct = shim_cstr_of(&t, tenant, tenant_len, "tenant", err)) ||
        !(cl = shim_cstr_of(&l, limit, limit_len, "limit", err)))
        rc = err ? err->code : DAYONE_EINVAL;
    else
        rc = shim_status(dayone_limiter_override_clear(limiter, ct, cl, err), err);
    shim_cstr_done(&t);
    shim_cstr_done(&l);
    return rc;
}

int dayone_shim_overrides(char **out, dayone_limiter *limiter, dayone_error *err)
{
    dayone_override *all = NULL;
    shim_json j = {NULL, 0, 0, 0};
    size_t n = 0, i;
    int rc;
    if (out)
        *out = NULL;
    if (!out || !limiter)
        return shim_fail(err, DAYONE_EINVAL, "the limiter is closed");
    if ((rc = shim_status(dayone_limiter_overrides(limiter, NULL, 0, &n, err), err)) != DAYONE_OK)
        return rc;
    if (n && !(all = (dayone_override *)calloc(n, sizeof *all)))
        return shim_fail(err, DAYONE_ENOMEM, "out of memory");
    if ((rc = shim_status(dayone_limiter_overrides(limiter, all, n, &n, err), err)) != DAYONE_OK)
        goto done;
    sj_puts(&j, "[");
    for (i = 0; i < n; i++) {
        const dayone_override *o = &all[i];
        sj_puts(&j, i ? ",{\"tenant\":" : "{\"tenant\":");
        sj_text(&j, o->tenant);
        sj_puts(&j, ",\"limit\":");
        sj_text(&j, o->limit);
        sj_int(&j, "rate", (long long)o->rate);
        sj_int(&j, "rate_period_ns", (long long)o->rate_period_ns);
        sj_int(&j, "burst", (long long)o->burst);
        sj_puts(&j, ",\"reason\":");
        sj_text(&j, o->reason);
        sj_int(&j, "expires_unix_s", (long long)o->expires_unix_s);
        sj_puts(&j, ",\"source\":");
        sj_text(&j, shim_source_name(o->source));
        sj_puts(&j, o->in_force ? ",\"in_force\":true}" : ",\"in_force\":false}");
    }
    sj_puts(&j, "]");
    if (j.failed) {
        rc = shim_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    *out = j.s;
    j.s = NULL;
done:
    free(j.s);
    free(all);
    return rc;
}

int dayone_shim_effective_limit(char **out, dayone_limiter *limiter, const char *tenant,
                                size_t tenant_len, const char *plan, size_t plan_len,
                                const char *limit, size_t limit_len, dayone_error *err)
{
    static const char *const kinds[] = {"rate", "unlimited", "none"};
    shim_cstr t, p, l;
    const char *ct, *cp, *cl;
    dayone_effective_limit e;
    shim_json j = {NULL, 0, 0, 0};
    int rc;
    t.heap = p.heap = l.heap = NULL;
    if (out)
        *out = NULL;
    if (!out || !limiter)
        return shim_fail(err, DAYONE_EINVAL, "the limiter is closed");
    if (!(ct = shim_cstr_of(&t, tenant, tenant_len, "tenant", err)) ||
        !(cp = shim_cstr_of(&p, plan, plan_len, "plan", err)) ||
        !(cl = shim_cstr_of(&l, limit, limit_len, "limit", err))) {
        rc = err ? err->code : DAYONE_EINVAL;
        goto done;
    }
    rc = shim_status(dayone_limiter_effective_limit(limiter, ct, cp, cl, &e, err), err);
    if (rc != DAYONE_OK)
        goto done;
    sj_puts(&j, "{\"kind\":");
    sj_text(&j, kinds[e.kind >= 0 && e.kind <= 2 ? e.kind : 2]);
    sj_int(&j, "rate", (long long)e.rate);
    sj_int(&j, "rate_period_ns", (long long)e.rate_period_ns);
    sj_int(&j, "burst", (long long)e.burst);
    sj_int(&j, "plan_rate", (long long)e.plan_rate);
    sj_int(&j, "plan_rate_period_ns", (long long)e.plan_rate_period_ns);
    sj_int(&j, "plan_burst", (long long)e.plan_burst);
    sj_puts(&j, ",\"source\":");
    sj_text(&j, shim_source_name(e.source));
    sj_puts(&j, ",\"reason\":");
    sj_text(&j, e.reason);
    sj_int(&j, "expires_unix_s", (long long)e.expires_unix_s);
    sj_rates(&j, "rates", e.rates, e.nrates);
    sj_rates(&j, "plan_rates", e.plan_rates, e.plan_nrates);
    sj_puts(&j, "}");
    if (j.failed) {
        rc = shim_fail(err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    *out = j.s;
    j.s = NULL;
done:
    free(j.s);
    shim_cstr_done(&t);
    shim_cstr_done(&p);
    shim_cstr_done(&l);
    return rc;
}

int dayone_shim_limit_reset(char **out, dayone_limiter *limiter, const char *actor,
                            size_t actor_len, const char *role, size_t role_len,
                            const char *tenant, size_t tenant_len, const char *action,
                            size_t action_len, const char *reason, size_t reason_len,
                            const char *ticket, size_t ticket_len, int64_t now_unix_s,
                            const char *plan, size_t plan_len, const char *limit,
                            size_t limit_len, int64_t credit, int64_t what, int64_t now_ns,
                            int64_t period_anchor_unix_s, int64_t wall_ns, dayone_error *err)
{
    const char *src[8] = {actor, role, tenant, action, reason, ticket, plan, limit};
    const size_t len[8] = {actor_len, role_len, tenant_len, action_len, reason_len, ticket_len,
                           plan_len, limit_len};
    static const char *const what_names[8] = {"actor", "role", "tenant", "action", "reason",
                                              "ticket", "plan", "limit"};
    const char *c[8] = {NULL};
    shim_cstr buf[8];
    int rc = DAYONE_OK;
    size_t made = 0;
    if (out)
        *out = NULL;
    if (!limiter)
        return shim_fail(err, DAYONE_EINVAL, "the limiter is closed");
    if (what < 0 || what > 3)
        return shim_fail(err, DAYONE_EINVAL, "limit_reset: what must be 0..3");
    for (; made < 8; made++) {
        buf[made].heap = NULL;
        if (!src[made] || !len[made])
            continue; /* absent: NULL, as the library reads "not given" */
        if (!(c[made] = shim_cstr_of(&buf[made], src[made], len[made], what_names[made], err))) {
            rc = err ? err->code : DAYONE_EINVAL;
            break;
        }
    }
    if (rc == DAYONE_OK) {
        dayone_access_request a = DAYONE_ACCESS_REQUEST_INIT;
        dayone_limit_reset r = DAYONE_LIMIT_RESET_INIT;
        dayone_access_decision d;
        a.actor = c[0];
        a.role = c[1];
        a.tenant = c[2];
        a.action = c[3];
        a.reason = c[4];
        a.ticket = c[5];
        a.now_unix_s = now_unix_s;
        r.plan = c[6];
        r.limit = c[7];
        r.credit = credit;
        r.what = (unsigned int)what;
        r.now_ns = now_ns;
        r.period_anchor_unix_s = period_anchor_unix_s;
        r.wall_ns = wall_ns;
        rc = shim_status(dayone_limiter_limit_reset(limiter, &a, &r, &d, out, err), err);
    }
    for (size_t i = 0; i < made && i < 8; i++)
        shim_cstr_done(&buf[i]);
    return rc;
}

/* ------------------------------------------------------------- status */

int dayone_shim_status(char **out, const dayone_policy *policy, const dayone_facts *facts,
                       int64_t now_ns, dayone_error *err)
{
    dayone_status_options opts = DAYONE_STATUS_OPTIONS_INIT;
    dayone_status_result *r = NULL;
    int rc;
    if (out)
        *out = NULL;
    opts.now_ns = now_ns;
    rc = dayone_status_evaluate_with(&r, policy, facts, &opts, err);
    if (rc == DAYONE_OK)
        rc = dayone_status_render(out, NULL, r, DAYONE_FORMAT_JSON, 0, err);
    dayone_status_free(r);
    return shim_status(rc, err);
}

/* ------------------------------------------------------------ periods */

int dayone_shim_period(const char *name, size_t name_len)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "period", NULL);
    dayone_period p;
    int rc = cname ? dayone_period_parse(&p, cname) : DAYONE_EINVAL;
    shim_cstr_done(&c);
    return rc == DAYONE_OK ? (int)p : -1;
}

/* ------------------------------------------------------------ limiter */

int dayone_shim_enforcement(const char *name, size_t name_len)
{
    shim_cstr c;
    const char *cname = shim_cstr_of(&c, name, name_len, "enforcement", NULL);
    dayone_enforcement e;
    int r = -1;
    if (cname && dayone_enforcement_parse(&e, cname) == DAYONE_OK)
        r = (int)e;
    shim_cstr_done(&c);
    return r;
}

int dayone_shim_limiter_new(dayone_limiter **out, const dayone_policy *policy, int64_t capacity,
                            int enforcement, const dayone_env *env, dayone_error *err)
{
    dayone_limiter_options o = DAYONE_LIMITER_OPTIONS_INIT;
    if (out)
        *out = NULL;
    if (capacity < 0 || (uint64_t)capacity > SIZE_MAX)
        return shim_fail(err, DAYONE_EINVAL, "capacity must not be negative");
    o.capacity = (size_t)capacity;
    o.enforcement = (dayone_enforcement)enforcement;
    o.env = env;
    return shim_status(dayone_limiter_new(out, policy, &o, err), err);
}

/* An int option: DAYONE_SHIM_UNSET keeps *dst; else it must fit [lo, hi]. */
static int shim_int_option(int *dst, int64_t v, int64_t lo, int64_t hi)
{
    if (v == DAYONE_SHIM_UNSET)
        return 0;
    if (v < lo || v > hi)
        return -1;
    *dst = (int)v;
    return 0;
}

int dayone_shim_attach_redis(dayone_limiter *limiter, const dayone_policy *policy,
                             const char *url, size_t url_len,
                             const char *password_env, size_t password_env_len,
                             const char *key_prefix, size_t key_prefix_len, int64_t db,
                             int64_t connect_timeout_ms, int64_t command_timeout_ms,
                             int64_t near_cache, int64_t pool_size, int64_t busy_poll_us,
                             int clock_from_request,
                             dayone_error *err)
{
    dayone_redis_options o = DAYONE_REDIS_OPTIONS_INIT;
    shim_cstr u, p, k;
    int rc;
    u.heap = p.heap = k.heap = NULL;
    if (!limiter)
        return shim_fail(err, DAYONE_EINVAL, "the limiter is closed");
    if (policy && url_len == 0 &&
        (rc = dayone_redis_options_from_policy(policy, &o, err)) != DAYONE_OK)
        return shim_status(rc, err);
    if (shim_int_option(&o.db, db, INT_MIN, INT_MAX) < 0 ||
        shim_int_option(&o.connect_timeout_ms, connect_timeout_ms, INT_MIN, INT_MAX) < 0 ||
        shim_int_option(&o.command_timeout_ms, command_timeout_ms, INT_MIN, INT_MAX) < 0 ||
        shim_int_option(&o.near_cache, near_cache, INT_MIN, INT_MAX) < 0 ||
        shim_int_option(&o.busy_poll_us, busy_poll_us, INT_MIN, INT_MAX) < 0 ||
        pool_size < 0 || (uint64_t)pool_size > UINT_MAX)
        return shim_fail(err, DAYONE_EINVAL,
                         "redis options: db, a timeout or the pool size is out of range");
    if ((url_len && !(o.url = shim_cstr_of(&u, url, url_len, "the Redis URL", err))) ||
        (password_env_len &&
         !(o.password_env = shim_cstr_of(&p, password_env, password_env_len,
                                         "the password variable name", err))) ||
        (key_prefix_len &&
         !(o.key_prefix = shim_cstr_of(&k, key_prefix, key_prefix_len, "the key prefix", err)))) {
        rc = err ? err->code : DAYONE_EINVAL;
        goto done;
    }
    o.pool_size = (unsigned int)pool_size;
    o.clock_from_request = clock_from_request;
    rc = shim_status(dayone_limiter_attach_redis(limiter, &o, err), err);
done:
    shim_cstr_done(&u);
    shim_cstr_done(&p);
    shim_cstr_done(&k);
    return rc;
}

/* ---------------------------------------------------- decision fields */

#define SHIM_FIELD(member, type) \
    {#member, type, offsetof(dayone_decision, member), sizeof(((dayone_decision *)0)->member)}

/* The record every binding builds, in this order. `limit` is the decision's
 * limit value; `limit_name` the request's limit. */
static const dayone_shim_field shim_decision_fields[DAYONE_SHIM_DECISION_FIELDS] = {
    SHIM_FIELD(allowed, DAYONE_SHIM_BOOL),
    SHIM_FIELD(outcome, DAYONE_SHIM_OUTCOME),
    SHIM_FIELD(status, DAYONE_SHIM_INT),
    SHIM_FIELD(retry_after_ns, DAYONE_SHIM_INT64),
    SHIM_FIELD(reset_after_ns, DAYONE_SHIM_INT64),
    SHIM_FIELD(remaining, DAYONE_SHIM_INT64),
    SHIM_FIELD(limit, DAYONE_SHIM_INT64),
    SHIM_FIELD(window_ns, DAYONE_SHIM_INT64),
    SHIM_FIELD(quota_remaining, DAYONE_SHIM_INT64_OR_NONE),
    SHIM_FIELD(upgrade_plan, DAYONE_SHIM_TEXT_OR_NONE),
    SHIM_FIELD(reason, DAYONE_SHIM_TEXT),
    {"limit_name", DAYONE_SHIM_LIMIT_NAME, 0, 0},
    SHIM_FIELD(burst, DAYONE_SHIM_INT64),
    SHIM_FIELD(rate, DAYONE_SHIM_INT64),
    SHIM_FIELD(rate_period_ns, DAYONE_SHIM_INT64),
    SHIM_FIELD(quota_reset_unix_s, DAYONE_SHIM_INT64_OR_NONE),
    SHIM_FIELD(tightest, DAYONE_SHIM_INT),
    SHIM_FIELD(rates, DAYONE_SHIM_RATES),
    SHIM_FIELD(override_source, DAYONE_SHIM_INT),
    SHIM_FIELD(override_reason, DAYONE_SHIM_TEXT_OR_NONE),
};

_Static_assert(sizeof(dayone_rate_state) == DAYONE_SHIM_RATE_FIELDS * 8 &&
                   offsetof(dayone_decision, tightest) ==
                       offsetof(dayone_decision, nrates) + sizeof(int),
               "dayone_shim.h: rates");

const char *dayone_shim_rate_field(size_t i)
{
    static const char *const names[DAYONE_SHIM_RATE_FIELDS] = {
        "rate", "rate_period_ns", "burst", "remaining", "reset_after_ns", "retry_after_ns"};
    return i < DAYONE_SHIM_RATE_FIELDS ? names[i] : NULL;
}

const dayone_shim_field *dayone_shim_decision_field(size_t i)
{
    return i < DAYONE_SHIM_DECISION_FIELDS ? &shim_decision_fields[i] : NULL;
}

/* ------------------------------------------- decisions as packed words */

void *dayone_shim_mem_new(size_t bytes)
{
    return calloc(1, bytes ? bytes : 1);
}

void dayone_shim_mem_free(void *mem)
{
    free(mem);
}

/* A heap copy of the error for the caller to free (NULL when out of memory). */
static void shim_store_error(long long *out, int rc, const dayone_error *e)
{
    dayone_error *c = (dayone_error *)malloc(sizeof *c);
    if (c) {
        memcpy(c, e, sizeof *c);
        if (c->code == 0)
            c->code = rc;
    }
    out[0] = (long long)(intptr_t)c;
}

/* Request strings up to this many bytes in all (NULs included) are
 * terminated on the stack; longer ones on the heap. */
#define SHIM_DECIDE_STACK_BYTES 512

/* Append (s, len) and a NUL at *p; 0 when s holds a NUL byte. */
static int shim_put(char **p, const char *s, size_t len)
{
    if (len > 0) {
        if (memchr(s, '\0', len))
            return 0;
        memcpy(*p, s, len);
    }
    (*p)[len] = '\0';
    *p += len + 1;
    return 1;
}

int dayone_shim_decide(dayone_limiter *limiter, const char *key, size_t key_len,
                       const char *plan, size_t plan_len, const char *limit, size_t limit_len,
                       const char *feature, size_t feature_len, int64_t cost, int64_t usage,
                       int64_t now_ns, int64_t period_anchor_unix_s, int64_t wall_ns, void *mem)
{
    long long *buf = (long long *)mem;
    dayone_request r = DAYONE_REQUEST_INIT;
    dayone_error err;
    char stack[SHIM_DECIDE_STACK_BYTES], *heap = NULL, *p;
    size_t need;
    int rc;
    if (!buf)
        return DAYONE_EINVAL;
    buf[0] = 0;
    shim_error_init(&err);
    if (!limiter) {
        rc = shim_fail(&err, DAYONE_EINVAL, "the limiter is closed");
        goto fail;
    }
    /* The C API takes NUL-terminated strings and the binding's are not:
     * copy them once, here, where the copy is a few bytes of stack. */
    if (key_len > SIZE_MAX / 8 || plan_len > SIZE_MAX / 8 || limit_len > SIZE_MAX / 8 ||
        feature_len > SIZE_MAX / 8) {
        rc = shim_fail(&err, DAYONE_EINVAL, "a request string is too long");
        goto fail;
    }
    need = key_len + plan_len + limit_len + feature_len + 4;
    p = stack;
    if (need > sizeof stack) {
        heap = (char *)malloc(need);
        if (!heap) {
            rc = shim_fail(&err, DAYONE_ENOMEM, "out of memory");
            goto fail;
        }
        p = heap;
    }
    r.key = p;
    if (!shim_put(&p, key, key_len))
        goto nul;
    r.plan = p;
    if (!shim_put(&p, plan, plan_len))
        goto nul;
    r.limit = p;
    if (!shim_put(&p, limit, limit_len))
        goto nul;
    if (feature_len > 0) {
        r.feature = p;
        if (!shim_put(&p, feature, feature_len))
            goto nul;
    }
    r.cost = cost;
    r.usage = usage;
    r.now_ns = now_ns;
    r.period_anchor_unix_s = period_anchor_unix_s;
    r.wall_ns = wall_ns;
    rc = dayone_limiter_decide(limiter, &r, (dayone_decision *)(void *)(buf + 1), &err);
    free(heap);
    if (rc == DAYONE_OK)
        return rc;
    goto fail;
nul:
    free(heap);
    rc = shim_fail(&err, DAYONE_EINVAL, "a request key, plan, limit or feature contains a NUL byte");
fail:
    shim_store_error(buf, rc, &err);
    return rc;
}

dayone_limit_handle *dayone_shim_resolve(dayone_limiter *limiter, const char *plan,
                                         size_t plan_len, const char *limit, size_t limit_len,
                                         const char *feature, size_t feature_len)
{
    dayone_limit_handle *h = NULL;
    char *names, *p, *pl, *li, *fe = NULL;
    if (!limiter || plan_len > SIZE_MAX / 4 || limit_len > SIZE_MAX / 4 ||
        feature_len > SIZE_MAX / 4)
        return NULL;
    names = (char *)malloc(plan_len + limit_len + feature_len + 3);
    if (!names)
        return NULL;
    p = pl = names;
    if (!shim_put(&p, plan, plan_len))
        goto done;
    li = p;
    if (!shim_put(&p, limit, limit_len))
        goto done;
    if (feature_len > 0) {
        fe = p;
        if (!shim_put(&p, feature, feature_len))
            goto done;
    }
    if (dayone_limiter_resolve(limiter, pl, li, fe, &h, NULL) != DAYONE_OK)
        h = NULL;
done:
    free(names);
    return h;
}

int dayone_shim_decide_handle(dayone_limiter *limiter, const dayone_limit_handle *handle,
                              const char *key, size_t key_len, int64_t cost, int64_t usage,
                              int64_t now_ns, uintptr_t mem)
{
    long long *buf = (long long *)(void *)mem;
    dayone_error err;
    int rc;
    if (!buf)
        return DAYONE_EINVAL;
    buf[0] = 0;
    shim_error_init(&err);
    rc = dayone_limiter_decide_handle(limiter, handle, key, key_len, cost, usage, now_ns,
                                      (dayone_decision *)(void *)(buf + 1), &err);
    if (rc != DAYONE_OK)
        shim_store_error(buf, rc, &err);
    return rc;
}

int dayone_shim_decide_many(dayone_limiter *limiter, const char *strs, size_t strs_len,
                            const long long *nums, size_t nums_len, long long *out,
                            size_t out_len)
{
    size_t n = nums_len / DAYONE_SHIM_REQ_WORDS, i;
    dayone_request *reqs = NULL;
    dayone_decision *outs;
    int *statuses;
    dayone_error err;
    int rc = DAYONE_OK, decided = 0;
    if (!out || nums_len % DAYONE_SHIM_REQ_WORDS != 0 || out_len < DAYONE_SHIM_MANY_WORDS(n))
        return DAYONE_EINVAL;
    outs = (dayone_decision *)(void *)(out + 1);
    statuses = (int *)(void *)(out + 1 + n * DAYONE_SHIM_D_WORDS);
    shim_error_init(&err);
    out[0] = 0;
    if (n == 0)
        return DAYONE_OK;
    if (!limiter) {
        rc = shim_fail(&err, DAYONE_EINVAL, "the limiter is closed");
        goto done;
    }
    if (!nums || !strs || strs_len == 0 || strs[strs_len - 1] != '\0') {
        rc = shim_fail(&err, DAYONE_EINVAL, "malformed request batch");
        goto done;
    }
    reqs = (dayone_request *)malloc(n * sizeof *reqs);
    if (!reqs) {
        rc = shim_fail(&err, DAYONE_ENOMEM, "out of memory");
        goto done;
    }
    /* strs ends with a NUL: an offset inside it is a terminated string. */
    for (i = 0; i < n; i++) {
        const long long *w = nums + i * DAYONE_SHIM_REQ_WORDS;
        unsigned long long key = (unsigned long long)w[DAYONE_SHIM_REQ_KEY];
        unsigned long long plan = (unsigned long long)w[DAYONE_SHIM_REQ_PLAN];
        unsigned long long limit = (unsigned long long)w[DAYONE_SHIM_REQ_LIMIT];
        long long feature = w[DAYONE_SHIM_REQ_FEATURE];
        if (key >= strs_len || plan >= strs_len || limit >= strs_len ||
            (feature != -1 && (unsigned long long)feature >= strs_len)) {
            rc = shim_fail(&err, DAYONE_EINVAL, "malformed request batch");
            goto done;
        }
        reqs[i].key = strs + key;
        reqs[i].plan = strs + plan;
        reqs[i].limit = strs + limit;
        reqs[i].cost = w[DAYONE_SHIM_REQ_COST];
        reqs[i].feature = feature == -1 ? NULL : strs + feature;
        reqs[i].usage = w[DAYONE_SHIM_REQ_USAGE];
        reqs[i].now_ns = w[DAYONE_SHIM_REQ_NOW];
        reqs[i].period_anchor_unix_s = w[DAYONE_SHIM_REQ_ANCHOR];
        reqs[i].wall_ns = w[DAYONE_SHIM_REQ_WALL];
    }
    /* Decisions and statuses go straight into the caller's buffer. */
    rc = dayone_limiter_decide_many(limiter, reqs, n, outs, statuses, &err);
    decided = 1;
done:
    if (rc != DAYONE_OK) {
        if (!decided) { /* nothing decided: every request carries the failure */
            memset(outs, 0, n * sizeof *outs);
            for (i = 0; i < n; i++)
                statuses[i] = rc;
        }
        shim_store_error(out, rc, &err);
    }
    free(reqs);
    return rc;
}

int dayone_shim_headers(long long *rec, size_t rec_len, const char *name, size_t name_len,
                        char *buf, size_t buf_len)
{
    dayone_decision d;
    shim_cstr c;
    const char *cname;
    if (!rec || rec_len < DAYONE_SHIM_HEADER_WORDS || !buf ||
        buf_len < 3 * DAYONE_SHIM_HEADER_BYTES)
        return DAYONE_EINVAL;
    buf[0] = buf[DAYONE_SHIM_HEADER_BYTES] = buf[2 * DAYONE_SHIM_HEADER_BYTES] = '\0';
    cname = shim_cstr_of(&c, name, name_len, "name", NULL);
    if (!cname)
        return DAYONE_EINVAL;
    memcpy(&d, rec, sizeof d);
    rec[DAYONE_SHIM_HEADER_CODES] = dayone_decision_retry_after(&d, buf, DAYONE_SHIM_HEADER_BYTES);
    rec[DAYONE_SHIM_HEADER_CODES + 1] = dayone_decision_ratelimit(
        &d, cname, buf + DAYONE_SHIM_HEADER_BYTES, DAYONE_SHIM_HEADER_BYTES);
    rec[DAYONE_SHIM_HEADER_CODES + 2] = dayone_decision_ratelimit_policy(
        &d, cname, buf + 2 * DAYONE_SHIM_HEADER_BYTES, DAYONE_SHIM_HEADER_BYTES);
    shim_cstr_done(&c);
    return DAYONE_OK;
}
