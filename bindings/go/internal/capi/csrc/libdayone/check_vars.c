/* check_vars.c - dayone_check_vars: the check of a caller's variables
 * without a snapshot of all of them.
 *
 * A check only ever looks variables up by name, and the names it can look
 * up are fixed by the policy: its flags' variables, the environment
 * variable, each rule's key and KEY_FILE, the variables its conditions
 * read, the distinct groups' keys, the other facts fact checks compare
 * with when those are plain names. Those names are gathered once per
 * policy (kept with it, see dy_policy_derived) into a snapshot used as a
 * set; a call then judges every variable, as dayone_env_set would, but
 * copies only those in the set into a restricted snapshot made for the
 * call (dy_env_with_vars, env.h), so a 200-variable environment costs a
 * judging and a filter test per variable, not a hash, a copy, an
 * insertion and a wipe.
 *
 * Fail closed: should the check look up a name outside the set (a kind of
 * rule this gathering does not know about), the restricted snapshot notes
 * it, and the check is run again on a full snapshot. The answer is always
 * the full snapshot's. */
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "check_ctx.h"
#include "check_vars.h"
#include "env.h"
#include "error.h"
#include "policy.h"
#include "policy_rules.h"

typedef struct check_names {
    dy_policy_derived base;
    dayone_env *names;
    /* The rules a start-up check runs (startup in their profiles), in
     * policy order: the check skips the others without reading them.
     * NULL when memory ran out. */
    const dy_rule **startup;
    size_t nstartup;
} check_names;

static void check_names_destroy(dy_policy_derived *d)
{
    check_names *c = (check_names *)d;
    dayone_env_free(c->names);
    dy_free((void *)c->startup);
    dy_free(c);
}

static void list_startup_rules(check_names *c, const dayone_policy *p)
{
    c->startup = dy_malloc((p->nrules ? p->nrules : 1) * sizeof *c->startup);
    if (!c->startup)
        return;
    for (size_t i = 0; i < p->nrules; i++)
        if (p->rules[i].profiles & (1u << DY_PROFILE_STARTUP))
            c->startup[c->nstartup++] = &p->rules[i];
}

/* Add a name to the set; names that are not identifiers (fact addresses)
 * cannot be variables and are left out. The check looks the policy's own
 * string up, so the set notes its address too (a failure to note it only
 * costs the lookup a hash). */
static void add_name(dayone_env *set, const char *name)
{
    if (name && dayone_env_set(set, name, "", 0, NULL) == DAYONE_OK)
        (void)dy_env_note_name_at(set, name);
}

/* ... a name made here (NAME_FILE), whose address the check never has. */
static void add_made_name(dayone_env *set, const char *name)
{
    (void)dayone_env_set(set, name, "", 0, NULL);
}

/* ... and NAME_FILE, where a secret's value may come from instead. */
static void add_key(dayone_env *set, const char *key)
{
    char buf[256];
    add_name(set, key);
    if (key && snprintf(buf, sizeof buf, "%s_FILE", key) < (int)sizeof buf)
        add_made_name(set, buf);
}

static void add_cond(dayone_env *set, const dy_cond *c)
{
    if (!c)
        return;
    if (!c->fact)
        add_name(set, c->var);
    for (size_t i = 0; i < c->nchildren; i++)
        add_cond(set, &c->children[i]);
}

static void add_rule(dayone_env *set, const dy_rule *r, int depth)
{
    if (!r->key_is_address)
        add_key(set, r->key);
    add_cond(set, r->when);
    const dy_fact_checks *f = r->facts;
    if (!f)
        return;
    /* The other fact a check compares with is, when it is a plain name,
     * looked up like a rule's key: the environment first. */
    add_key(set, f->not_before.fact);
    add_key(set, f->not_after.fact);
    add_key(set, f->ratio_of);
    add_key(set, f->differs_from);
    add_key(set, f->count_of);
    if (f->each && depth < 8)
        add_rule(set, f->each, depth + 1);
}

const dayone_env *dy_check_vars_names(const dayone_policy *p)
{
    dy_policy_derived *d = __atomic_load_n(&p->check_names, __ATOMIC_ACQUIRE);
    if (d)
        return ((check_names *)d)->names;
    check_names *c = dy_calloc(1, sizeof *c);
    if (!c || dayone_env_new(&c->names) != DAYONE_OK) {
        dy_free(c);
        return NULL;
    }
    c->base.destroy = check_names_destroy;
    for (size_t i = 0; i < p->nflags; i++)
        add_name(c->names, p->flags[i].env);
    add_name(c->names, p->environment.env);
    add_name(c->names, p->enforcement_env);
    for (size_t i = 0; i < p->nrules; i++)
        add_rule(c->names, &p->rules[i], 0);
    for (size_t i = 0; i < p->ndistinct; i++)
        for (size_t k = 0; k < p->distinct[i].nkeys; k++)
            add_key(c->names, p->distinct[i].keys[k]);
    /* Without its index (no memory), names that pass the filter are
     * hashed: slower, the same answer. */
    (void)dy_env_index_filter(c->names);
    list_startup_rules(c, p);
    /* A set short of a name (memory ran out half way) is still safe: the
     * lookup of a missing name strays, and the check is redone in full. */
    dy_policy_derived *expected = NULL;
    if (!__atomic_compare_exchange_n(&((dayone_policy *)p)->check_names, &expected, &c->base, 0,
                                     __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) {
        check_names_destroy(&c->base); /* another thread won; use its set */
        return ((check_names *)expected)->names;
    }
    return c->names;
}

const dy_rule *const *dy_check_startup_rules(const dayone_policy *p, size_t *n)
{
    const check_names *c =
        (const check_names *)__atomic_load_n(&p->check_names, __ATOMIC_ACQUIRE);
    if (!c || !c->startup)
        return NULL;
    *n = c->nstartup;
    return c->startup;
}

typedef struct check_call {
    dayone_report **out;
    const dayone_policy *policy;
    const dayone_check_options *opts;
    dayone_error *err;
} check_call;

static int check_env(const dayone_env *env, void *arg)
{
    check_call *c = arg;
    return dayone_check(c->out, c->policy, env, c->opts, c->err);
}

/* Check the snapshot of the caller's pairs (`arg`, a var_list), restricted
 * to `only` when it is not NULL (built for this call alone:
 * dy_env_with_vars). */
typedef struct var_list {
    const dayone_var *vars;
    size_t nvars;
} var_list;

static int check_once(dayone_report **out, const dayone_policy *policy, const dayone_env *only,
                      const dayone_check_options *opts, void *arg, int *strayed,
                      dayone_error *err)
{
    const var_list *l = arg;
    check_call call = { out, policy, opts, err };
    if (only)
        return dy_env_with_vars(only, l->vars, l->nvars, check_env, &call, strayed, err);
    dayone_env *env = NULL;
    int rc = dayone_env_new(&env);
    if (rc != DAYONE_OK)
        return dy_fail(err, rc, "out of memory");
    rc = dy_env_add_vars(env, l->vars, l->nvars, err);
    if (rc == DAYONE_OK)
        rc = check_env(env, &call);
    *strayed = dy_env_strayed(env);
    dayone_env_free(env);
    return rc;
}

int dy_check_restricted(dayone_report **out, const dayone_policy *policy,
                        const dayone_check_options *opts, dy_check_source_fn once, void *arg,
                        dayone_error *err)
{
    int rc, strayed = 0;
    if (!policy && (rc = dy_check_default_policy(&policy, err)) != DAYONE_OK)
        return rc;
    const dayone_env *only = dy_check_vars_names(policy);
    rc = once(out, policy, only, opts, arg, &strayed, err);
    if (!only || !strayed)
        return rc;
    /* The restricted snapshot was asked for a name it may lack: redo it
     * in full, whatever the first answer was. */
    dayone_report_free(*out);
    *out = NULL;
    if (err)
        dayone_error_clear(err);
    return once(out, policy, NULL, opts, arg, &strayed, err);
}

int dayone_check_vars(dayone_report **out, const dayone_policy *policy, const dayone_var *vars,
                      size_t nvars, const dayone_check_options *opts, dayone_error *err)
{
    if (out)
        *out = NULL;
    if (!out || (nvars && !vars))
        return dy_fail(err, DAYONE_EINVAL, "dayone_check_vars: out and vars must not be NULL");
    var_list l = { vars, nvars };
    return dy_check_restricted(out, policy, opts, check_once, &l, err);
}
