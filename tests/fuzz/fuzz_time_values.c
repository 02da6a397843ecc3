/* fuzz_time_values.c - the timestamp, duration, number and percentage
 * parsers on arbitrary bytes. The first byte selects the parser; the rest
 * is the value, copied to exactly its length so an over-read is caught.
 * Each must terminate, accept or give a static reason, and agree with
 * itself: a parsed timestamp plus a parsed duration never wraps. */
#include <stdlib.h>
#include <string.h>
#include "decimal.h"
#include "time_value.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    size_t len = size - 1;
    char *value = malloc(len ? len : 1);
    if (!value)
        return 0;
    memcpy(value, data + 1, len);
    const char *why = NULL;
    int64_t ns = 0, t = 0;
    dy_decimal d, p;
    int ok;
    switch (data[0] % 4) {
    case 0:
        ok = dy_timestamp_parse(value, len, &t, &why);
        if (ok && dy_duration_parse("26h", 3, &ns, NULL))
            FUZZ_ASSERT(dy_time_add(t, -ns, &t, &why) || t < INT64_MIN + ns);
        break;
    case 1:
        ok = dy_duration_parse(value, len, &ns, &why);
        if (ok)
            FUZZ_ASSERT(ns >= 0);
        break;
    case 2:
        ok = dy_number_parse(value, len, &d, &why);
        FUZZ_ASSERT(!ok || dy_number_syntax(value, len));
        if (ok) {
            FUZZ_ASSERT(d.ndigits <= DY_DECIMAL_MAX_DIGITS);
            FUZZ_ASSERT(dy_decimal_cmp(&d, &d) == 0);
            if (dy_decimal_mul(&d, &d, &p, NULL))
                FUZZ_ASSERT(p.negative == 0);
        }
        break;
    default:
        ok = dy_percent_parse(value, len, &d, &why);
        break;
    }
    if (!ok)
        FUZZ_ASSERT(why != NULL && why[0] != '\0');
    free(value);
    return 0;
}
