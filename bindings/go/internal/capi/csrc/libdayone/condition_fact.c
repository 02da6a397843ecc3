/* condition_fact.c - the fact a condition reads (condition_fact.h). */
#include <string.h>
#include "condition_fact.h"
#include "facts.h"
#include "facts_address.h"
#include "text.h"

int dy_cond_fact_value(const dy_cond_scope *scope, const char *address, const char **text,
                       size_t *len)
{
    const dy_fact *f = NULL;
    dy_fact_kind kind;
    *text = NULL;
    *len = 0;
    if (scope && scope->base)
        f = dy_fact_find(scope->base, address, strlen(address));
    else if (scope && scope->facts)
        f = dy_facts_find(scope->facts, address, strlen(address));
    if (!f)
        return 0;
    if (!dy_fact_scalar(f, text, len, &kind))
        return f->n > 0;                   /* a list or mapping: set when not empty */
    if (kind == DY_FACT_NULL || dy_is_blank(*text, *len)) {
        *text = NULL;
        *len = 0;
        return 0;
    }
    return 1;
}
