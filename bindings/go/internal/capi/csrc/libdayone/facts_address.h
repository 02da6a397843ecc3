/* facts_address.h - reading a facts tree by address (a.b[2].c): what the
 * check asks of a snapshot. */
#ifndef DY_FACTS_ADDRESS_H
#define DY_FACTS_ADDRESS_H

#include "fact_tree.h"

/* The same, relative to `base` (an element for `each:`): "status",
 * "links[0].url". An empty address is base itself. */
const dy_fact *dy_fact_find(const dy_fact *base, const char *address, size_t len);

/* A sequence's length (*len) -> 1; 0 when f is not a sequence. */
int dy_fact_seq_length(const dy_fact *f, size_t *len);

/* Element i of a sequence, or NULL. */
const dy_fact *dy_fact_element(const dy_fact *seq, size_t i);

/* A scalar's text and kind -> 1; 0 for mappings and sequences. */
int dy_fact_scalar(const dy_fact *f, const char **text, size_t *len, dy_fact_kind *kind);

/* "a string", "a number", "a boolean", "null", "a mapping", "a sequence". */
const char *dy_fact_kind_name(dy_fact_kind kind);

#endif
