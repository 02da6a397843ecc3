/* policy_load_fact_more.h - loading the fact checks of check_fact_more.h:
 *
 *   differs_from: contacts.oncall_secondary     the value differs from that fact's
 *   hours: {from: "07:00", to: "20:00", offset: "+01:00"}
 *                                               a timestamp's time of day is inside
 *                                               [from, to) at that fixed offset
 *   count_by: {key: actor, max: 3, of: audit.actor_baseline}
 *                                               a list: elements sharing a value of
 *                                               `key` number at most max (times `of`)
 *
 * Each is a load error at its key when misused (file:line:column). */
#ifndef DY_POLICY_LOAD_FACT_MORE_H
#define DY_POLICY_LOAD_FACT_MORE_H

#include "policy_rules.h"
#include "yaml_doc.h"

/* The checks above from rule mapping m into r->facts (allocated when one is
 * present). `hours` implies format: timestamp; `count_by` takes a list (no
 * format). Call after dy_load_fact_checks. */
int dy_load_fact_more(dy_yctx *ctx, const dy_ynode *m, dy_rule *r);

#endif
