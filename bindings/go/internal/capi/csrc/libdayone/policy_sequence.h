/* policy_sequence.h - the checks a rule has over a whole list and over a
 * deadline (incident records: status updates, their cadence, the report):
 *
 *   sequence:  {key: status, order: [a, b, c], includes: [b], includes_any: [x, y]}
 *       the values of `key` in the list's elements (relative to each
 *       element; absent: the element itself): only move forward in
 *       `order` (repeats allowed; a value outside it is fact-format), take
 *       every value of `includes` and at least one of `includes_any`.
 *   intervals: {key: created_at, max: 60m, warn: 30m, gaps: true, to_now: false}
 *       the timestamps of `key` in the elements: each gap between
 *       consecutive elements (gaps, default true) and the time from the
 *       last one to now (to_now) above `max` is an error, above `warn` a
 *       warning; an element earlier than the one before is fact-order.
 *   deadline:  {after: incident.resolved_at, within: 48h, warn: 12h}
 *       this timestamp is due by `after` + `within`: later is an error;
 *       absent, it is an error once now is past the deadline and a warning
 *       in the last `warn` before it.
 *
 * Built by policy_load_sequence.c, judged by check_sequence.c; owned by
 * the rule's dy_checks, read-only after loading. */
#ifndef DY_POLICY_SEQUENCE_H
#define DY_POLICY_SEQUENCE_H

#include <stddef.h>
#include <stdint.h>

#define DY_SEQUENCE_INCLUDES_MAX 64    /* values in `includes` */

typedef struct dy_sequence_order {
    char *key;                        /* relative; "" = the element; NULL = none */
    char **order; size_t norder;
    char **includes; size_t nincludes;
    char **includes_any; size_t nincludes_any;
} dy_sequence_order;

/* A limit with an error and an optional warning threshold (0 = none). */
typedef struct dy_time_limits {
    int64_t max_ns, warn_ns;
    char *max_text, *warn_text;       /* as written, for messages */
} dy_time_limits;

typedef struct dy_sequence_intervals {
    char *key;                        /* relative; "" = the element; NULL = none */
    dy_time_limits limits;
    int gaps;                         /* between consecutive elements */
    int to_now;                       /* from the last element to now */
} dy_sequence_intervals;

typedef struct dy_deadline {
    char *after;                      /* the fact the deadline counts from; NULL = none */
    int64_t within_ns, warn_ns;
    char *within_text, *warn_text;
} dy_deadline;

typedef struct dy_sequence_checks {
    dy_sequence_order sequence;
    dy_sequence_intervals intervals;
    dy_deadline deadline;
} dy_sequence_checks;

/* 1 if the rule checks a list (sequence or intervals). NULL: 0. */
int dy_sequence_wants_list(const dy_sequence_checks *s);

/* Free s and everything it owns. NULL is a no-op. */
void dy_sequence_checks_free(dy_sequence_checks *s);

#endif
