/* status_check.h - one check of a status component against the facts
 * (policy_status.h states the rules and the burn-rate formula).
 *
 * A check says nothing when its facts are healthy. Otherwise it hands the
 * sink verdicts: a state it moves the component to (rule status-health,
 * status-burn-rate or status-threshold; one per firing burn-rate pair), or
 * a fact it cannot read (rule status-fact, state DAYONE_COMPONENT_UNKNOWN:
 * missing, null, malformed, or a divisor not above zero). Messages name
 * facts and the policy's own numbers, never a fact's value. Pure: reads
 * the policy and the facts only. */
#ifndef DY_STATUS_CHECK_H
#define DY_STATUS_CHECK_H

#include "fact_tree.h"
#include "policy_status.h"

typedef struct dy_status_verdict {
    const char *rule;
    const char *fact;               /* the fact's address */
    const dy_fact *at;              /* the fact, for its place; NULL when missing */
    dayone_component_state state;
    const char *message;
} dy_status_verdict;

/* Returns DAYONE_OK or what the sink returned (it stops the check). */
typedef int (*dy_status_sink)(void *arg, const dy_status_verdict *v);

int dy_status_judge(const dy_status_conf *conf, const dy_status_check *c,
                    const dayone_facts *facts, dy_status_sink sink, void *arg);

/* Read a boolean fact (maintenance) into *on: absent or null is 0, true 1,
 * false 0; anything else is -1 after handing the sink a status-fact
 * verdict. Returns DAYONE_OK or the sink's error. */
int dy_status_flag(const dayone_facts *facts, const char *address, int *on,
                   dy_status_sink sink, void *arg);

/* Read a published state at `address` into *state (a
 * dayone_component_state), or -1 after handing the sink a status-fact
 * verdict (missing, or not one of the five words). *at receives the fact
 * (NULL when missing). Returns DAYONE_OK or the sink's error. */
int dy_status_published(const dayone_facts *facts, const char *address, const dy_fact **at,
                        int *state, dy_status_sink sink, void *arg);

/* The facts' freshness (conf->observed_at set): silent when observed_at is
 * a timestamp no older than now - max_age and no later than now +
 * DY_STATUS_CLOCK_SKEW_NS; else one verdict, state unknown: status-fact
 * (missing, null, not a timestamp, in the future) or status-stale (too
 * old; exactly max_age passes). The message gives the age and the policy's
 * max_age, never the fact's value. Returns DAYONE_OK or the sink's error. */
int dy_status_observed(const dy_status_conf *conf, const dayone_facts *facts, int64_t now_ns,
                       dy_status_sink sink, void *arg);

#endif
