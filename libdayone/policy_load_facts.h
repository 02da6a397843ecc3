/* policy_load_facts.h - loading what a rule says about facts: a key that is
 * a fact address, and the checks only facts, time and numbers have
 * (max_age, not_before, not_after, ratio, min/max on numbers and percents,
 * min_items, max_items). `each:` is loaded with the rule it belongs to
 * (policy_load_rules.c), since an element's checks are a rule's checks. */
#ifndef DY_POLICY_LOAD_FACTS_H
#define DY_POLICY_LOAD_FACTS_H

#include "policy_rules.h"
#include "yaml_doc.h"

/* A rule's key: a variable name, or a fact address (a.b[2].c) -- then
 * *is_address = 1. `relative` allows the empty address (an each: element
 * itself). Errors name the place. */
int dy_load_fact_key(dy_yctx *ctx, const dy_ynode *n, const char *what, char **out,
                     int *is_address);

/* 1 if s is a fact address in facts.h's syntax (keys and [index]). */
int dy_fact_address_valid(const char *s, size_t len);

/* n as a duration (90s, 30m, 26h, 31d, 1h30m, PT30M): *ns and the text as
 * written (*text, owned by the caller), or an error at n naming `what`. */
int dy_load_duration(dy_yctx *ctx, const dy_ynode *n, const char *what, int64_t *ns,
                     char **text);

/* The fact-only checks of rule mapping m into r->facts (allocated when one
 * is present); min/max for format number/percent. Implies format:
 * timestamp for max_age/not_before/not_after and number for ratio when no
 * format is given; any other format with them is an error at the key. */
int dy_load_fact_checks(dy_yctx *ctx, const dy_ynode *m, dy_rule *r);

#endif
