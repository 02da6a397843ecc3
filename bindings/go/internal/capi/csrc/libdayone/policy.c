/* policy.c - the compiled policy's lifetime (reference counting, freeing)
 * and the lookups the check and the limiter use. Loading lives in
 * policy_load*.c; the rules' and the plans' own parts are freed by
 * policy_rules.c and policy_plans.c. */
#include <stdint.h>
#include <string.h>
#include "alloc.h"
#include "alloc_arena.h"
#include "policy.h"
#include "policy_rules.h"
#include "policy_support.h"
#include "policy_postmortem.h"
#include "policy_status.h"
#include "text.h"

static void free_strv(char **v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        dy_free(v[i]);
    dy_free(v);
}

/* A rule's compiled patterns, and those of its list elements' checks. */
static void free_rule_patterns(dy_rule *r)
{
    pcre2_code_free(r->checks.pattern);
    if (r->facts && r->facts->each)
        free_rule_patterns(r->facts->each);
}

void dy_policy_destroy(dayone_policy *p)
{
    if (!p)
        return;
    struct dy_alloc_arena *arena = p->arena;
    if (arena && dy_arena_holds_all(arena)) {
        /* The whole model is in the arena but for what lives on the heap:
         * the compiled patterns (PCRE2's memory) and check_names. */
        if (p->check_names)
            p->check_names->destroy(p->check_names);
        for (size_t i = 0; i < p->nrules; i++)
            free_rule_patterns(&p->rules[i]);
        if (p->support)
            pcre2_code_free(p->support->ticket);
        dy_arena_free(arena);
        return;
    }
    /* Inside a debug build's arena, the frees below release every
     * allocation one by one (alloc_arena.h); without an arena (a policy
     * built by hand) they are plain frees. */
    struct dy_alloc_arena *outer = dy_arena_enter(arena);
    if (p->check_names)
        p->check_names->destroy(p->check_names);
    dy_free(p->name);
    for (size_t i = 0; i < p->nflags; i++) {
        dy_free(p->flags[i].name);
        dy_free(p->flags[i].env);
    }
    dy_free(p->flags);
    dy_free(p->environment.env);
    free_strv(p->environment.values, p->environment.nvalues);
    dy_free(p->environment.production);
    free_strv(p->environment.production_like, p->environment.nproduction_like);
    dy_rules_free(p->rules, p->nrules);
    free_strv(p->profiles, p->nprofiles);
    dy_distinct_free(p->distinct, p->ndistinct);
    dy_waivers_free(p->waivers, p->nwaivers);
    dy_free(p->enforcement_env);
    dy_free(p->redis);
    dy_support_free(p->support);
    dy_postmortem_free(p->postmortem);
    dy_status_conf_free(p->status);
    dy_plans_free(p->plans, p->nplans);
    dy_policy_overrides_free(p->overrides, p->noverrides);
    free_strv(p->limit_names, p->nlimit_names);
    free_strv(p->quota_names, p->nquota_names);
    dy_free(p->quota_periods);
    free_strv(p->feature_names, p->nfeature_names);
    dy_free(p);
    dy_arena_leave(outer);
    dy_arena_free(arena);
}

/* The policy is logically immutable; only the count changes, atomically. */
const dayone_policy *dy_policy_ref(const dayone_policy *p)
{
    if (p)
        __atomic_add_fetch(&((dayone_policy *)p)->refcount, 1, __ATOMIC_RELAXED);
    return p;
}

void dy_policy_unref(const dayone_policy *p)
{
    if (!p)
        return;
    dayone_policy *m = (dayone_policy *)p;
    if (__atomic_sub_fetch(&m->refcount, 1, __ATOMIC_ACQ_REL) == 0)
        dy_policy_destroy(m);
}

void dayone_policy_free(dayone_policy *policy) { dy_policy_unref(policy); }

static size_t find_name(char *const *names, size_t n, const char *name)
{
    if (!name)
        return SIZE_MAX;
    for (size_t i = 0; i < n; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    return SIZE_MAX;
}

size_t dy_policy_find_plan(const dayone_policy *p, const char *name)
{
    if (!p || !name)
        return SIZE_MAX;
    for (size_t i = 0; i < p->nplans; i++)
        if (strcmp(p->plans[i].name, name) == 0)
            return i;
    return SIZE_MAX;
}

size_t dy_policy_find_limit(const dayone_policy *p, const char *name)
{
    return p ? find_name(p->limit_names, p->nlimit_names, name) : SIZE_MAX;
}

size_t dy_policy_find_feature(const dayone_policy *p, const char *name)
{
    return p ? find_name(p->feature_names, p->nfeature_names, name) : SIZE_MAX;
}

size_t dy_policy_find_flag(const dayone_policy *p, const char *name)
{
    if (!p || !name)
        return SIZE_MAX;
    for (size_t i = 0; i < p->nflags; i++)
        if (strcmp(p->flags[i].name, name) == 0)
            return i;
    return SIZE_MAX;
}

/* s[0..n) equals the lower-case literal lit (n bytes) ignoring ASCII case. */
static int fold_is(const char *s, const char *lit, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (dy_ascii_lower((unsigned char)s[i]) != (unsigned char)lit[i])
            return 0;
    return 1;
}

int dy_parse_bool(const char *s, size_t len)
{
    /* By length first: the check asks this of every flag, so one compare
     * per call rather than eight. */
    if (!s)
        return -1;
    dy_trim_blank(&s, &len);
    switch (len) {
    case 1:
        return s[0] == '1' ? 1 : s[0] == '0' ? 0 : -1;
    case 2:
        return fold_is(s, "on", 2) ? 1 : fold_is(s, "no", 2) ? 0 : -1;
    case 3:
        return fold_is(s, "yes", 3) ? 1 : fold_is(s, "off", 3) ? 0 : -1;
    case 4:
        return fold_is(s, "true", 4) ? 1 : -1;
    case 5:
        return fold_is(s, "false", 5) ? 0 : -1;
    }
    return -1;
}

/* Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar
 * (Howard Hinnant's days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

int64_t dy_parse_date(const char *s)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return -1;
    int v[8], k = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v[k++] = s[i] - '0';
    }
    int y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    unsigned m = (unsigned)(v[4] * 10 + v[5]);
    unsigned d = (unsigned)(v[6] * 10 + v[7]);
    static const unsigned mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    /* Days since the epoch: dates before 1970 cannot be represented (-1 is
     * the error value), and no waiver expires then anyway. */
    if (y < 1970 || m < 1 || m > 12 || d < 1)
        return -1;
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    unsigned max = mdays[m - 1] + (m == 2 && leap ? 1u : 0u);
    if (d > max)
        return -1;
    return days_from_civil(y, m, d);
}

const char *dayone_policy_name(const dayone_policy *policy)
{
    return policy ? policy->name : NULL;
}

size_t dayone_policy_plan_count(const dayone_policy *policy)
{
    return policy ? policy->nplans : 0;
}

const char *dayone_policy_plan_name(const dayone_policy *policy, size_t i)
{
    if (!policy || i >= policy->nplans)
        return NULL;
    return policy->plans[i].name;
}


size_t dy_policy_find_profile(const dayone_policy *p, const char *name)
{
    return p ? find_name(p->profiles, p->nprofiles, name) : SIZE_MAX;
}
