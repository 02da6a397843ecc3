/* time_value.h - timestamps and durations as the check will read them from
 * facts (docs/facts.md "Time values").
 *
 * Pure functions: no allocation, no global state, thread-safe. The input is
 * `len` bytes, not NUL-terminated. On failure they return 0 and set *why to
 * a static English reason that never quotes the input (a fact may be a
 * secret); on success they return 1 and leave *why alone.
 *
 * Both produce nanoseconds in an int64_t: Unix time for timestamps (from
 * 1677-09-21T00:12:43.145224192Z to 2262-04-11T23:47:16.854775807Z), a
 * length for durations (up to about 292 years). Anything outside is refused,
 * never wrapped. */
#ifndef DY_TIME_VALUE_H
#define DY_TIME_VALUE_H

#include <stddef.h>
#include <stdint.h>

#define DY_NS_PER_SECOND INT64_C(1000000000)

/* An RFC 3339 date-time with an offset: YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM).
 * 't' and 'z' may be lower case (RFC 3339 5.6); a space instead of 'T', a
 * missing offset, a fraction of more than 9 digits, hour 24, a leap second
 * (second 60: Unix time has none) and dates that do not exist (2026-02-30)
 * are refused. -00:00 is read as UTC. */
int dy_timestamp_parse(const char *s, size_t len, int64_t *unix_ns, const char **why);

/* A non-negative duration, either
 *   compact:  integer amounts with units d, h, m, s from largest to smallest,
 *             each at most once: 90s, 30m, 26h, 31d, 1h30m, 1d12h;
 *   ISO 8601: P[nW] alone, or P[nD][T[nH][nM][n[.fraction]S]]: PT30M, P1D,
 *             P1DT2H, PT0.5S (a fraction on seconds only, at most 9 digits).
 * A day is exactly 24 hours and a week 7 days. Years and months (P1Y, P1M)
 * are refused: their length varies. No sign, no spaces, no bare number. */
int dy_duration_parse(const char *s, size_t len, int64_t *ns, const char **why);

/* a + b for a timestamp and a (possibly negated) duration; 0 with *why on
 * overflow of the int64 range. */
int dy_time_add(int64_t a, int64_t b, int64_t *out, const char **why);

#endif
