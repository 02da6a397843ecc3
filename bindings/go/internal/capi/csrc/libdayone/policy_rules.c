/* policy_rules.c - freeing the check side of the policy (policy_rules.h):
 * rules with their conditions and compiled patterns, distinct groups and
 * waivers. */
#include <string.h>
#include "alloc.h"
#include "policy_rules.h"
#include "policy_sequence.h"

static void free_strv(char **v, size_t n)
{
    if (!v)
        return;
    for (size_t i = 0; i < n; i++)
        dy_free(v[i]);
    dy_free(v);
}

void dy_cond_clear(dy_cond *c)
{
    if (!c)
        return;
    dy_free(c->var);
    free_strv(c->values, c->nvalues);
    for (size_t i = 0; i < c->nchildren; i++)
        dy_cond_clear(&c->children[i]);
    dy_free(c->children);
    memset(c, 0, sizeof *c);
}

void dy_checks_clear(dy_checks *c)
{
    if (!c)
        return;
    free_strv(c->schemes, c->nschemes);
    free_strv(c->values, c->nvalues);
    dy_free(c->equals);
    dy_free(c->pattern_src);
    if (c->pattern)
        pcre2_code_free(c->pattern);
    dy_sequence_checks_free(c->sequence);
    memset(c, 0, sizeof *c);
}

static void bound_clear(dy_decimal_bound *b) { dy_free(b->text); }

static void fact_checks_free(dy_fact_checks *f)
{
    if (!f)
        return;
    bound_clear(&f->min);
    bound_clear(&f->max);
    dy_free(f->max_age_text);
    dy_free(f->not_before.fact);
    dy_free(f->not_before.plus_text);
    dy_free(f->not_after.fact);
    dy_free(f->not_after.plus_text);
    dy_free(f->ratio_of);
    bound_clear(&f->ratio_min);
    bound_clear(&f->ratio_max);
    dy_free(f->differs_from);
    dy_free(f->hours_text);
    dy_free(f->count_by);
    bound_clear(&f->count_max);
    dy_free(f->count_of);
    if (f->each) {
        dy_rule_clear(f->each);
        dy_free(f->each);
    }
    dy_free(f);
}

void dy_rule_clear(dy_rule *r)
{
    dy_free(r->id);
    dy_free(r->key);
    if (r->when) {
        dy_cond_clear(r->when);
        dy_free(r->when);
    }
    dy_checks_clear(&r->checks);
    dy_free(r->message);
    dy_free(r->hint);
    fact_checks_free(r->facts);
    r->facts = NULL;
}

void dy_rules_free(dy_rule *rules, size_t n)
{
    for (size_t i = 0; rules && i < n; i++)
        dy_rule_clear(&rules[i]);
    dy_free(rules);
}

void dy_distinct_free(dy_distinct *groups, size_t n)
{
    for (size_t i = 0; groups && i < n; i++) {
        dy_free(groups[i].id);
        free_strv(groups[i].keys, groups[i].nkeys);
    }
    dy_free(groups);
}

void dy_waivers_free(dy_waiver *waivers, size_t n)
{
    for (size_t i = 0; waivers && i < n; i++) {
        dy_free(waivers[i].rule);
        dy_free(waivers[i].key);
        dy_free(waivers[i].reason);
        dy_free(waivers[i].expires_text);
    }
    dy_free(waivers);
}
