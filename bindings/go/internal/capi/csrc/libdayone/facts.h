/* facts.h - the snapshot's tree, for the check (facts.c): its top-level
 * mapping and lookup by address. Readers get borrowed, const pointers valid
 * until the snapshot is changed or freed. */
#ifndef DY_FACTS_H
#define DY_FACTS_H

#include "dayone/facts.h"
#include "fact_tree.h"

/* The top-level mapping. */
const dy_fact *dy_facts_root(const dayone_facts *facts);

/* The fact at `address` (a.b[2].c, DAYONE_FACTS_ADDRESS_MAX bytes at most)
 * or NULL when absent or the address is malformed. */
const dy_fact *dy_facts_find(const dayone_facts *facts, const char *address, size_t len);

#endif
