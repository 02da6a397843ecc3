/* civil.h - days since 1970-01-01 and proleptic Gregorian dates (UTC), for
 * the audit event's time and calendar quota periods. */
#ifndef DY_CIVIL_H
#define DY_CIVIL_H

#include <stdint.h>

/* Days since 1970-01-01 of year y, month m (1..12), day d (1..31). */
int64_t dy_days_from_civil(int64_t y, unsigned m, unsigned d);

/* The date of day z (days since 1970-01-01). */
void dy_civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d);

/* Days in month m (1..12) of year y. */
unsigned dy_days_in_month(int64_t y, unsigned m);

/* floor(a / b) for b > 0 (days of a negative time). */
int64_t dy_floor_div(int64_t a, int64_t b);

#endif
