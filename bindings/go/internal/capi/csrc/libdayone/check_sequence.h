/* check_sequence.h - judging a rule's list and deadline checks
 * (policy_sequence.h) during a fact rule's check (check_fact.c).
 *
 * Findings, each naming facts, the policy's words and durations, never a
 * fact's value:
 *   fact-format    an element's value outside `order`; an element's
 *                  timestamp that is not one (intervals)
 *   fact-missing   an element without the value (sequence with an order)
 *                  or the timestamp (intervals); the deadline's `after`
 *                  fact absent
 *   fact-order     a value earlier in `order` than the one before it; a
 *                  timestamp earlier than the one before it, or after now;
 *                  a value later than its deadline
 *   fact-contains  a value of `includes` no element takes; none of
 *                  `includes_any` taken
 *   fact-gap       a gap between consecutive timestamps above max (error)
 *                  or warn (warning)
 *   fact-stale     the last timestamp older than max (error) or warn
 *                  (warning) against now (to_now)
 *   fact-overdue   absent after its deadline (error), or in its last
 *                  `warn` before it (warning)
 * A rule's own message replaces the generated one; its severity is the
 * errors' severity. */
#ifndef DY_CHECK_SEQUENCE_H
#define DY_CHECK_SEQUENCE_H

#include "check_ctx.h"
#include "check_value.h"
#include "fact_tree.h"

/* One failure for `key`, located at `where` (the same contract as
 * check_fact.h's sink): DAYONE_OK to go on, anything else stops. */
typedef int (*dy_sequence_sink)(void *arg, const char *key, const dy_failure *f,
                                const dy_value *where);

/* sequence and intervals of rule r on `list` (a sequence fact) that
 * findings name `key`, located at *where. */
int dy_check_sequence_list(dy_check_ctx *ctx, const dy_rule *r, const char *key,
                           const dy_fact *list, const dy_value *where, dy_sequence_sink sink,
                           void *arg);

/* r's deadline on the value v (set, in timestamp format, or missing). */
int dy_check_deadline(dy_check_ctx *ctx, const dy_rule *r, const char *key, const dy_value *v,
                      dy_sequence_sink sink, void *arg);

/* A length of time as people write it: 1d2h3m4s, zero parts left out
 * (shared with check_fact.c's ages). */
void dy_say_duration(char *buf, size_t size, int64_t ns);

#endif
