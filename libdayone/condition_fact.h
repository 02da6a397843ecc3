/* condition_fact.h - what a `{fact: ADDRESS, equals|in|set}` condition
 * reads: the facts snapshot of the check, or, for a condition inside
 * `each:`, the list element the address is relative to. A fact is "set"
 * when it is a scalar that is neither null nor blank, or a non-empty list
 * or mapping; only a scalar can equal a literal (its text, byte for byte).
 * No fact's value is ever printed: `because` names the address and the
 * policy's literal. */
#ifndef DY_CONDITION_FACT_H
#define DY_CONDITION_FACT_H

#include <stddef.h>
#include "dayone/facts.h"
#include "fact_tree.h"

/* Where fact conditions look. facts NULL: no facts (every fact is unset). */
typedef struct dy_cond_scope {
    const dayone_facts *facts;
    const dy_fact *base;      /* inside each: the element; NULL = the snapshot */
} dy_cond_scope;

/* The fact at address in scope. text, len: its text when it is a scalar
 * (else NULL/0). Returns 1 if set (see above), 0 if absent, null or blank. */
int dy_cond_fact_value(const dy_cond_scope *scope, const char *address, const char **text,
                       size_t *len);

#endif
