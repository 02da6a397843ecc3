/* policy_load_sequence.h - loading a rule's list and deadline checks
 * (sequence, intervals, deadline: policy_sequence.h) with file:line:column
 * errors for every misuse. */
#ifndef DY_POLICY_LOAD_SEQUENCE_H
#define DY_POLICY_LOAD_SEQUENCE_H

#include "policy_rules.h"
#include "yaml_doc.h"

/* The sequence/intervals/deadline keys of rule mapping m into
 * r->checks.sequence (allocated when one is present). sequence and
 * intervals check a list: any format is an error. deadline implies
 * format: timestamp and makes the value optional unless `required` is
 * given (an absent value is judged against the deadline). */
int dy_load_sequence_checks(dy_yctx *ctx, const dy_ynode *m, dy_rule *r);

#endif
