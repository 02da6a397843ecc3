/* check_fact_more.h - the fact checks that relate a value to others
 * (policy_rules.h: dy_fact_checks, "more fact checks"):
 *
 *   differs_from   the value differs from another fact's, compared with
 *                  blanks trimmed and ASCII case folded (two on-call
 *                  contacts written Ann@x and ann@x are one person):
 *                  fact-distinct; the other fact missing: fact-missing
 *   hours          a timestamp's time of day, at a fixed UTC offset, is
 *                  inside [from, to) (from > to wraps midnight):
 *                  fact-hours
 *   count_by       a list: the elements whose `key` (relative to the
 *                  element) holds one value number at most max, or max
 *                  times the `of` fact: fact-threshold, one finding per
 *                  group, keyed at the group's first element's key
 *
 * Elements without the key (or with a mapping or list there) are not
 * counted: a rule with each: says whether they must have it. Messages name
 * facts, counts and policy bounds, never a value (not even the value a
 * group shares). Inside each:, `differs_from`, `of`, not_before's and
 * not_after's `fact` and ratio's `of` are looked up in the element first,
 * then from the top of the facts. */
#ifndef DY_CHECK_FACT_MORE_H
#define DY_CHECK_FACT_MORE_H

#include "check_ctx.h"
#include "check_value.h"
#include "fact_tree.h"

/* One failure for `key`, located at `where` (check_fact.h's sink has this
 * type). Return DAYONE_OK to go on, anything else to stop. */
typedef int (*dy_fact_more_sink)(void *arg, const char *key, const dy_failure *f,
                                 const dy_value *where);

/* A fact as a value: its text (none for a mapping or list) and its place. */
void dy_fact_value(dy_value *v, const dy_fact *f);

/* The fact another check names: in `element` first (when not NULL), then
 * at the top of ctx's facts. NULL when absent. */
const dy_fact *dy_fact_other(const dy_check_ctx *ctx, const dy_fact *element,
                             const char *address);

/* differs_from and hours of rule r on the present, well-formed value v
 * (named `key`; `element` as above). */
int dy_check_fact_more_value(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                             const dy_value *v, const dy_fact *element,
                             dy_fact_more_sink sink, void *arg);

/* count_by of rule r on the list `list` (named `key`). */
int dy_check_fact_more_list(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                            const dy_fact *list, dy_fact_more_sink sink, void *arg);

#endif
