/* facts_address.c - reading a facts snapshot: addresses (a.b[2].c) and the
 * accessors the check uses (facts_internal.h). */
#include <stdint.h>
#include "facts_address.h"

/* Walk `address` from base: key segments separated by '.', each followed by
 * any number of [index]; index digits without sign or leading zeros. */
const dy_fact *dy_fact_find(const dy_fact *base, const char *a, size_t len)
{
    const dy_fact *f = base;
    size_t i = 0;
    if (!f || !a || len > DAYONE_FACTS_ADDRESS_MAX)
        return NULL;
    if (len == 0)
        return f;
    for (;;) {
        size_t start = i;
        while (i < len && a[i] != '.' && a[i] != '[')
            i++;
        if (!dy_fact_key_valid(a + start, i - start))
            return NULL;
        f = dy_fact_member(f, a + start, i - start);
        if (!f)
            return NULL;
        while (i < len && a[i] == '[') {
            size_t index = 0, digits = 0;
            for (i++; i < len && a[i] >= '0' && a[i] <= '9'; i++, digits++) {
                if (index > (SIZE_MAX - 9) / 10)
                    return NULL;
                index = index * 10 + (size_t)(a[i] - '0');
            }
            if (digits == 0 || (digits > 1 && a[i - digits] == '0') || i >= len || a[i] != ']')
                return NULL;
            i++;
            f = dy_fact_element(f, index);
            if (!f)
                return NULL;
        }
        if (i == len)
            return f;
        if (a[i] != '.')
            return NULL;
        i++;
    }
}

int dy_fact_seq_length(const dy_fact *f, size_t *len)
{
    if (!f || f->kind != DY_FACT_SEQ)
        return 0;
    *len = f->n;
    return 1;
}

const dy_fact *dy_fact_element(const dy_fact *seq, size_t i)
{
    return seq && seq->kind == DY_FACT_SEQ && i < seq->n ? seq->items[i] : NULL;
}

int dy_fact_scalar(const dy_fact *f, const char **text, size_t *len, dy_fact_kind *kind)
{
    if (!f || f->kind == DY_FACT_MAP || f->kind == DY_FACT_SEQ)
        return 0;
    *text = f->text;
    *len = f->text_len;
    *kind = f->kind;
    return 1;
}

const char *dy_fact_kind_name(dy_fact_kind kind)
{
    switch (kind) {
    case DY_FACT_STRING: return "a string";
    case DY_FACT_NUMBER: return "a number";
    case DY_FACT_BOOL: return "a boolean";
    case DY_FACT_NULL: return "null";
    case DY_FACT_MAP: return "a mapping";
    default: return "a sequence";
    }
}

